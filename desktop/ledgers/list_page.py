"""One ledger's page: a search box, the record count, a filter bar, the table and, beside it, the
record editor.

Keyboard: Ctrl+N opens a new record, Enter or a double-click on a row opens it, Delete deletes
it (asking first; undo from the status bar or Ctrl+Z), Ctrl+F searches (the main window) and ↓
goes from the search box to the records found.
导出 Excel… writes the list as shown — search, filters, order — to a workbook (desktop/ledgers/export.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from db.kinds import kind
from desktop.common.changes import ChangeHub
from desktop.common.columns import Column, Fmt, columns_for, search_hint
from desktop.common.i18n import label
from desktop.common.record_table import RecordTableModel
from desktop.common.text_size import follow_font, scaled, text_width
from desktop.ledgers.deletions import EditingContext, undo_falls_through
from desktop.ledgers.filters import FilterBar

if TYPE_CHECKING:
    from db.changes import Changes
    from db.sheets import ExportResult
    from desktop.common.tasks import TaskHandle, TaskRunner
    from desktop.ledgers.editor import RecordEditor

SEARCH_DELAY_MS = 200  # the pause in typing a slow search waits for
SLOW_QUERY_MS = 50.0  # a list whose last query took longer debounces its search box


def _t(text: str) -> str:
    return QCoreApplication.translate("ListPage", text)


HEADER_PADDING = 28  # the header's margins and its sort arrow
CELL_PADDING = 16
MAX_ENUM_WIDTH = 220


def initial_width(column: Column, cells: QFontMetrics, header: QFontMetrics) -> int:
    """A column's first width: its spec's (chosen for Chinese), widened so the header's text and,
    for an enumeration, its longest label fit in the language shown (English words are longer)."""
    width = max(scaled(column.width), header.horizontalAdvance(column.title()) + HEADER_PADDING)
    if column.fmt is Fmt.ENUM and column.enum is not None:
        widest = max(cells.horizontalAdvance(label(member.label)) for member in column.enum) + CELL_PADDING
        width = max(width, min(widest, MAX_ENUM_WIDTH))
    return width


class ListPage(QWidget):
    """The list of one kind of record."""

    def __init__(
        self,
        session_factory: Callable[[], Session],
        kind_key: str,
        parent: QWidget | None = None,
        *,
        editing: EditingContext | None = None,
        hub: ChangeHub | None = None,
    ) -> None:
        super().__init__(parent)
        spec = columns_for(kind_key)
        self._shown_kinds = spec.shown_kinds
        self.kind_key = kind_key
        self.model = RecordTableModel(session_factory, spec, self)
        # Records saved, deleted, imported or received anywhere in the window: read them again.
        self.hub = hub or (editing.hub if editing is not None else ChangeHub(self))
        self.hub.changed.connect(self._on_changes)
        # Without a window's editing context (no operator), records can be read but not saved.
        self.editing = editing or EditingContext(session_factory, lambda: None, self, hub=self.hub)
        self.editor: RecordEditor | None = None

        title = QLabel(label(kind(kind_key).label))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint(kind_key))
        self.search.setClearButtonEnabled(True)
        # room for a name or an ID number at any 设置 ▸ 字号, not so much that the window outgrows the screen
        follow_font(self.search, lambda: self.search.setMinimumWidth(text_width(self.search, 16)))
        self.search.setAccessibleName(_t("搜索"))
        undo_falls_through(self.search)  # Ctrl+Z right after a deletion brings the record back

        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addSpacing(16)
        top.addWidget(self.count_label)
        self.new_button = QPushButton(_t("新增"))
        self.new_button.setToolTip(_t("新增一条记录（Ctrl+N）"))
        self.delete_button = QPushButton(_t("删除"))
        self.delete_button.setToolTip(_t("删除选中的记录（Delete，可撤销）"))
        self.export_button = QPushButton(_t("导出 Excel…"))
        self.export_button.setToolTip(_t("把列表（按现在的搜索和筛选）保存为 Excel 工作簿"))
        top.addSpacing(8)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.export_button)

        self.filters = FilterBar(session_factory, spec)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # whole rows: Tab goes on to the next control, not the next cell
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        follow_font(self.table, lambda: vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 10))
        vertical.hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for position, column in enumerate(spec.columns):
            header.resizeSection(position, initial_width(column, self.table.fontMetrics(), header.fontMetrics()))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # A child kind's list of its own (帮扶记录): records are added under their parent, and
        # exported with it; here they are looked through, opened and deleted.
        self.own_ledger = kind(kind_key).listed
        self.new_button.setVisible(self.own_ledger)
        self.export_button.setVisible(self.own_ledger)
        layout.addWidget(self.filters)
        # hidden only once it has a parent: a parentless widget shown would be a window of its own
        self.filters.setVisible(bool(spec.filters or spec.date_filter))
        layout.addWidget(self.splitter, 1)

        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button.clicked.connect(self.export_excel)
        self._session_factory = session_factory
        self._runner: TaskRunner | None = None
        self.table.activated.connect(self._open_index)
        new_key = QShortcut(QKeySequence.StandardKey.New, self)
        # the window's, so it works with the keyboard still on the navigation (Alt+2, a click);
        # only the page shown has it (a hidden page's shortcuts are off)
        new_key.setContext(Qt.ShortcutContext.WindowShortcut)
        new_key.activated.connect(self.new_record)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)
        self.editing.restored.connect(self._on_restored)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(self.apply_search)
        self.search.installEventFilter(self)  # ↓ goes on to the records found
        self.filters.changed.connect(self.apply_filters)
        self.model.refreshed.connect(self._update_count)

        self.model.refresh()
        # The header shows the model's order; enabling sorting then asks for that same order,
        # which the model already has, so no second query is made.
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        self.table.setSortingEnabled(True)

    def search_is_slow(self) -> bool:
        """Whether the search box waits for a pause in typing: only when the list's last query
        (for a search, a filter, an order, a reload) took more than :data:`SLOW_QUERY_MS`."""
        last = self.model.last_query_ms
        return last is not None and last > SLOW_QUERY_MS

    def _search_typed(self) -> None:
        """The search text changed: search at once when queries are fast (or this one's records are
        kept from before, e.g. the search cleared), else once typing pauses."""
        if self.search_is_slow() and not self.model.is_kept(self.search.text()):
            self._timer.start()
        else:
            self.apply_search()

    def apply_search(self) -> None:
        """Filter now (the search box also does it by itself as people type, see :meth:`_search_typed`)."""
        self._timer.stop()
        self.model.set_search(self.search.text())

    def apply_filters(self) -> None:
        """Show the records the filter bar asks for (combined with the search)."""
        self.model.set_filter(self.filters.current_filter())

    def clear_filters(self) -> None:
        """清除筛选: every filter back to 全部 (the search stays)."""
        self.filters.clear()

    def _reload_filter_choices(self) -> None:
        """Years and linked records may have come or gone; refresh happens right after."""
        self.filters.reload_choices()
        self.model.set_filter(self.filters.current_filter(), refresh=False)

    def reload(self) -> None:
        """Read the records again (after records came in from elsewhere, e.g. an import)."""
        self._reload_filter_choices()
        self.model.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.everything or changes.kinds & self._shown_kinds:
            current, row = self.current_record_id(), self.table.currentIndex().row()
            self.reload()
            if current is not None and self.model.row_of(current) is not None:
                self.select_record(current)  # the same record stays selected, wherever it now is
            elif row >= 0 and self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))  # it went: the one now there

    def export_excel(self) -> TaskHandle[ExportResult] | None:
        """导出 Excel…: the records as the list shows them now, to a workbook chosen by the person."""
        from desktop.common.tasks import TaskRunner
        from desktop.ledgers.export import ListView, export_list_to_excel

        if not self.own_ledger:
            return None  # a child kind is exported with its parent's ledger

        self.filters.flush()  # a date being typed counts
        self.apply_search()
        model = self.model
        view = ListView(
            self.kind_key,
            search=model.search_text,
            filters=model.filter,
            order_by=model.spec.columns[model.sort_column].sort_key,
            descending=model.sort_order == Qt.SortOrder.DescendingOrder,
        )
        if self._runner is None:
            self._runner = TaskRunner(self)
        return export_list_to_excel(self, self._runner, self._session_factory, view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.apply_search()
            if self.model.rowCount():
                if self.table.currentIndex().row() < 0:
                    self.table.selectRow(0)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- editing -----------------------------------------------------------------------------

    def _ensure_editor(self) -> RecordEditor:
        if self.editor is None:
            from desktop.ledgers.editor import RecordEditor

            editor = RecordEditor(self.editing, self.kind_key)
            follow_font(editor, lambda: editor.setMinimumWidth(text_width(editor, 34)))  # 440 px at 100 %
            editor.saved.connect(self._on_saved)
            editor.opened.connect(lambda _kind, record_id: self.select_record(record_id))
            editor.closed.connect(self._on_editor_closed)
            self.splitter.addWidget(editor)
            self.splitter.setStretchFactor(1, 0)
            total = max(self.splitter.width(), 900)
            self.splitter.setSizes([total - 520, 520])
            self.editor = editor
        return self.editor

    def editor_open(self) -> bool:
        return self.editor is not None and not self.editor.isHidden()

    def maybe_leave(self) -> bool:
        """Ask about unsaved changes in the editor; True when the page may go away."""
        return not self.editor_open() or self.editor is None or self.editor.maybe_leave()

    def new_record(self) -> RecordEditor | None:
        """Open the editor on a new record (asking first about unsaved changes); None on a child
        kind's list (its records are added under their parent)."""
        if not self.own_ledger or not self.maybe_leave():
            return None
        editor = self._ensure_editor()
        editor.new_record()
        editor.show()
        editor.tabs.setCurrentIndex(0)
        first = editor.form.first_widget()
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return editor

    def open_record(self, record_id: str) -> RecordEditor | None:
        """Open the editor on a stored record (asking first about unsaved changes)."""
        if self.editor_open() and self.editor is not None and self.editor.record_id == record_id:
            return self.editor
        if not self.maybe_leave():
            return None
        editor = self._ensure_editor()
        if not editor.open_record(record_id):
            self.model.refresh()
            return None
        self.select_record(record_id)  # the list shows which record the editor has
        editor.show()
        return editor

    def open_row(self, row: int) -> RecordEditor | None:
        if not 0 <= row < self.model.rowCount():
            return None
        return self.open_record(self.model.record_id(row))

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        editor = self.open_row(index.row())
        if editor is not None:
            first = editor.form.first_widget()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_record_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.record_id(row) if 0 <= row < self.model.rowCount() else None

    def delete_current(self) -> bool:
        """Delete the selected record (asking first)."""
        record_id = self.current_record_id()
        if record_id is None:
            return False
        return self.editing.delete(self, self.kind_key, record_id)

    def select_record(self, record_id: str) -> None:
        """Select ``record_id``'s row; when the search or filters hide it, no row is selected."""
        row = self.model.row_of(record_id)
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _on_saved(self, _kind_key: str, record_id: str) -> None:
        self.select_record(record_id)  # the list has read it again from the hub

    def _on_editor_closed(self) -> None:
        if self.editor is not None:
            self.editor.hide()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_restored(self, kind_key: str, record_id: str) -> None:
        if kind_key == self.kind_key:
            self.select_record(record_id)  # the list has read it again from the hub

    def _update_count(self) -> None:
        self.count_label.setText(_t("共 {0} 条").format(self.model.rowCount()))
