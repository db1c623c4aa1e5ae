"""Lists out to Excel, and blank templates to collect a ledger in the right shape.

:func:`export_list` writes the live records of one kind that match a list's search and
:class:`~db.listing.ListFilter` — the same query as the app's list (:func:`db.listing.page_ids`) —
to an ``.xlsx``: one sheet named after the ledger, a header row of Chinese column names
(:mod:`db.sheets.spec`), frozen and with an autofilter, columns as wide as their contents, and
typed cells: dates as Excel dates (``yyyy-mm-dd``), money as numbers in 元 (``#,##0.00``), counts
and areas as numbers, ID numbers and phones as text (so Excel keeps every digit), enumerations by
their Chinese label, yes/no as 是/否, linked records by name. Such a workbook imports back to the
same records (:mod:`db.sheets.preview` matches them, so it changes nothing).

:func:`write_template` writes an empty workbook for one kind: a title row that says how to fill it
in, the header row (required columns marked ``*``, each with a note), drop-down lists for
enumerations and yes/no, date and text formats on the rows to fill, and a sheet 填写说明 with the
same notes for people collecting data on paper.

Files are written atomically (a temporary file in the same folder, fsync, rename): a failure
leaves no half-written workbook and keeps an older file of the same name as it was. openpyxl
itself writes each sheet to a temporary file in the system's temporary folder first; a full disk
there, or at the target, is :class:`db.fileio.DiskFull` naming that folder, and the sheet writers
are closed and their temporaries removed at once (:func:`_writing`), so nothing is left and nothing
more is printed afterwards.
"""

from __future__ import annotations

import contextlib
import io
import os
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from db import listing
from db.enums import split_codes
from db.fileio import DiskFull, disk_full, write_atomic
from db.forms import Input, number_text
from db.listing import ListFilter, SortKey
from db.models import fen_to_yuan
from db.sheets.errors import SheetWriteFailed
from db.sheets.spec import NO_TEXT, YES_TEXT, SheetField, SheetKind, sheet_kind
from db.timeutil import format_local, utcnow

DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
INTEGER_FORMAT = "0"
NUMBER_FORMAT = "0.##"
TEXT_FORMAT = "@"
LIST_SEPARATOR = "、"
TEMPLATE_ROWS = 500  # rows of a template prepared with formats and drop-downs
_READ_BLOCK = 900
_WIDTH_SAMPLE = 1000
_MIN_WIDTH, _MAX_WIDTH = 6, 50


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind_key: str
    rows: int


# ---------------------------------------------------------------------------------------
# Values


def cell_value(column: SheetField, value: Any, titles: dict[str, str] | None = None) -> Any:
    """A stored value as an Excel cell holds it (see the module docstring); None for blank."""
    if value is None or value == "":
        return None
    kind = column.input
    if kind is Input.DATE:
        if isinstance(value, datetime):
            return value.date()
        return value if isinstance(value, date) else str(value)
    if kind is Input.MONEY:
        return fen_to_yuan(int(value))
    if kind is Input.INTEGER:
        return int(value)
    if kind is Input.NUMBER:
        number = float(value)
        return int(number) if number.is_integer() else number
    if kind is Input.FLAG:
        return YES_TEXT if value else NO_TEXT
    if kind is Input.CHOICE and column.enum is not None:
        return column.enum.label_of(str(value))
    if kind is Input.CHOICES and column.enum is not None:
        return LIST_SEPARATOR.join(column.enum.label_of(code) for code in split_codes(str(value))) or None
    if kind is Input.RECORD:
        return (titles or {}).get(str(value)) or None
    return str(value)


def value_text(column: SheetField, value: Any, titles: dict[str, str] | None = None) -> str:
    """A stored value as people read it in a preview: labels, 元 with two decimals, 是/否, names."""
    shown = cell_value(column, value, titles)
    if shown is None:
        return ""
    if isinstance(shown, date):
        return shown.isoformat()
    if isinstance(shown, Decimal):
        return f"{shown:,.2f}"
    if isinstance(shown, float):
        return number_text(shown)
    return str(shown)


def _format_of(column: SheetField) -> str | None:
    return {
        Input.DATE: DATE_FORMAT,
        Input.MONEY: MONEY_FORMAT,
        Input.INTEGER: INTEGER_FORMAT,
        Input.NUMBER: NUMBER_FORMAT,
        Input.ID_NUMBER: TEXT_FORMAT,
        Input.PHONE: TEXT_FORMAT,
    }.get(column.input)


def display_width(text: str) -> int:
    """How many character cells ``text`` takes (a Chinese character counts two)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _widths(sheet: SheetKind, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[float]:
    widths = [display_width(header) + 2 for header in headers]
    for values in rows[:_WIDTH_SAMPLE]:
        for index, value in enumerate(values):
            if value is None:
                continue
            column = sheet.fields[index]
            if isinstance(value, date):
                size = 10
            elif isinstance(value, Decimal):
                size = len(f"{value:,.2f}")
            else:
                size = display_width(str(value))
            widths[index] = max(widths[index], size + 2)
            if column.input is Input.ID_NUMBER:
                widths[index] = max(widths[index], 20)
    return [float(min(max(width, _MIN_WIDTH), _MAX_WIDTH)) for width in widths]


def _sheet_title(text: str) -> str:
    cleaned = "".join("_" if char in "[]:*?/\\" else char for char in text)
    return cleaned[:31] or "Sheet1"


# ---------------------------------------------------------------------------------------
# Saving


def save_workbook_atomic(workbook: Any, path: Path | str) -> Path:
    """Save an openpyxl workbook at ``path`` all at once (built in memory, then
    :func:`db.fileio.write_atomic`); :class:`SheetWriteFailed` when the folder is missing or not
    writable, and then nothing is left half-written."""
    target = _check_folder(path)
    buffer = io.BytesIO()
    with _writing(workbook):
        workbook.save(buffer)
    try:
        write_atomic(target, buffer.getvalue())
    except DiskFull:
        raise  # said as such, naming the folder
    except OSError as exc:
        raise SheetWriteFailed(str(target), exc.strerror or str(exc)) from None
    return target


_LIBXML_FULL = ("IO_ENOSPC", "IO_EFBIG", "IO_EDQUOT")


def _temp_folder_full(exc: BaseException) -> DiskFull | None:
    """:class:`DiskFull` when ``exc`` is openpyxl failing to write its temporary sheet files for lack
    of room: an ``OSError`` (its folder), or lxml's ``SerialisationError: IO_ENOSPC`` (the system's
    temporary folder, where openpyxl puts them)."""
    import tempfile

    if isinstance(exc, OSError):
        where = Path(exc.filename).parent if isinstance(exc.filename, str) else Path(tempfile.gettempdir())
        return disk_full(exc, where)
    if type(exc).__name__ == "SerialisationError" and any(name in str(exc) for name in _LIBXML_FULL):
        return DiskFull(tempfile.gettempdir())
    return None


def _close_quietly(writer: Any) -> None:
    """Finish an openpyxl sheet writer that failed: its XML stream closed now (not later, by the
    garbage collector, printing the same failure again) and its temporary file removed."""
    for stream in (getattr(writer, "_rows", None), getattr(writer, "xf", None)):
        if stream is not None and hasattr(stream, "close"):
            with contextlib.suppress(Exception):
                stream.close()
    out = getattr(writer, "out", None)
    if isinstance(out, str):
        with contextlib.suppress(OSError):
            os.remove(out)
        from openpyxl.worksheet import _writer

        with contextlib.suppress(ValueError):
            _writer.ALL_TEMP_FILES.remove(out)


@contextlib.contextmanager
def _writing(workbook: Any) -> Iterator[None]:
    """Build or save ``workbook``; on failure close every sheet writer involved (those of a
    write-only workbook, and those the failed save had open) and its zip archive, and say a full
    disk as such."""
    import zipfile

    try:
        yield
    except BaseException as exc:
        from openpyxl.worksheet._writer import WorksheetWriter

        writers: list[Any] = []
        for worksheet in getattr(workbook, "_sheets", []):
            writers.append(worksheet)  # a write-only sheet's row stream
            if getattr(worksheet, "_writer", None) is not None:
                writers.append(worksheet._writer)
        archives: list[zipfile.ZipFile] = []
        trace = exc.__traceback__
        while trace is not None:
            for value in trace.tb_frame.f_locals.values():
                if isinstance(value, WorksheetWriter):
                    writers.append(value)
                elif isinstance(value, zipfile.ZipFile):
                    archives.append(value)
            trace = trace.tb_next
        for writer in writers:
            _close_quietly(writer)
        for archive in archives:  # the workbook's zip, while the stream under it is still open
            with contextlib.suppress(Exception):
                archive.close()
        full = _temp_folder_full(exc) if isinstance(exc, Exception) and not isinstance(exc, DiskFull) else None
        if full is not None:
            raise full from None
        raise


def _check_folder(path: Path | str) -> Path:
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise SheetWriteFailed(str(target), "文件夹不存在")
    return target


def _header_style() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Font, PatternFill

    return {
        "font": Font(bold=True),
        "fill": PatternFill("solid", fgColor="DDEBF7"),
        "alignment": Alignment(horizontal="center", vertical="center", wrap_text=True),
    }


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


# ---------------------------------------------------------------------------------------
# Lists


def _record_rows(
    session: Session, sheet: SheetKind, ids: Sequence[str], progress: Callable[[int, int], None] | None
) -> list[list[Any]]:
    names = list(sheet.names)
    stored: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), _READ_BLOCK):
        chunk = ids[start : start + _READ_BLOCK]
        found = listing.rows_by_ids(session, sheet.key, chunk, names)
        stored.extend(found[record_id] for record_id in chunk if record_id in found)
        if progress is not None:
            progress(min(start + _READ_BLOCK, len(ids)), len(ids))
    titles: dict[str, dict[str, str]] = {}
    for position, column in enumerate(sheet.fields):
        if column.input is Input.RECORD and column.ref_kind:
            wanted = {str(values[position]) for values in stored if values[position]}
            titles[column.name] = listing.titles_by_ids(session, column.ref_kind, wanted)
    return [
        [cell_value(column, values[position], titles.get(column.name)) for position, column in enumerate(sheet.fields)]
        for values in stored
    ]


def export_list(
    session: Session,
    kind_key: str,
    path: Path | str,
    *,
    search: str = "",
    filters: ListFilter | None = None,
    order_by: str | SortKey | None = None,
    descending: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Write the live records of ``kind_key`` matching ``search`` and ``filters``, in the list's
    order (``order_by`` / ``descending`` as :func:`db.listing.page_ids` takes them), to ``path``."""
    from openpyxl import Workbook

    sheet = sheet_kind(kind_key)
    _check_folder(path)
    ids = listing.page_ids(session, kind_key, search, order_by=order_by, descending=descending, filters=filters)
    rows = _record_rows(session, sheet, ids, progress)

    workbook = Workbook(write_only=True)
    with _writing(workbook):
        target = _write_list(workbook, sheet, path, search, rows)
    return ExportResult(target, kind_key, len(rows))


def _write_list(workbook: Any, sheet: SheetKind, path: Path | str, search: str, rows: list[list[Any]]) -> Path:
    """Fill the write-only ``workbook`` with the header and ``rows``, and save it at ``path``."""
    from openpyxl.cell import WriteOnlyCell

    headers = [column.header for column in sheet.fields]
    workbook.properties.creator = "社区台账"
    workbook.properties.title = f"{sheet.label}（导出于 {format_local(utcnow())}）"
    if search.strip():
        workbook.properties.description = f"搜索：{search.strip()}"
    worksheet = workbook.create_sheet(_sheet_title(sheet.label))
    worksheet.freeze_panes = "A2"
    for index, width in enumerate(_widths(sheet, headers, rows)):
        worksheet.column_dimensions[_column_letter(index)].width = width
    last = _column_letter(len(headers) - 1)
    worksheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"

    style = _header_style()
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(worksheet, value=header)
        cell.font, cell.fill, cell.alignment = style["font"], style["fill"], style["alignment"]
        header_cells.append(cell)
    worksheet.append(header_cells)
    formats = [_format_of(column) for column in sheet.fields]
    for values in rows:
        out: list[Any] = []
        for value, number_format in zip(values, formats, strict=True):
            if value is None or number_format is None:
                out.append(value)
                continue
            cell = WriteOnlyCell(worksheet, value=value)
            cell.number_format = number_format
            out.append(cell)
        worksheet.append(out)
    return save_workbook_atomic(workbook, path)


# ---------------------------------------------------------------------------------------
# Templates


def column_hint(column: SheetField) -> str:
    """How to fill a column in, for a template's notes (``必填。日期，如 2024-05-01``)."""
    parts = ["必填" if column.required else "选填"]
    kind = column.input
    if kind is Input.DATE:
        parts.append("日期，如 2024-05-01")
    elif kind is Input.MONEY:
        parts.append("金额（元），只填数字，如 1200.50")
    elif kind is Input.INTEGER:
        parts.append("整数")
    elif kind is Input.NUMBER:
        parts.append("数字，如 120.5")
    elif kind is Input.FLAG:
        parts.append("填“是”或“否”")
    elif kind is Input.CHOICE and column.enum is not None:
        parts.append("从下拉列表中选择：" + LIST_SEPARATOR.join(member.label for member in column.enum))
    elif kind is Input.CHOICES and column.enum is not None:
        parts.append("可填多项，用“、”分开：" + LIST_SEPARATOR.join(member.label for member in column.enum))
    elif kind is Input.ID_NUMBER:
        parts.append("18 位身份证号，按文本填写（出生日期和性别可不填，会从身份证号读出）")
    elif kind is Input.PHONE:
        parts.append("手机 11 位，固定电话如 0478-8123456")
    elif kind is Input.RECORD and column.ref_kind:
        from db.kinds import kind as record_kind

        parts.append(f"填写{record_kind(column.ref_kind).label}的名称（须已在台账中）")
    return "。".join(parts)


def write_template(kind_key: str, path: Path | str, *, rows: int = TEMPLATE_ROWS) -> Path:
    """Write the blank template of ``kind_key`` to ``path``; see the module docstring."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    sheet = sheet_kind(kind_key)
    _check_folder(path)
    workbook = Workbook()
    workbook.properties.creator = "社区台账"
    workbook.properties.title = f"{sheet.label}导入模板"
    worksheet = workbook.active
    worksheet.title = _sheet_title(sheet.label)
    headers = [column.header + ("*" if column.required else "") for column in sheet.fields]
    width = len(headers)
    first, last_row = 3, 2 + rows

    worksheet.cell(row=1, column=1, value=_template_title(sheet))
    worksheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    title = worksheet.cell(row=1, column=1)
    title.font = Font(bold=True, size=12)
    title.alignment = Alignment(wrap_text=True, vertical="center")
    worksheet.row_dimensions[1].height = 48

    style = _header_style()
    for index, (column, header) in enumerate(zip(sheet.fields, headers, strict=True), 1):
        cell = worksheet.cell(row=2, column=index, value=header)
        cell.font, cell.fill, cell.alignment = style["font"], style["fill"], style["alignment"]
        cell.comment = Comment(column_hint(column), "社区台账", width=260, height=120)
    worksheet.freeze_panes = f"A{first}"

    options = workbook.create_sheet("选项")
    options.sheet_state = "hidden"
    option_column = 0
    for index, column in enumerate(sheet.fields, 1):
        letter = _column_letter(index - 1)
        worksheet.column_dimensions[letter].width = float(
            min(max(display_width(headers[index - 1]) + 4, 12 if column.input is Input.DATE else 8), _MAX_WIDTH)
        )
        if column.input is Input.ID_NUMBER:
            worksheet.column_dimensions[letter].width = 22.0
        number_format = _format_of(column)
        if number_format is not None:
            for row in range(first, last_row + 1):
                worksheet.cell(row=row, column=index).number_format = number_format
        choices: list[str] = []
        if column.input is Input.CHOICE and column.enum is not None:
            choices = [member.label for member in column.enum]
        elif column.input is Input.FLAG:
            choices = [YES_TEXT, NO_TEXT]
        if not choices:
            continue
        option_column += 1
        option_letter = _column_letter(option_column - 1)
        options.cell(row=1, column=option_column, value=column.header)
        for position, choice in enumerate(choices, 2):
            options.cell(row=position, column=option_column, value=choice)
        validation = DataValidation(
            type="list",
            formula1=f"'选项'!${option_letter}$2:${option_letter}${len(choices) + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="请从列表中选择",
            error=f"{column.label}请从下拉列表中选择。",
        )
        validation.add(f"{letter}{first}:{letter}{last_row}")
        worksheet.add_data_validation(validation)

    guide = workbook.create_sheet("填写说明")
    guide.append(["列名", "是否必填", "怎么填"])
    for cell in guide[1]:
        cell.font = Font(bold=True)
    for column in sheet.fields:
        hint = column_hint(column)
        guide.append(
            [column.header, "必填" if column.required else "选填", hint.split("。", 1)[1] if "。" in hint else ""]
        )
    guide.column_dimensions["A"].width = 22.0
    guide.column_dimensions["B"].width = 10.0
    guide.column_dimensions["C"].width = 90.0
    workbook.active = 0
    return save_workbook_atomic(workbook, path)


def _template_title(sheet: SheetKind) -> str:
    return (
        f"{sheet.label}导入模板：从第 3 行起每行填一条{sheet.label}记录；带 * 的列必须填写；"
        "日期写成 2024-05-01；选择项请从下拉列表中选；身份证号、电话按文本填写。"
        "第 2 行的列名请勿修改，填好后在“社区台账”中导入。"
    )
