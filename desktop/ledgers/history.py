"""A record's history tab: one entry per save, newest first, the fields it changed beneath.

Each save (:class:`db.history.HistoryEntry`) is a top-level row — 时间 · 操作人 · 新建/修改/删除/恢复/
导入/数据交换 · the child record it was about · 原因 — with one row per changed field under it
(``联系电话：139… → 138…``; a new record's values without an arrow). Every entry is expanded; the
arrow keys move through it, ← / → fold and unfold, Ctrl+C (or the context menu's 复制) copies the
selected entries with their changes as plain text. The editor calls :meth:`HistoryView.load`
again when the hub says the record or its children changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from db.history import FieldChange, HistoryEntry, record_history
from desktop.common.i18n import text


def _t(source: str) -> str:
    return QCoreApplication.translate("HistoryView", source)


def entry_heading(entry: HistoryEntry) -> str:
    """``2026-11-28 14:21 · 王玥 · 修改 · 认领岗位“治安维护” · 原因：岗位调整``."""
    parts = [entry.when, text(entry.operator), text(entry.kind.text)]
    if entry.subject:
        parts.append(text(entry.subject))
    if entry.reason:
        parts.append(_t("原因：{0}").format(entry.reason))
    return " · ".join(parts)


def change_text(change: FieldChange, created: bool) -> str:
    """``联系电话：13904781234 → 13904785678``, or ``姓名：张三`` for a value a new record was given."""
    name = text(change.label)
    if created and not change.old:
        return _t("{0}：{1}").format(name, text(change.new))
    empty = _t("（空）")
    return _t("{0}：{1} → {2}").format(name, text(change.old) or empty, text(change.new) or empty)


def change_lines(entry: HistoryEntry) -> list[str]:
    """What one save changed, one line per field."""
    lines = [change_text(change, entry.created) for change in entry.changes]
    if not lines and entry.created:
        lines.append(_t("（成批录入，未逐项记录所填内容）"))
    return lines


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the width there is (a long reason or value is never cut)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if not index.parent().isValid():  # a save's heading, in bold at the size the text is now
            font = QFont(option.font)
            font.setBold(True)
            option.font = font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        depth = 1 if index.parent().isValid() else 0
        if self._tree.rootIsDecorated():
            depth += 1
        width = max(80, self._tree.viewport().width() - depth * self._tree.indentation() - 12)
        bounds = QFontMetrics(shown.font).boundingRect(
            QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), shown.text
        )
        return QSize(width, bounds.height() + 8)


class _HistoryTree(QTreeWidget):
    """A one-column tree whose rows wrap again when its width or the text size changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.doItemsLayout()


class HistoryView(QWidget):
    """The saves of one record (and of the records belonging to it), newest first."""

    def __init__(self, session_factory: Callable[[], Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_factory = session_factory
        self.entries: list[HistoryEntry] = []
        self.empty_label = QLabel(_t("保存后，这里会列出每一次保存：谁、什么时候、改了什么、原因。"))
        self.empty_label.setWordWrap(True)
        self.tree = _HistoryTree()
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAccessibleName(_t("修改记录"))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.copy_action = QAction(_t("复制"), self.tree)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.tree.addAction(self.copy_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)

    def load(self, kind_key: str, record_id: str | None) -> None:
        """Show the history of a record (None: a new record, which has none yet)."""
        if record_id is None:
            self.entries = []
        else:
            with self._session_factory() as session:
                self.entries = record_history(session, kind_key, record_id)
        self.tree.clear()
        items = []
        for entry in self.entries:
            item = QTreeWidgetItem([entry_heading(entry)])
            item.setToolTip(0, item.text(0))
            for line in change_lines(entry):
                child = QTreeWidgetItem([line])
                child.setToolTip(0, line)
                item.addChild(child)
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.tree.expandAll()
        if items:
            first = self.tree.indexFromItem(items[0])  # the newest save, where the keyboard starts (unselected)
            self.tree.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.empty_label.setVisible(not self.entries)

    def entry_texts(self) -> list[tuple[str, list[str]]]:
        """What the tree shows: each entry's heading and the lines beneath it."""
        return [(item.text(0), _lines_under(item)) for item in self._top_items()]

    def _top_items(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(index) for index in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def selected_text(self) -> str:
        """The selected entries (an entry is selected with any of its lines; none: the current
        one), each with its changes."""
        chosen: list[QTreeWidgetItem] = []
        current = self.tree.currentItem()
        for item in self.tree.selectedItems() or ([current] if current is not None else []):
            top = item.parent() or item
            if top not in chosen:
                chosen.append(top)
        chosen.sort(key=self.tree.indexOfTopLevelItem)
        blocks = []
        for top in chosen:
            lines = [top.text(0)] + ["    " + line for line in _lines_under(top)]
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    def copy_selected(self) -> None:
        """Copy the selected entries to the clipboard, as plain text."""
        chosen = self.selected_text()
        if chosen:
            QGuiApplication.clipboard().setText(chosen)

    def _show_menu(self, position: QPoint) -> None:
        if not self.selected_text():
            return
        menu = QMenu(self.tree)
        menu.addAction(self.copy_action)
        menu.exec(self.tree.viewport().mapToGlobal(position))


def _lines_under(item: QTreeWidgetItem) -> list[str]:
    children = (item.child(row) for row in range(item.childCount()))
    return [child.text(0) for child in children if child is not None]
