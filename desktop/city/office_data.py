"""查看数据…: one office's records at the city, ledger by ledger, read-only; 对这条记录提意见… on the record
selected (the window gives the action: :func:`desktop.city.review_comments.comment_on_record`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.city.texts import _t
from desktop.common.i18n import label
from desktop.common.page_parts import hint
from desktop.common.text_size import scaled

if TYPE_CHECKING:
    from db.store import Store
    from desktop.common.record_table import RecordTableModel


class OfficeDataDialog(QDialog):
    """An office's records at the city, ledger by ledger: read-only (the city never edits them)."""

    def __init__(
        self,
        store: Store,
        office_code: str,
        office_name: str,
        parent: QWidget | None = None,
        *,
        on_comment: Callable[[str, str, str, QWidget], str | None] | None = None,
    ) -> None:
        """``on_comment(table, record id, title, dialog)`` comments on a record (None: no such action);
        it returns the line to show under the list (None: nothing to say)."""
        super().__init__(parent)
        from db.kinds import kind
        from desktop.common.columns import LISTS

        self.store = store
        self.office_code = office_code
        self.setWindowTitle(_t("{0}（{1}）的数据 — 只读").format(office_name, office_code))
        self.resize(1100, 640)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(_t("台账"))
        for key in LISTS:
            self.kind_box.addItem(label(kind(key).label), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("搜索…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(_t("台账：")))
        top.addWidget(self.kind_box)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # whole rows: Tab goes on to the buttons
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.model: RecordTableModel | None = None
        self.on_comment = on_comment
        self.comment_button = QPushButton(_t("对这条记录提意见…"))
        self.comment_button.setToolTip(
            _t(
                "对选中的记录写一条意见（记录审核人），社区导入回执后会在这条记录上看到；只能对本报告期已报送报表的社区提"
            )
        )
        self.comment_button.setVisible(on_comment is not None)
        self.comment_note = hint()
        self.comment_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            hint(
                _t(
                    "这是社区报送的数据，市级只能查看，不能修改。身份证号、电话、住址不报送市级，这里是空的。"
                    "如数据有误，请退回报表并写明原因，由社区改正后重新报送。"
                )
            )
        )
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.comment_note, 1)
        bottom.addWidget(self.comment_button)
        layout.addLayout(bottom)
        self.comment_button.clicked.connect(self.comment_on_selected)
        self.kind_box.currentIndexChanged.connect(lambda _index: self.show_kind(str(self.kind_box.currentData())))
        self.search.returnPressed.connect(self._search)
        self.search.textChanged.connect(lambda text: self._search() if not text else None)
        self.show_kind(str(self.kind_box.currentData()))

    @property
    def kind_key(self) -> str:
        return str(self.kind_box.currentData())

    def show_kind(self, kind_key: str) -> None:
        from db.exchange.payload import PURPOSE_CITY, withheld_fields
        from db.kinds import kind
        from db.listing import ListFilter
        from desktop.common.columns import columns_for
        from desktop.common.record_table import RecordTableModel

        if self.kind_box.currentData() != kind_key:
            self.kind_box.setCurrentIndex(self.kind_box.findData(kind_key))  # calls back
            return
        spec = columns_for(kind_key)
        model = RecordTableModel(self.store.session, spec, self)
        model.set_filter(ListFilter(equals={"office_code": self.office_code}), refresh=False)
        model.refreshed.connect(self._count)
        model.modelReset.connect(self._update_buttons)
        model.set_search(self.search.text())
        old, self.model = self.model, model
        self.table.setModel(model)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        if old is not None:
            old.deleteLater()
        blank = withheld_fields(PURPOSE_CITY).get(str(kind(kind_key).model.__tablename__), frozenset())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for position, column in enumerate(spec.columns):
            header.resizeSection(position, scaled(column.width))  # px at the standard text size
            self.table.setColumnHidden(position, column.field in blank)  # never at the city
        self._count()

    def _search(self) -> None:
        if self.model is not None:
            self.model.set_search(self.search.text())

    def _count(self) -> None:
        count = self.model.rowCount() if self.model is not None else 0
        self.count_label.setText(_t("共 {0} 条").format(count))
        self._update_buttons()

    def selected_record(self) -> tuple[str, str, str] | None:
        """The record selected: its table, id and title (as the list shows it)."""
        from db.kinds import kind

        if self.model is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        row = rows[0].row()
        found = kind(self.kind_key)
        columns = self.model.spec.columns
        column = next((n for n, item in enumerate(columns) if item.field == found.title_field), 0)
        title = str(self.model.data(self.model.index(row, column)) or "")
        return str(found.model.__tablename__), self.model.record_id(row), title

    def _update_buttons(self) -> None:
        self.comment_button.setEnabled(self.on_comment is not None and self.selected_record() is not None)

    def comment_on_selected(self) -> None:
        """对这条记录提意见…: the window's action on the record selected; what it says, under the list."""
        chosen = self.selected_record()
        if chosen is None or self.on_comment is None:
            return
        said = self.on_comment(*chosen, self)
        if said is not None:
            self.comment_note.setText(said)
