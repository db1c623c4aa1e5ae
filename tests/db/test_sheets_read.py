"""Reading workbooks and CSV files as offices make them, and refusing the files that cannot be read."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from db.errors import ShequError
from db.sheets import read_sheet, sheet_names
from db.sheets.errors import (
    SheetEmpty,
    SheetEncrypted,
    SheetFileMissing,
    SheetNoHeader,
    SheetNotFound,
    SheetOldFormat,
    SheetTooLarge,
    SheetUnreadable,
)
from db.sheets.read import MAX_FILE_BYTES, find_header
from tests.support.sheets_support import make_id, write_xlsx

HEADER = ["序号", "姓 名", "性别", "身份证号码", "入党时间", "党员类别", "联系电话"]


def _members(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "党员.xlsx",
        [
            ["填报单位：胜利社区党委", None, None, None, "填报日期：2026.6.30"],
            [],
            HEADER,
            [1, "张三", "男", make_id(date(1980, 1, 1), 11), "2003.07", "在职", 13812345678],
            [],  # a blank row between records
            [2, "李四", "女", make_id(date(1985, 5, 5), 22), "2010年7月1日", "退休", "0478-8123456"],
            [None, None, None, None, None, None, None],
            ["合计", "2人"],
            ["填表人：王玥", None, None, "审核人：李娜"],
        ],
        title="胜利社区党员花名册",
        merge_title=7,
    )


def test_the_header_is_found_below_merged_title_rows(tmp_path: Path) -> None:
    sheet = read_sheet(_members(tmp_path))
    assert sheet.format == "xlsx"
    assert sheet.header_row == 4
    assert sheet.headers == tuple(HEADER)
    assert "胜利社区党员花名册" in sheet.title


def test_data_rows_keep_their_excel_row_numbers_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    sheet = read_sheet(_members(tmp_path))
    assert [row.number for row in sheet.rows] == [5, 7]
    assert sheet.rows[0].cells[1] == "张三"
    assert sheet.rows[1].cells[4] == "2010年7月1日"


def test_totals_and_footers_are_set_aside_with_a_reason(tmp_path: Path) -> None:
    sheet = read_sheet(_members(tmp_path))
    assert [(item.number, item.reason) for item in sheet.ignored] == [(9, "合计行"), (10, "表尾说明")]


def test_a_header_repeated_for_printing_is_set_aside(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [HEADER, [1, "张三", "男"], HEADER, [2, "李四", "女"]],
    )
    sheet = read_sheet(path)
    assert [row.number for row in sheet.rows] == [2, 4]
    assert [item.reason for item in sheet.ignored] == ["重复的表头"]


def test_an_explicit_header_row_overrides_the_search(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["名字", "电话号"], ["张三", "13812345678"]])
    with pytest.raises(SheetNoHeader):
        read_sheet(path)
    sheet = read_sheet(path, header_row=1)
    assert sheet.headers == ("名字", "电话号")
    assert len(sheet.rows) == 1


def test_the_sheet_that_looks_like_the_ledger_is_chosen(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "台账.xlsx",
        [["说明"], ["这个工作簿有三张表"]],
        sheet="封面",
        extra_sheets={
            "党员": [["姓名", "性别", "入党日期", "党员类别"], ["张三", "男", "2001-07-01", "在职"]],
            "经费": [["到账日期", "经费来源", "金额", "用途"], ["2026-03-01", "财政保障", 50000, "办公经费"]],
        },
    )
    assert sheet_names(path) == ["封面", "党员", "经费"]
    assert read_sheet(path).sheet_name == "党员"  # the most known columns (first of equals)
    assert read_sheet(path, kind_key="funding").sheet_name == "经费"
    assert read_sheet(path, "经费").headers[0] == "到账日期"
    with pytest.raises(SheetNotFound) as caught:
        read_sheet(path, "活动")
    assert "党员" in str(caught.value)


def test_hidden_sheets_are_not_offered(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["姓名", "性别"])
    workbook.active.append(["张三", "男"])
    hidden = workbook.create_sheet("选项")
    hidden.sheet_state = "hidden"
    hidden.append(["姓名", "性别", "民族"])
    path = tmp_path / "h.xlsx"
    workbook.save(path)
    assert sheet_names(path) == ["Sheet"]
    assert read_sheet(path).sheet_name == "Sheet"


# -- CSV -------------------------------------------------------------------------------------

CSV_TEXT = "胜利社区帮扶对象名单,,,\n姓名,性别,身份证号,困难类型\n张三,男,{id},低保\n\n李四,女,,特困\n"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig", "utf-16"])
def test_csv_in_the_encodings_excel_writes(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "帮扶对象.csv"
    path.write_bytes(CSV_TEXT.format(id=make_id(date(1950, 2, 3), 11)).encode(encoding))
    sheet = read_sheet(path)
    assert sheet.format == "csv"
    assert sheet.header_row == 2
    assert sheet.headers == ("姓名", "性别", "身份证号", "困难类型")
    assert [row.cells[0] for row in sheet.rows] == ["张三", "李四"]
    assert sheet.rows[1].cells[2] is None
    assert sheet.encoding == ("gb18030" if encoding.startswith("gb") else encoding.replace("-sig", ""))


def test_csv_with_tabs_and_quoted_cells(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text('姓名\t住址\t联系电话\n"张三"\t"胜利路1号, 2单元"\t13812345678\n', encoding="utf-8")
    sheet = read_sheet(path)
    assert sheet.rows[0].cells == ("张三", "胜利路1号, 2单元", "13812345678")


def test_a_csv_in_no_known_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes("姓名,性别\n".encode("gbk") + b"\x81\x20\xff\xfe\n")
    with pytest.raises(SheetUnreadable) as caught:
        read_sheet(path)
    assert "CSV UTF-8" in str(caught.value)


# -- bad files ---------------------------------------------------------------------------------

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ole2(path: Path, streams: list[str]) -> Path:
    body = OLE2 + b"\x00" * 504
    for name in streams:
        body += name.encode("utf-16-le") + b"\x00" * 64
    path.write_bytes(body + b"\x00" * 2048)
    return path


def test_an_old_xls_workbook_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = _ole2(tmp_path / "旧台账.xls", ["Workbook", "SummaryInformation"])
    with pytest.raises(SheetOldFormat) as caught:
        read_sheet(path)
    message = str(caught.value)
    assert "旧台账.xls" in message and ".xlsx" in message and "另存为" in message and "没有写入" in message


def test_a_password_protected_workbook_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = _ole2(tmp_path / "加密.xlsx", ["EncryptionInfo", "EncryptedPackage"])
    with pytest.raises(SheetEncrypted) as caught:
        read_sheet(path)
    assert "密码" in str(caught.value) and "清空密码" in str(caught.value)


def test_an_html_table_saved_as_xls_is_an_old_format(tmp_path: Path) -> None:
    path = tmp_path / "导出.xls"
    path.write_text("<html><table><tr><td>姓名</td></tr></table></html>", encoding="utf-8")
    with pytest.raises(SheetOldFormat):
        read_sheet(path)


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "大表.xlsx"
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    assert path.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(SheetTooLarge) as caught:
        read_sheet(path)
    assert "50.0 MB" in str(caught.value) and "拆成" in str(caught.value)


def test_too_many_rows_are_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["姓名", "性别"], *[[f"人{i}", "男"] for i in range(30)]])
    with pytest.raises(SheetTooLarge):
        read_sheet(path, max_rows=20)


def test_a_sheet_with_no_header_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "无表头.xlsx",
        [["张三", "男", make_id(date(1980, 1, 1), 11), "2003-07-01"], ["李四", "女", None, "2010-07-01"]],
    )
    with pytest.raises(SheetNoHeader) as caught:
        read_sheet(path)
    assert "无表头.xlsx" in str(caught.value) and "列名" in str(caught.value)


def test_a_header_without_data_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "空.xlsx", [["姓名", "性别", "身份证号"], [], []])
    with pytest.raises(SheetEmpty):
        read_sheet(path)


def test_missing_damaged_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(SheetFileMissing):
        read_sheet(tmp_path / "没有.xlsx")
    damaged = tmp_path / "坏.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + os.urandom(300))
    with pytest.raises(SheetUnreadable):
        read_sheet(damaged)
    empty = tmp_path / "空.csv"
    empty.write_bytes(b"")
    with pytest.raises(SheetUnreadable):
        read_sheet(empty)
    not_excel = tmp_path / "照片.xlsx"
    not_excel.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(SheetUnreadable):
        read_sheet(not_excel)


def test_every_refusal_is_a_shequ_error_with_one_line(tmp_path: Path) -> None:
    for path in (_ole2(tmp_path / "a.xls", ["Workbook"]), _ole2(tmp_path / "b.xlsx", ["EncryptedPackage"])):
        with pytest.raises(ShequError) as caught:
            read_sheet(path)
        assert "\n" not in str(caught.value)


def test_find_header_prefers_the_row_naming_most_columns() -> None:
    top = [["胜利社区花名册"], ["姓名", "备注"], ["姓名", "性别", "身份证号", "联系电话"], ["张三", "男", "x", "y"]]
    assert find_header(top) == (2, 4)
    assert find_header([["张三", "男"], ["李四", "女"]]) is None


def test_a_two_row_header_takes_the_lower_names(tmp_path: Path) -> None:
    path = tmp_path / "场所.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["场所名称", "场所类型", "面积", "建设资金（元）", None, None, None, "备注"])
    sheet.append([None, None, None, "上级争取", "地方财政投入", "结对部门帮扶", "街道自筹", None])
    sheet.append(["党群服务中心", "社区服务中心", 320, 100000, 50000, None, 20000, None])
    for column in ("A", "B", "C", "H"):
        sheet.merge_cells(f"{column}1:{column}2")
    sheet.merge_cells("D1:G1")
    workbook.save(path)
    read = read_sheet(path)
    assert read.header_row == 1
    assert read.headers == (
        "场所名称",
        "场所类型",
        "面积",
        "上级争取",
        "地方财政投入",
        "结对部门帮扶",
        "街道自筹",
        "备注",
    )
    assert [row.number for row in read.rows] == [3]


def test_an_explicit_header_row_far_down(tmp_path: Path) -> None:
    rows: list[list[object]] = [[f"说明第 {n} 行"] for n in range(1, 40)]
    path = write_xlsx(tmp_path / "a.xlsx", [*rows, ["姓名", "性别"], ["张三", "男"]])
    with pytest.raises(SheetNoHeader):
        read_sheet(path)
    sheet = read_sheet(path, header_row=40)
    assert sheet.headers == ("姓名", "性别") and [row.number for row in sheet.rows] == [41]


def test_a_workbook_under_another_name_is_read_as_a_workbook(tmp_path: Path) -> None:
    rows = [["姓名", "性别", "身份证号"], ["张三", "男", make_id(date(1980, 1, 1))]]
    workbook = write_xlsx(tmp_path / "花名册.xlsx", rows)
    for name in ("花名册.csv", "花名册"):
        renamed = tmp_path / name
        renamed.write_bytes(workbook.read_bytes())
        sheet = read_sheet(renamed)
        assert sheet.format == "xlsx" and sheet.headers[:3] == ("姓名", "性别", "身份证号") and len(sheet.rows) == 1
        renamed.unlink()  # the file was let go (on Windows an open file cannot be removed)
