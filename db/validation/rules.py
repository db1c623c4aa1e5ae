"""Field rules for every kind of record, written as data, and the checks of one record.

:func:`validate_values` checks one record's field values (a form's contents or a row) with
no database access; :func:`validate_record` adds the rules that look at other records
(likely duplicates, a post that does not fit the member's category, visits outside their
pairing's dates), each with one indexed query.

Every issue's ``code`` is ``"<field>.<rule>"`` (``"id_number.check_digit"``) and stays stable;
messages are Chinese and name the field by its label (:data:`FIELD_LABELS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from db import enums, kinds, models, standards
from db.enums import CodedEnum, split_codes
from db.i18n import Label, Text, date_text, joined, tr
from db.models import SyncedRecord, fen_to_yuan
from db.timeutil import local_today
from db.validation.idcard import id_number_problem, normalize_id_number, parse_id_number
from db.validation.phone import check_phone
from db.validation.report import Issue, Report, Severity, make_params

# ---------------------------------------------------------------------------------------
# Labels

FIELD_LABELS: dict[str, str] = {
    # every record
    "id": "编号",
    "office_code": "社区代码",
    # office
    "code": "统计用区划代码",
    "street": "街道(镇)",
    "district": "旗县区",
    "city": "市",
    "households": "户数",
    "residents": "常住人口",
    "area_km2": "辖区面积",
    "party_org_type": "党组织类型",
    "contact_person": "联系人",
    # operators
    "role": "角色",
    "password_hash": "密码",
    "active": "启用",
    # people
    "name": "姓名",
    "gender": "性别",
    "id_number": "身份证号",
    "birth_date": "出生日期",
    "ethnicity": "民族",
    "education": "学历",
    "political_status": "政治面貌",
    "phone": "联系电话",
    "address": "住址",
    "note": "备注",
    # staff
    "position": "职务",
    "worker_type": "人员类别",
    "secretary_director_one": "书记主任“一肩挑”",
    "selection_method": "选任方式",
    "start_date": "开始日期",
    "end_date": "结束日期",
    "pay_fen": "报酬",
    "pay_period": "报酬计算方式",
    "pension_insurance": "养老保险",
    "medical_insurance": "医疗保险",
    # party organizations and members
    "org_type": "组织类型",
    "branch_kind": "支部类型",
    "parent_id": "上级党组织",
    "secretary": "书记",
    "founded_on": "成立日期",
    "joined_on": "入党日期",
    "membership": "党员状态",
    "category": "类别",
    "work_unit": "工作单位",
    "org_id": "所在党组织",
    "registered_on": "到社区报到日期",
    "member_id": "党员",
    "post": "认领岗位",
    "claimed_on": "认领日期",
    "ended_on": "结束日期",
    # funding
    "received_on": "到账日期",
    "fiscal_year": "预算年度",
    "source": "经费来源",
    "amount_fen": "金额",
    "purpose": "用途",
    # facilities
    "facility_type": "场所类型",
    "area_m2": "面积",
    "area_class": "面积计入",
    "acquisition": "取得方式",
    "fund_higher_fen": "上级争取资金",
    "fund_local_fen": "地方财政投入资金",
    "fund_paired_fen": "结对部门帮扶资金",
    "fund_street_fen": "街道(镇)自筹资金",
    "in_use_since": "启用日期",
    "opening_hours": "开放时间",
    "computers": "电脑台数",
    "has_network": "联网",
    "has_display": "显示屏",
    "status": "状态",
    # residents, volunteers, partner units
    "needs": "帮扶需求",
    "team": "志愿服务队",
    "skills": "特长",
    "unit_kind": "单位类型",
    "has_party_org": "有无党组织",
    "agreement_date": "共建协议日期",
    "support_kinds": "支持内容",
    "opened_facilities": "向居民开放的设施",
    "unit_id": "共建单位",
    "given_on": "日期",
    "description": "内容",
    "value_fen": "价值",
    # pairings and visits
    "resident_id": "帮扶对象",
    "helper_kind": "帮扶人类别",
    "volunteer_id": "志愿者",
    "help_kind": "帮扶类型",
    "pairing_id": "结对帮扶",
    "visited_on": "帮扶日期",
    "content": "帮扶内容",
    "hours": "时长(小时)",
    "result": "帮扶效果",
    # activities and awards
    "held_on": "活动日期",
    "title": "名称",
    "activity_kind": "活动类型",
    "topic": "活动主题",
    "service_form": "服务形式",
    "venue_id": "活动场所",
    "participants": "参加人数",
    "member_participants": "参加党员人数",
    "outcome": "活动成效",
    "activity_id": "活动",
    "award_kind": "评比类型",
    "year": "年度",
    "awardee": "获奖者",
    "level": "级别",
    # standards
    "key": "标准项目",
    "value": "标准值",
    "unit": "单位",
    "effective_from": "生效日期",
    "effective_to": "失效日期",
    "source_text": "依据原文",
}

# Where a field means something more specific in one kind of record.
KIND_FIELD_LABELS: dict[str, dict[str, str]] = {
    "office": {"name": "社区名称", "phone": "联系电话"},
    "staff": {"start_date": "任职日期", "end_date": "离任日期"},
    "party_orgs": {"name": "党组织名称"},
    "party_members": {"category": "党员类别"},
    "member_posts": {"ended_on": "岗位结束日期"},
    "facilities": {"name": "场所名称"},
    "residents": {"category": "帮扶对象类别", "status": "帮扶状态"},
    "volunteers": {"joined_on": "加入日期", "member_id": "关联党员"},
    "partner_units": {"name": "单位名称"},
    "contributions": {"given_on": "贡献日期", "description": "贡献内容"},
    "pairings": {"start_date": "结对开始日期", "end_date": "结对结束日期", "status": "结对状态"},
    "activities": {"title": "活动名称", "description": "活动内容"},
    "awards": {"title": "荣誉名称"},
    "standards": {"title": "标准名称"},
}

EXTRA_KINDS: dict[str, tuple[type[SyncedRecord], str, str]] = {
    # key: (model, label, title field) for the records that are not ledgers in db.kinds
    "office": (models.Office, "社区基本情况", "name"),
    "operators": (models.Operator, "操作人员", "name"),
    "standards": (models.CityStandard, "城市标准", "title"),
}

# Every kind validate_values knows, in the order reports list them.
KIND_ORDER: tuple[str, ...] = ("office", *(k.key for k in kinds.KINDS), "standards", "operators")


def field_label(name: str, kind_key: str | None = None) -> str:
    """The Chinese label of a field (specific to the kind when it has one)."""
    if kind_key is not None:
        specific = KIND_FIELD_LABELS.get(kind_key, {}).get(name)
        if specific:
            return specific
    return FIELD_LABELS.get(name, name)


def kind_label(kind_key: str) -> str:
    """The Chinese name of a kind of record."""
    if kind_key in EXTRA_KINDS:
        return EXTRA_KINDS[kind_key][1]
    return kinds.kind(kind_key).label


def model_of(kind_key: str) -> type[SyncedRecord]:
    if kind_key in EXTRA_KINDS:
        return EXTRA_KINDS[kind_key][0]
    return kinds.kind(kind_key).model


def kind_key_of(record: SyncedRecord) -> str:
    """The kind key of a record (a db.kinds key, or office / operators / standards)."""
    table = str(record.__tablename__)
    registered = kinds.kind_of_table(table)
    if registered is not None:
        return registered.key
    for key, (model, _label, _title) in EXTRA_KINDS.items():
        if model.__tablename__ == table:
            return key
    raise ValueError(f"no validation rules for table {table!r}")


# ---------------------------------------------------------------------------------------
# The rules, as data


@dataclass(frozen=True)
class KindRules:
    """The field rules of one kind of record."""

    required: tuple[str, ...] = ()
    codes: Mapping[str, type[CodedEnum]] = field(default_factory=dict)  # one code per field
    multi_codes: Mapping[str, type[CodedEnum]] = field(default_factory=dict)  # "a,b,c"
    id_number: str | None = None  # the ID-number field, for people
    phones: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()  # every date field (checked to be a date)
    past_dates: tuple[str, ...] = ()  # dates of things that happened: in the future → warning
    spans: tuple[tuple[str, str], ...] = ()  # (start, end): end must not be before start
    after_birth: tuple[str, ...] = ()  # dates that cannot be before the person's birth
    money: tuple[str, ...] = ()  # integer fen, ≥ 0
    positive_money: tuple[str, ...] = ()  # integer fen, > 0
    positive_numbers: tuple[str, ...] = ()  # > 0 when given
    counts: tuple[str, ...] = ()  # integers ≥ 0
    extra: tuple[Callable[[_Values, Report], None], ...] = ()  # rules of this kind only


_PERSON = {"gender": enums.Gender}

MIN_YEAR = 1990
MAX_FUNDING_FEN = 10_000_000 * 100  # one receipt above 1000 万元 is almost surely a typo
MAX_VISIT_HOURS = 24
PROBATION = timedelta(days=365 + 60)  # a year's probation plus the time to hold the meeting
ADULT_AGE = 18


def _label_list(enum_cls: type[CodedEnum], codes: frozenset[str] | set[str]) -> str:
    return joined(Label(member.label) for member in enum_cls if member.value in codes)


def _zh_date(day: date) -> Text:
    return date_text(day)


def _yuan(fen: int) -> str:
    return f"{fen_to_yuan(fen):,} 元"


def _money(fen: int) -> Text:
    """An amount in a message: 1,234.5 元."""
    return tr("{amount} 元", amount=f"{fen_to_yuan(fen):,}")


def _enum_label(enum_cls: type[CodedEnum], code: str | None) -> Label:
    return Label(enum_cls.label_of(code))


class _Bad:
    """Marks a value that could not be read as its field's type."""


_BAD = _Bad()


class _Values:
    """One record's values, read leniently (form text or typed values), with the report to fill."""

    __slots__ = ("_bad", "_values", "kind", "report", "today")

    def __init__(self, kind_key: str, values: Mapping[str, Any], today: date, report: Report) -> None:
        self.kind = kind_key
        self._values = values
        self.today = today
        self.report = report
        self._bad: set[str] = set()

    def label(self, name: str) -> Label:
        return Label(field_label(name, self.kind))

    def raw(self, name: str) -> Any:
        return self._values.get(name)

    def text(self, name: str) -> str:
        value = self._values.get(name)
        if value is None:
            return ""
        if isinstance(value, CodedEnum):
            return str(value.value)
        return str(value).strip()

    def _flag(self, name: str, rule: str, message: str) -> None:
        if name not in self._bad:
            self._bad.add(name)
            self.report.error(name, f"{name}.{rule}", message)

    def date(self, name: str) -> date | None:
        value = self._values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self._flag(
            name,
            "bad_date",
            tr("{label}“{value}”不是有效的日期，请按 2026-03-05 的样式填写", label=self.label(name), value=value),
        )
        return None

    def int(self, name: str) -> int | None:
        value = self._values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            pass
        elif isinstance(value, int):
            return value
        elif (isinstance(value, (float, Decimal)) and value == int(value)) or (
            isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value)
        ):
            return int(value)
        self._flag(name, "not_integer", tr("{label}应为整数，现在是“{value}”", label=self.label(name), value=value))
        return None

    def number(self, name: str) -> Decimal | None:
        value = self._values.get(name)
        if value is None or value == "":
            return None
        if not isinstance(value, bool) and isinstance(value, (int, float, Decimal, str)):
            try:
                number = Decimal(str(value).strip())
            except InvalidOperation:
                pass
            else:
                if number.is_finite():
                    return number
        self._flag(name, "not_number", tr("{label}应为数字，现在是“{value}”", label=self.label(name), value=value))
        return None

    def is_blank(self, name: str) -> bool:
        value = self._values.get(name)
        return value is None or (isinstance(value, str) and not value.strip())


# -- kind-specific rules -----------------------------------------------------------------


def _office_code(values: _Values, report: Report) -> None:
    code = values.text("code")
    if not code:
        return
    if not re.fullmatch(r"\d{12}", code):
        report.error("code", "code.format", tr("统计用区划代码应为 12 位数字，现在是“{code}”，请核对", code=code))
    elif not code.startswith("1508"):
        report.warning(
            "code",
            "code.outside_city",
            tr("统计用区划代码“{code}”不是巴彦淖尔市（1508 开头）的代码，请核对", code=code),
        )


def _staff_rules(values: _Values, report: Report) -> None:
    position = values.text("position")
    if position == enums.StaffPosition.SECRETARY:
        status = values.text("political_status")
        if status and status not in (enums.PoliticalStatus.PARTY_MEMBER, enums.PoliticalStatus.PROBATIONARY):
            report.warning(
                "political_status",
                "political_status.secretary_not_member",
                tr("党组织书记应为中共党员，请核对政治面貌"),
            )
    known = enums.StaffPosition.from_code(position)
    if (
        values.raw("secretary_director_one") is True
        and known is not None
        and known not in (enums.StaffPosition.SECRETARY, enums.StaffPosition.DIRECTOR)
    ):
        report.warning(
            "secretary_director_one",
            "secretary_director_one.position",
            tr(
                "书记主任“一肩挑”的人职务应为党组织书记或居委会主任，现在是“{position}”，请核对",
                position=Label(known.label),
            ),
        )


def _member_rules(values: _Values, report: Report) -> None:
    joined = values.date("joined_on")
    if (
        values.text("membership") == enums.MembershipStatus.PROBATIONARY
        and joined is not None
        and joined + PROBATION < values.today
    ):
        report.warning(
            "membership",
            "membership.probation_overdue",
            tr("入党日期是{date}，预备期一般为一年，请核对是否已转为正式党员", date=_zh_date(joined)),
        )


def _funding_rules(values: _Values, report: Report) -> None:
    year = values.int("fiscal_year")
    if year is not None:
        if not MIN_YEAR <= year <= values.today.year + 1:
            report.error(
                "fiscal_year",
                "fiscal_year.out_of_range",
                tr(
                    "预算年度“{year}”不对，应在 {first} 年到 {last} 年之间",
                    year=year,
                    first=MIN_YEAR,
                    last=values.today.year + 1,
                ),
            )
        else:
            received = values.date("received_on")
            if received is not None and received.year != year:
                report.warning(
                    "fiscal_year",
                    "fiscal_year.mismatch",
                    tr(
                        "预算年度（{year}年）与到账日期的年份（{received}年）不一致，请核对",
                        year=year,
                        received=received.year,
                    ),
                )
    amount = values.int("amount_fen")
    if amount is not None and amount > MAX_FUNDING_FEN:
        report.warning(
            "amount_fen",
            "amount_fen.too_large",
            tr("金额 {amount}超过 1000 万元，请核对是否多写了零", amount=_money(amount)),
        )


_SERVICE_TYPES = frozenset(enums.FacilityType) - {enums.FacilityType.OFFICE}


def _facility_rules(values: _Values, report: Report) -> None:
    kind = values.text("facility_type")
    area_class = values.text("area_class")
    if not kind or not area_class:
        return
    expected = enums.AreaClass.OFFICE if kind == enums.FacilityType.OFFICE else enums.AreaClass.SERVICE
    known = enums.FacilityType.from_code(kind) is not None and enums.AreaClass.from_code(area_class) is not None
    if known and area_class != expected:
        report.warning(
            "area_class",
            "area_class.mismatch",
            tr(
                "场所类型是{kind}，面积却计入{area_class}，请核对",
                kind=_enum_label(enums.FacilityType, kind),
                area_class=_enum_label(enums.AreaClass, area_class),
            ),
        )


_HELPER_FIELDS: dict[str, str] = {
    enums.HelperKind.VOLUNTEER: "volunteer_id",
    enums.HelperKind.PARTY_MEMBER: "member_id",
    enums.HelperKind.PARTNER_UNIT: "unit_id",
}


def _pairing_rules(values: _Values, report: Report) -> None:
    helper_kind = values.text("helper_kind")
    wanted = _HELPER_FIELDS.get(helper_kind)
    if wanted is None:
        return  # missing or unknown: reported by the required / code rules
    if values.is_blank(wanted):
        report.error(
            wanted,
            "helper_kind.missing_helper",
            tr(
                "帮扶人类别是{helper_kind}，请选择是哪一位{field}",
                helper_kind=_enum_label(enums.HelperKind, helper_kind),
                field=values.label(wanted),
            ),
        )
    for other in _HELPER_FIELDS.values():
        if other != wanted and not values.is_blank(other):
            report.error(
                other,
                "helper_kind.extra_helper",
                tr(
                    "帮扶人类别是{helper_kind}，不应再选择{field}，请清除",
                    helper_kind=_enum_label(enums.HelperKind, helper_kind),
                    field=values.label(other),
                ),
            )


def _visit_rules(values: _Values, report: Report) -> None:
    hours = values.number("hours")
    if hours is None:
        return
    if hours < 0:
        report.error("hours", "hours.negative", tr("时长不能为负数，请核对"))
    elif hours > MAX_VISIT_HOURS:
        report.warning(
            "hours", "hours.too_many", tr("一次帮扶的时长是 {hours} 小时，超过 24 小时，请核对", hours=hours)
        )


def _activity_rules(values: _Values, report: Report) -> None:
    people = values.int("participants")
    members = values.int("member_participants")
    if people is not None and members is not None and people >= 0 and members > people:
        report.warning(
            "member_participants",
            "member_participants.more_than_participants",
            tr("参加党员人数（{members}）多于参加人数（{people}），请核对", members=members, people=people),
        )


def _award_rules(values: _Values, report: Report) -> None:
    year = values.int("year")
    if year is not None and not MIN_YEAR <= year <= values.today.year:
        report.error(
            "year",
            "year.out_of_range",
            tr("年度“{year}”不对，应在 {first} 年到 {last} 年之间", year=year, first=MIN_YEAR, last=values.today.year),
        )


_NUMBER_STANDARDS = frozenset(
    {
        standards.STREET_WORKER_FUNDING,
        standards.COMMUNITY_WORKER_FUNDING,
        standards.OFFICE_AREA,
        standards.SERVICE_AREA,
    }
)


def _standard_rules(values: _Values, report: Report) -> None:
    key = values.text("key")
    value = values.text("value")
    if not value:
        return
    if key in _NUMBER_STANDARDS:
        try:
            number = Decimal(value)
        except InvalidOperation:
            number = Decimal(-1)
        if not number.is_finite() or number <= 0:
            report.error(
                "value", "value.not_positive_number", tr("标准值应为大于 0 的数字，现在是“{value}”", value=value)
            )
    elif key == standards.ONE_CENTRE_THREE_ROOMS:
        unknown = [code for code in split_codes(value) if enums.FacilityType.from_code(code) is None]
        if unknown or not split_codes(value):
            report.error(
                "value",
                "value.unknown_code",
                tr("标准值应为场所类型代码，用逗号分开；“{codes}”不是场所类型", codes="、".join(unknown) or value),
            )


RULES: dict[str, KindRules] = {
    "office": KindRules(
        required=("code", "name"),
        codes={"party_org_type": enums.PartyOrgType},
        phones=("phone",),
        positive_numbers=("area_km2",),
        counts=("households", "residents"),
        extra=(_office_code,),
    ),
    "operators": KindRules(required=("name", "role"), codes={"role": enums.OperatorRole}),
    "staff": KindRules(
        required=("name",),
        codes={
            **_PERSON,
            "ethnicity": enums.Ethnicity,
            "education": enums.Education,
            "political_status": enums.PoliticalStatus,
            "position": enums.StaffPosition,
            "worker_type": enums.WorkerType,
            "selection_method": enums.SelectionMethod,
            "pay_period": enums.PayPeriod,
        },
        id_number="id_number",
        phones=("phone",),
        dates=("birth_date", "start_date", "end_date"),
        past_dates=("start_date",),
        spans=(("start_date", "end_date"),),
        after_birth=("start_date",),
        money=("pay_fen",),
        extra=(_staff_rules,),
    ),
    "funding": KindRules(
        required=("received_on", "fiscal_year", "source", "amount_fen", "purpose"),
        codes={"source": enums.FundingSource, "purpose": enums.FundingPurpose},
        dates=("received_on",),
        past_dates=("received_on",),
        positive_money=("amount_fen",),
        extra=(_funding_rules,),
    ),
    "facilities": KindRules(
        required=("name", "facility_type", "area_m2", "area_class"),
        codes={
            "facility_type": enums.FacilityType,
            "area_class": enums.AreaClass,
            "acquisition": enums.AcquisitionMethod,
            "status": enums.FacilityStatus,
        },
        dates=("in_use_since",),
        past_dates=("in_use_since",),
        money=("fund_higher_fen", "fund_local_fen", "fund_paired_fen", "fund_street_fen"),
        positive_numbers=("area_m2",),
        counts=("computers",),
        extra=(_facility_rules,),
    ),
    "party_orgs": KindRules(
        required=("name", "org_type"),
        codes={"org_type": enums.PartyOrgType, "branch_kind": enums.BranchKind},
        dates=("founded_on",),
        past_dates=("founded_on",),
    ),
    "party_members": KindRules(
        required=("name", "category"),
        codes={
            **_PERSON,
            "ethnicity": enums.Ethnicity,
            "education": enums.Education,
            "membership": enums.MembershipStatus,
            "category": enums.MemberCategory,
        },
        id_number="id_number",
        phones=("phone",),
        dates=("birth_date", "joined_on", "registered_on"),
        past_dates=("joined_on", "registered_on"),
        after_birth=("joined_on", "registered_on"),
        extra=(_member_rules,),
    ),
    "member_posts": KindRules(
        required=("member_id", "post"),
        codes={"post": enums.MemberPost},
        dates=("claimed_on", "ended_on"),
        past_dates=("claimed_on",),
        spans=(("claimed_on", "ended_on"),),
    ),
    "residents": KindRules(
        required=("name", "category"),
        codes={**_PERSON, "category": enums.ResidentCategory, "status": enums.ResidentStatus},
        multi_codes={"needs": enums.ResidentNeed},
        id_number="id_number",
        phones=("phone",),
        dates=("birth_date",),
    ),
    "volunteers": KindRules(
        required=("name",),
        codes=_PERSON,
        id_number="id_number",
        phones=("phone",),
        dates=("joined_on",),
        past_dates=("joined_on",),
        after_birth=("joined_on",),
    ),
    "partner_units": KindRules(
        required=("name", "unit_kind"),
        codes={"unit_kind": enums.PartnerKind},
        multi_codes={"support_kinds": enums.SupportKind, "opened_facilities": enums.OpenedFacility},
        phones=("phone",),
        dates=("agreement_date",),
        past_dates=("agreement_date",),
    ),
    "contributions": KindRules(
        required=("unit_id", "given_on", "description"),
        dates=("given_on",),
        past_dates=("given_on",),
        money=("value_fen",),
    ),
    "pairings": KindRules(
        required=("resident_id", "helper_kind", "start_date", "help_kind"),
        codes={"helper_kind": enums.HelperKind, "help_kind": enums.HelpKind, "status": enums.PairingStatus},
        dates=("start_date", "end_date"),
        past_dates=("start_date",),
        spans=(("start_date", "end_date"),),
        extra=(_pairing_rules,),
    ),
    "visits": KindRules(
        required=("pairing_id", "visited_on", "content"),
        dates=("visited_on",),
        past_dates=("visited_on",),
        extra=(_visit_rules,),
    ),
    "activities": KindRules(
        required=("held_on", "title", "activity_kind"),
        codes={"activity_kind": enums.ActivityKind, "topic": enums.ActivityTopic, "service_form": enums.ServiceForm},
        dates=("held_on",),
        past_dates=("held_on",),
        counts=("participants", "member_participants"),
        extra=(_activity_rules,),
    ),
    "activity_partners": KindRules(required=("activity_id", "unit_id")),
    "awards": KindRules(
        required=("title", "award_kind", "year", "awardee"),
        codes={"award_kind": enums.AwardKind, "level": enums.AwardLevel},
        extra=(_award_rules,),
    ),
    "standards": KindRules(
        required=("key", "value", "effective_from"),
        dates=("effective_from", "effective_to"),
        spans=(("effective_from", "effective_to"),),
        extra=(_standard_rules,),
    ),
}


# ---------------------------------------------------------------------------------------
# Checking one record's values


def _required_message(values: _Values, name: str, rules: KindRules) -> Text:
    label = values.label(name)
    if name in rules.codes or name.endswith("_id"):
        return tr("请选择{label}", label=label)
    return tr("请填写{label}", label=label)


def _check_id_number(values: _Values, rules: KindRules, report: Report) -> date | None:
    """ID-number rules; the birth date the record gives (entered, or read from the ID number)."""
    assert rules.id_number is not None
    name = rules.id_number
    entered_birth = values.date("birth_date")
    number = normalize_id_number(values.text(name))
    if not number:
        return entered_birth
    problem = id_number_problem(number, today=values.today)
    if problem is not None:
        report.error(name, problem[0], problem[1])
        return entered_birth
    info = parse_id_number(number)
    assert info is not None
    if entered_birth is not None and entered_birth != info.birth_date:
        report.error(
            "birth_date",
            "birth_date.id_mismatch",
            tr(
                "出生日期（{entered}）与身份证号上的（{on_id}）不一致，请核对",
                entered=_zh_date(entered_birth),
                on_id=_zh_date(info.birth_date),
            ),
        )
    gender = values.text("gender")
    if gender in (enums.Gender.MALE, enums.Gender.FEMALE) and gender != info.gender:
        report.error(
            "gender",
            "gender.id_mismatch",
            tr(
                "性别（{entered}）与身份证号上的（{on_id}）不一致，请核对",
                entered=_enum_label(enums.Gender, gender),
                on_id=_enum_label(enums.Gender, info.gender),
            ),
        )
    return info.birth_date if entered_birth is None else entered_birth


def validate_values(kind_key: str, values: Mapping[str, Any], *, today: date | None = None) -> Report:
    """The field-level issues of one record of kind ``kind_key`` (no database access).

    ``values`` maps field names to values: model-typed values (dates, ints) or a form's text
    (``"2026-03-05"``, ``"12"``); missing fields count as empty.
    """
    rules = RULES.get(kind_key)
    if rules is None:
        raise ValueError(f"no validation rules for kind {kind_key!r}")
    today = today or local_today()
    report = Report()
    record = _Values(kind_key, values, today, report)

    for name in rules.required:
        if record.is_blank(name):
            report.error(name, f"{name}.required", _required_message(record, name, rules))

    for name, enum_cls in rules.codes.items():
        code = record.text(name)
        if code and enum_cls.from_code(code) is None:
            report.error(
                name,
                f"{name}.unknown_code",
                tr("{label}“{code}”不是可选的项目，请从列表中选择", label=record.label(name), code=code),
            )
    for name, enum_cls in rules.multi_codes.items():
        unknown = [code for code in split_codes(record.text(name)) if enum_cls.from_code(code) is None]
        if unknown:
            report.error(
                name,
                f"{name}.unknown_code",
                tr(
                    "{label}里的“{codes}”不是可选的项目，请从列表中选择",
                    label=record.label(name),
                    codes="、".join(unknown),
                ),
            )

    for name in rules.dates:
        record.date(name)  # reports values that are not dates

    birth = _check_id_number(record, rules, report) if rules.id_number else record.date("birth_date")
    entered_birth = record.date("birth_date")
    if entered_birth is not None:
        if entered_birth > today:
            report.error("birth_date", "birth_date.future", tr("出生日期晚于今天，请核对"))
        elif entered_birth.year < 1900:
            report.error("birth_date", "birth_date.implausible", tr("出生日期早于 1900 年，请核对"))

    for name in rules.phones:
        problem = check_phone(record.text(name), record.label(name))
        if problem is not None:
            report.add(name, problem[0], problem[1], problem[2])

    for start_name, end_name in rules.spans:
        start, end = record.date(start_name), record.date(end_name)
        if start is not None and end is not None and end < start:
            report.error(
                end_name,
                f"{end_name}.before_start",
                tr(
                    "{end_label}（{end}）早于{start_label}（{start}），请核对",
                    end_label=record.label(end_name),
                    end=_zh_date(end),
                    start_label=record.label(start_name),
                    start=_zh_date(start),
                ),
            )

    if birth is not None:
        for name in rules.after_birth:
            day = record.date(name)
            if day is not None and day < birth:
                report.error(
                    name,
                    f"{name}.before_birth",
                    tr(
                        "{label}（{date}）早于出生日期（{birth}），请核对",
                        label=record.label(name),
                        date=_zh_date(day),
                        birth=_zh_date(birth),
                    ),
                )
        joined = record.date("joined_on") if kind_key == "party_members" else None
        if joined is not None and birth <= joined < _add_years(birth, ADULT_AGE):
            report.warning(
                "joined_on",
                "joined_on.underage",
                tr("入党日期（{date}）时还不满 18 周岁，请核对", date=_zh_date(joined)),
            )

    for name in rules.past_dates:
        day = record.date(name)
        if day is not None and day > today:
            report.warning(
                name,
                f"{name}.future",
                tr("{label}（{date}）晚于今天，请核对", label=record.label(name), date=_zh_date(day)),
            )

    for name in rules.money:
        fen = record.int(name)
        if fen is not None and fen < 0:
            report.error(
                name,
                f"{name}.negative",
                tr("{label}不能为负数（现在是 {amount}），请核对", label=record.label(name), amount=_money(fen)),
            )
    for name in rules.positive_money:
        fen = record.int(name)
        if fen is not None and fen <= 0:
            message = tr("{label}应大于 0 元（现在是 {amount}），请核对", label=record.label(name), amount=_money(fen))
            report.error(name, f"{name}.not_positive", message)
    for name in rules.positive_numbers:
        number = record.number(name)
        if number is not None and number <= 0:
            report.error(
                name,
                f"{name}.not_positive",
                tr("{label}应大于 0（现在是 {number}），请核对", label=record.label(name), number=number),
            )
    for name in rules.counts:
        count = record.int(name)
        if count is not None and count < 0:
            report.error(
                name,
                f"{name}.negative",
                tr("{label}不能为负数（现在是 {count}），请核对", label=record.label(name), count=count),
            )

    for rule in rules.extra:
        rule(record, report)
    return report


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# ---------------------------------------------------------------------------------------
# Titles: how a record is named in a report


def record_title(kind_key: str, values: Mapping[str, Any]) -> str:
    """A short name for a record in lists and reports."""
    if kind_key == "funding":
        parts = [str(values.get("received_on") or "")]
        parts.append(enums.FundingSource.label_of(values.get("source")))
        amount = values.get("amount_fen")
        if isinstance(amount, int):
            parts.append(_yuan(amount))
        note = str(values.get("note") or "").strip()
        title = " ".join(part for part in parts if part)
        return f"{title}（{note}）" if note else title
    if kind_key == "visits":
        content = str(values.get("content") or "").strip()
        return f"{values.get('visited_on') or ''} {content[:20]}".strip()
    if kind_key == "standards":
        return str(values.get("title") or values.get("key") or "")
    if kind_key in EXTRA_KINDS:
        return str(values.get(EXTRA_KINDS[kind_key][2]) or "")
    kind = kinds.kind(kind_key)
    value = values.get(kind.title_field)
    rules = RULES.get(kind_key)
    if rules is not None and kind.title_field in rules.codes:
        return rules.codes[kind.title_field].label_of(None if value is None else str(value))
    return "" if value is None else str(value)


# ---------------------------------------------------------------------------------------
# Rules across records (shared by validate_record and check_office)


def duplicate_issue(kind_key: str, field_name: str, other_id: str, other_title: str) -> Issue:
    """A likely duplicate: another live record of the same kind with the same ID number."""
    return Issue(
        field_name,
        Severity.WARNING,
        f"{field_name}.duplicate",
        tr(
            "{field}与{kind}“{title}”相同，可能重复录入了，请核对",
            field=Label(field_label(field_name, kind_key)),
            kind=Label(kind_label(kind_key)),
            title=other_title,
        ),
        make_params({"other_id": other_id, "other_title": other_title}),
    )


def post_issue(post: str, member_found: bool, category: str | None, member_name: str) -> Issue | None:
    """Whether a claimed post fits its member's category (None when it does)."""
    if not member_found:
        return Issue(
            "member_id",
            Severity.ERROR,
            "member_id.missing",
            tr("认领岗位的党员不存在或已删除，请重新选择党员"),
        )
    member_category = enums.MemberCategory.from_code(category)
    if member_category is None or enums.MemberPost.from_code(post) is None:
        return None  # unknown codes are reported on their own records
    params = make_params({"member_name": member_name, "category": member_category.value})
    if member_category is enums.MemberCategory.MOBILE:
        return Issue(
            "post",
            Severity.WARNING,
            "post.mobile_member",
            tr("“{name}”是流动党员，一般不在社区认领岗位，请核对", name=member_name),
            params,
        )
    allowed = enums.POSTS_BY_CATEGORY.get(member_category, frozenset())
    if post in allowed:
        return None
    return Issue(
        "post",
        Severity.ERROR,
        "post.category_mismatch",
        tr(
            "“{name}”是{category}，可认领的岗位是{allowed}，“{post}”不在其中，请重新选择",
            name=member_name,
            category=Label(member_category.label),
            allowed=_label_list(enums.MemberPost, set(allowed)),
            post=_enum_label(enums.MemberPost, post),
        ),
        params,
    )


def visit_issue(visited_on: date, pairing_found: bool, start: date | None, end: date | None) -> Issue | None:
    """Whether a visit falls within its pairing's dates (None when it does)."""
    if not pairing_found:
        message = tr("这条帮扶记录所属的结对帮扶不存在或已删除，请核对")
        return Issue("pairing_id", Severity.ERROR, "pairing_id.missing", message)
    if (start is not None and visited_on < start) or (end is not None and visited_on > end):
        span = tr(
            "{start}至{end}",
            start=_zh_date(start) if start else "…",
            end=_zh_date(end) if end else tr("今"),
        )
        return Issue(
            "visited_on",
            Severity.ERROR,
            "visited_on.outside_pairing",
            tr("帮扶日期（{date}）不在结对期间（{span}）内，请核对", date=_zh_date(visited_on), span=span),
            make_params({"start": start.isoformat() if start else None, "end": end.isoformat() if end else None}),
        )
    return None


def pairing_visits_issue(name: str, count: int, first: date, last: date) -> Issue:
    """A pairing whose dates leave ``count`` of its visits outside (``name``: the date to blame)."""
    example = first if name == "end_date" else last
    field = Label(field_label(name, "pairings"))
    if name == "start_date":
        message = tr(
            "有 {count} 条帮扶记录早于{field}（如 {date}），请先核对帮扶记录或调整日期",
            count=count,
            field=field,
            date=_zh_date(example),
        )
    else:
        message = tr(
            "有 {count} 条帮扶记录晚于{field}（如 {date}），请先核对帮扶记录或调整日期",
            count=count,
            field=field,
            date=_zh_date(example),
        )
    return Issue(
        name,
        Severity.ERROR,
        f"{name}.visits_outside",
        message,
        make_params({"count": count, "first": first.isoformat(), "last": last.isoformat()}),
    )


def _table(model: type[SyncedRecord]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def validate_record(session: Session, record: SyncedRecord, *, today: date | None = None) -> Report:
    """All issues of one record: its field rules and the rules that look at other records.

    Every query uses an index (ID number, member, pairing or primary key); a pending change
    of ``record`` is not flushed by these queries.
    """
    kind_key = kind_key_of(record)
    values = {column.key: getattr(record, column.key) for column in _table(type(record)).columns}
    title = record_title(kind_key, values)
    report = validate_values(kind_key, values, today=today)

    with session.no_autoflush:
        connection = session.connection()
        if kind_key in RULES and RULES[kind_key].id_number:
            _duplicates_of(connection, kind_key, record, report)
        if isinstance(record, models.MemberPostClaim) and record.member_id and record.post:
            members = _table(models.PartyMember)
            row = connection.execute(
                select(members.c.category, members.c.name).where(
                    members.c.id == record.member_id, members.c.deleted_at.is_(None)
                )
            ).first()
            issue = post_issue(record.post, row is not None, row[0] if row else None, row[1] if row else "")
            if issue is not None:
                report.add(issue)
        if isinstance(record, models.Visit) and record.pairing_id and isinstance(record.visited_on, date):
            pairings = _table(models.Pairing)
            row = connection.execute(
                select(pairings.c.start_date, pairings.c.end_date).where(
                    pairings.c.id == record.pairing_id, pairings.c.deleted_at.is_(None)
                )
            ).first()
            issue = visit_issue(record.visited_on, row is not None, row[0] if row else None, row[1] if row else None)
            if issue is not None:
                report.add(issue)
        if isinstance(record, models.Pairing):
            _visits_outside(connection, record, report)
    return report.for_record_of(kind_key, record.id, title)


def _duplicates_of(connection: Connection, kind_key: str, record: SyncedRecord, report: Report) -> None:
    kind = kinds.kind(kind_key)
    assert kind.person_id_field is not None
    raw = str(getattr(record, kind.person_id_field) or "")
    number = normalize_id_number(raw)
    if not number:
        return
    table = _table(kind.model)
    spellings = {number, raw, number.replace("X", "x")}
    conditions = [
        table.c[kind.person_id_field].in_(sorted(spellings)),
        table.c.deleted_at.is_(None),
        table.c.id != record.id,
    ]
    if record.office_code:
        conditions.append(table.c.office_code == record.office_code)
    rows = connection.execute(
        select(table.c.id, table.c[kind.title_field]).where(*conditions).order_by(table.c.id).limit(5)
    ).all()
    for other_id, other_title in rows:
        report.add(duplicate_issue(kind_key, kind.person_id_field, other_id, str(other_title or "")))


def _visits_outside(connection: Connection, pairing: models.Pairing, report: Report) -> None:
    start = pairing.start_date if isinstance(pairing.start_date, date) else None
    end = pairing.end_date if isinstance(pairing.end_date, date) else None
    visits = _table(models.Visit)
    live = (visits.c.pairing_id == pairing.id, visits.c.deleted_at.is_(None))
    checks = []
    if start is not None:
        checks.append(("start_date", visits.c.visited_on < start))
    if end is not None:
        checks.append(("end_date", visits.c.visited_on > end))
    for name, condition in checks:
        count, first, last = connection.execute(
            select(func.count(), func.min(visits.c.visited_on), func.max(visits.c.visited_on)).where(*live, condition)
        ).one()
        if not count:
            continue
        report.add(pairing_visits_issue(name, count, first, last))
