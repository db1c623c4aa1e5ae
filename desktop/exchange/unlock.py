"""锁定与解锁 on the 数据交换 page: the periods the city finally accepted (locked), the requests to
unlock them, and 申请解锁… for an administrator (:mod:`desktop.common.unlock_request` asks).

A locked period refuses every change (:mod:`db.exchange.locks`); an administrator asks the city to
unlock it, the request travels in the next bundle, and the city's grant comes back with its
acknowledgement (:mod:`db.exchange.unlock`). The box is hidden while nothing is locked and nothing was
asked. The page builds it with its host (:class:`~desktop.exchange.host.ExchangeHost`) and calls
:meth:`UnlockBox.refresh` when the returns or the exchange change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from db.periods import parse_period
from desktop.common.i18n import period_label
from desktop.common.page_parts import hint
from desktop.common.unlock_request import ask_unlock, can_ask

CONTEXT = "ExchangePage"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class UnlockState:
    """What the box shows, as plain data: the locked periods, the requests, who may ask."""

    locked: tuple[str, ...] = ()  # period codes, newest first
    requests: tuple[Any, ...] = ()  # db.exchange.unlock.UnlockInfo, newest first
    waiting: frozenset[str] = field(default_factory=frozenset)  # locked periods with a request waiting
    admin: bool = False

    @property
    def askable(self) -> tuple[str, ...]:
        """The locked periods an administrator may ask to unlock (none waiting)."""
        return tuple(code for code in self.locked if code not in self.waiting)


def read_unlock_state(store: Any, actor: Any) -> UnlockState:
    """The locked periods and the requests of the office in ``store``; ``actor``: the signed-in operator."""
    from db.exchange.locks import locked_returns
    from db.exchange.unlock import unlock_requests

    with store.session() as session:
        locked = locked_returns(session)
    requests = tuple(unlock_requests(store))
    locked_ids = {snapshot.id for snapshot in locked}
    waiting = frozenset(info.period_code for info in requests if not info.granted and info.return_id in locked_ids)
    codes = tuple(dict.fromkeys(snapshot.period_code for snapshot in locked))
    return UnlockState(codes, requests, waiting, can_ask(store.session, actor))


def request_line(info: Any) -> str:
    """One request as the box lists it."""
    label = period_label(parse_period(info.period_code))
    if info.granted:
        return _t("{0}：市级已同意解锁（{1}），可以更正后重新签署报送").format(label, info.granted_by)
    return _t("{0}：已申请解锁（{1}），等待市级同意。原因：{2}").format(label, info.requested_by, info.reason)


class UnlockBox(QGroupBox):
    """锁定与解锁: the locked periods, the requests and 申请解锁…."""

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(_t("锁定与解锁"), parent)
        self.host = host  # the page (ExchangeHost): store, workspace, hub
        self.state = UnlockState()
        self.locked_label = QLabel()
        self.locked_label.setWordWrap(True)
        self.requests_label = QLabel()
        self.requests_label.setWordWrap(True)
        self.period_choice = QComboBox()
        self.period_choice.setAccessibleName(_t("要解锁的报告期"))
        self.ask_button = QPushButton(_t("申请解锁…"))
        self.hint = hint(_t("市级审核通过的报告期已锁定，不能修改。如需更正，由管理员申请解锁，市级同意后即可更正。"))
        row = QHBoxLayout()
        row.addWidget(self.period_choice)
        row.addWidget(self.ask_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked_label)
        layout.addWidget(self.requests_label)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.ask_button.clicked.connect(self.ask)

    def refresh(self) -> None:
        self.show_state(read_unlock_state(self.host.store, self.host.workspace.actor))

    def show_state(self, state: UnlockState) -> None:
        self.state = state
        self.setVisible(bool(state.locked or state.requests))
        labels = "、".join(period_label(parse_period(code)) for code in state.locked) or _t("无")
        self.locked_label.setText(_t("已锁定的报告期：{0}").format(labels))
        lines = [request_line(info) for info in state.requests]
        self.requests_label.setText("\n".join(lines))
        self.requests_label.setVisible(bool(lines))
        self.period_choice.clear()
        for code in state.askable:
            self.period_choice.addItem(period_label(parse_period(code)), code)
        self.period_choice.setVisible(len(state.askable) > 1)
        self.ask_button.setEnabled(state.admin and bool(state.askable))
        if not state.admin and state.askable:
            self.ask_button.setToolTip(_t("只有管理员可以申请解锁"))
        else:
            self.ask_button.setToolTip("")

    def ask(self) -> bool:
        """申请解锁… for the period chosen (the only one, or the one picked)."""
        code = self.period_choice.currentData() if self.period_choice.count() else None
        if not isinstance(code, str):
            return False
        return ask_unlock(self, self.host.store.session, self.host.workspace.actor, code, hub=self.host.hub)
