"""Changing a signed period: the person must say why.

A signed return is an immutable snapshot; when one of the records behind its figures is edited,
deleted or brought back, or a record dated in its period is added (or moved in or out of it),
the next corrected return (更正) lists what changed and why. Which changes need that reason is
:mod:`db.policy`'s rule (a plan's ``covering`` returns); the editor, the delete action and the
undo of a deletion ask for it here, with no database session open, before committing.

A period the city finally accepted (通过) is locked: nothing in it changes (:mod:`db.exchange.locks`).
Instead of a question the person reads the refusal — the period and what to do next — and an
administrator gets a button 申请解锁… (:mod:`desktop.common.unlock_request`). Once the city granted the
unlock, the question has its own title and says that the city accepted the return, agreed to unlock it
and will review the correction; for any other signed period it says that a corrected return will be due.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.audit import Actor
from db.periods import parse_period
from db.policy import CoveringReturn
from desktop.common.changes import ChangeHub
from desktop.common.i18n import period_label
from desktop.common.prompts import prompts
from desktop.common.unlock_request import ask_unlock, can_ask


class UnlockContext(Protocol):
    """What asking to unlock needs of the editing context (:class:`desktop.ledgers.deletions.EditingContext`)."""

    session_factory: Callable[..., Any]
    hub: ChangeHub

    def actor(self) -> Actor | None: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("Corrections", text)


def _returns(covering: Sequence[CoveringReturn]) -> str:
    return "、".join(_t("{0}（第 {1} 版）").format(item.period_label, item.version) for item in covering)


def locked_refusal(covering: Sequence[CoveringReturn]) -> tuple[str, str]:
    """The title and the text said for a change to a locked period (``covering`` holds one)."""
    periods = "、".join(dict.fromkeys(period_label(parse_period(item.period_code)) for item in covering if item.locked))
    text = _t("这条记录属于{0}，该报告期的报表已由市级审核通过并锁定，不能修改。\n如需更正，请由管理员申请解锁。")
    return _t("报告期已锁定"), text.format(periods)


def refuse_locked(parent: QWidget | None, covering: Sequence[CoveringReturn], context: UnlockContext | None) -> None:
    """Say that the period is locked; an administrator may ask to unlock it from here (申请解锁…)."""
    title, text = locked_refusal(covering)
    actor = context.actor() if context is not None else None
    if context is None or not can_ask(context.session_factory, actor):
        prompts().info(parent, title, _t("{0}\n（请让管理员登录后申请解锁。）").format(text))
        return
    if prompts().confirm(parent, title, text, _t("申请解锁…")):
        period = next(item.period_code for item in covering if item.locked)
        ask_unlock(parent, context.session_factory, actor, period, hub=context.hub)


def correction_question(covering: Sequence[CoveringReturn]) -> tuple[str, str]:
    """The title and the text of the question for ``covering`` (not empty, none locked)."""
    unlocked = [item for item in covering if item.unlocked]
    if unlocked:
        text = _t(
            "市级已接收这个报告期的报表，并已同意解锁：{0}。\n"
            "这次改动会作为更正报表报送市级，由市级审核。\n"
            "请写明原因（会印在更正报表的变更说明里）："
        ).format(_returns(unlocked))
        others = [item for item in covering if not item.unlocked]
        if others:
            text = _t("{0}\n（同时涉及已签署的报表：{1}。）").format(text, _returns(others))
        return _t("更正市级已接收的报表"), text
    if any(item.counted for item in covering):
        text = _t(
            "这条记录已计入已签署的报表：{0}。\n修改或删除后，需要报送更正报表。\n请写明原因（会印在更正报表的变更说明里）："
        ).format(_returns(covering))
    else:
        text = _t(
            "这条记录的日期在已签署报表的报告期内：{0}。\n"
            "新增、修改、删除或恢复后，需要报送更正报表。\n"
            "请写明原因（会印在更正报表的变更说明里）："
        ).format(_returns(covering))
    return _t("修改已签署报表中的记录"), text


def correction_reason(
    parent: QWidget | None, covering: Sequence[CoveringReturn], *, context: UnlockContext | None = None
) -> tuple[bool, str | None]:
    """Whether to go on, and the reason to record.

    ``(True, None)`` when no signed return covers the record; ``(True, reason)`` when one does
    and the person wrote why; ``(False, None)`` when they cancelled or wrote nothing, and when the
    period is locked (said by :func:`refuse_locked`, with 申请解锁… for an administrator when
    ``context`` — the editing context — is given).
    """
    if not covering:
        return True, None
    if any(item.locked for item in covering):
        refuse_locked(parent, covering, context)
        return False, None
    title, text = correction_question(covering)
    note = prompts().ask_text(parent, title, text)
    if note is None or not note.strip():
        return False, None
    return True, note.strip()
