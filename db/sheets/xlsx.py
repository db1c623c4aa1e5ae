"""A workbook's cell values, read in one pass of the C XML parser: what openpyxl's read-only
mode gives, at a fraction of its cost.

openpyxl parses a worksheet with :mod:`defusedxml`'s pure-Python ``iterparse`` (a Python call per
element, about half of a 20,000-row import), builds a descriptor object for every inline string,
and, when a sheet has no ``<dimension>`` element (openpyxl's own write-only files, and others),
parses the whole sheet once more just to find that it has none. Here openpyxl still reads the
package (content types, workbook, styles: the date formats), but:

* :class:`QuickReader` keeps each worksheet without measuring it (:func:`db.sheets.read` ignores a
  sheet's declared size anyway) and reads the shared strings itself;
* :func:`sheet_values` yields the rows as ``ReadOnlyWorksheet.iter_rows(values_only=True)`` does
  after ``reset_dimensions()`` — the same values, the same gaps (a missing row is ``[]``, a row
  without cells ``()``, a row as wide as its last cell), the same dates, numbers, booleans and
  shared strings — with :func:`xml.etree.ElementTree.iterparse` (the C parser), each row let go
  once read.

Using the standard library's parser is safe here because every part is read through
:class:`db.sheets.guard.WatchedPart`: its :class:`~db.sheets.guard.XmlBudget` follows the bytes
before the parser sees them and refuses a DTD (so no entity is ever declared, let alone expanded),
an oversized part, row, cell or tag. ``tests/db/test_sheet_xlsx.py`` compares these values with
openpyxl's on workbooks written every way it reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError, iterparse

from openpyxl.reader.excel import ExcelReader
from openpyxl.utils.cell import column_index_from_string, coordinate_to_tuple
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.xml.constants import SHEET_MAIN_NS

__all__ = ["QuickReader", "QuickSheet", "read_shared_strings", "sheet_values"]

_NS = "{" + SHEET_MAIN_NS + "}"
_ROW = _NS + "row"
_VALUE = _NS + "v"
_INLINE = _NS + "is"
_STRING = _NS + "si"
_REFERENCE = re.compile(r"([A-Z]{1,3})[0-9]+")


class QuickSheet(ReadOnlyWorksheet):  # type: ignore[misc]
    """A read-only worksheet that is not measured when the workbook opens (openpyxl parses a
    sheet without a ``<dimension>`` to its end to find out)."""

    def _get_size(self) -> None:
        """Unknown until read: :func:`sheet_values` does not need it."""


class QuickReader(ExcelReader):  # type: ignore[misc]
    """openpyxl's reader, read-only, with :class:`QuickSheet` worksheets and the shared strings read
    by :func:`read_shared_strings`. Everything else (styles, workbook, chartsheets) is openpyxl's."""

    def read_strings(self) -> None:
        from openpyxl.xml.constants import SHARED_STRINGS

        found = self.package.find(SHARED_STRINGS)
        if found is not None:
            with self.archive.open(found.PartName[1:]) as source:
                self.shared_strings = read_shared_strings(source)

    def read_worksheets(self) -> None:
        from openpyxl.packaging.relationship import get_dependents, get_rels_path

        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            rels_path = get_rels_path(rel.target)
            if rels_path in self.valid_files:
                get_dependents(self.archive, rels_path)  # as openpyxl: a broken one is refused
            worksheet = QuickSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            worksheet.sheet_state = sheet.state
            self.wb._sheets.append(worksheet)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _text(node: Element) -> str:
    """A string item's text (``<is>``, ``<si>``) as openpyxl's ``Text.content``: the plain ``t``
    (the last one), then each run's ``t``; phonetic runs (``rPh``) left out."""
    plain: str | None = None
    runs: list[str] = []
    for child in node:
        tag = _local(child.tag)
        if tag == "t":
            plain = child.text
        elif tag == "r":
            text: str | None = None
            for part in child:
                if _local(part.tag) == "t":
                    text = part.text
            if text is not None:
                runs.append(text)
    if plain is not None:
        runs.insert(0, plain)
    return "".join(runs)


def read_shared_strings(source: IO[bytes]) -> list[str]:
    """The shared strings table, as openpyxl's ``read_string_table`` reads it."""
    strings: list[str] = []
    try:
        for _event, node in iterparse(source):
            if node.tag == _STRING:
                strings.append(_text(node).replace("x005F_", ""))
                node.clear()
    except ParseError:
        raise ValueError("the shared strings are not XML") from None
    return strings


def _row_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise ValueError(f"{text} is not a valid row number") from None
        return int(number)


def _cells(
    row: Element, strings: Sequence[str], epoch: Any, dates: Any, durations: Any, columns: dict[str, int]
) -> tuple[Any, ...]:
    """One ``<row>``'s values, placed by column, as wide as its last cell (openpyxl's
    ``WorkSheetParser.parse_cell`` with ``data_only``, then ``ReadOnlyWorksheet._get_row``)."""
    placed: list[tuple[int, Any]] = []
    column = 0
    for cell in row:
        get = cell.get
        kind = get("t", "n")
        coordinate = get("r")
        style: Any = get("s", 0)
        if style:
            style = int(style)
        if coordinate:
            plain = _REFERENCE.fullmatch(coordinate)  # B12: the column from its letters, once per sheet
            if plain is None:
                column = coordinate_to_tuple(coordinate)[1]  # anything else as openpyxl reads it
            else:
                letters = plain[1]
                column = columns.get(letters) or columns.setdefault(letters, column_index_from_string(letters))
        else:
            column += 1
        value: Any
        if kind == "inlineStr":
            found = cell.find(_INLINE)
            value = _text(found) if found is not None else None
        else:
            value = cell.findtext(_VALUE, None) or None
            if value is not None:
                if kind == "n":
                    value = float(value) if ("." in value or "E" in value or "e" in value) else int(value)
                    if style in dates:
                        try:
                            value = from_excel(value, epoch, timedelta=style in durations)
                        except (OverflowError, ValueError):
                            value = "#VALUE!"
                elif kind == "s":
                    try:
                        value = strings[int(value)]
                    except IndexError:
                        raise ValueError(f"no shared string {value}") from None
                elif kind == "b":
                    value = bool(int(value))
                elif kind == "d":
                    value = from_ISO8601(value)
        placed.append((column, value))
    if not placed:
        return ()
    width = placed[-1][0]
    values: list[Any] = [None] * width
    for position, value in placed:
        if 1 <= position <= width:
            values[position - 1] = value
    return tuple(values)


def sheet_values(sheet: QuickSheet) -> Iterator[tuple[int, Sequence[Any]]]:
    """(row number, values) of every row from the first, as
    ``enumerate(sheet.iter_rows(values_only=True), 1)`` after ``sheet.reset_dimensions()``.

    Raises ValueError for a sheet openpyxl could not read either (a bad row or cell reference,
    a shared string that does not exist, XML that is not XML).
    """
    workbook = sheet.parent
    strings = sheet._shared_strings
    epoch, dates, durations = workbook.epoch, workbook._date_formats, workbook._timedelta_formats
    columns: dict[str, int] = {}  # column letters → number
    expected = 1  # the next row number yielded
    last = 0  # the last row's number as read
    with workbook._archive.open(sheet._worksheet_path) as source:
        try:
            for _event, element in iterparse(source):
                if element.tag != _ROW:
                    continue
                text = element.get("r")
                number = _row_number(text) if text is not None else last + 1
                last = number
                values = _cells(element, strings, epoch, dates, durations, columns)
                element.clear()
                while expected < number:
                    yield expected, []
                    expected += 1
                if expected == number:
                    yield expected, values
                    expected += 1
        except ParseError:
            raise ValueError("the worksheet is not XML") from None
