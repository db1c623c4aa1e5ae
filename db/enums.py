"""Enumerations of the ledgers.

Each member keeps a stable ``code`` (what the database stores and bundles carry) and a
Chinese ``label`` (what people read). Codes never change once released; labels may.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class CodedEnum(StrEnum):
    """A string enumeration whose value is a stable code and which carries a Chinese label."""

    label: str

    def __new__(cls, code: str, label: str) -> Self:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    @classmethod
    def from_code(cls, code: str | None) -> Self | None:
        """The member with this code, or None when the code is unknown or empty."""
        if not code:
            return None
        member = cls._value2member_map_.get(code)
        return member if isinstance(member, cls) else None

    @classmethod
    def from_label(cls, label: str) -> Self | None:
        """The member whose Chinese label is ``label`` (spaces ignored), or None."""
        wanted = "".join(label.split())
        for member in cls:
            if member.label == wanted:
                return member
        return None

    @classmethod
    def label_of(cls, code: str | None) -> str:
        """The label for a stored code; the code itself when it is unknown, "" when empty."""
        member = cls.from_code(code)
        if member is not None:
            return member.label
        return code or ""


def split_codes(value: str | None) -> list[str]:
    """Codes stored in a multi-choice column ("a,b,c") as a list."""
    if not value:
        return []
    return [part for part in (p.strip() for p in value.split(",")) if part]


def join_codes(codes: list[str] | tuple[str, ...] | set[str]) -> str:
    """A list of codes as stored in a multi-choice column, in a stable order."""
    return ",".join(sorted(set(codes)))


class Gender(CodedEnum):
    MALE = "male", "男"
    FEMALE = "female", "女"


class Ethnicity(CodedEnum):
    HAN = "han", "汉族"
    MONGOL = "mongol", "蒙古族"
    HUI = "hui", "回族"
    MANCHU = "manchu", "满族"
    DAUR = "daur", "达斡尔族"
    EWENKI = "ewenki", "鄂温克族"
    OROQEN = "oroqen", "鄂伦春族"
    KOREAN = "korean", "朝鲜族"
    OTHER = "other", "其他民族"


class Education(CodedEnum):
    POSTGRADUATE = "postgraduate", "研究生"
    BACHELOR = "bachelor", "大学本科"
    COLLEGE = "college", "大学专科"
    TECHNICAL = "technical", "中专"
    HIGH_SCHOOL = "high_school", "高中"
    MIDDLE_SCHOOL = "middle_school", "初中"
    PRIMARY = "primary", "小学及以下"


class PoliticalStatus(CodedEnum):
    PARTY_MEMBER = "party_member", "中共党员"
    PROBATIONARY = "probationary", "中共预备党员"
    LEAGUE_MEMBER = "league_member", "共青团员"
    OTHER_PARTY = "other_party", "民主党派"
    MASSES = "masses", "群众"


class StaffPosition(CodedEnum):
    SECRETARY = "secretary", "党组织书记"
    DIRECTOR = "director", "居委会主任"
    DEPUTY_SECRETARY = "deputy_secretary", "党组织副书记"
    DEPUTY_DIRECTOR = "deputy_director", "居委会副主任"
    COMMITTEE_MEMBER = "committee_member", "委员"
    FULL_TIME = "full_time", "专职社区工作者"
    COLLEGE_GRADUATE = "college_graduate", "大学生“居官”"
    GRID_WORKER = "grid_worker", "网格员"
    OTHER = "other", "其他"


class SelectionMethod(CodedEnum):
    PUBLIC_NOMINATION = "public_nomination", "公推直选"
    TWO_NOMINATIONS = "two_nominations", "两推一选"
    OPEN_RECRUITMENT = "open_recruitment", "公开招聘"
    DEMOCRATIC_ELECTION = "democratic_election", "民主选举"
    COMPETITION = "competition", "竞争上岗"
    COLLEGE_GRADUATE = "college_graduate", "选派大学生“居官”"
    OTHER = "other", "其他"


class WorkerType(CodedEnum):
    """Which funding standard applies to a worker."""

    COMMUNITY = "community", "社区工作者"
    STREET = "street", "街道(镇)工作者"


class PayPeriod(CodedEnum):
    MONTH = "month", "元/月"
    YEAR = "year", "元/年"


class FundingSource(CodedEnum):
    FISCAL = "fiscal", "财政保障"
    FUNDRAISING = "fundraising", "社会筹集"
    PAIRED_UNIT = "paired_unit", "结对帮扶"
    PARTY_DUES = "party_dues", "党费支持"
    PAID_SERVICES = "paid_services", "有偿服务"
    OWN_INCOME = "own_income", "自主创收"
    HIGHER_LEVEL = "higher_level", "上级争取"
    OTHER = "other", "其他"


class FundingPurpose(CodedEnum):
    OFFICE = "office", "办公经费"
    ACTIVITY = "activity", "活动经费"
    PAY = "pay", "人员报酬"
    CONSTRUCTION = "construction", "场所建设"
    OTHER = "other", "其他"


# Purposes that count as the office's operating funds when judged against the
# per-worker funding standards (pay and construction have their own channels).
OPERATING_PURPOSES: frozenset[str] = frozenset({FundingPurpose.OFFICE, FundingPurpose.ACTIVITY, FundingPurpose.OTHER})


class FacilityType(CodedEnum):
    OFFICE = "office", "办公用房"
    SERVICE_CENTER = "service_center", "社区服务中心"
    SPORTS_ROOM = "sports_room", "文体活动室"
    CLINIC = "clinic", "卫生服务室"
    POLICE_ROOM = "police_room", "警务室"
    PARTY_ROOM = "party_room", "党员活动室"
    OTHER_SERVICE = "other_service", "其他服务用房"


class AreaClass(CodedEnum):
    """Whether a facility's area counts towards office or service space."""

    OFFICE = "office", "办公用房"
    SERVICE = "service", "服务(活动)用房"


class AcquisitionMethod(CodedEnum):
    ALLOCATION = "allocation", "国有资产划拨"
    PROPERTY_SWAP = "property_swap", "产权置换"
    DEVELOPMENT = "development", "城市开发配套"
    LEASE = "lease", "租赁"
    RENOVATION = "renovation", "改扩建"
    NEW_BUILD = "new_build", "新建"
    PARTNER = "partner", "共建单位提供"
    OTHER = "other", "其他"


class FacilityStatus(CodedEnum):
    IN_USE = "in_use", "使用中"
    UNDER_CONSTRUCTION = "under_construction", "在建"
    SUSPENDED = "suspended", "停用"


class PartyOrgType(CodedEnum):
    JOINT_COMMITTEE = "joint_committee", "联合党委"
    COMMITTEE = "committee", "党委"
    GENERAL_BRANCH = "general_branch", "党总支"
    BRANCH = "branch", "党支部"


class BranchKind(CodedEnum):
    GEOGRAPHIC = "geographic", "地缘型"
    INTEREST = "interest", "趣缘型"
    OCCUPATIONAL = "occupational", "业缘型"


class MembershipStatus(CodedEnum):
    FULL = "full", "正式党员"
    PROBATIONARY = "probationary", "预备党员"


class MemberCategory(CodedEnum):
    EMPLOYED = "employed", "在职党员"
    WITHOUT_POST = "without_post", "无职党员"
    RETIRED = "retired", "离退休党员"
    MOBILE = "mobile", "流动党员"


class MemberPost(CodedEnum):
    SECURITY = "security", "治安维护"
    SANITATION = "sanitation", "环境卫生"
    CULTURE_SPORTS = "culture_sports", "文体活动"
    CONVENIENCE = "convenience", "便民利民"
    POLICY_PUBLICITY = "policy_publicity", "政策宣传"
    MEDIATION = "mediation", "民事调解"
    POVERTY_RELIEF = "poverty_relief", "扶贫帮困"


# Posts a member may claim, by category ("双岗双责" for employed members; the posts
# for members without a post are also the ones retired members take up).
POSTS_BY_CATEGORY: dict[str, frozenset[str]] = {
    MemberCategory.EMPLOYED: frozenset(
        {MemberPost.SECURITY, MemberPost.SANITATION, MemberPost.CULTURE_SPORTS, MemberPost.CONVENIENCE}
    ),
    MemberCategory.WITHOUT_POST: frozenset(
        {MemberPost.POLICY_PUBLICITY, MemberPost.MEDIATION, MemberPost.POVERTY_RELIEF}
    ),
    MemberCategory.RETIRED: frozenset({MemberPost.POLICY_PUBLICITY, MemberPost.MEDIATION, MemberPost.POVERTY_RELIEF}),
    MemberCategory.MOBILE: frozenset(),
}


class ResidentCategory(CodedEnum):
    LOW_INCOME = "low_income", "低保户"
    EXTREME_POVERTY = "extreme_poverty", "特困人员"
    DISABLED = "disabled", "残疾人"
    ELDERLY_ALONE = "elderly_alone", "空巢/独居老人"
    UNEMPLOYED = "unemployed", "下岗失业人员"
    LEFT_BEHIND_CHILD = "left_behind_child", "留守儿童"
    SERIOUSLY_ILL = "seriously_ill", "重病患者"
    OTHER = "other", "其他"


class ResidentNeed(CodedEnum):
    DAILY_CARE = "daily_care", "生活照料"
    MEDICAL = "medical", "医疗"
    EMPLOYMENT = "employment", "就业"
    LEGAL = "legal", "法律"
    PSYCHOLOGICAL = "psychological", "心理"
    OTHER = "other", "其他"


class ResidentStatus(CodedEnum):
    ACTIVE = "active", "帮扶中"
    ENDED = "ended", "已结束帮扶"
    MOVED_AWAY = "moved_away", "已迁出"
    DECEASED = "deceased", "已故"


class HelperKind(CodedEnum):
    VOLUNTEER = "volunteer", "志愿者"
    PARTY_MEMBER = "party_member", "党员"
    PARTNER_UNIT = "partner_unit", "共建单位"


class HelpKind(CodedEnum):
    DAILY_LIFE = "daily_life", "生活帮扶"
    MEDICAL = "medical", "医疗帮扶"
    EMPLOYMENT = "employment", "就业帮扶"
    EDUCATION = "education", "助学帮扶"
    LEGAL = "legal", "法律援助"
    PSYCHOLOGICAL = "psychological", "心理疏导"
    OTHER = "other", "其他"


class PairingStatus(CodedEnum):
    ACTIVE = "active", "进行中"
    COMPLETED = "completed", "已完成"
    SUSPENDED = "suspended", "已中止"


class PartnerKind(CodedEnum):
    GOVERNMENT = "government", "机关"
    ENTERPRISE = "enterprise", "企业"
    SCHOOL = "school", "学校"
    HOSPITAL = "hospital", "医院"
    SOCIAL_ORG = "social_org", "社会组织"
    OTHER = "other", "其他"


class SupportKind(CodedEnum):
    POLICY = "policy", "政策"
    TECHNOLOGY = "technology", "技术"
    MATERIALS = "materials", "物资"
    FUNDS = "funds", "资金"
    INFORMATION = "information", "信息"
    VENUE = "venue", "阵地"


class OpenedFacility(CodedEnum):
    CULTURE = "culture", "文化设施"
    SPORTS = "sports", "体育设施"
    EDUCATION = "education", "教育设施"


class ActivityKind(CodedEnum):
    CONVENIENCE = "convenience", "便民服务"
    TRAINING = "training", "培训班"
    LECTURE = "lecture", "报告会"
    SYMPOSIUM = "symposium", "座谈会"
    PUBLICITY = "publicity", "宣传教育"
    EVALUATION = "evaluation", "创建评比"
    CULTURE_SPORTS = "culture_sports", "文体活动"
    VOLUNTEER_SERVICE = "volunteer_service", "志愿服务"
    JOB_TRAINING = "job_training", "就业培训"
    PARTY_DAY = "party_day", "主题党日"
    OTHER = "other", "其他"


class ActivityTopic(CodedEnum):
    DEMOCRACY_LAW = "democracy_law", "民主法制"
    CIVILITY = "civility", "文明礼仪"
    HEALTH = "health", "健康卫生"
    JOB_SKILLS = "job_skills", "就业技能"
    POLICY = "policy", "政策宣讲"
    OTHER = "other", "其他"


class ServiceForm(CodedEnum):
    STAGGERED_HOURS = "staggered_hours", "错时服务"
    APPOINTMENT = "appointment", "预约服务"
    SERVICE_CARD = "service_card", "便民服务卡"
    HOME_VISIT = "home_visit", "上门服务"


class AwardKind(CodedEnum):
    CIVIC_CITIZEN = "civic_citizen", "文明市民"
    CIVIC_COMMUNITY = "civic_community", "文明社区"
    SAFE_COMMUNITY = "safe_community", "安全示范小区"
    OTHER = "other", "其他"


class AwardLevel(CodedEnum):
    NATIONAL = "national", "国家级"
    REGION = "region", "自治区级"
    CITY = "city", "市级"
    DISTRICT = "district", "旗县区级"
    STREET = "street", "街道(镇)级"


class OperatorRole(CodedEnum):
    FILLER = "filler", "填表人"
    HEAD = "head", "负责人"
    ADMIN = "admin", "管理员"


class AuditAction(CodedEnum):
    CREATE = "create", "新增"
    UPDATE = "update", "修改"
    DELETE = "delete", "删除"
    RESTORE = "restore", "恢复"


class ReturnState(CodedEnum):
    """Where a return (报表) is: drafted, signed, sent to the city, and what a person at the city
    decided — received, sent back, or found to have a problem (有问题)."""

    DRAFT = "draft", "草稿"
    SIGNED = "signed", "已签署"
    SENT = "sent", "已报送"
    RECEIVED = "received", "已接收"
    RETURNED = "returned", "退回"
    PROBLEM = "problem", "有问题"
