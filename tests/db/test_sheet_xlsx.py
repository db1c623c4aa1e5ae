"""The fast cell reader (db/sheets/xlsx.py) gives exactly what openpyxl's read-only mode gives.

Each workbook is read both ways — openpyxl's ``load_workbook(read_only=True, data_only=True)``,
``reset_dimensions()`` and ``iter_rows(values_only=True)``, and the import's own reader through
the budgeted zip — and the rows (numbers, gaps, widths, values and their types) compared.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from db.sheets.errors import SheetUnreadable
from db.sheets.read import _open_workbook, read_sheet
from db.sheets.xlsx import QuickSheet, sheet_values
from tests.support.xlsx_parts import MAIN, replace_parts, share_strings


def _openpyxl_rows(path: Path) -> list[list[tuple[int, tuple[Any, ...]]]]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        found = []
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()
            found.append([(number, tuple(row)) for number, row in enumerate(sheet.iter_rows(values_only=True), 1)])
        return found
    finally:
        workbook.close()


def _quick_rows(path: Path) -> list[list[tuple[int, tuple[Any, ...]]]]:
    workbook = _open_workbook(path)
    try:
        assert all(isinstance(sheet, QuickSheet) for sheet in workbook.worksheets)
        return [[(number, tuple(row)) for number, row in sheet_values(sheet)] for sheet in workbook.worksheets]
    finally:
        workbook.close()


def _typed(rows: list[list[tuple[int, tuple[Any, ...]]]]) -> list[list[tuple[int, tuple[Any, ...]]]]:
    """The rows with each value's type beside it (1 == 1.0 == True would hide a difference)."""
    return [[(number, tuple((type(value), value) for value in row)) for number, row in sheet] for sheet in rows]


def _assert_same(path: Path) -> list[list[tuple[int, tuple[Any, ...]]]]:
    expected = _openpyxl_rows(path)
    assert _typed(_quick_rows(path)) == _typed(expected)
    return expected


def _replace_part(path: Path, part: str, xml: str) -> None:
    replace_parts(path, {part: xml.encode("utf-8")})


def test_a_workbook_with_shared_strings_dates_numbers_and_gaps(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "党员"
    sheet.append(["胜利社区党员花名册"])
    sheet.append([])
    sheet.append(["序号", "姓名", "出生日期", "入党时间", "报酬", "是否", "时长", "备注"])
    sheet.append([1, "张三", date(1980, 1, 2), datetime(2003, 7, 1, 9, 30), 1200.5, True, timedelta(hours=30), None])
    sheet.append([2, "李四", "1985.5.5", time(8, 15), 0, False, None, "  留空  "])
    sheet["J9"] = "远处的单元格"
    sheet["C12"] = "=A4+A5"  # a formula: no value stored
    sheet["D12"] = "#N/A"
    sheet["E12"] = 1e20
    sheet["F12"] = -3
    sheet["B13"] = CellRichText(["张", TextBlock(InlineFont(b=True), "三丰")])
    sheet.cell(row=14, column=3).number_format = "yyyy-mm-dd"  # a style alone: no cell value
    workbook.create_sheet("空表")
    path = tmp_path / "混合.xlsx"
    workbook.save(path)
    _assert_same(path)  # openpyxl's own file: every text inline
    assert share_strings(path) > 10  # as Excel saves it
    with zipfile.ZipFile(path) as archive:
        assert b"inlineStr" in archive.read("xl/worksheets/sheet1.xml")  # the rich text stays inline
        assert b"<si><t>" in archive.read("xl/sharedStrings.xml")
    rows = _assert_same(path)
    assert rows[0][3][1][:6] == (1, "张三", datetime(1980, 1, 2), datetime(2003, 7, 1, 9, 30), 1200.5, True)
    assert rows[0][8][1][9] == "远处的单元格"


def test_a_write_only_workbook_with_inline_strings_and_no_dimension(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("帮扶对象")
    sheet.append(["困难群众帮扶对象花名册"])
    sheet.append(["序号", "姓  名", "出生年月", "联系电话"])
    for number in range(1, 60):
        sheet.append([number, f"王{number}", date(1950, 1, 1) + timedelta(days=number), 13800000000 + number])
        if number % 7 == 0:
            sheet.append([])
    path = tmp_path / "帮扶.xlsx"
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        assert b"<dimension" not in archive.read("xl/worksheets/sheet1.xml")
    _assert_same(path)


def test_hand_written_xml_as_other_programs_write_it(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active["A1"] = "共享"
    path = tmp_path / "手写.xlsx"
    workbook.save(path)
    share_strings(path)  # one shared string
    xml = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}"><dimension ref="A1:B2"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c>
<c r="C1" t="inlineStr"><is><t>plain</t><r><t>run</t></r><rPh sb="0" eb="1"><t>PH</t></rPh></is></c></row>
<row><c t="str"><v>formula text</v></c><c t="e"><v>#DIV/0!</v></c><c t="b"><v>1</v></c><c><v>1.5E3</v></c></row>
<row r="5"><c r="B5" t="d"><v>2026-03-01T00:00:00</v></c><c r="A5"><v>7</v></c></row>
<row r="4"><c r="A4"><v>9</v></c></row>
<row r="7" spans="1:3"/>
<row r="8"><c r="A8" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve"> 两 </t></r><r><t>段</t></r></is></c>
<c r="B8" t="inlineStr"/><c r="C8"><v></v></c><c r="D8" t="n"/></row>
</sheetData></worksheet>"""
    _replace_part(path, "xl/worksheets/sheet1.xml", xml)
    rows = _assert_same(path)[0]
    assert rows[0] == (1, ("共享", None, "plainrun"))
    assert rows[4][0] == 5 and rows[5] == (6, ())  # row 4 came late (left out); row 6 missing


def test_a_1904_workbook_reads_its_dates(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.epoch = datetime(1904, 1, 1)
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["日期", "姓名"])
    sheet.append([date(2020, 5, 6), "赵"])
    path = tmp_path / "1904.xlsx"
    workbook.save(path)
    assert _assert_same(path)[0][1][1][0] == datetime(2020, 5, 6)


def test_a_shared_string_that_does_not_exist_is_a_damaged_workbook(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["姓名", "性别"])
    path = tmp_path / "坏.xlsx"
    workbook.save(path)
    share_strings(path)
    xml = (
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
        '<c r="B1" t="s"><v>99</v></c></row></sheetData></worksheet>'
    )
    _replace_part(path, "xl/worksheets/sheet1.xml", xml)
    with pytest.raises(SheetUnreadable):
        read_sheet(path)
