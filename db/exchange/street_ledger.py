"""The street's own ledgers (街道工作者 and 街道经费), its standing, and its consolidated return.

A street (街道/镇) keeps, in its own consolidated database (the same schema as an office's), its own
staff and funding besides the offices' data that reaches it: its staff are :class:`~db.models.Staff`
rows with the street's code as ``office_code`` and ``worker_type`` 街道(镇)工作者 (``street``), its
funding :class:`~db.models.Funding` rows with the street's code. The offices' rows carry their own
codes, so neither ever counts in the other's figures.

* :func:`add_street_staff` / :func:`street_staff` / :func:`remove_street_staff` and
  :func:`add_street_funding` / :func:`street_funding` / :func:`remove_street_funding` — what people
  type is read with the office's readers (:mod:`db.typed`: dates, money in 元, choices by their
  label or code) and checked with the office's rules (:func:`db.validation.validate_values`); a
  refusal is one line (:class:`StreetLedgerRefused`, nothing written). The street has no operators:
  writes go through the store's audited transactions under a system actor, the person's name in
  the reason (``街道录入：王芳``), as the city's imports do. Removing leaves a tombstone.
* :func:`street_standing` — the street's funding per street worker against the city standard
  ``street_worker_funding`` in force (:mod:`db.standards`; the default, 10,000 元/人·年, when the
  street's database has none), counted as :mod:`db.compliance` counts an office's operating funds:
  worker-years from the staff's dates, funds received in the period with an operating purpose.
* :func:`make_street_return` — the street's consolidated return (街道汇总表): its offices' latest
  returns side by side with each one's street and city state, and its own standing, signed by the
  street's key (:mod:`db.exchange.street_return`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from db.audit import SYSTEM_NAME, Actor, tombstone
from db.changes import Changes
from db.compliance import Status
from db.enums import (
    OPERATING_PURPOSES,
    CodedEnum,
    FundingPurpose,
    FundingSource,
    Gender,
    PayPeriod,
    StaffPosition,
    WorkerType,
)
from db.errors import InvalidInput
from db.i18n import Joined, Label, Text, tr
from db.models import CityStandard, Funding, Staff
from db.periods import Period, parse_period
from db.standards import STREET_WORKER_FUNDING, StandardInForce, default_standard_records, select_in_force
from db.typed import Unreadable, read_date, read_id_number, read_money, read_phone, read_year
from db.validation import validate_values

if TYPE_CHECKING:
    from db.exchange.street import StreetInstallation

STAFF_KIND = "staff"
FUNDING_KIND = "funding"
MAX_NAME = 40
MAX_NOTE = 200
MIN_ID_PREFIX = 4  # a record may be named by the start of its id, as `list` shows it


class StreetLedgerRefused(InvalidInput):
    """A street staff or funding entry that cannot be written, said in one line (nothing written)."""


# --- what people typed -------------------------------------------------------------------------------


def _one_line(text: Text | str) -> str:
    return " ".join(str(text).split())


def _read(reader: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return reader(*args, **kwargs)
    except Unreadable as exc:
        raise StreetLedgerRefused(exc.message) from None


def _choice(enum_cls: type[CodedEnum], text: str, label: str) -> str | None:
    """A choice typed as its label (男, 财政保障) or its code; None for blank."""
    text = (text or "").strip()
    if not text:
        return None
    found = enum_cls.from_code(text) or enum_cls.from_label(text)
    if found is None:
        raise StreetLedgerRefused(
            tr(
                "{label}“{value}”不是可选的值，可选：{choices}",
                label=Label(label),
                value=text,
                choices=Joined((Label(member.label) for member in enum_cls), "、"),
            )
        )
    return found.value


def _pay_period(text: str) -> str:
    cleaned = (text or "").strip()
    if cleaned in ("", "月", "每月", "元/月"):
        return PayPeriod.MONTH.value
    if cleaned in ("年", "每年", "元/年"):
        return PayPeriod.YEAR.value
    return _choice(PayPeriod, cleaned, "报酬计算方式") or PayPeriod.MONTH.value


def _short_text(text: str, label: str, limit: int) -> str:
    text = (text or "").strip()
    if "\n" in text or "\r" in text:
        raise StreetLedgerRefused(tr("{label}只能写一行", label=Label(label)))
    if len(text) > limit:
        raise StreetLedgerRefused(
            tr("{label}太长（{count} 个字），最多 {limit} 个字", label=Label(label), count=len(text), limit=limit)
        )
    return text


def _checked(kind: str, values: dict[str, Any], today: date | None) -> list[str]:
    """The office's rules for ``kind``: the first error refuses (one line); the warnings are returned."""
    report = validate_values(kind, values, today=today)
    if report.errors:
        raise StreetLedgerRefused(_one_line(report.errors[0].message))
    return [_one_line(issue.message) for issue in report.warnings]


def _actor(street_code: str, reason: str) -> Actor:
    """The street has no operators: the system, with the person's name in the reason."""
    return Actor(office_code=street_code, operator_id=None, operator_name=SYSTEM_NAME, reason=reason)


def _person(name: str, label: str = "录入人") -> str:
    name = _short_text(name, label, MAX_NAME)
    if not name:
        raise StreetLedgerRefused(tr("请填写{label}的姓名：街道的每一笔录入都记录是谁做的。", label=Label(label)))
    return name


# --- staff -------------------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class Entered:
    """What an add wrote: the record's id, the rules' warnings (not blocking) and what changed."""

    record_id: str
    warnings: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)


def add_street_staff(
    store: Any,
    street_code: str,
    *,
    name: str,
    entered_by: str,
    gender: str = "",
    position: str = "",
    start: str = "",
    end: str = "",
    pay: str = "",
    pay_period: str = "",
    id_number: str = "",
    phone: str = "",
    note: str = "",
    today: date | None = None,
) -> Entered:
    """Add one of the street's own workers (街道(镇)工作者), each value as typed: 任职日期 / 离任日期 as
    the office's forms read dates, 报酬 in 元 (``4800``, ``1.2万``), 性别 and 职务 by label or code.
    Refused in one line (:class:`StreetLedgerRefused`, nothing written) for anything unreadable or
    against the office's rules (a name, a valid ID number, an end not before the start …)."""
    entered_by = _person(entered_by)
    values: dict[str, Any] = {
        "name": _short_text(name, "姓名", MAX_NAME),
        "gender": _choice(Gender, gender, "性别"),
        "position": _choice(StaffPosition, position, "职务"),
        "worker_type": WorkerType.STREET.value,
        "start_date": _read(read_date, start, "任职日期", short_year=False),
        "end_date": _read(read_date, end, "离任日期", short_year=False),
        "pay_fen": _read(read_money, pay, "报酬"),
        "pay_period": _pay_period(pay_period),
        "id_number": _read(read_id_number, id_number) if id_number.strip() else "",
        "phone": _read(read_phone, phone) if phone.strip() else "",
        "note": _short_text(note, "备注", MAX_NOTE),
    }
    warnings = _checked(STAFF_KIND, values, today)
    record = Staff(office_code=street_code, **values)
    with store.transaction(_actor(street_code, f"街道录入：{entered_by}")) as session:
        session.add(record)
    return Entered(record.id, tuple(warnings), Changes.of_records(STAFF_KIND, [record.id]))


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


# --- funding -----------------------------------------------------------------------------------------


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


def add_street_funding(
    store: Any,
    street_code: str,
    *,
    received_on: str,
    amount: str,
    source: str,
    purpose: str,
    entered_by: str,
    fiscal_year: str = "",
    note: str = "",
    today: date | None = None,
) -> Entered:
    """Add one receipt of the street's funds, each value as typed: 到账日期 as a date, 金额 in 元
    (``12,000``, ``1.2万``; more than two decimals refused, never rounded), 来源 and 用途 by label or
    code, 预算年度 (default: the year it arrived). Refused in one line, nothing written."""
    entered_by = _person(entered_by)
    day = _read(read_date, received_on, "到账日期", short_year=False)
    year = _read(read_year, fiscal_year, "预算年度")
    values: dict[str, Any] = {
        "received_on": day,
        "fiscal_year": year if year is not None else (day.year if day is not None else None),
        "source": _choice(FundingSource, source, "经费来源"),
        "purpose": _choice(FundingPurpose, purpose, "经费用途"),
        "amount_fen": _read(read_money, amount, "金额"),
        "note": _short_text(note, "备注", MAX_NOTE),
    }
    warnings = _checked(FUNDING_KIND, values, today)
    record = Funding(office_code=street_code, **values)
    with store.transaction(_actor(street_code, f"街道录入：{entered_by}")) as session:
        session.add(record)
    return Entered(record.id, tuple(warnings), Changes.of_records(FUNDING_KIND, [record.id]))


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


# --- removing ------------------------------------------------------------------------------------------


def _find(session: Session, model: type[Staff] | type[Funding], street_code: str, given: str, label: str) -> Any:
    """The live record of the street named by its id or the start of it (as lists show it)."""
    given = (given or "").strip().lower()
    if len(given) < MIN_ID_PREFIX:
        raise StreetLedgerRefused(
            tr("请写出要删除的{label}的编号（列表中的编号，至少 {count} 位）", label=Label(label), count=MIN_ID_PREFIX)
        )
    query = select(model).where(
        col(model.office_code) == street_code,
        col(model.deleted_at).is_(None),
        col(model.id).startswith(given),
    )
    if model is Staff:
        query = query.where(col(Staff.worker_type) == WorkerType.STREET.value)
    found = session.exec(query.limit(2)).all()
    if not found:
        raise StreetLedgerRefused(
            tr("本街道没有编号为“{id}”的{label}，没有删除任何记录。", id=given, label=Label(label))
        )
    if len(found) > 1:
        raise StreetLedgerRefused(
            tr("编号“{id}”对应不止一条{label}，请多写几位编号，没有删除任何记录。", id=given, label=Label(label))
        )
    return found[0]


def _remove(
    store: Any, model: type[Staff] | type[Funding], kind: str, label: str, street_code: str, record_id: str,
    removed_by: str, reason: str,
) -> Changes:  # fmt: skip
    removed_by = _person(removed_by, "删除人")
    reason = _short_text(reason, "删除原因", MAX_NOTE)
    if not reason:
        raise StreetLedgerRefused(tr("请写明删除的原因：删除会记入修改记录。"))
    with store.transaction(_actor(street_code, f"街道删除：{removed_by}：{reason}")) as session:
        record = _find(session, model, street_code, record_id, label)
        tombstone(session, record)
        found = str(record.id)
    return Changes.of_records(kind, [found])


def remove_street_staff(store: Any, street_code: str, record_id: str, *, removed_by: str, reason: str) -> Changes:
    """Delete one of the street's workers (a tombstone; the person and the reason in the audit log)."""
    return _remove(store, Staff, STAFF_KIND, "街道工作者", street_code, record_id, removed_by, reason)


def remove_street_funding(store: Any, street_code: str, record_id: str, *, removed_by: str, reason: str) -> Changes:
    """Delete one receipt of the street's funds (a tombstone; the person and the reason in the audit log)."""
    return _remove(store, Funding, FUNDING_KIND, "街道经费", street_code, record_id, removed_by, reason)


# --- the standing ------------------------------------------------------------------------------------


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


# --- the consolidated return -------------------------------------------------------------------------


def street_return_filename(street_code: str, period: Period) -> str:
    """``street-<street code>-<period>.pdf``: the street's consolidated return as written."""
    return f"street-{street_code}-{period.code}.pdf"


def _standing_block(standing: StreetStanding) -> Any:
    from db.exchange.street_return import StandingBlock

    lines = [
        ("在岗街道(镇)工作者", f"{standing.staff_count} 人（折合 {_plain(standing.worker_years)} 人·年）"),
        ("本期经费合计", f"{_money(Decimal(standing.funds_fen) / 100)} 元"),
        ("其中计入人均经费", f"{_money(Decimal(standing.operating_funds_fen) / 100)} 元（办公、活动和其他用途）"),
        ("人均经费", f"{_money(standing.per_worker)} 元/人·年" if standing.per_worker is not None else "—"),
    ]
    if standing.standard is not None:
        since = f"，{standing.standard_from.isoformat()} 起用" if standing.standard_from else ""
        lines.append(("标准", f"{standing.standard_title or '街道(镇)工作者经费保障标准'}：不低于 "
                              f"{_money(standing.standard)} 元/人·年{since}"))  # fmt: skip
    return StandingBlock(tuple(lines), standing.status, str(standing.reason))


def _span(first: date | None, last: date | None) -> str:
    if first is None and last is None:
        return ""
    return f"{first.isoformat() if first else '—'} 至 {last.isoformat() if last else '今'}"


def _staff_row(item: StreetStaff) -> tuple[str, ...]:
    """A worker as the return's table prints it: 姓名, 性别, 职务, 任职期间, 报酬."""
    per = "年" if item.pay_period == PayPeriod.YEAR.value else "月"
    pay = f"{_money(Decimal(item.pay_fen) / 100)}/{per}" if item.pay_fen else ""
    return (item.name, Gender.label_of(item.gender), StaffPosition.label_of(item.position),
            _span(item.start_date, item.end_date), pay)  # fmt: skip


def _funding_row(item: StreetFunding) -> tuple[str, ...]:
    """A receipt as the return's table prints it: 到账日期, 来源, 用途, 金额, 计入人均经费, 备注."""
    return (item.received_on.isoformat(), FundingSource.label_of(item.source), FundingPurpose.label_of(item.purpose),
            _money(Decimal(item.amount_fen) / 100), "是" if item.operating else "否", item.note)  # fmt: skip


def _office_columns(session: Session, rows: Any) -> list[Any]:
    """Each office of the street's view as the return prints it: its states and its latest return's figures."""
    from db.exchange.street_return import StreetReturnOffice, figures_of
    from db.models import ReturnSnapshot

    found = []
    for row in rows:
        snapshot = session.get(ReturnSnapshot, row.return_id) if row.return_id else None
        found.append(
            StreetReturnOffice(
                code=row.code,
                name=row.name or row.code,
                return_version=row.return_version,
                arrived_at=row.arrived_at,
                street_decision=row.street_decision,
                street_reason=row.street_reason,
                city_decision=row.decision,
                city_reason=row.decision_reason,
                state_label=row.state_label,
                figures=figures_of(snapshot.figures_json) if snapshot is not None else (),
            )
        )
    return found


def make_street_return(
    store: Any,
    street: StreetInstallation,
    passphrase: str,
    period: Period,
    out_dir: Path,
    *,
    now: Any = None,
) -> Path:
    """The street's consolidated return of ``period`` (街道汇总表), signed by the street (PAdES with the
    street's key and its city-issued certificate, the city root in the chain), written to ``out_dir``
    as :func:`street_return_filename`; the file's path.

    Its offices (:func:`db.exchange.city_status.street_status`: the city's roster, else the offices the
    street's database knows) side by side: each one's latest return at the street with its figures and
    its street and city state; then the street's own staff, funding and :func:`street_standing`. The
    passphrase is checked before anything is made (:class:`~db.exchange.street.StreetPassphraseWrong`);
    a street without its certificate is refused (:class:`~db.exchange.street_import.StreetNotCertified`)."""
    from db.exchange.city_status import street_status
    from db.exchange.street_import import StreetNotCertified
    from db.exchange.street_return import compose_street_return
    from db.fileio import write_atomic
    from db.returns.sign import SigningIdentity, sign_pdf
    from db.timeutil import utcnow

    city = street.city()
    if city is None or not street.certified():
        raise StreetNotCertified(str(street.data_dir))
    identity = SigningIdentity(street.key(passphrase), street.certificate(), [city.ca_certificate])
    moment = now or utcnow()
    code, name = street.code, street.name
    rows = street_status(store, code, period, street_name=name, compliance=False)
    with store.session() as session:
        offices = _office_columns(session, rows)
    standing = street_standing(store, code, period)
    staff = street_staff(store, code)
    in_post = [item for item in staff if period.overlap_days(item.start_date, item.end_date) > 0]
    funds = [item for item in street_funding(store, code) if period.start <= item.received_on <= period.end]
    pdf, _pages, page, box = compose_street_return(
        offices,
        period,
        street_code=code,
        street_name=name,
        made_at=moment,
        standing=_standing_block(standing),
        staff=[_staff_row(item) for item in in_post],
        funding=[_funding_row(item) for item in funds],
    )
    signed = sign_pdf(
        pdf,
        identity,
        page=page,
        box=box,
        office_name=name,
        signer_name=name,
        when=moment,
        reason="街道社区党建“三有一化”汇总表",
    )
    target = Path(out_dir) / street_return_filename(code, period)
    write_atomic(target, signed)
    return target
