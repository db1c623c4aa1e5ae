"""The registry of record kinds: one entry per ledger, the single place that lists them.

Everything that works "for every kind" (statistics, checks, lists, exchange, spreadsheets, the
app's navigation) walks this registry instead of naming tables one by one, and every fact about
a kind that more than one place needs is a field of its :class:`RecordKind`: adding a ledger
means its model (:mod:`db.models`), its entry here and its migration (plus its form in
:mod:`db.forms` and its rules in :mod:`db.validation.rules`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from db import models
from db.models import SyncedRecord

PILLARS: tuple[str, ...] = ("people", "money", "place", "service")  # as db.compliance keys them


@dataclass(frozen=True)
class RecordKind:
    """A kind of record the office keeps."""

    key: str  # stable key used by the command line, JSON output and bundles
    model: type[SyncedRecord]
    label: str  # Chinese name of the ledger
    title_field: str  # the field that names a record in lists and messages
    search_fields: tuple[str, ...] = ()  # matched by a list's search box
    person_id_field: str | None = None  # the ID-number field, for people
    # The key of the app's page that lists these records: the kind's own key for a ledger with a
    # list; for a child kind (a member's posts, a pairing's visits), its parent's page, where the
    # records are edited inside the parent's editor. Empty here means the kind's own key.
    page: str = ""
    pillar: str = ""  # the pillar (PILLARS) whose group of the navigation holds the ledger; "" for child kinds
    counted: bool = True  # counted by ``shequ stats`` (the ledgers people keep, not the link tables)
    # The fields that put a record in a period: its date (funding received, an activity held),
    # then — for a record that lasts — the date it ends, when the model has one. See ``lasting``.
    period_dates: tuple[str, ...] = ()
    # False: a record belongs to the period its date falls in. True: to every period from its
    # date (or from always, when empty) until its end date (or on, when there is none or it is empty).
    lasting: bool = False
    period_year: str | None = None  # an integer year field that puts a record in the periods of that year (awards)
    detail_field: str | None = None  # what tells two records of the same title apart in pickers
    # The compliance figures (``Figure.key`` in db.compliance) whose records this ledger's list
    # shows: 首页 opens it for a figure that needs an explanation.
    figures: tuple[str, ...] = ()
    # How a spreadsheet row is matched with a stored record: field tuples, strongest first (for
    # people: the ID number, then a weaker key that only warns).
    natural_keys: tuple[tuple[str, ...], ...] = ()
    # Set for the kinds a spreadsheet can be imported into; a guess prefers the lower rank on a tie.
    import_rank: int | None = None
    sheet_words: tuple[str, ...] = ()  # words in a sheet's name or title rows that point at this kind
    # The headers offices write for each field in a spreadsheet (besides the field's own label
    # and export header), field → words.
    sheet_headers: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if not self.page:
            object.__setattr__(self, "page", self.key)

    @property
    def listed(self) -> bool:
        """Whether the kind has a list of its own (else it is edited inside its parent's editor)."""
        return self.page == self.key

    @property
    def importable(self) -> bool:
        return self.import_rank is not None


# Header words shared by the person kinds (a kind's own words for a field replace these).
_PERSON_HEADERS: dict[str, tuple[str, ...]] = {
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


KINDS: tuple[RecordKind, ...] = (
    RecordKind(
        key="staff",
        model=models.Staff,
        label="社区工作者",
        title_field="name",
        search_fields=("name", "id_number", "phone", "note"),
        person_id_field="id_number",
        pillar="people",
        period_dates=("start_date", "end_date"),
        lasting=True,
        detail_field="id_number",
        figures=("staff", "secretary"),
        natural_keys=(("id_number",), ("name", "birth_date")),
        import_rank=1,
        sheet_words=("社区工作者", "工作人员", "社工", "两委"),
        sheet_headers={
            **_PERSON_HEADERS,
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
    ),
    RecordKind(
        key="funding",
        model=models.Funding,
        label="经费",
        title_field="note",
        search_fields=("note",),
        pillar="money",
        period_dates=("received_on",),
        figures=("operating_funds_per_worker",),
        natural_keys=(("received_on", "source", "amount_fen", "purpose"),),
        import_rank=5,
        sheet_words=("经费", "资金"),
        sheet_headers={
            "received_on": ("到账日期", "日期", "到账时间", "拨付日期", "拨付时间", "收款日期", "时间"),
            "fiscal_year": ("预算年度", "年度", "年份"),
            "source": ("经费来源", "来源", "资金来源", "经费渠道"),
            "amount_fen": ("金额", "经费金额", "到账金额", "数额", "资金", "经费", "拨付金额"),
            "purpose": ("用途", "经费用途", "资金用途", "使用方向"),
            "note": ("备注", "说明", "摘要"),
        },
    ),
    RecordKind(
        key="facilities",
        model=models.Facility,
        label="场所设施",
        title_field="name",
        search_fields=("name", "opening_hours", "note"),
        pillar="place",
        period_dates=("in_use_since",),
        lasting=True,
        detail_field="facility_type",
        figures=("office_area", "service_area", "one_centre_three_rooms"),
        natural_keys=(("name",),),
        import_rank=6,
        sheet_words=("场所", "设施", "阵地", "用房"),
        sheet_headers={
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
    ),
    RecordKind(
        key="party_orgs",
        model=models.PartyOrg,
        label="党组织",
        title_field="name",
        search_fields=("name", "secretary", "note"),
        pillar="people",
        period_dates=("founded_on",),
        lasting=True,
        detail_field="org_type",
        figures=("party_orgs",),
        natural_keys=(("name",),),
        import_rank=4,
        sheet_words=("党组织", "党支部"),
        sheet_headers={
            "name": ("党组织名称", "组织名称", "名称", "支部名称", "党支部名称"),
            "org_type": ("组织类型", "党组织类型", "类型", "组织类别"),
            "branch_kind": ("支部类型", "功能型类别", "功能型支部类型", "支部类别"),
            "parent_id": ("上级党组织", "隶属党组织", "上级组织", "所属党组织"),
            "secretary": ("书记", "党组织书记", "支部书记"),
            "founded_on": ("成立日期", "成立时间", "建立时间", "组建时间"),
            "note": ("备注", "说明"),
        },
    ),
    RecordKind(
        key="party_members",
        model=models.PartyMember,
        label="党员",
        title_field="name",
        search_fields=("name", "id_number", "phone", "work_unit", "address", "note"),
        person_id_field="id_number",
        pillar="people",
        period_dates=("registered_on",),
        lasting=True,
        detail_field="id_number",
        figures=("post_claims",),
        natural_keys=(("id_number",), ("name", "birth_date")),
        import_rank=0,
        sheet_words=("党员",),
        sheet_headers={
            **_PERSON_HEADERS,
            "name": ("姓名", "名字", "党员姓名"),
            "joined_on": ("入党日期", "入党时间", "入党年月", "入党年月日"),
            "membership": ("党员状态", "党员身份", "正式预备", "正式或预备", "正式/预备党员", "党籍状态"),
            "category": ("党员类别", "类别", "党员类型", "党员分类"),
            "work_unit": ("工作单位", "单位", "工作单位及职务", "现工作单位", "所在单位"),
            "org_id": ("所在党组织", "所在支部", "党支部", "所在党支部", "所属支部", "所属党支部", "组织关系所在支部"),
            "registered_on": ("到社区报到日期", "报到日期", "报到时间", "到社区报到时间", "社区报到时间"),
        },
    ),
    RecordKind(
        key="member_posts",
        model=models.MemberPostClaim,
        label="认领岗位",
        title_field="post",
        search_fields=("note",),
        page="party_members",
        counted=False,
        period_dates=("claimed_on", "ended_on"),
        lasting=True,
    ),
    RecordKind(
        key="residents",
        model=models.Resident,
        label="帮扶对象",
        title_field="name",
        search_fields=("name", "id_number", "phone", "address", "note"),
        person_id_field="id_number",
        pillar="service",
        detail_field="id_number",
        natural_keys=(("id_number",), ("name", "birth_date")),
        import_rank=2,
        sheet_words=("帮扶对象", "困难群众", "弱势群体", "低保", "特困", "救助"),
        sheet_headers={
            **_PERSON_HEADERS,
            "name": ("姓名", "名字", "帮扶对象姓名", "对象姓名"),
            "category": ("帮扶对象类别", "类别", "对象类别", "困难类型", "人员类别", "困难类别", "救助类别"),
            "needs": ("帮扶需求", "需求", "主要需求", "帮扶需要"),
            "status": ("帮扶状态", "状态"),
        },
    ),
    RecordKind(
        key="volunteers",
        model=models.Volunteer,
        label="志愿者",
        title_field="name",
        search_fields=("name", "id_number", "phone", "team", "skills", "note"),
        person_id_field="id_number",
        pillar="service",
        period_dates=("joined_on",),
        lasting=True,
        detail_field="team",
        natural_keys=(("id_number",), ("name", "phone")),
        import_rank=3,
        sheet_words=("志愿者",),
        sheet_headers={
            **_PERSON_HEADERS,
            "name": ("姓名", "名字", "志愿者姓名"),
            "team": ("志愿服务队", "服务队", "所在服务队", "所属服务队", "队伍", "志愿队伍"),
            "member_id": ("关联党员", "党员", "是否党员"),
            "skills": ("特长", "专长", "技能", "个人特长"),
            "joined_on": ("加入日期", "加入时间", "注册日期", "注册时间", "入队时间"),
        },
    ),
    RecordKind(
        key="pairings",
        model=models.Pairing,
        label="结对帮扶",
        title_field="help_kind",
        search_fields=("note",),
        pillar="service",
        period_dates=("start_date", "end_date"),
        lasting=True,
        figures=("pairings", "visits"),
        sheet_words=("结对",),
        sheet_headers={
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
    ),
    RecordKind(
        key="visits",
        model=models.Visit,
        label="帮扶记录",
        title_field="content",
        search_fields=("content", "result"),
        page="pairings",
        period_dates=("visited_on",),
    ),
    RecordKind(
        key="partner_units",
        model=models.PartnerUnit,
        label="共建单位",
        title_field="name",
        search_fields=("name", "contact_person", "phone", "note"),
        pillar="service",
        period_dates=("agreement_date",),
        lasting=True,
        detail_field="unit_kind",
        figures=("partner_units",),
        natural_keys=(("name",),),
        import_rank=7,
        sheet_words=("共建单位", "驻区单位", "共建"),
        sheet_headers={
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
    ),
    RecordKind(
        key="contributions",
        model=models.Contribution,
        label="共建单位贡献",
        title_field="description",
        search_fields=("description", "note"),
        page="partner_units",
        counted=False,
        period_dates=("given_on",),
    ),
    RecordKind(
        key="activities",
        model=models.Activity,
        label="活动",
        title_field="title",
        search_fields=("title", "outcome", "description"),
        pillar="service",
        period_dates=("held_on",),
        figures=("activities",),
        natural_keys=(("held_on", "title"),),
        import_rank=8,
        sheet_words=("活动",),
        sheet_headers={
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
    ),
    RecordKind(
        key="activity_partners",
        model=models.ActivityPartner,
        label="活动共建单位",
        title_field="unit_id",
        page="activities",
        counted=False,
    ),
    RecordKind(
        key="awards",
        model=models.Award,
        label="创建评比",
        title_field="title",
        search_fields=("title", "awardee", "note"),
        pillar="service",
        period_year="year",
        natural_keys=(("year", "title", "awardee"),),
        import_rank=9,
        sheet_words=("评比", "荣誉", "获奖", "表彰"),
        sheet_headers={
            "title": ("荣誉名称", "称号", "荣誉称号", "名称", "奖项名称", "奖项"),
            "award_kind": ("评比类型", "类别", "类型", "评比类别"),
            "year": ("年度", "年份", "获奖年度", "获得年度", "评选年度"),
            "awardee": ("获奖者", "获得者", "获奖单位", "获奖人", "获奖单位或个人", "获奖对象"),
            "level": ("级别", "荣誉级别", "获奖级别", "表彰级别"),
            "note": ("备注", "说明"),
        },
    ),
)

# The kinds counted by ``shequ stats`` (the ledgers people keep; link tables are left out).
COUNTED_KINDS: tuple[str, ...] = tuple(k.key for k in KINDS if k.counted)

_BY_KEY = {kind.key: kind for kind in KINDS}
_BY_TABLE = {kind.model.__tablename__: kind for kind in KINDS}


def kind(key: str) -> RecordKind:
    """The kind registered under ``key``; KeyError when there is none."""
    return _BY_KEY[key]


def kind_of_table(table_name: str) -> RecordKind | None:
    """The kind whose table is ``table_name``, or None (office, operators, standards)."""
    return _BY_TABLE.get(str(table_name))


def kind_of_figure(figure_key: str) -> RecordKind | None:
    """The ledger whose list shows the records behind a compliance figure (``Figure.key``), or None."""
    for record_kind in KINDS:
        if figure_key in record_kind.figures:
            return record_kind
    return None
