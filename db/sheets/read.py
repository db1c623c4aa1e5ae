"""Reading an office's sheet: ``.xlsx`` workbooks (openpyxl, read-only) and ``.csv`` files.

:func:`read_sheet` returns a :class:`SheetData`: the header row, found past merged title rows
(``胜利社区党员花名册``, ``填报单位：…``) as the first of the top rows that names at least two
known columns; the data rows under it with their row numbers as Excel shows them; and the rows
left out on purpose — totals (``合计``), footers (``填表人：…``), a header repeated for printing.
Blank rows are skipped.

CSV files are read as UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), or
GB18030 — a superset of the GBK that Excel on Chinese Windows writes; the separator (comma, tab,
semicolon) is recognised.

Before anything is parsed the file is checked: a missing file, an ``.xls`` of Excel 97–2003, a
workbook with an opening password (both OLE2 containers), a file over :data:`MAX_FILE_BYTES` or a
sheet over :data:`MAX_ROWS` rows are refused with a message saying what to do
(:mod:`db.sheets.errors`). Nothing here touches the database.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db import kinds
from db.sheets.convert import is_blank, text_of
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
from db.sheets.spec import is_known_header, normalize_header

MAX_FILE_BYTES = 30 * 1024 * 1024  # a 100,000-row ledger is well under 15 MB as .xlsx or .csv
MAX_ROWS = 200_000
MAX_SHEET_XML_BYTES = 1024 * 1024 * 1024  # uncompressed worksheets (guards against a zip bomb)
HEADER_SCAN_ROWS = 30  # the header must be within the first rows
MIN_HEADER_MATCHES = 2

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))

_SUMMARY_WORDS = ("合计", "总计", "小计", "总数", "累计")
_FOOTER_WORDS = (
    "填表人",
    "填报人",
    "制表人",
    "审核人",
    "审核",
    "负责人",
    "单位负责人",
    "填表日期",
    "填报日期",
    "制表日期",
    "填报单位",
    "联系电话",
    "注",
    "说明",
    "备注",
)


@dataclass(frozen=True)
class SourceRow:
    """One data row: its row number as Excel shows it (in a CSV file, the record's line) and its
    cells, one per header column (None for an empty cell)."""

    number: int
    cells: tuple[Any, ...]


@dataclass(frozen=True)
class IgnoredRow:
    """A row under the header left out on purpose (a total, a footer, a repeated header)."""

    number: int
    reason: str
    text: str


@dataclass
class SheetData:
    """A sheet as read: where its header is, its headers and its data rows."""

    path: Path
    format: str  # "xlsx" or "csv"
    sheet_name: str  # "" for a CSV file
    sheet_names: tuple[str, ...]  # the workbook's visible sheets ((), for a CSV file)
    header_row: int  # 1-based row number of the header
    headers: tuple[str, ...]  # the header texts as written ("" for a column without one)
    rows: list[SourceRow]
    ignored: list[IgnoredRow] = field(default_factory=list)
    title: str = ""  # the text of the rows above the header (a merged title row)
    encoding: str | None = None  # CSV only

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def source_label(self) -> str:
        """``台账.xlsx（党员）`` — the file and, for a workbook of several sheets, the sheet."""
        if self.format == "xlsx" and len(self.sheet_names) > 1:
            return f"{self.path.name}（{self.sheet_name}）"
        return self.path.name


# ---------------------------------------------------------------------------------------
# The file itself


def _human_size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


def check_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The file's format (``"xlsx"`` or ``"csv"``) after the checks every import makes first.

    Raises a :class:`~db.sheets.errors.SheetError` for a missing file, an ``.xls``, a workbook with
    a password, a file over ``max_bytes``, or a file that is neither a workbook nor text.
    """
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SheetFileMissing(str(path)) from None
    except OSError as exc:
        raise SheetUnreadable(name, exc.strerror or str(exc)) from None
    if not path.is_file():
        raise SheetFileMissing(str(path))
    if size > max_bytes:
        raise SheetTooLarge(name, _human_size(size), _human_size(max_bytes))
    if size == 0:
        raise SheetUnreadable(name, "文件是空的")
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            content = head + handle.read() if head == _OLE2_MAGIC else b""
    except PermissionError:
        raise SheetUnreadable(name, "文件正被其他程序占用，或没有读取权限") from None
    except OSError as exc:
        raise SheetUnreadable(name, exc.strerror or str(exc)) from None
    if head == _OLE2_MAGIC:
        if any(stream in content for stream in _ENCRYPTED_STREAMS):
            raise SheetEncrypted(name)
        raise SheetOldFormat(name)
    suffix = path.suffix.lower()
    if head.startswith(_ZIP_MAGIC):
        if suffix in (".xlsb", ".ods", ".numbers"):
            raise SheetUnreadable(name, f"不支持 {suffix} 格式，请另存为 .xlsx")
        return "xlsx"
    if suffix in (".xlsx", ".xlsm"):
        raise SheetUnreadable(name, "文件不是有效的 Excel 工作簿，可能已损坏")
    if suffix == ".xls" or head.lstrip().lower().startswith((b"<html", b"<?xml", b"<table")):
        raise SheetOldFormat(name)  # an .xls, or an HTML / XML table saved with the .xls name
    return "csv"


# ---------------------------------------------------------------------------------------
# Finding the header


def _row_texts(cells: Sequence[Any]) -> list[str]:
    return [text_of(cell) for cell in cells]


def header_score(cells: Sequence[Any], kind_key: str | None = None, remembered: Iterable[str] = ()) -> int:
    """How many cells of a row name a known column (of ``kind_key``, or of any kind)."""
    known = set(remembered)
    seen: set[str] = set()
    for text in _row_texts(cells):
        normalized = normalize_header(text)
        if not normalized or normalized in seen:
            continue
        if normalized in known or is_known_header(normalized, kind_key):
            seen.add(normalized)
    return len(seen)


def find_header(
    top: Sequence[Sequence[Any]], kind_key: str | None = None, remembered: Iterable[str] = ()
) -> tuple[int, int] | None:
    """(index in ``top``, score) of the header among the top rows, or None when there is none.

    The header is the row naming the most known columns (the first of equals), at least
    :data:`MIN_HEADER_MATCHES`; with ``kind_key`` that kind's columns count, and when none
    qualifies any kind's.
    """
    wanted = list(remembered)
    for scope in [kind_key, None] if kind_key is not None else [None]:
        best: tuple[int, int] | None = None
        for index, cells in enumerate(top[:HEADER_SCAN_ROWS]):
            score = header_score(cells, scope, wanted)
            if score >= MIN_HEADER_MATCHES and (best is None or score > best[1]):
                best = (index, score)
        if best is not None:
            return best
    return None


def _is_sub_header(texts: list[str], kind_key: str | None, remembered: Iterable[str]) -> bool:
    """Whether the row under a header is the lower half of a two-row header: every filled cell
    names a known column."""
    known = set(remembered)
    filled = [normalize_header(text) for text in texts if text]
    return bool(filled) and all(
        text in known or is_known_header(text, kind_key) or is_known_header(text) for text in filled
    )


def _ignored_reason(texts: list[str], header_keys: tuple[str, ...]) -> str | None:
    filled = [text for text in texts if text]
    if not filled:
        return None
    first = normalize_header(filled[0])
    if any(first.startswith(word) for word in _SUMMARY_WORDS) and len(first) <= 6:
        return "合计行"
    normalized = tuple(normalize_header(text) for text in texts)
    if normalized[: len(header_keys)] == header_keys:
        return "重复的表头"
    if len(filled) <= 2 and any(":" in text or "：" in text for text in filled):
        for text in filled:
            stripped = text.replace(" ", "").replace("\u3000", "")
            if stripped.startswith(_FOOTER_WORDS):
                return "表尾说明"
    return None


def _build(
    path: Path,
    fmt: str,
    sheet_name: str,
    sheet_names: tuple[str, ...],
    rows: Iterator[tuple[int, Sequence[Any]]],
    *,
    kind_key: str | None,
    header_row: int | None,
    remembered: Iterable[str],
    max_rows: int,
    encoding: str | None = None,
) -> SheetData:
    top: list[tuple[int, Sequence[Any]]] = []
    for number, cells in rows:
        top.append((number, cells))
        if (number >= header_row + 1) if header_row is not None else len(top) >= HEADER_SCAN_ROWS:
            break
    if header_row is not None:
        found = [index for index, (number, _cells) in enumerate(top) if number == header_row]
        if not found:
            raise SheetNoHeader(path.name, sheet_name, header_row)
        header_index = found[0]
    else:
        located = find_header([cells for _number, cells in top], kind_key, remembered)
        if located is None:
            raise SheetNoHeader(path.name, sheet_name, HEADER_SCAN_ROWS)
        header_index = located[0]
    header_number, header_cells = top[header_index]
    headers = [text_of(cell) for cell in header_cells]
    first_data = header_index + 1
    if header_row is None and first_data < len(top):
        below = _row_texts(top[first_data][1])
        if _is_sub_header(below, kind_key, remembered):
            # a two-row header: "建设资金" over "上级争取 | 地方财政 …"; the lower row names those columns
            headers += [""] * (len(below) - len(headers))
            headers = [
                low or high for high, low in zip(headers, below + [""] * (len(headers) - len(below)), strict=True)
            ]
            first_data += 1
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    title = " ".join(" ".join(text for text in _row_texts(cells) if text) for _n, cells in top[:header_index]).strip()
    header_keys = tuple(normalize_header(text) for text in headers)

    data: list[SourceRow] = []
    ignored: list[IgnoredRow] = []

    def take(number: int, cells: Sequence[Any]) -> None:
        row = tuple(cells[:width]) + (None,) * (width - len(cells)) if len(cells) < width else tuple(cells[:width])
        if all(is_blank(cell) for cell in row):
            return
        texts = _row_texts(row)
        reason = _ignored_reason(texts, header_keys)
        if reason is not None:
            ignored.append(IgnoredRow(number, reason, " ".join(text for text in texts if text)[:60]))
            return
        if len(data) >= max_rows:
            raise SheetTooLarge(path.name, f"超过 {max_rows:,} 行", f"{max_rows:,} 行")
        data.append(SourceRow(number, tuple(None if is_blank(cell) else cell for cell in row)))

    for number, cells in top[first_data:]:
        take(number, cells)
    for number, cells in rows:
        take(number, cells)
    if not data:
        raise SheetEmpty(path.name, sheet_name)
    return SheetData(
        path=path,
        format=fmt,
        sheet_name=sheet_name,
        sheet_names=sheet_names,
        header_row=header_number,
        headers=tuple(headers),
        rows=data,
        ignored=ignored,
        title=title,
        encoding=encoding,
    )


# ---------------------------------------------------------------------------------------
# Workbooks


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist() if info.filename.startswith("xl/worksheets/"))
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise SheetUnreadable(path.name, "文件不是有效的 Excel 工作簿，可能已损坏") from None
    if "xl/workbook.xml" not in names:
        if "xl/workbook.bin" in names:
            raise SheetUnreadable(path.name, "这是二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx")
        raise SheetUnreadable(path.name, "文件不是 Excel 工作簿")
    if total > MAX_SHEET_XML_BYTES:
        raise SheetTooLarge(path.name, f"解压后 {_human_size(total)}", _human_size(MAX_SHEET_XML_BYTES))


def _close_with(workbook: Any, handle: Any) -> None:
    """Make ``workbook.close()`` also close the file it was read from."""
    close = workbook.close

    def close_both() -> None:
        try:
            close()
        finally:
            handle.close()

    workbook.close = close_both


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook

    _check_zip(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return load_workbook(path, read_only=True, data_only=True)
        # A workbook under another name (an .xlsx renamed .csv, or with no extension): openpyxl
        # judges by the name, so it is given the bytes; read-only mode keeps the file open.
        handle = path.open("rb")
        try:
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except BaseException:
            handle.close()
            raise
        _close_with(workbook, handle)
        return workbook
    except PermissionError:
        raise SheetUnreadable(path.name, "文件正被其他程序占用，或没有读取权限") from None
    except Exception as exc:  # openpyxl raises many kinds for a damaged package
        raise SheetUnreadable(path.name, f"工作簿已损坏或格式不受支持：{type(exc).__name__}") from None


def _visible_sheets(workbook: Any) -> list[Any]:
    return [sheet for sheet in workbook.worksheets if getattr(sheet, "sheet_state", "visible") == "visible"]


def _sheet_rows(sheet: Any) -> Iterator[tuple[int, Sequence[Any]]]:
    sheet.reset_dimensions()  # some programs write a wrong size; read what is there
    yield from enumerate(sheet.iter_rows(values_only=True), 1)


def sheet_names(path: Path | str) -> list[str]:
    """The visible sheets of a workbook (``[]`` for a CSV file), after :func:`check_file`."""
    target = Path(path)
    if check_file(target) != "xlsx":
        return []
    workbook = _open_workbook(target)
    try:
        return [sheet.title for sheet in _visible_sheets(workbook)]
    finally:
        workbook.close()


def _sheet_bonus(name: str, title: str, kind_key: str | None) -> int:
    if kind_key is None:
        return 0
    text = f"{name} {title}"
    return 1 if any(word in text for word in kinds.kind(kind_key).sheet_words) else 0


def _choose_sheet(workbook: Any, kind_key: str | None, remembered: Iterable[str]) -> Any:
    """The sheet whose header names the most known columns (of ``kind_key`` when given)."""
    wanted = list(remembered)
    sheets = _visible_sheets(workbook) or list(workbook.worksheets)
    if len(sheets) == 1:
        return sheets[0]
    best: tuple[int, int, Any] | None = None
    for position, sheet in enumerate(sheets):
        top = []
        for _number, cells in _sheet_rows(sheet):
            top.append(cells)
            if len(top) >= HEADER_SCAN_ROWS:
                break
        located = find_header(top, kind_key, wanted)
        if located is None:
            continue
        title = " ".join(text_of(cell) for cells in top[: located[0]] for cell in cells if cell is not None)
        score = located[1] * 2 + _sheet_bonus(sheet.title, title, kind_key)
        if best is None or score > best[0]:
            best = (score, -position, sheet)
    return best[2] if best is not None else sheets[0]


def _read_xlsx(
    path: Path,
    sheet: str | None,
    kind_key: str | None,
    header_row: int | None,
    remembered: Iterable[str],
    max_rows: int,
) -> SheetData:
    workbook = _open_workbook(path)
    try:
        names = tuple(item.title for item in _visible_sheets(workbook))
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                raise SheetNotFound(path.name, sheet, names)
            chosen = workbook[sheet]
        else:
            chosen = _choose_sheet(workbook, kind_key, remembered)
        try:
            return _build(
                path,
                "xlsx",
                chosen.title,
                names,
                _sheet_rows(chosen),
                kind_key=kind_key,
                header_row=header_row,
                remembered=remembered,
                max_rows=max_rows,
            )
        except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
            raise SheetUnreadable(path.name, f"工作表“{chosen.title}”已损坏：{type(exc).__name__}") from None
    finally:
        workbook.close()


# ---------------------------------------------------------------------------------------
# CSV


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a CSV file: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030 (GBK)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise ValueError("unknown encoding") from None


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:HEADER_SCAN_ROWS])
    counts = {sep: sample.count(sep) for sep in (",", "\t", ";")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _read_csv(
    path: Path, kind_key: str | None, header_row: int | None, remembered: Iterable[str], max_rows: int
) -> SheetData:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SheetUnreadable(path.name, exc.strerror or str(exc)) from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SheetUnreadable(path.name, "不是文本文件")
    try:
        text, encoding = decode_text(data)
    except ValueError:
        raise SheetUnreadable(
            path.name, "无法识别文字编码，请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”或 Excel 工作簿（.xlsx）"
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))

    def rows() -> Iterator[tuple[int, Sequence[Any]]]:
        try:
            for number, cells in enumerate(reader, 1):
                yield number, [cell if cell.strip() else None for cell in cells]
        except csv.Error as exc:
            raise SheetUnreadable(path.name, f"CSV 格式有误：{exc}") from None

    return _build(
        path,
        "csv",
        "",
        (),
        rows(),
        kind_key=kind_key,
        header_row=header_row,
        remembered=remembered,
        max_rows=max_rows,
        encoding=encoding,
    )


def read_sheet(
    path: Path | str,
    sheet: str | None = None,
    *,
    kind_key: str | None = None,
    header_row: int | None = None,
    remembered: Mapping[str, str] | Iterable[str] = (),
    max_bytes: int = MAX_FILE_BYTES,
    max_rows: int = MAX_ROWS,
) -> SheetData:
    """Read one sheet of a workbook (or a CSV file) as a :class:`SheetData`.

    ``sheet`` names the worksheet; without it the visible sheet whose header names the most known
    columns (of ``kind_key`` when given) is read. ``header_row`` (1-based) overrides finding the
    header. ``remembered`` are normalized headers the office has mapped before (they count as
    known). Raises a :class:`~db.sheets.errors.SheetError` when the file cannot be used.
    """
    target = Path(path).expanduser()
    fmt = check_file(target, max_bytes=max_bytes)
    known = list(remembered)
    if fmt == "xlsx":
        return _read_xlsx(target, sheet, kind_key, header_row, known, max_rows)
    return _read_csv(target, kind_key, header_row, known, max_rows)
