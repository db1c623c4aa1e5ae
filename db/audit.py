"""Bookkeeping of every change: versions, modification stamps, tombstones and the audit log.

A :class:`LedgerSession` knows who is acting (:class:`Actor`). Before each flush it stamps
every new or changed :class:`~db.models.SyncedRecord` (version, modified-at, modified-by)
and adds one :class:`~db.models.AuditEntry` per changed field to the same transaction, so a
change and its audit entry are committed together or not at all. Removing a row is refused:
deletion is a tombstone (``deleted_at``), which :func:`tombstone` and :func:`restore` set.

Every audit entry has a number in its office's change sequence (``audit_entry.seq``), the
watermark the exchange counts changes by: :func:`allocate_seq` takes the next numbers from the
office's ``change_counter`` row inside the writing transaction. On PostgreSQL that row stays
locked until the transaction ends, on SQLite the database's write lock does the same, so the
writers of one office take their numbers one after the other and a number becomes visible only
after every smaller one of that office has (committed or rolled back): a reader that takes the
highest number it sees never steps over a row committed later. The flush below numbers its own
entries; every other writer calls :func:`allocate_seq` (or :func:`number_rows`) for its own —
``seq`` is NOT NULL, so a writer that forgets is refused, never leaving a row no watermark counts.
(Not a trigger: on SQLite an insert trigger, even one that does nothing, costs more than the
insert itself.)
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import UOWTransaction
from sqlmodel import Session

from db.enums import AuditAction
from db.errors import HardDeleteRefused, NoOperator
from db.models import AuditEntry, ReturnRecord, ReturnSnapshot, SyncedRecord
from db.sortkey import SORT_KEY_OF, pinyin_key
from db.timeutil import utcnow

# Fields the bookkeeping itself maintains; they are never audited as user changes.
_BOOKKEEPING = frozenset({"version", "modified_at", "modified_by", "deleted_at"})

# The fields of a signed return that may still change: where it is (sent, received, returned).
_SIGNED_RETURN_MUTABLE = frozenset({"state", "version", "modified_at", "modified_by"})


@dataclass(frozen=True)
class Actor:
    """Who makes the changes of a session, and for which office."""

    office_code: str
    operator_id: str | None
    operator_name: str
    reason: str | None = None


SYSTEM_NAME = "系统"


def system_actor(office_code: str, reason: str | None = None) -> Actor:
    """The actor for changes the app makes by itself (set-up, demo data, imports)."""
    return Actor(office_code=office_code, operator_id=None, operator_name=SYSTEM_NAME, reason=reason)


class LedgerSession(Session):
    """A SQLModel session whose changes are stamped and audited under its actor."""

    def __init__(self, *args: Any, actor: Actor | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if actor is not None:
            self.info["actor"] = actor

    @property
    def actor(self) -> Actor | None:
        actor = self.info.get("actor")
        return actor if isinstance(actor, Actor) else None

    def set_actor(self, actor: Actor) -> None:
        self.info["actor"] = actor

    def set_reason(self, reason: str | None) -> None:
        """The reason recorded with the changes flushed from now on (None clears it)."""
        actor = self.actor
        if actor is None:
            raise NoOperator()
        self.info["actor"] = Actor(actor.office_code, actor.operator_id, actor.operator_name, reason)


_BUMP_COUNTER = text(
    "INSERT INTO change_counter (office_code, last) VALUES (:office, :count)"
    " ON CONFLICT (office_code) DO UPDATE SET last = change_counter.last + excluded.last"
)
_READ_COUNTER = text("SELECT last FROM change_counter WHERE office_code = :office")


def allocate_seq(connection: Connection, office_code: str, count: int) -> int:
    """Take ``count`` numbers of ``office_code``'s change sequence in the connection's open
    (writing) transaction: the first of them (the rest follow it). The office's counter row stays
    locked until the transaction ends (see the module's description); a transaction rolled back
    takes its numbers back with it, as it takes its rows."""
    if count < 1:
        raise ValueError("count must be at least 1")
    connection.execute(_BUMP_COUNTER, {"office": office_code, "count": count})
    last = connection.execute(_READ_COUNTER, {"office": office_code}).scalar_one()
    return int(last) - count + 1


def number_entries(connection: Connection, entries: list[AuditEntry]) -> None:
    """Give ``entries`` (in their order) the next numbers of their offices' sequences."""
    by_office: dict[str, list[AuditEntry]] = {}
    for entry in entries:
        by_office.setdefault(entry.office_code, []).append(entry)
    for office_code, own in by_office.items():
        first = allocate_seq(connection, office_code, len(own))
        for offset, entry in enumerate(own):
            entry.seq = first + offset


def number_rows(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Give audit rows about to be inserted in bulk (dicts with ``office_code``), in their order,
    the next numbers of their offices' sequences (``seq``)."""
    by_office: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_office.setdefault(str(row["office_code"]), []).append(row)
    for office_code, own in by_office.items():
        first = allocate_seq(connection, office_code, len(own))
        for offset, row in enumerate(own):
            row["seq"] = first + offset


def audit_text(value: Any) -> str | None:
    """How a field value is written in the audit log."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def tombstone(session: Session, record: SyncedRecord) -> None:
    """Mark a record deleted (kept as a tombstone so the deletion travels and can be undone)."""
    if record.deleted_at is None:
        record.deleted_at = utcnow()
        session.add(record)


def restore(session: Session, record: SyncedRecord) -> None:
    """Bring a tombstoned record back."""
    if record.deleted_at is not None:
        record.deleted_at = None
        session.add(record)


def _columns(record: SyncedRecord) -> list[str]:
    """The record's columns that people change (derived sort keys left out)."""
    return [attr.key for attr in inspect(record).mapper.column_attrs if SORT_KEY_OF not in attr.columns[0].info]


def _sort_keys(record: SyncedRecord) -> dict[str, str]:
    """Text field → its sort-key attribute, for the record's table (db.sortkey)."""
    return {
        str(attr.columns[0].info[SORT_KEY_OF]): attr.key
        for attr in inspect(record).mapper.column_attrs
        if SORT_KEY_OF in attr.columns[0].info
    }


def _stamp_sort_keys(record: SyncedRecord) -> None:
    """Derive the pinyin sort keys of the record's text fields (not audited: they are not a change)."""
    for field, attribute in _sort_keys(record).items():
        key = pinyin_key(getattr(record, field))
        if getattr(record, attribute) != key:
            setattr(record, attribute, key)


def _entry(actor: Actor, action: AuditAction, record: SyncedRecord, field: str, old: Any, new: Any) -> AuditEntry:
    return AuditEntry(
        office_code=record.office_code or actor.office_code,
        operator_id=actor.operator_id,
        operator_name=actor.operator_name,
        action=action.value,
        table_name=str(record.__tablename__),
        record_id=record.id,
        field=field,
        old_value=audit_text(old),
        new_value=audit_text(new),
        reason=actor.reason,
    )


def _stamp_new(actor: Actor, record: SyncedRecord, now: datetime) -> list[AuditEntry]:
    if not record.office_code:
        record.office_code = actor.office_code
    record.version = record.version or 1
    record.modified_at = now
    record.modified_by = actor.operator_id
    _stamp_sort_keys(record)
    entries = []
    for key in _columns(record):
        if key in _BOOKKEEPING or key in ("id", "office_code"):
            continue
        value = getattr(record, key)
        if value is None or value == "":
            continue
        entries.append(_entry(actor, AuditAction.CREATE, record, key, None, value))
    if not entries:
        entries.append(_entry(actor, AuditAction.CREATE, record, "", None, None))
    return entries


def _stamp_changed(actor: Actor, record: SyncedRecord, now: datetime) -> list[AuditEntry]:
    state = inspect(record)
    entries: list[AuditEntry] = []
    for key in _columns(record):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if key == "deleted_at":
            if (old is None) == (new is None):
                continue
            action = AuditAction.DELETE if new is not None else AuditAction.RESTORE
            entries.append(_entry(actor, action, record, "", None, None))
        elif key in _BOOKKEEPING or audit_text(old) == audit_text(new):
            continue
        else:
            entries.append(_entry(actor, AuditAction.UPDATE, record, key, old, new))
    if entries:
        _stamp_sort_keys(record)
        record.version = (record.version or 0) + 1
        record.modified_at = now
        record.modified_by = actor.operator_id
    return entries


def _refuse_signed_return_change(snapshot: ReturnSnapshot) -> None:
    """A signed return is an immutable snapshot: only its state may change afterwards."""
    state = inspect(snapshot)
    signed = state.attrs["signed_at"].history
    was_signed = bool(signed.deleted and signed.deleted[0] is not None) or (
        not signed.has_changes() and snapshot.signed_at is not None
    )
    if not was_signed:
        return
    for key in _columns(snapshot):
        if key not in _SIGNED_RETURN_MUTABLE and state.attrs[key].history.has_changes():
            from db.returns.errors import SignedReturnFrozen

            raise SignedReturnFrozen(snapshot.period_code, snapshot.return_version)


@event.listens_for(LedgerSession, "before_flush")
def _before_flush(session: OrmSession, flush_context: UOWTransaction, instances: object) -> None:
    for obj in session.deleted:
        if isinstance(obj, (SyncedRecord, AuditEntry, ReturnRecord)):
            raise HardDeleteRefused(str(obj.__tablename__))
    for obj in session.dirty:
        if isinstance(obj, (AuditEntry, ReturnRecord)) and session.is_modified(obj):
            raise HardDeleteRefused(str(obj.__tablename__))
        if isinstance(obj, ReturnSnapshot):
            _refuse_signed_return_change(obj)
    new = [obj for obj in session.new if isinstance(obj, SyncedRecord)]
    dirty = [obj for obj in session.dirty if isinstance(obj, SyncedRecord) and session.is_modified(obj)]
    if not new and not dirty:
        return
    actor = session.info.get("actor")
    if not isinstance(actor, Actor):
        raise NoOperator()
    now = utcnow()
    entries: list[AuditEntry] = []
    for record in new:
        entries.extend(_stamp_new(actor, record, now))
    for record in dirty:
        entries.extend(_stamp_changed(actor, record, now))
    for entry in entries:  # one flush, one time: what groups a save's entries (db.history)
        entry.at = now
    if entries:
        number_entries(session.connection(), entries)
    session.add_all(entries)
