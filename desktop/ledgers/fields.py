"""The inputs of a record form, one class per way of entering a value (see :class:`db.forms.Input`):
here what they share (:class:`FieldInput`) and the inputs typed as text — lines, long text,
numbers, money (read by :mod:`db.typed`, the reading the Excel import shares; :class:`TypedLine`) —
and the yes/no box; dates in :mod:`desktop.ledgers.date_fields`, choices and
linked records in :mod:`desktop.ledgers.choice_fields`; :func:`desktop.ledgers.field_factory.make_input`
picks the input of a field.

Each input wraps one or a few Qt widgets and offers the same small interface: ``widget`` (put
in the form), ``focus_widgets`` (Tab order), ``value()`` / ``set_value()`` in the typed form of
:mod:`db.forms`, and ``changed`` (emitted on edits by people, not by ``set_value``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from db import typed
from db.forms import FormField, Input, number_text, yuan_text
from db.validation import field_label
from desktop.common.i18n import label
from desktop.common.i18n import text as msg
from desktop.common.text_size import follow_font, text_width


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


class FieldInput(QObject):
    """One field's input."""

    changed = Signal()

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__()
        self.spec = spec
        self.required = required
        self.caption = field_label(spec.name)  # the Chinese label messages name (the factory sets the kind's)
        self.widget: QWidget = QWidget()

    @property
    def name(self) -> str:
        return self.spec.name

    def set_caption(self, caption: str) -> None:
        """The field's Chinese label as messages name it (the kind's own label for the field)."""
        self.caption = caption

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
    """Text on one line (also ID numbers and phone numbers).

    An ID number or a phone number is stored normalised (:func:`db.typed.read_id_number`,
    :func:`db.typed.read_phone`: full-width digits, spaces, a lower-case ``x``); when that differs
    from what is typed, the form says beside the input what will be saved.
    """

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
        self.hint: QLabel | None = None
        if spec.input in (Input.ID_NUMBER, Input.PHONE):
            self.hint = hint_label()
            self.hint.hide()
            self.line.textChanged.connect(self._update_hint)
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.line, 1)
            row.addWidget(self.hint)
            self.widget = box

    def focus_widgets(self) -> list[QWidget]:
        return [self.line]

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))
        self.line.setCursorPosition(0)

    def _update_hint(self) -> None:
        assert self.hint is not None
        text = self.line.text()
        stored = typed.read_id_number(text) if self.spec.input is Input.ID_NUMBER else typed.read_phone(text)
        shown = stored != text.strip() and bool(stored)
        self.hint.setText(_t("将保存为 {0}").format(stored) if shown else "")
        self.hint.setVisible(shown)


class LongTextInput(FieldInput):
    """Several lines; Enter starts a new line, Tab moves on."""

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        follow_font(self.edit, self._four_lines_high)  # and again when 设置 ▸ 字号 changes
        self.edit.textChanged.connect(self._emit)
        self.widget = self.edit

    def _four_lines_high(self) -> None:
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText("" if value is None else str(value))
        self.edit.blockSignals(False)

    def single_line(self) -> bool:
        return False


HINT_COLOR = "#666666"  # the quiet grey of what a typed value was read as


def hint_label() -> QLabel:
    """The quiet label beside an input that shows what its text was read as."""
    hint = QLabel()
    hint.setStyleSheet(f"color: {HINT_COLOR};")
    hint.setTextFormat(Qt.TextFormat.PlainText)
    return hint


class TypedLine(FieldInput):
    """A value typed as text on one line and read by :mod:`db.typed` (money, counts, numbers).

    Anything may be typed (full-width digits, ``1.2万``, ``12人``): nothing is refused key by key
    and nothing typed is rewritten. While the text cannot be read, :meth:`value` is that text and
    :meth:`pending_issue` says why (the form shows it at the field and Save stays disabled);
    when it can, the value read is shown beside the input (:attr:`hint`).
    """

    ALWAYS_HINT = False  # show the value read even when the text already says it plainly
    KEEP_TEXT = True  # value() is the text while it cannot be read

    def __init__(self, spec: FormField, required: bool, unit: str) -> None:
        super().__init__(spec, required)
        self._unit = unit
        self.line = QLineEdit()
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        follow_font(self.line, lambda: self.line.setMaximumWidth(text_width(self.line, 14)))  # 180 px at 100 %
        self.line.textChanged.connect(self._update_hint)
        self.line.textEdited.connect(self._emit)
        self.hint = hint_label()
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line)
        if unit:
            row.addWidget(QLabel(unit))
        row.addSpacing(8)
        row.addWidget(self.hint)
        row.addStretch(1)
        self.widget = box

    def focus_widgets(self) -> list[QWidget]:
        return [self.line]

    # what subclasses say --------------------------------------------------------------------

    def read(self, text: str) -> Any:
        """The value of ``text`` (None when blank); raises :class:`db.typed.Unreadable`."""
        raise NotImplementedError

    def text_of(self, value: Any) -> str:
        """A stored value as the text the input shows."""
        return "" if value is None else str(value)

    def shown(self, value: Any) -> str:
        """The value read, as the hint shows it."""
        return self.text_of(value)

    # -------------------------------------------------------------------------------------------

    def _reading(self) -> tuple[Any, typed.Unreadable | None]:
        try:
            return self.read(self.line.text()), None
        except typed.Unreadable as problem:
            return None, problem

    def value(self) -> Any:
        """The value read; while the text cannot be read, the text itself when :attr:`KEEP_TEXT` (so
        the editor knows it changed and asks before it is dropped; the checks refuse it, and
        :meth:`pending_issue` says why), else None."""
        value, problem = self._reading()
        if problem is not None:
            return self.line.text() if self.KEEP_TEXT else None
        return value

    def set_value(self, value: Any) -> None:
        self.line.setText(self.text_of(value))

    def pending_issue(self) -> str:
        problem = self._reading()[1]
        return "" if problem is None else msg(problem.message)

    def _update_hint(self) -> None:
        value, problem = self._reading()
        shown = "" if problem is not None or value is None else self.shown(value)
        if shown and not self.ALWAYS_HINT:  # a count or an area: only when typed otherwise (12人, １２)
            shown = "" if shown == self.line.text().strip() else f"= {shown} {self._unit}".rstrip()
        self.hint.setText(shown)
        self.hint.setVisible(bool(shown))


class MoneyInput(TypedLine):
    """Money in 元 (``12,000``, ``800元``, ``1.2万``, full-width digits); the value is integer fen."""

    ALWAYS_HINT = True
    # The checks read a form's money as whole fen and would call text such as "1.234" "not an
    # integer"; only pending_issue() speaks of money that cannot be read.
    KEEP_TEXT = False

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required, _t("元"))
        self.line.setPlaceholderText(_t("如 1200 或 1.2万"))

    def read(self, text: str) -> int | None:
        return typed.read_money(text, self.caption)

    def text_of(self, value: Any) -> str:
        return yuan_text(value if isinstance(value, int) else None)

    def shown(self, value: Any) -> str:
        return money_hint(value)


def money_hint(fen: int) -> str:
    """Integer fen as the hint shows it: ``¥12,000.00``."""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


class IntegerInput(TypedLine):
    """A whole number (a count, a year): ``12``, ``12人``, full-width digits."""

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required, label(spec.unit) if spec.unit else "")

    def read(self, text: str) -> int | None:
        return typed.read_integer(text, self.caption)


class YearInput(IntegerInput):
    """A year (``2024``, ``2024年``, ``2024年度``, full-width), read as the Excel import reads one."""

    YEAR_FIELDS = frozenset({"year", "fiscal_year"})

    def read(self, text: str) -> int | None:
        return typed.read_year(text, self.caption)


class NumberInput(TypedLine):
    """A decimal number with at most two decimals (an area: ``120平方米``, ``85.5㎡``)."""

    DECIMALS = 2

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required, label(spec.unit) if spec.unit else "")

    def read(self, text: str) -> float | None:
        found = typed.read_number(text, self.caption, decimals=self.DECIMALS)
        return None if found is None else float(found)

    def text_of(self, value: Any) -> str:
        return number_text(value) if isinstance(value, (int, float)) else ""


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
