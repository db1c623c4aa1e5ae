"""What a save or a delete needs before it may be written: plan first, ask, then commit.

The rules live here, not in the screens that ask:

* a save with blocking errors is not written (the report says why);
* a warning the stored record did not already have needs a written note (核对后的说明), which is
  recorded as the change's reason;
* any change to a signed period is a correction (更正) and needs a written reason, which the next
  corrected return prints: a change to (or the deletion or undeletion of) a record a signed return
  counted, and the saving, deletion or undeletion of a record whose date (:data:`DATE_FIELDS
  <db.exchange.locks.DATE_FIELDS>`, now or before the change) falls in a signed period — new
  records included;
* nothing in a locked period changes — a period whose return the city finally accepted (通过,
  :mod:`db.exchange.locks`, ``CoveringReturn.locked``): every save, deletion and undeletion of a
  record it holds is refused whatever the reason (:class:`~db.exchange.data_errors.PeriodLocked`,
  which says an administrator may ask the city to unlock it, :mod:`db.exchange.unlock`); once the
  city granted the unlock (``CoveringReturn.unlocked``) the period is corrected with a reason again;
* a new record belongs to the acting operator's office.

:func:`plan_save` / :func:`plan_delete` read what is needed (in a session the caller then
closes: a plan is plain data, no ORM object); the app asks its questions with no session open;
:func:`commit_save` / :func:`commit_delete` / :func:`commit_undo` then write in a fresh session, checking the plan
again, and refuse — a :class:`~db.errors.ShequError`, nothing written — when a required answer
is missing or the record changed meanwhile. Every result carries the
:class:`~db.changes.Changes` it made. :mod:`db.ops` keeps the one-call forms
(``save_record``, ``delete_record``) for callers that already hold the record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import inspect
from sqlmodel import Session

from db import kinds
from db.audit import LedgerSession, restore, tombstone
from db.changes import NOTHING, Changes
from db.errors import ShequError
from db.i18n import tr
from db.models import SyncedRecord
from db.periods import parse_period
from db.validation import Issue, Report, validate_record

# Kept by the database, never copied from a plan.
BOOKKEEPING = frozenset({"id", "version", "modified_at", "modified_by", "deleted_at"})


# --- refusals ---------------------------------------------------------------------------------


class NoteNeeded(ShequError):
    """Warnings the person has not answered: a save with new warnings needs a note."""

    def __init__(self, count: int) -> None:
        super().__init__(tr("这条记录有 {count} 处需要核对的提醒，保存前需要写明原因。没有保存任何改动。", count=count))


class CorrectionReasonNeeded(ShequError):
    """A change to a signed period without a reason: to a record a signed return counted
    (``counted``), or to one dated in a signed period (a new record, a date moved, a deletion)."""

    def __init__(self, returns: str, *, counted: bool = True) -> None:
        if counted:
            message = tr(
                "这条记录已计入已签署的报表（{returns}），修改或删除需要写明原因，之后报送更正报表。没有保存任何改动。",
                returns=returns,
            )
        else:
            message = tr(
                "这条记录的日期在已签署报表的报告期内（{returns}），新增、修改、删除或恢复都需要写明原因，"
                "之后报送更正报表。没有保存任何改动。",
                returns=returns,
            )
        super().__init__(message)


class RecordGone(ShequError):
    def __init__(self) -> None:
        super().__init__(tr("这条记录已被删除，不能再保存修改。"))


class RecordChanged(ShequError):
    """The record was changed (elsewhere) after the plan was made."""

    def __init__(self) -> None:
        super().__init__(tr("这条记录在打开后已被修改（可能在另一个窗口中），没有保存。请重新打开后再改。"))


# --- plans ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CoveringReturn:
    """A signed return that counted the record, or the latest signed return of a period that holds
    the record's date."""

    snapshot_id: str
    period_code: str
    version: int
    locked: bool  # the city finally accepted it (通过): the period is locked, nothing may change
    counted: bool = True  # the return counted the record (else only its date is in the period)
    unlocked: bool = False  # the city accepted it, then granted an unlock: corrected with a reason

    @property
    def period_label(self) -> str:
        return parse_period(self.period_code).label


@dataclass(frozen=True)
class SavePlan:
    """What saving a record would do, and what must be answered first."""

    kind_key: str
    record_id: str
    is_new: bool
    office_code: str
    values: Mapping[str, Any]  # the fields to write (a new record's every field)
    base_version: int | None  # the stored record's version when planned (None: new)
    report: Report
    notes_needed: tuple[Issue, ...] = ()  # warnings the stored record did not have
    covering: tuple[CoveringReturn, ...] = ()

    @property
    def blocked(self) -> bool:
        """Blocking errors: nothing can be written."""
        return bool(self.report.errors)

    @property
    def needs_note(self) -> bool:
        return bool(self.notes_needed)


@dataclass(frozen=True)
class SaveAnswers:
    """What the person answered: the note for new warnings, the reason for a correction."""

    note: str | None = None
    correction: str | None = None

    def reason(self) -> str | None:
        """The reason recorded with the change (the correction's first)."""
        parts: list[str] = []
        for part in (self.correction, self.note):
            if part and part.strip() and part.strip() not in parts:
                parts.append(part.strip())
        return "；".join(parts) or None


@dataclass(frozen=True)
class SaveResult:
    """What a save did: whether it was written, the validation report, and what changed."""

    saved: bool
    report: Report
    record_id: str
    changes: Changes = field(default=NOTHING)


@dataclass(frozen=True)
class DeletePlan:
    kind_key: str
    record_id: str
    base_version: int
    covering: tuple[CoveringReturn, ...] = ()


@dataclass(frozen=True)
class UndoPlan:
    """What bringing a deleted record back needs: a reason when a signed return covers it."""

    kind_key: str
    record_id: str
    base_version: int
    covering: tuple[CoveringReturn, ...] = ()


@dataclass(frozen=True)
class DeleteResult:
    deleted: bool
    record_id: str
    changes: Changes = field(default=NOTHING)


@dataclass(frozen=True)
class UndoResult:
    restored: bool
    record_id: str
    changes: Changes = field(default=NOTHING)


# --- reading ----------------------------------------------------------------------------------


def kind_key_or_none(record: SyncedRecord) -> str | None:
    found = kinds.kind_of_table(str(record.__tablename__))
    return found.key if found is not None else None


def covering_returns(session: Session, record: SyncedRecord) -> tuple[CoveringReturn, ...]:
    """The signed returns a change to ``record`` corrects: those that counted it, the accepted
    returns whose locked (or unlocked) period holds it, then the latest signed return of each
    period that holds its date (now or before the change; a new record's too) — newest first,
    each once."""
    from db.exchange.locks import locked_returns_covering, signed_returns_holding, unlocked_returns_covering
    from db.returns.snapshot import signed_returns_covering

    with session.no_autoflush:
        signed = signed_returns_covering(session, record) if inspect(record).persistent else []
        locked = locked_returns_covering(session, record)
        unlocked = unlocked_returns_covering(session, record)
        dated = signed_returns_holding(session, record)
    counted_ids = {s.id for s in signed}
    locked_ids = {s.id for s in locked}
    unlocked_ids = {s.id for s in unlocked}
    found: list[CoveringReturn] = []
    seen: set[str] = set()
    for snapshot in [*signed, *locked, *unlocked, *dated]:
        if snapshot.id in seen:
            continue
        seen.add(snapshot.id)
        found.append(
            CoveringReturn(
                snapshot.id,
                snapshot.period_code,
                snapshot.return_version,
                snapshot.id in locked_ids,
                snapshot.id in counted_ids,
                snapshot.id in unlocked_ids,
            )
        )
    return tuple(found)


def _columns(record: SyncedRecord) -> list[str]:
    return [attr.key for attr in inspect(type(record)).column_attrs]


def _stored_copy(record: SyncedRecord) -> SyncedRecord | None:
    """A detached copy of a stored record as it is in the database (None: nothing changed, or new)."""
    state = inspect(record)
    if not state.persistent:
        return None
    stored: dict[str, Any] = {}
    changed = False
    for key in _columns(record):
        history = state.attrs[key].history
        if history.deleted:
            stored[key] = history.deleted[0]
            changed = True
        else:
            stored[key] = getattr(record, key)
        if history.added:
            changed = True
    return type(record)(**stored) if changed else None


def _values(record: SyncedRecord) -> dict[str, Any]:
    """The fields to write: a new record's every field, a stored one's changed fields."""
    state = inspect(record)
    if not state.persistent:
        return {key: getattr(record, key) for key in _columns(record) if key not in BOOKKEEPING}
    return {
        key: getattr(record, key)
        for key in _columns(record)
        if key not in BOOKKEEPING and state.attrs[key].history.has_changes()
    }


def _key(issue: Issue) -> tuple[str, str]:
    return (issue.field, issue.code)


def plan_save(session: LedgerSession, record: SyncedRecord, *, today: date | None = None) -> SavePlan:
    """Check ``record`` (new, or stored with its changes applied) and say what saving it needs.

    Nothing is flushed or written; the caller closes (or rolls back) the session afterwards."""
    kind_key = kind_key_or_none(record)
    if kind_key is None:
        raise ValueError(f"no record kind for table {record.__tablename__!r}")
    is_new = not inspect(record).persistent
    if is_new and not record.office_code and session.actor is not None:
        record.office_code = session.actor.office_code  # a new record belongs to the acting office
    with session.no_autoflush:
        report = validate_record(session, record, today=today)
        notes: tuple[Issue, ...] = ()
        covering: tuple[CoveringReturn, ...] = ()
        if not report.errors:
            known: set[tuple[str, str]] = set()
            stored = _stored_copy(record)
            if stored is not None:
                known = {_key(issue) for issue in validate_record(session, stored, today=today).warnings}
            elif not is_new:
                known = {_key(issue) for issue in report.warnings}  # nothing changed: nothing new
            notes = tuple(issue for issue in report.warnings if _key(issue) not in known)
            covering = covering_returns(session, record)
    return SavePlan(
        kind_key=kind_key,
        record_id=record.id,
        is_new=is_new,
        office_code=record.office_code,
        values=_values(record),
        base_version=None if is_new else record.version,
        report=report,
        notes_needed=notes,
        covering=covering,
    )


def plan_delete(session: Session, record: SyncedRecord) -> DeletePlan:
    """What deleting ``record`` needs: a reason when a signed or locked return covers it."""
    kind_key = kind_key_or_none(record) or str(record.__tablename__)
    return DeletePlan(kind_key, record.id, record.version, covering_returns(session, record))


def plan_undo(session: Session, record: SyncedRecord) -> UndoPlan:
    """What bringing the deleted ``record`` back needs: a reason when a signed return covers it."""
    kind_key = kind_key_or_none(record) or str(record.__tablename__)
    return UndoPlan(kind_key, record.id, record.version, covering_returns(session, record))


# --- writing ----------------------------------------------------------------------------------


def _joined_returns(covering: Sequence[CoveringReturn]) -> str:
    return "、".join(f"{c.period_label}（第 {c.version} 版）" for c in covering)


def require_reason(covering: Sequence[CoveringReturn], reason: str | None) -> None:
    """Refuse a change to a locked period whatever the reason
    (:class:`~db.exchange.data_errors.PeriodLocked`), and a correction without a reason
    (:class:`CorrectionReasonNeeded`)."""
    locked = [c for c in covering if c.locked]
    if locked:
        from db.exchange.data_errors import PeriodLocked

        raise PeriodLocked([parse_period(c.period_code).label_text for c in locked])
    if not covering or (reason and reason.strip()):
        return
    raise CorrectionReasonNeeded(_joined_returns(covering), counted=any(c.counted for c in covering))


def _changes(kind_key: str | None, record_id: str, covering: Sequence[CoveringReturn]) -> Changes:
    changes = Changes.of_records(kind_key, [record_id]) if kind_key is not None else Changes(office=True)
    if covering:
        changes = changes | Changes(periods=frozenset(c.period_code for c in covering), returns=True)
    return changes


def _rollback(session: LedgerSession, record: SyncedRecord) -> None:
    if record in session:
        session.rollback()


def write_save(
    session: LedgerSession, record: SyncedRecord, plan: SavePlan, answers: SaveAnswers, *, notes_required: bool = True
) -> SaveResult:
    """Write a planned record (``plan`` made of ``record`` in this session); refuses, writing
    nothing, when the plan is blocked or an answer it requires is missing."""
    if plan.blocked:
        _rollback(session, record)
        return SaveResult(saved=False, report=plan.report, record_id=plan.record_id)
    try:
        if notes_required and plan.needs_note and not (answers.note and answers.note.strip()):
            raise NoteNeeded(len(plan.notes_needed))
        require_reason(plan.covering, answers.correction)
    except ShequError:
        _rollback(session, record)
        raise
    session.set_reason(answers.reason())
    try:
        session.add(record)
        session.commit()
    finally:
        session.set_reason(None)
    return SaveResult(
        saved=True,
        report=plan.report,
        record_id=plan.record_id,
        changes=_changes(plan.kind_key, plan.record_id, plan.covering),
    )


def commit_save(
    session: LedgerSession, plan: SavePlan, answers: SaveAnswers | None = None, *, today: date | None = None
) -> SaveResult:
    """Write what ``plan`` (made in another session) says, in ``session`` (a fresh one).

    The record is read again (refused if it was deleted or changed since), the plan's values
    applied and checked again; new errors return an unsaved result, a missing answer is refused."""
    answers = answers or SaveAnswers()
    model: Any = kinds.kind(plan.kind_key).model
    record: SyncedRecord | None = session.get(model, plan.record_id)
    if plan.is_new:
        if record is not None:
            raise RecordChanged()
        record = model(id=plan.record_id, office_code=plan.office_code)
        assert record is not None
    elif record is None or record.is_deleted:
        raise RecordGone()
    elif record.version != plan.base_version:
        raise RecordChanged()
    for name, value in plan.values.items():
        if getattr(record, name, None) != value:
            setattr(record, name, value)
    again = plan_save(session, record, today=today)
    return write_save(session, record, again, answers)


def write_delete(session: LedgerSession, record: SyncedRecord, plan: DeletePlan, reason: str | None) -> DeleteResult:
    if record.is_deleted:
        return DeleteResult(deleted=False, record_id=record.id)
    require_reason(plan.covering, reason)
    session.set_reason(reason.strip() if reason and reason.strip() else None)
    try:
        tombstone(session, record)
        session.commit()
    finally:
        session.set_reason(None)
    return DeleteResult(
        deleted=True, record_id=record.id, changes=_changes(kind_key_or_none(record), record.id, plan.covering)
    )


def commit_delete(session: LedgerSession, plan: DeletePlan, reason: str | None = None) -> DeleteResult:
    """Delete (as a tombstone) the planned record in ``session``; refused without a reason when
    a signed or locked return covers it (checked again here)."""
    model: Any = kinds.kind(plan.kind_key).model
    record: SyncedRecord | None = session.get(model, plan.record_id)
    if record is None or record.is_deleted:
        return DeleteResult(deleted=False, record_id=plan.record_id)
    if record.version != plan.base_version:
        raise RecordChanged()
    return write_delete(session, record, plan_delete(session, record), reason)


def write_undo(session: LedgerSession, record: SyncedRecord, reason: str | None = None) -> UndoResult:
    """Bring a deleted record back; refused (nothing written) without a reason when a signed
    return covers it."""
    if not record.is_deleted:
        return UndoResult(restored=False, record_id=record.id)
    plan = plan_undo(session, record)
    require_reason(plan.covering, reason)
    session.set_reason(reason.strip() if reason and reason.strip() else None)
    try:
        restore(session, record)
        session.commit()
    finally:
        session.set_reason(None)
    return UndoResult(
        restored=True, record_id=record.id, changes=_changes(kind_key_or_none(record), record.id, plan.covering)
    )


def commit_undo(session: LedgerSession, plan: UndoPlan, reason: str | None = None) -> UndoResult:
    """Bring back the planned deleted record in ``session``; refused without a reason when a
    signed return covers it (checked again here)."""
    model: Any = kinds.kind(plan.kind_key).model
    record: SyncedRecord | None = session.get(model, plan.record_id)
    if record is None or not record.is_deleted:
        return UndoResult(restored=False, record_id=plan.record_id)
    if record.version != plan.base_version:
        raise RecordChanged()
    return write_undo(session, record, reason)
