"""What a return says, as plain data: header, judged figures, annexes, explanations, signatures.

:func:`gather_content` reads one office's ledgers for one period. The figures are those of
:func:`db.compliance.evaluate`; each annex lists the live records behind a figure, selected by
the same rules (see :mod:`db.compliance`), so an annex's rows add up to its figure. Annexes
carry only what the city needs: no ID numbers, phone numbers or addresses, and the names of
residents in need are masked (王**). The result is independent of reportlab and Qt; it is
composed into a PDF by :mod:`db.returns.compose`.

``figures_payload`` is the canonical JSON of the judged figures; its SHA-256
(:func:`figures_sha256`) is stored with a signed return and printed in the return's QR code.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import ColumnElement, Row, or_
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from db import enums
from db.compliance import ELIGIBLE_CATEGORIES, ComplianceResult, evaluate
from db.models import (
    Activity,
    Contribution,
    Facility,
    Funding,
    MemberPostClaim,
    Office,
    Operator,
    Pairing,
    PartnerUnit,
    PartyMember,
    PartyOrg,
    Resident,
    Staff,
    SyncedRecord,
    Visit,
    Volunteer,
    fen_to_yuan,
)
from db.periods import Period

DEFAULT_AUTHORITY = "中共巴彦淖尔市委组织部"
DEFAULT_FORM_NUMBER = "巴组社统1表"
FORM_TITLE = "社区党建“三有一化”情况统计表"


@dataclass(frozen=True)
class Column:
    """An annex column: its header, its share of the table's width and its alignment."""

    title: str
    width: float = 1.0
    align: str = "left"  # "left", "center" or "right"


@dataclass(frozen=True)
class RecordRef:
    """A record a return counts: its table, id, row version and a short title."""

    table: str
    record_id: str
    version: int
    title: str


@dataclass
class Annex:
    """One annex table: the records behind one or more figures."""

    key: str
    title: str
    note: str
    columns: tuple[Column, ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)
    total: tuple[str, ...] | None = None  # a 合计 row, when the annex has one
    refs: list[RecordRef] = field(default_factory=list)
    summary: list[tuple[str, str]] = field(default_factory=list)  # (label, value) lines above the table


@dataclass(frozen=True)
class ExplainedWarning:
    """A warning of the period and the office's written explanation of it."""

    key: str
    text: str
    explanation: str


@dataclass(frozen=True)
class Change:
    """One line of a correction's change list: what changed, from what to what, and why.

    ``target`` says what the line is about, for matching it with a review comment (never
    printed, not kept): a figure's ``pillar.figure`` key or a record's ``table:id``."""

    what: str
    old: str
    new: str
    why: str
    target: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, str]:
        return {"what": self.what, "old": self.old, "new": self.new, "why": self.why}


@dataclass(frozen=True)
class Answer:
    """对审核意见的答复: one review comment — or the reason of a 退回 / 有问题 decision — on an
    earlier version of the period's return, and what this version changed for it.

    ``on`` is what the comment is on as printed (a figure's label, a record's kind and title, or
    整份报表), never an internal key; ``changes`` are the correction page's lines about it; ``note``
    says when nothing changed for it (未改动, with the correction's reason) or where the changes are."""

    key: str  # the comment's id, or "decision:<return id>:<level>" (kept, never printed)
    level: str  # 市级 / 街道
    reviewer: str
    written_on: date | None
    on: str
    text: str
    version: int  # the version the comment was written on
    changes: tuple[Change, ...] = ()
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "level": self.level,
            "reviewer": self.reviewer,
            "date": self.written_on.isoformat() if self.written_on else "",
            "on": self.on,
            "text": self.text,
            "version": self.version,
            "changes": [change.to_dict() for change in self.changes],
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Answer | None:
        """An answer as a snapshot kept it; None for anything that is not one."""
        if not isinstance(data, dict) or not data.get("key"):
            return None
        try:
            written_on = date.fromisoformat(str(data.get("date") or "")) if data.get("date") else None
            version = int(data.get("version") or 0)
        except (TypeError, ValueError):
            return None
        lines = data.get("changes")
        return cls(
            key=str(data["key"]),
            level=str(data.get("level") or ""),
            reviewer=str(data.get("reviewer") or ""),
            written_on=written_on,
            on=str(data.get("on") or ""),
            text=str(data.get("text") or ""),
            version=version,
            changes=tuple(
                Change(*(str(item.get(name, "")) for name in ("what", "old", "new", "why")))
                for item in (lines if isinstance(lines, list) else [])
                if isinstance(item, dict)
            ),
            note=str(data.get("note") or ""),
        )


@dataclass(frozen=True)
class OfficeInfo:
    code: str
    name: str
    street: str
    district: str
    city: str
    contact_person: str
    phone: str


@dataclass(frozen=True)
class Signatories:
    """The return's signature block as printed: 单位负责人, 填表人, 联系电话."""

    head_name: str = ""
    filler_name: str = ""
    phone: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"head_name": self.head_name, "filler_name": self.filler_name, "phone": self.phone}

    @classmethod
    def from_dict(cls, data: Any) -> Signatories:
        if not isinstance(data, dict):
            return cls()
        return cls(*(str(data.get(name) or "") for name in ("head_name", "filler_name", "phone")))


@dataclass
class ReturnContent:
    """Everything a return prints, gathered for one office and one period."""

    office: OfficeInfo
    period: Period
    result: ComplianceResult
    annexes: list[Annex]
    filled_on: date
    head_name: str = ""  # 单位负责人
    filler_name: str = ""  # 填表人
    phone: str = ""  # 联系电话
    authority: str = DEFAULT_AUTHORITY
    form_number: str = DEFAULT_FORM_NUMBER
    # the rest of the form's identification block, as the city set it (db.exchange.form_info); "" is not printed
    approved_by: str = ""  # 批准机关
    approval_no: str = ""  # 批准文号
    valid_until: str = ""  # 有效期至 (YYYY-MM-DD)
    warnings: list[ExplainedWarning] = field(default_factory=list)
    return_version: int = 1
    corrections: list[Change] = field(default_factory=list)
    correction_reason: str = ""
    answers: list[Answer] = field(default_factory=list)  # 对审核意见的答复 (db.returns.answers)
    previous_sha256: str = ""
    signed: bool = False  # whether the PDF will be signed (else it is marked as an unsigned draft)
    self_signed: bool = True  # signed with the office's own certificate (no city certificate yet)
    signed_at: datetime | None = None  # the signing time shown in the stamp

    @property
    def signatories(self) -> Signatories:
        return Signatories(self.head_name, self.filler_name, self.phone)

    @property
    def refs(self) -> list[RecordRef]:
        """Every record the return counts (each once)."""
        seen: dict[tuple[str, str], RecordRef] = {}
        for annex in self.annexes:
            for ref in annex.refs:
                seen.setdefault((ref.table, ref.record_id), ref)
        return list(seen.values())

    def payload(self) -> dict[str, Any]:
        return figures_payload(self.office.code, self.result, self.annexes)

    @property
    def figures_sha256(self) -> str:
        return figures_sha256(self.payload())


def figures_payload(office_code: str, result: ComplianceResult, annexes: Sequence[Annex]) -> dict[str, Any]:
    """The judged figures as canonical JSON-ready data (what the QR code's digest covers)."""
    payload = result.to_dict()
    payload["office_code"] = office_code
    payload["annex_rows"] = {annex.key: len(annex.rows) for annex in annexes}
    return payload


def canonical_json(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def figures_sha256(payload: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------------
# Formatting


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _span(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{_day(start) or '—'} 至 {_day(end) or '今'}"


def _yuan(fen: int | None) -> str:
    return f"{fen_to_yuan(fen):,.2f}"


def _area(value: float | None) -> str:
    number = Decimal(repr(float(value or 0))).quantize(Decimal("0.01"))
    return format(number.normalize(), "f") if number != number.to_integral_value() else str(int(number))


def _labels(enum_cls: type[enums.CodedEnum], codes: str | None) -> str:
    return "、".join(enum_cls.label_of(code) for code in enums.split_codes(codes))


def mask_name(name: str) -> str:
    """A resident's name as the city sees it: the surname and one * per other character."""
    name = (name or "").strip()
    if len(name) <= 1:
        return name
    return name[0] + "*" * (len(name) - 1)


def _ref(table: str, row: Row[Any], title: str) -> RecordRef:
    return RecordRef(table, row.id, row.version, title)


def _live(model: type[SyncedRecord], office_code: str) -> list[ColumnElement[bool]]:
    return [col(model.deleted_at).is_(None), col(model.office_code) == office_code]


def _started_by(column: Any, day: date) -> ColumnElement[bool]:
    return or_(col(column).is_(None), col(column) <= day)


def _not_ended_before(column: Any, day: date) -> ColumnElement[bool]:
    return or_(col(column).is_(None), col(column) >= day)


def _rows(
    session: Session,
    model: type[SyncedRecord],
    names: Sequence[str],
    *where: ColumnElement[bool],
    order_by: Sequence[Any],
) -> Sequence[Row[Any]]:
    """``id``, ``version`` and the named columns of ``model``'s rows, as plain rows.

    Only the columns an annex prints are read, and no ORM object is made per record. The
    columns are the model's mapped attributes, so the statement still runs through the session
    as a query of whole records would (pending changes are flushed first; same types).
    """
    columns = [getattr(model, name) for name in ("id", "version", *names)]
    return session.execute(select_columns(*columns).where(*where).order_by(*order_by)).all()


# ---------------------------------------------------------------------------------------
# Annexes (the same selection rules as db.compliance.gather_inputs)


def _staff_annex(session: Session, period: Period, code: str) -> Annex:
    annex = Annex(
        "staff",
        "社区工作者名册",
        "本期在岗（任职期与报告期有重叠）的社区工作者；“折合人·年”按本期在岗天数计算。",
        (
            Column("序号", 0.55, "center"),
            Column("姓名", 0.9),
            Column("性别", 0.55, "center"),
            Column("民族", 0.7),
            Column("学历", 0.85),
            Column("政治面貌", 0.95),
            Column("职务", 1.3),
            Column("类别", 1.1),
            Column("选任方式", 1.05),
            Column("任职期间", 1.95),
            Column("报酬（元）", 1.15, "right"),
            Column("社会保险", 0.75),
            Column("折合人·年", 0.8, "right"),
        ),
    )
    rows = _rows(
        session,
        Staff,
        (
            "name",
            "gender",
            "ethnicity",
            "education",
            "political_status",
            "position",
            "secretary_director_one",
            "worker_type",
            "selection_method",
            "start_date",
            "end_date",
            "pay_fen",
            "pay_period",
            "pension_insurance",
            "medical_insurance",
        ),
        *_live(Staff, code),
        _started_by(Staff.start_date, period.end),
        _not_ended_before(Staff.end_date, period.start),
        order_by=(col(Staff.start_date), col(Staff.name_sort), col(Staff.name), col(Staff.id)),
    )
    table = str(Staff.__tablename__)
    year_days = (date(period.year, 12, 31) - date(period.year, 1, 1)).days + 1
    total_years = Fraction(0)
    for index, staff in enumerate(rows, 1):
        years = Fraction(period.overlap_days(staff.start_date, staff.end_date), year_days)
        total_years += years
        insurance = "、".join(
            label for flag, label in ((staff.pension_insurance, "养老"), (staff.medical_insurance, "医疗")) if flag
        )
        position = enums.StaffPosition.label_of(staff.position)
        if staff.secretary_director_one:
            position += "（一肩挑）"
        per = "年" if staff.pay_period == enums.PayPeriod.YEAR else "月"
        pay = f"{_yuan(staff.pay_fen)}/{per}" if staff.pay_fen else ""
        annex.rows.append(
            (
                str(index),
                staff.name,
                enums.Gender.label_of(staff.gender),
                enums.Ethnicity.label_of(staff.ethnicity),
                enums.Education.label_of(staff.education),
                enums.PoliticalStatus.label_of(staff.political_status),
                position,
                enums.WorkerType.label_of(staff.worker_type),
                enums.SelectionMethod.label_of(staff.selection_method),
                _span(staff.start_date, staff.end_date),
                pay,
                insurance or "无",
                f"{float(years):.2f}",
            )
        )
        annex.refs.append(_ref(table, staff, staff.name))
    annex.total = ("合计", f"{len(rows)} 人", *([""] * 10), f"{float(total_years):.2f}")
    return annex


def _party_org_annex(session: Session, period: Period, code: str) -> Annex:
    annex = Annex(
        "party_orgs",
        "党组织",
        "本期已成立的党组织。",
        (
            Column("序号", 0.5, "center"),
            Column("名称", 3.0),
            Column("类型", 1.0),
            Column("功能型支部", 1.0),
            Column("书记", 1.0),
            Column("成立日期", 1.0, "center"),
        ),
    )
    rows = _rows(
        session,
        PartyOrg,
        ("name", "org_type", "branch_kind", "secretary", "founded_on"),
        *_live(PartyOrg, code),
        _started_by(PartyOrg.founded_on, period.end),
        order_by=(col(PartyOrg.founded_on), col(PartyOrg.name_sort), col(PartyOrg.name), col(PartyOrg.id)),
    )
    table = str(PartyOrg.__tablename__)
    for index, org in enumerate(rows, 1):
        annex.rows.append(
            (
                str(index),
                org.name,
                enums.PartyOrgType.label_of(org.org_type),
                enums.BranchKind.label_of(org.branch_kind),
                org.secretary,
                _day(org.founded_on),
            )
        )
        annex.refs.append(_ref(table, org, org.name))
    return annex


def _funding_annex(session: Session, period: Period, code: str) -> Annex:
    annex = Annex(
        "funding",
        "经费明细",
        "本期到账的经费（按到账日期）；用途为办公经费、活动经费和其他的计入运营经费。",
        (
            Column("序号", 0.5, "center"),
            Column("到账日期", 1.0, "center"),
            Column("来源", 1.0),
            Column("用途", 1.0),
            Column("金额（元）", 1.2, "right"),
            Column("计入运营经费", 0.9, "center"),
            Column("备注", 3.0),
        ),
    )
    rows = _rows(
        session,
        Funding,
        ("received_on", "source", "purpose", "amount_fen", "note"),
        *_live(Funding, code),
        col(Funding.received_on) >= period.start,
        col(Funding.received_on) <= period.end,
        order_by=(col(Funding.received_on), col(Funding.id)),
    )
    table = str(Funding.__tablename__)
    total = operating = 0
    by_source: Counter[str] = Counter()
    for index, item in enumerate(rows, 1):
        counted = item.purpose in enums.OPERATING_PURPOSES
        total += item.amount_fen
        operating += item.amount_fen if counted else 0
        by_source[item.source] += item.amount_fen
        annex.rows.append(
            (
                str(index),
                _day(item.received_on),
                enums.FundingSource.label_of(item.source),
                enums.FundingPurpose.label_of(item.purpose),
                _yuan(item.amount_fen),
                "是" if counted else "否",
                item.note,
            )
        )
        annex.refs.append(_ref(table, item, f"{_day(item.received_on)} {_yuan(item.amount_fen)} 元"))
    annex.total = ("合计", f"{len(rows)} 笔", "", "", _yuan(total), f"运营 {_yuan(operating)}", "")
    annex.summary = [
        ("经费合计", f"{_yuan(total)} 元"),
        ("其中运营经费", f"{_yuan(operating)} 元"),
        (
            "按来源",
            "；".join(
                f"{enums.FundingSource.label_of(source)} {_yuan(amount)} 元"
                for source, amount in sorted(by_source.items())
            )
            or "无",
        ),
    ]
    return annex


def _facility_annex(session: Session, period: Period, code: str) -> Annex:
    annex = Annex(
        "facilities",
        "场所设施",
        "本期使用中的场所（启用日期不晚于报告期末）。",
        (
            Column("序号", 0.5, "center"),
            Column("名称", 2.0),
            Column("类型", 1.1),
            Column("面积（平方米）", 0.9, "right"),
            Column("计入", 1.1),
            Column("取得方式", 1.1),
            Column("启用日期", 1.0, "center"),
            Column("开放时间", 1.6),
            Column("信息化", 1.2),
        ),
    )
    rows = _rows(
        session,
        Facility,
        (
            "name",
            "facility_type",
            "area_m2",
            "area_class",
            "acquisition",
            "in_use_since",
            "opening_hours",
            "computers",
            "has_network",
            "has_display",
        ),
        *_live(Facility, code),
        col(Facility.status) == enums.FacilityStatus.IN_USE,
        _started_by(Facility.in_use_since, period.end),
        order_by=(col(Facility.area_class), col(Facility.name_sort), col(Facility.name), col(Facility.id)),
    )
    table = str(Facility.__tablename__)
    areas: dict[str, float] = defaultdict(float)
    for index, item in enumerate(rows, 1):
        areas[item.area_class] += float(item.area_m2 or 0)
        it = [f"电脑 {item.computers} 台"] if item.computers else []
        it += ["网络"] if item.has_network else []
        it += ["显示屏"] if item.has_display else []
        annex.rows.append(
            (
                str(index),
                item.name,
                enums.FacilityType.label_of(item.facility_type),
                _area(item.area_m2),
                enums.AreaClass.label_of(item.area_class),
                enums.AcquisitionMethod.label_of(item.acquisition),
                _day(item.in_use_since),
                item.opening_hours,
                "、".join(it),
            )
        )
        annex.refs.append(_ref(table, item, item.name))
    annex.summary = [
        (enums.AreaClass.label_of(area_class), f"{_area(area)} 平方米")
        for area_class, area in sorted(areas.items(), key=lambda pair: pair[0] != enums.AreaClass.OFFICE)
    ]
    return annex


def _activity_annex(session: Session, period: Period, code: str) -> Annex:
    annex = Annex(
        "activities",
        "活动",
        "本期开展的活动（按活动日期）。",
        (
            Column("序号", 0.5, "center"),
            Column("日期", 0.9, "center"),
            Column("名称", 3.0),
            Column("类型", 1.0),
            Column("主题", 1.0),
            Column("服务形式", 1.0),
            Column("参加人数", 0.7, "right"),
            Column("其中党员", 0.7, "right"),
        ),
    )
    rows = _rows(
        session,
        Activity,
        ("held_on", "title", "activity_kind", "topic", "service_form", "participants", "member_participants"),
        *_live(Activity, code),
        col(Activity.held_on) >= period.start,
        col(Activity.held_on) <= period.end,
        order_by=(col(Activity.held_on), col(Activity.title_sort), col(Activity.title), col(Activity.id)),
    )
    table = str(Activity.__tablename__)
    people = members = 0
    for index, item in enumerate(rows, 1):
        people += item.participants
        members += item.member_participants
        annex.rows.append(
            (
                str(index),
                _day(item.held_on),
                item.title,
                enums.ActivityKind.label_of(item.activity_kind),
                enums.ActivityTopic.label_of(item.topic),
                enums.ServiceForm.label_of(item.service_form),
                str(item.participants),
                str(item.member_participants),
            )
        )
        annex.refs.append(_ref(table, item, item.title))
    annex.total = ("合计", f"{len(rows)} 次", "", "", "", "", str(people), str(members))
    return annex


def _helper_names(session: Session, pairings: Sequence[Row[Any]]) -> dict[str, str]:
    """The name of each pairing's helper (volunteer, party member or partner unit)."""
    wanted: dict[type[Volunteer] | type[PartyMember] | type[PartnerUnit], set[str]] = defaultdict(set)
    for pairing in pairings:
        if pairing.volunteer_id:
            wanted[Volunteer].add(pairing.volunteer_id)
        if pairing.member_id:
            wanted[PartyMember].add(pairing.member_id)
        if pairing.unit_id:
            wanted[PartnerUnit].add(pairing.unit_id)
    names: dict[str, str] = {}
    for model, ids in wanted.items():
        for record_id, name in session.exec(
            select(col(model.id), col(model.name)).where(col(model.id).in_(sorted(ids)))
        ).all():
            names[record_id] = str(name)
    return names


def _pairing_annexes(session: Session, period: Period, code: str) -> tuple[Annex, Annex]:
    pairing_annex = Annex(
        "pairings",
        "结对帮扶",
        "本期进行中的结对帮扶（起止日期与报告期有重叠）；帮扶对象姓名已隐去。",
        (
            Column("序号", 0.5, "center"),
            Column("帮扶对象", 0.9),
            Column("帮扶方", 2.2),
            Column("帮扶方式", 1.0),
            Column("起止日期", 1.9),
            Column("状态", 0.8),
            Column("本期走访（次）", 0.8, "right"),
        ),
    )
    visit_annex = Annex(
        "visits",
        "帮扶记录（走访）",
        "本期的帮扶走访记录；帮扶对象姓名已隐去。",
        (
            Column("序号", 0.5, "center"),
            Column("日期", 0.9, "center"),
            Column("帮扶对象", 0.9),
            Column("内容", 3.6),
            Column("时长（小时）", 0.8, "right"),
            Column("效果", 1.6),
        ),
    )
    pairings = _rows(
        session,
        Pairing,
        (
            "resident_id",
            "helper_kind",
            "volunteer_id",
            "member_id",
            "unit_id",
            "help_kind",
            "start_date",
            "end_date",
            "status",
        ),
        *_live(Pairing, code),
        col(Pairing.start_date) <= period.end,
        _not_ended_before(Pairing.end_date, period.start),
        order_by=(col(Pairing.start_date), col(Pairing.id)),
    )
    visits = session.execute(
        select_columns(
            col(Visit.id),
            col(Visit.version),
            col(Visit.pairing_id),
            col(Visit.visited_on),
            col(Visit.content),
            col(Visit.hours),
            col(Visit.result),
            col(Pairing.resident_id),
        )
        .join(Pairing, col(Pairing.id) == col(Visit.pairing_id))
        .where(
            *_live(Visit, code),
            col(Pairing.deleted_at).is_(None),
            col(Visit.visited_on) >= period.start,
            col(Visit.visited_on) <= period.end,
        )
        .order_by(col(Visit.visited_on), col(Visit.id))
    ).all()
    resident_ids = {pairing.resident_id for pairing in pairings} | {visit.resident_id for visit in visits}
    residents = dict(
        session.exec(
            select(col(Resident.id), col(Resident.name)).where(col(Resident.id).in_(sorted(resident_ids)))
        ).all()
    )
    helpers = _helper_names(session, pairings)
    visit_counts: Counter[str] = Counter(visit.pairing_id for visit in visits)
    pairing_table, visit_table = str(Pairing.__tablename__), str(Visit.__tablename__)
    for index, pairing in enumerate(pairings, 1):
        helper_id = pairing.volunteer_id or pairing.member_id or pairing.unit_id or ""
        helper = f"{enums.HelperKind.label_of(pairing.helper_kind)} {helpers.get(helper_id, '')}".strip()
        resident = mask_name(residents.get(pairing.resident_id, ""))
        pairing_annex.rows.append(
            (
                str(index),
                resident,
                helper,
                enums.HelpKind.label_of(pairing.help_kind),
                _span(pairing.start_date, pairing.end_date),
                enums.PairingStatus.label_of(pairing.status),
                str(visit_counts.get(pairing.id, 0)),
            )
        )
        pairing_annex.refs.append(_ref(pairing_table, pairing, f"{resident} — {helper}"))
    hours = 0.0
    for index, visit in enumerate(visits, 1):
        hours += float(visit.hours or 0)
        visit_annex.rows.append(
            (
                str(index),
                _day(visit.visited_on),
                mask_name(residents.get(visit.resident_id, "")),
                visit.content,
                _area(visit.hours) if visit.hours is not None else "",
                visit.result,
            )
        )
        visit_annex.refs.append(_ref(visit_table, visit, f"{_day(visit.visited_on)} {visit.content[:20]}"))
    pairing_annex.total = ("合计", f"{len(pairings)} 对", "", "", "", "", str(len(visits)))
    visit_annex.total = ("合计", f"{len(visits)} 次", "", "", _area(hours), "")
    return pairing_annex, visit_annex


def _member_annex(session: Session, period: Period, code: str) -> Annex:
    annex = Annex(
        "party_members",
        "党员（按类别和认领岗位）",
        "应认领岗位的在职、无职和离退休党员（到社区报到不晚于报告期末），及其本期认领的岗位。",
        (
            Column("序号", 0.5, "center"),
            Column("姓名", 1.0),
            Column("性别", 0.5, "center"),
            Column("类别", 1.0),
            Column("党员身份", 0.9),
            Column("工作单位", 2.4),
            Column("报到日期", 1.0, "center"),
            Column("本期认领岗位", 2.2),
        ),
    )
    eligible = sorted(ELIGIBLE_CATEGORIES)
    members = _rows(
        session,
        PartyMember,
        ("name", "gender", "category", "membership", "work_unit", "registered_on", "name_sort"),
        *_live(PartyMember, code),
        col(PartyMember.category).in_(eligible),
        _started_by(PartyMember.registered_on, period.end),
        order_by=(col(PartyMember.category), col(PartyMember.name_sort), col(PartyMember.name), col(PartyMember.id)),
    )
    claims = session.execute(
        select_columns(
            col(MemberPostClaim.id),
            col(MemberPostClaim.version),
            col(MemberPostClaim.member_id),
            col(MemberPostClaim.post),
        )
        .join(PartyMember, col(PartyMember.id) == col(MemberPostClaim.member_id))
        .where(
            *_live(MemberPostClaim, code),
            col(PartyMember.deleted_at).is_(None),
            _started_by(MemberPostClaim.claimed_on, period.end),
            _not_ended_before(MemberPostClaim.ended_on, period.start),
        )
        .order_by(col(MemberPostClaim.claimed_on), col(MemberPostClaim.id))
    ).all()
    posts: dict[str, list[Row[Any]]] = defaultdict(list)
    for claim in claims:
        posts[claim.member_id].append(claim)
    category_order: dict[str, int] = {category: index for index, category in enumerate(enums.MemberCategory)}
    members = sorted(members, key=lambda m: (category_order.get(m.category, 99), m.name_sort, m.name, m.id))
    post_order: dict[str, int] = {post: index for index, post in enumerate(enums.MemberPost)}
    table: dict[str, Counter[str]] = defaultdict(Counter)
    with_post = 0
    member_table, claim_table = str(PartyMember.__tablename__), str(MemberPostClaim.__tablename__)
    for index, member in enumerate(members, 1):
        allowed = enums.POSTS_BY_CATEGORY.get(member.category, frozenset())
        held = [claim for claim in posts.get(member.id, []) if claim.post in allowed]
        held_posts = sorted({claim.post for claim in held}, key=lambda post: (post_order.get(post, 99), post))
        if held_posts:
            with_post += 1
        for post in held_posts:
            table[member.category][post] += 1
        table[member.category]["_count"] += 1
        annex.rows.append(
            (
                str(index),
                member.name,
                enums.Gender.label_of(member.gender),
                enums.MemberCategory.label_of(member.category),
                enums.MembershipStatus.label_of(member.membership),
                member.work_unit,
                _day(member.registered_on),
                "、".join(enums.MemberPost.label_of(post) for post in held_posts) or "未认领",
            )
        )
        annex.refs.append(_ref(member_table, member, member.name))
        for claim in held:
            annex.refs.append(_ref(claim_table, claim, f"{member.name} {enums.MemberPost.label_of(claim.post)}"))
    annex.total = ("合计", f"{len(members)} 名", "", "", "", "", "", f"已认领 {with_post} 名")
    for category in enums.MemberCategory:
        counts = table.get(category.value)
        if not counts:
            continue
        parts = [
            f"{enums.MemberPost.label_of(post)} {count}"
            for post, count in sorted(counts.items(), key=lambda item: item[0])
            if post != "_count"
        ]
        annex.summary.append((category.label, f"{counts['_count']} 名；认领岗位：{'，'.join(parts) or '无'}"))
    return annex


def _partner_annex(session: Session, period: Period, code: str) -> Annex:
    annex = Annex(
        "partner_units",
        "结对共建单位",
        "本期有效的结对共建单位（签约日期不晚于报告期末），及其本期的贡献。",
        (
            Column("序号", 0.5, "center"),
            Column("名称", 2.4),
            Column("类型", 0.8),
            Column("党组织", 0.6, "center"),
            Column("签约日期", 1.0, "center"),
            Column("支持内容", 1.5),
            Column("开放设施", 1.1),
            Column("本期贡献", 1.4, "right"),
        ),
    )
    units = _rows(
        session,
        PartnerUnit,
        ("name", "unit_kind", "has_party_org", "agreement_date", "support_kinds", "opened_facilities"),
        *_live(PartnerUnit, code),
        _started_by(PartnerUnit.agreement_date, period.end),
        order_by=(
            col(PartnerUnit.agreement_date),
            col(PartnerUnit.name_sort),
            col(PartnerUnit.name),
            col(PartnerUnit.id),
        ),
    )
    table = str(PartnerUnit.__tablename__)
    given: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for unit_id, value in session.exec(
        select(col(Contribution.unit_id), col(Contribution.value_fen)).where(
            *_live(Contribution, code),
            col(Contribution.given_on) >= period.start,
            col(Contribution.given_on) <= period.end,
        )
    ).all():
        given[unit_id][0] += 1
        given[unit_id][1] += int(value or 0)
    for index, unit in enumerate(units, 1):
        count, value = given.get(unit.id, [0, 0])
        annex.rows.append(
            (
                str(index),
                unit.name,
                enums.PartnerKind.label_of(unit.unit_kind),
                "有" if unit.has_party_org else "无",
                _day(unit.agreement_date),
                _labels(enums.SupportKind, unit.support_kinds),
                _labels(enums.OpenedFacility, unit.opened_facilities),
                f"{count} 次，{_yuan(value)} 元" if count else "无",
            )
        )
        annex.refs.append(_ref(table, unit, unit.name))
    return annex


# ---------------------------------------------------------------------------------------


def office_info(office: Office) -> OfficeInfo:
    return OfficeInfo(
        office.code, office.name, office.street, office.district, office.city, office.contact_person, office.phone
    )


def _operator_name(session: Session, role: enums.OperatorRole) -> str:
    name = session.exec(
        select(col(Operator.name))
        .where(col(Operator.deleted_at).is_(None), col(Operator.active).is_(True), col(Operator.role) == role.value)
        .order_by(col(Operator.modified_at))
    ).first()
    return str(name or "")


def default_signatories(session: Session, office: Office, operator_id: str | None = None) -> Signatories:
    """The signature block a return offers before the clerk changes it.

    单位负责人: the office's active operator with the 负责人 role, else the office profile's contact
    person; 填表人: the operator making the return (``operator_id``), else the active operator with
    the 填表人 role; 联系电话: the office profile's (operators have no phone of their own).
    """
    filler = ""
    if operator_id:
        operator = session.get(Operator, operator_id)
        if operator is not None and operator.deleted_at is None and operator.active:
            filler = operator.name
    return Signatories(
        head_name=_operator_name(session, enums.OperatorRole.HEAD) or office.contact_person,
        filler_name=filler or _operator_name(session, enums.OperatorRole.FILLER),
        phone=office.phone,
    )


def gather_content(
    session: Session,
    office: Office,
    period: Period,
    *,
    filled_on: date,
    warnings: Sequence[ExplainedWarning] = (),
    operator_id: str | None = None,
) -> ReturnContent:
    """The figures and annexes of ``office``'s return for ``period``, read from the ledgers; the
    signature block is :func:`default_signatories` (``operator_id``: who makes the return)."""
    code = office.code
    signatories = default_signatories(session, office, operator_id)
    result = evaluate(session, period, code)
    pairing_annex, visit_annex = _pairing_annexes(session, period, code)
    annexes = [
        _staff_annex(session, period, code),
        _party_org_annex(session, period, code),
        _funding_annex(session, period, code),
        _facility_annex(session, period, code),
        _activity_annex(session, period, code),
        pairing_annex,
        visit_annex,
        _member_annex(session, period, code),
        _partner_annex(session, period, code),
    ]
    return ReturnContent(
        office=office_info(office),
        period=period,
        result=result,
        annexes=annexes,
        filled_on=filled_on,
        head_name=signatories.head_name,
        filler_name=signatories.filler_name,
        phone=signatories.phone,
        warnings=list(warnings),
    )
