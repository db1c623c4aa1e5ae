"""Date inputs of a record form: a date edit with a calendar pop-up that may be empty (see
:mod:`desktop.ledgers.fields` for what every input offers)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from db.forms import FormField
from desktop.ledgers.fields import FieldInput, _t

EMPTY_DATE = QDate(1800, 1, 1)  # an optional date edit at this date shows as empty
EARLIEST_DATE = QDate(1900, 1, 1)
LATEST_DATE = QDate(2100, 12, 31)


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
