"""Which ledger a sheet holds, which column is which field, and remembering what the office chose.

* :func:`guess_kind` ranks the importable kinds by how many of a sheet's headers they know
  (headers only one kind uses, such as 入党日期, count more), with the sheet's name and title rows
  as a tie-breaker.
* :func:`auto_map` maps each header to a field of the kind: first what this office mapped that
  header to before (:class:`MappingMemory`), then the words of :mod:`db.sheets.spec`.
* :class:`ColumnMapping` is immutable; the import wizard changes it with :meth:`ColumnMapping.assign`
  (one field per column, one column per field) and :meth:`ColumnMapping.with_constant` (a value
  for every row, e.g. the category of a sheet of 低保户 that has no category column).
* :class:`MappingMemory` keeps the office's choices in ``<data folder>/sheet-mappings.json``
  (written atomically), per kind: normalized header → field (``""``: a column left out).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from db import kinds
from db.fileio import write_atomic
from db.sheets.convert import money_scale
from db.sheets.spec import (
    IGNORED_HEADERS,
    IMPORTABLE_KINDS,
    distinctive_headers,
    field_for_header,
    normalize_header,
    sheet_kind,
)

MAPPINGS_FILENAME = "sheet-mappings.json"
_FORMAT_VERSION = 1


@dataclass(frozen=True)
class ColumnMapping:
    """For one sheet: the kind it is imported into and, for each column, the field it fills.

    ``fields[i]`` is the field of column ``i`` (``headers[i]``), or None for a column left out.
    ``constants`` gives fields a value for every row (used where a row's cell is blank or the
    sheet has no such column), written as in a cell (``"低保户"``).
    """

    kind_key: str
    headers: tuple[str, ...]
    fields: tuple[str | None, ...]
    constants: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.fields) != len(self.headers):
            raise ValueError("one field (or None) per header")

    # -- reading ---------------------------------------------------------------------

    @property
    def mapped(self) -> dict[str, int]:
        """field → the column that fills it."""
        return {name: index for index, name in enumerate(self.fields) if name is not None}

    def column_of(self, name: str) -> int | None:
        return self.mapped.get(name)

    @property
    def unmapped_headers(self) -> list[str]:
        """Headers of the columns left out (running numbers and empty headers not included)."""
        return [
            header
            for header, name in zip(self.headers, self.fields, strict=True)
            if name is None and header and normalize_header(header) not in IGNORED_HEADERS
        ]

    @property
    def missing_required(self) -> list[str]:
        """Required fields of the kind that no column (nor a constant) fills."""
        mapped = self.mapped
        return [
            f.name
            for f in sheet_kind(self.kind_key).fields
            if f.required and f.name not in mapped and f.name not in self.constants
        ]

    def scales(self) -> dict[str, int]:
        """field → multiplier for money columns headed in 万元."""
        sheet = sheet_kind(self.kind_key)
        found: dict[str, int] = {}
        for name, index in self.mapped.items():
            if sheet.field(name).is_money:
                scale = money_scale(self.headers[index])
                if scale != 1:
                    found[name] = scale
        return found

    # -- changing ----------------------------------------------------------------------

    def assign(self, column: int, name: str | None) -> ColumnMapping:
        """A copy with column ``column`` filling ``name`` (None: left out); a column that filled
        ``name`` before is left out."""
        if name is not None:
            sheet_kind(self.kind_key).field(name)  # KeyError for a field the kind does not have
        fields = [None if (name is not None and existing == name) else existing for existing in self.fields]
        fields[column] = name
        return replace(self, fields=tuple(fields))

    def with_constant(self, name: str, value: Any) -> ColumnMapping:
        """A copy giving field ``name`` the value ``value`` in every row (None or "" removes it)."""
        sheet_kind(self.kind_key).field(name)
        constants = dict(self.constants)
        if value is None or (isinstance(value, str) and not value.strip()):
            constants.pop(name, None)
        else:
            constants[name] = value
        return replace(self, constants=constants)

    def for_kind(self, kind_key: str, remembered: Mapping[str, str] | None = None) -> ColumnMapping:
        """The automatic mapping of the same headers for another kind."""
        return auto_map(kind_key, self.headers, remembered)

    def to_dict(self) -> dict[str, Any]:
        sheet = sheet_kind(self.kind_key)
        return {
            "kind": self.kind_key,
            "columns": [
                {"header": header, "field": name, "label": sheet.field(name).label if name else None}
                for header, name in zip(self.headers, self.fields, strict=True)
            ],
            "constants": {name: str(value) for name, value in self.constants.items()},
        }


def auto_map(kind_key: str, headers: Sequence[str], remembered: Mapping[str, str] | None = None) -> ColumnMapping:
    """Map each header to a field of ``kind_key``: the office's remembered choice first, then the
    known words; each field is filled by the first column that names it."""
    sheet_kind(kind_key)
    memory = remembered or {}
    taken: set[str] = set()
    fields: list[str | None] = []
    valid = set(sheet_kind(kind_key).names)
    for header in headers:
        normalized = normalize_header(header)
        name: str | None = None
        if normalized in memory:
            chosen = memory[normalized]
            name = chosen if chosen in valid else None
        elif normalized and normalized not in IGNORED_HEADERS:
            name = field_for_header(kind_key, normalized)
        if name is not None and name in taken:
            name = None
        if name is not None:
            taken.add(name)
        fields.append(name)
    return ColumnMapping(kind_key, tuple(headers), tuple(fields))


# ---------------------------------------------------------------------------------------
# Guessing the kind


@dataclass(frozen=True)
class KindGuess:
    kind_key: str
    score: int
    matched: int  # columns the kind knows


def guess_kind(
    headers: Sequence[str],
    *,
    sheet_name: str = "",
    title: str = "",
    remembered: Mapping[str, Mapping[str, str]] | None = None,
) -> list[KindGuess]:
    """The importable kinds ranked by how well they fit the headers, best first (score > 0 only).

    A header only one kind knows counts 3, a shared one (姓名, 性别) 1, a header this office
    mapped for the kind before 3; a kind named by the sheet's name or title rows gets 2 more.
    """
    known = distinctive_headers()
    memory = remembered or {}
    guesses: list[KindGuess] = []
    context = f"{sheet_name} {title}"
    for kind_key in IMPORTABLE_KINDS:
        score = 0
        matched = 0
        kind_memory = memory.get(kind_key, {})
        seen: set[str] = set()
        for header in headers:
            normalized = normalize_header(header)
            if not normalized or normalized in IGNORED_HEADERS:
                continue
            if kind_memory.get(normalized):
                name: str | None = kind_memory[normalized]
                weight = 3
            else:
                name = field_for_header(kind_key, normalized)
                owners = known.get(normalized) or frozenset()
                weight = 3 if owners == frozenset({kind_key}) else 1
            if name is None or name in seen:
                continue
            seen.add(name)
            matched += 1
            score += weight
        if matched and any(word in context for word in kinds.kind(kind_key).sheet_words):
            score += 2
        if score:
            guesses.append(KindGuess(kind_key, score, matched))
    order = {key: index for index, key in enumerate(IMPORTABLE_KINDS)}
    guesses.sort(key=lambda guess: (-guess.score, order[guess.kind_key]))
    return guesses


# ---------------------------------------------------------------------------------------
# Remembering the office's choices


class MappingMemory:
    """The header → field choices of one office, kept in ``<data folder>/sheet-mappings.json``.

    A damaged or missing file counts as empty (it only saves typing); it is rewritten whole,
    atomically (a temporary file in the same folder, fsync, rename).
    """

    def __init__(self, data_dir: Path | str) -> None:
        self.path = Path(data_dir).expanduser() / MAPPINGS_FILENAME

    def load(self) -> dict[str, dict[str, str]]:
        """kind → {normalized header: field or ""}."""
        try:
            payload = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        kinds_ = payload.get("kinds") if isinstance(payload, dict) else None
        if not isinstance(kinds_, dict):
            return {}
        found: dict[str, dict[str, str]] = {}
        for kind_key, headers in kinds_.items():
            if kind_key in IMPORTABLE_KINDS and isinstance(headers, dict):
                found[kind_key] = {str(h): str(f) for h, f in headers.items() if isinstance(f, str)}
        return found

    def for_kind(self, kind_key: str) -> dict[str, str]:
        return self.load().get(kind_key, {})

    def headers(self) -> set[str]:
        """Every normalized header remembered for any kind (they mark header rows)."""
        return {header for headers in self.load().values() for header, name in headers.items() if name}

    def remember(self, mapping: ColumnMapping) -> None:
        """Keep the choices of ``mapping`` (each non-empty header → its field, or "" when left out)."""
        everything = self.load()
        kind_memory = everything.setdefault(mapping.kind_key, {})
        for header, name in zip(mapping.headers, mapping.fields, strict=True):
            normalized = normalize_header(header)
            if normalized and normalized not in IGNORED_HEADERS:
                kind_memory[normalized] = name or ""
        self._write({"version": _FORMAT_VERSION, "kinds": everything})

    def _write(self, payload: dict[str, Any]) -> None:
        data = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        write_atomic(self.path, data)


def remembered_headers(memory: Mapping[str, Mapping[str, str]], kind_key: str | None = None) -> set[str]:
    """The remembered normalized headers that name a field (of one kind, or of any)."""
    chosen: Iterable[Mapping[str, str]] = [memory.get(kind_key, {})] if kind_key else memory.values()
    return {header for headers in chosen for header, name in headers.items() if name}
