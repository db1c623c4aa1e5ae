"""What the exchange pages show: the bundles sent and received, and the returns' state at the city.

Plain reads for the app (the office's 数据交换 page, the city's window) so that widgets write no
SQL: :func:`sent_bundles` and :func:`received_bundles` (the books of :mod:`db.exchange.ledger`,
newest first), :func:`returns_with_receipts` (an office's signed returns with where the city's review
stands: 待审核, or a person's 已接收 / 退回 / 有问题 with the comment, who and when; and the street's,
for an office whose returns go through a street),
:func:`returned_returns` (those the city sent back or found a problem in, not yet
superseded by a newer version) and :func:`table_label` (a table's name as people read it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from db.enums import ReturnState
from db.models import BundleReceived, BundleSent, ReturnReceipt, ReturnSnapshot


@dataclass(frozen=True)
class SentEntry:
    """A bundle this installation wrote (to the city, to a device, or — at the city — an acknowledgement)."""

    purpose: str  # "city", "device" or "ack"
    recipient: str
    seq: int
    file_name: str
    created_at: datetime
    acknowledged_at: datetime | None
    full: bool
    counts: dict[str, int]


@dataclass(frozen=True)
class ReceivedEntry:
    """A bundle this installation imported."""

    kind: str  # "office-to-city", "city-to-office" or "device"
    sender: str
    seq: int
    file_name: str
    imported_at: datetime
    gap_note: str
    counts: dict[str, Any]


@dataclass(frozen=True)
class ReturnStatus:
    """A signed return and what the city decided about it ("" while undecided or unknown)."""

    return_id: str
    office_code: str
    period_code: str
    return_version: int
    state: str  # the snapshot's ReturnState code (at the office: where it is)
    signed_at: datetime | None
    pdf_path: str
    decision: str = ""  # ReturnState code a person at the city chose: received / returned / problem
    reason: str = ""  # the reviewer's comment
    arrived_at: datetime | None = None
    decided_at: datetime | None = None
    decided_by: str = ""
    decided_level: str = ""
    finding: str = ""  # what the city's import found wrong with the PDF (at the city)
    has_receipt: bool = False  # the city said it has the return (at the office: an acknowledgement told)
    # The street's review, for an office whose returns go through a street (db.exchange.street_acks)
    street_code: str = ""
    street_status: str = ""  # ReturnState code the street chose ("" while 待街道审核)
    street_reason: str = ""
    street_decided_by: str = ""
    street_decided_at: datetime | None = None

    @property
    def returned(self) -> bool:
        """Sent back for revision: 退回, or 有问题."""
        return self.decision in (ReturnState.RETURNED.value, ReturnState.PROBLEM.value)

    @property
    def pending(self) -> bool:
        """At the city and not decided yet (待审核)."""
        return self.has_receipt and not self.decision

    @property
    def street_returned(self) -> bool:
        """The street sent it back (退回 or 有问题)."""
        return self.street_status in (ReturnState.RETURNED.value, ReturnState.PROBLEM.value)

    @property
    def needs_revision(self) -> bool:
        """To revise and sign again: the city sent it back, or — while the city has not decided — the street."""
        return self.returned or (not self.decision and self.street_returned)


def _counts(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def sent_bundles(session: Session, purpose: str | None = None, recipient: str | None = None) -> list[SentEntry]:
    """The bundles written here (of ``purpose`` / to ``recipient`` when given), newest first."""
    query = select(BundleSent)
    if purpose is not None:
        query = query.where(col(BundleSent.purpose) == purpose)
    if recipient is not None:
        query = query.where(col(BundleSent.recipient) == recipient)
    rows = session.exec(query.order_by(col(BundleSent.created_at).desc(), col(BundleSent.seq).desc())).all()
    return [
        SentEntry(
            row.purpose,
            row.recipient,
            row.seq,
            row.file_name,
            row.created_at,
            row.acknowledged_at,
            bool(row.full),
            {str(k): int(v) for k, v in _counts(row.counts_json).items() if isinstance(v, int)},
        )
        for row in rows
    ]


def received_bundles(session: Session, kind: str | None = None, sender: str | None = None) -> list[ReceivedEntry]:
    """The bundles imported here (of ``kind`` / from ``sender`` when given), newest first."""
    query = select(BundleReceived)
    if kind is not None:
        query = query.where(col(BundleReceived.kind) == kind)
    if sender is not None:
        query = query.where(col(BundleReceived.sender) == sender)
    rows = session.exec(query.order_by(col(BundleReceived.imported_at).desc(), col(BundleReceived.seq).desc())).all()
    return [
        ReceivedEntry(
            row.kind, row.sender, row.seq, row.file_name, row.imported_at, row.gap_note, _counts(row.counts_json)
        )
        for row in rows
    ]


def returns_with_receipts(session: Session, office_code: str) -> list[ReturnStatus]:
    """The office's signed returns, newest period and version first, each with the city's receipt."""
    snapshots = session.exec(
        select(ReturnSnapshot).where(
            col(ReturnSnapshot.office_code) == office_code,
            col(ReturnSnapshot.signed_at).is_not(None),
            col(ReturnSnapshot.deleted_at).is_(None),
        )
    ).all()
    receipts = {
        receipt.return_id: receipt
        for receipt in session.exec(select(ReturnReceipt).where(col(ReturnReceipt.office_code) == office_code)).all()
    }
    found: list[ReturnStatus] = []
    for snapshot in snapshots:
        receipt = receipts.get(snapshot.id)
        found.append(
            ReturnStatus(
                return_id=snapshot.id,
                office_code=snapshot.office_code,
                period_code=snapshot.period_code,
                return_version=snapshot.return_version,
                state=snapshot.state,
                signed_at=snapshot.signed_at,
                pdf_path=snapshot.pdf_path,
                decision=receipt.status if receipt is not None else "",
                reason=receipt.reason if receipt is not None else "",
                arrived_at=receipt.arrived_at if receipt is not None else None,
                decided_at=receipt.decided_at if receipt is not None else None,
                decided_by=receipt.decided_by if receipt is not None else "",
                decided_level=receipt.decided_level if receipt is not None else "",
                finding=receipt.finding if receipt is not None else "",
                # a receipt only the street's receipt made (no arrival at the city) is not the city's
                has_receipt=receipt is not None and (receipt.arrived_at is not None or bool(receipt.status)),
                street_code=receipt.street_code if receipt is not None else "",
                street_status=receipt.street_status if receipt is not None else "",
                street_reason=receipt.street_reason if receipt is not None else "",
                street_decided_by=receipt.street_decided_by if receipt is not None else "",
                street_decided_at=receipt.street_decided_at if receipt is not None else None,
            )
        )
    found.sort(key=lambda item: (item.period_code, item.return_version), reverse=True)
    return found


def returned_returns(session: Session, office_code: str) -> list[ReturnStatus]:
    """The returns the city — or, before the city decides, the street — sent back (退回, 有问题) that are
    still each period's latest version: the ones the office has to revise and sign again."""
    latest: dict[str, ReturnStatus] = {}
    for item in returns_with_receipts(session, office_code):
        latest.setdefault(item.period_code, item)  # newest version first
    return [item for item in latest.values() if item.needs_revision]


def table_label(table_name: str) -> str:
    """A table's name as people read it (a ledger's name; the few others named here)."""
    from db.kinds import kind_of_table

    found = kind_of_table(table_name)
    if found is not None:
        return found.label
    return {
        "office": "社区基本情况",
        "operator": "操作人员",
        "city_standard": "城市标准",
        "return_snapshot": "报表",
        "return_record": "报表统计的记录",
        "audit_entry": "审计日志",
        "pdfs": "报表 PDF",
        "receipts": "数据包回执",
        "decisions": "报表处理结果",
        "comments": "审核意见",
        "standards": "城市标准",
        "certificate": "证书",
    }.get(table_name, table_name)
