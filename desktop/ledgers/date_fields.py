"""Date inputs: a date typed as text with a calendar pop-up beside it (see
:mod:`desktop.ledgers.fields` for what every input offers).

The date is typed on one line, in any way :func:`db.typed.read_date` reads (``2021-03-01``,
``2021/3/1``, ``2021.3.1``, ``20210301``, ``2021年3月1日``, ``21.3.1``, full-width): a separator
is just a character, so typing never moves the cursor between sections nor focus out of the
field, and nothing typed is rewritten or replaced (no "today" put into an empty field). The
date read is shown beside the line (``2021年3月1日``); while the text cannot be read,
:meth:`DateEdit.problem` says why. The calendar button (or Alt+↓ / F4) picks a date; an optional
date is emptied with the × button, or as any text is (select it all, Delete): Backspace and Delete
act as in every text box (Delete at the end deletes nothing), and Ctrl+Z undoes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from db import typed
from db.forms import FormField
from db.i18n import date_text
from db.timeutil import local_today
from desktop.common.i18n import text as msg
from desktop.common.text_size import follow_font
from desktop.ledgers.fields import FieldInput, _t, hint_label

Day = date  # the type, for the methods of DateEdit (which has a method named date)
EARLIEST_DATE = QDate(typed.YEAR_MIN, 1, 1)
LATEST_DATE = QDate(typed.YEAR_MAX, 12, 31)
PROBLEM_STYLE = "QLineEdit { border: 1px solid #c62828; }"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class _DateLine(QLineEdit):
    """The line a date is typed on; Alt+↓ / F4 open the calendar."""

    calendar_wanted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.calendar_wanted.emit()
            return
        super().keyPressEvent(event)


class DateEdit(QWidget):
    """A date typed as text, with a calendar button; an optional one may be empty.

    ``edited`` is emitted when a person changes the date (typing, the calendar, emptying), not
    by :meth:`set_date`. ``label`` is the field's Chinese name, for messages.
    """

    edited = Signal()

    def __init__(
        self, optional: bool, label: str = "日期", *, show_hint: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.label = label
        self.line = _DateLine()
        self.line.setPlaceholderText(_t("如 2021-03-01"))
        follow_font(  # and again when 设置 ▸ 字号 changes
            self.line,
            lambda: self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0000年00月00日") + 24),
        )
        self.tooltip = (
            _t("直接输入，如 2021-03-01、2021.3.1 或 2021年3月1日；点右边的箭头（或按 F4）从日历中选；按 × 清空")
            if optional
            else _t("直接输入，如 2021-03-01、2021.3.1 或 2021年3月1日；点右边的箭头（或按 F4）从日历中选")
        )
        self.line.setToolTip(self.tooltip)
        self.line.textEdited.connect(self._typed)
        self.line.textChanged.connect(self._show_reading)
        self.line.calendar_wanted.connect(self.open_calendar)
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(_t("从日历中选"))
        self.calendar_button.setAccessibleName(_t("从日历中选"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setAutoRaise(True)
        self.calendar_button.clicked.connect(self.open_calendar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        self.clear_button: QToolButton | None = None
        if optional:
            self.clear_button = QToolButton()
            self.clear_button.setText("×")
            self.clear_button.setToolTip(_t("清空日期"))
            self.clear_button.setAccessibleName(_t("清空日期"))
            self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.clear_button.setAutoRaise(True)
            self.clear_button.clicked.connect(self._clear_by_person)
            row.addWidget(self.clear_button)
        self.show_hint = show_hint
        self.hint: QLabel = hint_label()
        self.hint.setParent(self)
        self.hint.hide()
        if show_hint:
            row.addSpacing(6)
            row.addWidget(self.hint)
        row.addStretch(0)
        self.calendar: QCalendarWidget | None = None

    # --- reading ---------------------------------------------------------------------------

    def text(self) -> str:
        return self.line.text()

    def is_empty(self) -> bool:
        return not self.line.text().strip()

    def _read(self) -> tuple[Day | None, typed.Unreadable | None]:
        try:
            return typed.read_date(self.line.text(), self.label), None
        except typed.Unreadable as problem:
            return None, problem

    def date(self) -> Day | None:
        """The date typed (None when empty or unreadable)."""
        return self._read()[0]

    def problem(self) -> str:
        """Why the text is not a date, in the user's language ("" when it is one or is empty)."""
        found = self._read()[1]
        return "" if found is None else msg(found.message)

    # --- writing ---------------------------------------------------------------------------

    def set_date(self, day: Day | None) -> None:
        """Show ``day`` (None: empty) as ``2021-03-01``; ``edited`` is not emitted."""
        self.line.setText("" if day is None else day.isoformat())

    def clear_date(self) -> None:
        """Empty an optional date (a required one keeps what it holds)."""
        if self.optional:
            self.line.clear()

    def _clear_by_person(self) -> None:
        if self.optional and not self.is_empty():
            self.line.clear()
            self.edited.emit()

    def _typed(self, _text: str) -> None:
        self.edited.emit()

    def _show_reading(self) -> None:
        day, problem = self._read()
        self.hint.setText("" if day is None else msg(date_text(day)))
        self.hint.setVisible(day is not None and self.show_hint)
        self.line.setStyleSheet(PROBLEM_STYLE if problem is not None else "")
        self.line.setToolTip(msg(problem.message) if problem is not None else self.tooltip)

    # --- the calendar ----------------------------------------------------------------------

    def open_calendar(self) -> None:
        """Show the calendar under the line, on the date typed (else today)."""
        if self.calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.setMinimumDate(EARLIEST_DATE)
            calendar.setMaximumDate(LATEST_DATE)
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            self.calendar = calendar
        calendar = self.calendar
        # on the date typed, else on today (never on a day picked before the date was emptied)
        day = self.date()
        calendar.setSelectedDate(_qdate(day if day is not None else local_today()))
        calendar.adjustSize()
        calendar.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.line.setText(_pydate(day).isoformat())
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edited.emit()


class DateInput(FieldInput):
    """A date field of a record form (:class:`DateEdit`)."""

    def __init__(self, spec: FormField, required: bool) -> None:
        super().__init__(spec, required)
        self.edit = DateEdit(optional=not required)
        self.edit.edited.connect(self._emit)
        self.widget = self.edit

    def set_caption(self, caption: str) -> None:
        super().set_caption(caption)
        self.edit.label = caption

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit.line]

    def value(self) -> date | str | None:
        """The date read; while the text cannot be read, the text itself (as
        :meth:`desktop.ledgers.fields.TypedLine.value`)."""
        return self.edit.text() if self.edit.problem() else self.edit.date()

    def set_value(self, value: Any) -> None:
        self.edit.set_date(value if isinstance(value, date) else None)

    def pending_issue(self) -> str:
        return self.edit.problem()
