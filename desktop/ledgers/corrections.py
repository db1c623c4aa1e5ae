"""Changing a record that a signed return counted: the person must say why.

A signed return is an immutable snapshot; when one of the records behind its figures is
edited or deleted, the next corrected return (更正) lists what changed and why. Which changes
need that reason is :mod:`db.policy`'s rule (a plan's ``covering`` returns: signed returns that
counted the record, received ones whose locked period holds it); the editor and the delete
action ask for it here, with no database session open, before committing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.policy import CoveringReturn
from desktop.common.prompts import prompts


def _t(text: str) -> str:
    return QCoreApplication.translate("Corrections", text)


def correction_reason(parent: QWidget | None, covering: Sequence[CoveringReturn]) -> tuple[bool, str | None]:
    """Whether to go on, and the reason to record.

    ``(True, None)`` when no signed return covers the record; ``(True, reason)`` when one does
    and the person wrote why; ``(False, None)`` when they cancelled or wrote nothing.
    """
    if not covering:
        return True, None
    returns = "、".join(_t("{0}（第 {1} 版）").format(item.period_label, item.version) for item in covering)
    text = _t(
        "这条记录已计入已签署的报表：{0}。\n修改或删除后，需要报送更正报表。\n请写明原因（会印在更正报表的变更说明里）："
    ).format(returns)
    note = prompts().ask_text(parent, _t("修改已签署报表中的记录"), text)
    if note is None or not note.strip():
        return False, None
    return True, note.strip()
