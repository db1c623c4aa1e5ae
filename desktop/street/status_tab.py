"""社区报送情况: one row per office on the city's roster (and any office the street has a return of)
for the period chosen — its latest return, the street's decision and where the return stands level by
level (:attr:`db.exchange.city_status.OfficeStatus.state`: 未报 / 待街道审核 / 街道退回 / 待市审核 /
已通过 …) — with the street's backlog at the top (``待审核 3 份``). The rows are worked out in the
background by :func:`db.exchange.city_status.street_status`; 审核 (double-click, Enter) and 写回执…
act on the office selected."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QBrush, QColor
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

from desktop.common.exchange_texts import period_text
from desktop.common.page_parts import bold, hint, local_time
from desktop.common.text_size import scaled
from desktop.street.texts import CODE_ROLE, _t, backlog_text, decision_text, state_colour, state_text

if TYPE_CHECKING:
    from db.changes import Changes
    from db.exchange.city_status import OfficeStatus
    from desktop.common.tasks import Progress, TaskHandle
    from desktop.street.services import StreetServices

COL_CODE, COL_NAME, COL_RETURN, COL_STREET, COL_STATE = range(5)


def return_text(row: OfficeStatus) -> str:
    if row.return_id is None:
        return _t("未报")
    return _t("第 {0} 版，{1} 到达").format(row.return_version or 1, local_time(row.arrived_at))


def street_decision_text(row: OfficeStatus) -> str:
    if row.return_id is None:
        return ""
    shown = decision_text(row.street_decision)
    if row.street_decided_by:
        shown += _t("（{0}）").format(row.street_decided_by)
    return shown


def backlog_of_rows(rows: list[OfficeStatus]) -> str:
    pending = sum(1 for row in rows if row.state == "pending_street")
    sent_back = sum(1 for row in rows if row.state == "street_returned")
    passed = sum(1 for row in rows if row.state == "pending_city")
    missing = sum(1 for row in rows if row.state == "not_reported")
    return backlog_text(pending, sent_back, passed, missing)


class StatusTab(QWidget):
    """社区报送情况 (see the module's notes)."""

    def __init__(self, services: StreetServices) -> None:
        super().__init__()
        self.services = services
        self.rows: list[OfficeStatus] = []
        self._serial = 0
        self._handle: TaskHandle[Any] | None = None

        self.backlog = QLabel()
        bold(self.backlog, 1.2)
        self.backlog.setAccessibleName(_t("待审核情况"))
        self.note = hint()
        headers = [_t("社区代码"), _t("社区名称"), _t("报表"), _t("街道审核"), _t("目前状态")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setTabKeyNavigation(False)  # whole rows: Tab goes on to the buttons
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(_t("各社区报送情况"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((130, 180, 260, 200, 140)):
            header.resizeSection(column, max(scaled(width), header.sectionSizeHint(column)))
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)

        self.review_button = QPushButton(_t("审核这个社区的报表"))
        self.review_button.setToolTip(_t("到“审核”页查看选中社区的报表（也可以双击这一行）"))
        self.ack_button = QPushButton(_t("写回执…"))
        self.ack_button.setToolTip(_t("给选中的社区写街道的回执（审核结果和意见），存到 U 盘交给社区"))
        bold(self.ack_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ack_button)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.backlog)
        top.addStretch(1)
        top.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self.update_buttons)

    # --- reading -------------------------------------------------------------------------

    def changed(self, changes: Changes) -> None:
        """Imports, decisions, a roster: any change may move an office's row."""
        if not changes.empty:
            self.refresh()

    def refresh(self) -> None:
        """Work out the chosen period's rows, in the background."""
        from db.exchange.city_status import street_status

        services = self.services
        store, code, name = services.store, services.street.code, services.street_name
        period, today = services.period, services.today
        self._serial += 1
        serial = self._serial
        self.note.setText(_t("正在统计{0}…").format(period_text(period.code)))

        def work(_progress: Progress) -> list[OfficeStatus]:
            return street_status(store, code, period, street_name=name, today=today, compliance=False)

        def arrived(rows: list[OfficeStatus]) -> None:
            if serial == self._serial:
                self.show_rows(rows)

        def failed(exc: BaseException) -> None:
            if serial == self._serial:
                self.note.setText("")
            services.show_error(exc, _t("没有统计出来"))

        def cancelled() -> None:
            if serial == self._serial:
                self.note.setText(_t("统计已取消。点“重新统计”再统计一次。"))

        if self._handle is not None:
            self._handle.cancel()
        self._handle = services.run(work, arrived, _t("正在统计各社区的情况…"), on_error=failed, on_cancel=cancelled)

    def show_rows(self, rows: list[OfficeStatus]) -> None:
        kept = self.selected_code()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = [row.code, row.name, return_text(row), street_decision_text(row), state_text(row.state)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, row.code)
                if column == COL_STATE:
                    item.setForeground(QBrush(QColor(state_colour(row.state))))
                if column == COL_STREET and row.street_reason:
                    item.setToolTip(_t("意见：{0}").format(row.street_reason))
                self.table.setItem(number, column, item)
        self.backlog.setText(backlog_of_rows(rows))
        self.note.setText(
            _t("{0}，共 {1} 个社区").format(period_text(self.services.period.code), len(rows))
            if rows
            else _t("还没有社区：请安装市级给本街道的社区名单（文件 ▸ 安装社区名单…）。")
        )
        if kept:
            self.select_office(kept)
        elif rows:
            self.table.selectRow(0)
        self.update_buttons()

    def selected_code(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return ""
        item = self.table.item(rows[0].row(), COL_CODE)
        return str(item.data(CODE_ROLE)) if item is not None else ""

    def row_of(self, code: str) -> OfficeStatus | None:
        return next((row for row in self.rows if row.code == code), None)

    def select_office(self, code: str) -> None:
        for number in range(self.table.rowCount()):
            item = self.table.item(number, COL_CODE)
            if item is not None and item.data(CODE_ROLE) == code:
                self.table.selectRow(number)
                return

    def update_buttons(self) -> None:
        idle = not self.services.busy
        row = self.row_of(self.selected_code())
        self.review_button.setEnabled(row is not None and row.return_id is not None)
        self.ack_button.setEnabled(idle and row is not None)
