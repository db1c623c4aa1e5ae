"""The street's own ledgers (街道(镇)工作者 and 街道经费): entering and removing them; with its standing
and its consolidated return, which this module also offers (the contract's one place for them).

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
* :func:`street_staff`, :func:`street_funding` (the lists) and :func:`street_standing` — the street's
  funding per street worker against the city standard ``street_worker_funding`` in force
  (:mod:`db.exchange.street_standing`);
* :func:`make_street_return` — the street's consolidated return (街道汇总表): its offices' latest
  returns side by side with each one's street and city state, and its own standing, signed by the
  street's key (:mod:`db.exchange.street_return`, laid out by :mod:`db.exchange.street_return_pdf`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from db.audit import SYSTEM_NAME, Actor, tombstone
from db.changes import Changes
from db.enums import CodedEnum, FundingPurpose, FundingSource, Gender, PayPeriod, StaffPosition, WorkerType
from db.errors import InvalidInput
from db.exchange.street_return import make_street_return, street_return_filename
from db.exchange.street_standing import (
    StreetFunding,
    StreetStaff,
    StreetStanding,
    street_funding,
    street_staff,
    street_standing,
)
from db.i18n import Joined, Label, Text, tr
from db.models import Funding, Staff
from db.typed import Unreadable, read_date, read_id_number, read_money, read_phone, read_year
from db.validation import validate_values

__all__ = [
    "Entered",
    "StreetFunding",
    "StreetLedgerRefused",
    "StreetStaff",
    "StreetStanding",
    "add_street_funding",
    "add_street_staff",
    "make_street_return",
    "remove_street_funding",
    "remove_street_staff",
    "street_funding",
    "street_return_filename",
    "street_staff",
    "street_standing",
]

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


# --- funding -----------------------------------------------------------------------------------------


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
