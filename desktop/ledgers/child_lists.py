"""The tabs of the record editor that list the records belonging to the one edited (a member's
posts, a pairing's visits, …): a small table with Add / Open / Delete. Adding or opening one opens
its own editor in a dialog, made by the editor that owns the list (so this module needs no editor)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.forms import ChildForm, child_rows, form_for
from desktop.common.i18n import label
from desktop.ledgers.deletions import EditingContext
from desktop.ledgers.editor_state import _t, kind_label
from desktop.ledgers.form import RecordForm


class ChildEditor(Protocol):
    """The editor in a child record's dialog, as the list uses it."""

    @property
    def form(self) -> RecordForm: ...

    def new_record(self, prefill: dict[str, Any] | None = None) -> None: ...

    def open_record(self, record_id: str) -> bool: ...


class ChildDialog(Protocol):
    """The dialog a child record is edited in (:class:`desktop.ledgers.editor.EditorDialog`)."""

    @property
    def editor(self) -> ChildEditor: ...

    def open(self) -> None: ...

    def activateWindow(self) -> None: ...


DialogT = TypeVar("DialogT", bound=ChildDialog)


class ChildList(QWidget, Generic[DialogT]):
    """The records that belong to the one being edited, with Add / Open / Delete.

    ``make_dialog(kind_key, fixed, parent)`` makes the (not yet shown) editor dialog of one of
    them, ``fixed`` holding the field that links it to the record edited."""

    def __init__(
        self,
        context: EditingContext,
        child: ChildForm,
        make_dialog: Callable[[str, dict[str, Any], QWidget], DialogT],
    ) -> None:
        super().__init__()
        self.context = context
        self.child = child
        self._make_dialog = make_dialog
        self.parent_id: str | None = None
        self.ids: list[str] = []
        spec = form_for(child.kind_key)

        self.hint = QLabel(_t("先保存这条记录，再添加{0}。").format(kind_label(child.kind_key)))
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, len(child.columns))
        self.table.setHorizontalHeaderLabels([label(spec.label(name)) for name in child.columns])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab goes on to 添加… / 打开… / 删除, not cell to cell
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column in range(len(child.columns)):
            header.resizeSection(column, 110)
        self.table.activated.connect(self._open_index)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        self.add_button = QPushButton(_t("添加…"))
        self.open_button = QPushButton(_t("打开…"))
        self.delete_button = QPushButton(_t("删除"))
        for button in (self.add_button, self.open_button, self.delete_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_parent(None)

    def set_parent(self, parent_id: str | None) -> None:
        self.parent_id = parent_id
        self.hint.setVisible(parent_id is None)
        for widget in (self.table, self.add_button, self.open_button, self.delete_button):
            widget.setEnabled(parent_id is not None)
        self.reload()

    def reload(self) -> None:
        rows: list[tuple[str, tuple[str, ...]]] = []
        if self.parent_id is not None:
            with self.context.session_factory() as session:
                rows = child_rows(session, self.child, self.parent_id)
        self.ids = [record_id for record_id, _ in rows]
        self.table.setRowCount(len(rows))
        for row, (_, texts) in enumerate(rows):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def row_texts(self) -> list[tuple[str, ...]]:
        return [
            tuple(self._cell(row, column) for column in range(self.table.columnCount()))
            for row in range(self.table.rowCount())
        ]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _dialog(self) -> DialogT:
        assert self.parent_id is not None
        return self._make_dialog(self.child.kind_key, {self.child.parent_field: self.parent_id}, self)

    def add(self) -> DialogT | None:
        """Open the editor of a new child record (a dialog); returns it (shown, not waited for)."""
        if self.parent_id is None:
            return None
        dialog = self._dialog()
        dialog.editor.new_record()
        dialog.open()
        dialog.activateWindow()
        first = dialog.editor.form.first_widget()
        if first is not None:
            first.setFocus()
        return dialog

    def open_row(self, row: int) -> DialogT | None:
        if not 0 <= row < len(self.ids):
            return None
        dialog = self._dialog()
        if not dialog.editor.open_record(self.ids[row]):
            self.reload()
            return None
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.open_row(index.row())

    def open_selected(self) -> DialogT | None:
        return self.open_row(self.table.currentRow())

    def delete_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.ids):
            return False
        return self.context.delete(self, self.child.kind_key, self.ids[row])
