"""Asking the city to unlock a locked period (申请解锁…), for an office administrator.

A period the city finally accepted is locked (:mod:`db.exchange.locks`): the editor shows the refusal
with a button 申请解锁… for an administrator (:mod:`desktop.ledgers.corrections`), and the exchange page
lists the locked periods with the same button (:mod:`desktop.exchange.unlock`). Both ask here: the
reason (a Pinyin input method commits it into the text box), then :func:`db.exchange.unlock.request_unlock`
as the signed-in operator; a refusal is shown as it is, nothing written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.audit import Actor
from db.changes import Changes
from db.errors import ShequError
from db.periods import parse_period
from desktop.common.changes import ChangeHub
from desktop.common.i18n import error_text, period_label
from desktop.common.prompts import prompts


def _t(text: str) -> str:
    return QCoreApplication.translate("UnlockRequest", text)


class _Sessions:
    """A session factory (``Store.session`` or the editing context's) as ``request_unlock`` uses a store."""

    def __init__(self, factory: Callable[..., Any]) -> None:
        self._factory = factory

    def session(self, actor: Actor | None = None) -> Any:
        session = self._factory()
        if actor is not None:
            session.set_actor(actor)
        return session


def can_ask(session_factory: Callable[..., Any], actor: Actor | None) -> bool:
    """Whether the signed-in operator (``actor``) may ask: an active administrator."""
    from db.exchange.unlock import is_administrator

    if actor is None or actor.operator_id is None:
        return False
    with session_factory() as session:
        return is_administrator(session, actor.operator_id)


def ask_unlock(
    parent: QWidget | None,
    session_factory: Callable[..., Any],
    actor: Actor | None,
    period_code: str,
    *,
    hub: ChangeHub | None = None,
) -> bool:
    """Ask why, then request the unlock of ``period_code`` as ``actor``; True when the request was written
    (published on ``hub``: the returns and the exchange changed)."""
    from db.exchange.unlock import request_unlock

    label = period_label(parse_period(period_code))
    if actor is None:
        prompts().error(parent, _t("没有申请解锁"), _t("请先登录（管理员）再申请解锁。"))
        return False
    question = _t(
        "申请解锁{0}：市级同意后，这个报告期可以更正，更正后重新签署报送。\n请写明要更正什么、为什么（市级审核时会看到）："
    ).format(label)
    reason = prompts().ask_text(parent, _t("申请解锁"), question)
    if reason is None or not reason.strip():
        return False
    try:
        request_unlock(
            _Sessions(session_factory),
            period_code,
            reason=reason,
            requested_by=actor.operator_name,
            operator_id=actor.operator_id,
        )
    except ShequError as exc:
        prompts().error(parent, _t("没有申请解锁"), error_text(exc))
        return False
    prompts().info(
        parent,
        _t("已申请解锁"),
        _t("已申请解锁{0}。\n请在“数据交换”页导出数据包报送；市级同意后，导入市级回执即可更正。").format(label),
    )
    if hub is not None:
        hub.publish(Changes(returns=True, exchange=True))
    return True
