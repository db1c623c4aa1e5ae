"""Signed periods, and the periods the city has finally accepted (locked), at the office.

A signed period is one with a signed return. Any change to it — a record the return counted
(:func:`db.returns.snapshot.signed_returns_covering`), or one whose date (:data:`DATE_FIELDS`, now or
before the change) falls in the period, new records and deletions included — is a correction: it
needs a written reason (:func:`db.policy.require_reason` refuses it without one; the editor asks,
:mod:`desktop.ledgers.corrections`), which the next corrected return (更正) prints.
:func:`signed_returns_holding` is what :func:`db.policy.plan_save` reads for the dates.

When the city's acknowledgement brings a person's final 通过 (已接收, :mod:`db.exchange.acks`), the
period is **locked**: its latest signed return is in state ``received``. Nothing in a locked period
changes — no edit, deletion, undeletion or new record, whatever the reason
(:class:`~db.exchange.data_errors.PeriodLocked`). To correct it an administrator asks the city to
unlock it (:mod:`db.exchange.unlock`); once the city has granted that (the grant comes back on the
return's receipt, ``return_receipt.unlock_*``) the period is signed-but-not-locked again: changes need
a reason and make a correction, which goes up the chain again; when the city accepts that corrected
return, the period locks again (its receipt carries no grant). A return the street or the city sent
back (退回 / 有问题) leaves its period open for revision.

No table of its own: the lock is derived from the returns' states and their receipts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from db.enums import ReturnState
from db.errors import BadPeriod, ShequError
from db.i18n import Text, tr
from db.kinds import KINDS
from db.models import ReturnReceipt, ReturnRecord, ReturnSnapshot, SyncedRecord
from db.periods import Period, parse_period


def review_lock(office_code: str) -> str:
    """The key of the lock every review write on ``office_code``'s returns takes at the city and
    at a street (decisions, comments, unlock grants: :meth:`db.exchange.rawdb.Db.lock`), so that two
    workstations of a city on PostgreSQL deciding at once act one after the other. Not a locked
    period: a database lock held for the few milliseconds of the write."""
    return f"review:{office_code}"


class LockedPeriodNotSigned(ShequError):
    """Signing a new version of a locked period's return (the lock would be lost): refused."""

    def __init__(self, period: Text) -> None:
        super().__init__(
            tr(
                "{period}的报表已由市级审核通过并锁定，不能再签署新的版本。如需更正，请由管理员申请解锁。",
                period=period,
            )
        )


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


def _receipts(session: OrmSession, return_ids: list[str]) -> dict[str, ReturnReceipt]:
    if not return_ids:
        return {}
    rows = session.execute(select(ReturnReceipt).where(col(ReturnReceipt.return_id).in_(return_ids))).scalars()
    return {row.return_id: row for row in rows}


def _finally_accepted(snapshot: ReturnSnapshot, receipt: ReturnReceipt | None) -> bool:
    """The city accepted ``snapshot`` (a person's 通过 its acknowledgement brought): its state says so,
    and its receipt, when there is one, is the city's 通过 (never only the street's)."""
    if snapshot.state != ReturnState.RECEIVED.value:
        return False
    return receipt is None or receipt.status == ReturnState.RECEIVED.value


def accepted_returns(session: OrmSession, office_code: str | None = None) -> list[ReturnSnapshot]:
    """For each period, its latest signed return when the city has finally accepted it, locked or
    unlocked by a grant (newest first)."""
    latest = latest_signed_returns(session, office_code)
    receipts = _receipts(session, [s.id for s in latest if s.state == ReturnState.RECEIVED.value])
    return [s for s in latest if _finally_accepted(s, receipts.get(s.id))]


def unlocked_returns(session: OrmSession, office_code: str | None = None) -> list[ReturnSnapshot]:
    """The finally accepted latest returns whose unlock the city granted: their periods are open for
    a correction (with a reason) until the city accepts the corrected return (newest first)."""
    accepted = accepted_returns(session, office_code)
    receipts = _receipts(session, [s.id for s in accepted])
    return [s for s in accepted if _granted(receipts.get(s.id))]


def _granted(receipt: ReturnReceipt | None) -> bool:
    return receipt is not None and bool(receipt.unlock_request_id) and receipt.unlock_granted_at is not None


def locked_returns(session: OrmSession, office_code: str | None = None) -> list[ReturnSnapshot]:
    """For each period, its latest signed return when the city has finally accepted it and has not
    granted an unlock on it (newest first): nothing in those periods may change."""
    accepted = accepted_returns(session, office_code)
    receipts = _receipts(session, [s.id for s in accepted])
    return [s for s in accepted if not _granted(receipts.get(s.id))]


def locked_periods(session: OrmSession, office_code: str | None = None) -> list[str]:
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
    """The locked returns whose period holds the record — it counted the record, or the record's
    date falls in the period — newest first."""
    with session.no_autoflush:
        return _covering(session, record, locked_returns(session, record.office_code or None))


def unlocked_returns_covering(session: Session, record: SyncedRecord) -> list[ReturnSnapshot]:
    """The finally accepted returns with an unlock granted whose period holds the record."""
    with session.no_autoflush:
        return _covering(session, record, unlocked_returns(session, record.office_code or None))


def _covering(session: Session, record: SyncedRecord, locked: list[ReturnSnapshot]) -> list[ReturnSnapshot]:
    table_name = str(record.__tablename__)
    with session.no_autoflush:
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
