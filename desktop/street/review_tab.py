"""审核: the returns that came through the street (:func:`db.exchange.street_review.street_returns`),
those waiting for the street first. Selecting one shows its figures as the office signed them (names
and values), what the import's checks found, the street's decision so far and the comments history;
the buttons under it — 通过（加签）…, 退回…, 有问题…, 对这一项提意见… (on the figure selected), 查看报表 —
are connected by the window to :mod:`desktop.street.decisions`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.common.exchange_texts import period_text
from desktop.common.page_parts import ERROR_COLOUR, WARNING_COLOUR, bold, hint, plain_list
from desktop.street.review_state import comment_line, decided_text, figure_lines, finding_text, return_texts
from desktop.street.texts import CODE_ROLE, _t, decision_colour

if TYPE_CHECKING:
    from db.changes import Changes
    from db.exchange.street_review import StreetReturn
    from desktop.street.services import StreetServices

COL_DECISION = 1


class ReviewTab(QSplitter):
    """审核 (see the module's notes)."""

    def __init__(self, services: StreetServices) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.services = services
        self.returns: list[StreetReturn] = []

        self.returns_list = plain_list(
            [_t("社区"), _t("街道审核"), _t("报告期"), _t("版本"), _t("到达时间"), _t("报送市级")],
            (190, 130, 130, 60, 140),
        )
        self.returns_list.setAccessibleName(_t("经本街道报送的报表"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list_note = hint(_t("待审核的报表排在前面。"))
        left_layout.addWidget(self.returns_list, 1)
        left_layout.addWidget(self.list_note)

        self.heading = QLabel()
        bold(self.heading, 1.15)
        self.heading.setWordWrap(True)
        self.finding = QLabel()
        self.finding.setWordWrap(True)
        self.decided = QLabel()
        self.decided.setWordWrap(True)
        self.decided.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures_list = plain_list(
            [_t("方面"), _t("指标"), _t("数值"), _t("标准"), _t("判断")], (90, 200, 140, 130)
        )
        self.figures_list.setAccessibleName(_t("报表中的指标"))
        self.comments_list = plain_list([_t("时间"), _t("提出人"), _t("关于"), _t("意见")], (140, 150, 160))
        self.comments_list.setAccessibleName(_t("意见记录"))
        self.comments_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.pass_button = QPushButton(_t("通过（加签）…"))
        self.pass_button.setToolTip(_t("审核通过：用街道密钥在报表上加盖街道的签名，之后可以报送市级"))
        bold(self.pass_button)
        self.return_button = QPushButton(_t("退回…"))
        self.return_button.setToolTip(_t("退回报表并写明原因，社区导入街道回执后会看到"))
        self.problem_button = QPushButton(_t("有问题…"))
        self.problem_button.setToolTip(_t("标记报表有问题并写明问题，社区导入街道回执后会看到"))
        self.view_button = QPushButton(_t("查看报表"))
        self.view_button.setToolTip(_t("用电脑上的 PDF 阅读程序打开社区签署的报表"))
        self.comment_button = QPushButton(_t("对这一项提意见…"))
        self.comment_button.setToolTip(_t("对选中的指标写一条意见（记录提出人），社区导入街道回执后会看到"))
        decisions = QHBoxLayout()
        for button in (self.pass_button, self.return_button, self.problem_button):
            decisions.addWidget(button)
        decisions.addStretch(1)
        decisions.addWidget(self.view_button)
        figure_row = QHBoxLayout()
        figure_row.addWidget(QLabel(_t("报表中的指标（选中一项可以提意见）：")))
        figure_row.addStretch(1)
        figure_row.addWidget(self.comment_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.finding)
        right_layout.addWidget(self.decided)
        right_layout.addLayout(decisions)
        right_layout.addLayout(figure_row)
        right_layout.addWidget(self.figures_list, 3)
        right_layout.addWidget(QLabel(_t("意见记录：")))
        right_layout.addWidget(self.comments_list, 2)
        self.addWidget(left)
        self.addWidget(right)
        self.setSizes([480, 760])
        self.setChildrenCollapsible(False)

        self.returns_list.itemSelectionChanged.connect(self._return_selected)
        self.figures_list.itemSelectionChanged.connect(self.update_buttons)
        self._return_selected()

    # --- reading -------------------------------------------------------------------------

    def changed(self, changes: Changes) -> None:
        if changes.touches_exchange() or changes.touches_returns():
            self.refresh()

    def refresh(self) -> None:
        """Read the returns again (quick: one query), keeping the one selected."""
        from db.exchange.street_review import street_returns

        kept = self.selected_id()
        returns = street_returns(self.services.store)
        waiting_first = sorted(returns, key=lambda item: (item.street_status != "", _arrival_key(item)))
        self.returns = waiting_first
        self.returns_list.clear()
        for item in waiting_first:
            shown = QTreeWidgetItem(return_texts(item, period_text(item.period_code)))
            shown.setData(0, CODE_ROLE, item.return_id)
            shown.setForeground(COL_DECISION, QBrush(QColor(decision_colour(item.street_status))))
            self.returns_list.addTopLevelItem(shown)
        pending = sum(1 for item in waiting_first if not item.street_status)
        self.list_note.setText(
            _t("共 {0} 份报表，待审核 {1} 份（排在前面）。").format(len(waiting_first), pending)
            if waiting_first
            else _t("还没有报表：请导入社区经本街道报送的数据包（文件 ▸ 导入社区数据包…）。")
        )
        if kept and self.select_return(kept):
            return
        first = self.returns_list.topLevelItem(0)
        if first is not None:
            self.returns_list.setCurrentItem(first)
        self._return_selected()

    def selected_id(self) -> str:
        items = self.returns_list.selectedItems()
        return str(items[0].data(0, CODE_ROLE)) if items else ""

    def selected_return(self) -> StreetReturn | None:
        wanted = self.selected_id()
        return next((item for item in self.returns if item.return_id == wanted), None)

    def select_return(self, return_id: str) -> bool:
        for number in range(self.returns_list.topLevelItemCount()):
            item = self.returns_list.topLevelItem(number)
            if item is not None and item.data(0, CODE_ROLE) == return_id:
                self.returns_list.setCurrentItem(item)
                return True
        return False

    def select_office(self, office_code: str, period_code: str) -> bool:
        """The office's latest return of the period (the status tab's 审核)."""
        found = [r for r in self.returns if r.office_code == office_code and r.period_code == period_code]
        if not found:
            return False
        latest = max(found, key=lambda item: item.return_version)
        return self.select_return(latest.return_id)

    def selected_figure(self) -> tuple[str, str] | None:
        """The figure selected: its key (``service.activities``) and its name as shown."""
        items = self.figures_list.selectedItems()
        key = items[0].data(0, CODE_ROLE) if items else None
        return (str(key), items[0].text(1)) if key else None

    def _return_selected(self) -> None:
        chosen = self.selected_return()
        self.figures_list.clear()
        self.comments_list.clear()
        if chosen is None:
            self.heading.setText(_t("选择一份报表查看"))
            self.finding.setText("")
            self.decided.setText("")
            self.update_buttons()
            return
        from db.exchange.comments import office_comments
        from db.models import ReturnSnapshot

        self.heading.setText(
            _t("{0}（{1}）{2}报表，第 {3} 版").format(
                chosen.office_name, chosen.office_code, period_text(chosen.period_code), chosen.return_version
            )
        )
        self.finding.setText(finding_text(chosen))
        self.finding.setStyleSheet(f"color: {WARNING_COLOUR};" if chosen.finding else "")
        self.decided.setText(decided_text(chosen))
        self.decided.setStyleSheet(f"color: {ERROR_COLOUR};" if chosen.street_status in ("returned", "problem") else "")
        with self.services.store.session() as session:
            snapshot = session.get(ReturnSnapshot, chosen.return_id)
            figures_json = snapshot.figures_json if snapshot is not None else "{}"
            comments = office_comments(session, chosen.office_code, chosen.period_code)
        for line in figure_lines(figures_json):
            item = QTreeWidgetItem(list(line.texts))
            item.setData(0, CODE_ROLE, line.key)
            if line.status in ("fail", "warning"):
                item.setForeground(4, QBrush(QColor(ERROR_COLOUR if line.status == "fail" else WARNING_COLOUR)))
            self.figures_list.addTopLevelItem(item)
        for comment in comments:
            shown = QTreeWidgetItem(comment_line(comment))
            shown.setToolTip(3, comment.text)
            self.comments_list.addTopLevelItem(shown)
        if not comments:
            self.comments_list.addTopLevelItem(QTreeWidgetItem(["", "", "", _t("还没有意见。")]))
        self.update_buttons()

    def update_buttons(self) -> None:
        idle = not self.services.busy
        chosen = self.selected_return()
        for button in (self.pass_button, self.return_button, self.problem_button, self.view_button):
            button.setEnabled(idle and chosen is not None)
        self.comment_button.setEnabled(idle and chosen is not None and self.selected_figure() is not None)


def _arrival_key(item: StreetReturn) -> float:
    return -item.arrived_at.timestamp() if item.arrived_at is not None else 0.0
