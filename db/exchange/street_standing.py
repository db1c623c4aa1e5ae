"""The street's own staff and funding as lists show them, and its standing (街道(镇)工作者经费保障).

:func:`street_staff` / :func:`street_funding` list the street's own rows (its code as ``office_code``;
staff of ``worker_type`` 街道(镇)工作者); :func:`street_standing` judges the street's funding per street
worker against the city standard ``street_worker_funding`` in force (:mod:`db.standards`; the default,
10,000 元/人·年 since 2012, when the street's database holds no newer one), counted as
:mod:`db.compliance` counts an office's operating funds: each worker's days in post in the period over
the days of the year, the funds received in the period with an operating purpose (办公、活动、其他).
Entering and removing them: :mod:`db.exchange.street_ledger`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlmodel import Session, col, select

from db.compliance import Status
from db.enums import OPERATING_PURPOSES, FundingPurpose, FundingSource, Gender, StaffPosition, WorkerType
from db.i18n import Text, tr
from db.models import CityStandard, Funding, Staff
from db.periods import Period, parse_period
from db.standards import STREET_WORKER_FUNDING, StandardInForce, default_standard_records, select_in_force


@dataclass(frozen=True)
class StreetStaff:
    """One of the street's own workers, as lists show it."""

    id: str
    name: str
    gender: str  # Gender code or ""
    position: str  # StaffPosition code or ""
    start_date: date | None
    end_date: date | None
    pay_fen: int | None
    pay_period: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "gender": self.gender,
            "gender_label": Gender.label_of(self.gender),
            "position": self.position,
            "position_label": StaffPosition.label_of(self.position),
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "pay_fen": self.pay_fen,
            "pay_period": self.pay_period,
            "note": self.note,
        }


def street_staff(store: Any, street_code: str, *, year: int | None = None) -> list[StreetStaff]:
    """The street's own workers (live ones), by start date then name; with ``year``, those in post
    at some time in that year."""
    query = select(Staff).where(
        col(Staff.office_code) == street_code,
        col(Staff.deleted_at).is_(None),
        col(Staff.worker_type) == WorkerType.STREET.value,
    )
    with store.session() as session:
        rows = session.exec(query.order_by(col(Staff.start_date), col(Staff.name_sort), col(Staff.id))).all()
    found = [
        StreetStaff(
            row.id,
            row.name,
            row.gender or "",
            row.position or "",
            row.start_date,
            row.end_date,
            row.pay_fen,
            row.pay_period,
            row.note,
        )
        for row in rows
    ]
    if year is None:
        return found
    first, last = date(year, 1, 1), date(year, 12, 31)
    return [
        item
        for item in found
        if (item.start_date is None or item.start_date <= last) and (item.end_date is None or item.end_date >= first)
    ]


@dataclass(frozen=True)
class StreetFunding:
    """One receipt of the street's own funds, as lists show it."""

    id: str
    received_on: date
    fiscal_year: int
    source: str
    purpose: str
    amount_fen: int
    note: str

    @property
    def operating(self) -> bool:
        """Whether it counts toward the funding per worker (as an office's operating funds do)."""
        return self.purpose in OPERATING_PURPOSES

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "received_on": self.received_on.isoformat(),
            "fiscal_year": self.fiscal_year,
            "source": self.source,
            "source_label": FundingSource.label_of(self.source),
            "purpose": self.purpose,
            "purpose_label": FundingPurpose.label_of(self.purpose),
            "amount_fen": self.amount_fen,
            "operating": self.operating,
            "note": self.note,
        }


def street_funding(store: Any, street_code: str, *, year: int | None = None) -> list[StreetFunding]:
    """The street's own funds (live ones), by date; with ``year``, those received in that year."""
    query = select(Funding).where(col(Funding.office_code) == street_code, col(Funding.deleted_at).is_(None))
    if year is not None:
        query = query.where(
            col(Funding.received_on) >= date(year, 1, 1), col(Funding.received_on) <= date(year, 12, 31)
        )
    with store.session() as session:
        rows = session.exec(query.order_by(col(Funding.received_on), col(Funding.id))).all()
    return [
        StreetFunding(row.id, row.received_on, row.fiscal_year, row.source, row.purpose, row.amount_fen, row.note)
        for row in rows
    ]


def _round_fen(amount_yuan: Fraction, *, up: bool = False) -> Decimal:
    scaled = amount_yuan * 100
    whole = math.ceil(scaled) if up else math.floor(scaled + Fraction(1, 2))
    return (Decimal(whole) / 100).quantize(Decimal("0.01"))


def _plain(value: Fraction) -> str:
    number = _round_fen(value)
    return str(int(number)) if number == number.to_integral_value() else format(number.normalize(), "f")


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


@dataclass(frozen=True)
class StreetStanding:
    """The street's own funding per street worker in a period, judged against the city's
    ``street_worker_funding`` standard in force."""

    street_code: str
    period: Period
    staff_count: int  # workers in post at some time in the period
    worker_years: Fraction  # their time in post, in years (a quarter's 90/365 exactly)
    funds_fen: int  # every receipt in the period
    operating_funds_fen: int  # those that count (office, activity, other purposes)
    per_worker: Decimal | None  # 元/人·年, rounded half-up to the fen
    standard: Decimal | None  # 元/人·年, as the standard says
    required: Decimal | None  # 元 for the period's worker-years, rounded up to the fen
    standard_title: str
    standard_from: date | None
    status: Status
    reason: Text

    def to_dict(self) -> dict[str, Any]:
        return {
            "street_code": self.street_code,
            "period": self.period.code,
            "staff": self.staff_count,
            "worker_years": _plain(self.worker_years),
            "funds": format(Decimal(self.funds_fen) / 100, ".2f"),
            "operating_funds": format(Decimal(self.operating_funds_fen) / 100, ".2f"),
            "per_worker": format(self.per_worker, "f") if self.per_worker is not None else None,
            "standard": format(self.standard, "f") if self.standard is not None else None,
            "required": format(self.required, "f") if self.required is not None else None,
            "standard_title": self.standard_title,
            "standard_from": self.standard_from.isoformat() if self.standard_from else None,
            "status": self.status.value,
            "reason": str(self.reason),
        }


def _standard(session: Session, period: Period) -> StandardInForce | None:
    """The street workers' funding standard in force: the database's (a city's standard written there),
    else the city's default, in force since :data:`db.standards.DEFAULTS_EFFECTIVE_FROM` (as the city's
    own database holds it, :func:`db.exchange.acks.ensure_city_standards`)."""
    rows = list(session.exec(select(CityStandard).where(col(CityStandard.key) == STREET_WORKER_FUNDING)).all())
    rows += [row for row in default_standard_records("city") if row.key == STREET_WORKER_FUNDING]
    return select_in_force(rows, period).get(STREET_WORKER_FUNDING)


def street_standing(store: Any, street_code: str, year: int | str | Period) -> StreetStanding:
    """The street's funding per street worker for ``year`` (or any period: ``2026``, ``2026Q1``), judged
    against ``street_worker_funding`` in force (≥ 10,000 元/人·年 by default), counted as an office's
    operating funds are (:mod:`db.compliance`): each worker's days in post in the period over the days
    of the year, the funds received in the period with an operating purpose; "不低于" holds when the
    funds reach the requirement rounded up to the fen."""
    period = year if isinstance(year, Period) else parse_period(str(year))
    with store.session() as session:
        staff = session.exec(
            select(col(Staff.start_date), col(Staff.end_date)).where(
                col(Staff.office_code) == street_code,
                col(Staff.deleted_at).is_(None),
                col(Staff.worker_type) == WorkerType.STREET.value,
            )
        ).all()
        funds = session.exec(
            select(col(Funding.purpose), col(Funding.amount_fen)).where(
                col(Funding.office_code) == street_code,
                col(Funding.deleted_at).is_(None),
                col(Funding.received_on) >= period.start,
                col(Funding.received_on) <= period.end,
            )
        ).all()
        standard = _standard(session, period)
    year_days = (date(period.year, 12, 31) - date(period.year, 1, 1)).days + 1
    in_post = [(first, last) for first, last in staff if period.overlap_days(first, last) > 0]
    worker_years = sum((Fraction(period.overlap_days(first, last), year_days) for first, last in in_post), Fraction(0))
    total = sum(int(amount) for _purpose, amount in funds)
    operating = sum(int(amount) for purpose, amount in funds if purpose in OPERATING_PURPOSES)
    funds_yuan = _round_fen(Fraction(operating, 100))
    rate = None
    if standard is not None:
        try:
            rate = standard.number
        except ValueError:
            rate = None
    title = standard.title if standard is not None else ""
    since = standard.effective_from if standard is not None else None
    per_worker = _round_fen(Fraction(operating, 100) / worker_years) if worker_years else None
    base = (street_code, period, len(in_post), worker_years, total, operating, per_worker)
    if rate is None:
        return StreetStanding(*base, None, None, title, since, Status.WARNING, tr("本期没有适用的市级标准"))
    if not worker_years:
        reason = tr(
            "本期没有在岗的街道(镇)工作者，无法计算人均经费（本期计入的经费 {funds} 元）", funds=_money(funds_yuan)
        )
        return StreetStanding(*base, rate, None, title, since, Status.WARNING, reason)
    required = _round_fen(Fraction(rate) * worker_years, up=True)
    assert per_worker is not None
    if funds_yuan >= required:
        reason = tr(
            "本期计入的经费 {funds} 元，按 {years} 人·年计人均 {per_worker} 元/人·年，达到标准 {standard} 元/人·年"
            "（按人·年计 {required} 元）",
            funds=_money(funds_yuan),
            years=_plain(worker_years),
            per_worker=_money(per_worker),
            standard=_money(rate),
            required=_money(required),
        )
        return StreetStanding(*base, rate, required, title, since, Status.PASS, reason)
    reason = tr(
        "本期计入的经费 {funds} 元，低于按 {years} 人·年计算的标准 {required} 元，差 {short} 元"
        "（人均 {per_worker} 元/人·年，标准 {standard} 元/人·年）",
        funds=_money(funds_yuan),
        years=_plain(worker_years),
        required=_money(required),
        short=_money(required - funds_yuan),
        per_worker=_money(per_worker),
        standard=_money(rate),
    )
    return StreetStanding(*base, rate, required, title, since, Status.FAIL, reason)
