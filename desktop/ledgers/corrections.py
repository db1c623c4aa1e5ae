"""Changing a signed period: the person must say why.

A signed return is an immutable snapshot; when one of the records behind its figures is edited,
deleted or brought back, or a record dated in its period is added (or moved in or out of it),
the next corrected return (更正) lists what changed and why. Which changes need that reason is
:mod:`db.policy`'s rule (a plan's ``covering`` returns); the editor, the delete action and the
undo of a deletion ask for it here, with no database session open, before committing.

Two questions, told apart: for a period the city has accepted (已接收, locked) the dialog says
so — the city accepted that return and the change goes to the city as a correction to review —
with its own title; for any other signed period it says that a corrected return will be due.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.policy import CoveringReturn
from desktop.common.prompts import prompts


def _t(text: str) -> str:
    return QCoreApplication.translate("Corrections", text)


def _returns(covering: Sequence[CoveringReturn]) -> str:
    return "、".join(_t("{0}（第 {1} 版）").format(item.period_label, item.version) for item in covering)


def correction_question(covering: Sequence[CoveringReturn]) -> tuple[str, str]:
    """The title and the text of the question for ``covering`` (not empty)."""
    locked = [item for item in covering if item.locked]
    if locked:
        text = _t(
            "市级已接收这个报告期的报表：{0}。\n"
            "这次改动会作为更正报表报送市级，由市级审核。\n"
            "请写明原因（会印在更正报表的变更说明里）："
        ).format(_returns(locked))
        others = [item for item in covering if not item.locked]
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


def correction_reason(parent: QWidget | None, covering: Sequence[CoveringReturn]) -> tuple[bool, str | None]:
    """Whether to go on, and the reason to record.

    ``(True, None)`` when no signed return covers the record; ``(True, reason)`` when one does
    and the person wrote why; ``(False, None)`` when they cancelled or wrote nothing.
    """
    if not covering:
        return True, None
    title, text = correction_question(covering)
    note = prompts().ask_text(parent, title, text)
    if note is None or not note.strip():
        return False, None
    return True, note.strip()
