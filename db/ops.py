"""One operation per user action on a record: save (validated), delete, undo the delete.

Each commits its own transaction: the change, its stamps and its audit entries together, and
returns what it changed (``result.changes``, :class:`db.changes.Changes`). The rules — which
warnings need a note, which changes are corrections of a signed or locked return and need a
reason — are :mod:`db.policy`'s; the app plans, asks with no session open, then commits
(:func:`db.policy.plan_save` / :func:`db.policy.commit_save`). These one-call forms are for
callers that hold the record in their session: a save with blocking errors writes nothing and
returns the report; warnings do not block here, and ``reason`` is recorded as the change's
reason; a correction — any change to a signed period: a record a signed return counted, or one
whose date falls in a signed period, new, deleted and undeleted records included — without a
reason is refused, nothing written.
"""

from __future__ import annotations

from datetime import date

from db.audit import LedgerSession
from db.models import SyncedRecord
from db.policy import (
    DeletePlan,
    DeleteResult,
    SaveAnswers,
    SavePlan,
    SaveResult,
    UndoPlan,
    UndoResult,
    commit_delete,
    commit_save,
    commit_undo,
    plan_delete,
    plan_save,
    plan_undo,
    write_delete,
    write_save,
    write_undo,
)

__all__ = [
    "DeletePlan",
    "DeleteResult",
    "SaveAnswers",
    "SavePlan",
    "SaveResult",
    "UndoPlan",
    "UndoResult",
    "commit_delete",
    "commit_save",
    "commit_undo",
    "delete_record",
    "plan_delete",
    "plan_save",
    "plan_undo",
    "save_record",
    "undo_delete",
]


def save_record(
    session: LedgerSession, record: SyncedRecord, *, reason: str | None = None, today: date | None = None
) -> SaveResult:
    """Validate and, when there are no blocking errors, write the record (new or changed)."""
    plan = plan_save(session, record, today=today)
    return write_save(session, record, plan, SaveAnswers(note=reason, correction=reason), notes_required=False)


def delete_record(session: LedgerSession, record: SyncedRecord, *, reason: str | None = None) -> DeleteResult:
    """Delete a record (as a tombstone, which travels to other devices and can be undone)."""
    try:
        plan = plan_delete(session, record)
        return write_delete(session, record, plan, reason)
    except BaseException:
        if record in session:
            session.rollback()
        raise


def undo_delete(session: LedgerSession, record: SyncedRecord, *, reason: str | None = None) -> UndoResult:
    """Bring a deleted record back (with a reason when a signed return covers it)."""
    try:
        return write_undo(session, record, reason)
    except BaseException:
        if record in session:
            session.rollback()
        raise
