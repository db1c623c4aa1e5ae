"""The city's consolidated return (市级汇总表) for one period, as a PDF (``shequ city return``).

Built from :func:`db.exchange.city_status.city_status` — the same figures each office's own
return shows, office by office — in the style of the offices' returns (reportlab, the bundled
Noto Sans SC): the identification block at the top right of page 1 (表号, 制表机关, 批准机关, 批准文号,
有效期至 as the city set them, :mod:`db.exchange.form_info`; 表号 falls back to the offices' form number
and 制表机关 to the city's name, as the offices' returns fall back to theirs; the others are printed
only when set), a header, the totals, who has reported (in time, late, missing) with where the review
stands level by level (:attr:`~db.exchange.city_status.OfficeStatus.state`), each office's standing
per pillar, its main figures with totals, and — with ``sign`` — the city's signature (PAdES, the
city's exchange key, issued by the city root).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from db.compliance import Status
from db.exchange.city_status import ARRIVED, LATE, MISSING, OfficeStatus, report_deadline
from db.periods import Period
from db.timeutil import format_local, to_local, utcnow

if TYPE_CHECKING:
    from db.exchange.form_info import FormInfo
    from db.exchange.pki import CityAuthority

TITLE = "社区党建“三有一化”汇总表"
PILLARS = (("people", "有人管事"), ("money", "有钱办事"), ("place", "有场所议事"), ("service", "一化服务"))
# (pillar, figure, column heading, summed in the totals row)
MAIN_FIGURES = (
    ("people", "staff", "社区工作者（人）", True),
    ("money", "operating_funds_per_worker", "人均运营经费（元/人·年）", False),
    ("place", "office_area", "办公用房（㎡）", True),
    ("place", "service_area", "服务用房（㎡）", True),
    ("service", "activities", "开展活动（次）", True),
    ("service", "pairings", "结对帮扶（对）", True),
    ("service", "visits", "帮扶走访（次）", True),
)
_MARK = {Status.PASS: "√", Status.FAIL: "×", Status.WARNING: "△"}
_IDENTIFICATION_WIDTH = 62 * 72 / 25.4  # 62 mm, as the offices' returns


@dataclass(frozen=True)
class CityReturn:
    pdf: bytes
    pages: int
    signed: bool


def _value(row: OfficeStatus, pillar: str, key: str) -> Any:
    if row.compliance is None:
        return None
    try:
        return row.compliance.figure(pillar, key).value
    except KeyError:
        return None


def identification_lines(info: FormInfo | None, city_name: str) -> list[tuple[str, str]]:
    """The identification block's lines as printed (label, value), those without a value left out."""
    from db.exchange.form_info import FormInfo
    from db.returns.content import DEFAULT_FORM_NUMBER

    info = info or FormInfo()
    lines = [
        ("表　　号", info.table_no or DEFAULT_FORM_NUMBER),
        ("制表机关", info.authority or city_name),
        ("批准机关", info.approved_by),
        ("批准文号", info.approval_no),
        ("有效期至", info.valid_until),
    ]
    return [(label, value) for label, value in lines if value]


def _identification(lines: list[tuple[str, str]], layout: Any, width: float) -> Any:
    """The block at the top right of page 1 (a table as wide as the page, the block in its right cell)."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph, Table, TableStyle

    right = Table(
        [[Paragraph(f"{label}：{escape(value)}", layout.small)] for label, value in lines],
        colWidths=[_IDENTIFICATION_WIDTH],
        style=TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )
    return Table(
        [["", right]],
        colWidths=[width - _IDENTIFICATION_WIDTH, _IDENTIFICATION_WIDTH],
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
    )


def _review_text(row: OfficeStatus) -> str:
    """审核情况 of one office: where its latest return stands, level by level, with the comment."""
    if row.return_id is None:
        return ""
    shown = row.state_label
    if row.decision in ("returned", "problem") and row.decision_reason:
        shown += f"：{row.decision_reason}"
    elif row.state == "street_returned" and row.street_reason:
        shown += f"：{row.street_reason}"
    if row.street_code and row.street_decision == "received" and row.state != "pending_street":
        shown += f"（{row.street_name or row.street_code}已审核通过）"
    return shown


def compose_city_return(
    rows: Sequence[OfficeStatus],
    period: Period,
    *,
    city_name: str,
    made_at: datetime,
    signed: bool = False,
    form_info: FormInfo | None = None,
    watch: Callable[[Any], None] | None = None,
) -> tuple[bytes, int, int, tuple[float, float, float, float]]:
    """The PDF, its page count, and the page and box of the signature stamp (``watch``: as
    :func:`db.returns.compose.compose_return`'s)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

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
    from db.returns.verify import city_payload

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
        title=f"{city_name}{period.label}{TITLE}",
        author=city_name,
        keywords=city_payload(city_name, period.code),  # the city it speaks for, bound to the signer
        creator="社区台账 Shequ",
        lang="zh-CN",
        initialFontName=regular,
    )
    width = doc.width
    cell, center = layout.cell, layout.cell_center
    grid = layout.grid_commands()

    def table(header: list[Any], body: list[list[Any]], widths: list[float], total: list[Any] | None = None) -> Any:
        """A ruled table, one row per office (any number of them), laid out a page at a time."""
        return paged_table(
            TableRows(
                [header], body, widths, grid, total=total, total_commands=layout.total_commands(), min_row_height=14.5
            )
        )

    story: list[Any] = [
        _identification(identification_lines(form_info, city_name), layout, width),
        Paragraph(escape(f"{city_name}{TITLE}"), layout.title),
        Paragraph(
            f"报告期：{period.label}　报送期限：{report_deadline(period).isoformat()}　"
            f"制表时间：{format_local(made_at)}",
            layout.subtitle,
        ),
        Spacer(1, 8),
    ]
    arrived = sum(1 for r in rows if r.return_state == ARRIVED)
    late = sum(1 for r in rows if r.return_state == LATE)
    missing = sum(1 for r in rows if r.return_state == MISSING)
    judged = [r for r in rows if r.compliance is not None]
    passing = "，".join(
        f"{label}达标 {sum(1 for r in judged if r.compliance and r.compliance.pillar(key).status == Status.PASS)} 个"
        for key, label in PILLARS
    )
    story.append(
        Paragraph(
            f"全市已颁发证书的社区 {len(rows)} 个：按期报送 {arrived} 个，逾期报送 {late} 个，未报送 {missing} 个。"
            f"有数据的社区 {len(judged)} 个，{passing}。",
            layout.body,
        )
    )

    story.append(Paragraph("一、报送情况", layout.h1))
    header = [
        Paragraph(t, layout.header_cell) for t in ("序号", "社区代码", "社区名称", "最近数据包", "报表", "审核情况")
    ]
    data: list[list[Any]] = []
    for number, row in enumerate(rows, start=1):
        bundle = (
            f"第 {row.last_bundle_seq} 号（{format_local(row.last_bundle_at)}）" if row.last_bundle_seq else "未收到"
        )
        if row.gaps:
            bundle += "；有缺口"
        report = row.return_label + (f"（第 {row.return_version} 版）" if row.return_version else "")
        decision = escape(_review_text(row))
        data.append(
            [
                Paragraph(str(number), center),
                Paragraph(row.code, center),
                Paragraph(row.name + ("（证书已吊销）" if row.revoked else ""), cell),
                Paragraph(bundle, cell),
                Paragraph(report, cell),
                Paragraph(decision, cell),
            ]
        )
    widths = [0.06, 0.13, 0.17, 0.22, 0.17, 0.25]
    story.append(table(header, data, [w * width for w in widths]))

    story.append(Paragraph("二、达标情况（√ 达标　× 未达标　△ 需说明）", layout.h1))
    header = [Paragraph(t, layout.header_cell) for t in ("社区名称", *(label for _, label in PILLARS), "综合")]
    data = []
    for row in rows:
        if row.compliance is None:
            marks = ["无数据"] * (len(PILLARS) + 1)
        else:
            result = row.compliance
            marks = [f"{_MARK[result.pillar(key).status]} {result.pillar(key).status.label}" for key, _ in PILLARS]
            marks.append(f"{_MARK[result.status]} {result.status.label}")
        data.append([Paragraph(row.name, cell), *(Paragraph(m, center) for m in marks)])
    story.append(table(header, data, [0.25 * width] + [0.15 * width] * 5))

    story.append(Paragraph("三、主要指标", layout.h1))
    header = [Paragraph(t, layout.header_cell) for t in ("社区名称", *(h for _, _, h, _ in MAIN_FIGURES))]
    data = []
    totals: list[Decimal] = [Decimal(0)] * len(MAIN_FIGURES)
    for row in rows:
        cells = [Paragraph(row.name, cell)]
        for index, (pillar, key, _, summed) in enumerate(MAIN_FIGURES):
            value = _value(row, pillar, key)
            unit = "元" if key == "operating_funds_per_worker" else ""
            cells.append(Paragraph(format_number(value, unit), layout.cell_right))
            if summed and value is not None:
                totals[index] += Decimal(value)
        data.append(cells)
    total_cells = [Paragraph("合计", cell)]
    for index, (_, _, _, summed) in enumerate(MAIN_FIGURES):
        shown = format_number(totals[index] if totals[index] % 1 else int(totals[index])) if summed else "—"
        total_cells.append(Paragraph(shown, layout.cell_right))
    first = 0.2
    rest = (1 - first) / len(MAIN_FIGURES)
    story.append(table(header, data, [first * width] + [rest * width] * len(MAIN_FIGURES), total=total_cells))
    story.append(
        Paragraph(
            "各社区的指标由其报送的台账数据按与社区报表相同的规则计算；居民身份证号、电话、住址等个人信息不报送市级。",
            layout.note,
        )
    )
    where = _StampBox()
    if signed:
        story.append(Spacer(1, 10))
        story.append(signature_box(STAMP_WIDTH, STAMP_HEIGHT, "市级电子签名", where, regular))
    if watch is not None:
        doc.afterFlowable = watch
    doc.build(story)
    return buffer.getvalue(), doc.page, where.page, where.box


def make_city_return(
    store: Any,
    city: CityAuthority,
    period: Period,
    *,
    sign: bool = False,
    passphrase: str | None = None,
    now: datetime | None = None,
) -> CityReturn:
    """The consolidated return of ``period`` (signed with the city's key when ``sign``)."""
    from db.exchange.acks import ensure_city_standards
    from db.exchange.city_status import city_status, registered_streets
    from db.exchange.form_info import read_city
    from db.returns.errors import PassphraseNeeded

    moment = now or utcnow()
    identity = None
    if sign:
        if not passphrase:
            raise PassphraseNeeded()
        identity = city.signing_identity(passphrase)
    ensure_city_standards(store)
    with store.session() as session:
        rows = city_status(
            session, period, city.offices(), today=to_local(moment).date(), streets=registered_streets(city)
        )
    name = city.name
    info = read_city(city.data_dir, source=store)
    pdf, pages, page, box = compose_city_return(
        rows, period, city_name=name, made_at=moment, signed=sign, form_info=info
    )
    if identity is None:
        return CityReturn(pdf, pages, False)
    from db.returns.sign import sign_pdf

    signed = sign_pdf(
        pdf,
        identity,
        page=page,
        box=box,
        office_name=name,
        signer_name=name,
        when=moment,
        reason="市级社区党建“三有一化”汇总表",
    )
    return CityReturn(signed, pages, True)
