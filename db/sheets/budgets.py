"""What a spreadsheet from outside may cost before it is refused: every limit of reading, in one place.

A clerk's file is trusted for nothing: a 300 KB ``.xlsx`` can unpack to gigabytes, a 29 MB CSV of
commas can become millions of fields. Each limit below is checked before or while the bytes are
read (never after the memory is spent) and refused with one Chinese line naming the limit and what
to do (:mod:`db.sheets.errors`). Together they keep the reading of any file, however it was made,
under about 300 MB of memory, and each sits well above what a real ledger needs: the biggest ledger
an office keeps has about 40,000 rows of 20–30 columns (a 10–15 MB ``.xlsx``, a 40–60 MB worksheet
when unpacked), and the import must take 20,000 rows comfortably.

Workbooks are checked twice (:mod:`db.sheets.guard`): first the zip's directory
(:data:`MAX_ZIP_DIRECTORY_BYTES`, :data:`MAX_ZIP_MEMBERS`, the declared sizes and each member's
compression ratio), then every member openpyxl opens is read through a capped stream whose XML is
followed as it passes (:class:`~db.sheets.guard.XmlBudget`), so a member whose header lies about
its size, or XML built to make the parser keep millions of elements, is stopped at the limit.

Peak memory measured (``tests/db/test_sheet_budgets.py`` prints it): each hostile file of the tests
is refused under 150 MB; a real 40,000-row ledger reads in under 180 MB; a file made to reach every
limit at once (500,000 shared strings, 150,000 formatted rows, 1,500,000 distinct cells) about 320 MB.
"""

from __future__ import annotations

MB = 1024 * 1024

# -- every file -------------------------------------------------------------------------------

MAX_FILE_BYTES = 30 * MB
"""The file on disk. A 100,000-row ledger is well under 15 MB as ``.xlsx`` or ``.csv``."""

MAX_ROWS = 100_000
"""Data rows of one sheet (blank rows, totals and footers not counted): 2.5 × the biggest real
ledger (about 40,000 rows)."""

MAX_COLUMNS = 500
"""Columns of the header row. Ledgers have 10–60 columns; Excel 2003 stopped at 256."""

MAX_CELLS = 1_500_000
"""Data rows × header columns kept in memory: 40,000 rows of 37 columns, or 100,000 rows of 15 (the
widest ledger has 19 fields). Bounds the memory of a sheet within the row and column limits:
1,500,000 distinct texts cost about 130 MB."""

MAX_CELL_CHARS = 32_767
"""Characters in one cell: Excel's own limit, so nothing Excel writes is refused."""

MAX_TEXT_CHARS = 30_000_000
"""Characters of all cells kept from one sheet (a shared text counted in every cell that shows
it): 20 per cell at :data:`MAX_CELLS`; real ledgers average under 10."""

MAX_SHEET_ROWS = 1_048_576
"""Row numbers of a worksheet and records of a CSV file (blank ones too): Excel's own limit."""

MAX_WORKSHEET_ROWS = 150_000
"""Row elements in a worksheet's XML, blank rows that carry a format (a height, a style) included:
openpyxl keeps up to 600 bytes of each such row until the sheet is read. A ledger writes one per
data row, plus the blank rows someone formatted below it."""

# -- workbooks (.xlsx) ------------------------------------------------------------------------

MAX_ZIP_MEMBERS = 10_000
"""Parts in the zip. A workbook has 10–50 (one per sheet, picture, comment …)."""

MAX_ZIP_DIRECTORY_BYTES = 4 * MB
"""The zip's central directory, read whole before anything else (about 100 bytes per part)."""

MAX_UNPACKED_BYTES = 512 * MB
"""All parts unpacked, by the sizes the zip declares: ten ledgers of 40,000 rows."""

MAX_WORKSHEET_BYTES = 256 * MB
"""One worksheet's XML, unpacked: a 40,000-row ledger is 40–60 MB. The cap of any part until its
first element says what it is."""

MAX_SHARED_STRINGS_BYTES = 64 * MB
"""The shared strings (``xl/sharedStrings.xml``, every distinct text of the workbook), unpacked:
a 40,000-row ledger has 10–20 MB."""

MAX_SHARED_STRINGS = 500_000
"""Distinct texts in the shared strings, all kept in memory (about 150 bytes each) while the
workbook is read: a 40,000-row ledger has 100,000–300,000 (names, ID numbers, phones, addresses)."""

MAX_PART_BYTES = 16 * MB
"""Any other XML part openpyxl reads whole (styles, workbook, relationships, properties):
real ones are under 1 MB; a workbook whose formats piled up over years reaches a few MB."""

MAX_PART_ELEMENTS = 150_000
"""Elements openpyxl keeps in memory from one part (a whole styles or workbook part; in a worksheet
everything but the rows, such as merged cells and links; in the shared strings everything but the
strings), at up to 700 bytes each once openpyxl has made them objects. Excel allows 64,000 cell
formats (about 130,000 elements with an alignment each) and 65,530 links per sheet."""

MAX_ROW_ELEMENTS = 100_000
"""Elements inside one worksheet row (a cell is 2–4: ``c``, ``v``, ``is``/``t``, ``f``): Excel's
16,384 columns fit; the row is let go once read."""

MAX_ROW_CHARS = 2_000_000
"""Characters inside one worksheet row or shared string, all its cells together."""

MAX_TOKEN_BYTES = 1 * MB
"""Bytes of XML the parser may have to hold before it can say anything (one tag with its
attributes, one comment): real tags are under 1 KB; a cell of 32,767 characters is under 128 KB."""

MAX_RATIO = 200
"""Unpacked size ÷ packed size of one part of over :data:`RATIO_FLOOR_BYTES`. Real parts pack
5–50 times smaller; deflate can reach 1,032 (a zip bomb)."""

RATIO_FLOOR_BYTES = 1 * MB
"""Parts smaller than this unpacked are never judged by their ratio (a tiny part of repeated bytes
is harmless)."""

# -- CSV --------------------------------------------------------------------------------------

MAX_LINE_CHARS = 1_000_000
"""Characters of one line of a CSV file: 500 columns of 2,000 characters."""

MAX_RECORD_CHARS = 2_000_000
"""Characters of one CSV record, which may span lines inside quotes."""
