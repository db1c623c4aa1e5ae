"""The street's consolidated return (街道汇总表) as a PDF, composed from plain data.

:func:`db.exchange.street_return.make_street_return` gathers what it prints and signs it; this module
only lays it out, in the style of the city's consolidated return (:mod:`db.exchange.city_return`, whose
identification block, pillar names and main figures it reuses) on landscape A4: the identification
block, the title, who has reported and where each return stands at the street and at the city, the
figures of each office's latest return side by side (six offices to a table, so any number fits), the
main figures summed, the street's own staff, funding and standing against the city standard, and the
box for the street's signature. Only labels are printed, never an internal key.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from db.compliance import Status
from db.periods import Period
from db.timeutil import format_local

TITLE = "社区党建“三有一化”汇总表"
OFFICES_PER_TABLE = 6  # office columns in one table of figures (landscape A4, 8 pt)
STREET_PAYLOAD_PREFIX = "SHEQU1S"  # the Keywords: SHEQU1S|period|street code
_DECISIONS = {"received": "通过", "returned": "退回", "problem": "有问题"}
_CITY_DECISIONS = {"received": "已通过", "returned": "退回", "problem": "有问题"}


@dataclass(frozen=True)
class FigureText:
    """One figure of a return as printed: its key (for matching only), its label, value and mark."""

    key: str  # pillar.figure
    pillar: str  # the pillar's label
    label: str
    unit: str
    value: Decimal | int | None
    status: Status


@dataclass(frozen=True)
class StreetReturnOffice:
    """One office of the street as its consolidated return prints it."""

    code: str
    name: str
    return_version: int | None
    arrived_at: datetime | None
    street_decision: str  # ReturnState code, "" while 待街道审核
    street_reason: str
    city_decision: str  # as far as the street knows it
    city_reason: str
    state_label: str  # where the return stands, level by level
    figures: tuple[FigureText, ...] = ()

    @property
    def reported(self) -> bool:
        return self.return_version is not None


@dataclass(frozen=True)
class StandingBlock:
    """The street's own standing as printed: (label, value) lines, the judgement and its sentence."""

    lines: tuple[tuple[str, str], ...]
    status: Status
    reason: str


def _number(value: Any) -> Decimal | int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def figures_of(figures_json: str) -> tuple[FigureText, ...]:
    """The figures of a return's ``figures_json`` (its signed figures), pillar by pillar."""
    try:
        payload = json.loads(figures_json or "{}")
    except ValueError:
        return ()
    found: list[FigureText] = []
    for pillar in payload.get("pillars", []) if isinstance(payload, dict) else []:
        if not isinstance(pillar, dict):
            continue
        for figure in pillar.get("figures", []):
            if not isinstance(figure, dict):
                continue
            try:
                status = Status(figure.get("status", "pass"))
            except ValueError:
                status = Status.WARNING
            found.append(
                FigureText(
                    f"{pillar.get('key')}.{figure.get('key')}",
                    str(pillar.get("label", "")),
                    str(figure.get("label", "")),
                    str(figure.get("unit", "")),
                    _number(figure.get("value")),
                    status,
                )
            )
    return tuple(found)


def _street_text(office: StreetReturnOffice) -> str:
    if not office.reported:
        return "—"
    if not office.street_decision:
        return "待街道审核"
    shown = _DECISIONS.get(office.street_decision, office.street_decision)
    return (
        f"{shown}：{office.street_reason}" if office.street_reason and office.street_decision != "received" else shown
    )


def _city_text(office: StreetReturnOffice) -> str:
    if not office.reported:
        return "—"
    if office.city_decision:
        shown = _CITY_DECISIONS.get(office.city_decision, office.city_decision)
        return f"{shown}：{office.city_reason}" if office.city_reason and office.city_decision != "received" else shown
    return "待市审核" if office.street_decision == "received" else "—（街道审核后报市级）"


def _chunks(items: Sequence[StreetReturnOffice], size: int) -> list[Sequence[StreetReturnOffice]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def compose_street_return(
    offices: Sequence[StreetReturnOffice],
    period: Period,
    *,
    street_code: str,
    street_name: str,
    made_at: datetime,
    standing: StandingBlock,
    staff: Sequence[tuple[str, ...]] = (),
    funding: Sequence[tuple[str, ...]] = (),
    watch: Callable[[Any], None] | None = None,
) -> tuple[bytes, int, int, tuple[float, float, float, float]]:
    """The PDF, its page count, and the page and box of the street's signature stamp (``watch``: as
    :func:`db.returns.compose.compose_return`'s)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

    from db.exchange.city_return import _MARK, MAIN_FIGURES, _identification, identification_lines
    from db.returns.compose import (
        PAGE_MARGIN,
        STAMP_HEIGHT,
        STAMP_WIDTH,
        TableRows,
        _Layout,
        _StampBox,
        format_number,
        paged_table,
    )
    from db.returns.compose import _signature_box_flowable as signature_box
    from db.returns.fonts import register_fonts

    regular, bold = register_fonts()
    layout = _Layout(regular, bold)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN,
        bottomMargin=PAGE_MARGIN,
        title=f"{street_name}{period.label}{TITLE}",
        author=street_name,
        subject=f"{street_code} {period.code}",
        keywords=f"{STREET_PAYLOAD_PREFIX}|{period.code}|{street_code}",
        creator="社区台账 Shequ",
        lang="zh-CN",
        initialFontName=regular,
    )
    width = doc.width
    cell, center, right = layout.cell, layout.cell_center, layout.cell_right

    def p(text: str, style: Any = cell) -> Any:
        return Paragraph(escape(text), style)

    def header(*titles: str) -> list[Any]:
        return [Paragraph(escape(title), layout.header_cell) for title in titles]

    def long_table(head: list[Any], body: list[list[Any]], widths: list[float]) -> Any:
        """A ruled table of any length (one row per office, person or payment), a page at a time."""
        return paged_table(TableRows([head], body, widths, layout.grid_commands(), min_row_height=14.5))

    story: list[Any] = [
        _identification(identification_lines(None, street_name), layout, width),
        Paragraph(escape(f"{street_name}{TITLE}"), layout.title),
        Paragraph(escape(f"报告期：{period.label}　制表时间：{format_local(made_at)}"), layout.subtitle),
        Spacer(1, 8),
    ]
    reported = [office for office in offices if office.reported]
    passed = sum(1 for office in reported if office.street_decision == "received")
    sent_back = sum(1 for office in reported if office.street_decision in ("returned", "problem"))
    waiting = len(reported) - passed - sent_back
    story.append(
        p(
            f"本街道经办的社区 {len(offices)} 个：已报送 {len(reported)} 个，未报送 {len(offices) - len(reported)} 个；"
            f"街道审核通过 {passed} 个，退回或有问题 {sent_back} 个，待街道审核 {waiting} 个。",
            layout.body,
        )
    )

    story.append(Paragraph("一、报送与审核情况", layout.h1))
    data: list[list[Any]] = []
    for number, office in enumerate(offices, start=1):
        report = "未报送"
        if office.reported:
            report = f"第 {office.return_version} 版" + (
                f"（{format_local(office.arrived_at)} 到达）" if office.arrived_at else ""
            )
        data.append(
            [
                p(str(number), center),
                p(office.code, center),
                p(office.name),
                p(report),
                p(_street_text(office)),
                p(_city_text(office)),
                p(office.state_label, center),
            ]
        )
    widths = [0.05, 0.12, 0.15, 0.16, 0.19, 0.19, 0.14]
    offices_header = header("序号", "社区代码", "社区名称", "报表", "街道审核", "市级审核", "审核情况")
    story.append(long_table(offices_header, data, [w * width for w in widths]))
    if not offices:
        story.append(p("本街道还没有经办的社区（请安装市级的街道名单）。", layout.note))

    story.append(CondPageBreak(60 * 72 / 25.4))
    story.append(Paragraph("二、各社区报表指标（√ 达标　× 未达标　△ 需说明）", layout.h1))
    story.append(p("各社区最近一版报表（已签署）的指标，按社区并列；未报送的社区不列。", layout.note))
    if not reported:
        story.append(p("本期还没有社区报送报表。", layout.body))
    order: list[tuple[str, str, str, str]] = []  # key, pillar, label, unit: in the returns' order
    for office in reported:
        for figure in office.figures:
            if figure.key not in {item[0] for item in order}:
                order.append((figure.key, figure.pillar, figure.label, figure.unit))
    for chunk in _chunks(reported, OFFICES_PER_TABLE):
        first = 0.22
        rest = (1 - first) / OFFICES_PER_TABLE
        data = [header("指标", *(office.name for office in chunk))]
        for key, pillar, label, unit in order:
            cells = [p(f"{pillar}·{label}" + (f"（{unit}）" if unit else ""))]
            for office in chunk:
                found = next((figure for figure in office.figures if figure.key == key), None)
                if found is None:
                    cells.append(p("—", center))
                    continue
                money = "元" if found.unit.startswith("元") else ""
                cells.append(p(f"{format_number(found.value, money)} {_MARK[found.status]}", right))
            data.append(cells)
        story.append(
            Table(
                data,
                colWidths=[first * width] + [rest * width] * len(chunk),
                repeatRows=1,
                style=layout.grid_style(),
                hAlign="LEFT",
            )
        )
        story.append(Spacer(1, 6))

    story.append(Paragraph("三、主要指标合计", layout.h1))
    data = [header(*(heading for _, _, heading, _ in MAIN_FIGURES))]
    cells = []
    for pillar, key, _heading, summed in MAIN_FIGURES:
        if not summed:
            cells.append(p("—", center))
            continue
        total = Decimal(0)
        for office in reported:
            found = next((f for f in office.figures if f.key == f"{pillar}.{key}"), None)
            if found is not None and found.value is not None:
                total += Decimal(found.value)
        cells.append(p(format_number(total if total % 1 else int(total)), right))
    data.append(cells)
    story.append(Table(data, colWidths=[width / len(MAIN_FIGURES)] * len(MAIN_FIGURES), style=layout.grid_style()))
    story.append(p("合计只计已报送社区最近一版报表的数值。", layout.note))

    story.append(CondPageBreak(50 * 72 / 25.4))
    story.append(Paragraph("四、街道(镇)工作者经费保障", layout.h1))
    mark = f"{_MARK[standing.status]} {standing.status.label}"
    data = [header("项目", "情况"), *([p(label), p(value)] for label, value in standing.lines)]
    data.append([p("判定"), p(f"{mark}：{standing.reason}")])
    story.append(KeepTogether([Table(data, colWidths=[0.22 * width, 0.78 * width], style=layout.grid_style())]))
    story.append(Paragraph("街道(镇)工作者名册", layout.h2))
    if staff:
        data = [[p(str(n), center), *(p(text) for text in row)] for n, row in enumerate(staff, start=1)]
        widths = [0.06, 0.16, 0.08, 0.2, 0.3, 0.2]
        staff_header = header("序号", "姓名", "性别", "职务", "任职期间", "报酬（元）")
        story.append(long_table(staff_header, data, [w * width for w in widths]))
    else:
        story.append(p("本期没有在岗的街道(镇)工作者。", layout.small))
    story.append(Paragraph("街道经费明细", layout.h2))
    if funding:
        data = []
        for n, row in enumerate(funding, start=1):
            data.append([p(str(n), center), p(row[0], center), p(row[1]), p(row[2]), p(row[3], right),
                         p(row[4], center), p(row[5])])  # fmt: skip
        widths = [0.06, 0.12, 0.12, 0.12, 0.14, 0.12, 0.32]
        funding_header = header("序号", "到账日期", "来源", "用途", "金额（元）", "计入人均经费", "备注")
        story.append(long_table(funding_header, data, [w * width for w in widths]))
    else:
        story.append(p("本期没有到账的街道经费。", layout.small))

    where = _StampBox()
    story.append(Spacer(1, 10))
    story.append(
        KeepTogether(
            [
                p("本汇总表由街道以市委组织部颁发的街道证书进行电子签名；可用 “shequ verify” 核验文件是否被改动。",
                  layout.note),
                Spacer(1, 4),
                signature_box(STAMP_WIDTH, STAMP_HEIGHT, "街道电子签名", where, regular),
            ]
        )
    )  # fmt: skip
    if watch is not None:
        doc.afterFlowable = watch
    doc.build(story)
    return buffer.getvalue(), doc.page, where.page, where.box
