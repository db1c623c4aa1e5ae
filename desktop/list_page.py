"""One ledger's page: a search box, the record count and the (read-only) table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from db.kinds import kind
from desktop.columns import columns_for, search_hint
from desktop.record_table import RecordTableModel

SEARCH_DELAY_MS = 200


def _t(text: str) -> str:
    return QCoreApplication.translate("ListPage", text)


class ListPage(QWidget):
    """The list of one kind of record."""

    def __init__(self, session_factory: Callable[[], Session], kind_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        spec = columns_for(kind_key)
        self.kind_key = kind_key
        self.model = RecordTableModel(session_factory, spec, self)

        title = QLabel(kind(kind_key).label)
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint(kind_key))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.setAccessibleName(_t("搜索"))

        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addSpacing(16)
        top.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        vertical.hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for position, column in enumerate(spec.columns):
            header.resizeSection(position, column.width)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_search)
        self.model.refreshed.connect(self._update_count)

        self.model.refresh()
        # The header shows the model's order; enabling sorting then asks for that same order,
        # which the model already has, so no second query is made.
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        self.table.setSortingEnabled(True)

    def apply_search(self) -> None:
        """Filter now (the search box also does it by itself shortly after typing stops)."""
        self._timer.stop()
        self.model.set_search(self.search.text())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        self.count_label.setText(_t("共 {0} 条").format(self.model.rowCount()))
