"""The city window's words, marks and colours: plain functions, no widgets.

Every string of the city window is translated under the context ``CityWindow`` (:func:`_t`),
whichever of its modules it is in, so the translations stay where they were.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from db.periods import Period, parse_period
from desktop.common.i18n import label
from desktop.common.page_parts import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR

if TYPE_CHECKING:
    from db.compliance import ComplianceResult

CONTEXT = "CityWindow"
PILLARS = (("people", "有人管事"), ("money", "有钱办事"), ("place", "有场所议事"), ("service", "一化服务"))
STATUS_BACKGROUND = {"pass": "#e3f1e4", "fail": "#fbe3e1", "warning": "#fdf0d9"}
STATUS_COLOUR = {"pass": OK_COLOUR, "fail": ERROR_COLOUR, "warning": WARNING_COLOUR}
STATUS_MARK = {"pass": "√", "fail": "×", "warning": "△"}
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
PILLAR_ROLE = Qt.ItemDataRole.UserRole + 2
YEARS_OFFERED = 4

# the status table's columns
COL_CODE, COL_NAME, COL_BUNDLE, COL_RETURN, COL_STATE, COL_DECISION = range(6)
COL_PILLARS = 6  # four columns, one per pillar
COL_CONFLICTS = COL_PILLARS + len(PILLARS)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: str) -> str:
    from desktop.common.figures import status_label

    return f"{STATUS_MARK.get(status, '')} {status_label(status)}".strip()


def period_options(today: date, years: int = YEARS_OFFERED) -> list[Period]:
    """The periods the city chooses from: each year, its halves and quarters, as far as they have begun."""
    found: list[Period] = []
    for year in range(today.year, today.year - years, -1):
        for suffix in ("", "H1", "H2", "Q1", "Q2", "Q3", "Q4"):
            period = parse_period(f"{year}{suffix}")
            if period.start <= today:
                found.append(period)
    return found


def figure_value_text(figure: Any) -> str:
    from desktop.common.figures import format_number, with_unit

    return with_unit(format_number(figure.value, figure.unit), figure.unit)


def figure_standard_text(figure: Any) -> str:
    from desktop.common.figures import format_number, with_unit

    if figure.standard is None:
        return "—"
    return with_unit(format_number(figure.standard, figure.unit), figure.unit)


def pillar_tooltip(compliance: ComplianceResult, key: str) -> str:
    pillar = compliance.pillar(key)
    return "\n".join(
        _t("{0}：{1}（标准 {2}）{3}").format(
            label(figure.label),
            figure_value_text(figure),
            figure_standard_text(figure),
            status_text(figure.status.value),
        )
        for figure in pillar.figures
    )


def state_text(state: str) -> str:
    """Where a return stands, level by level (:data:`db.exchange.city_status.LEVEL_STATES`)."""
    texts = {
        "not_reported": _t("未报"),
        "pending_street": _t("待街道审核"),
        "street_returned": _t("街道退回"),
        "pending_city": _t("待市审核"),
        "returned": _t("退回"),
        "problem": _t("有问题"),
        "received": _t("已通过"),
        "locked": _t("已锁定"),
        "unlocked": _t("已解锁"),
    }
    return texts.get(state, state)


STATE_COLOUR = {
    "not_reported": "",
    "pending_street": WARNING_COLOUR,
    "street_returned": ERROR_COLOUR,
    "pending_city": WARNING_COLOUR,
    "returned": ERROR_COLOUR,
    "problem": WARNING_COLOUR,
    "received": OK_COLOUR,
    "locked": OK_COLOUR,
    "unlocked": WARNING_COLOUR,
}


def street_decision_text(decision: str) -> str:
    """The street's decision in a word: 通过 / 退回 / 有问题, or 待街道审核 while it has not decided."""
    return {"received": _t("通过"), "returned": _t("退回"), "problem": _t("有问题")}.get(decision, _t("待街道审核"))
