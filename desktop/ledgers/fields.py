"""The inputs of a record form, one class per way of entering a value (see :class:`db.forms.Input`):
here what they share (:class:`FieldInput`) and the inputs typed as text — lines, long text,
numbers, money — and the yes/no box; dates in :mod:`desktop.ledgers.date_fields`, choices and
linked records in :mod:`desktop.ledgers.choice_fields`; :func:`desktop.ledgers.field_factory.make_input`
picks the input of a field.

Each input wraps one or a few Qt widgets and offers the same small interface: ``widget`` (put
in the form), ``focus_widgets`` (Tab order), ``value()`` / ``set_value()`` in the typed form of
:mod:`db.forms`, and ``changed`` (emitted on edits by people, not by ``set_value``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from db.forms import FormField, Input, number_text, parse_yuan, yuan_text
from desktop.common.i18n import label


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


class FieldInput(QObject):
    """One field's input."""

    changed = Signal()

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__()
        self.spec = spec
        self.required = required
        self.widget: QWidget = QWidget()

    @property
    def name(self) -> str:
        return self.spec.name

    def focus_widgets(self) -> list[QWidget]:
        return [self.widget]

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def pending_issue(self) -> str:
        """A problem only the input knows about (text not matched to a record), else ""."""
        return ""

    def handle_enter(self) -> bool:
        """Enter was pressed here; True when the input used it (the form then stays put)."""
        return False

    def single_line(self) -> bool:
        return True

    def _emit(self, *_args: object) -> None:
        self.changed.emit()


def _with_unit(editor: QWidget, unit: str) -> QWidget:
    if not unit:
        return editor
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(editor, 1)
    row.addWidget(QLabel(unit))
    return box


class LineInput(FieldInput):
    """Text on one line (also ID numbers and phone numbers)."""

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required)
        self.line = QLineEdit()
        if spec.input is Input.ID_NUMBER:
            self.line.setMaxLength(22)
            self.line.setPlaceholderText(_t("18 位，最后一位可以是 X"))
        elif spec.input is Input.PHONE:
            self.line.setPlaceholderText(_t("如 13812345678 或 0478-8123456"))
        elif spec.hint:
            self.line.setPlaceholderText(label(spec.hint))
        self.line.textEdited.connect(self._emit)
        self.widget = self.line

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))
        self.line.setCursorPosition(0)


class LongTextInput(FieldInput):
    """Several lines; Enter starts a new line, Tab moves on."""

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self.edit.textChanged.connect(self._emit)
        self.widget = self.edit

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText("" if value is None else str(value))
        self.edit.blockSignals(False)

    def single_line(self) -> bool:
        return False


class _NumberLine(FieldInput):
    """A number typed on one line, right-aligned, with a unit after it."""

    PATTERN = r"\d{0,9}"

    def __init__(self, spec: FormField, required: bool, unit: str) -> None:
        super().__init__(spec, required)
        self.line = QLineEdit()
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(self.PATTERN), self.line))
        self.line.setMaximumWidth(180)
        self.line.textEdited.connect(self._emit)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line)
        if unit:
            row.addWidget(QLabel(unit))
        row.addStretch(1)
        self.widget = box

    def focus_widgets(self) -> list[QWidget]:
        return [self.line]


class MoneyInput(_NumberLine):
    """Money in 元 with at most two decimals; the value is integer fen."""

    PATTERN = r"\d{0,10}(\.\d{0,2})?"

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required, _t("元"))

    def value(self) -> int | str | None:
        try:
            return parse_yuan(self.line.text())
        except ValueError:
            return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText(yuan_text(value if isinstance(value, int) else None))


class IntegerInput(_NumberLine):
    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required, label(spec.unit) if spec.unit else "")

    def value(self) -> int | None:
        text = self.line.text().strip()
        return int(text) if text.isdigit() else None

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))


class NumberInput(_NumberLine):
    PATTERN = r"\d{0,8}(\.\d{0,2})?"

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required, label(spec.unit) if spec.unit else "")

    def value(self) -> float | None:
        text = self.line.text().strip().rstrip(".")
        return float(text) if text else None

    def set_value(self, value: Any) -> None:
        self.line.setText(number_text(value) if isinstance(value, (int, float)) else "")


class FlagInput(FieldInput):
    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required)
        self.box = QCheckBox(_t("是"))
        self.box.toggled.connect(self._emit)
        self.widget = self.box

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)
