"""Writing a previewed import: the good rows in one transaction, with their audit log.

:func:`commit_preview` writes the rows a :class:`~db.sheets.preview.Preview` marks as imported
(new records and updates, without errors, not skipped) with the driver's ``executemany`` —
never one ORM object per row — and, in the same transaction, their audit entries: like the other
bulk path (:mod:`db.demo`) one ``新增`` entry per new record (its values are the record itself),
and like :class:`db.audit.LedgerSession` one entry per changed field of an update, with the old and
new value. Every entry names the operator and the
reason, ``从 Excel 导入：台账.xlsx（党员）`` by default. New records get the actor's office code,
version 1 and the modification stamps; an update raises the version by one.

An import that adds or changes records of a signed period (records a signed return counted, or
whose date — :data:`db.exchange.locks.DATE_FIELDS`, stored or imported — falls in the period of a
signed return) makes a correction, as a save in the editor would (one with a row in a period the
city finally accepted — locked, :mod:`db.exchange.locks` — is refused whole,
:class:`~db.exchange.data_errors.PeriodLocked`, nothing written): those rows carry the import's
reason (never empty), the result names them (``corrected_ids``, ``corrected_periods``) and its
:class:`~db.changes.Changes` touches those periods and the returns, so the next return of the
period is a correction (更正) listing them with that reason.

An update is written only if the record is still as the preview saw it (same version, not
deleted); otherwise nothing at all is written (:class:`~db.sheets.errors.SheetStale`) and the
preview must be made again. Foreign keys are checked at the end of the transaction, so a party
organisation may name as its parent one that comes later in the same sheet.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Table, bindparam
from sqlalchemy.orm import Session

from db import kinds
from db.audit import Actor, LedgerSession, audit_text, number_rows
from db.changes import Changes
from db.enums import AuditAction
from db.errors import NoOperator
from db.models import AuditEntry, SyncedRecord
from db.sheets.errors import SheetAlreadyImported, SheetStale
from db.sheets.preview import Preview, PreviewRow, RowAction
from db.sortkey import pinyin_key, sorted_fields
from db.timeutil import utcnow

BATCH_SIZE = 2000


@dataclass(frozen=True)
class CommitResult:
    """What an import wrote."""

    created: int
    updated: int
    unchanged: int
    errors: int  # rows left out because of errors
    skipped: int  # rows the user left out
    reason: str  # as written in the audit log
    created_ids: tuple[str, ...]
    updated_ids: tuple[str, ...]
    kind_key: str = ""
    corrected_ids: tuple[str, ...] = ()  # new or updated records of a signed period: corrections
    corrected_periods: tuple[str, ...] = ()  # the signed periods they correct

    @property
    def changes(self) -> Changes:
        """The imported ledger's new and updated records (and the signed periods they correct)."""
        if not (self.created_ids or self.updated_ids):
            return Changes()
        changes = Changes.of_records(self.kind_key, self.created_ids + self.updated_ids)
        if self.corrected_periods:
            changes = changes | Changes(periods=frozenset(self.corrected_periods), returns=True)
        return changes

    def to_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "errors": self.errors,
            "skipped": self.skipped,
            "reason": self.reason,
            "corrections": len(self.corrected_ids),
            "corrected_periods": list(self.corrected_periods),
        }


def import_reason(preview: Preview) -> str:
    """``从 Excel 导入：台账.xlsx（党员）`` or ``从 CSV 文件导入：党员.csv``."""
    source = "从 Excel 导入" if preview.sheet.format == "xlsx" else "从 CSV 文件导入"
    return f"{source}：{preview.source_label}"


def _table(model: type[SyncedRecord] | type[AuditEntry]) -> Table:
    return model.metadata.tables[str(model.__tablename__)]


def _field_defaults(model: type[SyncedRecord]) -> dict[str, Any]:
    """Plain default values of a model's fields (a Core insert does not apply them)."""
    defaults: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if info.default is not PydanticUndefined:
            defaults[name] = info.default
    return defaults


def commit_preview(
    session: Session,
    preview: Preview,
    *,
    actor: Actor | None = None,
    reason: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CommitResult:
    """Write the importable rows of ``preview`` in one transaction and commit it.

    ``actor`` defaults to the session's (a :class:`~db.audit.LedgerSession`); ``reason`` to
    :func:`import_reason`. Raises :class:`SheetStale` (writing nothing) when a record to update
    has changed since the preview. ``progress(done, total)`` is called between batches.
    """
    if preview.committed:
        raise SheetAlreadyImported()
    who = actor or (session.actor if isinstance(session, LedgerSession) else None)
    if who is None:
        raise NoOperator()
    why = (reason or "").strip() or import_reason(preview)  # an import always says why
    kind = kinds.kind(preview.kind_key)
    model = kind.model
    table = _table(model)
    audit = _table(AuditEntry)
    now = utcnow()
    columns = {column.key for column in table.columns}
    defaults = {name: value for name, value in _field_defaults(model).items() if name in columns}

    sort_columns = sorted_fields(table)
    creates = [row for row in preview.rows if row.action is RowAction.CREATE]
    updates = [row for row in preview.rows if row.action is RowAction.UPDATE]
    total = len(creates) + len(updates)
    done = 0

    audit_insert = _FastInsert(session, audit)
    record_insert = _FastInsert(session, table)
    stamp = {"at": now, "modified_at": now}

    def entry(record_id: str, action: AuditAction, name: str, old: Any, new: Any) -> dict[str, Any]:
        return {
            "office_code": who.office_code,
            "at": now,
            "operator_id": who.operator_id,
            "operator_name": who.operator_name,
            "action": action.value,
            "table_name": table.name,
            "record_id": record_id,
            "field": name,
            "old_value": audit_text(old),
            "new_value": audit_text(new),
            "reason": why,
        }

    try:
        corrected = _signed_period_rows(session, table, who.office_code, creates, updates)
        _refuse_locked(session, who.office_code, corrected)
        connection = session.connection()
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        _check_versions(connection, table, preview, updates)
        for start in range(0, len(creates), BATCH_SIZE):
            batch = creates[start : start + BATCH_SIZE]
            records: list[dict[str, Any]] = []
            entries: list[dict[str, Any]] = []
            for row in batch:
                record = dict(defaults)
                record.update({name: value for name, value in row.values.items() if name in columns})
                record.update(
                    id=row.record_id,
                    office_code=who.office_code,
                    version=1,
                    modified_at=now,
                    modified_by=who.operator_id,
                    deleted_at=None,
                )
                for name, sort_column in sort_columns.items():  # with_sort_keys, the columns found once
                    if name in record:
                        record[sort_column] = pinyin_key(record[name])
                records.append(record)
                entries.append(entry(row.record_id, AuditAction.CREATE, "", None, None))
            record_insert.run(records, stamp)
            audit_insert.run(entries, stamp, new_ids=True)
            done += len(batch)
            if progress is not None:
                progress(done, total)
        _write_updates(connection, table, preview, updates, now, who, entry, audit_insert)
        done += len(updates)
        if progress is not None and updates:
            progress(done, total)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    preview.committed = True
    counts = preview.counts
    return CommitResult(
        created=len(creates),
        updated=len(updates),
        unchanged=counts.unchanged,
        errors=counts.errors,
        skipped=counts.skipped,
        reason=why,
        created_ids=tuple(row.record_id for row in creates),
        updated_ids=tuple(row.record_id for row in updates),
        kind_key=preview.kind_key,
        corrected_ids=tuple(sorted(corrected)),
        corrected_periods=tuple(sorted({code for codes in corrected.values() for code in codes})),
    )


def _signed_period_rows(
    session: Session, table: Table, office_code: str, creates: list[PreviewRow], updates: list[PreviewRow]
) -> dict[str, set[str]]:
    """The rows that change a signed period (record id → the period codes): updates of records a
    signed return counted, and rows whose date (imported, or stored before the update) falls in
    the period of a signed return."""
    from sqlmodel import col, select

    from db.exchange.locks import DATE_FIELDS, holding, latest_signed_returns
    from db.models import ReturnRecord, ReturnSnapshot

    latest = latest_signed_returns(session, office_code)
    if not latest:
        return {}
    found: dict[str, set[str]] = {}
    date_fields = DATE_FIELDS.get(table.name, ())
    if date_fields:
        for row in [*creates, *updates]:
            dates = [row.values.get(name) for name in date_fields]
            dates += [row.changes[name][0] for name in date_fields if name in row.changes]
            days = [day for day in dates if isinstance(day, date)]
            for snapshot in holding(latest, days):
                found.setdefault(row.record_id, set()).add(snapshot.period_code)
    ids = [row.record_id for row in updates]
    for start in range(0, len(ids), 900):
        query = (
            select(col(ReturnRecord.record_id), col(ReturnSnapshot.period_code))
            .join(ReturnSnapshot, col(ReturnSnapshot.id) == col(ReturnRecord.return_id))
            .where(
                col(ReturnRecord.table_name) == table.name,
                col(ReturnRecord.record_id).in_(ids[start : start + 900]),
                col(ReturnSnapshot.deleted_at).is_(None),
                col(ReturnSnapshot.signed_at).is_not(None),
                col(ReturnSnapshot.office_code) == office_code,
            )
        )
        for record_id, period_code in session.execute(query).all():
            found.setdefault(str(record_id), set()).add(str(period_code))
    return found


def _refuse_locked(session: Session, office_code: str, corrected: dict[str, set[str]]) -> None:
    """:class:`~db.exchange.data_errors.PeriodLocked` (nothing written) when rows would change a
    period the city finally accepted (:func:`db.exchange.locks.locked_returns`)."""
    if not corrected:
        return
    from db.exchange.data_errors import PeriodLocked
    from db.exchange.locks import locked_periods
    from db.periods import parse_period

    locked = set(locked_periods(session, office_code)) & {code for codes in corrected.values() for code in codes}
    if not locked:
        return
    rows = sum(1 for codes in corrected.values() if codes & locked)
    raise PeriodLocked([parse_period(code).label_text for code in sorted(locked)], rows=rows)


def _check_versions(connection: Any, table: Table, preview: Preview, updates: list[PreviewRow]) -> None:
    from sqlalchemy import select

    wanted = {row.record_id: preview.existing_version(row.record_id) for row in updates}
    found: dict[str, int] = {}
    ids = list(wanted)
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        query = select(table.c.id, table.c.version).where(table.c.id.in_(chunk), table.c.deleted_at.is_(None))
        found.update({str(record_id): int(version) for record_id, version in connection.execute(query)})
    stale = sum(1 for record_id, version in wanted.items() if found.get(record_id) != version)
    if stale:
        raise SheetStale(stale)


def _write_updates(
    connection: Any,
    table: Table,
    preview: Preview,
    updates: list[PreviewRow],
    now: Any,
    who: Actor,
    entry: Callable[[str, AuditAction, str, Any, Any], dict[str, Any]],
    audit_insert: _FastInsert,
) -> None:
    groups: dict[tuple[str, ...], list[PreviewRow]] = {}
    for row in updates:
        groups.setdefault(tuple(sorted(row.changes)), []).append(row)
    entries: list[dict[str, Any]] = []
    sort_columns = sorted_fields(table)
    for names, rows in groups.items():
        resorted = {name: sort_columns[name] for name in names if name in sort_columns}
        statement = (
            table.update()
            .where(
                table.c.id == bindparam("b_id"),
                table.c.version == bindparam("b_version"),
                table.c.deleted_at.is_(None),
            )
            .values(
                {name: bindparam(f"v_{name}") for name in names}
                | {column: bindparam(f"k_{column}") for column in resorted.values()}
                | {
                    "version": bindparam("b_new_version"),
                    "modified_at": bindparam("b_at"),
                    "modified_by": bindparam("b_by"),
                }
            )
        )
        parameters = []
        for row in rows:
            version = preview.existing_version(row.record_id) or 0
            values = {f"v_{name}": row.values[name] for name in names}
            values.update({f"k_{column}": pinyin_key(row.values[name]) for name, column in resorted.items()})
            values.update(
                b_id=row.record_id, b_version=version, b_new_version=version + 1, b_at=now, b_by=who.operator_id
            )
            parameters.append(values)
            for name in names:
                old, new = row.changes[name]
                entries.append(entry(row.record_id, AuditAction.UPDATE, name, old, new))
        for start in range(0, len(parameters), BATCH_SIZE):
            chunk = parameters[start : start + BATCH_SIZE]
            result = connection.execute(statement, chunk)
            if result.rowcount is not None and 0 <= result.rowcount < len(chunk):
                raise SheetStale(len(chunk) - result.rowcount)
    for start in range(0, len(entries), BATCH_SIZE * 5):
        audit_insert.run(entries[start : start + BATCH_SIZE * 5], {"at": now}, new_ids=True)


def fast_ids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs in their text form, made from one read of the OS's randomness."""
    data = bytearray(os.urandom(16 * count))
    ids = []
    for offset in range(0, 16 * count, 16):
        data[offset + 6] = (data[offset + 6] & 0x0F) | 0x40  # version 4
        data[offset + 8] = (data[offset + 8] & 0x3F) | 0x80  # RFC 4122 variant
        text = data[offset : offset + 16].hex()
        ids.append(f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}")
    return ids


class _FastInsert:
    """``INSERT`` of many rows through the driver's ``executemany``, without per-row statement work.

    Values are bound as SQLAlchemy binds them (each column type's bind processor: UTC times,
    dates, booleans); a ``fixed`` value, the same in every row, is processed once. Only the
    columns the rows give are named, so the database's defaults apply to the others.
    """

    def __init__(self, session: Session, table: Table) -> None:
        dialect = session.get_bind().dialect
        self.session = session
        self.table = table
        self.processors = {column.key: column.type.bind_processor(dialect) for column in table.columns}

    def run(self, rows: list[dict[str, Any]], fixed: dict[str, Any], *, new_ids: bool = False) -> None:
        if not rows:
            return
        if self.table.name == "audit_entry" and "seq" not in rows[0]:
            number_rows(self.session.connection(), rows)  # the office's change sequence
        names = [
            name
            for name in self.processors
            if name in fixed or (new_ids and name == "id") or any(name in row for row in rows[:1])
        ]
        processed_fixed = {name: self._bind(name, value) for name, value in fixed.items() if name in names}
        ids = fast_ids(len(rows)) if new_ids else None
        columns: list[Iterable[Any]] = []  # the values column by column, bound as _bind binds them
        for name in names:
            if name in processed_fixed:
                columns.append(repeat(processed_fixed[name], len(rows)))
            elif name == "id" and ids is not None:
                columns.append(ids)
            else:
                values = [row.get(name) for row in rows]
                processor = self.processors.get(name)
                if processor is not None:
                    values = [None if value is None else processor(value) for value in values]
                columns.append(values)
        tuples = list(zip(*columns, strict=False))
        quoted = ", ".join(f'"{name}"' for name in names)
        placeholders = ", ".join("?" for _ in names)
        sql = f'INSERT INTO "{self.table.name}" ({quoted}) VALUES ({placeholders})'
        self.session.connection().exec_driver_sql(sql, tuples)

    def _bind(self, name: str, value: Any) -> Any:
        processor = self.processors.get(name)
        return processor(value) if processor is not None and value is not None else value
