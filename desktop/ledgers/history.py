"""A record's history tab: who changed what and when, from the audit log (:mod:`db.history`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from db.history import HistoryLine, record_history
from desktop.common.i18n import label


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryView", text)


HEADERS = (
    QT_TRANSLATE_NOOP("HistoryView", "时间"),
    QT_TRANSLATE_NOOP("HistoryView", "操作人"),
    QT_TRANSLATE_NOOP("HistoryView", "操作"),
    QT_TRANSLATE_NOOP("HistoryView", "改动"),
    QT_TRANSLATE_NOOP("HistoryView", "原因"),
)
WIDTHS = (118, 64, 44, 200, 110)


def change_text(line: HistoryLine) -> str:
    """``备注：“” → “返聘”`` — what one history line changed, in one cell."""
    subject = f"{line.subject} · " if line.subject else ""
    if not line.field:
        return subject + _t("整条记录") if subject else _t("整条记录")
    old = line.old or _t("（空）")
    new = line.new or _t("（空）")
    if not line.old and line.action == "新增":
        return f"{subject}{label(line.field)}：{new}"
    return f"{subject}{label(line.field)}：{old} → {new}"


class HistoryView(QWidget):
    """The changes of one record (and of the records belonging to it), newest first."""

    def __init__(self, session_factory: Callable[[], Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_factory = session_factory
        self.lines: list[HistoryLine] = []
        self.empty_label = QLabel(_t("保存后，这里会列出每一次修改：谁、什么时候、改了什么、原因。"))
        self.empty_label.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([_t(str(text)) for text in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the change itself takes the room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

    def load(self, kind_key: str, record_id: str | None) -> None:
        """Show the history of a record (None: a new record, which has none yet)."""
        if record_id is None:
            self.lines = []
        else:
            with self._session_factory() as session:
                self.lines = record_history(session, kind_key, record_id)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            cells = (line.when, line.operator, label(line.action), change_text(line), line.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if len(text) > 12:
                    item.setToolTip(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()  # a record's history is short; long changes wrap
        self.empty_label.setVisible(not self.lines)

    def row_texts(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for reading it back)."""
        return [
            tuple(
                cell.text() if (cell := self.table.item(row, column)) else ""
                for column in range(self.table.columnCount())
            )
            for row in range(self.table.rowCount())
        ]
