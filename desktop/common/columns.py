"""What each ledger's list shows: its columns, how each value is written, the default order.

One :class:`KindColumns` per listed kind. Headers are marked for translation here and
translated when shown (context ``RecordTable``). Values are formatted for people: enum codes
by their Chinese label, money (integer fen) as 元 with two decimals, dates as YYYY-MM-DD,
booleans as 是/否, references by the referenced record's name. Enumeration labels are data
from ``db/`` and are translated through :func:`desktop.common.i18n.label`.

Each list also names the columns its filter bar offers (``filters``: enumerations, a year, a
link to another record) and the date column it filters by range (``date_filter``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db import enums as e
from db.enums import CodedEnum, split_codes
from db.listing import Reference, SortKey
from db.models import fen_to_yuan
from db.timeutil import format_local
from desktop.common.i18n import label

TR_CONTEXT = "RecordTable"


class Fmt(Enum):
    TEXT = "text"
    ENUM = "enum"  # one code of ``enum``
    CODES = "codes"  # comma-separated codes of ``enum``
    MONEY = "money"  # integer fen, shown as 元
    DATE = "date"
    BOOL = "bool"
    INT = "int"
    NUMBER = "number"  # a float (area, hours)
    REF = "ref"  # the id of a record of another kind (first found of ``refs``)


NUMERIC = frozenset({Fmt.MONEY, Fmt.INT, Fmt.NUMBER})


@dataclass(frozen=True)
class Column:
    field: str
    header: str  # untranslated; see :meth:`title`
    fmt: Fmt = Fmt.TEXT
    enum: type[CodedEnum] | None = None
    refs: tuple[Reference, ...] = ()
    width: int = 100  # initial width in pixels (the user may resize)

    def title(self) -> str:
        return QCoreApplication.translate(TR_CONTEXT, self.header)

    @property
    def numeric(self) -> bool:
        return self.fmt in NUMERIC

    @property
    def sort_key(self) -> SortKey:
        """How a click on the header orders the list; text columns with a pinyin key
        (:mod:`db.sortkey`) sort by pinyin in :func:`db.listing.page_ids` from their field alone."""
        if self.fmt is Fmt.REF:
            return SortKey(self.field, references=self.refs)
        if self.fmt is Fmt.ENUM and self.enum is not None:
            return SortKey(self.field, value_order=tuple(member.value for member in self.enum))
        return SortKey(self.field)

    def format(self, value: Any) -> str:
        """The value as people read it ("" for none); a reference's value is already its title."""
        if value is None:
            return ""
        fmt = self.fmt
        if fmt is Fmt.ENUM and self.enum is not None:
            return label(self.enum.label_of(str(value)))
        if fmt is Fmt.CODES and self.enum is not None:
            return list_separator().join(label(self.enum.label_of(code)) for code in split_codes(str(value)))
        if fmt is Fmt.MONEY:
            return f"{fen_to_yuan(int(value)):,.2f}"
        if fmt is Fmt.DATE:
            if isinstance(value, datetime):
                return format_local(value)
            if isinstance(value, date):
                return value.isoformat()
            return str(value)[:10]
        if fmt is Fmt.BOOL:
            return (
                QCoreApplication.translate(TR_CONTEXT, "是") if value else QCoreApplication.translate(TR_CONTEXT, "否")
            )
        if fmt is Fmt.NUMBER:
            return _plain_number(float(value))
        return str(value)


def list_separator() -> str:
    """What separates the items of a list in running text: 、 in Chinese, a comma in English."""
    return QCoreApplication.translate(TR_CONTEXT, "、")


def _plain_number(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text or "0"


@dataclass(frozen=True)
class KindColumns:
    """The list of one kind: its columns, its default order and what its filter bar offers.

    ``filters`` names columns (by ``field``) filtered by one value each: an enumeration (its
    members), a year (the values found) or a link to one other kind (its records by name).
    ``date_filter`` names the date column filtered by a range.
    """

    kind_key: str
    columns: tuple[Column, ...]
    sort_column: int = 0
    sort_descending: bool = False
    filters: tuple[str, ...] = ()
    date_filter: str | None = None

    @property
    def shown_kinds(self) -> frozenset[str]:
        """The kinds whose records the list shows: its own, and those its reference columns name."""
        return frozenset({self.kind_key, *(key for column in self.columns for ref in column.refs for key in ref.kinds)})

    def column(self, field: str) -> Column:
        """The column showing ``field``; KeyError when there is none."""
        for column in self.columns:
            if column.field == field:
                return column
        raise KeyError(f"{self.kind_key} has no column {field!r}")

    @property
    def fields(self) -> list[str]:
        """The stored columns to read (a reference column reads all its id fields)."""
        names: list[str] = []
        for column in self.columns:
            wanted = [ref.field for ref in column.refs] if column.fmt is Fmt.REF else [column.field]
            names.extend(name for name in wanted if name not in names)
        return names


def _t(text: str) -> str:
    """Marks a header for translation; it is translated when shown."""
    return str(QT_TRANSLATE_NOOP(TR_CONTEXT, text))


def _name(width: int = 90) -> Column:
    return Column("name", _t("姓名"), width=width)


def _gender() -> Column:
    return Column("gender", _t("性别"), Fmt.ENUM, e.Gender, width=50)


def _id_number() -> Column:
    return Column("id_number", _t("身份证号"), width=170)


def _phone() -> Column:
    return Column("phone", _t("联系电话"), width=120)


def _note() -> Column:
    return Column("note", _t("备注"), width=200)


def _ref(field: str, header: str, kind_key: str, width: int = 140) -> Column:
    return Column(field, header, Fmt.REF, refs=(Reference(field, kind_key),), width=width)


LISTS: dict[str, KindColumns] = {
    spec.kind_key: spec
    for spec in (
        KindColumns(
            "staff",
            (
                _name(),
                _gender(),
                _id_number(),
                Column("ethnicity", _t("民族"), Fmt.ENUM, e.Ethnicity, width=70),
                Column("education", _t("学历"), Fmt.ENUM, e.Education, width=80),
                Column("political_status", _t("政治面貌"), Fmt.ENUM, e.PoliticalStatus, width=90),
                Column("position", _t("职务"), Fmt.ENUM, e.StaffPosition, width=110),
                Column("worker_type", _t("人员类别"), Fmt.ENUM, e.WorkerType, width=100),
                Column("secretary_director_one", _t("一肩挑"), Fmt.BOOL, width=60),
                Column("selection_method", _t("选任方式"), Fmt.ENUM, e.SelectionMethod, width=100),
                Column("start_date", _t("任职日期"), Fmt.DATE, width=95),
                Column("end_date", _t("离任日期"), Fmt.DATE, width=95),
                Column("pay_fen", _t("报酬(元)"), Fmt.MONEY, width=90),
                Column("pay_period", _t("报酬周期"), Fmt.ENUM, e.PayPeriod, width=80),
                Column("pension_insurance", _t("养老保险"), Fmt.BOOL, width=70),
                Column("medical_insurance", _t("医疗保险"), Fmt.BOOL, width=70),
                _phone(),
                _note(),
            ),
            filters=("position", "worker_type", "gender"),
            date_filter="start_date",
        ),
        KindColumns(
            "party_orgs",
            (
                Column("name", _t("名称"), width=220),
                Column("org_type", _t("类型"), Fmt.ENUM, e.PartyOrgType, width=80),
                Column("branch_kind", _t("功能型类别"), Fmt.ENUM, e.BranchKind, width=90),
                _ref("parent_id", _t("上级党组织"), "party_orgs", width=200),
                Column("secretary", _t("书记"), width=90),
                Column("founded_on", _t("成立日期"), Fmt.DATE, width=95),
                _note(),
            ),
            filters=("org_type",),
            date_filter="founded_on",
        ),
        KindColumns(
            "party_members",
            (
                _name(),
                _gender(),
                _id_number(),
                Column("birth_date", _t("出生日期"), Fmt.DATE, width=95),
                Column("ethnicity", _t("民族"), Fmt.ENUM, e.Ethnicity, width=70),
                Column("education", _t("学历"), Fmt.ENUM, e.Education, width=80),
                Column("joined_on", _t("入党日期"), Fmt.DATE, width=95),
                Column("membership", _t("党员身份"), Fmt.ENUM, e.MembershipStatus, width=80),
                Column("category", _t("党员类别"), Fmt.ENUM, e.MemberCategory, width=90),
                Column("work_unit", _t("工作单位"), width=160),
                _ref("org_id", _t("所在党组织"), "party_orgs", width=180),
                Column("registered_on", _t("报到日期"), Fmt.DATE, width=95),
                _phone(),
                Column("address", _t("住址"), width=200),
                _note(),
            ),
            filters=("category", "membership", "org_id"),
            date_filter="joined_on",
        ),
        KindColumns(
            "funding",
            (
                Column("received_on", _t("到账日期"), Fmt.DATE, width=95),
                Column("fiscal_year", _t("年度"), Fmt.INT, width=60),
                Column("source", _t("来源"), Fmt.ENUM, e.FundingSource, width=90),
                Column("amount_fen", _t("金额(元)"), Fmt.MONEY, width=110),
                Column("purpose", _t("用途"), Fmt.ENUM, e.FundingPurpose, width=90),
                _note(),
            ),
            sort_column=0,
            sort_descending=True,
            filters=("source", "purpose", "fiscal_year"),
            date_filter="received_on",
        ),
        KindColumns(
            "facilities",
            (
                Column("name", _t("名称"), width=180),
                Column("facility_type", _t("类型"), Fmt.ENUM, e.FacilityType, width=110),
                Column("area_m2", _t("面积(平方米)"), Fmt.NUMBER, width=95),
                Column("area_class", _t("面积归类"), Fmt.ENUM, e.AreaClass, width=110),
                Column("acquisition", _t("取得方式"), Fmt.ENUM, e.AcquisitionMethod, width=100),
                Column("fund_higher_fen", _t("上级争取(元)"), Fmt.MONEY, width=100),
                Column("fund_local_fen", _t("地方财政(元)"), Fmt.MONEY, width=100),
                Column("fund_paired_fen", _t("结对帮扶(元)"), Fmt.MONEY, width=100),
                Column("fund_street_fen", _t("街道自筹(元)"), Fmt.MONEY, width=100),
                Column("in_use_since", _t("启用日期"), Fmt.DATE, width=95),
                Column("opening_hours", _t("开放时间"), width=130),
                Column("computers", _t("电脑(台)"), Fmt.INT, width=70),
                Column("has_network", _t("网络"), Fmt.BOOL, width=50),
                Column("has_display", _t("显示屏"), Fmt.BOOL, width=60),
                Column("status", _t("状态"), Fmt.ENUM, e.FacilityStatus, width=70),
                _note(),
            ),
            filters=("facility_type", "status"),
        ),
        KindColumns(
            "activities",
            (
                Column("held_on", _t("日期"), Fmt.DATE, width=95),
                Column("title", _t("活动名称"), width=220),
                Column("activity_kind", _t("活动类型"), Fmt.ENUM, e.ActivityKind, width=90),
                Column("topic", _t("主题"), Fmt.ENUM, e.ActivityTopic, width=80),
                Column("service_form", _t("服务形式"), Fmt.ENUM, e.ServiceForm, width=90),
                _ref("venue_id", _t("地点"), "facilities", width=150),
                Column("participants", _t("参加人数"), Fmt.INT, width=75),
                Column("member_participants", _t("党员人数"), Fmt.INT, width=75),
                Column("outcome", _t("成效"), width=160),
                Column("description", _t("内容"), width=220),
            ),
            sort_column=0,
            sort_descending=True,
            filters=("activity_kind", "topic"),
            date_filter="held_on",
        ),
        KindColumns(
            "pairings",
            (
                _ref("resident_id", _t("帮扶对象"), "residents", width=100),
                Column("helper_kind", _t("帮扶方类别"), Fmt.ENUM, e.HelperKind, width=90),
                Column(
                    "helper",
                    _t("帮扶方"),
                    Fmt.REF,
                    refs=(
                        Reference("volunteer_id", "volunteers"),
                        Reference("member_id", "party_members"),
                        Reference("unit_id", "partner_units"),
                    ),
                    width=160,
                ),
                Column("help_kind", _t("帮扶类型"), Fmt.ENUM, e.HelpKind, width=90),
                Column("start_date", _t("开始日期"), Fmt.DATE, width=95),
                Column("end_date", _t("结束日期"), Fmt.DATE, width=95),
                Column("status", _t("状态"), Fmt.ENUM, e.PairingStatus, width=70),
                _note(),
            ),
            sort_column=4,
            sort_descending=True,
            filters=("help_kind", "status", "helper_kind"),
            date_filter="start_date",
        ),
        KindColumns(  # a pairing's visits, all of them: also kept in each pairing's 帮扶记录 tab
            "visits",
            (
                Column("visited_on", _t("帮扶日期"), Fmt.DATE, width=95),
                Column(
                    "pairing_id",
                    _t("帮扶对象"),
                    Fmt.REF,
                    refs=(Reference("pairing_id", "pairings", then=Reference("resident_id", "residents")),),
                    width=100,
                ),
                Column("content", _t("帮扶内容"), width=280),
                Column("hours", _t("时长（小时）"), Fmt.NUMBER, width=90),
                Column("result", _t("帮扶效果"), width=200),
            ),
            sort_column=0,
            sort_descending=True,
            date_filter="visited_on",
        ),
        KindColumns(
            "residents",
            (
                _name(),
                _gender(),
                _id_number(),
                Column("birth_date", _t("出生日期"), Fmt.DATE, width=95),
                Column("category", _t("类别"), Fmt.ENUM, e.ResidentCategory, width=110),
                Column("address", _t("住址"), width=200),
                _phone(),
                Column("needs", _t("帮扶需求"), Fmt.CODES, e.ResidentNeed, width=150),
                Column("status", _t("状态"), Fmt.ENUM, e.ResidentStatus, width=90),
                _note(),
            ),
            filters=("category", "status"),
        ),
        KindColumns(
            "volunteers",
            (
                _name(),
                _gender(),
                _id_number(),
                _phone(),
                Column("team", _t("志愿服务队"), width=150),
                _ref("member_id", _t("党员"), "party_members", width=80),
                Column("skills", _t("特长"), width=150),
                Column("joined_on", _t("加入日期"), Fmt.DATE, width=95),
                _note(),
            ),
            filters=("gender",),
            date_filter="joined_on",
        ),
        KindColumns(
            "partner_units",
            (
                Column("name", _t("单位名称"), width=220),
                Column("unit_kind", _t("单位类型"), Fmt.ENUM, e.PartnerKind, width=80),
                Column("has_party_org", _t("有党组织"), Fmt.BOOL, width=70),
                Column("contact_person", _t("联系人"), width=80),
                _phone(),
                Column("agreement_date", _t("共建协议日期"), Fmt.DATE, width=105),
                Column("support_kinds", _t("支持方式"), Fmt.CODES, e.SupportKind, width=150),
                Column("opened_facilities", _t("开放设施"), Fmt.CODES, e.OpenedFacility, width=150),
                _note(),
            ),
            filters=("unit_kind",),
            date_filter="agreement_date",
        ),
        KindColumns(
            "awards",
            (
                Column("year", _t("年度"), Fmt.INT, width=60),
                Column("title", _t("称号"), width=200),
                Column("award_kind", _t("类别"), Fmt.ENUM, e.AwardKind, width=100),
                Column("awardee", _t("获得者"), width=160),
                Column("level", _t("级别"), Fmt.ENUM, e.AwardLevel, width=90),
                _note(),
            ),
            sort_column=0,
            sort_descending=True,
            filters=("award_kind", "level", "year"),
        ),
    )
}


_SEARCH_LABELS = {"id_number": _t("身份证号"), "phone": _t("电话"), "note": _t("备注")}


def search_hint(kind_key: str) -> str:
    """The search box's placeholder: what the kind's search matches ("搜索姓名、身份证号、电话、备注…")."""
    from db.kinds import kind

    record_kind = kind(kind_key)
    headers = {column.field: column.header for column in LISTS[kind_key].columns}
    if record_kind.person_id_field:
        headers["name"] = _t("姓名")
    names = [_SEARCH_LABELS.get(name) or headers.get(name, name) for name in record_kind.search_fields]
    words = list_separator().join(QCoreApplication.translate(TR_CONTEXT, name) for name in names)
    return QCoreApplication.translate(TR_CONTEXT, "搜索{0}…").format(words)


def columns_for(kind_key: str) -> KindColumns:
    """The list spec of ``kind_key``; KeyError for a kind without a list."""
    return LISTS[kind_key]
