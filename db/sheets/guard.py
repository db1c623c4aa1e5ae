"""Workbooks read within budget (:mod:`db.sheets.budgets`): nothing in an ``.xlsx`` is trusted.

:func:`check_directory` reads the zip's end record before :mod:`zipfile` builds its directory (a
30 MB zip of empty entries would otherwise cost hundreds of MB); :func:`check_members` judges every
part by what the directory declares (the parts' count, the sum of their sizes, each one's size and
compression ratio). :class:`BudgetZipFile` is the archive openpyxl is given: every part it opens is
read through a :class:`WatchedPart`, which stops at the part's byte limit whatever the zip declared
and follows its XML with :class:`XmlBudget` before openpyxl sees a byte, so XML made to be kept
(millions of elements, a row of a million cells, one huge cell, a tag without an end) is refused
before the parser that keeps it has read it.

Every refusal is a :class:`~db.sheets.errors.SheetError` naming the file, the part and the limit.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from xml.parsers import expat

from db.sheets.budgets import (
    MAX_CELL_CHARS,
    MAX_PART_BYTES,
    MAX_PART_ELEMENTS,
    MAX_RATIO,
    MAX_ROW_CHARS,
    MAX_ROW_ELEMENTS,
    MAX_SHARED_STRINGS,
    MAX_SHARED_STRINGS_BYTES,
    MAX_SHEET_ROWS,
    MAX_TOKEN_BYTES,
    MAX_UNPACKED_BYTES,
    MAX_WORKSHEET_BYTES,
    MAX_WORKSHEET_ROWS,
    MAX_ZIP_DIRECTORY_BYTES,
    MAX_ZIP_MEMBERS,
    MB,
    RATIO_FLOOR_BYTES,
)
from db.sheets.errors import (
    SheetCellTooLarge,
    SheetPartDamaged,
    SheetPartTooComplex,
    SheetPartTooLarge,
    SheetSuspicious,
    SheetTagTooLong,
    SheetTooManyColumns,
    SheetTooManyParts,
    SheetTooManyRows,
    SheetTooMuchText,
    SheetUnpackedTooLarge,
    SheetUnreadable,
)

SHEET_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_WORKSHEET = f"{SHEET_MAIN_NS}}}worksheet"
_SHARED_STRINGS = f"{SHEET_MAIN_NS}}}sst"
_ROW = f"{SHEET_MAIN_NS}}}row"
_CELL = f"{SHEET_MAIN_NS}}}c"
_STRING = f"{SHEET_MAIN_NS}}}si"
_EXCEL_COLUMNS = 16_384

# The parts' usual names, judged early by their own limit (the names are not trusted: what a part
# is, and its limit while it is read, comes from its first element)
_USUAL_LIMITS = {"xl/sharedStrings.xml": MAX_SHARED_STRINGS_BYTES, "xl/styles.xml": MAX_PART_BYTES}
_FEED_BYTES = 64 * 1024  # the XML is followed in pieces of at most this size
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"


def human_size(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB else f"{size / 1024:.0f} KB"


def _mb(size: int) -> str:
    return f"{size // MB} MB"


# ---------------------------------------------------------------------------------------
# The directory


def check_directory(path: Path) -> None:
    """Refuse a zip whose central directory is too big to read, from its end record alone.

    A file without an end record is left to :mod:`zipfile` (which says it is not a zip).
    """
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        tail_start = max(0, size - (65_535 + 22))
        handle.seek(tail_start)
        tail = handle.read()
        at = tail.rfind(_EOCD)
        if at < 0 or len(tail) - at < 22:
            return
        entries, directory_bytes = struct.unpack("<HI", tail[at + 10 : at + 16])
        if entries == 0xFFFF or directory_bytes == 0xFFFFFFFF:
            locator = tail_start + at - 20
            if locator >= 0:
                handle.seek(locator)
                record = handle.read(20)
                if record[:4] == _ZIP64_LOCATOR:
                    (offset,) = struct.unpack("<Q", record[8:16])
                    handle.seek(offset)
                    record = handle.read(56)
                    if record[:4] == _ZIP64_EOCD and len(record) == 56:
                        entries, directory_bytes = struct.unpack("<QQ", record[32:48])
    if entries > MAX_ZIP_MEMBERS:
        raise SheetTooManyParts(path.name, MAX_ZIP_MEMBERS)
    if directory_bytes > MAX_ZIP_DIRECTORY_BYTES:
        raise SheetTooManyParts(path.name, MAX_ZIP_MEMBERS)


def check_members(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a workbook by what its directory declares, before any part is unpacked."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise SheetTooManyParts(name, MAX_ZIP_MEMBERS)
    total = 0
    for info in members:
        total += info.file_size
        limit = _USUAL_LIMITS.get(info.filename, MAX_WORKSHEET_BYTES)
        if info.file_size > limit:
            raise SheetPartTooLarge(name, info.filename, _mb(limit))
        if info.file_size >= RATIO_FLOOR_BYTES and (info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise SheetSuspicious(name, info.filename, MAX_RATIO)
    if total > MAX_UNPACKED_BYTES:
        raise SheetUnpackedTooLarge(name, _mb(MAX_UNPACKED_BYTES))


# ---------------------------------------------------------------------------------------
# Following a part's XML


class XmlBudget:
    """Follows one part's XML as it is read and refuses it at the first limit passed.

    What openpyxl keeps decides the limits: a worksheet's rows and a shared string's runs are let
    go once read, so inside a ``row`` (``si``) only that row's elements and characters are
    counted; everything else a parser keeps until the end of the part, so the elements outside
    them are counted for the whole part. The first element says what the part is, and with it its
    byte limit. A DTD (entities) is refused: a workbook never has one.
    """

    def __init__(self, file_name: str, part: str) -> None:
        self.file_name = file_name
        self.part = part
        self.byte_limit = MAX_WORKSHEET_BYTES
        self.unit: str | None = None  # the element let go once read (row, si)
        self.unit_limit = 0
        self.units = 0
        self.kept = 0  # elements outside units
        self.depth = 0
        self.unit_depth = 0  # depth of the open unit (0: none)
        self.unit_elements = 0
        self.unit_cells = 0
        self.unit_chars = 0
        self.row_number = 0
        self.run = 0  # characters since the last tag
        self.cells = False  # whether the part holds cells (a worksheet or the shared strings)
        self.progress = False
        self.stalled = 0
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.buffer_size = _FEED_BYTES
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._chars
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._doctype
        self.parser = parser

    def _doctype(self, *_args: Any) -> None:
        raise SheetPartDamaged(self.file_name, self.part)

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        self.progress = True
        self.run = 0
        self.depth += 1
        if self.depth == 1:
            if name == _WORKSHEET:
                self.unit, self.unit_limit, self.cells = _ROW, MAX_WORKSHEET_ROWS, True
            elif name == _SHARED_STRINGS:
                self.unit, self.unit_limit, self.cells = _STRING, MAX_SHARED_STRINGS, True
                self.byte_limit = MAX_SHARED_STRINGS_BYTES
            else:
                self.byte_limit = MAX_PART_BYTES
        if self.unit_depth:
            self.unit_elements += 1
            if self.unit_elements > MAX_ROW_ELEMENTS:
                raise SheetPartTooComplex(self.file_name, self.part, MAX_ROW_ELEMENTS)
            if name == _CELL:
                self.unit_cells += 1
                if self.unit_cells > _EXCEL_COLUMNS:
                    raise SheetTooManyColumns(self.file_name, _EXCEL_COLUMNS)
            return
        if name == self.unit:
            self.units += 1
            if self.units > self.unit_limit:
                if self.unit == _ROW:
                    raise SheetTooManyRows(self.file_name, self.unit_limit, blank_included=True)
                raise SheetPartTooComplex(self.file_name, self.part, self.unit_limit)
            self.unit_depth = self.depth
            self.unit_elements = self.unit_cells = self.unit_chars = 0
            self.row_number = self._row_number(attrs.get("r"))
            return
        self.kept += 1
        if self.kept > MAX_PART_ELEMENTS:
            raise SheetPartTooComplex(self.file_name, self.part, MAX_PART_ELEMENTS)

    def _row_number(self, text: str | None) -> int:
        if self.unit != _ROW:
            return 0
        if text is None:
            return self.row_number + 1
        digits = text.strip()
        if not digits.isdigit() or len(digits) > 7 or int(digits) > MAX_SHEET_ROWS:
            # openpyxl would yield an empty row for every missing number up to it
            raise SheetTooManyRows(self.file_name, MAX_SHEET_ROWS)
        return int(digits)

    def _end(self, _name: str) -> None:
        self.progress = True
        self.run = 0
        if self.unit_depth == self.depth:
            self.unit_depth = 0
        self.depth -= 1

    def _chars(self, data: str) -> None:
        self.progress = True
        count = len(data)
        self.run += count
        if self.cells and self.run > MAX_CELL_CHARS:
            raise SheetCellTooLarge(self.file_name, MAX_CELL_CHARS, self.row_number or None)
        if self.run > MAX_TOKEN_BYTES:  # a text of another part (a name, a property)
            raise SheetTagTooLong(self.file_name, self.part, _mb(MAX_TOKEN_BYTES))
        if self.unit_depth:
            self.unit_chars += count
            if self.unit == _STRING and self.unit_chars > MAX_CELL_CHARS:
                raise SheetCellTooLarge(self.file_name, MAX_CELL_CHARS)
            if self.unit_chars > MAX_ROW_CHARS:
                raise SheetTooMuchText(self.file_name, MAX_ROW_CHARS, self.row_number or None)

    def feed(self, data: bytes, final: bool = False) -> None:
        """Follow the next bytes of the part (all of them, in pieces) before anyone parses them."""
        for start in range(0, max(len(data), 1), _FEED_BYTES):
            piece = data[start : start + _FEED_BYTES]
            self.progress = False
            try:
                self.parser.Parse(piece, final and start + _FEED_BYTES >= len(data))
            except expat.ExpatError:
                raise SheetPartDamaged(self.file_name, self.part) from None
            if self.progress:
                self.stalled = 0
            else:
                self.stalled += len(piece)
                if self.stalled > MAX_TOKEN_BYTES:
                    # one tag, comment or declaration longer than any real one: the parser
                    # would hold all of it
                    raise SheetTagTooLong(self.file_name, self.part, _mb(MAX_TOKEN_BYTES))


def _looks_like_xml(head: bytes) -> bool:
    """Whether a part may be XML to a parser: a byte-order mark, or ``<`` after blanks (UTF-16
    without a mark has a zero byte beside each character). Pictures are never followed."""
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    stripped = head.lstrip(b" \t\r\n\x00")
    return stripped.startswith(b"<") or not stripped


# ---------------------------------------------------------------------------------------
# The archive openpyxl reads


class WatchedPart:
    """One part as openpyxl reads it: at most its byte limit, its XML followed before it is
    handed on. A part whose stored data does not match its entry is refused as damaged."""

    def __init__(self, stream: IO[bytes], file_name: str, part: str) -> None:
        self._stream = stream
        self.file_name = file_name
        self.part = part
        self.read_bytes = 0
        self.budget: XmlBudget | None = None
        self._started = False
        self._done = False

    @property
    def closed(self) -> bool:
        return bool(self._stream.closed)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def _limit(self) -> int:
        return self.budget.byte_limit if self.budget is not None else MAX_PART_BYTES

    def _read_raw(self, size: int) -> bytes:
        try:
            return self._stream.read(size)
        except OSError as exc:
            if exc.errno is not None:  # the disk or the file, not its contents
                raise SheetUnreadable(self.file_name, exc.strerror or str(exc)) from None
            raise SheetPartDamaged(self.file_name, self.part) from None
        except Exception:  # a bad CRC, a broken deflate, bzip2 or lzma stream, a cut-off file
            raise SheetPartDamaged(self.file_name, self.part) from None

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            pieces: list[bytes] = []
            while True:
                piece = self.read(_FEED_BYTES)
                if not piece:
                    return b"".join(pieces)
                pieces.append(piece)
        if size == 0:
            return b""
        data = self._read_raw(min(size, _FEED_BYTES))
        if not self._started and data:
            self._started = True
            if _looks_like_xml(data[:64]):
                self.budget = XmlBudget(self.file_name, self.part)
        self.read_bytes += len(data)
        if self.budget is not None and not self._done:
            self.budget.feed(data, final=not data)
            self._done = not data
        if self.read_bytes > self._limit():
            raise SheetPartTooLarge(self.file_name, self.part, _mb(self._limit()))
        return data

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> WatchedPart:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class BudgetZipFile(zipfile.ZipFile):
    """A workbook's zip whose parts are read through :class:`WatchedPart` (for reading only)."""

    def __init__(self, path: Path, file_name: str) -> None:
        super().__init__(path, "r")
        self.file_name = file_name

    def open(
        self, name: str | zipfile.ZipInfo, mode: str = "r", pwd: bytes | None = None, *, force_zip64: bool = False
    ) -> Any:
        if mode != "r":
            raise ValueError("a budgeted workbook is read only")
        stream = super().open(name, "r", pwd)
        part = name.filename if isinstance(name, zipfile.ZipInfo) else name
        return WatchedPart(stream, self.file_name, part)
