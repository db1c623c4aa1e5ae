"""The city's view of one period: every registered office side by side.

For each office the city has issued a certificate to (:meth:`CityAuthority.offices`):
its last bundle (number, when it arrived, gaps recorded), its return for the period — arrived
in time, arrived late, or missing (late: it arrived after :func:`report_deadline`, the
period's end plus :data:`REPORT_DEADLINE_DAYS` days) with where the city's review stands
(:attr:`OfficeStatus.review`: 未报 / 待审核 / 已接收 / 退回 / 有问题, who decided and what the
import's checks found) — the
conflicts waiting, and its compliance against the city's standards: the same
:func:`db.compliance.evaluate` the office runs on its own data, restricted to its office code
(the city's database holds every office), so the city's figures equal the office's own.

**Status per level** (:attr:`OfficeStatus.state`, one of :data:`LEVEL_STATES`): 未报 (no return) ·
待街道审核 (the office reports through a street — its registry entry's ``via``, or its receipt's
``street_code`` — and the street has not decided) · 街道退回 (the street sent it back: 退回 or 有问题) ·
待市审核 (a direct office's return, or one the street passed, that the city has not decided) · 退回 /
有问题 (the city's decision) · 已通过 (the city received it) · 已锁定 (received, and an acknowledgement
was written to the office after the decision: the office's period is locked once it imports it) ·
已解锁 (the city granted an unlock on it; the correction has not arrived yet). The city's decision is
final: once it decided, the street's no longer sets the state. :func:`street_backlog` counts, per
street, what waits for it, what it sent back and what waits for the city; :func:`street_status` is
the same view in a street's own database (its offices only: ``shequ street status``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, func, select

from db.compliance import ComplianceResult
from db.models import BundleReceived, BundleSent, ExchangeConflict, Office, ReturnReceipt, ReturnSnapshot
from db.periods import Period
from db.timeutil import to_local

REPORT_DEADLINE_DAYS = 15  # a return is due 15 days after its period ends (inclusive)

ARRIVED = "arrived"
LATE = "late"
MISSING = "missing"
_RETURN_LABELS = {ARRIVED: "已报送", LATE: "逾期报送", MISSING: "未报送"}

# where the city's review of the office's latest return stands
NOT_REPORTED = "not_reported"
PENDING = "pending"
REVIEW_STATES = (NOT_REPORTED, PENDING, "received", "returned", "problem")
_REVIEW_LABELS = {
    NOT_REPORTED: "未报",
    PENDING: "待审核",
    "received": "已接收",
    "returned": "退回",
    "problem": "有问题",
}


# where the office's latest return of the period stands, level by level (the contract's list)
PENDING_STREET = "pending_street"
STREET_RETURNED = "street_returned"
PENDING_CITY = "pending_city"
RETURNED = "returned"
PROBLEM = "problem"
ACCEPTED = "received"
LOCKED = "locked"
UNLOCKED = "unlocked"
LEVEL_STATES = (
    NOT_REPORTED,
    PENDING_STREET,
    STREET_RETURNED,
    PENDING_CITY,
    RETURNED,
    PROBLEM,
    ACCEPTED,
    LOCKED,
    UNLOCKED,
)
LEVEL_LABELS = {
    NOT_REPORTED: "未报",
    PENDING_STREET: "待街道审核",
    STREET_RETURNED: "街道退回",
    PENDING_CITY: "待市审核",
    RETURNED: "退回",
    PROBLEM: "有问题",
    ACCEPTED: "已通过",
    LOCKED: "已锁定",
    UNLOCKED: "已解锁",
}
_SENT_BACK = ("returned", "problem")  # ReturnState codes of a decision that sends a return back
_PURPOSE_ACK = "ack"  # as db.exchange.ledger.PURPOSE_ACK (the city's acknowledgements in bundle_sent)


def report_deadline(period: Period) -> date:
    """The last day a return of ``period`` counts as on time."""
    return period.end + timedelta(days=REPORT_DEADLINE_DAYS)


@dataclass
class OfficeStatus:
    """One office's row of the city's view."""

    code: str
    name: str
    revoked: bool = False
    has_data: bool = False
    last_bundle_seq: int | None = None
    last_bundle_at: datetime | None = None
    bundles: int = 0
    gaps: list[str] = field(default_factory=list)
    return_state: str = MISSING
    overdue: bool = False  # missing and past the deadline
    return_version: int | None = None
    return_id: str | None = None
    arrived_at: datetime | None = None
    decision: str = ""  # ReturnState code a person chose: received / returned / problem; "" 待审核
    decision_reason: str = ""  # the reviewer's comment
    decided_by: str = ""
    decided_at: datetime | None = None
    decided_level: str = ""
    finding: str = ""  # what the import's checks found wrong with the PDF (for the reviewer)
    conflicts: int = 0
    compliance: ComplianceResult | None = None
    # the street the office reports through ("" when straight to the city), and the street's decision
    street_code: str = ""
    street_name: str = ""
    street_decision: str = ""  # ReturnState code the street chose; "" while 待街道审核
    street_reason: str = ""
    street_decided_by: str = ""
    street_decided_at: datetime | None = None
    countersigned: bool = False  # the street countersigned the return's PDF
    acknowledged_at: datetime | None = None  # the last acknowledgement written to the office
    unlock_granted_by: str = ""
    unlock_granted_at: datetime | None = None

    @property
    def routed(self) -> bool:
        """Whether the office's returns go through a street (街道) before the city."""
        return bool(self.street_code)

    @property
    def state(self) -> str:
        """Where the latest return stands, level by level (:data:`LEVEL_STATES`; see the module's notes)."""
        if self.return_id is None:
            return NOT_REPORTED
        if self.decision == ACCEPTED:
            if self.unlock_granted_at is not None:
                return UNLOCKED
            if (
                self.acknowledged_at is not None
                and self.decided_at is not None
                and self.acknowledged_at >= self.decided_at
            ):
                return LOCKED
            return ACCEPTED
        if self.decision in _SENT_BACK:
            return self.decision
        if self.routed:
            if self.street_decision in _SENT_BACK:
                return STREET_RETURNED
            if self.street_decision != ACCEPTED:
                return PENDING_STREET
        return PENDING_CITY

    @property
    def state_label(self) -> str:
        return LEVEL_LABELS[self.state]

    @property
    def review(self) -> str:
        """未报 (``not_reported``), 待审核 (``pending``) or the decision's code."""
        if self.return_id is None:
            return NOT_REPORTED
        return self.decision or PENDING

    @property
    def review_label(self) -> str:
        return _REVIEW_LABELS.get(self.review, self.review)

    @property
    def return_label(self) -> str:
        label = _RETURN_LABELS[self.return_state]
        return f"{label}（已过期限）" if self.overdue else label

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "revoked": self.revoked,
            "has_data": self.has_data,
            "review": self.review,
            "review_label": self.review_label,
            "last_bundle": {
                "seq": self.last_bundle_seq,
                "imported_at": self.last_bundle_at.isoformat() if self.last_bundle_at else None,
                "count": self.bundles,
                "gaps": self.gaps,
            },
            "return": {
                "state": self.return_state,
                "label": self.return_label,
                "overdue": self.overdue,
                "version": self.return_version,
                "id": self.return_id,
                "arrived_at": self.arrived_at.isoformat() if self.arrived_at else None,
                "decision": self.decision,
                "reason": self.decision_reason,
                "decided_by": self.decided_by,
                "decided_at": self.decided_at.isoformat() if self.decided_at else None,
                "level": self.decided_level,
                "finding": self.finding,
            },
            "state": self.state,
            "state_label": self.state_label,
            "street": (
                {
                    "code": self.street_code,
                    "name": self.street_name,
                    "decision": self.street_decision,
                    "reason": self.street_reason,
                    "decided_by": self.street_decided_by,
                    "decided_at": self.street_decided_at.isoformat() if self.street_decided_at else None,
                    "countersigned": self.countersigned,
                }
                if self.street_code
                else None
            ),
            "acknowledged_at": self.acknowledged_at.isoformat() if self.acknowledged_at else None,
            "unlock": (
                {
                    "granted_by": self.unlock_granted_by,
                    "granted_at": self.unlock_granted_at.isoformat() if self.unlock_granted_at else None,
                }
                if self.unlock_granted_at is not None
                else None
            ),
            "conflicts": self.conflicts,
            "status": self.compliance.status.value if self.compliance is not None else None,
            "pillars": [pillar.to_dict() for pillar in self.compliance.pillars] if self.compliance else [],
        }


def _code_and_name(item: Any) -> tuple[str, str]:
    if isinstance(item, str):
        return item, ""
    if isinstance(item, tuple):
        return str(item[0]), str(item[1]) if len(item) > 1 else ""
    return str(item.code), str(getattr(item, "name", ""))


STATUS_BATCH = 200  # offices per batch of queries in city_status (an IN list of codes)


def city_status(
    session: Session,
    period: Period,
    offices: Iterable[Any],
    *,
    today: date | None = None,
    streets: Mapping[str, str] | None = None,
    compliance: bool = True,
    street_code: str = "",
) -> list[OfficeStatus]:
    """The city's view of ``period`` for ``offices`` (registered offices, codes or (code, name)).

    An office's street is its receipt's ``street_code``, else its registry entry's ``via`` (else
    ``street_code``, for a street's own database); ``streets`` names the streets (code → name).
    ``compliance=False`` leaves the figures out (the backlog needs only the states).

    Each figure is one query for a batch of offices (:data:`STATUS_BATCH`), never one per office:
    a league's city holds thousands."""
    from db.timeutil import local_today

    today = today or local_today()
    items = list(offices)
    rows: list[OfficeStatus] = []
    for first in range(0, len(items), STATUS_BATCH):
        batch = items[first : first + STATUS_BATCH]
        rows.extend(_status_batch(session, period, batch, today, dict(streets or {}), compliance, street_code))
    return rows


def _status_batch(
    session: Session,
    period: Period,
    items: Sequence[Any],
    today: date,
    names: Mapping[str, str],
    compliance: bool,
    street_code: str,
) -> list[OfficeStatus]:
    from db.compliance import gather_inputs_by_office, judge
    from db.standards import standards_in_force

    deadline = report_deadline(period)
    rows: list[OfficeStatus] = []
    for item in items:
        code, name = _code_and_name(item)
        status = OfficeStatus(code=code, name=name, revoked=bool(getattr(item, "revoked", False)))
        status.street_code = str(getattr(item, "via", None) or street_code or "")
        rows.append(status)
    codes = sorted({row.code for row in rows})

    profiles = dict(
        session.exec(
            select(col(Office.office_code), col(Office.name)).where(
                col(Office.office_code).in_(codes), col(Office.deleted_at).is_(None)
            )
        ).all()
    )
    received: dict[str, list[tuple[int, datetime, str]]] = {}
    for sender, seq, imported_at, gap_note in session.exec(
        select(
            col(BundleReceived.sender),
            col(BundleReceived.seq),
            col(BundleReceived.imported_at),
            col(BundleReceived.gap_note),
        )
        .where(col(BundleReceived.sender).in_(codes), col(BundleReceived.kind) == "office-to-city")
        .order_by(col(BundleReceived.imported_at).desc(), col(BundleReceived.seq).desc())
    ).all():
        received.setdefault(sender, []).append((seq, imported_at, gap_note))
    latest: dict[str, tuple[int, str]] = {}  # office → (return_version, id) of its latest signed return
    for office, version, return_id in session.exec(
        select(col(ReturnSnapshot.office_code), col(ReturnSnapshot.return_version), col(ReturnSnapshot.id)).where(
            col(ReturnSnapshot.office_code).in_(codes),
            col(ReturnSnapshot.period_code) == period.code,
            col(ReturnSnapshot.signed_at).is_not(None),
            col(ReturnSnapshot.deleted_at).is_(None),
        )
    ).all():
        if office not in latest or version > latest[office][0]:
            latest[office] = (version, return_id)
    first_arrival = dict(
        session.exec(
            select(col(ReturnReceipt.office_code), func.min(ReturnReceipt.arrived_at))
            .where(col(ReturnReceipt.office_code).in_(codes), col(ReturnReceipt.period_code) == period.code)
            .group_by(col(ReturnReceipt.office_code))
        ).all()
    )
    receipts = {
        receipt.return_id: receipt
        for receipt in session.exec(
            select(ReturnReceipt).where(col(ReturnReceipt.return_id).in_(sorted(i for _v, i in latest.values())))
        ).all()
    }
    acknowledged = dict(
        session.exec(
            select(col(BundleSent.recipient), func.max(BundleSent.created_at))
            .where(col(BundleSent.purpose) == _PURPOSE_ACK, col(BundleSent.recipient).in_(codes))
            .group_by(col(BundleSent.recipient))
        ).all()
    )
    conflicts = dict(
        session.exec(
            select(col(ExchangeConflict.office_code), func.count())
            .where(col(ExchangeConflict.office_code).in_(codes), col(ExchangeConflict.resolved_at).is_(None))
            .group_by(col(ExchangeConflict.office_code))
        ).all()
    )
    with_data = [code for code in codes if code in profiles]
    figures = gather_inputs_by_office(session, period, with_data) if compliance and with_data else {}
    standards = standards_in_force(session, period) if figures else {}

    for status in rows:
        code = status.code
        if code in profiles:
            status.has_data = True
            status.name = status.name or profiles[code]
        bundles = received.get(code, [])
        status.bundles = len(bundles)
        if bundles:
            status.last_bundle_seq, status.last_bundle_at = bundles[0][0], bundles[0][1]
            status.gaps = [gap for _seq, _at, gap in reversed(bundles) if gap]
        if code not in latest:
            status.overdue = today > deadline
        else:
            status.return_version, status.return_id = latest[code]
            receipt = receipts.get(status.return_id)
            arrived = first_arrival.get(code)  # the first version counts for lateness
            status.arrived_at = receipt.arrived_at if receipt is not None else arrived
            status.return_state = LATE if arrived is not None and to_local(arrived).date() > deadline else ARRIVED
            if receipt is not None:
                _take_receipt(status, receipt)
            status.acknowledged_at = acknowledged.get(code)
        status.street_name = names.get(status.street_code, "") if status.street_code else ""
        status.conflicts = int(conflicts.get(code, 0))
        if code in figures:
            status.compliance = judge(figures[code], standards, period)
    return rows


def _take_receipt(status: OfficeStatus, receipt: ReturnReceipt) -> None:
    status.decision, status.decision_reason = receipt.status, receipt.reason
    status.decided_by, status.decided_at = receipt.decided_by, receipt.decided_at
    status.decided_level, status.finding = receipt.decided_level, receipt.finding
    status.street_code = receipt.street_code or status.street_code
    status.street_decision, status.street_reason = receipt.street_status, receipt.street_reason
    status.street_decided_by, status.street_decided_at = receipt.street_decided_by, receipt.street_decided_at
    status.countersigned = bool(receipt.countersigned_sha256)
    status.unlock_granted_by, status.unlock_granted_at = receipt.unlock_granted_by, receipt.unlock_granted_at


@dataclass(frozen=True)
class StreetDecision:
    """What the street decided about one return (its receipt's ``street_*`` columns)."""

    street_code: str
    decision: str  # ReturnState code; "" while 待街道审核
    reason: str
    decided_by: str
    decided_at: datetime | None
    countersigned: bool


def street_decisions(session: Session, office_code: str) -> dict[str, StreetDecision]:
    """The street's decision on each of ``office_code``'s returns that went through a street, by return id."""
    receipts = session.exec(
        select(ReturnReceipt).where(col(ReturnReceipt.office_code) == office_code, col(ReturnReceipt.street_code) != "")
    ).all()
    return {
        receipt.return_id: StreetDecision(
            receipt.street_code,
            receipt.street_status,
            receipt.street_reason,
            receipt.street_decided_by,
            receipt.street_decided_at,
            bool(receipt.countersigned_sha256),
        )
        for receipt in receipts
    }


@dataclass(frozen=True)
class StreetBacklog:
    """What stands at one street for a period: its offices' returns that wait for it, that it sent
    back, and that it passed and now wait for the city."""

    code: str
    name: str
    offices: int  # offices reporting through it
    pending_street: int  # 待街道审核
    street_returned: int  # 街道退回
    pending_city: int  # 待市审核 (passed by the street)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "offices": self.offices,
            PENDING_STREET: self.pending_street,
            STREET_RETURNED: self.street_returned,
            PENDING_CITY: self.pending_city,
        }


def backlog_of(rows: Sequence[OfficeStatus], streets: Mapping[str, str] | None = None) -> list[StreetBacklog]:
    """Per street (every street named in ``streets``, and any an office row names), by code."""
    codes = dict(streets or {})
    for row in rows:
        if row.street_code:
            codes.setdefault(row.street_code, row.street_name)
    found: list[StreetBacklog] = []
    for code in sorted(codes):
        mine = [row for row in rows if row.street_code == code]
        found.append(
            StreetBacklog(
                code=code,
                name=codes[code],
                offices=len(mine),
                pending_street=sum(1 for row in mine if row.state == PENDING_STREET),
                street_returned=sum(1 for row in mine if row.state == STREET_RETURNED),
                pending_city=sum(1 for row in mine if row.state == PENDING_CITY),
            )
        )
    return found


def registered_streets(authority: Any) -> dict[str, str]:
    """The city's registered streets, code → name (revoked ones included: their offices' returns stay)."""
    from db.exchange.street import streets

    return {item.code: item.name for item in streets(authority)}


def street_backlog(
    store: Any,
    period: Period,
    *,
    authority: Any = None,
    rows: Sequence[OfficeStatus] | None = None,
    today: date | None = None,
) -> list[StreetBacklog]:
    """At the city: per registered street, how many of its offices' returns of ``period`` wait for
    the street (待街道审核), were sent back by it (街道退回) and wait for the city (待市审核).

    ``rows`` (from :func:`city_status`) saves reading the offices again; otherwise the city's
    registry (``authority``, by default the city installed in the store's folder) is read."""
    if authority is None:
        from db.exchange.pki import CityAuthority

        authority = CityAuthority(store.data_dir)
    streets = registered_streets(authority)
    if rows is None:
        with store.session() as session:
            rows = city_status(session, period, authority.offices(), today=today, streets=streets, compliance=False)
    return backlog_of(rows, streets)


def street_status(
    store: Any,
    street_code: str,
    period: Period,
    *,
    offices: Iterable[Any] | None = None,
    street_name: str = "",
    today: date | None = None,
    compliance: bool = True,
) -> list[OfficeStatus]:
    """At a street, in its own database: its offices' view of ``period`` (``shequ street status``).

    The offices are ``offices`` when given, else those of the city's roster installed in the
    store's folder, else every office the street's database has data or a return of. Every one
    reports through ``street_code``; the city's decision is not known here (only the street's)."""
    if offices is None:
        offices = _street_offices(store)
    names = {street_code: street_name} if street_name else {}
    with store.session() as session:
        return city_status(
            session, period, offices, today=today, streets=names, compliance=compliance, street_code=street_code
        )


def _street_offices(store: Any) -> list[tuple[str, str]]:
    from db.exchange.street import StreetInstallation
    from db.exchange.street_import import installed_roster

    installation = StreetInstallation(store.data_dir)
    roster = installed_roster(installation) if installation.exists() else None
    found: dict[str, str] = {}
    if roster is not None:
        found.update((code, name) for code, (name, _serials) in roster.offices.items())
    with store.session() as session:
        for office in session.exec(select(Office).where(col(Office.deleted_at).is_(None))).all():
            found.setdefault(office.office_code, office.name)
        for code in session.exec(select(ReturnReceipt.office_code).distinct()).all():
            found.setdefault(code, "")
    return sorted(found.items())


def status_document(
    period: Period,
    rows: list[OfficeStatus],
    *,
    city_name: str = "",
    backlog: Sequence[StreetBacklog] | None = None,
) -> dict[str, Any]:
    """``shequ city status --json``: the period, the deadline, one entry per office, totals, how many
    stand in each state of :data:`LEVEL_STATES` and (when given) the streets' backlog."""
    document = {
        "city": city_name,
        "period": {"code": period.code, "label": period.label, "deadline": report_deadline(period).isoformat()},
        "offices": [row.to_dict() for row in rows],
        "totals": {
            "offices": len(rows),
            ARRIVED: sum(1 for r in rows if r.return_state == ARRIVED),
            LATE: sum(1 for r in rows if r.return_state == LATE),
            MISSING: sum(1 for r in rows if r.return_state == MISSING),
            "conflicts": sum(r.conflicts for r in rows),
            "review": {state: sum(1 for r in rows if r.review == state) for state in REVIEW_STATES},
        },
        "states": {state: sum(1 for r in rows if r.state == state) for state in LEVEL_STATES},  # per level
    }
    if backlog is not None:
        document["streets"] = [item.to_dict() for item in backlog]
    return document
