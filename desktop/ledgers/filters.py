"""A list's filter bar: one drop-down per filtered column and a date range, above the table.

What each list offers is data (:class:`desktop.common.columns.KindColumns` ``filters`` and
``date_filter``): an enumeration column offers its members, a year column the years found in
the ledger, a link column the records of the kind it points to, each after a first item 全部.
The date column gets presets (全部 / 今年 / 去年 / 本季度 / 自定义…); 自定义 shows two dates
(from, to; both included), either of which may be 不限 (no bound), typed as the record form's dates
are (:class:`desktop.ledgers.date_fields.DateEdit`, read by :func:`db.typed.read_date`); while a
typed date cannot be read, its box is marked and says why, and the range shown stays as it was.
The bar only says what is wanted (:meth:`FilterBar.current_filter`, a Qt-free :class:`db.listing.ListFilter`) and emits
:attr:`FilterBar.changed` once per change; the list filters in SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)
from sqlmodel import Session

from db import listing
from desktop.common.columns import Column, Fmt, KindColumns
from desktop.common.i18n import label
from desktop.ledgers.date_fields import DateEdit

DATE_DELAY_MS = 300  # typing a date changes it digit by digit: filter once typing pauses

ALL = "all"
THIS_YEAR = "this_year"
LAST_YEAR = "last_year"
THIS_QUARTER = "this_quarter"
CUSTOM = "custom"
PRESETS = (ALL, THIS_YEAR, LAST_YEAR, THIS_QUARTER, CUSTOM)


def _t(text: str) -> str:
    return QCoreApplication.translate("ListFilters", text)


def _preset_text(preset: str) -> str:
    return {
        ALL: _t("全部"),
        THIS_YEAR: _t("今年"),
        LAST_YEAR: _t("去年"),
        THIS_QUARTER: _t("本季度"),
        CUSTOM: _t("自定义…"),
    }[preset]


def preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day (both included) of a date preset, as seen on ``today``.

    ``all`` and ``custom`` give no bounds (a custom range comes from the two date boxes).
    """
    if preset == THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if preset == LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset == THIS_QUARTER:
        first_month = (today.month - 1) // 3 * 3 + 1
        start = date(today.year, first_month, 1)
        following = date(today.year + 1, 1, 1) if first_month == 10 else date(today.year, first_month + 3, 1)
        return start, following - timedelta(days=1)
    return None, None


class FilterCombo(QComboBox):
    """A drop-down as wide as the choice it shows (全部 is short), shortened with … when the bar
    is tight (English captions and choices are long); the list that drops down shows every
    choice in full."""

    MIN_CHARACTERS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(self.updateGeometry)

    def _chrome(self) -> int:
        """The width around the text: frame, margins, the arrow."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        return max(0, super().sizeHint().width() - widest)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.currentText()) + self._chrome() + 4, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        shortest = self.fontMetrics().horizontalAdvance("M" * self.MIN_CHARACTERS) + self._chrome()
        return QSize(min(hint.width(), shortest), hint.height())

    def showPopup(self) -> None:
        view = self.view()
        if view is not None:
            view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)
        super().showPopup()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class FilterBar(QWidget):
    """The filters of one list; empty (hidden by its owner) for a list without any."""

    changed = Signal()  # once per change of what is wanted; see current_filter()

    def __init__(
        self, session_factory: Callable[[], Session], spec: KindColumns, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session_factory = session_factory
        self.spec = spec
        self.combos: dict[str, QComboBox] = {}
        self.date_field = spec.date_filter
        self.date_preset: QComboBox | None = None
        self.date_from: DateEdit | None = None
        self.date_to: DateEdit | None = None
        self._custom: list[QWidget] = []
        self._last = listing.NO_FILTER

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for field in spec.filters:
            column = spec.column(field)
            combo = self._combo(column.title())
            self.combos[field] = combo
            self._fill(column, combo)
            combo.currentIndexChanged.connect(self._emit_if_changed)
            row.addWidget(self._caption(column.title(), combo))
            row.addWidget(combo)
            row.addSpacing(10)

        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_DELAY_MS)
        self._date_timer.timeout.connect(self._emit_if_changed)
        if self.date_field is not None:
            title = spec.column(self.date_field).title()
            preset = self._combo(title)
            for key in PRESETS:
                preset.addItem(_preset_text(key), key)
            preset.currentIndexChanged.connect(self._on_preset)
            self.date_preset = preset
            row.addWidget(self._caption(title, preset))
            row.addWidget(preset)
            self.date_from, self.date_to = self._date_edit(_t("从"), title), self._date_edit(_t("至"), title)
            to_label = QLabel(_t("至"))
            row.addWidget(self.date_from)
            row.addWidget(to_label)
            row.addWidget(self.date_to)
            self._custom = [self.date_from, to_label, self.date_to]
            for widget in self._custom:
                widget.hide()
            row.addSpacing(10)

        self.clear_button = QPushButton(_t("清除筛选"))
        self.clear_button.setToolTip(_t("显示全部记录（搜索框不变）"))
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.clear_button)
        row.addStretch(1)

    # --- building ------------------------------------------------------------------------------

    @staticmethod
    def _combo(title: str) -> FilterCombo:
        combo = FilterCombo()
        combo.setAccessibleName(title)
        return combo

    @staticmethod
    def _caption(title: str, buddy: QWidget) -> QLabel:
        caption = QLabel(_t("{0}：").format(title))
        caption.setBuddy(buddy)
        return caption

    def _date_edit(self, name: str, title: str) -> DateEdit:
        edit = DateEdit(optional=True, label=title, show_hint=False)
        edit.line.setPlaceholderText(_t("不限"))
        edit.tooltip = _t("直接输入，如 2026-01-01 或 2026.1.1，或点右边的箭头从日历中选；按 × 改为不限")
        edit.line.setToolTip(edit.tooltip)
        edit.line.setAccessibleName(name)
        edit.edited.connect(self._date_timer.start)
        return edit

    def _fill(self, column: Column, combo: QComboBox) -> None:
        """Put the choices for ``column`` in ``combo``, keeping the one chosen when it remains."""
        chosen = combo.currentData() if combo.currentIndex() > 0 else None
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(_t("全部"), None)
            for text, value in self._choices(column):
                combo.addItem(text, value)
            found = combo.findData(chosen) if chosen is not None else -1
            combo.setCurrentIndex(max(found, 0))
        combo.updateGeometry()  # sized by the choice shown

    def _choices(self, column: Column) -> list[tuple[str, Any]]:
        if column.fmt is Fmt.ENUM and column.enum is not None:
            return [(label(member.label), member.value) for member in column.enum]
        if column.fmt is Fmt.REF and len(column.refs) == 1:
            target = column.refs[0].kind_key
            with self._session_factory() as session:
                ids = listing.page_ids(session, target)
                titles = listing.titles_by_ids(session, target, ids)
            return [(titles.get(record_id, ""), record_id) for record_id in ids]
        with self._session_factory() as session:  # a year, or any other plain value
            values = listing.distinct_values(session, self.spec.kind_key, column.field, descending=True)
        if column.fmt is Fmt.INT:
            return [(_t("{0}年").format(value), int(value)) for value in values]
        return [(column.format(value), value) for value in values]

    def reload_choices(self) -> bool:
        """Re-read the choices that come from the records (years, linked records) after a change.

        A choice that is gone falls back to 全部; True when that changed what is wanted (no
        signal is emitted: the caller refreshes with :meth:`current_filter`).
        """
        for field, combo in self.combos.items():
            column = self.spec.column(field)
            if column.fmt is not Fmt.ENUM:
                self._fill(column, combo)
        wanted = self.current_filter()
        self._update_clear_button(wanted)
        changed, self._last = wanted != self._last, wanted
        return changed

    # --- what is wanted ------------------------------------------------------------------------

    def current_filter(self) -> listing.ListFilter:
        equals = {
            field: combo.currentData()
            for field, combo in self.combos.items()
            if combo.currentIndex() > 0 and combo.currentData() is not None
        }
        start: date | None = None
        end: date | None = None
        if self.date_preset is not None:
            preset = str(self.date_preset.currentData())
            if preset == CUSTOM and self.date_from is not None and self.date_to is not None:
                # a date that cannot be read (yet) leaves its bound as it was
                start = self._last.date_from if self.date_from.problem() else self.date_from.date()
                end = self._last.date_to if self.date_to.problem() else self.date_to.date()
            else:
                start, end = preset_range(preset, date.today())
        return listing.ListFilter(equals=equals, date_field=self.date_field, date_from=start, date_to=end)

    def set_date_range(self, start: date | None, end: date | None) -> None:
        """Choose 自定义 with this range (None: 不限) and apply it at once."""
        if self.date_preset is None or self.date_from is None or self.date_to is None:
            return
        with QSignalBlocker(self.date_preset), QSignalBlocker(self.date_from), QSignalBlocker(self.date_to):
            self.date_preset.setCurrentIndex(self.date_preset.findData(CUSTOM))
            self._set_edit(self.date_from, start)
            self._set_edit(self.date_to, end)
        self.date_preset.updateGeometry()
        self._show_custom(True)
        self._emit_if_changed()

    def clear(self) -> None:
        """Back to 全部 everywhere (one change)."""
        blockers = [QSignalBlocker(combo) for combo in self.combos.values()]
        for edit in (self.date_preset, self.date_from, self.date_to):
            if edit is not None:
                blockers.append(QSignalBlocker(edit))
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
            combo.updateGeometry()  # sized by the choice shown (its signal is blocked)
        if self.date_preset is not None:
            self.date_preset.setCurrentIndex(0)
            self.date_preset.updateGeometry()
        for date_edit in (self.date_from, self.date_to):
            if date_edit is not None:
                date_edit.clear_date()
        del blockers
        self._show_custom(False)
        self._emit_if_changed()

    def flush(self) -> None:
        """Apply a date being typed now (instead of when typing pauses)."""
        if self._date_timer.isActive():
            self._emit_if_changed()

    # --- reacting ------------------------------------------------------------------------------

    @staticmethod
    def _set_edit(edit: DateEdit, day: date | None) -> None:
        edit.set_date(day)

    def _show_custom(self, shown: bool) -> None:
        for widget in self._custom:
            widget.setVisible(shown)

    def _on_preset(self) -> None:
        if self.date_preset is None or self.date_from is None or self.date_to is None:
            return
        custom = self.date_preset.currentData() == CUSTOM
        if custom:
            # start from the range shown before (今年 → its first and last day), else 不限
            start, end = self._last.date_from, self._last.date_to
            with QSignalBlocker(self.date_from), QSignalBlocker(self.date_to):
                self._set_edit(self.date_from, start)
                self._set_edit(self.date_to, end)
        self._show_custom(custom)
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        self._date_timer.stop()
        wanted = self.current_filter()
        self._update_clear_button(wanted)
        if wanted != self._last:
            self._last = wanted
            self.changed.emit()

    def _update_clear_button(self, wanted: listing.ListFilter | None = None) -> None:
        wanted = wanted or self.current_filter()
        custom = self.date_preset is not None and self.date_preset.currentData() == CUSTOM
        self.clear_button.setEnabled(wanted.active or custom)
