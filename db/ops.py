"""One operation per user action on a record: save (validated), delete, undo the delete.

Each commits its own transaction: the change, its stamps and its audit entries together.
A save with blocking errors writes nothing and returns the report; warnings do not block,
and the note the user gives for them is recorded as the change's reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.audit import LedgerSession, restore, tombstone
from db.models import SyncedRecord
from db.validation import Report, validate_record


@dataclass(frozen=True)
class SaveResult:
    """What a save did: whether it was written, and the validation report either way."""

    saved: bool
    report: Report
    record_id: str


def save_record(
    session: LedgerSession, record: SyncedRecord, *, reason: str | None = None, today: date | None = None
) -> SaveResult:
    """Validate and, when there are no blocking errors, write the record (new or changed)."""
    with session.no_autoflush:
        report = validate_record(session, record, today=today)
    if report.errors:
        if record in session:
            session.rollback()
        return SaveResult(saved=False, report=report, record_id=record.id)
    if not reason:
        _refuse_if_locked(session, record)
    session.set_reason(reason)
    try:
        session.add(record)
        session.commit()
    finally:
        session.set_reason(None)
    return SaveResult(saved=True, report=report, record_id=record.id)


def delete_record(session: LedgerSession, record: SyncedRecord, *, reason: str | None = None) -> None:
    """Delete a record (as a tombstone, which travels to other devices and can be undone)."""
    if not reason:
        _refuse_if_locked(session, record)
    session.set_reason(reason)
    try:
        tombstone(session, record)
        session.commit()
    finally:
        session.set_reason(None)


def undo_delete(session: LedgerSession, record: SyncedRecord) -> None:
    """Bring a deleted record back."""
    restore(session, record)
    session.commit()


def _refuse_if_locked(session: LedgerSession, record: SyncedRecord) -> None:
    """A record of a period whose return the city has received changes only with a reason
    (the correction flow, :mod:`db.exchange.locks`)."""
    from db.exchange.locks import refuse_if_locked

    try:
        with session.no_autoflush:
            refuse_if_locked(session, record)
    except BaseException:
        if record in session:
            session.rollback()
        raise
