"""Long tables in returns are laid out a page at a time: no reportlab table over the chunk size.

reportlab splits a table at a page break by making a new table of every row left, so one table of
n rows costs about n² (a scale-100 annex: tens of seconds). The builders hand long tables to
``db.returns.compose.paged_table``; these tests watch every flowable the real document builds place
on a page (``watch``) and check that no table holds more than ``TABLE_CHUNK_ROWS`` body rows, that
every row is laid out once and in order with the header on every piece, and that the fonts are read
from disk once per process. Structure only: no timings.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from db.compliance import Status
from db.demo import build_demo
from db.exchange.city_return import MAIN_FIGURES, PILLARS, compose_city_return
from db.exchange.city_status import ARRIVED, OfficeStatus
from db.exchange.street_return_pdf import StandingBlock, StreetReturnOffice, compose_street_return
from db.office import current_office
from db.periods import parse_period
from db.returns.compose import TABLE_CHUNK_ROWS, TableRows, compose_return, paged_table
from db.returns.content import ReturnContent, gather_content
from db.returns.fonts import FONT_FILES, accelerator, register_fonts
from db.returns.preflight import explain, run_preflight
from db.store import Store

TODAY = date(2026, 11, 20)
WHEN = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def _flat(text: Any) -> str:
    """A cell's text without the line breaks and spaces wrapping put in (reportlab keeps a
    flowable in a cell as a one-item tuple)."""
    if isinstance(text, list | tuple):
        return "".join(_flat(item) for item in text)
    if hasattr(text, "getPlainText"):
        text = text.getPlainText()
    return "".join(str(text).split())


def _tables(placed: Sequence[Any]) -> list[Any]:
    """The tables drawn (a long table's last piece is drawn by its paged flowable: its ``laid_out``)."""
    drawn = [getattr(flowable, "laid_out", flowable) for flowable in placed]
    return [flowable for flowable in drawn if isinstance(flowable, Table)]


def _pieces(placed: Sequence[Any], header: Sequence[str]) -> list[Any]:
    """The tables placed whose first row is ``header``: the pieces of one long table, in order."""
    wanted = [_flat(title) for title in header]
    return [table for table in _tables(placed) if [_flat(cell) for cell in table._cellvalues[0]] == wanted]


def _body(pieces: Sequence[Any], header_rows: int = 1) -> list[list[str]]:
    return [[_flat(cell) for cell in row] for table in pieces for row in table._cellvalues[header_rows:]]


def _assert_bounded(placed: Sequence[Any]) -> None:
    tables = _tables(placed)
    assert tables
    largest = max(len(table._cellvalues) for table in tables)
    assert largest <= TABLE_CHUNK_ROWS + 2, largest  # a header row and a totals row besides the body


@pytest.fixture(scope="module")
def large_office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReturnContent]:
    """The annual return's content of the demo office at scale 6: its visits annex has more
    rows than one table may hold."""
    from db.store import open_store

    folder: Path = tmp_path_factory.mktemp("large-office") / "data"
    store: Store = open_store(folder, create=True)
    try:
        build_demo(store, scale=6, today=TODAY)
        period = parse_period("2025")
        with store.session() as session:
            office = current_office(session)
            assert office is not None
            preflight = run_preflight(session, period, office.code)
            warnings = explain(preflight, {item.key: "测试说明。" for item in preflight.warnings})
            yield gather_content(session, office, period, filled_on=TODAY, warnings=warnings)
    finally:
        store.close()


def test_the_office_return_never_makes_a_table_over_the_chunk_size(large_office: ReturnContent) -> None:
    content = large_office
    biggest = max(content.annexes, key=lambda annex: len(annex.rows))
    assert len(biggest.rows) > TABLE_CHUNK_ROWS  # the premise: more rows than one table may hold
    placed: list[Any] = []
    composed = compose_return(content, watch=placed.append)
    assert composed.pages > 20
    _assert_bounded(placed)
    for annex in content.annexes:
        if not annex.rows:
            continue
        pieces = _pieces(placed, [column.title for column in annex.columns])
        assert len(pieces) >= 2 if len(annex.rows) > 60 else len(pieces) >= 1, annex.title
        expected = [[_flat(text) for text in row] for row in annex.rows]
        if annex.total is not None:
            expected.append([_flat(text) for text in annex.total])
        assert _body(pieces) == expected, annex.title  # every row once, in order, the total last


def test_a_long_table_is_one_table_per_page_with_its_header(tmp_path: Path) -> None:
    """1,234 rows and a totals row: one table per page, each the header and that page's rows,
    the totals row's shading only on the last."""
    regular, bold = register_fonts()
    header = [["序号", "姓名", "内容"]]
    body = [[str(n), f"居民{n}", "走访" * (1 + n % 7)] for n in range(1, 1235)]
    total = ["合计", "", "1,234次"]
    shade = ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f5f5f5"))
    rows = TableRows(
        header,
        body,
        [60, 120, 300],
        [("FONT", (0, 0), (-1, -1), regular, 8), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)],
        total=total,
        total_commands=[("FONT", (0, -1), (-1, -1), bold, 8), shade],
    )
    placed: list[Any] = []
    doc = SimpleDocTemplate(str(tmp_path / "long.pdf"), pagesize=A4)
    doc.afterFlowable = placed.append
    doc.build([paged_table(rows)])
    pieces = _tables(placed)
    assert len(pieces) == doc.page > 20
    assert all(table._cellvalues[0] == header[0] for table in pieces)
    assert _body(pieces) == [*body, total]
    shaded = [table for table in pieces if shade in table._bkgrndcmds]
    assert shaded == [pieces[-1]]
    with pytest.raises(ValueError, match="at most"):
        rows.table(0, TABLE_CHUNK_ROWS + 1)


def test_a_chunk_smaller_than_a_page_still_loses_no_row(tmp_path: Path) -> None:
    regular, _bold = register_fonts()
    body = [[str(n), f"第{n}行"] for n in range(1, 301)]
    rows = TableRows([["序号", "内容"]], body, [60, 200], [("FONT", (0, 0), (-1, -1), regular, 8)], chunk=20)
    placed: list[Any] = []
    doc = SimpleDocTemplate(str(tmp_path / "chunks.pdf"), pagesize=A4)
    doc.afterFlowable = placed.append
    doc.build([paged_table(rows)])
    pieces = _tables(placed)
    assert max(len(table._cellvalues) for table in pieces) <= 21
    assert _body(pieces) == body


def _office_status(number: int, compliance: Any) -> OfficeStatus:
    return OfficeStatus(
        code=f"1508020{number:05d}",
        name=f"第{number}社区",
        has_data=True,
        last_bundle_seq=1,
        last_bundle_at=WHEN,
        return_state=ARRIVED,
        return_version=1,
        return_id=f"return-{number}",
        decision="received",
        compliance=compliance,
    )


def test_the_city_and_street_returns_lay_out_any_number_of_offices(large_office: ReturnContent) -> None:
    count = TABLE_CHUNK_ROWS + 40
    rows = [_office_status(number, large_office.result) for number in range(1, count + 1)]
    placed: list[Any] = []
    _pdf, pages, _page, _box = compose_city_return(
        rows, parse_period("2025"), city_name="巴彦淖尔市委组织部", made_at=WHEN, signed=True, watch=placed.append
    )
    assert pages > 30
    _assert_bounded(placed)
    listed = _body(_pieces(placed, ["序号", "社区代码", "社区名称", "最近数据包", "报表", "审核情况"]))
    assert [row[1] for row in listed] == [row.code for row in rows]
    standing = _body(_pieces(placed, ["社区名称", *(label for _, label in PILLARS), "综合"]))
    assert [row[0] for row in standing] == [row.name for row in rows]
    figures = _pieces(placed, ["社区名称", *(heading for _, _, heading, _ in MAIN_FIGURES)])
    assert [row[0] for row in _body(figures)] == [*(row.name for row in rows), "合计"]  # the totals row last, once

    offices = [
        StreetReturnOffice(f"1508020{n:05d}", f"第{n}社区", 1, WHEN, "received", "", "", "", "待市审核")
        for n in range(1, count + 1)
    ]
    staff = [(f"工作者{n}", "女", "副主任", "2024年1月1日至今", "48,000.00") for n in range(1, count + 1)]
    placed = []
    _pdf, pages, _page, _box = compose_street_return(
        offices,
        parse_period("2025"),
        street_code="150802001",
        street_name="新华街道",
        made_at=WHEN,
        standing=StandingBlock((("街道工作者", "3 人"),), Status.PASS, "达到标准"),
        staff=staff,
        watch=placed.append,
    )
    assert pages > 20
    _assert_bounded(placed)
    listed = _body(_pieces(placed, ["序号", "社区代码", "社区名称", "报表", "街道审核", "市级审核", "审核情况"]))
    assert [row[1] for row in listed] == [office.code for office in offices]
    roster = _body(_pieces(placed, ["序号", "姓名", "性别", "职务", "任职期间", "报酬（元）"]))
    assert [row[1] for row in roster] == [row[0] for row in staff]


_watching: list[str] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _watching is not None and event == "open" and isinstance(args[0], str | Path):
        _watching.append(str(args[0]))


def test_fonts_are_read_once_per_process(large_office: ReturnContent) -> None:
    """A second return in the same process does not read the 20 MB font files again."""
    global _watching  # noqa: PLW0603
    compose_return(large_office)  # the fonts are registered by now, whichever test ran first
    sys.addaudithook(_audit)  # (stays for the process; inert while _watching is None)
    _watching = []
    try:
        compose_return(large_office)
        opened = list(_watching)
    finally:
        _watching = None
    assert not [path for path in opened if Path(path).name in FONT_FILES.values()], opened


def test_reportlab_uses_its_c_accelerator() -> None:
    """rl-accel is installed: string widths, escaping and number formatting run in C (without it
    reportlab falls back to Python, about 9 s of a scale-100 return)."""
    used = accelerator()
    assert "instanceStringWidthTTF" in used["c"] and "fp_str" in used["c"]
    assert used["python"] == []
