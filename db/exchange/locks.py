"""Signed periods, and the periods the city has received a return for (locked), at the office.

A signed period is one with a signed return. Any change to it — a record the return counted
(:func:`db.returns.snapshot.signed_returns_covering`), or one whose date (:data:`DATE_FIELDS`, now or
before the change) falls in the period, new records and deletions included — is a correction: it
needs a written reason (:func:`db.policy.require_reason` refuses it without one; the editor asks,
:mod:`desktop.ledgers.corrections`), which the next corrected return (更正) prints.
:func:`signed_returns_holding` is what :func:`db.policy.plan_save` reads for the dates.

When the city's acknowledgement marks a return 已接收 (:mod:`db.exchange.acks`), its period is
locked: the latest signed return of the period is in state ``received``. A record of a locked
period may still be changed through the same correction flow, which then says that the city has
accepted the return and will review the correction (:func:`locked_returns_covering`). A return
the city sent back (退回) unlocks its period for revision.

No table of its own: the lock is derived from the returns' states.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from db.enums import ReturnState
from db.errors import BadPeriod
from db.kinds import KINDS
from db.models import ReturnRecord, ReturnSnapshot, SyncedRecord
from db.periods import Period, parse_period

# The dates that place a record of each table in a period (:attr:`db.kinds.RecordKind.period_dates`:
# a staff member's start and end, a post's claim and end …); tables not listed have none.
DATE_FIELDS: dict[str, tuple[str, ...]] = {
    str(kind.model.__tablename__): kind.period_dates for kind in KINDS if kind.period_dates
}


def latest_signed_returns(session: OrmSession, office_code: str | None = None) -> list[ReturnSnapshot]:
    """For each period, its latest signed return, whatever its state (newest period first)."""
    query = select(ReturnSnapshot).where(
        col(ReturnSnapshot.deleted_at).is_(None), col(ReturnSnapshot.signed_at).is_not(None)
    )
    if office_code is not None:
        query = query.where(col(ReturnSnapshot.office_code) == office_code)
    latest: dict[tuple[str, str], ReturnSnapshot] = {}
    for snapshot in session.execute(query).scalars().all():
        key = (snapshot.office_code, snapshot.period_code)
        current = latest.get(key)
        if current is None or snapshot.return_version > current.return_version:
            latest[key] = snapshot
    return sorted(latest.values(), key=lambda s: (s.period_code, s.office_code), reverse=True)


def locked_returns(session: Session, office_code: str | None = None) -> list[ReturnSnapshot]:
    """For each period, its latest signed return when the city has received it (newest first)."""
    return [s for s in latest_signed_returns(session, office_code) if s.state == ReturnState.RECEIVED.value]


def locked_periods(session: Session, office_code: str | None = None) -> list[str]:
    """The codes of the locked periods."""
    return sorted({s.period_code for s in locked_returns(session, office_code)})


def _dates(record: SyncedRecord, field: str) -> list[date]:
    """The record's date now, and as stored before this change (moving a record out of a signed
    period is a change to that period too)."""
    found: list[date] = []
    current = getattr(record, field, None)
    if isinstance(current, date):
        found.append(current)
    state: Any = inspect(record, raiseerr=False)
    if state is not None and not state.transient and field in state.attrs:
        history = state.attrs[field].history
        for old in history.deleted or ():
            if isinstance(old, date):
                found.append(old)
    return found


def record_dates(record: SyncedRecord) -> list[date]:
    """The dates that place ``record`` in a period: its dates now and as stored before this change."""
    return [day for field in DATE_FIELDS.get(str(record.__tablename__), ()) for day in _dates(record, field)]


def holding(snapshots: list[ReturnSnapshot], dates: list[date]) -> list[ReturnSnapshot]:
    """The returns among ``snapshots`` whose period holds one of ``dates``."""
    found: list[ReturnSnapshot] = []
    for snapshot in snapshots:
        try:
            period: Period = parse_period(snapshot.period_code)
        except BadPeriod:
            continue
        if any(period.contains(day) for day in dates):
            found.append(snapshot)
    return found


def signed_returns_holding(session: Session, record: SyncedRecord) -> list[ReturnSnapshot]:
    """The latest signed return of each period that holds the record's date (now, or before this
    change: moving a record out of a signed period changes that period too), newest first."""
    dates = record_dates(record)
    if not dates:
        return []
    with session.no_autoflush:
        return holding(latest_signed_returns(session, record.office_code or None), dates)


def locked_returns_covering(session: Session, record: SyncedRecord) -> list[ReturnSnapshot]:
    """The received returns whose (locked) period holds the record — it counted the record, or
    the record's date falls in the period — newest first."""
    table_name = str(record.__tablename__)
    with session.no_autoflush:
        locked = locked_returns(session, record.office_code or None)
        if not locked:
            return []
        counted = set(
            session.exec(
                select(col(ReturnRecord.return_id)).where(
                    col(ReturnRecord.table_name) == table_name, col(ReturnRecord.record_id) == record.id
                )
            ).all()
        )
    dated = {s.id for s in holding(locked, record_dates(record))}
    return [snapshot for snapshot in locked if snapshot.id in counted or snapshot.id in dated]
