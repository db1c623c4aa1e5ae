"""报送情况: one row per registered office for the period chosen — with where its return stands level
by level (审核环节: 待街道审核 … 已解锁) beside the city's decision — each street's backlog under the
table, and under it the office selected — its returns (待审核 until a person chooses 通过 / 退回… /
有问题…; 查看报表; the street's review beside the city's), the review comments of the period (市级 and
街道 side by side), its figures, 查看数据…, 生成回执…. What each cell says is
:mod:`desktop.city.status_state`; the window connects the buttons to their actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.city.status_state import (
    Cell,
    backlog_text,
    comment_line,
    compute_status,
    figure_lines,
    office_heading,
    office_info,
    return_line,
    status_cells,
    status_note_text,
    totals_text,
)
from desktop.city.texts import CODE_ROLE, COL_CODE, COL_NAME, PILLARS, _t
from desktop.common.exchange_texts import period_text
from desktop.common.i18n import label
from desktop.common.page_parts import bold, hint, plain_list
from desktop.common.text_size import scaled

if TYPE_CHECKING:
    from db.changes import Changes
    from db.exchange.city_status import OfficeStatus, StreetDecision
    from db.exchange.comments import Comment
    from db.exchange.history import ReturnStatus
    from desktop.city.services import CityServices
    from desktop.common.tasks import Progress, TaskHandle


def _table_item(cell: Cell) -> QTableWidgetItem:
    item = QTableWidgetItem(cell.text)
    if cell.role is not None:
        item.setData(cell.role, cell.value)
    if cell.background:
        item.setBackground(QBrush(QColor(cell.background)))
    if cell.colour:
        item.setForeground(QBrush(QColor(cell.colour)))
    if cell.tooltip:
        item.setToolTip(cell.tooltip)
    if cell.centred:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


class StatusTab(QSplitter):
    """报送情况 (see the module's notes)."""

    def __init__(self, services: CityServices) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.services = services
        self.rows: list[OfficeStatus] = []
        self.office_returns: list[ReturnStatus] = []
        self.reviewer = ""  # the name the last decision was made under, for this window's session
        self._serial = 0
        self._handle: TaskHandle[Any] | None = None

        headers = [_t("社区代码"), _t("社区名称"), _t("最近数据包"), _t("报表"), _t("审核环节"), _t("市级处理")]
        headers += [label(text) for _key, text in PILLARS] + [_t("冲突")]  # the pillars' names as db labels them
        self.table = QTableWidget(0, len(headers))
        self.table.setTabKeyNavigation(False)  # whole rows: Tab goes on to the buttons
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(_t("各社区报送情况"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((110, 130, 210, 150, 100, 160, 92, 92, 100, 92, 50)):
            # px at the standard text size (设置 ▸ 字号), and never narrower than the column's name (English)
            header.resizeSection(column, max(scaled(width), header.sectionSizeHint(column)))
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.status_note = hint()
        self.status_note.setWordWrap(True)  # wraps under large text rather than widen the window
        self.status_note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        bold(self.totals)
        self.backlog = hint()  # one line per street: what waits for it, what it sent back, what waits for the city
        self.backlog.setAccessibleName(_t("各街道待办"))

        # the office selected
        self.office_heading = QLabel()
        bold(self.office_heading, 1.15)
        self.office_info = QLabel()
        self.office_info.setWordWrap(True)
        self.office_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.returns_list = plain_list(
            [_t("报告期"), _t("版本"), _t("到达时间"), _t("市级处理"), _t("审核人"), _t("意见 / 核验"), _t("街道审核")],
            (100, 50, 118, 64, 110, 110),
        )
        self.returns_list.setAccessibleName(_t("社区的报表"))
        self.receive_button = QPushButton(_t("通过"))
        self.receive_button.setToolTip(_t("审核通过（已接收）：社区导入回执后该报告期锁定"))
        self.reject_button = QPushButton(_t("退回…"))
        self.reject_button.setToolTip(_t("退回报表并写明原因，社区导入回执后会看到"))
        self.problem_button = QPushButton(_t("有问题…"))
        self.problem_button.setToolTip(_t("标记报表有问题并写明问题，社区导入回执后会看到"))
        self.view_return_button = QPushButton(_t("查看报表"))
        self.data_button = QPushButton(_t("查看数据…"))
        self.data_button.setToolTip(_t("查看这个社区报送的台账（只读）；也可以双击表格中的社区"))
        self.ack_button = QPushButton(_t("生成回执…"))
        self.ack_button.setToolTip(
            _t("给选中的社区写回执（确认收到的数据包、报表审核结果、城市标准），存到 U 盘；未审核的报表只写“待审核”")
        )
        bold(self.ack_button)
        buttons = QHBoxLayout()
        for button in (self.receive_button, self.reject_button, self.problem_button, self.view_return_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.data_button)
        buttons.addWidget(self.ack_button)
        self.figures_list = plain_list(
            [_t("方面"), _t("指标"), _t("数值"), _t("标准"), _t("判断")], (86, 160, 140, 130)
        )
        self.figures_list.setAccessibleName(_t("达标情况"))
        self.figures_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comments_list = plain_list(
            [_t("级别"), _t("版本"), _t("针对"), _t("意见"), _t("审核人"), _t("时间")], (48, 52, 150, 190, 70)
        )
        self.comments_list.setAccessibleName(_t("审核意见"))
        self.comments_heading = QLabel(_t("本报告期的审核意见（市级、街道）"))
        self.comment_button = QPushButton(_t("对这一项提意见…"))
        self.comment_button.setToolTip(_t("对选中的指标写一条意见（记录审核人），社区导入回执后会在这一项旁边看到"))
        self._lay_out(buttons)

        self.table.itemSelectionChanged.connect(self._office_selected)
        self.returns_list.itemSelectionChanged.connect(self.update_buttons)
        self.figures_list.itemSelectionChanged.connect(self.update_buttons)

    def _lay_out(self, buttons: QHBoxLayout) -> None:
        returns_box = QWidget()
        returns_layout = QVBoxLayout(returns_box)
        returns_layout.setContentsMargins(0, 0, 0, 0)
        returns_layout.addWidget(self.returns_list, 1)
        returns_layout.addLayout(buttons)
        returns_layout.addWidget(self.comments_heading)
        returns_layout.addWidget(self.comments_list, 1)
        office_split = QSplitter()
        office_split.addWidget(returns_box)
        figures_box = QWidget()
        figures_layout = QVBoxLayout(figures_box)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.figures_list, 1)
        figure_buttons = QHBoxLayout()
        figure_buttons.addStretch(1)
        figure_buttons.addWidget(self.comment_button)
        figures_layout.addLayout(figure_buttons)
        office_split.addWidget(figures_box)
        office_split.setSizes([560, 560])
        office_split.setChildrenCollapsible(False)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.office_heading)
        details_layout.addWidget(self.office_info)
        details_layout.addWidget(office_split, 1)
        self.details = details

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.totals, 1)
        row.addWidget(self.status_note, 1)
        upper_layout.addLayout(row)
        upper_layout.addWidget(self.backlog)
        self.addWidget(upper)
        self.addWidget(details)
        self.setSizes([380, 300])
        self.setChildrenCollapsible(False)

    # --- reading -------------------------------------------------------------------------

    def changed(self, changes: Changes) -> None:
        """Any change may move an office's standing (its data, bundles, returns, conflicts, certificate)."""
        if not changes.empty:
            self.refresh()

    def refresh(self) -> None:
        """Work out the chosen period's status of every office, in the background."""
        services = self.services
        period, today = services.period, services.today
        store, authority = services.store, services.authority
        self._serial += 1
        serial = self._serial
        self.status_note.setText(_t("正在统计{0}…").format(period_text(period.code)))

        def work(progress: Progress) -> list[OfficeStatus]:
            return compute_status(store, authority, period, today, progress)

        def arrived(rows: list[OfficeStatus]) -> None:
            if serial == self._serial:
                self.show_status(rows)

        def cancelled() -> None:
            if serial == self._serial:
                self.status_note.setText(_t("统计已取消。点“刷新”再统计一次。"))

        if self._handle is not None:
            self._handle.cancel()
        self._handle = services.run(work, arrived, _t("正在统计各社区的情况…"), on_cancel=cancelled)

    def code_at(self, row: int) -> str:
        item = self.table.item(row, COL_CODE)
        return str(item.data(CODE_ROLE)) if item is not None else ""

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def selected_code(self) -> str:
        rows = self._selected_rows()
        return self.code_at(rows[0]) if rows else ""

    def selected_codes(self) -> list[str]:
        return [self.code_at(row) for row in self._selected_rows()]

    def row_of(self, code: str) -> OfficeStatus | None:
        return next((row for row in self.rows if row.code == code), None)

    def select_office(self, code: str) -> None:
        for row in range(self.table.rowCount()):
            if self.code_at(row) == code:
                self.table.selectRow(row)
                return

    def selected_return(self) -> ReturnStatus | None:
        items = self.returns_list.selectedItems()
        if not items:
            return None
        wanted = str(items[0].data(0, CODE_ROLE))
        return next((item for item in self.office_returns if item.return_id == wanted), None)

    def show_status(self, rows: list[OfficeStatus]) -> None:
        kept = self.selected_codes()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, cell in enumerate(status_cells(row)):
                self.table.setItem(number, column, _table_item(cell))
        self.totals.setText(totals_text(rows))
        self.backlog.setText(backlog_text(rows))
        self.backlog.setVisible(bool(self.backlog.text()))
        self.status_note.setText(status_note_text(rows, self.services.period))
        if kept:
            for code in kept:
                self.select_office(code)
        elif rows:
            self.table.selectRow(0)
        self._office_selected()

    def _office_selected(self) -> None:
        code = self.selected_code()
        row = self.row_of(code)
        if row is None:
            self.office_heading.setText(_t("选择一个社区查看详情"))
            self.office_info.setText("")
            self.returns_list.clear()
            self.figures_list.clear()
            self.comments_list.clear()
            self.office_returns = []
            self.update_buttons()
            return
        from db.exchange.city_status import street_decisions
        from db.exchange.comments import office_comments
        from db.exchange.history import returns_with_receipts

        self.office_heading.setText(office_heading(row))
        self.office_info.setText(office_info(row))
        with self.services.store.session() as session:
            self.office_returns = returns_with_receipts(session, code)
            streets = street_decisions(session, code)
            comments = office_comments(session, code, self.services.period.code)
        self._show_office_returns(row, streets)
        self._show_comments(comments)
        self._show_figures(row)
        self.update_buttons()

    def _show_comments(self, comments: list[Comment]) -> None:
        """The period's review comments, oldest first, the city's and the street's side by side."""
        self.comments_list.clear()
        for comment in comments:
            shown = QTreeWidgetItem(comment_line(comment))
            shown.setData(0, CODE_ROLE, comment.id)
            shown.setToolTip(2, shown.text(2))
            shown.setToolTip(3, shown.text(3))
            self.comments_list.addTopLevelItem(shown)
        self.comments_heading.setText(_t("本报告期的审核意见（市级、街道）：{0} 条").format(len(comments)))

    def _show_office_returns(self, row: OfficeStatus, streets: dict[str, StreetDecision]) -> None:
        self.returns_list.clear()
        chosen: QTreeWidgetItem | None = None
        for item in self.office_returns:
            texts, colour = return_line(item, streets.get(item.return_id))
            shown = QTreeWidgetItem(texts)
            shown.setData(0, CODE_ROLE, item.return_id)
            shown.setToolTip(4, texts[4])
            shown.setToolTip(5, texts[5])
            shown.setToolTip(6, texts[6])
            if colour:
                shown.setForeground(3, QBrush(QColor(colour)))
            self.returns_list.addTopLevelItem(shown)
            if item.return_id == row.return_id:
                chosen = shown
        if chosen is None and self.returns_list.topLevelItemCount():
            chosen = self.returns_list.topLevelItem(0)
        if chosen is not None:
            self.returns_list.setCurrentItem(chosen)

    def selected_figure(self) -> tuple[str, str] | None:
        """The figure selected in 达标情况: its key (``service.activities``) and its name as shown."""
        items = self.figures_list.selectedItems()
        key = items[0].data(0, CODE_ROLE) if items else None
        return (str(key), items[0].text(1)) if key else None

    def _show_figures(self, row: OfficeStatus) -> None:
        self.figures_list.clear()
        compliance = row.compliance
        keys = [f"{p.key}.{f.key}" for p in compliance.pillars for f in p.figures] if compliance is not None else []
        for number, (texts, colour, reason) in enumerate(figure_lines(compliance)):
            item = QTreeWidgetItem(texts)
            if number < len(keys):
                item.setData(0, CODE_ROLE, keys[number])
            if colour:
                item.setForeground(4, QBrush(QColor(colour)))
                item.setToolTip(1, reason)
                item.setToolTip(4, reason)
            self.figures_list.addTopLevelItem(item)

    def update_buttons(self) -> None:
        idle = not self.services.busy
        chosen_return = self.selected_return() is not None
        office = bool(self.selected_code())
        self.receive_button.setEnabled(idle and chosen_return)
        self.reject_button.setEnabled(idle and chosen_return)
        self.problem_button.setEnabled(idle and chosen_return)
        self.view_return_button.setEnabled(idle and chosen_return)
        self.data_button.setEnabled(office)
        self.ack_button.setEnabled(idle and office)
        self.comment_button.setEnabled(idle and office and self.selected_figure() is not None)
