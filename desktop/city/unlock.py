"""解锁申请 in the city's window: the offices' requests to unlock a period the city passed, and
同意解锁… (the reviewer's name asked, with what is being unlocked, as a decision is).

A request arrives in the office's bundle (:mod:`db.exchange.unlock`); granting it records the request,
the name and the time on the return's receipt, and the next acknowledgement (生成回执…) carries it to
the office, where the period can then be corrected with a reason and signed again. The tab's title
counts the requests waiting. The window adds the tab and connects its hub (:mod:`desktop.city.window`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from db.changes import Changes
from db.errors import ShequError
from db.periods import parse_period
from db.timeutil import format_local
from desktop.city.texts import _t
from desktop.common.i18n import period_label
from desktop.common.page_parts import ERROR_COLOUR, OK_COLOUR, hint, plain_list
from desktop.common.prompts import prompts

if TYPE_CHECKING:
    from desktop.city.parts import CityParts


class UnlockTab(QWidget):
    """The requests, newest first; 同意解锁… on the one selected when it waits."""

    def __init__(self, city: CityParts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.city = city
        self.requests: list[Any] = []  # db.exchange.unlock.UnlockInfo
        self.list = plain_list(
            [_t("社区"), _t("报告期"), _t("版本"), _t("申请人"), _t("申请时间"), _t("状态"), _t("原因")],
            (210, 120, 50, 80, 140, 150),
        )
        self.list.setAccessibleName(_t("解锁申请"))
        self.grant_button = QPushButton(_t("同意解锁…"))
        self.grant_button.setToolTip(_t("同意后，社区导入回执即可更正这个报告期，更正后重新签署报送"))
        row = QHBoxLayout()
        row.addWidget(self.grant_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(_t("市级审核通过的报告期在社区锁定。社区要更正时，由管理员申请解锁；同意后写回执交给社区。"))
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.list.itemSelectionChanged.connect(self._update_button)
        self.grant_button.clicked.connect(self.grant_selected)
        self.refresh()

    def title(self) -> str:
        waiting = sum(1 for info in self.requests if not info.granted)
        return _t("解锁申请（{0}）").format(waiting) if waiting else _t("解锁申请")

    def changed(self, changes: Changes) -> None:
        """Bundles came in (requests with them) or a grant was made."""
        if changes.touches_exchange() or changes.touches_returns() or changes.touches_office():
            self.refresh()

    def refresh(self) -> None:
        from db.exchange.unlock import unlock_requests

        names = {office.code: office.name for office in self.city.authority.offices()}
        self.requests = unlock_requests(self.city.store)
        self.list.clear()
        for info in self.requests:
            state = _t("已同意（{0}）").format(info.granted_by) if info.granted else _t("等待同意")
            office = _t("{0}（{1}）").format(names.get(info.office_code, ""), info.office_code)
            version = str(info.return_version) if info.return_version is not None else ""
            when = format_local(info.requested_at) if info.requested_at is not None else ""
            label = period_label(parse_period(info.period_code))
            self.list.addTopLevelItem(
                QTreeWidgetItem([office, label, version, info.requested_by, when, state, info.reason])
            )
        tabs = self.city.tabs
        index = tabs.indexOf(self)
        if index >= 0:
            tabs.setTabText(index, self.title())
        self._update_button()

    def selected(self) -> Any:
        item = self.list.currentItem()
        if item is None:
            return None
        index = self.list.indexOfTopLevelItem(item)
        return self.requests[index] if 0 <= index < len(self.requests) else None

    def _update_button(self) -> None:
        chosen = self.selected()
        self.grant_button.setEnabled(chosen is not None and not chosen.granted)

    def grant_selected(self) -> bool:
        """同意解锁… for the request selected: the reviewer's name (the window's last one offered), then the grant."""
        from db.exchange.unlock import grant_unlock

        chosen = self.selected()
        if chosen is None or chosen.granted or self.city.busy:
            return False
        city = self.city
        what = _t("社区 {0} {1}报表第 {2} 版").format(
            chosen.office_code, period_label(parse_period(chosen.period_code)), chosen.return_version or ""
        )
        question = (
            _t("同意解锁：{0}").format(what)
            + "\n"
            + _t("申请人：{0}；原因：{1}").format(chosen.requested_by, chosen.reason)
            + "\n"
            + _t("同意后，社区导入回执即可更正这个报告期；更正后的报表会重新报送审核。")
            + "\n\n"
            + _t("审核人姓名（记录在决定中）：")
        )
        answer = prompts().ask_text(city.window(), _t("同意解锁"), question, city.status.reviewer)
        if answer is None:
            return False
        if not answer.strip():
            city.say(ERROR_COLOUR, _t("没有同意解锁"), _t("每个决定都记录审核人：请重新点按钮并填写姓名。"))
            return False
        city.status.reviewer = answer.strip()
        try:
            when = city.clock() if city.clock is not None else None
            changes = grant_unlock(city.store, chosen.id, granted_by=answer, now=when)
        except ShequError as exc:
            city.show_error(exc, _t("没有同意解锁"))
            return False
        city.say(
            OK_COLOUR,
            _t("{0}已同意解锁{1}").format(answer.strip(), what),
            _t("社区要在导入回执后才能更正：请点“生成回执…”写到 U 盘交给社区。"),
        )
        city.hub.publish(changes | Changes(returns=True, periods=frozenset({chosen.period_code})))
        return True
