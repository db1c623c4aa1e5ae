"""The inputs of a record form, one class per way of entering a value (see :class:`db.forms.Input`).

Each input wraps one or a few Qt widgets and offers the same small interface: ``widget`` (put
in the form), ``focus_widgets`` (Tab order), ``value()`` / ``set_value()`` in the typed form of
:mod:`db.forms`, and ``changed`` (emitted on edits by people, not by ``set_value``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)
from sqlmodel import Session

from db.forms import FormField, Input, number_text, parse_yuan, yuan_text
from db.validation.rules import RULES
from desktop.common.i18n import label
from desktop.ledgers.pickers import RecordPicker

EMPTY_DATE = QDate(1800, 1, 1)  # an optional date edit at this date shows as empty
EARLIEST_DATE = QDate(1900, 1, 1)
LATEST_DATE = QDate(2100, 12, 31)


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


class ChoiceInput(FieldInput):
    """One choice from a list of Chinese labels; the value is the stored code."""

    def __init__(self, spec: FormField, required: bool, *, allow_empty: bool) -> None:
        super().__init__(spec, required)
        assert spec.enum is not None
        self.combo = QComboBox()
        if allow_empty:
            self.combo.addItem(_t("请选择…") if required else _t("（未填）"), "")
        for member in spec.enum:
            self.combo.addItem(label(member.label), member.value)
        self.combo.setMaxVisibleItems(15)
        self.combo.currentIndexChanged.connect(self._emit)
        self.widget = self.combo

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        index = self.combo.findData(str(value or ""))
        if index < 0 and value:  # a code this version does not know: keep it visible
            self.combo.addItem(str(value), str(value))
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)


class ChoicesInput(FieldInput):
    """Several choices, each a check box; the value is the codes joined by commas."""

    COLUMNS = 3

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required)
        assert spec.enum is not None
        self.widget = QWidget()
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.boxes: dict[str, QCheckBox] = {}
        for position, member in enumerate(spec.enum):
            box = QCheckBox(label(member.label))
            box.toggled.connect(self._emit)
            grid.addWidget(box, position // self.COLUMNS, position % self.COLUMNS)
            self.boxes[member.value] = box

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes.values())

    def value(self) -> str:
        return ",".join(sorted(code for code, box in self.boxes.items() if box.isChecked()))

    def set_value(self, value: Any) -> None:
        codes = {part.strip() for part in str(value or "").split(",") if part.strip()}
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)


class _Calendar(QCalendarWidget):
    """The pop-up calendar; opened on an empty date it shows the current month."""

    def __init__(self, owner: DateEdit) -> None:
        super().__init__()
        self._owner = owner
        self.setGridVisible(True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._owner.is_empty():
            today = QDate.currentDate()
            self.setCurrentPage(today.year(), today.month())


class DateEdit(QDateEdit):
    """A date with a calendar pop-up; an optional one may be empty (Delete empties it)."""

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setCalendarWidget(_Calendar(self))
        self.setMaximumDate(LATEST_DATE)
        if optional:
            self.setMinimumDate(EMPTY_DATE)
            self.setSpecialValueText(_t("（未填）"))
            self.setToolTip(_t("点右边的箭头从日历中选，或直接输入；按 Delete 键清空"))
            self.setDate(EMPTY_DATE)
        else:
            self.setMinimumDate(EARLIEST_DATE)
            self.setDate(QDate.currentDate())

    def is_empty(self) -> bool:
        return self.optional and self.date() == EMPTY_DATE

    def clear_date(self) -> None:
        if self.optional:
            self.setDate(EMPTY_DATE)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the date (typing moves through year, month and day by itself)
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.optional and event.key() == Qt.Key.Key_Delete:
            self.clear_date()
            return
        if self.is_empty() and event.text()[:1].isdigit():
            # typing into an empty date: start from today, overwrite the year first
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateTimeEdit.Section.YearSection)
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        super().keyPressEvent(event)


class DateInput(FieldInput):
    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required)
        self.edit = DateEdit(optional=not required)
        self.edit.dateChanged.connect(self._emit)
        self.widget = self.edit
        if not required:
            clear = QToolButton()
            clear.setText("×")
            clear.setToolTip(_t("清空日期"))
            clear.setAccessibleName(_t("清空日期"))
            clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            clear.setAutoRaise(True)
            clear.clicked.connect(self.edit.clear_date)
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(2)
            row.addWidget(self.edit, 1)
            row.addWidget(clear)
            self.widget = box

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]

    def value(self) -> date | None:
        if self.edit.is_empty():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        if isinstance(value, date):
            self.edit.setDate(QDate(value.year, value.month, value.day))
        elif self.edit.optional:
            self.edit.setDate(EMPTY_DATE)
        self.edit.blockSignals(False)


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


class RecordInput(FieldInput):
    """A linked record, chosen by searching (:class:`desktop.ledgers.pickers.RecordPicker`)."""

    def __init__(self, spec: FormField, required: bool, session_factory: Callable[[], Session]) -> None:
        super().__init__(spec, required)
        assert spec.ref_kind is not None
        self.picker = RecordPicker(session_factory, spec.ref_kind)
        self.picker.changed.connect(self._emit)
        self.widget = self.picker

    def focus_widgets(self) -> list[QWidget]:
        return [self.picker.line]

    def value(self) -> str | None:
        return self.picker.value()

    def set_value(self, value: Any) -> None:
        self.picker.set_value(str(value) if value else None)

    def pending_issue(self) -> str:
        text = self.picker.pending_text()
        if not text:
            return ""
        return _t("“{0}”还没有选定，请在下拉列表中选择（输入后按回车可查找）").format(text)

    def handle_enter(self) -> bool:
        return self.picker.handle_enter()


def make_input(
    spec: FormField, kind_key: str, session_factory: Callable[[], Session], model_default: Any
) -> FieldInput:
    """The input for one field of a form of ``kind_key``."""
    rules = RULES.get(kind_key)
    required = rules is not None and spec.name in rules.required
    kind = spec.input
    if kind in (Input.TEXT, Input.ID_NUMBER, Input.PHONE):
        return LineInput(spec, required)
    if kind is Input.LONG_TEXT:
        return LongTextInput(spec, required)
    if kind is Input.CHOICE:
        return ChoiceInput(spec, required, allow_empty=not model_default)
    if kind is Input.CHOICES:
        return ChoicesInput(spec, required)
    if kind is Input.DATE:
        return DateInput(spec, required)
    if kind is Input.MONEY:
        return MoneyInput(spec, required)
    if kind is Input.INTEGER:
        return IntegerInput(spec, required)
    if kind is Input.NUMBER:
        return NumberInput(spec, required)
    if kind is Input.FLAG:
        return FlagInput(spec, required)
    return RecordInput(spec, required, session_factory)
