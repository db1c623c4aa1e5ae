"""The street window's words: plain functions, no widgets.

Every string of the street window is translated under the context ``StreetWindow`` (:func:`_t`),
whichever of its modules it is in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from db.enums import ReturnState
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, WARNING_COLOUR

CONTEXT = "StreetWindow"
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def decision_text(status: str) -> str:
    """The street's (or the city's) decision as people read it: 待审核 while undecided."""
    words = {
        "": _t("待审核"),
        ReturnState.RECEIVED.value: _t("已通过"),
        ReturnState.RETURNED.value: _t("已退回"),
        ReturnState.PROBLEM.value: _t("有问题"),
    }
    return words.get(status, status)


def decision_colour(status: str) -> str:
    return {
        ReturnState.RECEIVED.value: OK_COLOUR,
        ReturnState.RETURNED.value: ERROR_COLOUR,
        ReturnState.PROBLEM.value: WARNING_COLOUR,
    }.get(status, NEUTRAL_COLOUR)


def state_text(state: str) -> str:
    """Where an office's latest return of the period stands (:attr:`OfficeStatus.state`), in words."""
    words = {
        "not_reported": _t("未报"),
        "pending_street": _t("待街道审核"),
        "street_returned": _t("街道退回"),
        "pending_city": _t("待市审核"),
        "returned": _t("市级退回"),
        "problem": _t("市级认为有问题"),
        "received": _t("已通过"),
        "locked": _t("已锁定"),
        "unlocked": _t("已解锁"),
    }
    return words.get(state, state)


def state_colour(state: str) -> str:
    if state in ("received", "locked"):
        return OK_COLOUR
    if state in ("street_returned", "returned", "problem"):
        return ERROR_COLOUR
    if state in ("pending_street", "unlocked"):
        return WARNING_COLOUR
    return NEUTRAL_COLOUR


def backlog_text(pending: int, sent_back: int, passed: int, missing: int) -> str:
    """The street's summary for the period: ``待审核 3 份`` first, then the rest that is not zero."""
    parts = [_t("待审核 {0} 份").format(pending)]
    if sent_back:
        parts.append(_t("已退回 {0} 份").format(sent_back))
    if passed:
        parts.append(_t("已通过待市审核 {0} 份").format(passed))
    if missing:
        parts.append(_t("未报 {0} 个社区").format(missing))
    return " · ".join(parts)
