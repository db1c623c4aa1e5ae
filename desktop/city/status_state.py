"""报送情况 as plain data: the background work that reads every office's standing, and what each
cell, line and total of the tab says (text, colour, tooltip). No widgets: :mod:`desktop.city.status_tab`
only puts these on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from db.periods import Period
from desktop.city.texts import (
    CODE_ROLE,
    PILLAR_ROLE,
    PILLARS,
    STATE_COLOUR,
    STATUS_BACKGROUND,
    STATUS_COLOUR,
    _t,
    figure_standard_text,
    figure_value_text,
    pillar_tooltip,
    state_text,
    status_text,
    street_decision_text,
)
from desktop.common.exchange_texts import period_text
from desktop.common.i18n import label, text
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, WARNING_COLOUR, local_time

if TYPE_CHECKING:
    from db.compliance import ComplianceResult
    from db.exchange.city_status import OfficeStatus, StreetDecision
    from db.exchange.comments import Comment
    from db.exchange.history import ReturnStatus
    from db.exchange.pki import CityAuthority
    from db.store import Store
    from desktop.common.tasks import Progress


def compute_status(
    store: Store, authority: CityAuthority, period: Period, today: date, progress: Progress
) -> list[OfficeStatus]:
    """The city's view of ``period``, office by office (progress per office)."""
    from db.exchange.acks import ensure_city_standards
    from db.exchange.city_status import city_status, registered_streets

    ensure_city_standards(store)
    offices = authority.offices()
    streets = registered_streets(authority)
    rows: list[OfficeStatus] = []
    with store.session() as session:
        for first in range(0, len(offices), STATUS_STEP):
            batch = offices[first : first + STATUS_STEP]
            progress.update(first, len(offices), _t("正在统计 {0} 等 {1} 个社区…").format(batch[0].name, len(batch)))
            progress.check()
            rows.extend(city_status(session, period, batch, today=today, streets=streets))
    progress.update(len(offices), len(offices), "")
    return rows


STATUS_STEP = 50  # offices counted between two progress reports (one batch of queries each)


@dataclass(frozen=True)
class Cell:
    """What one cell (or one column of a list's line) shows; empty colours are left as they are."""

    text: str
    colour: str = ""
    background: str = ""
    tooltip: str = ""
    role: int | None = None  # an item data role, with ``value``
    value: Any = None
    centred: bool = False


def status_cells(row: OfficeStatus) -> list[Cell]:
    """The status table's row for one office: code, name, bundle, return, where it stands level by
    level, the city's decision, pillars, conflicts."""
    from db.exchange.city_status import ARRIVED, LATE, MISSING

    code = Cell(row.code, role=CODE_ROLE, value=row.code)
    name = Cell(row.name + (_t("（证书已吊销）") if row.revoked else ""))
    if row.last_bundle_seq is not None:
        bundle_text = _t("第 {0} 号（{1}）").format(row.last_bundle_seq, local_time(row.last_bundle_at))
        if row.gaps:
            bundle_text += _t("，有缺口")
    else:
        bundle_text = _t("尚未收到")
    bundle = Cell(bundle_text, tooltip="\n".join([_t("共收到 {0} 个数据包").format(row.bundles), *row.gaps]))
    report_text = {ARRIVED: _t("已报送"), LATE: _t("逾期报送"), MISSING: _t("未报送")}[row.return_state]
    if row.overdue:
        report_text += _t("（已过期限）")
    if row.return_version is not None:
        report_text += _t("（第 {0} 版）").format(row.return_version)
    report_colour = ""
    if row.return_state == MISSING:
        report_colour = ERROR_COLOUR if row.overdue else NEUTRAL_COLOUR
    elif row.return_state == LATE:
        report_colour = WARNING_COLOUR
    report_tip = _t("到达时间：{0}").format(local_time(row.arrived_at)) if row.arrived_at is not None else ""
    report = Cell(report_text, colour=report_colour, tooltip=report_tip)
    decision = decision_cell(row)
    cells = [code, name, bundle, report, state_cell(row), decision]
    for key, _text in PILLARS:
        if row.compliance is None:
            cells.append(Cell(_t("无数据"), colour=NEUTRAL_COLOUR, centred=True))
            continue
        pillar = row.compliance.pillar(key)
        status = pillar.status.value
        cells.append(
            Cell(
                status_text(status),
                colour=STATUS_COLOUR[status],
                background=STATUS_BACKGROUND[status],
                tooltip=pillar_tooltip(row.compliance, key),
                role=PILLAR_ROLE,
                value=pillar.to_dict(),
                centred=True,
            )
        )
    cells.append(Cell(str(row.conflicts) if row.conflicts else "", colour=WARNING_COLOUR if row.conflicts else ""))
    return cells


def decision_text(decision: str, has_return: bool = True) -> str:
    """市级处理 as people read it: 待审核 while nobody decided, else the decision (已接收 / 退回 / 有问题)."""
    from db.enums import ReturnState

    if decision:
        return label(ReturnState.label_of(decision))
    return _t("待审核") if has_return else ""


def finding_text(finding: str) -> str:
    """What the import's checks found, as the reviewer reads it ("" for nothing)."""
    return _t("核验有问题：{0}").format(finding) if finding else ""


def decided_text(decided_by: str, level: str, decided_at: Any) -> str:
    """Who decided, at which level, and when: 王审核（市级），2026-05-02 10:30 ("" while undecided)."""
    if not decided_by:
        return ""
    return _t("{0}（{1}），{2}").format(decided_by, label(level), local_time(decided_at))


def decision_cell(row: OfficeStatus) -> Cell:
    """The status table's 市级处理: 待审核 (with the import's finding) or a person's decision."""
    from db.enums import ReturnState

    if row.return_id is None:
        return Cell("")
    found = finding_text(row.finding)
    if not row.decision:
        shown = _t("待审核") + (_t("（核验有问题）") if found else "")
        return Cell(shown, colour=WARNING_COLOUR, tooltip=found or _t("还没有人审核这份报表"))
    tips = [decided_text(row.decided_by, row.decided_level, row.decided_at)]
    if row.decision_reason:
        tips.append(_t("意见：{0}").format(row.decision_reason))
    if found:
        tips.append(found)
    tooltip = "\n".join(tip for tip in tips if tip)
    colour = {ReturnState.RECEIVED.value: OK_COLOUR, ReturnState.RETURNED.value: ERROR_COLOUR}.get(
        row.decision, WARNING_COLOUR
    )
    return Cell(decision_text(row.decision), colour=colour, tooltip=tooltip)


def street_text(row: OfficeStatus) -> str:
    """The street's review of the latest return: 胜利街道党工委：通过（张街道（街道），time）：reason ("" if direct)."""
    if not row.street_code:
        return ""
    street = row.street_name or row.street_code
    if row.return_id is None:
        return _t("经{0}报送").format(street)
    shown = _t("{0}：{1}").format(street, street_decision_text(row.street_decision))
    if row.street_decided_by:
        shown += _t("（{0}）").format(decided_text(row.street_decided_by, "街道", row.street_decided_at))
    if row.street_reason:
        shown += _t("，意见：{0}").format(row.street_reason)
    return shown


def state_cell(row: OfficeStatus) -> Cell:
    """审核环节: where the latest return stands, level by level (待街道审核 … 已解锁), with the street's
    review and the unlock in the tooltip."""
    if row.return_id is None:
        return Cell(state_text(row.state), colour=NEUTRAL_COLOUR)
    tips = []
    if row.street_code:
        tips.append(_t("街道审核：{0}").format(street_text(row)))
    else:
        tips.append(_t("直接报送市级"))
    if row.unlock_granted_at is not None:
        tips.append(_t("已同意解锁：{0}").format(decided_text(row.unlock_granted_by, "市级", row.unlock_granted_at)))
    elif row.state == "locked":
        tips.append(_t("回执已写出（{0}），社区导入后该报告期锁定").format(local_time(row.acknowledged_at)))
    return Cell(state_text(row.state), colour=STATE_COLOUR.get(row.state, ""), tooltip="\n".join(tips))


def backlog_text(rows: Sequence[OfficeStatus]) -> str:
    """One line per street with offices: what waits for it, what it sent back, what waits for the city."""
    from db.exchange.city_status import backlog_of

    return "\n".join(
        _t("{0}：待街道审核 {1} 个，街道退回 {2} 个，街道已通过待市审核 {3} 个").format(
            item.name or item.code, item.pending_street, item.street_returned, item.pending_city
        )
        for item in backlog_of(rows)
    )


def totals_text(rows: Sequence[OfficeStatus]) -> str:
    from db.exchange.city_status import ARRIVED, LATE, MISSING

    arrived = sum(1 for row in rows if row.return_state == ARRIVED)
    late = sum(1 for row in rows if row.return_state == LATE)
    missing = sum(1 for row in rows if row.return_state == MISSING)
    pending = sum(1 for row in rows if row.return_id is not None and not row.decision)
    return _t("共 {0} 个社区：按期报送 {1} 个，逾期报送 {2} 个，未报送 {3} 个；待审核 {4} 个").format(
        len(rows), arrived, late, missing, pending
    )


def status_note_text(rows: Sequence[OfficeStatus], period: Period) -> str:
    from db.exchange.city_status import report_deadline

    if not rows:
        return _t("还没有登记任何社区：请在“社区名单”中登记。")
    return _t("{0}，报送期限 {1}。双击一个社区查看它的数据。").format(
        period_text(period.code), report_deadline(period).isoformat()
    )


def office_heading(row: OfficeStatus) -> str:
    return f"{row.name}（{row.code}）" + (_t("　证书已吊销") if row.revoked else "")


def office_info(row: OfficeStatus) -> str:
    info = []
    if row.last_bundle_seq is not None:
        info.append(
            _t("最近数据包：第 {0} 号，{1} 导入；共收到 {2} 个。").format(
                row.last_bundle_seq, local_time(row.last_bundle_at), row.bundles
            )
        )
    else:
        info.append(_t("还没有收到这个社区的数据包。"))
    info.extend(_t("缺口：{0}").format(gap) for gap in row.gaps)
    if row.street_code:
        info.append(_t("街道审核：{0}").format(street_text(row)))
    if row.conflicts:
        info.append(_t("待处理的同步冲突 {0} 处（见“同步冲突”）。").format(row.conflicts))
    if row.return_id is not None and not row.decision:
        if row.state == "pending_street":
            info.append(_t("最新报表还在等街道审核；市级也可以直接审核。"))
        elif row.state == "street_returned":
            info.append(_t("街道已退回最新报表，社区改正后会重新报送。"))
        else:
            info.append(_t("最新报表待审核：请查看报表后点“通过”“退回…”或“有问题…”。"))
    if row.finding:
        info.append(finding_text(row.finding))
    return "\n".join(info)


def street_review_text(street: StreetDecision | None) -> str:
    """The street's review of one return: 通过（张街道（街道），time）：reason ("" for a direct return)."""
    if street is None:
        return ""
    shown = street_decision_text(street.decision)
    if street.decided_by:
        shown += _t("（{0}）").format(decided_text(street.decided_by, "街道", street.decided_at))
    if street.reason:
        shown += _t("：{0}").format(street.reason)
    return shown


def return_line(item: ReturnStatus, street: StreetDecision | None = None) -> tuple[list[str], str]:
    """One line of the office's returns — period, version, arrival, 市级处理, who decided, the
    comment (or, while 待审核, what the checks found), the street's review — and the colour of its
    decision."""
    from db.enums import ReturnState

    note = item.reason or finding_text(item.finding)
    if item.reason and item.finding:
        note = f"{item.reason}；{finding_text(item.finding)}"
    texts = [
        period_text(item.period_code),
        _t("第 {0} 版").format(item.return_version),
        local_time(item.arrived_at),
        decision_text(item.decision),
        decided_text(item.decided_by, item.decided_level, item.decided_at),
        note,
        street_review_text(street),
    ]
    if item.decision == ReturnState.RETURNED.value:
        return texts, ERROR_COLOUR
    if item.decision == ReturnState.RECEIVED.value:
        return texts, OK_COLOUR
    return texts, WARNING_COLOUR


def figure_lines(compliance: ComplianceResult | None) -> list[tuple[list[str], str, str]]:
    """The office's figures: each line's texts, its judgement's colour ("" for none) and its reason."""
    if compliance is None:
        return [(["", _t("还没有这个社区的数据")], "", "")]
    return [
        (
            [
                label(pillar.label),
                label(figure.label),
                figure_value_text(figure),
                figure_standard_text(figure),
                status_text(figure.status.value),
            ],
            STATUS_COLOUR[figure.status.value],
            text(figure.reason),
        )
        for pillar in compliance.pillars
        for figure in pillar.figures
    ]


def comment_line(comment: Comment) -> list[str]:
    """One review comment: level, what it is on, the text, who, when."""
    from db.exchange.history import table_label

    if comment.on_record:
        target = _t("{0}：{1}").format(
            label(table_label(comment.table_name)), comment.record_title or comment.record_id[:8]
        )
    else:
        target = label(comment.figure_label) if comment.figure_label else comment.figure_key
    return [
        label(comment.level),
        _t("第 {0} 版").format(comment.return_version),
        target,
        comment.text,
        comment.written_by,
        local_time(comment.written_at),
    ]
