"""Unlocking a period the city finally accepted (申请解锁 at the office, 同意解锁 at the city).

A period whose latest return the city passed (通过, brought back by an acknowledgement) is locked
at the office (:mod:`db.exchange.locks`): nothing in it changes. To correct it:

1. an office administrator asks (:func:`request_unlock`): a reason and the administrator's name, only
   for a locked period, one open request per period. The request is an :class:`~db.models.UnlockRequest`,
   a synced record written with its audit entries, so the office's next bundle carries it to the street
   and the city like its ledgers (:data:`db.exchange.payload.RECORD_TABLES`);
2. a person at the city grants it (:func:`grant_unlock`, ``shequ city unlock``, the city window's
   同意解锁…): the return's receipt records the request, who granted it and when
   (``return_receipt.unlock_*``); refused for an unknown request, a return not finally accepted (or no
   longer the period's latest), one already unlocked, or without a name;
3. the next acknowledgement carries the grant on the return's decision
   (:func:`db.exchange.acks.build_ack_payload`); the office stores it on its receipt
   (:func:`store_ack_grant`, never cleared by an older acknowledgement), and the period is
   signed-but-not-locked again: changes need a reason and make a correction, signed as the next version,
   which goes up the chain again; the city's 通过 of that version locks the period again (its receipt
   carries no grant).

:func:`unlock_requests` lists the requests, pending and granted, at the office and at the city.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from db.audit import Actor, allocate_seq
from db.changes import Changes
from db.enums import AuditAction, OperatorRole, ReturnState
from db.errors import ShequError
from db.exchange.ledger import db_time
from db.exchange.locks import review_lock
from db.exchange.rawdb import Db, exchange_connection, rollback
from db.i18n import Text, tr
from db.models import Operator, UnlockRequest
from db.periods import parse_period
from db.timeutil import utcnow

UNLOCK_REASON = "申请解锁"  # the audit reason's prefix at the office
GRANT_REASON = "市级同意解锁"  # the audit reason of a grant stored from an acknowledgement
STATUS_PENDING = "pending"
STATUS_GRANTED = "granted"


# --- refusals ---------------------------------------------------------------------------------


class UnlockRefused(ShequError):
    """A request or a grant the rules refuse; nothing was written."""


class UnlockReasonNeeded(UnlockRefused):
    def __init__(self) -> None:
        super().__init__(tr("申请解锁需要写明原因（要更正什么、为什么），市级审核时会看到它。请填写后重试。"))


class UnlockNameNeeded(UnlockRefused):
    def __init__(self) -> None:
        super().__init__(tr("申请解锁需要填写申请人（管理员）的姓名。请填写后重试。"))


class UnlockNotAdministrator(UnlockRefused):
    def __init__(self, name: str) -> None:
        super().__init__(
            tr(
                "“{name}”不是本社区的管理员：只有管理员可以申请解锁。"
                "请由管理员登录后申请（设置 ▸ 操作人员 中可以看到谁是管理员）。",
                name=name,
            )
        )


class PeriodNotLocked(UnlockRefused):
    def __init__(self, period: Text) -> None:
        super().__init__(
            tr(
                "{period}没有锁定（市级还没有审核通过这个报告期的报表，或已经同意解锁），不需要申请解锁。",
                period=period,
            )
        )


class UnlockAlreadyRequested(UnlockRefused):
    def __init__(self, period: Text, requested_by: str) -> None:
        super().__init__(
            tr(
                "{period}已经有一份等待市级同意的解锁申请（申请人：{name}），不能重复申请。请等待市级处理。",
                period=period,
                name=requested_by,
            )
        )


class UnlockRequestNotFound(UnlockRefused):
    def __init__(self, request_id: str) -> None:
        super().__init__(
            tr(
                "找不到解锁申请 {request_id}（可能还没有导入该社区的数据包）。请先导入社区的数据包，再查看申请列表。",
                request_id=request_id,
            )
        )


class UnlockNotAccepted(UnlockRefused):
    def __init__(self, office: str, period: Text) -> None:
        super().__init__(
            tr(
                "社区 {office} {period}的报表还没有经市级审核通过，没有锁定，不需要解锁。",
                office=office,
                period=period,
            )
        )


class UnlockSuperseded(UnlockRefused):
    def __init__(self, office: str, period: Text, version: int) -> None:
        super().__init__(
            tr(
                "社区 {office} {period}已经报来更新的报表（第 {version} 版），"
                "这份解锁申请针对的是旧版本，不再需要同意。",
                office=office,
                period=period,
                version=version,
            )
        )


class UnlockAlreadyGranted(UnlockRefused):
    def __init__(self, office: str, period: Text, granted_by: str) -> None:
        super().__init__(
            tr(
                "社区 {office} {period}的报表已经同意解锁（{name}），不需要再次同意。",
                office=office,
                period=period,
                name=granted_by,
            )
        )


class GranterNeeded(UnlockRefused):
    def __init__(self) -> None:
        super().__init__(tr("同意解锁需要填写审核人姓名：每个决定都记录是谁做的。请填写姓名后重试。"))


# --- listing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnlockInfo:
    """One request to unlock a period, and whether the city granted it."""

    id: str
    office_code: str
    period_code: str
    return_id: str
    return_version: int | None  # the locked return's version, when its receipt is known here
    reason: str
    requested_by: str
    requested_at: datetime | None
    granted_by: str = ""
    granted_at: datetime | None = None

    @property
    def granted(self) -> bool:
        return self.granted_at is not None

    @property
    def status(self) -> str:
        return STATUS_GRANTED if self.granted else STATUS_PENDING

    @property
    def period_label(self) -> str:
        return parse_period(self.period_code).label

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "office_code": self.office_code,
            "period": self.period_code,
            "return_id": self.return_id,
            "return_version": self.return_version,
            "reason": self.reason,
            "requested_by": self.requested_by,
            "requested_at": self.requested_at.isoformat() if self.requested_at else None,
            "status": self.status,
            "granted_by": self.granted_by,
            "granted_at": self.granted_at.isoformat() if self.granted_at else None,
        }


def _aware(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    from datetime import UTC

    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _infos(conn: Db, where: str = "", params: tuple[Any, ...] = ()) -> list[UnlockInfo]:
    rows = conn.execute(
        "SELECT r.id, r.office_code, r.period_code, r.return_id, (SELECT v.return_version FROM return_receipt AS v"
        " WHERE v.return_id = r.return_id), r.reason, r.requested_by, r.requested_at, g.unlock_granted_by,"
        " g.unlock_granted_at FROM unlock_request AS r"
        " LEFT JOIN return_receipt AS g ON g.unlock_request_id = r.id AND g.unlock_granted_at IS NOT NULL"
        f" WHERE r.deleted_at IS NULL {where} ORDER BY r.requested_at DESC, r.id DESC",
        params,
    ).fetchall()
    return [
        UnlockInfo(
            id=str(row[0]),
            office_code=str(row[1]),
            period_code=str(row[2]),
            return_id=str(row[3] or ""),
            return_version=int(row[4]) if row[4] is not None else None,
            reason=str(row[5] or ""),
            requested_by=str(row[6] or ""),
            requested_at=_aware(row[7]),
            granted_by=str(row[8] or ""),
            granted_at=_aware(row[9]),
        )
        for row in rows
    ]


def unlock_requests(store: Any, office_code: str | None = None) -> list[UnlockInfo]:
    """The requests to unlock a period (pending and granted), newest first; ``office_code`` keeps one
    office's (the city holds every office's)."""
    with exchange_connection(store) as conn:
        if office_code is None:
            return _infos(conn)
        return _infos(conn, "AND r.office_code = ?", (office_code,))


def pending_requests(store: Any, office_code: str | None = None) -> list[UnlockInfo]:
    """The requests not granted yet (what the city has to decide on)."""
    return [info for info in unlock_requests(store, office_code) if not info.granted]


# --- at the office: the request ---------------------------------------------------------------


def _administrator(session: Any, requested_by: str, operator_id: str | None) -> Operator:
    """The active administrator asking: the signed-in operator (``operator_id``), else the one named."""
    query = select(Operator).where(col(Operator.deleted_at).is_(None), col(Operator.active).is_(True))
    if operator_id is not None:
        found = session.exec(query.where(col(Operator.id) == operator_id)).first()
    else:
        found = session.exec(query.where(col(Operator.name) == requested_by)).first()
    if found is None or found.role != OperatorRole.ADMIN.value:
        raise UnlockNotAdministrator(found.name if found is not None else requested_by)
    return found  # type: ignore[no-any-return]


def request_unlock(
    store: Any,
    period_code: str,
    *,
    reason: str,
    requested_by: str,
    operator_id: str | None = None,
    now: datetime | None = None,
) -> UnlockRequest:
    """An office administrator asks the city to unlock a locked period; the request written (it travels
    in the next bundle). ``store``: anything whose ``session(actor=None)`` gives a
    :class:`~db.audit.LedgerSession` (a :class:`~db.store.Store`). ``requested_by``: the administrator's
    name (an active operator with the role 管理员; with ``operator_id`` — the signed-in operator — that
    operator must be an administrator).
    Refused (:class:`UnlockRefused`, nothing written) without a reason or a name, for a non-administrator,
    a period that is not locked, or a period with a request still waiting."""
    from db.exchange.locks import locked_returns
    from db.office import current_office

    reason, requested_by = reason.strip(), requested_by.strip()
    period = parse_period(period_code)
    if not requested_by:
        raise UnlockNameNeeded()
    if not reason:
        raise UnlockReasonNeeded()
    with store.session() as session:
        office = current_office(session)
        if office is None:
            from db.returns.errors import NoOffice

            raise NoOffice()
        admin = _administrator(session, requested_by, operator_id)
        locked = [s for s in locked_returns(session, office.code) if s.period_code == period.code]
        if not locked:
            raise PeriodNotLocked(period.label_text)
        snapshot = locked[0]
        with exchange_connection(session) as conn:
            waiting = [
                info
                for info in _infos(
                    conn,
                    "AND r.office_code = ? AND r.period_code = ? AND r.return_id = ?",
                    (office.code, period.code, snapshot.id),
                )
                if not info.granted
            ]
        if waiting:
            raise UnlockAlreadyRequested(period.label_text, waiting[0].requested_by)
        office_code = office.code
        admin_id, admin_name = admin.id, admin.name
    request = UnlockRequest(
        office_code=office_code,
        period_code=period.code,
        return_id=snapshot.id,
        reason=reason,
        requested_by=requested_by,
        requested_at=now or utcnow(),
    )
    actor = Actor(office_code, admin_id, admin_name, reason=f"{UNLOCK_REASON}：{reason}")
    with store.session(actor) as session:
        session.add(request)
        session.commit()
    return request


def is_administrator(session: Any, operator_id: str | None) -> bool:
    """Whether ``operator_id`` is an active administrator (who may ask to unlock a period)."""
    if operator_id is None:
        return False
    found = session.get(Operator, operator_id)
    return bool(
        found is not None and found.deleted_at is None and found.active and found.role == OperatorRole.ADMIN.value
    )


# --- at the city: the grant -------------------------------------------------------------------


def grant_unlock(store: Any, request_id: str, *, granted_by: str, now: datetime | None = None) -> Changes:
    """A person at the city grants an office's request: the locked return's receipt records the request,
    ``granted_by`` and the time; the next acknowledgement carries it to the office. Refused (nothing
    written) without a name, for an unknown request, a return the city has not finally accepted or that
    is no longer the period's latest, or one already unlocked."""
    granted_by = granted_by.strip()
    if not granted_by:
        raise GranterNeeded()
    request_id = request_id.strip()
    with exchange_connection(store) as conn:
        conn.begin_write()
        try:
            _grant(conn, request_id, granted_by, now or utcnow())
            conn.commit()
        except BaseException:
            rollback(conn)
            raise
    return Changes(returns=True)


def _grant(conn: Db, request_id: str, granted_by: str, now: datetime) -> None:
    found = conn.execute(
        "SELECT office_code, period_code, return_id FROM unlock_request WHERE id = ? AND deleted_at IS NULL",
        (request_id,),
    ).fetchone()
    if found is None:
        raise UnlockRequestNotFound(request_id)
    office, period_code, return_id = str(found[0]), str(found[1]), str(found[2] or "")
    conn.lock(review_lock(office))  # two workstations granting (or deciding) at once: one after the other
    label = parse_period(period_code).label_text
    receipts = conn.execute(
        "SELECT return_id, return_version, status, unlock_request_id, unlock_granted_by FROM return_receipt"
        " WHERE office_code = ? AND period_code = ? ORDER BY return_version DESC, id DESC",
        (office, period_code),
    ).fetchall()
    if not receipts:
        raise UnlockNotAccepted(office, label)
    latest = receipts[0]
    target = next((row for row in receipts if row[0] == return_id), None) if return_id else latest
    if target is None or target[2] != ReturnState.RECEIVED.value:
        raise UnlockNotAccepted(office, label)
    if int(latest[1]) > int(target[1]):
        raise UnlockSuperseded(office, label, int(latest[1]))
    if target[3]:
        raise UnlockAlreadyGranted(office, label, str(target[4]))
    conn.execute(
        "UPDATE return_receipt SET unlock_request_id = ?, unlock_granted_by = ?, unlock_granted_at = ?"
        " WHERE return_id = ?",
        (request_id, granted_by, db_time(now), target[0]),
    )


# --- at the office: the grant an acknowledgement brings ---------------------------------------


def ack_grant(item: dict[str, Any], row: Any) -> None:
    """Add the grant of a receipt row (``unlock_request_id, unlock_granted_by, unlock_granted_at``) to
    an acknowledgement's decision ``item`` (nothing when there is none)."""
    if row is None or not row[0] or row[2] is None:
        return
    item["unlock"] = {"request_id": str(row[0]), "granted_by": str(row[1] or ""), "granted_at": row[2]}


def store_ack_grant(conn: Db, office_code: str, return_id: str, item: dict[str, Any], stamp: str) -> bool:
    """Keep the grant an acknowledgement's decision carries on the office's receipt of the return, with an
    audit entry; whether it was new. A grant is never cleared nor replaced (an older acknowledgement
    never re-locks a period)."""
    grant = item.get("unlock")
    if not isinstance(grant, dict):
        return False
    request_id = str(grant.get("request_id") or "").strip()
    granted_by = str(grant.get("granted_by") or "").strip()
    granted_at = grant.get("granted_at")
    if not request_id or not granted_by or not isinstance(granted_at, str) or not granted_at:
        return False
    try:
        _aware(granted_at)
    except ValueError:
        return False
    cursor = conn.execute(
        "UPDATE return_receipt SET unlock_request_id = ?, unlock_granted_by = ?, unlock_granted_at = ?"
        " WHERE return_id = ? AND office_code = ? AND unlock_request_id = '' AND status = ?",
        (request_id[:36], granted_by, granted_at, return_id, office_code, ReturnState.RECEIVED.value),
    )
    if cursor.rowcount == 0:
        return False
    receipt_id = conn.execute("SELECT id FROM return_receipt WHERE return_id = ?", (return_id,)).fetchone()
    conn.execute(
        "INSERT INTO audit_entry (id, office_code, at, operator_id, operator_name, action, table_name, record_id,"
        " field, old_value, new_value, reason, seq) VALUES (?, ?, ?, NULL, ?, ?, 'return_receipt', ?,"
        " 'unlock_granted_by', NULL, ?, ?, ?)",
        (
            str(uuid.uuid4()),
            office_code,
            stamp,
            "系统",
            AuditAction.UPDATE.value,
            str(receipt_id[0]) if receipt_id else return_id,
            granted_by,
            GRANT_REASON,
            allocate_seq(conn.connection, office_code, 1),  # the office's change sequence (db.audit)
        ),
    )
    return True
