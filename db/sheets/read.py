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
workbook with an opening password (both OLE2 containers) or a file over :data:`MAX_FILE_BYTES` are
refused with a message saying what to do (:mod:`db.sheets.errors`). Nothing from the file costs
more than the budgets of :mod:`db.sheets.budgets`: a workbook is read through
:class:`db.sheets.guard.BudgetZipFile` (its zip directory judged first, every part read capped and
its XML followed), a CSV file line by line with every line, record and field bounded, and the rows
kept are counted (rows, columns, cells, characters) as they are read. Nothing here touches the
database.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db import kinds
from db.sheets.budgets import (
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_LINE_CHARS,
    MAX_RECORD_CHARS,
    MAX_ROWS,
    MAX_SHEET_ROWS,
    MAX_TEXT_CHARS,
)
from db.sheets.convert import is_blank, text_of
from db.sheets.errors import (
    SheetCellTooLarge,
    SheetCsvMalformed,
    SheetEmpty,
    SheetEncrypted,
    SheetError,
    SheetFileMissing,
    SheetFileTooLarge,
    SheetLineTooLong,
    SheetNoHeader,
    SheetNotFound,
    SheetOldFormat,
    SheetTooManyCells,
    SheetTooManyColumns,
    SheetTooManyRows,
    SheetTooMuchText,
    SheetUnreadable,
)
from db.sheets.guard import BudgetZipFile, check_directory, check_members, human_size
from db.sheets.spec import is_known_header, normalize_header

__all__ = ["MAX_FILE_BYTES", "MAX_ROWS", "SheetData", "SourceRow", "check_file", "read_sheet", "sheet_names"]

_MAX_CSV_FIELDS = 16_384  # Excel's columns: a record of more fields is not a table
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


@dataclass(frozen=True, slots=True)
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
        raise SheetFileTooLarge(name, human_size(size), human_size(max_bytes))
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
    """:func:`text_of` of each cell (plain text and empty cells without the call)."""
    return ["" if cell is None else cell.strip() if type(cell) is str else text_of(cell) for cell in cells]


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
    if len(texts) >= len(header_keys) and all(
        normalize_header(text) == key for text, key in zip(texts, header_keys, strict=False)
    ):
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
        if len(top) > HEADER_SCAN_ROWS + 1:
            top.pop(0)  # a header far down: only the rows just above it are kept (for the title)
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
    if width > MAX_COLUMNS:
        raise SheetTooManyColumns(path.name, MAX_COLUMNS)
    max_cells = MAX_CELLS // max(width, 1)
    text_chars = 0
    title = " ".join(" ".join(text for text in _row_texts(cells) if text) for _n, cells in top[:header_index]).strip()
    header_keys = tuple(normalize_header(text) for text in headers)

    data: list[SourceRow] = []
    ignored: list[IgnoredRow] = []

    def take(number: int, cells: Sequence[Any]) -> None:
        nonlocal text_chars
        row = tuple(cells[:width]) + (None,) * (width - len(cells)) if len(cells) < width else tuple(cells[:width])
        texts = _row_texts(row)
        if not any(texts) and all(is_blank(cell) for cell in row):
            return  # (a cell with text is never blank)
        reason = _ignored_reason(texts, header_keys)
        if reason is not None:
            ignored.append(IgnoredRow(number, reason, " ".join(text for text in texts if text)[:60]))
            return
        if len(data) >= max_rows:
            raise SheetTooManyRows(path.name, max_rows)
        if len(data) >= max_cells:
            raise SheetTooManyCells(path.name, MAX_CELLS)
        for cell in row:
            if isinstance(cell, str):
                if len(cell) > MAX_CELL_CHARS:
                    raise SheetCellTooLarge(path.name, MAX_CELL_CHARS, number)
                text_chars += len(cell)
        if text_chars > MAX_TEXT_CHARS:
            raise SheetTooMuchText(path.name, MAX_TEXT_CHARS)
        # blank cells as None: a cell whose text is empty is blank unless it is neither None nor text
        kept = tuple(
            cell if text or (cell is not None and not isinstance(cell, str)) else None
            for cell, text in zip(row, texts, strict=True)
        )
        data.append(SourceRow(number, kept))

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


def _budget_zip(path: Path) -> BudgetZipFile:
    """The workbook's zip, its directory checked against the budgets, its parts to be read capped."""
    try:
        check_directory(path)
        archive = BudgetZipFile(path, path.name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError):
        raise SheetUnreadable(path.name, "文件不是有效的 Excel 工作簿，可能已损坏") from None
    except PermissionError:
        raise SheetUnreadable(path.name, "文件正被其他程序占用，或没有读取权限") from None
    except OSError as exc:
        raise SheetUnreadable(path.name, exc.strerror or str(exc)) from None
    try:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names:
            if "xl/workbook.bin" in names:
                raise SheetUnreadable(path.name, "这是二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx")
            raise SheetUnreadable(path.name, "文件不是 Excel 工作簿")
        check_members(archive, path.name)
    except BaseException:
        archive.close()
        raise
    return archive


def _open_workbook(path: Path) -> Any:
    """The workbook read-only, every part it reads going through :class:`BudgetZipFile`;
    ``workbook.close()`` closes the file."""
    from db.sheets.xlsx import QuickReader

    archive = _budget_zip(path)
    try:
        # ExcelReader opens the zip itself (by a handle: it judges a name by its extension, and
        # an .xlsx may come renamed); its archive is then swapped for the budgeted one.
        with path.open("rb") as handle:
            reader = QuickReader(handle, read_only=True, data_only=True)
            reader.archive.close()
        reader.archive = archive
        reader.valid_files = archive.namelist()
        reader.read()
        return reader.wb
    except SheetError:
        archive.close()
        raise
    except PermissionError:
        archive.close()
        raise SheetUnreadable(path.name, "文件正被其他程序占用，或没有读取权限") from None
    except Exception as exc:  # openpyxl raises many kinds for a damaged package
        archive.close()
        raise SheetUnreadable(path.name, f"工作簿已损坏或格式不受支持：{type(exc).__name__}") from None


def _visible_sheets(workbook: Any) -> list[Any]:
    return [sheet for sheet in workbook.worksheets if getattr(sheet, "sheet_state", "visible") == "visible"]


def _sheet_rows(sheet: Any) -> Iterator[tuple[int, Sequence[Any]]]:
    """(row number, values) from the first row, whatever size the sheet declares (some programs
    write a wrong one): :func:`db.sheets.xlsx.sheet_values`."""
    from db.sheets.xlsx import sheet_values

    yield from sheet_values(sheet)


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
            try:
                chosen = _choose_sheet(workbook, kind_key, remembered)
            except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
                raise SheetUnreadable(path.name, f"工作簿已损坏或格式不受支持：{type(exc).__name__}") from None
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


_DECODE_CHUNK = 1024 * 1024
_DELIMITER_SAMPLE_BYTES = 64 * 1024


def detect_encoding(path: Path) -> tuple[str, str]:
    """(codec to read with, encoding as shown) of a CSV file: UTF-8 (BOM or not), UTF-16 with
    BOM, else GB18030 (a superset of GBK). The whole file is decoded once, a chunk at a time, and
    nothing kept; ValueError when neither fits."""
    with path.open("rb") as handle:
        if handle.read(2) in (b"\xff\xfe", b"\xfe\xff"):
            return "utf-16", "utf-16"
        for codec, shown in (("utf-8-sig", "utf-8"), ("gb18030", "gb18030")):
            handle.seek(0)
            decoder = codecs.getincrementaldecoder(codec)()
            try:
                while chunk := handle.read(_DECODE_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                continue
            return codec, shown
    raise ValueError("unknown encoding")


def _delimiter(path: Path, codec: str) -> str:
    """The separator (comma, tab or semicolon) most used in the file's first lines (its first
    64 KB)."""
    with path.open("rb") as handle:
        head = handle.read(_DELIMITER_SAMPLE_BYTES)
    sample = "\n".join(head.decode(codec, errors="ignore").splitlines()[:HEADER_SCAN_ROWS])
    counts = {sep: sample.count(sep) for sep in (",", "\t", ";")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


class _CsvLines:
    """A CSV file's lines for :mod:`csv`, each at most :data:`~db.sheets.budgets.MAX_LINE_CHARS`
    and each record at most :data:`~db.sheets.budgets.MAX_RECORD_CHARS` (a quoted field may span
    lines): nothing longer is ever held."""

    def __init__(self, text: io.TextIOBase, name: str) -> None:
        self.text = text
        self.name = name
        self.line = 0
        self.record_chars = 0  # of the record being read; the reader of records resets it

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        try:
            line = self.text.readline(MAX_LINE_CHARS + 1)
        except UnicodeDecodeError:
            raise SheetUnreadable(self.name, "文字编码前后不一致") from None
        if not line:
            raise StopIteration
        self.line += 1
        if len(line) > MAX_LINE_CHARS:
            raise SheetLineTooLong(self.name, self.line, MAX_LINE_CHARS)
        self.record_chars += len(line)
        if self.record_chars > MAX_RECORD_CHARS:
            # a quoted field running over many lines: one cell far over the limit
            raise SheetCellTooLarge(self.name, MAX_CELL_CHARS, self.line)
        return line


def _read_csv(
    path: Path, kind_key: str | None, header_row: int | None, remembered: Iterable[str], max_rows: int
) -> SheetData:
    name = path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise SheetUnreadable(name, "不是文本文件")
        codec, encoding = detect_encoding(path)
        delimiter = _delimiter(path, codec)
        text = path.open("r", encoding=codec, newline="")
    except ValueError:
        raise SheetUnreadable(
            name, "无法识别文字编码，请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”或 Excel 工作簿（.xlsx）"
        ) from None
    except OSError as exc:
        raise SheetUnreadable(name, exc.strerror or str(exc)) from None
    with text:
        lines = _CsvLines(text, name)
        reader = csv.reader(lines, delimiter=delimiter)

        def rows() -> Iterator[tuple[int, Sequence[Any]]]:
            number = 0
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error:
                    if lines.record_chars > csv.field_size_limit():
                        raise SheetCellTooLarge(name, MAX_CELL_CHARS, reader.line_num) from None
                    raise SheetCsvMalformed(name, reader.line_num) from None
                lines.record_chars = 0
                number += 1
                if number > MAX_SHEET_ROWS:
                    raise SheetTooManyRows(name, MAX_SHEET_ROWS)
                if len(cells) > _MAX_CSV_FIELDS:
                    raise SheetTooManyColumns(name, _MAX_CSV_FIELDS)
                for cell in cells:
                    if len(cell) > MAX_CELL_CHARS:
                        raise SheetCellTooLarge(name, MAX_CELL_CHARS, reader.line_num)
                yield number, [cell if cell.strip() else None for cell in cells]

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
