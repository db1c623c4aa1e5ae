"""The first steps of an import in one call: read the file, tell the ledger, map the columns.

:func:`plan_import` reads a sheet (:func:`db.sheets.read.read_sheet`), guesses its kind unless one
is given (:func:`db.sheets.mapping.guess_kind`) and maps its columns (:func:`auto_map`), the office's
remembered choices first. It touches no database, so the wizard may run it before a session
exists; the :class:`ImportPlan` it returns goes to :func:`db.sheets.preview.build_preview` once the
user has confirmed (or corrected) the kind and the mapping.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from db.sheets.errors import SheetKindUnknown, SheetNoColumns
from db.sheets.mapping import ColumnMapping, KindGuess, MappingMemory, auto_map, guess_kind, remembered_headers
from db.sheets.read import MAX_FILE_BYTES, MAX_ROWS, SheetData, read_sheet
from db.sheets.spec import resolve_kind, sheet_kind


@dataclass(frozen=True)
class ImportPlan:
    """A sheet read, and what the import would take it for."""

    sheet: SheetData
    kind_key: str | None  # None: the headers do not tell (the user must choose)
    guesses: tuple[KindGuess, ...]  # kinds ranked by how well they fit, best first
    kind_given: bool  # the kind was chosen by the caller rather than guessed
    mapping: ColumnMapping | None  # None while the kind is unknown
    remembered: dict[str, dict[str, str]]  # the office's remembered choices, by kind

    def with_kind(self, kind_key: str) -> ImportPlan:
        """The plan for another kind (the mapping made afresh for it)."""
        kind_key = resolve_kind(kind_key, importable=True)
        mapping = auto_map(kind_key, self.sheet.headers, self.remembered.get(kind_key))
        return replace(self, kind_key=kind_key, kind_given=True, mapping=mapping)

    def require_mapping(self) -> ColumnMapping:
        """The mapping; :class:`SheetKindUnknown` without a kind, :class:`SheetNoColumns` when no
        column fills a field."""
        if self.mapping is None or self.kind_key is None:
            raise SheetKindUnknown(self.sheet.file_name)
        if not self.mapping.mapped:
            raise SheetNoColumns(self.sheet.file_name, sheet_kind(self.kind_key).label)
        return self.mapping


def plan_import(
    path: Path | str,
    *,
    kind: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
    memory: MappingMemory | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    max_rows: int = MAX_ROWS,
) -> ImportPlan:
    """Read ``path`` and plan its import (see the module docstring).

    ``kind`` is a kind key or a ledger's name (``党员``); ``sheet`` a worksheet's name (default:
    the one whose header fits best); ``header_row`` the header's row number (default: found).
    Raises a :class:`~db.sheets.errors.SheetError` when the file cannot be used.
    """
    remembered = memory.load() if memory is not None else {}
    kind_key = resolve_kind(kind, importable=True) if kind else None
    data = read_sheet(
        path,
        sheet,
        kind_key=kind_key,
        header_row=header_row,
        remembered=remembered_headers(remembered, kind_key),
        max_bytes=max_bytes,
        max_rows=max_rows,
    )
    guesses = tuple(guess_kind(data.headers, sheet_name=data.sheet_name, title=data.title, remembered=remembered))
    chosen = kind_key or (guesses[0].kind_key if guesses and guesses[0].score >= 2 else None)
    mapping = auto_map(chosen, data.headers, remembered.get(chosen)) if chosen else None
    return ImportPlan(data, chosen, guesses, kind_key is not None, mapping, remembered)
