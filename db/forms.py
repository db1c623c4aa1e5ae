"""What each kind's editor form holds, as data: fields in order, how each is entered, children.

The desktop app builds every record editor from these specs with one generic form engine;
this module stays free of Qt. It also converts between a record and a form's typed values
(:func:`record_values`, :func:`apply_values`), finds records for a search-as-you-type picker
(:func:`search_records`) and writes a stored value the way people read it
(:func:`display_value`, used by the history panel).

A form's values are typed: text as ``str``, a choice as its code (``""`` when none), several
choices as comma-joined codes, dates as :class:`datetime.date` or None, money as integer fen
or None, counts as ``int`` or None, flags as ``bool``, linked records as their id or None.
They go straight to :func:`db.validation.validate_values`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from db import enums as e
from db import kinds, listing, typed
from db.enums import CodedEnum, join_codes, split_codes
from db.models import SyncedRecord, fen_to_yuan
from db.timeutil import local_today
from db.validation import field_label, normalize_id_number, normalize_phone
from db.validation.rules import RULES


class Input(StrEnum):
    """How a field is entered."""

    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines (Enter starts a new line)
    ID_NUMBER = "id_number"  # 居民身份证号: fills in birth date and gender
    PHONE = "phone"
    CHOICE = "choice"  # one code of ``enum``
    CHOICES = "choices"  # several codes of ``enum`` (stored "a,b,c")
    DATE = "date"
    MONEY = "money"  # integer fen, entered in 元 with two decimals
    INTEGER = "integer"
    NUMBER = "number"  # a decimal number (area, hours)
    FLAG = "flag"  # yes / no
    RECORD = "record"  # the id of a record of ``ref_kind``, chosen by searching


class NewDefault(StrEnum):
    """A default for new records that depends on the day."""

    TODAY = "today"
    THIS_YEAR = "this_year"


@dataclass(frozen=True)
class FormField:
    name: str
    input: Input
    enum: type[CodedEnum] | None = None
    ref_kind: str | None = None  # for RECORD
    show_if: tuple[str, str] | None = None  # (field, code): shown only while that field has that code
    new_default: NewDefault | None = None
    unit: str = ""  # shown after the field: 平方米, 小时, 台, 人
    section: str = ""  # a heading shown before this field
    hint: str = ""  # placeholder text


@dataclass(frozen=True)
class ChildForm:
    """Records that belong to the one being edited (a member's posts, a pairing's visits)."""

    kind_key: str
    parent_field: str  # the child's field holding the parent's id
    columns: tuple[str, ...]  # the child's fields shown in the parent's small table


@dataclass(frozen=True)
class FormSpec:
    kind_key: str
    fields: tuple[FormField, ...]
    children: tuple[ChildForm, ...] = ()

    def field(self, name: str) -> FormField:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def required(self) -> frozenset[str]:
        rules = RULES.get(self.kind_key)
        return frozenset(rules.required) if rules is not None else frozenset()

    def label(self, name: str) -> str:
        return field_label(name, self.kind_key)


def _f(name: str, input: Input, enum: type[CodedEnum] | None = None, **options: Any) -> FormField:
    return FormField(name, input, enum, **options)


def _text(name: str, **options: Any) -> FormField:
    return FormField(name, Input.TEXT, **options)


def _date(name: str, **options: Any) -> FormField:
    return FormField(name, Input.DATE, **options)


def _ref(name: str, kind_key: str, **options: Any) -> FormField:
    return FormField(name, Input.RECORD, ref_kind=kind_key, **options)


_NOTE = _text("note")
_GENDER = _f("gender", Input.CHOICE, e.Gender)
_ID = _f("id_number", Input.ID_NUMBER)
_PHONE = _f("phone", Input.PHONE)

FORMS: dict[str, FormSpec] = {
    spec.kind_key: spec
    for spec in (
        FormSpec(
            "staff",
            (
                _text("name", section="个人信息"),
                _ID,
                _GENDER,
                _date("birth_date"),
                _f("ethnicity", Input.CHOICE, e.Ethnicity),
                _f("education", Input.CHOICE, e.Education),
                _f("political_status", Input.CHOICE, e.PoliticalStatus),
                _PHONE,
                _f("position", Input.CHOICE, e.StaffPosition, section="任职"),
                _f("worker_type", Input.CHOICE, e.WorkerType),
                _f("secretary_director_one", Input.FLAG),
                _f("selection_method", Input.CHOICE, e.SelectionMethod),
                _date("start_date"),
                _date("end_date"),
                _f("pay_fen", Input.MONEY, section="待遇"),
                _f("pay_period", Input.CHOICE, e.PayPeriod),
                _f("pension_insurance", Input.FLAG),
                _f("medical_insurance", Input.FLAG),
                _NOTE,
            ),
        ),
        FormSpec(
            "funding",
            (
                _date("received_on", new_default=NewDefault.TODAY),
                _f("fiscal_year", Input.INTEGER, new_default=NewDefault.THIS_YEAR),
                _f("source", Input.CHOICE, e.FundingSource),
                _f("amount_fen", Input.MONEY),
                _f("purpose", Input.CHOICE, e.FundingPurpose),
                _NOTE,
            ),
        ),
        FormSpec(
            "facilities",
            (
                _text("name"),
                _f("facility_type", Input.CHOICE, e.FacilityType),
                _f("area_m2", Input.NUMBER, unit="平方米"),
                _f("area_class", Input.CHOICE, e.AreaClass),
                _f("acquisition", Input.CHOICE, e.AcquisitionMethod),
                _date("in_use_since"),
                _text("opening_hours", hint="如 周一至周五 8:30-17:30"),
                _f("status", Input.CHOICE, e.FacilityStatus),
                _f("fund_higher_fen", Input.MONEY, section="建设资金（“四个一点”）"),
                _f("fund_local_fen", Input.MONEY),
                _f("fund_paired_fen", Input.MONEY),
                _f("fund_street_fen", Input.MONEY),
                _f("computers", Input.INTEGER, unit="台", section="信息化"),
                _f("has_network", Input.FLAG),
                _f("has_display", Input.FLAG),
                _NOTE,
            ),
        ),
        FormSpec(
            "party_orgs",
            (
                _text("name"),
                _f("org_type", Input.CHOICE, e.PartyOrgType),
                _f("branch_kind", Input.CHOICE, e.BranchKind),
                _ref("parent_id", "party_orgs"),
                _text("secretary"),
                _date("founded_on"),
                _NOTE,
            ),
        ),
        FormSpec(
            "party_members",
            (
                _text("name", section="个人信息"),
                _ID,
                _GENDER,
                _date("birth_date"),
                _f("ethnicity", Input.CHOICE, e.Ethnicity),
                _f("education", Input.CHOICE, e.Education),
                _PHONE,
                _text("address"),
                _date("joined_on", section="党员信息"),
                _f("membership", Input.CHOICE, e.MembershipStatus),
                _f("category", Input.CHOICE, e.MemberCategory),
                _text("work_unit"),
                _ref("org_id", "party_orgs"),
                _date("registered_on"),
                _NOTE,
            ),
            children=(ChildForm("member_posts", "member_id", ("post", "claimed_on", "ended_on", "note")),),
        ),
        FormSpec(
            "member_posts",
            (
                _ref("member_id", "party_members"),
                _f("post", Input.CHOICE, e.MemberPost),
                _date("claimed_on", new_default=NewDefault.TODAY),
                _date("ended_on"),
                _NOTE,
            ),
        ),
        FormSpec(
            "residents",
            (
                _text("name"),
                _ID,
                _GENDER,
                _date("birth_date"),
                _f("category", Input.CHOICE, e.ResidentCategory),
                _f("needs", Input.CHOICES, e.ResidentNeed),
                _f("status", Input.CHOICE, e.ResidentStatus),
                _PHONE,
                _text("address"),
                _NOTE,
            ),
        ),
        FormSpec(
            "volunteers",
            (
                _text("name"),
                _ID,
                _GENDER,
                _PHONE,
                _text("team"),
                _ref("member_id", "party_members"),
                _text("skills"),
                _date("joined_on"),
                _NOTE,
            ),
        ),
        FormSpec(
            "pairings",
            (
                _ref("resident_id", "residents"),
                _f("helper_kind", Input.CHOICE, e.HelperKind),
                _ref("volunteer_id", "volunteers", show_if=("helper_kind", e.HelperKind.VOLUNTEER.value)),
                _ref("member_id", "party_members", show_if=("helper_kind", e.HelperKind.PARTY_MEMBER.value)),
                _ref("unit_id", "partner_units", show_if=("helper_kind", e.HelperKind.PARTNER_UNIT.value)),
                _f("help_kind", Input.CHOICE, e.HelpKind),
                _date("start_date", new_default=NewDefault.TODAY),
                _date("end_date"),
                _f("status", Input.CHOICE, e.PairingStatus),
                _NOTE,
            ),
            children=(ChildForm("visits", "pairing_id", ("visited_on", "content", "hours", "result")),),
        ),
        FormSpec(
            "visits",
            (
                _ref("pairing_id", "pairings"),
                _date("visited_on", new_default=NewDefault.TODAY),
                _f("content", Input.LONG_TEXT),
                _f("hours", Input.NUMBER, unit="小时"),
                _text("result"),
            ),
        ),
        FormSpec(
            "partner_units",
            (
                _text("name"),
                _f("unit_kind", Input.CHOICE, e.PartnerKind),
                _f("has_party_org", Input.FLAG),
                _text("contact_person"),
                _PHONE,
                _date("agreement_date"),
                _f("support_kinds", Input.CHOICES, e.SupportKind),
                _f("opened_facilities", Input.CHOICES, e.OpenedFacility),
                _NOTE,
            ),
            children=(ChildForm("contributions", "unit_id", ("given_on", "description", "value_fen", "note")),),
        ),
        FormSpec(
            "contributions",
            (
                _ref("unit_id", "partner_units"),
                _date("given_on", new_default=NewDefault.TODAY),
                _text("description"),
                _f("value_fen", Input.MONEY),
                _NOTE,
            ),
        ),
        FormSpec(
            "activities",
            (
                _date("held_on", new_default=NewDefault.TODAY),
                _text("title"),
                _f("activity_kind", Input.CHOICE, e.ActivityKind),
                _f("topic", Input.CHOICE, e.ActivityTopic),
                _f("service_form", Input.CHOICE, e.ServiceForm),
                _ref("venue_id", "facilities"),
                _f("participants", Input.INTEGER, unit="人"),
                _f("member_participants", Input.INTEGER, unit="人"),
                _text("outcome", hint="如 培训后 5 人实现再就业"),
                _f("description", Input.LONG_TEXT),
            ),
            children=(ChildForm("activity_partners", "activity_id", ("unit_id",)),),
        ),
        FormSpec(
            "activity_partners",
            (
                _ref("activity_id", "activities"),
                _ref("unit_id", "partner_units"),
            ),
        ),
        FormSpec(
            "awards",
            (
                _text("title"),
                _f("award_kind", Input.CHOICE, e.AwardKind),
                _f("year", Input.INTEGER, new_default=NewDefault.THIS_YEAR),
                _text("awardee"),
                _f("level", Input.CHOICE, e.AwardLevel),
                _NOTE,
            ),
        ),
    )
}

# The kinds people open from a list (the others are edited inside their parent's editor).
LISTED_KINDS: tuple[str, ...] = tuple(k.key for k in kinds.KINDS if k.listed)


def form_for(kind_key: str) -> FormSpec:
    """The form spec of ``kind_key``; KeyError for a kind without one."""
    return FORMS[kind_key]


def parent_child(child_kind: str) -> tuple[str, ChildForm] | None:
    """The parent kind of a child kind and its :class:`ChildForm`, or None for a ledger of its own."""
    for spec in FORMS.values():
        for child in spec.children:
            if child.kind_key == child_kind:
                return spec.kind_key, child
    return None


def parent_id_of(session: Session, child_kind: str, record_id: str) -> str | None:
    """The id of the live record a child record belongs to (a post's member), or None."""
    found = parent_child(child_kind)
    if found is None:
        return None
    record = session.get(kinds.kind(child_kind).model, record_id)
    if record is None or record.is_deleted:
        return None
    parent = getattr(record, found[1].parent_field, None)
    return str(parent) if parent else None


# ---------------------------------------------------------------------------------------
# Values


def _model_default(model: type[SyncedRecord], name: str) -> Any:
    info = model.model_fields.get(name)
    if info is None or info.is_required():
        return None
    return info.get_default(call_default_factory=True)


def model_default(kind_key: str, name: str) -> Any:
    """The model's default for a field (None when it has none)."""
    return _model_default(kinds.kind(kind_key).model, name)


def empty_value(form_field: FormField) -> Any:
    """The value of a field left blank."""
    if form_field.input in (Input.TEXT, Input.LONG_TEXT, Input.ID_NUMBER, Input.PHONE, Input.CHOICE, Input.CHOICES):
        return ""
    if form_field.input is Input.FLAG:
        return False
    return None


def new_values(kind_key: str, today: date | None = None) -> dict[str, Any]:
    """The form values of a new record: the model's defaults, today's date where it helps."""
    spec = form_for(kind_key)
    model = kinds.kind(kind_key).model
    day = today or local_today()
    values: dict[str, Any] = {}
    for form_field in spec.fields:
        value = _model_default(model, form_field.name)
        if form_field.new_default is NewDefault.TODAY:
            value = day
        elif form_field.new_default is NewDefault.THIS_YEAR:
            value = day.year
        values[form_field.name] = _typed(form_field, value)
    return values


def _typed(form_field: FormField, value: Any) -> Any:
    if value is None:
        return empty_value(form_field)
    if form_field.input is Input.FLAG:
        return bool(value)
    if form_field.input is Input.CHOICES:
        return join_codes(split_codes(str(value)))
    if form_field.input in (Input.TEXT, Input.LONG_TEXT, Input.ID_NUMBER, Input.PHONE, Input.CHOICE):
        return str(value)
    return value


def record_values(record: SyncedRecord) -> dict[str, Any]:
    """The form values of a stored record."""
    spec = form_for(kind_key_of(record))
    return {f.name: _typed(f, getattr(record, f.name, None)) for f in spec.fields}


def kind_key_of(record: SyncedRecord) -> str:
    found = kinds.kind_of_table(str(record.__tablename__))
    if found is None:
        raise ValueError(f"no form for table {record.__tablename__!r}")
    return found.key


def visible(spec: FormSpec, name: str, values: Mapping[str, Any]) -> bool:
    """Whether field ``name`` is shown for these values (see :attr:`FormField.show_if`)."""
    condition = spec.field(name).show_if
    return condition is None or values.get(condition[0]) == condition[1]


def effective_values(spec: FormSpec, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values as they will be saved: hidden fields blank (a pairing keeps one helper only)."""
    result = dict(values)
    for form_field in spec.fields:
        if form_field.name in result and not visible(spec, form_field.name, values):
            result[form_field.name] = empty_value(form_field)
    return result


def _stored(form_field: FormField, value: Any, model: type[SyncedRecord]) -> Any:
    if form_field.input is Input.ID_NUMBER:
        return normalize_id_number(str(value or ""))
    if form_field.input is Input.PHONE:
        return normalize_phone(str(value or ""))
    if form_field.input in (Input.TEXT, Input.LONG_TEXT):
        return str(value or "").strip()
    if form_field.input is Input.CHOICE:
        if value:
            return str(value)
        # an optional choice left empty is NULL; a required one keeps the model's default
        default = _model_default(model, form_field.name)
        return None if default is None or default == "" else default
    if form_field.input is Input.CHOICES:
        return join_codes(split_codes(str(value or "")))
    if form_field.input is Input.RECORD:
        return str(value) if value else None
    if form_field.input in (Input.MONEY, Input.INTEGER):
        if value is None or value == "":
            default = _model_default(model, form_field.name)
            return default if isinstance(default, int) else None
        return int(value)
    if form_field.input is Input.NUMBER:
        return None if value is None or value == "" else float(value)
    if form_field.input is Input.FLAG:
        return bool(value)
    return value


def apply_values(record: SyncedRecord, values: Mapping[str, Any]) -> None:
    """Set a record's fields from form values (normalised: ID number, phone, trimmed text)."""
    spec = form_for(kind_key_of(record))
    model = type(record)
    for name, value in effective_values(spec, values).items():
        form_field = spec.field(name)
        stored = _stored(form_field, value, model)
        if getattr(record, name, None) != stored:
            setattr(record, name, stored)


# ---------------------------------------------------------------------------------------
# Text typed into the form


def parse_yuan(text: str) -> int | None:
    """``"1,234.5"`` 元 (also ``1.2万``, ``800元``, full-width) as 123450 fen; None for blank.

    Raises :class:`db.typed.Unreadable` (a ValueError) when not an amount; see :func:`db.typed.read_money`.
    """
    return typed.read_money(text)


def yuan_text(fen: int | None) -> str:
    """Integer fen as the text of a money field (``"1234.50"``); "" for None."""
    return "" if fen is None else f"{fen_to_yuan(fen)}"


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


# ---------------------------------------------------------------------------------------
# Showing stored values


YES, NO = "是", "否"


def display_value(form_field: FormField | None, text: str | None, titles: Mapping[str, str] | None = None) -> str:
    """A value as written in the audit log, the way people read it (labels, 元, 是/否, names)."""
    if text is None or text == "":
        return ""
    if form_field is None:
        return text
    kind = form_field.input
    if kind is Input.CHOICE and form_field.enum is not None:
        return form_field.enum.label_of(text)
    if kind is Input.CHOICES and form_field.enum is not None:
        return "、".join(form_field.enum.label_of(code) for code in split_codes(text))
    if kind is Input.MONEY:
        try:
            return f"{fen_to_yuan(int(text)):,} 元"
        except ValueError:
            return text
    if kind is Input.FLAG:
        return YES if text.lower() in ("true", "1") else NO
    if kind is Input.NUMBER:
        try:
            shown = number_text(float(text))
        except ValueError:
            return text
        return f"{shown} {form_field.unit}".strip()
    if kind is Input.INTEGER and form_field.unit:
        return f"{text} {form_field.unit}"
    if kind is Input.DATE:
        return text[:10]
    if kind is Input.RECORD:
        return (titles or {}).get(text, "") or "（已不存在）"
    return text


# ---------------------------------------------------------------------------------------
# Choosing a linked record


@dataclass(frozen=True)
class Candidate:
    record_id: str
    title: str  # the record's name
    detail: str = ""  # something to tell two records of the same name apart

    @property
    def text(self) -> str:
        return f"{self.title}（{self.detail}）" if self.detail else self.title


def _detail(kind_key: str, value: Any) -> str:
    """The kind's ``detail_field`` as a picker shows it: an ID number's last four digits, an
    enumeration's label, else the text."""
    if value is None or value == "":
        return ""
    text = str(value)
    detail_field = kinds.kind(kind_key).detail_field or ""
    if detail_field == kinds.kind(kind_key).person_id_field:
        return f"身份证尾号 {text[-4:]}"
    rules = RULES.get(kind_key)
    enum = rules.codes.get(detail_field) if rules is not None else None
    return enum.label_of(text) if enum is not None else text


def candidates(session: Session, kind_key: str, ids: Sequence[str]) -> list[Candidate]:
    """The titles (and a telling detail) of some records, in the order of ``ids``."""
    record_kind = kinds.kind(kind_key)
    columns = [record_kind.title_field]
    detail_field = record_kind.detail_field
    if detail_field:
        columns.append(detail_field)
    rows = listing.rows_by_ids(session, kind_key, list(ids), columns)
    found = []
    for record_id in ids:
        row = rows.get(record_id)
        if row is None:
            continue
        title = _title_text(kind_key, row[0])
        found.append(Candidate(record_id, title, _detail(kind_key, row[1]) if detail_field else ""))
    return found


def _title_text(kind_key: str, value: Any) -> str:
    rules = RULES.get(kind_key)
    enum = rules.codes.get(kinds.kind(kind_key).title_field) if rules is not None else None
    if enum is not None:
        return enum.label_of(None if value is None else str(value))
    return "" if value is None else str(value)


def display_title(session: Session, kind_key: str, values: Mapping[str, Any]) -> str:
    """How a record is named in headings and messages ("马喆 · 心理疏导" for a pairing)."""
    if kind_key == "pairings":
        resident = record_name(session, "residents", values.get("resident_id"))
        help_kind = e.HelpKind.label_of(values.get("help_kind"))
        return " · ".join(part for part in (resident, help_kind) if part)
    if kind_key == "activity_partners":
        return record_name(session, "partner_units", values.get("unit_id"))
    from db.validation import record_title as plain_title

    return plain_title(kind_key, values) or kinds.kind(kind_key).label


def record_name(session: Session, kind_key: str, record_id: Any) -> str:
    """The bare name of one record ("" when there is none)."""
    if not record_id:
        return ""
    found = candidates(session, kind_key, [str(record_id)])
    return found[0].title if found else ""


def search_records(
    session: Session, kind_key: str, text: str, *, limit: int = 30, exclude: str | None = None
) -> list[Candidate]:
    """Live records of ``kind_key`` matching ``text`` (as the list's search box does), at most ``limit``."""
    ids = listing.page_ids(session, kind_key, text, limit=limit + (1 if exclude else 0))
    return candidates(session, kind_key, [i for i in ids if i != exclude][:limit])


def record_title(session: Session, kind_key: str, record_id: str | None) -> str:
    """The name of one record as a picker shows it ("" when there is none)."""
    if not record_id:
        return ""
    found = candidates(session, kind_key, [record_id])
    return found[0].text if found else ""


# ---------------------------------------------------------------------------------------
# Records that belong to another


def child_rows(session: Session, child: ChildForm, parent_id: str) -> list[tuple[str, tuple[str, ...]]]:
    """The live children of one record: (id, the child's ``columns`` as people read them)."""
    from sqlalchemy import select
    from sqlmodel import SQLModel

    from db.audit import audit_text

    table = SQLModel.metadata.tables[str(kinds.kind(child.kind_key).model.__tablename__)]
    spec = form_for(child.kind_key)
    first = table.c[child.columns[0]]
    order = first.desc() if spec.field(child.columns[0]).input is Input.DATE else first.asc()
    query = (
        select(table.c.id, *(table.c[name] for name in child.columns))
        .where(table.c[child.parent_field] == parent_id, table.c.deleted_at.is_(None))
        .order_by(order, table.c.id)
    )
    rows = [(str(row[0]), tuple(row[1:])) for row in session.execute(query)]
    titles: dict[str, dict[str, str]] = {}
    for position, name in enumerate(child.columns):
        form_field = spec.field(name)
        if form_field.input is Input.RECORD and form_field.ref_kind:
            ids = [str(values[position]) for _, values in rows if values[position]]
            titles[name] = {c.record_id: c.text for c in candidates(session, form_field.ref_kind, ids)}
    return [
        (
            record_id,
            tuple(
                display_value(spec.field(name), audit_text(value), titles.get(name))
                for name, value in zip(child.columns, values, strict=True)
            ),
        )
        for record_id, values in rows
    ]
