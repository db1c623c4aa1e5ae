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
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, func, select

from db.compliance import ComplianceResult, evaluate
from db.models import BundleReceived, ExchangeConflict, Office, ReturnReceipt, ReturnSnapshot
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


def city_status(
    session: Session, period: Period, offices: Iterable[Any], *, today: date | None = None
) -> list[OfficeStatus]:
    """The city's view of ``period`` for ``offices`` (registered offices, codes or (code, name))."""
    from db.timeutil import local_today

    deadline = report_deadline(period)
    today = today or local_today()
    rows: list[OfficeStatus] = []
    for item in offices:
        code, name = _code_and_name(item)
        status = OfficeStatus(code=code, name=name, revoked=bool(getattr(item, "revoked", False)))
        profile = session.exec(
            select(Office).where(col(Office.office_code) == code, col(Office.deleted_at).is_(None))
        ).first()
        if profile is not None:
            status.has_data = True
            status.name = status.name or profile.name

        received = session.exec(
            select(BundleReceived)
            .where(col(BundleReceived.sender) == code, col(BundleReceived.kind) == "office-to-city")
            .order_by(col(BundleReceived.imported_at).desc(), col(BundleReceived.seq).desc())
        ).all()
        status.bundles = len(received)
        if received:
            status.last_bundle_seq = received[0].seq
            status.last_bundle_at = received[0].imported_at
            status.gaps = [b.gap_note for b in reversed(received) if b.gap_note]

        snapshot = session.exec(
            select(ReturnSnapshot)
            .where(
                col(ReturnSnapshot.office_code) == code,
                col(ReturnSnapshot.period_code) == period.code,
                col(ReturnSnapshot.signed_at).is_not(None),
                col(ReturnSnapshot.deleted_at).is_(None),
            )
            .order_by(col(ReturnSnapshot.return_version).desc())
        ).first()
        if snapshot is None:
            status.overdue = today > deadline
        else:
            status.return_version = snapshot.return_version
            status.return_id = snapshot.id
            first = session.exec(
                select(ReturnReceipt)
                .where(col(ReturnReceipt.office_code) == code, col(ReturnReceipt.period_code) == period.code)
                .order_by(col(ReturnReceipt.arrived_at))
            ).first()
            receipt = session.exec(select(ReturnReceipt).where(col(ReturnReceipt.return_id) == snapshot.id)).first()
            arrived = first.arrived_at if first is not None else None  # the first version counts for lateness
            status.arrived_at = receipt.arrived_at if receipt is not None else arrived
            status.return_state = LATE if arrived is not None and to_local(arrived).date() > deadline else ARRIVED
            if receipt is not None:
                status.decision, status.decision_reason = receipt.status, receipt.reason
                status.decided_by, status.decided_at = receipt.decided_by, receipt.decided_at
                status.decided_level, status.finding = receipt.decided_level, receipt.finding

        status.conflicts = int(
            session.exec(
                select(func.count())
                .select_from(ExchangeConflict)
                .where(col(ExchangeConflict.office_code) == code, col(ExchangeConflict.resolved_at).is_(None))
            ).one()
        )
        if status.has_data:
            status.compliance = evaluate(session, period, office_code=code)
        rows.append(status)
    return rows


def status_document(period: Period, rows: list[OfficeStatus], *, city_name: str = "") -> dict[str, Any]:
    """``shequ city status --json``: the period, the deadline, one entry per office, and totals."""
    return {
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
    }
