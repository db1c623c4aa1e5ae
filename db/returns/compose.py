"""The return as an A4 PDF, laid out like a Chinese statistical form (reportlab; no Qt).

Page 1 opens with the form's header block — 表号, 制表机关, 批准机关, 批准文号 and 有效期至 at the
top right (those the city set, :mod:`db.exchange.form_info`; one not set is not printed), the title, then
填报单位 (with the office code), 报告期 and 填报日期 — and a QR code at the top left that carries
the office code, period, version and the SHA-256 of the figures (:func:`qr_payload`), so a
printed copy can be matched to its file. One section per pillar follows, each figure next to
the standard in force with a pass / fail mark (√ 达标, × 未达标, △ 需说明); then the written
explanation of every warning, the signature block (单位负责人, 填表人, 联系电话, 日期, 盖章处 and
the box where the digital signature's stamp goes), a correction page for a corrected version
(更正) followed by its answers to the review comments on the earlier versions (对审核意见的答复,
:mod:`db.returns.answers`), and the annexes listing the records behind the figures. Every page carries
"第 x 页 共 y 页"; table headers repeat across pages; long cells wrap between CJK characters. Tables
that grow with the data are laid out a page at a time (:class:`TableRows`, :func:`paged_table`): no
reportlab table ever holds more than :data:`TABLE_CHUNK_ROWS` rows, so a page costs the same at any size.

reportlab is imported inside the functions, so importing this module costs nothing.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from db.compliance import Figure, Number, Status
from db.returns.content import FORM_TITLE, Annex, ReturnContent
from db.returns.payload import PAYLOAD_PREFIX, parse_payload, qr_payload  # noqa: F401 (the payload's home)

_MM = 72 / 25.4
PAGE_MARGIN = 15 * _MM
STAMP_WIDTH = 62 * _MM
STAMP_HEIGHT = 30 * _MM

_STATUS_SIGN = {Status.PASS: "√", Status.FAIL: "×", Status.WARNING: "△"}
_STATUS_MARK = {status: f"{sign} {status.label}" for status, sign in _STATUS_SIGN.items()}  # the app's words
_STATUS_COLOR = {Status.PASS: "#1b5e20", Status.FAIL: "#b71c1c", Status.WARNING: "#8a5a00"}
_CN_NUMBERS = "一二三四五六七八九十"


@dataclass(frozen=True)
class ComposedReturn:
    """A composed return: the PDF, its page count, and where the signature stamp goes."""

    pdf: bytes
    pages: int
    stamp_page: int  # 0-based page index of the signature box
    stamp_box: tuple[float, float, float, float]  # x1, y1, x2, y2 in PDF points


def format_number(value: Number | None, unit: str = "") -> str:
    """A figure's value as printed: thousands separators for money, no needless zeros."""
    if value is None:
        return "—"
    if unit.startswith("元"):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _status_mark(status: Status) -> str:
    return _STATUS_MARK[status]


class _Layout:
    """Styles and helpers shared by the parts of one build."""

    def __init__(self, regular: str, bold: str) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        self.regular = regular
        self.bold = bold
        self.colors = colors
        base = {"fontName": regular, "wordWrap": "CJK"}
        self.body = ParagraphStyle("body", fontSize=9.5, leading=14, **base)
        self.small = ParagraphStyle("small", fontSize=8, leading=11, **base)
        self.note = ParagraphStyle("note", fontSize=8, leading=11, textColor=colors.HexColor("#444444"), **base)
        self.cell = ParagraphStyle("cell", fontSize=8, leading=10, **base)
        self.cell_center = ParagraphStyle("cellc", parent=self.cell, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.annex_cell = ParagraphStyle("acell", fontSize=7.5, leading=9.2, **base)
        self.annex_center = ParagraphStyle("acellc", parent=self.annex_cell, alignment=TA_CENTER)
        self.annex_right = ParagraphStyle("acellr", parent=self.annex_cell, alignment=TA_RIGHT)
        self.title = ParagraphStyle(
            "title", fontName=bold, fontSize=17, leading=24, alignment=TA_CENTER, wordWrap="CJK"
        )
        self.subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=10, leading=14, alignment=TA_CENTER)
        self.h1 = ParagraphStyle("h1", fontName=bold, fontSize=12, leading=17, spaceBefore=8, spaceAfter=4)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=15, spaceBefore=6, spaceAfter=3)
        self.header_cell = ParagraphStyle("hcell", fontName=bold, fontSize=8, leading=10, alignment=TA_CENTER)
        self.annex_header = ParagraphStyle("ahcell", fontName=bold, fontSize=7.5, leading=9.2, alignment=TA_CENTER)

    def grid_commands(self, header_rows: int = 1, *, font_size: float = 8) -> list[tuple[Any, ...]]:
        """The style commands of a ruled table with ``header_rows`` shaded header rows."""
        colors = self.colors
        return [
            ("FONT", (0, 0), (-1, -1), self.regular, font_size, font_size + 2),
            ("FONT", (0, 0), (-1, header_rows - 1), self.bold, font_size, font_size + 2),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]

    def total_commands(self, *, font_size: float = 8) -> list[tuple[Any, ...]]:
        """The commands of a totals row, the table's last (bold on a light grey)."""
        return [
            ("FONT", (0, -1), (-1, -1), self.bold, font_size, font_size + 2),
            ("BACKGROUND", (0, -1), (-1, -1), self.colors.HexColor("#f5f5f5")),
        ]

    def grid_style(self, header_rows: int = 1, *, font_size: float = 8, total_row: bool = False) -> Any:
        from reportlab.platypus import TableStyle

        commands = self.grid_commands(header_rows, font_size=font_size)
        if total_row:
            commands += self.total_commands(font_size=font_size)
        return TableStyle(commands)


# ---------------------------------------------------------------------------------------
# Long tables, a page at a time

TABLE_CHUNK_ROWS = 500
"""The most body rows one reportlab ``Table`` of a return ever holds. reportlab splits a table at a
page break by making a new table of all the rows left, so one table of n rows costs about n² / rows
per page (one of 32,000 rows: 48 s); a long table is therefore laid out a page at a time
(:class:`TableRows`, :func:`paged_table`), each page a table of its own rows only."""


@dataclass(frozen=True)
class TableRows:
    """A table that may run over many pages, as data: its header rows (repeated on every page),
    its body rows, an optional totals row at the end, and how it is drawn.

    :func:`paged_table` lays it out: each page gets a ``Table`` of the header and the rows that fit
    there (made from at most :data:`TABLE_CHUNK_ROWS` rows), so a page costs the same however long
    the table is, and the pages look as one long table split by reportlab: the header repeated, the
    frame and rules closed at the foot of each page, the totals row last.
    """

    header: Sequence[Sequence[Any]]
    body: Sequence[Sequence[Any]]
    col_widths: Sequence[float]
    commands: Sequence[tuple[Any, ...]]  # the style commands of every page's table
    total: Sequence[Any] | None = None
    total_commands: Sequence[tuple[Any, ...]] = ()  # added to the table that holds the totals row
    # per-cell styles, made once and shared (header row, body row, totals row), or None
    cell_styles: tuple[Sequence[Any], Sequence[Any], Sequence[Any]] | None = None
    h_align: str = "CENTER"
    min_row_height: float = 14.0  # the lowest a row can be: how many rows a page may take, first guess
    chunk: int = TABLE_CHUNK_ROWS

    def table(self, start: int, end: int) -> Any:
        """The ``Table`` of the header and body rows ``start`` to ``end`` (and the totals row when
        ``end`` is the last)."""
        from reportlab.platypus import LongTable, TableStyle

        if end - start > self.chunk:
            raise ValueError(f"at most {self.chunk} rows in one table, not {end - start}")
        last = end >= len(self.body) and self.total is not None
        rows = [list(row) for row in self.header] + [list(row) for row in self.body[start:end]]
        commands = list(self.commands)
        if last:
            assert self.total is not None
            rows.append(list(self.total))
            commands += self.total_commands
        styles = None
        if self.cell_styles is not None:
            header_style, body_style, total_style = self.cell_styles
            styles = [header_style] * len(self.header) + [body_style] * (end - start)
            if last:
                styles.append(total_style)
        # a LongTable measures rows only down to the foot of the page and hands their heights to the
        # part it splits off; it draws as a Table does
        return LongTable(
            rows,
            colWidths=list(self.col_widths),
            repeatRows=len(self.header),
            style=TableStyle(commands),
            cellStyles=styles,
            hAlign=self.h_align,
        )


def paged_table(rows: TableRows) -> Any:
    """A flowable laying ``rows`` out a page at a time (see :class:`TableRows`)."""
    return _paged_table_class()(rows, 0)


@functools.cache
def _paged_table_class() -> Any:
    from reportlab.platypus import Flowable

    class PagedTable(Flowable):  # type: ignore[misc]
        """The rows of a :class:`TableRows` from ``start`` on. On a page it is the ``Table`` of the
        rows that fit there; split, it gives that table and a ``PagedTable`` of the rows left."""

        def __init__(self, spec: TableRows, start: int) -> None:
            super().__init__()
            self.spec = spec
            self.start = start
            self.hAlign = spec.h_align
            self._piece: tuple[float, float, Any, int] | None = None  # aw, ah, table, end of its rows

        def _table_for(self, available_width: float, available_height: float, count: int = 0) -> tuple[Any, int]:
            """The table of the rows from ``start`` that may fit ``available_height`` (``count`` of
            them, by default a few more than the lowest rows could fill), and the end of its rows."""
            piece = self._piece
            if not count and piece is not None and piece[:2] == (available_width, available_height):
                return piece[2], piece[3]
            spec = self.spec
            count = count or int(available_height / spec.min_row_height) + 2
            end = min(len(spec.body), self.start + min(spec.chunk, max(1, count)))
            table = spec.table(self.start, end)
            self._piece = (available_width, available_height, table, end)
            return table, end

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            table, end = self._table_for(available_width, available_height)
            self.width = sum(self.spec.col_widths)
            if end < len(self.spec.body):
                self.height = available_height + 1  # more rows than fit: split here (measured there)
            else:
                self.width, self.height = table.wrap(available_width, available_height)
            return self.width, self.height

        def split(self, available_width: float, available_height: float) -> list[Any]:
            spec = self.spec
            table, end = self._table_for(available_width, available_height)
            parts = table.split(available_width, available_height)
            while len(parts) == 1 and end < len(spec.body) and end - self.start < spec.chunk:
                # lower rows than guessed: every row taken fits, take twice as many
                table, end = self._table_for(available_width, available_height, 2 * (end - self.start))
                parts = table.split(available_width, available_height)
            if not parts:
                return []  # not even the header and one row: the next page
            if len(parts) == 1:  # the whole table fits (a chunk shorter than the page: more follow)
                return parts if end >= len(spec.body) else [parts[0], PagedTable(spec, end)]
            first = parts[0]
            taken = len(first._cellvalues) - len(spec.header)  # body rows on this page
            return [first, PagedTable(spec, min(self.start + taken, len(spec.body)))]

        @property
        def laid_out(self) -> Any:
            """The ``Table`` it was last laid out as (what it draws)."""
            assert self._piece is not None, "not laid out yet"
            return self._piece[2]

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            self.laid_out.drawOn(canvas, x, y, _sW)

    return PagedTable


class _StampBox:
    """Where the signature box was drawn (filled in while the document is built)."""

    page = 0
    box = (0.0, 0.0, 0.0, 0.0)


def _signature_box_flowable(width: float, height: float, label: str, where: _StampBox, regular: str) -> Any:
    from reportlab.platypus import Flowable

    class SignatureBox(Flowable):  # type: ignore[misc]
        """An empty framed box whose position on the page is remembered for the stamp."""

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            canvas.setLineWidth(0.6)
            canvas.setDash(2, 2)
            canvas.rect(0, 0, width, height)
            canvas.setDash()
            canvas.setFont(regular, 7.5)
            canvas.setFillGray(0.45)
            canvas.drawString(3, height - 10, label)
            canvas.restoreState()
            x1, y1 = canvas.absolutePosition(0, 0)
            x2, y2 = canvas.absolutePosition(width, height)
            where.page = canvas.getPageNumber() - 1
            where.box = (float(x1), float(y1), float(x2), float(y2))

    return SignatureBox()


def _make_canvas_class(content: ReturnContent, regular: str, payload: str) -> Any:
    """A canvas that writes "第 x 页 共 y 页" on every page once the page count is known."""
    from reportlab.pdfgen.canvas import Canvas

    office = content.office
    left = f"{office.name}（{office.code}）  {content.period.label}报表"
    left += f"  第 {content.return_version} 版" + ("（更正）" if content.return_version > 1 else "")
    draft = not content.signed

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont(regular, 8)
            self.setFillGray(0.3)
            self.drawString(PAGE_MARGIN, 9 * _MM, left)
            self.setFont(regular, 9)
            self.setFillGray(0)
            self.drawCentredString(width / 2, 9 * _MM, f"第 {number} 页 共 {total} 页")
            self.setFont(regular, 7)
            self.setFillGray(0.45)
            self.drawRightString(width - PAGE_MARGIN, 9 * _MM, f"数据摘要 {payload.rsplit('|', 1)[-1][:16]}")
            if draft:
                self.setFont(regular, 9)
                self.setFillColorRGB(0.72, 0.1, 0.1)
                self.drawRightString(width - PAGE_MARGIN, _height - 9 * _MM, "草稿（未签署，不作报送）")
            self.restoreState()

    return NumberedCanvas


def _first_page_decorations(payload: str, regular: str) -> Any:
    """Draws the QR code (reportlab's encoder; modules as filled rectangles) at the top left."""
    import itertools

    from reportlab.graphics.barcode.qr import QrCodeWidget

    size = 24 * _MM
    widget = QrCodeWidget(payload, barLevel="M")
    widget.qr.make()
    modules = widget.qr.modules
    count = len(modules)

    def draw(canvas: Any, doc: Any) -> None:
        top = doc.pagesize[1] - PAGE_MARGIN
        box = size / count
        canvas.saveState()
        canvas.setFillGray(0)
        for row_index, row in enumerate(modules):
            column = 0
            for dark, run in itertools.groupby(bool(cell) for cell in row):
                length = len(list(run))
                if dark:
                    x = PAGE_MARGIN + column * box
                    y = top - (row_index + 1) * box
                    canvas.rect(x, y, length * box + 0.05, box + 0.05, stroke=0, fill=1)
                column += length
        canvas.setFont(regular, 6.5)
        canvas.setFillGray(0.35)
        canvas.drawString(PAGE_MARGIN, top - size - 8, "扫码核对报表文件")
        canvas.restoreState()

    return draw


# ---------------------------------------------------------------------------------------
# The parts of the return


def _header(content: ReturnContent, layout: _Layout, width: float) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    office = content.office
    colors = layout.colors
    lines = [("表　　号", content.form_number), ("制表机关", content.authority)]
    lines += [("批准机关", content.approved_by), ("批准文号", content.approval_no), ("有效期至", content.valid_until)]
    lines.append(("统计范围", "社区党组织"))
    right_rows = [[Paragraph(f"{label}：{_escape(value)}", layout.small)] for label, value in lines if value]
    right = Table(
        right_rows,
        colWidths=[62 * _MM],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), layout.regular, 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )
    top = Table(
        [["", right]],
        colWidths=[width - 62 * _MM, 62 * _MM],
        rowHeights=[26 * _MM],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), layout.regular, 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    # the title rises beside the block, but never into a longer one (about 4.2 mm a line)
    pull_up = min(14 * _MM, max(0.0, 26 * _MM - len(right_rows) * 4.2 * _MM))
    title = FORM_TITLE
    subtitle = f"（{content.period.label}）"
    if content.return_version > 1:
        subtitle += f"　更正报表·第 {content.return_version} 版"
    place = "、".join(part for part in (office.city, office.district, office.street) if part)
    filled = content.filled_on
    info = Table(
        [
            [
                Paragraph(f"填报单位（盖章）：{office.name}", layout.body),
                Paragraph(f"报告期：{content.period.label}", layout.body),
                Paragraph(f"填报日期：{filled.year}年{filled.month}月{filled.day}日", layout.body),
            ],
            [
                Paragraph(f"单位代码：{office.code}", layout.body),
                Paragraph(f"所属：{place}", layout.body),
                Paragraph(f"版本：第 {content.return_version} 版", layout.body),
            ],
        ],
        colWidths=[width * 0.42, width * 0.33, width * 0.25],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), layout.regular, 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
            ]
        ),
    )
    return [
        top,
        Spacer(1, -pull_up),
        Paragraph(title, layout.title),
        Paragraph(subtitle, layout.subtitle),
        Spacer(1, 4 * _MM),
        info,
        Spacer(1, 3 * _MM),
    ]


_NO_LINE_START = frozenset("，。、；：？！）》」』”’%·…,.;:?!)]")


def _wrap_lines(text: str, font: str, size: float, room: float) -> str:
    """``text`` broken into lines that fit ``room`` points: between any two CJK characters,
    between words for Latin text, and never before closing punctuation (CJK line breaking)."""
    from reportlab.pdfbase.pdfmetrics import getFont

    face = getFont(font).face
    widths = face.charWidths
    default = face.defaultWidth
    scale = size / 1000
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        last_space = -1
        for char in paragraph:
            advance = widths.get(ord(char), default) * scale
            if line and used + advance > room:
                if char in _NO_LINE_START:
                    carry = line[-1:] if len(line) > 1 else []  # closing punctuation never starts a line
                    line = line[:-1] if carry else line
                elif char.isascii() and char.isalnum() and 0 < last_space < len(line) - 1:
                    carry = line[last_space + 1 :]  # move the unfinished Latin word down
                    line = line[: last_space + 1]
                else:
                    carry = []
                lines.append("".join(line).rstrip())
                line = carry
                used = sum(widths.get(ord(c), default) * scale for c in line)
                last_space = -1
            if char == " ":
                last_space = len(line)
            line.append(char)
            used += advance
        lines.append("".join(line).rstrip())
    return "\n".join(lines)


def _cell(text: str, style: Any, width: float, font: str, size: float) -> Any:
    """A table cell's text: as it is when it fits its column, else wrapped into lines (CJK)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    room = width - 4.5
    # no glyph is wider than 1 em, so a short text fits without measuring it
    if "\n" not in text and (len(text) * size <= room or stringWidth(text, font, size) <= room):
        return text
    return _wrap_lines(text, font, size, room)


def _summary(content: ReturnContent, layout: _Layout) -> list[Any]:
    from reportlab.platypus import Paragraph

    result = content.result
    counts = dict.fromkeys(Status, 0)
    for pillar in result.pillars:
        for figure in pillar.figures:
            counts[figure.status] += 1
    parts = "、".join(f"{pillar.label}{pillar.status.label}" for pillar in result.pillars)
    status = result.status
    color = _STATUS_COLOR[status]
    text = (
        f"总体评定：<font color='{color}'>{_status_mark(status)}</font>。{parts}。"
        f"共 {sum(counts.values())} 项指标：{Status.PASS.label} {counts[Status.PASS]} 项，"
        f"{Status.FAIL.label} {counts[Status.FAIL]} 项，{Status.WARNING.label} {counts[Status.WARNING]} 项。"
    )
    return [Paragraph(text, layout.body)]


def _figure_row(figure: Figure, layout: _Layout, widths: Sequence[float]) -> list[Any]:
    from reportlab.platypus import Paragraph

    value = format_number(figure.value, figure.unit)
    standard = format_number(figure.standard, figure.unit) if figure.standard is not None else "—"
    if figure.standard is not None and figure.unit == "个" and figure.key == "one_centre_three_rooms":
        standard = f"{standard}（应全部具备）"
    elif figure.standard is not None:
        standard = f"≥ {standard}"
    mark = Paragraph(
        f"<font color='{_STATUS_COLOR[figure.status]}'>{_status_mark(figure.status)}</font>", layout.cell_center
    )
    return [
        _cell(figure.label, layout.cell, widths[0], layout.regular, 8),
        value,
        standard,
        figure.unit,
        mark,
        Paragraph(figure.reason, layout.cell),
    ]


def _pillars(content: ReturnContent, layout: _Layout, width: float) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Table

    parts: list[Any] = []
    widths = [width * share for share in (0.15, 0.12, 0.13, 0.08, 0.1, 0.42)]
    header = ["指标", "本期数值", "标准", "单位", "判定", "说明"]
    for index, pillar in enumerate(content.result.pillars):
        heading = Paragraph(
            f"{_CN_NUMBERS[index]}、{pillar.label}　<font size='9' color='{_STATUS_COLOR[pillar.status]}'>"
            f"{_status_mark(pillar.status)}</font>",
            layout.h1,
        )
        rows: list[list[Any]] = [list(header)]
        rows += [_figure_row(figure, layout, widths) for figure in pillar.figures]
        table = Table(rows, colWidths=widths, repeatRows=1, style=layout.grid_style())
        table.setStyle([("ALIGN", (1, 1), (3, -1), "RIGHT"), ("ALIGN", (3, 1), (3, -1), "CENTER")])
        parts.append(KeepTogether([heading, table]))
    return parts


def _standards(content: ReturnContent, layout: _Layout, width: float) -> list[Any]:
    from reportlab.platypus import Paragraph, Table

    standards = sorted(content.result.standards.values(), key=lambda item: item.effective_from)
    if not standards:
        return [Paragraph("本期没有适用的市级标准。", layout.note)]
    rows: list[list[Any]] = [["标准", "标准值", "单位", "起用日期"]]
    widths = [width * 0.45, width * 0.25, width * 0.15, width * 0.15]
    for item in standards:
        value = item.value
        if item.codes and not _is_number(item.value):
            from db.enums import FacilityType

            value = "、".join(FacilityType.label_of(code) for code in item.codes)
        rows.append(
            [
                _cell(_standard_title(item.key, item.title), layout.cell, widths[0], layout.regular, 8),
                _cell(value, layout.cell, widths[1], layout.regular, 8),
                item.unit,
                item.effective_from.isoformat(),
            ]
        )
    return [
        Paragraph("本期适用的市级标准", layout.h2),
        Table(rows, colWidths=widths, repeatRows=1, style=layout.grid_style()),
    ]


def _standard_title(key: str, title: str) -> str:
    """A standard's name as printed: its title, else the default standard's; never its key."""
    if title.strip():
        return title
    from db.standards import DEFAULT_STANDARDS

    return next((item.title for item in DEFAULT_STANDARDS if item.key == key), "市级标准")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _explanations(content: ReturnContent, layout: _Layout, width: float) -> list[Any]:
    from reportlab.platypus import CondPageBreak, Paragraph, Table

    number = _CN_NUMBERS[len(content.result.pillars)]
    parts: list[Any] = [CondPageBreak(35 * _MM), Paragraph(f"{number}、情况说明", layout.h1)]
    if not content.warnings:
        parts.append(Paragraph("本期没有需要说明的提醒。", layout.body))
        return parts
    widths = [width * 0.06, width * 0.44, width * 0.5]
    rows: list[list[Any]] = [["序号", "提醒事项", "书面说明"]]
    for index, item in enumerate(content.warnings, 1):
        rows.append(
            [
                str(index),
                Paragraph(_escape(item.text), layout.cell),  # the warning in words; its key stays out of the page
                Paragraph(_escape(item.explanation), layout.cell),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1, style=layout.grid_style())
    table.setStyle([("ALIGN", (0, 1), (0, -1), "CENTER")])
    parts.append(table)
    return parts


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _signature_block(content: ReturnContent, layout: _Layout, width: float, where: _StampBox) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    filled = content.filled_on
    colors = layout.colors
    line = Table(
        [
            [
                Paragraph(f"单位负责人：{_escape(content.head_name) or '　　　　'}", layout.body),
                Paragraph(f"填表人：{_escape(content.filler_name) or '　　　　'}", layout.body),
                Paragraph(f"联系电话：{_escape(content.phone) or '　　　　'}", layout.body),
                Paragraph(f"报出日期：{filled.year}年{filled.month}月{filled.day}日", layout.body),
            ]
        ],
        colWidths=[width * 0.25, width * 0.22, width * 0.28, width * 0.25],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), layout.regular, 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ]
        ),
    )
    seal = _signature_box_flowable(STAMP_WIDTH, STAMP_HEIGHT, "盖章处", _StampBox(), layout.regular)
    stamp = _signature_box_flowable(STAMP_WIDTH, STAMP_HEIGHT, "电子签名", where, layout.regular)
    if not content.signed:
        signing_note = "本报表尚未签署（草稿），不作为正式报送。"
    elif content.self_signed:
        signing_note = (
            "本报表以本社区自签名证书进行电子签名（市委组织部尚未为本社区颁发证书），"
            "请以市级核验结果为准；可用 “shequ verify” 核验文件是否被改动。"
        )
    else:
        signing_note = "本报表以市委组织部颁发的证书进行电子签名；可用 “shequ verify” 核验文件是否被改动。"
    boxes = Table(
        [[seal, stamp]],
        colWidths=[width / 2, width / 2],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), layout.regular, 8),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        ),
    )
    return [
        KeepTogether(
            [
                Spacer(1, 5 * _MM),
                line,
                Spacer(1, 3 * _MM),
                boxes,
                Spacer(1, 2 * _MM),
                Paragraph(signing_note, layout.note),
            ]
        )
    ]


def _corrections(content: ReturnContent, layout: _Layout, width: float) -> list[Any]:
    from reportlab.platypus import PageBreak, Paragraph

    if content.return_version <= 1:
        return []
    previous = content.return_version - 1
    parts: list[Any] = [
        PageBreak(),
        Paragraph(f"更正说明（第 {content.return_version} 版，更正第 {previous} 版）", layout.h1),
        Paragraph(_escape(f"更正原因：{content.correction_reason or '见下表各项'}"), layout.body),
    ]
    if content.previous_sha256:
        parts.append(Paragraph(f"第 {previous} 版数据摘要：{content.previous_sha256}", layout.note))
    if not content.corrections:
        parts.append(Paragraph("与上一版相比，数据没有变化。", layout.body))
        return parts
    widths = [width * 0.06, width * 0.28, width * 0.16, width * 0.16, width * 0.34]
    rows: list[list[Any]] = []  # one per changed figure or field: thousands after a large import
    for index, change in enumerate(content.corrections, 1):
        rows.append(
            [
                str(index),
                Paragraph(_escape(change.what), layout.cell),
                Paragraph(_escape(change.old), layout.cell),
                Paragraph(_escape(change.new), layout.cell),
                Paragraph(_escape(change.why), layout.cell),
            ]
        )
    commands = [*layout.grid_commands(), ("ALIGN", (0, 1), (0, -1), "CENTER")]
    parts.append(paged_table(TableRows([["序号", "项目", "原数值", "更正后", "原因"]], rows, widths, commands)))
    return parts


def _answers(content: ReturnContent, layout: _Layout, width: float) -> list[Any]:
    """对审核意见的答复: each review comment on an earlier version, then what this version changed
    for it (the correction page's lines about it, old → new) or why nothing did."""
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

    if not content.answers:
        return []
    parts: list[Any] = [
        CondPageBreak(50 * _MM),
        Spacer(1, 4 * _MM),
        Paragraph("对审核意见的答复", layout.h1),
        Paragraph("以下逐条列出对此前各版报表的审核意见，及本版为此所作的更正。", layout.note),
    ]
    widths = [width * 0.30, width * 0.18, width * 0.18, width * 0.34]
    for index, answer in enumerate(content.answers, 1):
        written = answer.written_on
        when = f"{written.year}年{written.month}月{written.day}日" if written else "—"
        heading = Paragraph(_escape(f"{index}．{answer.level}意见（第 {answer.version} 版）：{answer.on}"), layout.h2)
        who = Paragraph(_escape(f"审核人：{answer.reviewer or '—'}　日期：{when}"), layout.small)
        block: list[Any] = [heading, who, Paragraph(_escape(f"意见：{answer.text}"), layout.body)]
        parts.append(KeepTogether(block))
        if answer.changes:
            parts.append(Paragraph("答复：本版更正如下。", layout.body))
            rows: list[list[Any]] = [["项目", "原数值", "更正后", "原因"]]
            for change in answer.changes:
                rows.append(
                    [
                        Paragraph(_escape(change.what), layout.cell),
                        Paragraph(_escape(change.old), layout.cell),
                        Paragraph(_escape(change.new), layout.cell),
                        Paragraph(_escape(change.why), layout.cell),
                    ]
                )
            parts.append(Table(rows, colWidths=widths, repeatRows=1, style=layout.grid_style()))
        if answer.note:
            parts.append(Paragraph(_escape(f"答复：{answer.note}"), layout.body))
        parts.append(Spacer(1, 2 * _MM))
    return parts


def _annex_cell_styles(annex: Annex, layout: _Layout, size: float) -> tuple[list[Any], list[Any], list[Any]]:
    """The annex table's cell styles (header row, body row, totals row), made once and shared by every row.

    Equal to :meth:`_Layout.grid_style`'s per-cell commands (fonts, middle alignment, paddings
    2 / 2.5 / 2 / 2), the header centred and each column aligned as it says, but without a
    style command that reportlab would apply to each of the table's thousands of cells in turn.
    """
    from reportlab.platypus.tables import CellStyle

    def style(name: str, font: str, alignment: str) -> Any:
        cell = CellStyle(name)
        cell.fontname, cell.fontsize, cell.leading = font, size, size + 2
        cell.valign, cell.alignment = "MIDDLE", alignment
        cell.topPadding, cell.bottomPadding, cell.leftPadding, cell.rightPadding = 2, 2.5, 2, 2
        return cell

    columns = annex.columns
    header = [style("header", layout.bold, "CENTER") for _ in columns]
    body = [style("body", layout.regular, column.align.upper()) for column in columns]
    total = [style("total", layout.bold, column.align.upper()) for column in columns]
    return header, body, total


def annex_rows(annex: Annex, layout: _Layout, width: float) -> TableRows:
    """An annex's table as :class:`TableRows`: its cells (long texts wrapped), widths and styles."""
    from reportlab.platypus import Paragraph

    shares = [column.width for column in annex.columns]
    scale = width / sum(shares)
    widths = [share * scale for share in shares]
    styles = {"left": layout.annex_cell, "center": layout.annex_center, "right": layout.annex_right}
    font, size = layout.regular, 7.5
    header = [Paragraph(column.title, layout.annex_header) for column in annex.columns]
    cell_styles = [styles[column.align] for column in annex.columns]
    body = [[_cell(text, cell_styles[i], widths[i], font, size) for i, text in enumerate(row)] for row in annex.rows]
    total = None
    if annex.total is not None:
        total = [_cell(text, cell_styles[i], widths[i], layout.bold, size) for i, text in enumerate(annex.total)]
    colors = layout.colors
    commands: list[tuple[Any, ...]] = [  # lines and backgrounds only: the cells' styles are made above
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
    ]
    return TableRows(
        header=[header],
        body=body,
        col_widths=widths,
        commands=commands,
        total=total,
        total_commands=[("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f5f5f5"))],
        cell_styles=_annex_cell_styles(annex, layout, size),
        min_row_height=size + 2 + 2 + 2.5,  # one line and its paddings
    )


def _annexes(content: ReturnContent, layout: _Layout, width: float) -> list[Any]:
    from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer

    parts: list[Any] = [PageBreak(), Paragraph("附表：指标所依据的台账记录", layout.h1)]
    parts.append(
        Paragraph(
            "以下各表列出计入本报表各项指标的记录。为保护个人信息，不列身份证号码、电话和住址，帮扶对象只列姓氏。",
            layout.note,
        )
    )
    for index, annex in enumerate(content.annexes, 1):
        parts.append(CondPageBreak(40 * _MM))
        parts.append(Paragraph(f"附表{index}　{annex.title}（{len(annex.rows)} 条）", layout.h2))
        parts.append(Paragraph(annex.note, layout.note))
        for label, value in annex.summary:
            parts.append(Paragraph(_escape(f"{label}：{value}"), layout.small))
        parts.append(Spacer(1, 1.5 * _MM))
        if annex.rows:
            parts.append(paged_table(annex_rows(annex, layout, width)))
        else:
            parts.append(Paragraph("本期没有记录。", layout.small))
        parts.append(Spacer(1, 3 * _MM))
    return parts


def compose_return(content: ReturnContent, *, watch: Callable[[Any], None] | None = None) -> ComposedReturn:
    """The return as PDF bytes, and where its signature stamp goes. ``watch``, when given, is called
    with every flowable as it is placed on a page (the tests look at the tables laid out)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from db.returns.fonts import register_fonts

    regular, bold = register_fonts()
    layout = _Layout(regular, bold)
    payload = qr_payload(content.office.code, content.period.code, content.return_version, content.figures_sha256)
    buffer = io.BytesIO()
    office = content.office
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN,
        bottomMargin=PAGE_MARGIN + 4 * _MM,
        title=f"{office.name}{content.period.label}{FORM_TITLE}（第 {content.return_version} 版）",
        author=office.name,
        subject=f"{office.code} {content.period.code} 第 {content.return_version} 版",
        creator="社区台账 Shequ",
        keywords=payload,
        lang="zh-CN",
        initialFontName=regular,
        initialFontSize=9,
    )
    width = doc.width
    where = _StampBox()
    story: list[Any] = []
    story += _header(content, layout, width)
    story += _summary(content, layout)
    story += _pillars(content, layout, width)
    story += _standards(content, layout, width)
    story += _explanations(content, layout, width)
    story += _signature_block(content, layout, width, where)
    story += _corrections(content, layout, width)
    story += _answers(content, layout, width)
    story += _annexes(content, layout, width)
    decorate = _first_page_decorations(payload, regular)
    canvas_class = _make_canvas_class(content, regular, payload)
    if watch is not None:
        doc.afterFlowable = watch
    doc.build(story, onFirstPage=decorate, canvasmaker=canvas_class)
    pages = doc.page
    return ComposedReturn(buffer.getvalue(), pages, where.page, where.box)


def compose_stamp(width: float, height: float, lines: Sequence[str]) -> bytes:
    """The appearance of the signature's visible stamp: a one-page PDF of ``width`` × ``height``
    points with a red frame and ``lines`` (the first in bold). Drawn with reportlab, which
    embeds only the glyphs used, so signing does not subset the whole font again."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from db.returns.fonts import register_fonts

    regular, bold = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=regular, pageCompression=1)
    canvas.setStrokeColorRGB(0.75, 0.1, 0.1)
    canvas.setFillColorRGB(0.75, 0.1, 0.1)
    canvas.setLineWidth(1.2)
    canvas.roundRect(1, 1, width - 2, height - 2, 4)
    size = 8.0
    for line in lines:  # shrink to fit the widest line
        while size > 5 and stringWidth(line, bold, size) > width - 12:
            size -= 0.5
    leading = size * 1.45
    y = height / 2 + leading * (len(lines) - 1) / 2 - size / 3
    for index, line in enumerate(lines):
        canvas.setFont(bold if index == 0 else regular, size + (1 if index == 0 else 0))
        canvas.drawCentredString(width / 2, y, line)
        y -= leading
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
