"""What a ledger looks like as a sheet: its columns, their Chinese headers and the words offices use.

One :class:`SheetKind` per listed kind (:data:`db.forms.LISTED_KINDS`), its columns in the order of
the kind's editor form (:mod:`db.forms`), each headed by the field's Chinese label
(:func:`db.validation.field_label`, with the unit for money and areas). These are the columns an
export writes and a template offers, and what an import maps a workbook's own headers to.

The words are data: :data:`SYNONYMS` lists the headers offices write for each field (by kind
where the word means something specific), :data:`ENUM_ALIASES` the short or older ways of
writing an enumeration's label (``大专`` for 大学专科, ``低保`` for 低保户). Headers are compared
after :func:`normalize_header` (full-width characters as half-width, no spaces, quotes,
required-marks or colons), so ``身份证号码 *``, ``身份证 号码`` and ``身份证号码：`` are one header.

Import covers the ledgers people keep in a sheet of their own. Pairings (a resident and a helper
chosen from other ledgers), and the records that belong to another one (a member's posts, a
pairing's visits, a partner unit's contributions, an activity's partner units) are exported with
their lists where they have one, but not imported: they have no sensible one-row-per-record form
that an office keeps in Excel.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from db import enums as e
from db import forms, kinds
from db.enums import CodedEnum
from db.forms import Input
from db.validation import field_label

# The kinds a sheet can be imported into, in the order a guess prefers them on a tie.
IMPORTABLE_KINDS: tuple[str, ...] = (
    "party_members",
    "staff",
    "residents",
    "volunteers",
    "party_orgs",
    "funding",
    "facilities",
    "partner_units",
    "activities",
    "awards",
)

# The kinds a list can be exported from (every list of the app) and a template made for.
EXPORTABLE_KINDS: tuple[str, ...] = forms.LISTED_KINDS


@dataclass(frozen=True)
class SheetField:
    """One column of a ledger's sheet."""

    name: str  # the model field
    input: Input  # how the value is read and written (see db.forms.Input)
    header: str  # the header an export or template writes, e.g. "报酬（元）"
    label: str  # the field's label, as validation messages name it
    required: bool = False
    enum: type[CodedEnum] | None = None
    ref_kind: str | None = None  # for Input.RECORD: the kind whose record's name is written

    @property
    def is_money(self) -> bool:
        return self.input is Input.MONEY


@dataclass(frozen=True)
class SheetKind:
    """A ledger as a sheet: its columns in order."""

    key: str
    label: str  # the ledger's Chinese name, also the exported sheet's name
    fields: tuple[SheetField, ...]
    importable: bool

    def field(self, name: str) -> SheetField:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(f"{self.key} has no sheet column {name!r}")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


_UNITS: dict[Input, str] = {Input.MONEY: "（元）"}
_FIELD_UNITS: dict[str, str] = {"area_m2": "（平方米）", "computers": "（台）"}


def _header(kind_key: str, form_field: forms.FormField) -> str:
    label = field_label(form_field.name, kind_key)
    unit = _FIELD_UNITS.get(form_field.name) or _UNITS.get(form_field.input, "")
    return label + unit


@cache
def sheet_kind(kind_key: str) -> SheetKind:
    """The sheet of ``kind_key`` (a listed kind); KeyError for a kind without a list."""
    if kind_key not in EXPORTABLE_KINDS:
        raise KeyError(kind_key)
    spec = forms.form_for(kind_key)
    required = spec.required
    fields = tuple(
        SheetField(
            name=f.name,
            input=f.input,
            header=_header(kind_key, f),
            label=field_label(f.name, kind_key),
            required=f.name in required,
            enum=f.enum,
            ref_kind=f.ref_kind,
        )
        for f in spec.fields
    )
    return SheetKind(kind_key, kinds.kind(kind_key).label, fields, kind_key in IMPORTABLE_KINDS)


# ---------------------------------------------------------------------------------------
# Header words

_DROPPED = re.compile(r"[\s*★☆※“”\"'‘’「」『』:：·•]+")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕")


def normalize_header(text: object) -> str:
    """A header as compared: NFKC (full-width as half-width), lower case, without spaces,
    quotes, ``*``/``★`` marks, colons and dots at the end (``"身份证号码 *"`` → ``"身份证号码"``)."""
    if text is None:
        return ""
    unified = unicodedata.normalize("NFKC", str(text)).lower()
    unified = _DROPPED.sub("", unified)
    return unified.strip(".。、,，;；")


def bare_header(normalized: str) -> str:
    """A normalized header without the parts in brackets (``"报酬(元)"`` → ``"报酬"``)."""
    bare = _BRACKETED.sub("", normalized)
    return bare if bare else normalized


# Headers of columns that are never imported but do mark a header row (a running number).
IGNORED_HEADERS: frozenset[str] = frozenset({"序号", "编号", "no", "no.", "序", "行号"})

_PERSON_COMMON: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "人员姓名"),
    "gender": ("性别",),
    "id_number": (
        "身份证号",
        "身份证号码",
        "公民身份号码",
        "公民身份证号",
        "公民身份证号码",
        "居民身份证号",
        "居民身份证号码",
        "身份证",
        "身份证件号码",
        "证件号码",
        "证件号",
    ),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日", "出生时间"),
    "ethnicity": ("民族",),
    "education": ("学历", "文化程度", "最高学历", "全日制学历"),
    "phone": ("联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "电话号码", "移动电话"),
    "address": ("住址", "家庭住址", "现住址", "居住地址", "地址", "详细地址", "家庭地址", "现居住地址"),
    "note": ("备注", "说明", "备注说明", "其他"),
}

# Header words by kind and field (besides the field's own label and export header).
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "staff": {
        **_PERSON_COMMON,
        "name": ("姓名", "名字", "人员姓名", "工作者姓名", "社区工作者姓名"),
        "political_status": ("政治面貌",),
        "position": ("职务", "现任职务", "岗位", "职位", "担任职务", "现任职务岗位"),
        "worker_type": ("人员类别", "人员类型", "工作者类别", "人员身份"),
        "secretary_director_one": ("书记主任一肩挑", "一肩挑", "是否一肩挑", "书记主任是否一肩挑"),
        "selection_method": ("选任方式", "产生方式", "选拔方式", "任职方式", "选聘方式"),
        "start_date": ("任职日期", "任职时间", "开始日期", "入职日期", "入职时间", "到岗时间", "任职起始时间"),
        "end_date": ("离任日期", "离任时间", "结束日期", "离职日期", "离职时间", "卸任时间"),
        "pay_fen": ("报酬", "报酬标准", "工资", "月工资", "薪酬", "待遇", "报酬金额", "工资待遇"),
        "pay_period": ("报酬计算方式", "报酬周期", "计酬方式", "报酬方式"),
        "pension_insurance": ("养老保险", "是否参加养老保险", "养老保险参保情况", "是否缴纳养老保险"),
        "medical_insurance": ("医疗保险", "是否参加医疗保险", "医疗保险参保情况", "是否缴纳医疗保险"),
    },
    "funding": {
        "received_on": ("到账日期", "日期", "到账时间", "拨付日期", "拨付时间", "收款日期", "时间"),
        "fiscal_year": ("预算年度", "年度", "年份"),
        "source": ("经费来源", "来源", "资金来源", "经费渠道"),
        "amount_fen": ("金额", "经费金额", "到账金额", "数额", "资金", "经费", "拨付金额"),
        "purpose": ("用途", "经费用途", "资金用途", "使用方向"),
        "note": ("备注", "说明", "摘要"),
    },
    "facilities": {
        "name": ("场所名称", "名称", "设施名称", "用房名称", "房间名称", "阵地名称"),
        "facility_type": ("场所类型", "类型", "用房类型", "设施类型", "场所类别"),
        "area_m2": ("面积", "建筑面积", "使用面积", "面积平方米", "面积m2"),
        "area_class": ("面积计入", "面积归类", "用房性质", "用房类别"),
        "acquisition": ("取得方式", "来源方式", "场所来源", "解决方式", "用房来源"),
        "fund_higher_fen": ("上级争取资金", "上级争取"),
        "fund_local_fen": ("地方财政投入资金", "地方财政投入", "地方财政"),
        "fund_paired_fen": ("结对部门帮扶资金", "结对部门帮扶", "结对帮扶资金"),
        "fund_street_fen": ("街道(镇)自筹资金", "街道自筹资金", "街道(镇)自筹", "街道自筹", "镇自筹"),
        "in_use_since": ("启用日期", "投入使用时间", "启用时间", "使用时间", "投入使用日期"),
        "opening_hours": ("开放时间",),
        "computers": ("电脑台数", "电脑", "电脑数量", "计算机台数", "电脑(台)"),
        "has_network": ("联网", "网络", "是否联网", "有无网络"),
        "has_display": ("显示屏", "是否有显示屏", "电子屏", "有无显示屏", "电子显示屏"),
        "status": ("状态", "使用状态"),
        "note": ("备注", "说明"),
    },
    "party_orgs": {
        "name": ("党组织名称", "组织名称", "名称", "支部名称", "党支部名称"),
        "org_type": ("组织类型", "党组织类型", "类型", "组织类别"),
        "branch_kind": ("支部类型", "功能型类别", "功能型支部类型", "支部类别"),
        "parent_id": ("上级党组织", "隶属党组织", "上级组织", "所属党组织"),
        "secretary": ("书记", "党组织书记", "支部书记"),
        "founded_on": ("成立日期", "成立时间", "建立时间", "组建时间"),
        "note": ("备注", "说明"),
    },
    "party_members": {
        **_PERSON_COMMON,
        "name": ("姓名", "名字", "党员姓名"),
        "joined_on": ("入党日期", "入党时间", "入党年月", "入党年月日"),
        "membership": ("党员状态", "党员身份", "正式预备", "正式或预备", "正式/预备党员", "党籍状态"),
        "category": ("党员类别", "类别", "党员类型", "党员分类"),
        "work_unit": ("工作单位", "单位", "工作单位及职务", "现工作单位", "所在单位"),
        "org_id": ("所在党组织", "所在支部", "党支部", "所在党支部", "所属支部", "所属党支部", "组织关系所在支部"),
        "registered_on": ("到社区报到日期", "报到日期", "报到时间", "到社区报到时间", "社区报到时间"),
    },
    "residents": {
        **_PERSON_COMMON,
        "name": ("姓名", "名字", "帮扶对象姓名", "对象姓名"),
        "category": ("帮扶对象类别", "类别", "对象类别", "困难类型", "人员类别", "困难类别", "救助类别"),
        "needs": ("帮扶需求", "需求", "主要需求", "帮扶需要"),
        "status": ("帮扶状态", "状态"),
    },
    "volunteers": {
        **_PERSON_COMMON,
        "name": ("姓名", "名字", "志愿者姓名"),
        "team": ("志愿服务队", "服务队", "所在服务队", "所属服务队", "队伍", "志愿队伍"),
        "member_id": ("关联党员", "党员", "是否党员"),
        "skills": ("特长", "专长", "技能", "个人特长"),
        "joined_on": ("加入日期", "加入时间", "注册日期", "注册时间", "入队时间"),
    },
    "pairings": {
        "resident_id": ("帮扶对象", "帮扶对象姓名"),
        "helper_kind": ("帮扶人类别", "帮扶方类别"),
        "volunteer_id": ("志愿者",),
        "member_id": ("党员",),
        "unit_id": ("共建单位",),
        "help_kind": ("帮扶类型", "帮扶内容"),
        "start_date": ("结对开始日期", "开始日期", "结对时间"),
        "end_date": ("结对结束日期", "结束日期"),
        "status": ("结对状态", "状态"),
        "note": ("备注",),
    },
    "partner_units": {
        "name": ("单位名称", "共建单位", "共建单位名称", "驻区单位", "驻区单位名称", "单位", "名称"),
        "unit_kind": ("单位类型", "单位性质", "类型", "单位类别"),
        "has_party_org": ("有无党组织", "是否建立党组织", "有党组织", "是否有党组织"),
        "contact_person": ("联系人", "负责人"),
        "phone": ("联系电话", "电话", "联系方式", "手机"),
        "agreement_date": ("共建协议日期", "签约日期", "协议签订日期", "共建时间", "签订时间"),
        "support_kinds": ("支持内容", "支持方式", "共建内容", "帮扶内容"),
        "opened_facilities": ("向居民开放的设施", "开放设施", "向居民开放设施"),
        "note": ("备注", "说明"),
    },
    "activities": {
        "held_on": ("活动日期", "日期", "活动时间", "时间", "开展时间", "开展日期"),
        "title": ("活动名称", "名称", "标题", "活动项目", "活动标题"),
        "activity_kind": ("活动类型", "活动形式", "类型", "活动类别"),
        "topic": ("活动主题", "主题"),
        "service_form": ("服务形式", "服务方式"),
        "venue_id": ("活动场所", "活动地点", "地点", "场所"),
        "participants": ("参加人数", "参与人数", "人数", "参加人次"),
        "member_participants": ("参加党员人数", "党员人数", "参与党员人数", "参加党员"),
        "outcome": ("活动成效", "成效", "效果", "活动效果"),
        "description": ("活动内容", "内容", "活动简介", "简要内容", "主要内容"),
    },
    "awards": {
        "title": ("荣誉名称", "称号", "荣誉称号", "名称", "奖项名称", "奖项"),
        "award_kind": ("评比类型", "类别", "类型", "评比类别"),
        "year": ("年度", "年份", "获奖年度", "获得年度", "评选年度"),
        "awardee": ("获奖者", "获得者", "获奖单位", "获奖人", "获奖单位或个人", "获奖对象"),
        "level": ("级别", "荣誉级别", "获奖级别", "表彰级别"),
        "note": ("备注", "说明"),
    },
}

# Words in a sheet's name or title rows that point at a kind (a guess's tie-breaker).
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "staff": ("社区工作者", "工作人员", "社工", "两委"),
    "party_members": ("党员",),
    "residents": ("帮扶对象", "困难群众", "弱势群体", "低保", "特困", "救助"),
    "volunteers": ("志愿者",),
    "party_orgs": ("党组织", "党支部"),
    "funding": ("经费", "资金"),
    "facilities": ("场所", "设施", "阵地", "用房"),
    "partner_units": ("共建单位", "驻区单位", "共建"),
    "activities": ("活动",),
    "awards": ("评比", "荣誉", "获奖", "表彰"),
    "pairings": ("结对",),
}


@cache
def header_index(kind_key: str) -> Mapping[str, str]:
    """Normalized header → field of ``kind_key``: the fields' labels and export headers, then
    the synonyms (the first field to claim a word keeps it)."""
    sheet = sheet_kind(kind_key)
    index: dict[str, str] = {}

    def claim(word: str, name: str) -> None:
        normalized = normalize_header(word)
        for key in (normalized, bare_header(normalized)):
            if key and key not in index:
                index[key] = name

    for f in sheet.fields:
        claim(f.header, f.name)
        claim(f.label, f.name)
    words = SYNONYMS.get(kind_key, {})
    for f in sheet.fields:
        for word in words.get(f.name, ()):
            claim(word, f.name)
    return index


@cache
def distinctive_headers() -> Mapping[str, frozenset[str]]:
    """Normalized header → the importable kinds that know it (one kind: a telling header)."""
    found: dict[str, set[str]] = {}
    for kind_key in IMPORTABLE_KINDS:
        for word in header_index(kind_key):
            found.setdefault(word, set()).add(kind_key)
    return {word: frozenset(kinds_) for word, kinds_ in found.items()}


def field_for_header(kind_key: str, header: object) -> str | None:
    """The field of ``kind_key`` a header names, or None (see :func:`normalize_header`)."""
    normalized = normalize_header(header)
    if not normalized:
        return None
    index = header_index(kind_key)
    found = index.get(normalized)
    if found is None:
        found = index.get(bare_header(normalized))
    return found


def is_known_header(header: object, kind_key: str | None = None) -> bool:
    """Whether a header names a field (of ``kind_key``, or of any importable kind) or a running number."""
    normalized = normalize_header(header)
    if not normalized:
        return False
    if normalized in IGNORED_HEADERS:
        return True
    if kind_key is not None:
        return field_for_header(kind_key, normalized) is not None
    known = distinctive_headers()
    return normalized in known or bare_header(normalized) in known


# ---------------------------------------------------------------------------------------
# Enumeration labels as offices write them

ENUM_ALIASES: dict[type[CodedEnum], dict[str, str]] = {
    e.Gender: {"男性": "male", "女性": "female", "m": "male", "f": "female"},
    e.Ethnicity: {"汉": "han", "蒙古": "mongol", "蒙": "mongol", "蒙族": "mongol", "回": "hui", "满": "manchu"},
    e.Education: {
        "研究生": "postgraduate",
        "硕士": "postgraduate",
        "博士": "postgraduate",
        "硕士研究生": "postgraduate",
        "博士研究生": "postgraduate",
        "本科": "bachelor",
        "大学": "bachelor",
        "大本": "bachelor",
        "专科": "college",
        "大专": "college",
        "高职": "college",
        "中技": "technical",
        "技校": "technical",
        "职高": "technical",
        "中职": "technical",
        "高中": "high_school",
        "初中": "middle_school",
        "小学": "primary",
        "文盲": "primary",
        "半文盲": "primary",
    },
    e.PoliticalStatus: {
        "党员": "party_member",
        "共产党员": "party_member",
        "预备党员": "probationary",
        "团员": "league_member",
        "共青团员": "league_member",
        "中共团员": "league_member",
        "民革": "other_party",
        "民盟": "other_party",
        "民建": "other_party",
        "民进": "other_party",
        "农工党": "other_party",
        "致公党": "other_party",
        "九三学社": "other_party",
        "台盟": "other_party",
        "无党派": "masses",
        "无党派人士": "masses",
    },
    e.StaffPosition: {
        "书记": "secretary",
        "党委书记": "secretary",
        "党总支书记": "secretary",
        "党支部书记": "secretary",
        "支部书记": "secretary",
        "主任": "director",
        "社区主任": "director",
        "副书记": "deputy_secretary",
        "副主任": "deputy_director",
        "两委委员": "committee_member",
        "社区工作者": "full_time",
        "专职工作者": "full_time",
        "专职": "full_time",
        "社工": "full_time",
        "大学生居官": "college_graduate",
        "网格长": "grid_worker",
    },
    e.SelectionMethod: {
        "选派大学生居官": "college_graduate",
        "招聘": "open_recruitment",
        "选举": "democratic_election",
    },
    e.WorkerType: {"社区": "community", "街道": "street", "镇": "street", "街道工作者": "street"},
    e.PayPeriod: {"月": "month", "按月": "month", "每月": "month", "年": "year", "按年": "year", "每年": "year"},
    e.MembershipStatus: {"正式": "full", "预备": "probationary"},
    e.MemberCategory: {
        "在职": "employed",
        "无职": "without_post",
        "离退休": "retired",
        "退休": "retired",
        "离休": "retired",
        "退休党员": "retired",
        "流动": "mobile",
    },
    e.ResidentCategory: {
        "低保": "low_income",
        "低保对象": "low_income",
        "特困": "extreme_poverty",
        "特困供养": "extreme_poverty",
        "特困供养人员": "extreme_poverty",
        "五保户": "extreme_poverty",
        "残疾": "disabled",
        "空巢老人": "elderly_alone",
        "独居老人": "elderly_alone",
        "空巢": "elderly_alone",
        "独居": "elderly_alone",
        "下岗": "unemployed",
        "失业": "unemployed",
        "失业人员": "unemployed",
        "下岗职工": "unemployed",
        "重病": "seriously_ill",
        "大病": "seriously_ill",
        "重病人员": "seriously_ill",
    },
    e.ResidentStatus: {
        "在帮扶": "active",
        "正在帮扶": "active",
        "结束": "ended",
        "迁出": "moved_away",
        "去世": "deceased",
    },
    e.FundingSource: {"财政": "fiscal", "财政拨款": "fiscal", "党费": "party_dues", "上级拨付": "higher_level"},
    e.FundingPurpose: {"办公": "office", "办公费": "office", "活动": "activity", "活动费": "activity", "工资": "pay"},
    e.FacilityType: {
        "办公室": "office",
        "服务中心": "service_center",
        "卫生室": "clinic",
        "党员活动中心": "party_room",
    },
    e.AreaClass: {"办公": "office", "服务": "service", "服务用房": "service", "活动用房": "service"},
    e.FacilityStatus: {"正常使用": "in_use", "在用": "in_use", "建设中": "under_construction", "停止使用": "suspended"},
    e.PartnerKind: {"机关单位": "government", "事业单位": "government", "国企": "enterprise", "学校": "school"},
    e.HelperKind: {"单位": "partner_unit"},
    e.AwardLevel: {
        "国家": "national",
        "全国": "national",
        "自治区": "region",
        "区级": "region",
        "省级": "region",
        "市": "city",
        "旗县": "district",
        "旗县级": "district",
        "区县级": "district",
        "街道": "street",
        "街道级": "street",
        "镇级": "street",
    },
}

YES_WORDS: frozenset[str] = frozenset(
    {"是", "有", "√", "✓", "✔", "y", "yes", "true", "1", "已", "已参保", "参保", "已参加", "参加", "已联网", "对"}
)
NO_WORDS: frozenset[str] = frozenset(
    {"否", "无", "没有", "×", "✗", "✘", "n", "no", "false", "0", "未", "未参保", "未参加", "不是", "-", "/", "—"}
)
YES_TEXT, NO_TEXT = forms.YES, forms.NO


def kind_choices(importable_only: bool = False) -> list[str]:
    """``key（label）`` for each kind a command accepts (for messages)."""
    keys = IMPORTABLE_KINDS if importable_only else EXPORTABLE_KINDS
    return [f"{key}（{kinds.kind(key).label}）" for key in keys]


def resolve_kind(text: str, *, importable: bool = False) -> str:
    """A kind key from what people type: the key (``party_members``) or the ledger's name (``党员``).

    Raises :class:`~db.sheets.errors.UnknownKind`, or :class:`~db.sheets.errors.KindNotImportable`
    for a known kind that cannot be imported when ``importable``.
    """
    from db.sheets.errors import KindNotImportable, UnknownKind

    wanted = text.strip()
    found: str | None = None
    for record_kind in kinds.KINDS:
        if wanted in (record_kind.key, record_kind.label):
            found = record_kind.key
    if found is None:
        normalized = normalize_header(wanted)
        for record_kind in kinds.KINDS:
            if normalize_header(record_kind.label) == normalized:
                found = record_kind.key
    if found is None or (found not in EXPORTABLE_KINDS and not importable):
        raise UnknownKind(text, kind_choices(importable))
    if importable and found not in IMPORTABLE_KINDS:
        raise KindNotImportable(kinds.kind(found).label, kind_choices(True))
    return found
