"""Nothing from outside costs more than a known budget (db/sheets/budgets.py).

Every hostile spreadsheet below — zip bombs, XML made to be kept, a part whose header lies about
its size, CSV files of commas or one endless line — is read in a child process, which must refuse it
with its own Chinese message while its peak memory stays under 300 MB (a bound on memory, measured
by the kernel, never a timing). A real 20,000-row ledger is still imported.
"""

from __future__ import annotations

import json
import os
import random
import struct
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from db.audit import Actor
from db.models import Resident
from db.sheets import budgets, build_preview, commit_preview
from db.sheets.plan import plan_import
from db.store import Store
from tests.support.memory_report import record
from tests.support.sheets_support import OFFICE_CODE, TODAY, make_id, set_up_office

ROOT = Path(__file__).resolve().parents[2]
PEAK_LIMIT_MB = 300
MB = 1024 * 1024
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"

# The child reads the file and reports the refusal and its own peak resident memory: VmHWM is the
# high-water mark of this process's memory alone (ru_maxrss on Linux also keeps the parent's peak
# across exec).
CHILD = """
import json, sys
from db.sheets import read_sheet
from db.sheets.errors import SheetError
try:
    sheet = read_sheet(sys.argv[1])
    outcome = {"error": None, "rows": len(sheet.rows)}
except SheetError as exc:
    outcome = {"error": type(exc).__name__, "message": str(exc)}
peak = None
try:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
except OSError:
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
outcome["peak_mb"] = peak
print(json.dumps(outcome, ensure_ascii=False))
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read from /proc or getrusage")


def _read_in_child(path: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    outcome: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    record(f"spreadsheet {path.name}: {outcome.get('error')} — peak {outcome['peak_mb']:.0f} MB")
    return outcome


def _refused(path: Path, error: str, *words: str) -> str:
    outcome = _read_in_child(path)
    assert outcome["error"] == error, outcome
    message = str(outcome["message"])
    assert "\n" not in message and path.name in message and "没有写入任何数据" in message
    for word in words:
        assert word in message, message
    assert outcome["peak_mb"] < PEAK_LIMIT_MB
    return message


# -- workbooks made to hurt ----------------------------------------------------------------


def _base_workbook(path: Path) -> Path:
    """A small real workbook (shared strings, styles) whose parts the bombs replace."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["姓名", "性别", "身份证号"])
    sheet.append(["张三", "男", make_id(date(1980, 1, 1))])
    workbook.save(path)
    return path


def _repeat(head: bytes, unit: bytes, tail: bytes, size: int) -> Iterator[bytes]:
    yield head
    chunk = unit * max(1, (1 << 20) // len(unit))
    written = 0
    while written < size:
        yield chunk
        written += len(chunk)
    yield tail


def _bomb(path: Path, replaced: dict[str, Iterable[bytes]], shared_strings: str = "xl/sharedStrings.xml") -> Path:
    """A copy of a small real workbook with the ``replaced`` parts streamed in (deflate packs
    repeated bytes a thousand times smaller); ``shared_strings`` names the shared strings part."""
    override = f'<Override PartName="/{shared_strings}" ContentType="{SHARED_STRINGS_TYPE}"/></Types>'.encode()
    base = _base_workbook(path.with_name("base-" + path.name))
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in replaced:
                data = source.read(info.filename)
                if info.filename == "[Content_Types].xml" and shared_strings in replaced:
                    data = data.replace(b"</Types>", override)
                target.writestr(info.filename, data)
        for name, pieces in replaced.items():
            with target.open(name, "w") as part:
                for piece in pieces:
                    part.write(piece)
    base.unlink()
    return path


def _sst(unit: bytes, size: int) -> Iterator[bytes]:
    return _repeat(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode(), unit, b"</sst>", size)


def _worksheet(rows: Iterable[bytes]) -> Iterator[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'.encode()
    yield b'<row r="1"><c r="A1" t="inlineStr"><is><t>\xe5\xa7\x93\xe5\x90\x8d</t></is></c>'
    yield b'<c r="B1" t="inlineStr"><is><t>\xe6\x80\xa7\xe5\x88\xab</t></is></c></row>'  # 姓名 性别
    yield from rows
    yield b"</sheetData></worksheet>"


def test_a_300_kb_workbook_with_300_mb_of_shared_strings_is_refused_unread(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "共享字符串.xlsx", {"xl/sharedStrings.xml": _sst(b"<si><t>ab</t></si>", 300 * MB)})
    assert path.stat().st_size < 2 * MB
    _refused(path, "SheetPartTooLarge", "xl/sharedStrings.xml", "64 MB", "选择性粘贴")


def test_shared_strings_within_their_size_but_too_many_to_keep_are_refused(tmp_path: Path) -> None:
    strings = (f"<si><t>{n}</t></si>".encode() for n in range(budgets.MAX_SHARED_STRINGS + 10))
    path = _bomb(tmp_path / "字符串太多.xlsx", {"xl/sharedStrings.xml": [f'<sst xmlns="{MAIN}">'.encode(), *strings]})
    _refused(path, "SheetPartTooComplex", "xl/sharedStrings.xml", f"{budgets.MAX_SHARED_STRINGS:,}")


def test_a_worksheet_bomb_is_refused_by_its_compression_ratio(tmp_path: Path) -> None:
    rows = _repeat(b"", b'<row><c t="n"><v>1</v></c></row>', b"", 200 * MB)
    path = _bomb(tmp_path / "工作表.xlsx", {"xl/worksheets/sheet1.xml": _worksheet(rows)})
    _refused(path, "SheetSuspicious", "xl/worksheets/sheet1.xml", f"{budgets.MAX_RATIO:,} 倍")


def test_a_part_whose_header_lies_about_its_size_is_read_no_further_than_declared(tmp_path: Path) -> None:
    name = b"xl/sharedStrings.xml"
    path = _bomb(tmp_path / "谎报.xlsx", {name.decode(): _sst(b"<si><t>ab</t></si>", 300 * MB)})
    data = bytearray(path.read_bytes())
    # The central directory and the local header both say 4 KB; the deflate stream holds 300 MB.
    central = -1
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        (name_length,) = struct.unpack("<H", data[at + 28 : at + 30])
        if data[at + 46 : at + 46 + name_length] == name:
            central = at
            break
        at += 4
    assert central >= 0
    (local,) = struct.unpack("<I", data[central + 42 : central + 46])
    data[central + 24 : central + 28] = struct.pack("<I", 4096)
    data[local + 22 : local + 26] = struct.pack("<I", 4096)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(name.decode()).file_size == 4096  # what the directory declares
    _refused(path, "SheetPartDamaged", "xl/sharedStrings.xml", "另存为")


def test_a_part_is_read_no_further_than_the_limit_of_what_it_is_whatever_its_name(tmp_path: Path) -> None:
    # 70 MB of shared strings under another name: within a worksheet's size and a real ratio, the
    # directory lets it pass; its first element makes it shared strings, read to 64 MB at most.
    noise = random.Random(7)
    strings = (b"<si><t>" + noise.randbytes(8_000).hex().encode() + b"a" * 16_000 + b"</t></si>" for _ in range(2_300))
    part = [f'<sst xmlns="{MAIN}">'.encode(), *strings, b"</sst>"]
    path = _bomb(tmp_path / "改名.xlsx", {"xl/strings.xml": part}, shared_strings="xl/strings.xml")
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/strings.xml").file_size > 64 * MB
    _refused(path, "SheetPartTooLarge", "xl/strings.xml", "64 MB")


def test_a_styles_part_of_too_many_formats_is_refused(tmp_path: Path) -> None:
    formats = (
        f'<xf numFmtId="{n % 200}" fontId="0" fillId="0" borderId="{n % 7}" xfId="0"/>'.encode()
        for n in range(budgets.MAX_PART_ELEMENTS + 10)
    )
    styles = [f'<styleSheet xmlns="{MAIN}"><cellXfs>'.encode(), *formats, b"</cellXfs></styleSheet>"]
    path = _bomb(tmp_path / "格式.xlsx", {"xl/styles.xml": styles})
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/styles.xml")
        assert info.file_size < budgets.MAX_PART_BYTES  # within its size: only counting the elements stops it
    _refused(path, "SheetPartTooComplex", "xl/styles.xml", f"{budgets.MAX_PART_ELEMENTS:,}")


def test_a_styles_bomb_is_refused_by_its_compression_ratio(tmp_path: Path) -> None:
    styles = _repeat(f'<styleSheet xmlns="{MAIN}"><cellXfs>'.encode(), b"<xf/>", b"</cellXfs></styleSheet>", 12 * MB)
    _refused(_bomb(tmp_path / "格式炸弹.xlsx", {"xl/styles.xml": styles}), "SheetSuspicious", "xl/styles.xml")


def test_a_row_number_past_excels_last_row_is_refused(tmp_path: Path) -> None:
    rows = [b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'.replace(b'r="1"', b'r="99999999"')]
    path = _bomb(tmp_path / "行号.xlsx", {"xl/worksheets/sheet1.xml": _worksheet(rows)})
    _refused(path, "SheetTooManyRows", "1,048,576")


def test_a_row_of_more_cells_than_excel_has_columns_is_refused(tmp_path: Path) -> None:
    row = b'<row r="2">' + b"<c><v>1</v></c>" * 20_000 + b"</row>"
    path = _bomb(tmp_path / "列太多.xlsx", {"xl/worksheets/sheet1.xml": _worksheet([row])})
    _refused(path, "SheetTooManyColumns", "16,384")


def _noise(size: int) -> bytes:
    """Hex digits that deflate packs only about twice: no compression ratio gives them away."""
    return random.Random(size).randbytes(size // 2).hex().encode()


def test_a_huge_cell_is_refused(tmp_path: Path) -> None:
    cell = b'<row r="2"><c r="A2" t="inlineStr"><is><t>' + _noise(2 * MB) + b"</t></is></c></row>"
    path = _bomb(tmp_path / "大单元格.xlsx", {"xl/worksheets/sheet1.xml": _worksheet([cell])})
    _refused(path, "SheetCellTooLarge", "第 2 行", "32,767")


def test_a_tag_that_never_ends_is_refused(tmp_path: Path) -> None:
    row = b'<row r="2"><c r="A2" s="' + _noise(20 * MB) + b'"/></row>'
    path = _bomb(tmp_path / "长标签.xlsx", {"xl/worksheets/sheet1.xml": _worksheet([row])})
    _refused(path, "SheetTagTooLong", "xl/worksheets/sheet1.xml", "1 MB")


def test_entities_are_never_expanded(tmp_path: Path) -> None:
    assert openpyxl.DEFUSEDXML  # openpyxl parses with defusedxml (a dependency) when it is installed
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    dtd = f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY l0 "ha">{laughs}]>'
    part = [dtd.encode(), f'<sst xmlns="{MAIN}"><si><t>&l9;</t></si></sst>'.encode()]
    _refused(_bomb(tmp_path / "实体.xlsx", {"xl/sharedStrings.xml": part}), "SheetPartDamaged", "xl/sharedStrings.xml")


# -- CSV files made to hurt --------------------------------------------------------------


def _write(path: Path, pieces: Iterable[bytes]) -> Path:
    with path.open("wb") as handle:
        for piece in pieces:
            handle.write(piece)
    return path


def test_a_29_mb_csv_of_commas_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "逗号.csv", [b"\xe5\xa7\x93\xe5\x90\x8d,\xe6\x80\xa7\xe5\x88\xab\n", b"," * (29 * MB)])
    _refused(path, "SheetLineTooLong", "第 2 行", f"{budgets.MAX_LINE_CHARS:,}")


def test_lines_of_commas_each_within_the_line_limit_are_refused(tmp_path: Path) -> None:
    line = b"," * (budgets.MAX_LINE_CHARS - 10) + b"\n"
    path = _write(tmp_path / "逗号行.csv", [line] * 29)
    _refused(path, "SheetTooManyColumns", "16,384")


def test_a_single_29_mb_line_is_refused_in_chinese(tmp_path: Path) -> None:
    path = _write(tmp_path / "一行.csv", [b"a" * (29 * MB)])
    _refused(path, "SheetLineTooLong", "第 1 行", "另存为")


def test_a_huge_field_is_refused(tmp_path: Path) -> None:
    # one quoted field running over many short lines: no line is long, the record is
    field = b'"' + b"\xe5\xad\x97\xe5\xad\x97\xe5\xad\x97\n" * (3 * MB // 4) + b'"'
    path = _write(tmp_path / "大字段.csv", [b"\xe5\xa7\x93\xe5\x90\x8d,\xe5\xa4\x87\xe6\xb3\xa8\n\xe5\xbc\xa0,", field])
    _refused(path, "SheetCellTooLarge", "32,767")


@pytest.mark.parametrize("length", [budgets.MAX_CELL_CHARS + 1, 200_000])
def test_a_field_over_the_cell_limit_on_one_line_is_refused(tmp_path: Path, length: int) -> None:
    path = _write(tmp_path / "长字段.csv", ["姓名,备注\n张三,".encode(), b"y" * length, b"\n"])
    _refused(path, "SheetCellTooLarge", "第 2 行", "32,767")


def test_too_many_csv_rows_are_refused(tmp_path: Path) -> None:
    lines = (f"人{n},男\n".encode() for n in range(budgets.MAX_ROWS + 5))
    path = _write(tmp_path / "行太多.csv", ["姓名,性别\n".encode(), *lines])
    _refused(path, "SheetTooManyRows", f"{budgets.MAX_ROWS:,}")


def test_millions_of_empty_lines_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "空行.csv", ["姓名,性别\n张三,男\n".encode(), b"\n" * (budgets.MAX_SHEET_ROWS + 10)])
    _refused(path, "SheetTooManyRows", "1,048,576")


# -- the real thing still goes in ----------------------------------------------------------

RESIDENT_ROWS = 20_000


def _residents(path: Path) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("居民")
    sheet.append(["姓名", "性别", "身份证号", "出生日期", "家庭住址", "联系电话", "人员类别"])
    born = date(1950, 1, 1)
    for n in range(RESIDENT_ROWS):
        birth = born + timedelta(days=n % 20_000)
        sheet.append(
            [f"居民{n}", "男" if n % 2 else "女", make_id(birth, n % 1000), birth, f"胜利路{n}号", None, "低保户"]
        )
    workbook.save(path)
    return path


def test_a_real_20000_row_workbook_is_read_within_budget(tmp_path: Path) -> None:
    path = _residents(tmp_path / "居民.xlsx")
    outcome = _read_in_child(path)
    assert outcome["error"] is None and outcome["rows"] == RESIDENT_ROWS
    assert outcome["peak_mb"] < PEAK_LIMIT_MB


def test_a_real_20000_row_workbook_imports(store: Store, actor: Actor, tmp_path: Path) -> None:
    set_up_office(store)
    plan = plan_import(_residents(tmp_path / "居民.xlsx"))
    assert plan.kind_key == "residents" and len(plan.sheet.rows) == RESIDENT_ROWS
    with store.session(actor) as session:
        preview = build_preview(session, plan.sheet, plan.require_mapping(), office_code=OFFICE_CODE, today=TODAY)
    assert preview.counts.create == RESIDENT_ROWS, preview.counts
    with store.session(actor) as session:
        commit_preview(session, preview)
        assert session.execute(select(func.count()).select_from(Resident)).scalar_one() == RESIDENT_ROWS
