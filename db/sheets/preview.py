"""The import preview: every row of a sheet as it would be imported, with what is wrong with it.

:func:`build_preview` reads nothing from the file (that is :func:`db.sheets.read.read_sheet`) and
writes nothing to the database (that is :func:`db.sheets.commit.commit_preview`). For each data row
it converts the cells (:mod:`db.sheets.convert`), fills in birth date and gender from a valid ID
number, links named records (a member's 所在党组织 by the organisation's name), matches the row
with an existing record, and validates the result with the same rules as the editor
(:func:`db.validation.validate_values`). Each :class:`PreviewRow` then says what the import would
do with it (:class:`RowAction`): create a record, update one, leave one unchanged — or nothing,
because the row has errors or the user skipped it.

Matching (a re-import updates instead of duplicating):

* people (社区工作者, 党员, 帮扶对象, 志愿者): by ID number; else by name and birth date (志愿者:
  name and phone) when one side has no ID number. The same name and birth date with two different
  ID numbers is reported as a likely duplicate and imported as a new record.
* other ledgers by what names a record: 党组织, 场所, 共建单位 by name; 活动 by date and title;
  经费 by date, source, amount and purpose; 创建评比 by year, title and awardee.

Each existing record is matched by one row at most, in file order. A blank cell never clears a
stored value: an update changes only the fields the sheet fills. Within the file, a repeated ID
number is an error (the later row is not imported until fixed); other repeats are warnings.

All existing records of the kind (and the names of linked records) are read once, in a few
queries, so a preview of 20,000 rows makes no query per row. The wizard changes a preview with
:meth:`Preview.skip` and :meth:`Preview.fix`, which re-check the row and the matching of the file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.orm import Session

from db import kinds
from db.forms import Input, model_default
from db.sheets.convert import convert_row, is_blank, unify
from db.sheets.mapping import ColumnMapping
from db.sheets.read import IgnoredRow, SheetData
from db.sheets.spec import NO_WORDS, YES_WORDS, SheetField, normalize_header, sheet_kind
from db.timeutil import local_today
from db.validation import Issue, Report, Severity, parse_id_number, validate_values
from db.validation.idcard import id_number_problem
from db.validation.report import make_params


class RowAction(StrEnum):
    """What the import does with a row."""

    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"  # matches a record and would change nothing
    ERROR = "error"  # has errors: left out until fixed
    SKIP = "skip"  # left out by the user

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    RowAction.CREATE: "新增",
    RowAction.UPDATE: "更新",
    RowAction.UNCHANGED: "无变化",
    RowAction.ERROR: "有错误，不导入",
    RowAction.SKIP: "跳过",
}


@dataclass(eq=False)
class PreviewRow:
    """One data row of the sheet and what its import would do."""

    number: int  # the row number as Excel shows it
    cells: dict[str, Any]  # field → what the sheet holds (or the user's correction)
    values: dict[str, Any] = field(default_factory=dict)  # the record's values after the import
    report: Report = field(default_factory=Report)
    record_id: str = ""  # the record created (a fresh id) or updated
    match_id: str | None = None  # the existing record updated
    match_by: str = ""  # "id_number", "name_birth_date", "name_phone" or "key"
    match_title: str = ""
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field → (stored, imported)
    duplicate_of: int | None = None  # an earlier row of the file with the same person or key
    skipped: bool = False
    # internal: the converted cells, their conversion issues, the cross-row issues
    _converted: dict[str, Any] = field(default_factory=dict)
    _cell_issues: list[Issue] = field(default_factory=list)
    _cross_issues: list[Issue] = field(default_factory=list)
    _resolved: dict[str, str | None] = field(default_factory=dict)
    _new_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def action(self) -> RowAction:
        if self.skipped:
            return RowAction.SKIP
        if self.report.has_errors:
            return RowAction.ERROR
        if self.match_id is None:
            return RowAction.CREATE
        return RowAction.UPDATE if self.changes else RowAction.UNCHANGED

    @property
    def imported(self) -> bool:
        """Whether the import writes this row (a new record or changes)."""
        return self.action in (RowAction.CREATE, RowAction.UPDATE)

    @property
    def has_errors(self) -> bool:
        return self.report.has_errors

    @property
    def has_warnings(self) -> bool:
        return self.report.has_warnings

    @property
    def is_duplicate(self) -> bool:
        return any(issue.code.endswith((".duplicate", ".duplicate_in_file")) for issue in self.report)

    def title(self, kind_key: str) -> str:
        name = kinds.kind(kind_key).title_field
        value = self.values.get(name)
        return "" if value is None else str(value)


@dataclass(frozen=True)
class PreviewCounts:
    rows: int  # data rows read (ignored rows not included)
    create: int
    update: int
    unchanged: int
    errors: int  # rows with errors (not imported)
    warnings: int  # rows with warnings (imported)
    duplicates: int  # rows that look like a duplicate (in the file or of a stored record)
    skipped: int  # rows the user left out
    ignored: int  # totals, footers, rows without content

    @property
    def imported(self) -> int:
        return self.create + self.update

    def to_dict(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "create": self.create,
            "update": self.update,
            "unchanged": self.unchanged,
            "errors": self.errors,
            "warnings": self.warnings,
            "duplicates": self.duplicates,
            "skipped": self.skipped,
            "ignored": self.ignored,
        }


# ---------------------------------------------------------------------------------------
# What the database holds


def _table(kind_key: str) -> Table:
    table: Table = kinds.kind(kind_key).model.__table__  # type: ignore[attr-defined]
    return table


def _key_text(value: Any) -> str:
    if isinstance(value, str):
        return "".join(unify(value).split())
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _key(values: Mapping[str, Any], names: Sequence[str]) -> tuple[str, ...] | None:
    parts = []
    for name in names:
        value = values.get(name)
        if value is None or value == "":
            return None
        parts.append(_key_text(value))
    return tuple(parts)


class _RefIndex:
    """Live records of one kind by name (and party members by ID number)."""

    def __init__(self, session: Session, kind_key: str, office_code: str | None) -> None:
        record_kind = kinds.kind(kind_key)
        table = _table(kind_key)
        columns = [table.c.id, table.c[record_kind.title_field]]
        with_ids = record_kind.person_id_field is not None
        if with_ids:
            columns.append(table.c[str(record_kind.person_id_field)])
        conditions: list[ColumnElement[bool]] = [table.c.deleted_at.is_(None)]
        if office_code:
            conditions.append(table.c.office_code == office_code)
        self.by_title: dict[str, list[str]] = {}
        self.by_id_number: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        for row in session.execute(select(*columns).where(*conditions).order_by(table.c.id)):
            record_id, title = str(row[0]), "" if row[1] is None else str(row[1])
            self.titles[record_id] = title
            self.by_title.setdefault(_key_text(title), []).append(record_id)
            if with_ids and row[2]:
                self.by_id_number[str(row[2])] = record_id


class _Existing:
    """The live records of the kind, read once: their values, versions and matching keys."""

    def __init__(self, session: Session, kind_key: str, names: Sequence[str], office_code: str | None) -> None:
        table = _table(kind_key)
        wanted = [name for name in names if name in table.c]
        conditions: list[ColumnElement[bool]] = [table.c.deleted_at.is_(None)]
        if office_code:
            conditions.append(table.c.office_code == office_code)
        query = select(table.c.id, table.c.version, *(table.c[name] for name in wanted)).where(*conditions)
        self.values: dict[str, dict[str, Any]] = {}
        self.versions: dict[str, int] = {}
        for row in session.execute(query.order_by(table.c.modified_at, table.c.id)):
            record_id = str(row[0])
            self.versions[record_id] = int(row[1] or 0)
            self.values[record_id] = dict(zip(wanted, row[2:], strict=True))
        keys = kinds.kind(kind_key).natural_keys
        self.keys: dict[tuple[str, ...], dict[tuple[str, ...], list[str]]] = {names_: {} for names_ in keys}
        for record_id, values in self.values.items():
            for names_, index in self.keys.items():
                found = _key(values, names_)
                if found is not None:
                    index.setdefault(found, []).append(record_id)


# ---------------------------------------------------------------------------------------
# The preview


def _issue(name: str, severity: Severity, code: str, message: str, **params: object) -> Issue:
    return Issue(name, severity, code, message, make_params(params))


def _tail(number: str) -> str:
    return f"身份证尾号 {number[-4:]}" if number else "没有身份证号"


class Preview:
    """Every row of one sheet as the import would take it; see the module docstring.

    ``rows`` keep the sheet's order. The counts, the problems and what :func:`commit_preview`
    writes follow the rows' current state, so the wizard may :meth:`skip` and :meth:`fix` rows
    and show :attr:`counts` again.
    """

    def __init__(
        self,
        kind_key: str,
        sheet: SheetData,
        mapping: ColumnMapping,
        rows: list[PreviewRow],
        ignored: list[IgnoredRow],
        existing: _Existing,
        refs: dict[str, _RefIndex],
        office_code: str | None,
        today: date,
    ) -> None:
        self.kind_key = kind_key
        self.sheet = sheet
        self.mapping = mapping
        self.rows = rows
        self.ignored = ignored
        self.office_code = office_code
        self.today = today
        self.committed = False  # set by commit_preview: a preview is written once
        self._existing = existing
        self._refs = refs
        self._by_number = {row.number: row for row in rows}
        self._sheet_kind = sheet_kind(kind_key)
        self._columns = {f.name: f for f in self._sheet_kind.fields}
        self._scales = mapping.scales()
        self._defaults = {f.name: _default(kind_key, f) for f in self._sheet_kind.fields}

    # -- reading ---------------------------------------------------------------------

    @property
    def kind_label(self) -> str:
        return self._sheet_kind.label

    @property
    def columns(self) -> tuple[SheetField, ...]:
        """The kind's columns (fields in form order, with labels): what a preview grid shows."""
        return self._sheet_kind.fields

    def value_text(self, name: str, value: Any) -> str:
        """A value of field ``name`` (a row's value, or either side of a change) as people read it:
        labels, 元, 是/否, linked records by name (records new in this file included)."""
        from db.sheets.export import value_text

        column = self._columns[name]
        titles: dict[str, str] | None = None
        if column.input is Input.RECORD and column.ref_kind and value:
            index = self._refs.get(column.ref_kind)
            title = index.titles.get(str(value)) if index is not None else None
            if title is None and column.ref_kind == self.kind_key:
                title_field = kinds.kind(self.kind_key).title_field
                title = next(
                    (str(row.values.get(title_field) or "") for row in self.rows if row.record_id == value), None
                )
            titles = {str(value): title or ""}
        return value_text(column, value, titles)

    @property
    def source_label(self) -> str:
        return self.sheet.source_label

    def row(self, number: int) -> PreviewRow:
        """The row with sheet row number ``number``; KeyError when there is none."""
        return self._by_number[number]

    @property
    def counts(self) -> PreviewCounts:
        tally = dict.fromkeys(RowAction, 0)
        warnings = duplicates = 0
        for row in self.rows:
            action = row.action
            tally[action] += 1
            if action is not RowAction.SKIP and action is not RowAction.ERROR and row.has_warnings:
                warnings += 1
            if action is not RowAction.SKIP and row.is_duplicate:
                duplicates += 1
        return PreviewCounts(
            rows=len(self.rows),
            create=tally[RowAction.CREATE],
            update=tally[RowAction.UPDATE],
            unchanged=tally[RowAction.UNCHANGED],
            errors=tally[RowAction.ERROR],
            warnings=warnings,
            duplicates=duplicates,
            skipped=tally[RowAction.SKIP],
            ignored=len(self.ignored),
        )

    def importable_rows(self) -> list[PreviewRow]:
        """The rows the import writes: new records and updates, without errors, not skipped."""
        return [row for row in self.rows if row.imported]

    def problems(self, limit: int | None = None, *, errors_first: bool = True) -> list[tuple[PreviewRow, Issue]]:
        """(row, issue) for every issue of the rows not skipped, errors first, then by row."""
        found = [(row, issue) for row in self.rows if not row.skipped for issue in row.report]
        if errors_first:
            found.sort(key=lambda item: (not item[1].is_error, item[0].number))
        return found[:limit] if limit is not None else found

    def existing_version(self, record_id: str) -> int | None:
        return self._existing.versions.get(record_id)

    def to_dict(self, *, all_rows: bool = False) -> dict[str, Any]:
        """JSON-ready: the source, the mapping, the counts, and the rows (those with issues, or all)."""
        return {
            "file": self.sheet.file_name,
            "sheet": self.sheet.sheet_name,
            "header_row": self.sheet.header_row,
            "kind": self.kind_key,
            "kind_label": self.kind_label,
            "mapping": self.mapping.to_dict(),
            "counts": self.counts.to_dict(),
            "ignored": [{"row": item.number, "reason": item.reason, "text": item.text} for item in self.ignored],
            "rows": [
                {
                    "row": row.number,
                    "action": row.action.value,
                    "title": row.title(self.kind_key),
                    "match_id": row.match_id,
                    "match_by": row.match_by or None,
                    "changes": sorted(row.changes),
                    "issues": [issue.to_dict() for issue in row.report],
                }
                for row in self.rows
                if all_rows or len(row.report) or row.skipped
            ],
        }

    # -- changing --------------------------------------------------------------------

    def skip(self, number: int, skipped: bool = True) -> PreviewRow:
        """Leave row ``number`` out of the import (or take it back in); the file is matched again."""
        row = self.row(number)
        row.skipped = skipped
        self._recheck([row])
        return row

    def skip_many(self, numbers: Iterable[int], skipped: bool = True) -> list[PreviewRow]:
        """:meth:`skip` for several rows at once, matching the file again only once."""
        rows = [self.row(number) for number in numbers]
        for row in rows:
            row.skipped = skipped
        if rows:
            self._recheck(rows)
        return rows

    def fix(self, number: int, name: str, value: Any) -> PreviewRow:
        """Correct one cell: ``value`` as it would be typed into the sheet (text, a number, a date;
        None or "" empties it). The row is converted and checked again, then the file matched again."""
        self._columns[name]  # KeyError for a field the kind does not have
        row = self.row(number)
        row.cells[name] = None if is_blank(value) else value
        self._convert(row)
        self._recheck([row])
        return row

    # -- the work --------------------------------------------------------------------

    def _convert(self, row: PreviewRow) -> None:
        values, errors, warnings = convert_row(self._columns, row.cells, self._scales)
        issues = [_issue(name, Severity.ERROR, code, message) for name, code, message in errors]
        issues += [_issue(name, Severity.WARNING, code, message) for name, code, message in warnings]
        self._derive_from_id(values)
        row._converted = values
        row._cell_issues = issues

    def _derive_from_id(self, values: dict[str, Any]) -> None:
        """Birth date and gender from a valid ID number, where the sheet leaves them blank."""
        number = values.get("id_number")
        wants_birth = "birth_date" in self._columns and "birth_date" not in values
        wants_gender = "gender" in self._columns and "gender" not in values
        if not number or not (wants_birth or wants_gender):  # the sheet gives both: nothing to derive
            return
        if id_number_problem(str(number), today=self.today) is not None:
            return
        info = parse_id_number(str(number))
        if info is None:
            return
        if wants_birth:
            values["birth_date"] = info.birth_date
        if wants_gender:
            values["gender"] = info.gender

    def _recheck(self, touched: Iterable[PreviewRow] | None = None) -> None:
        """Match every row again (a match depends on the rows before it), then validate the rows
        whose match or links changed, and the ``touched`` ones (all rows when None)."""
        before = {id(row): _cross_state(row) for row in self.rows} if touched is not None else {}
        self._match()
        self._resolve_references()
        wanted = {id(row) for row in touched} if touched is not None else None
        for row in self.rows:
            if wanted is None or id(row) in wanted or before.get(id(row)) != _cross_state(row):
                self._validate(row)

    def _match(self) -> None:
        existing = self._existing
        used: set[str] = set()
        seen: dict[tuple[str, ...], dict[tuple[str, ...], int]] = {}
        record_kind = kinds.kind(self.kind_key)
        keys = record_kind.natural_keys
        for row in self.rows:
            row.match_id, row.match_by, row.match_title, row.duplicate_of = None, "", "", None
            row._cross_issues = []
            row.record_id = row._new_id
            if row.skipped:
                continue
            values = row._converted
            if record_kind.person_id_field is not None:
                self._match_person(row, values, keys, used, seen)
            else:
                self._match_key(row, values, keys[0], used, seen)
            if row.match_id is not None:
                used.add(row.match_id)
                row.match_title = str(existing.values[row.match_id].get(record_kind.title_field) or "")
            row.record_id = row.match_id or row._new_id

    def _match_person(
        self,
        row: PreviewRow,
        values: Mapping[str, Any],
        keys: tuple[tuple[str, ...], ...],
        used: set[str],
        seen: dict[tuple[str, ...], dict[tuple[str, ...], int]],
    ) -> None:
        strong, weak = keys
        existing = self._existing
        number = values.get("id_number") or ""
        label = self._sheet_kind.label
        strong_key = _key(values, strong)
        weak_key = _key(values, weak)
        weak_words = "和".join(self._columns[name].label for name in weak)
        if strong_key is not None:
            earlier = seen.setdefault(strong, {}).get(strong_key)
            if earlier is not None:
                row.duplicate_of = earlier
                row._cross_issues.append(
                    _issue(
                        "id_number",
                        Severity.ERROR,
                        "id_number.duplicate_in_file",
                        f"身份证号与第 {earlier} 行相同，同一个人只能导入一次；请删除或改正其中一行",
                        row=earlier,
                    )
                )
                return
            seen[strong][strong_key] = row.number
        if weak_key is not None:
            earlier = seen.setdefault(weak, {}).get(weak_key)
            if earlier is not None:
                row.duplicate_of = earlier
                row._cross_issues.append(
                    _issue(
                        weak[0],
                        Severity.WARNING,
                        f"{weak[0]}.duplicate_in_file",
                        f"{weak_words}与第 {earlier} 行相同，可能重复，请核对",
                        row=earlier,
                    )
                )
            else:
                seen[weak][weak_key] = row.number
        if strong_key is not None:
            for candidate in existing.keys[strong].get(strong_key, []):
                if candidate not in used:
                    row.match_id, row.match_by = candidate, "id_number"
                    stored_name = str(existing.values[candidate].get("name") or "")
                    new_name = str(values.get("name") or "")
                    if new_name and _key_text(stored_name) != _key_text(new_name):
                        row._cross_issues.append(
                            _issue(
                                "name",
                                Severity.WARNING,
                                "name.changed",
                                f"身份证号与已有的{label}“{stored_name}”相同，导入会把姓名改为“{new_name}”，请核对",
                                other_id=candidate,
                            )
                        )
                    return
        if weak_key is None:
            return
        for candidate in existing.keys[weak].get(weak_key, []):
            if candidate in used:
                continue
            stored_number = str(existing.values[candidate].get("id_number") or "")
            if not number or not stored_number:
                row.match_id, row.match_by = candidate, "_".join(weak)
                return
            title = str(existing.values[candidate].get("name") or "")
            row._cross_issues.append(
                _issue(
                    weak[0],
                    Severity.WARNING,
                    f"{weak[0]}.duplicate",
                    f"{weak_words}与已有的{label}“{title}”（{_tail(stored_number)}）相同，但身份证号不同，"
                    "可能重复录入了；导入后将是一条新记录，请核对",
                    other_id=candidate,
                )
            )
            return

    def _match_key(
        self,
        row: PreviewRow,
        values: Mapping[str, Any],
        names: tuple[str, ...],
        used: set[str],
        seen: dict[tuple[str, ...], dict[tuple[str, ...], int]],
    ) -> None:
        found = _key(values, names)
        if found is None:
            return
        earlier = seen.setdefault(names, {}).get(found)
        if earlier is not None:
            row.duplicate_of = earlier
            words = "、".join(self._columns[name].label for name in names)
            row._cross_issues.append(
                _issue(
                    names[0],
                    Severity.WARNING,
                    f"{names[0]}.duplicate_in_file",
                    f"{words}与第 {earlier} 行相同，可能重复，请核对（不需要的一行可以跳过）",
                    row=earlier,
                )
            )
        else:
            seen[names][found] = row.number
        for candidate in self._existing.keys[names].get(found, []):
            if candidate not in used:
                row.match_id, row.match_by = candidate, "key"
                return

    def _resolve_references(self) -> None:
        references = [f for f in self._sheet_kind.fields if f.input is Input.RECORD and f.ref_kind]
        if not references:
            return
        in_file: dict[str, list[str]] = {}
        title_field = kinds.kind(self.kind_key).title_field
        for row in self.rows:
            if not row.skipped and row._converted.get(title_field):
                in_file.setdefault(_key_text(row._converted[title_field]), []).append(row.record_id)
        for row in self.rows:
            row._resolved = {}
            if row.skipped:
                continue
            for column in references:
                text = row._converted.get(column.name)
                if text is None:
                    continue
                found, issue = self._reference(row, column, str(text), in_file)
                row._resolved[column.name] = found
                if issue is not None:
                    row._cross_issues.append(issue)

    def _reference(
        self, row: PreviewRow, column: SheetField, text: str, in_file: Mapping[str, list[str]]
    ) -> tuple[str | None, Issue | None]:
        assert column.ref_kind is not None
        index = self._refs[column.ref_kind]
        ref_label = kinds.kind(column.ref_kind).label
        word = normalize_header(text)
        by_number = row._converted.get("id_number")
        if column.ref_kind == "party_members" and (word in YES_WORDS or word in NO_WORDS):
            if word in NO_WORDS:
                return None, None
            found = index.by_id_number.get(str(by_number or ""))
            if found is not None:
                return found, None
            message = f"{column.label}填的是“{text}”，但按身份证号在党员台账中没有找到这个人，已留空；可导入后再选择"
            return None, _issue(column.name, Severity.WARNING, f"{column.name}.not_found", message)
        candidates = list(index.by_title.get(_key_text(text), []))
        if column.ref_kind == self.kind_key:
            candidates += [record_id for record_id in in_file.get(_key_text(text), []) if record_id not in candidates]
            candidates = [record_id for record_id in candidates if record_id != row.record_id]
        if len(candidates) > 1 and column.ref_kind == "party_members" and by_number:
            same_person = index.by_id_number.get(str(by_number))
            if same_person in candidates:
                return same_person, None
        if len(candidates) == 1:
            return candidates[0], None
        if not candidates:
            message = f"{column.label}“{text}”在{ref_label}台账中找不到，已留空；可先导入{ref_label}，或导入后再选择"
            return None, _issue(column.name, Severity.WARNING, f"{column.name}.not_found", message)
        message = f"{ref_label}台账中有 {len(candidates)} 条叫“{text}”的记录，不能确定是哪一条，已留空；请导入后再选择"
        return None, _issue(column.name, Severity.WARNING, f"{column.name}.ambiguous", message)

    def _validate(self, row: PreviewRow) -> None:
        imported = dict(row._converted)
        resolved = row._resolved
        for f in self._sheet_kind.fields:
            if f.input is Input.RECORD and f.name in imported:
                target = resolved.get(f.name)
                if target is None:
                    del imported[f.name]
                else:
                    imported[f.name] = target
        if row.match_id is not None:
            stored = self._existing.values[row.match_id]
            merged = dict(stored)
            row.changes = {}
            for name, value in imported.items():
                old = stored.get(name)
                if not _same(old, value):
                    row.changes[name] = (old, value)
                merged[name] = value
        else:
            merged = dict(self._defaults)
            merged.update(imported)
            row.changes = {}
        row.values = merged
        if row.skipped:
            row.report = Report()
            return
        report = validate_values(self.kind_key, merged, today=self.today)
        broken = {issue.field for issue in row._cell_issues if issue.is_error}
        issues = list(row._cell_issues)
        issues += [issue for issue in report if issue.field not in broken]
        issues += row._cross_issues
        row.report = Report(issues)


def _cross_state(row: PreviewRow) -> tuple[Any, ...]:
    return (row.skipped, row.match_id, tuple(row._cross_issues), tuple(sorted(row._resolved.items())))


def _same(old: Any, new: Any) -> bool:
    if old is None or old == "":
        return new is None or new == ""
    if isinstance(old, float) or isinstance(new, float):
        try:
            return abs(float(old) - float(new)) < 1e-9
        except (TypeError, ValueError):
            return False
    return bool(old == new)


def _default(kind_key: str, column: SheetField) -> Any:
    value = model_default(kind_key, column.name)
    if value is None and column.input in (Input.TEXT, Input.LONG_TEXT, Input.ID_NUMBER, Input.PHONE):
        return ""
    return value


def _rows_of(sheet: SheetData, mapping: ColumnMapping) -> tuple[list[PreviewRow], list[IgnoredRow]]:
    mapped = mapping.mapped
    constants = dict(mapping.constants)
    rows: list[PreviewRow] = []
    ignored: list[IgnoredRow] = []
    for source in sheet.rows:
        cells = {name: source.cells[index] for name, index in mapped.items() if index < len(source.cells)}
        if all(is_blank(value) for value in cells.values()):
            ignored.append(IgnoredRow(source.number, "没有要导入的内容", ""))
            continue
        for name, value in constants.items():
            if is_blank(cells.get(name)):
                cells[name] = value
        rows.append(PreviewRow(number=source.number, cells=cells))
    return rows, ignored


def build_preview(
    session: Session,
    sheet: SheetData,
    mapping: ColumnMapping,
    *,
    office_code: str | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Preview:
    """The preview of importing ``sheet`` as ``mapping`` says, against the records in ``session``.

    ``office_code`` limits matching to that office's records (None: every live record). Reads
    the kind's live records and the names of linked records once; writes nothing. ``progress``
    is called as ``progress(done, total)`` while rows are converted.
    """
    kind_key = mapping.kind_key
    spec = sheet_kind(kind_key)
    if not spec.importable:
        from db.sheets.errors import KindNotImportable
        from db.sheets.spec import kind_choices

        raise KindNotImportable(spec.label, kind_choices(True))
    existing = _Existing(session, kind_key, spec.names, office_code)
    refs = {
        f.ref_kind: _RefIndex(session, f.ref_kind, office_code)
        for f in spec.fields
        if f.input is Input.RECORD and f.ref_kind
    }
    rows, ignored = _rows_of(sheet, mapping)
    preview = Preview(
        kind_key,
        sheet,
        mapping,
        rows,
        [*sheet.ignored, *ignored],
        existing,
        refs,
        office_code,
        today or local_today(),
    )
    total = len(rows)
    for done, row in enumerate(rows, 1):
        preview._convert(row)
        if progress is not None and (done % 1000 == 0 or done == total):
            progress(done, total)
    preview._recheck()
    return preview
