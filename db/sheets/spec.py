"""What a ledger looks like as a sheet: its columns, their Chinese headers and the words offices use.

One :class:`SheetKind` per listed kind (:data:`db.forms.LISTED_KINDS`), its columns in the order of
the kind's editor form (:mod:`db.forms`), each headed by the field's Chinese label
(:func:`db.validation.field_label`, with the unit for money and areas). These are the columns an
export writes and a template offers, and what an import maps a workbook's own headers to.

The words are data: each kind's :attr:`~db.kinds.RecordKind.sheet_headers` lists the headers
offices write for its fields (and :attr:`~db.kinds.RecordKind.sheet_words` the words naming the
kind in a sheet's name or title), :data:`ENUM_ALIASES` the short or older ways of
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

# The kinds a sheet can be imported into, in the order a guess prefers them on a tie
# (RecordKind.import_rank).
IMPORTABLE_KINDS: tuple[str, ...] = tuple(
    k.key for k in sorted((k for k in kinds.KINDS if k.import_rank is not None), key=lambda k: k.import_rank or 0)
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


@cache
def header_index(kind_key: str) -> Mapping[str, str]:
    """Normalized header → field of ``kind_key``: the fields' labels and export headers, then
    the kind's ``sheet_headers`` (the first field to claim a word keeps it)."""
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
    words = kinds.kind(kind_key).sheet_headers
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
