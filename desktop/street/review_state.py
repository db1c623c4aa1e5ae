"""What 审核 shows, as plain data and words: a return's line in the list, its figures (names and
values, never keys), and its comments history. No widgets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.common.figures import format_number, status_label, with_unit
from desktop.common.i18n import label
from desktop.common.page_parts import local_time
from desktop.street.texts import _t, decision_text

if TYPE_CHECKING:
    from db.exchange.comments import Comment
    from db.exchange.street_review import StreetReturn


@dataclass(frozen=True)
class FigureLine:
    """One figure of a return: its key (for a comment), what the list shows, and its judgement's code."""

    key: str
    texts: tuple[str, str, str, str, str]  # 方面, 指标, 数值, 标准, 判断
    status: str


def figure_lines(figures_json: str) -> list[FigureLine]:
    """The return's judged figures as the office signed them (``figures_json``), in order."""
    try:
        payload = json.loads(figures_json or "{}")
    except ValueError:
        return []
    found: list[FigureLine] = []
    pillars = payload.get("pillars", []) if isinstance(payload, dict) else []
    for pillar in pillars if isinstance(pillars, list) else []:
        if not isinstance(pillar, dict):
            continue
        for figure in pillar.get("figures", []) or []:
            if not isinstance(figure, dict):
                continue
            unit = str(figure.get("unit", "") or "")
            status = str(figure.get("status", "") or "")
            found.append(
                FigureLine(
                    key=f"{pillar.get('key')}.{figure.get('key')}",
                    texts=(
                        label(str(pillar.get("label", ""))),
                        label(str(figure.get("label", ""))),
                        _number(figure.get("value"), unit),
                        _number(figure.get("standard"), unit),
                        status_label(status) if status else "",
                    ),
                    status=status,
                )
            )
    return found


def _number(value: Any, unit: str) -> str:
    if value is None:
        return "—"
    try:
        return with_unit(format_number(value, unit), unit)
    except (ArithmeticError, ValueError, TypeError):
        return str(value)


def return_texts(item: StreetReturn, period_name: str) -> list[str]:
    """The return's line in 审核's list: 社区, 街道审核, 报告期, 版本, 到达时间, 报送市级."""
    decided = decision_text(item.street_status)
    if item.street_status == "received" and item.countersigned:
        decided = _t("已通过（已加签）")
    return [
        f"{item.office_name}（{item.office_code}）" if item.office_name else item.office_code,
        decided,
        period_name,
        _t("第 {0} 版").format(item.return_version),
        local_time(item.arrived_at),
        _t("已报送") if item.forwarded else "",
    ]


def decided_text(item: StreetReturn) -> str:
    """Who decided and when, with the comment: ``王审核（街道），2026-04-10 10:00：意见``."""
    if not item.street_status:
        return _t("街道还没有审核。")
    text = _t("街道审核：{0}，{1}（{2}）").format(
        decision_text(item.street_status), item.street_decided_by, local_time(item.street_decided_at)
    )
    if item.street_reason:
        text += "\n" + _t("意见：{0}").format(item.street_reason)
    return text


def finding_text(item: StreetReturn) -> str:
    if not item.finding:
        return _t("导入时核验：签名和报表文件都没有发现问题。")
    return _t("注意，导入时核验发现：{0}").format(item.finding)


def comment_line(comment: Comment) -> list[str]:
    """A comment in the history: 时间, 谁（级别）, 关于, 意见."""
    about = comment.figure_label or comment.record_title or (_t("整份报表") if not comment.on_record else "")
    who = _t("{0}（{1}）").format(comment.written_by, label(comment.level)) if comment.level else comment.written_by
    return [local_time(comment.written_at), who, label(about), comment.text]
