"""Spreadsheets in and out: an office's Excel ledgers imported, any list exported, blank templates.

Importing is four steps, each a plain function the command line (``shequ import-xlsx``) and the
app's import wizard both call:

:func:`plan_import` does steps 1 and 2 in one call and returns an :class:`ImportPlan`.

1. :func:`read_sheet` — the file checked (``.xls``, a password, a file too large are refused with
   a message saying what to do) and one sheet read: its header row found past merged title rows,
   its data rows with their Excel row numbers, totals and footers set aside.
2. :func:`guess_kind` and :func:`auto_map` — which ledger the sheet is and which column is which
   field; the office's earlier choices (:class:`MappingMemory`) come first. The wizard lets the
   user change the :class:`ColumnMapping` (``assign``, ``with_constant``).
3. :func:`build_preview` — every row converted, checked and matched with the stored records,
   nothing written: a :class:`Preview` of :class:`PreviewRow` with :class:`RowAction` and a
   validation :class:`~db.validation.Report`; the user may :meth:`Preview.skip` or
   :meth:`Preview.fix` rows.
4. :func:`commit_preview` — the good rows in one transaction with their audit entries
   (reason ``从 Excel 导入：文件名.xlsx``); :meth:`MappingMemory.remember` keeps the mapping.

:func:`export_list` writes a list (search and filters as in the app) to ``.xlsx``;
:func:`write_template` writes a blank workbook for collecting one ledger.

This package is Qt-free; openpyxl is imported only when a workbook is read or written.
"""

from db.sheets.commit import CommitResult, commit_preview, import_reason
from db.sheets.errors import SheetError
from db.sheets.export import ExportResult, cell_value, column_hint, export_list, value_text, write_template
from db.sheets.mapping import ColumnMapping, KindGuess, MappingMemory, auto_map, guess_kind
from db.sheets.plan import ImportPlan, plan_import
from db.sheets.preview import Preview, PreviewCounts, PreviewRow, RowAction, build_preview
from db.sheets.read import SheetData, SourceRow, check_file, read_sheet, sheet_names
from db.sheets.spec import (
    EXPORTABLE_KINDS,
    IMPORTABLE_KINDS,
    SheetField,
    SheetKind,
    resolve_kind,
    sheet_kind,
)

__all__ = [
    "EXPORTABLE_KINDS",
    "IMPORTABLE_KINDS",
    "ColumnMapping",
    "CommitResult",
    "ExportResult",
    "ImportPlan",
    "KindGuess",
    "MappingMemory",
    "Preview",
    "PreviewCounts",
    "PreviewRow",
    "RowAction",
    "SheetData",
    "SheetError",
    "SheetField",
    "SheetKind",
    "SourceRow",
    "auto_map",
    "build_preview",
    "cell_value",
    "check_file",
    "column_hint",
    "commit_preview",
    "export_list",
    "guess_kind",
    "import_reason",
    "plan_import",
    "read_sheet",
    "resolve_kind",
    "sheet_kind",
    "sheet_names",
    "value_text",
    "write_template",
]
