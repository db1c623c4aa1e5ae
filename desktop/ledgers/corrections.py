"""Changing a record that a signed return counted: the person must say why.

A signed return is an immutable snapshot; when one of the records behind its figures is
edited or deleted, the next corrected return (更正) lists what changed and why. The editor
and the delete action ask for that reason here, before writing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from db.models import SyncedRecord
from db.periods import parse_period
from desktop.common.prompts import prompts


def _t(text: str) -> str:
    return QCoreApplication.translate("Corrections", text)


def correction_reason(parent: QWidget | None, session: Session, record: SyncedRecord) -> tuple[bool, str | None]:
    """Whether to go on, and the reason to record.

    ``(True, None)`` when no signed return counted the record; ``(True, reason)`` when one did
    and the person wrote why; ``(False, None)`` when they cancelled or wrote nothing.
    """
    from db.exchange.locks import locked_returns_covering
    from db.returns.snapshot import signed_returns_covering

    with session.no_autoflush:  # asking must not write the pending change
        covering = signed_returns_covering(session, record)
        # a period whose return the city received (已接收) is locked: its records need a reason too
        covering += [s for s in locked_returns_covering(session, record) if s not in covering]
    if not covering:
        return True, None
    returns = "、".join(
        _t("{0}（第 {1} 版）").format(parse_period(snapshot.period_code).label, snapshot.return_version)
        for snapshot in covering
    )
    text = _t(
        "这条记录已计入已签署的报表：{0}。\n修改或删除后，需要报送更正报表。\n请写明原因（会印在更正报表的变更说明里）："
    ).format(returns)
    note = prompts().ask_text(parent, _t("修改已签署报表中的记录"), text)
    if note is None or not note.strip():
        return False, None
    return True, note.strip()
