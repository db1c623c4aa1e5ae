"""Standards and compliance: for one period, judge each of the four pillars ("三有一化").

Two steps, kept apart so the judgement can be tested and reused without a database:

1. :func:`gather_inputs` reads the ledgers with a handful of SQL aggregates and returns a
   :class:`ComplianceInputs` — plain numbers for the period, no ORM objects.
2. :func:`judge` is a pure function of those inputs, the standards in force
   (:func:`db.standards.standards_in_force`) and the period. It returns a
   :class:`ComplianceResult`: one :class:`PillarResult` per pillar, each a list of
   :class:`Figure` with a status and a one-sentence Chinese reason.

:func:`evaluate` chains the two.

Money is exact: amounts are integer fen in the inputs and :class:`~decimal.Decimal` yuan
(quantized to 0.01 元) in the figures; worker-years are :class:`~fractions.Fraction`, so a
quarter's 90/365 is carried exactly until the final rounding. The funding requirement is
rounded *up* to the fen (funds in whole fen meet "不低于 X" exactly when they reach X rounded
up); per-worker amounts shown to people are rounded half-up to the fen.

Rules for what counts in a period (all on live records, ``deleted_at IS NULL``):

* staff: start_date null or ≤ period end, and end_date null or ≥ period start; each
  contributes ``overlap_days / days in the period's year`` worker-years to its worker type;
* party organizations: founded_on null or ≤ period end;
* funding: received_on within the period (not the fiscal year); operating funds are those
  whose purpose is in :data:`db.enums.OPERATING_PURPOSES`;
* facilities: status ``in_use`` and in_use_since null or ≤ period end;
* activities and visits: held_on / visited_on within the period (visits of a live pairing);
* pairings: start_date ≤ period end and end_date null or ≥ period start (dates decide,
  not the status field);
* party members eligible for posts: category employed / without_post / retired,
  registered_on null or ≤ period end; a member holds a post when a live claim of a post
  allowed for the member's category (:data:`db.enums.POSTS_BY_CATEGORY`) overlaps the period;
* partner units: agreement_date null or ≤ period end.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from db.enums import (
    OPERATING_PURPOSES,
    POSTS_BY_CATEGORY,
    AreaClass,
    FacilityStatus,
    FacilityType,
    MemberCategory,
    StaffPosition,
    WorkerType,
)
from db.i18n import Label, joined, tr
from db.periods import Period
from db.standards import (
    COMMUNITY_WORKER_FUNDING,
    OFFICE_AREA,
    ONE_CENTRE_THREE_ROOMS,
    SERVICE_AREA,
    STREET_WORKER_FUNDING,
    StandardInForce,
    standards_in_force,
)

if TYPE_CHECKING:  # SQLAlchemy, SQLModel and the models load in gather_inputs only: the judgement
    # and its results are plain Python, so `shequ stats` and `shequ verify` start without them
    from sqlalchemy import ColumnElement
    from sqlmodel import Session

    from db.models import SyncedRecord

# An optional standard: the least number of activities a year (pro-rated to the period).
MIN_ACTIVITIES_PER_YEAR = "min_activities_per_year"

# The funding standard that applies to each worker type.
FUNDING_STANDARD_BY_WORKER_TYPE: Mapping[str, str] = {
    WorkerType.COMMUNITY: COMMUNITY_WORKER_FUNDING,
    WorkerType.STREET: STREET_WORKER_FUNDING,
}

# Member categories whose members are expected to claim posts.
ELIGIBLE_CATEGORIES: frozenset[str] = frozenset(
    {MemberCategory.EMPLOYED, MemberCategory.WITHOUT_POST, MemberCategory.RETIRED}
)

NO_STANDARD_REASON = tr("本期没有适用的市级标准")

# Every pillar and figure name and unit the judgement shows. The app translates them as data
# (the translation build reads this list); a test keeps it complete.
DISPLAY_LABELS: tuple[str, ...] = (
    "有人管事",
    "有钱办事",
    "有场所议事",
    "一化服务",
    "社区工作者",
    "党组织书记",
    "党组织",
    "人均运营经费",
    "办公用房",
    "服务(活动)用房",
    "“一个中心、三个室”",
    "开展活动",
    "结对帮扶",
    "帮扶走访",
    "党员认领岗位",
    "结对共建单位",
    "人",
    "个",
    "次",
    "对",
    "平方米",
    "元/人·年",
)

_CENT = Decimal("0.01")


class Status(StrEnum):
    """The judgement of a figure, a pillar or a whole return."""

    PASS = "pass"
    FAIL = "fail"
    WARNING = "warning"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_STATUS_LABELS = {Status.PASS: "达标", Status.WARNING: "需说明", Status.FAIL: "未达标"}
_SEVERITY = {Status.PASS: 0, Status.WARNING: 1, Status.FAIL: 2}


def worst(statuses: list[Status] | tuple[Status, ...]) -> Status:
    """The most severe status (fail > warning > pass); pass for none."""
    return max(statuses, key=lambda status: status.severity, default=Status.PASS)


# ---------------------------------------------------------------------------------------
# Inputs


@dataclass(frozen=True)
class ComplianceInputs:
    """Everything the judgement needs, already aggregated for one period. Plain data."""

    # 有人管事
    staff_count: int = 0  # staff active at some time in the period
    worker_years: Mapping[str, Fraction] = field(default_factory=dict)  # by WorkerType code
    secretary_count: int = 0  # active staff whose position is 党组织书记
    secretary_director_one: bool = False  # an active staff member is 书记主任"一肩挑"
    party_org_count: int = 0
    # 有钱办事 (integer fen)
    operating_funds_fen: int = 0
    funds_by_source_fen: Mapping[str, int] = field(default_factory=dict)  # FundingSource code → fen
    funds_by_purpose_fen: Mapping[str, int] = field(default_factory=dict)  # FundingPurpose code → fen
    # 有场所议事 (square metres)
    office_area_m2: Decimal = Decimal(0)
    service_area_m2: Decimal = Decimal(0)
    facility_types: frozenset[str] = frozenset()  # FacilityType codes present
    # 一化
    activity_count: int = 0
    activities_by_kind: Mapping[str, int] = field(default_factory=dict)  # ActivityKind code → count
    pairing_count: int = 0
    visit_count: int = 0
    eligible_member_count: int = 0
    members_with_post: int = 0
    partner_unit_count: int = 0

    @property
    def total_worker_years(self) -> Fraction:
        return sum(self.worker_years.values(), Fraction(0))

    @property
    def total_funds_fen(self) -> int:
        return sum(self.funds_by_source_fen.values())


def _live(model: type[SyncedRecord], office_codes: Sequence[str] | None) -> list[ColumnElement[bool]]:
    from sqlmodel import col

    conditions: list[ColumnElement[bool]] = [col(model.deleted_at).is_(None)]
    if office_codes is not None:
        conditions.append(col(model.office_code).in_(office_codes))
    return conditions


def _key(model: type[SyncedRecord], grouped: bool) -> Any:
    """The column the figures are grouped by: the record's office, or one constant group."""
    from sqlalchemy import literal_column
    from sqlmodel import col

    return col(model.office_code) if grouped else literal_column("''")


def _started_by(column: Any, day: date) -> ColumnElement[bool]:
    """``column`` is null (no start recorded) or on or before ``day``."""
    from sqlalchemy import or_
    from sqlmodel import col

    return or_(col(column).is_(None), col(column) <= day)


def _not_ended_before(column: Any, day: date) -> ColumnElement[bool]:
    """``column`` is null (still running) or on or after ``day``."""
    from sqlalchemy import or_
    from sqlmodel import col

    return or_(col(column).is_(None), col(column) >= day)


def _days_in_year(year: int) -> int:
    return (date(year, 12, 31) - date(year, 1, 1)).days + 1


def _area(value: float | None) -> Decimal:
    """A summed SQL float area as an exact Decimal rounded to 0.01 m²."""
    return Decimal(repr(float(value or 0))).quantize(_CENT)


def gather_inputs(session: Session, period: Period, office_code: str | None = None) -> ComplianceInputs:
    """The figures of ``period`` read from the ledgers (live records only).

    With ``office_code`` only that office's records count; by default every record in the
    database does (an installation keeps one office).
    """
    codes = None if office_code is None else [office_code]
    return _gather(session, period, codes, grouped=False).get("", ComplianceInputs())


def gather_inputs_by_office(
    session: Session, period: Period, office_codes: Sequence[str]
) -> dict[str, ComplianceInputs]:
    """:func:`gather_inputs` for each of ``office_codes`` at once (the city's view of many offices:
    one grouped query per figure instead of one set of queries per office). An office without a
    live record gets the empty figures, as :func:`gather_inputs` gives it."""
    found = _gather(session, period, list(office_codes), grouped=True) if office_codes else {}
    return {code: found.get(code, ComplianceInputs()) for code in office_codes}


def _gather(
    session: Session, period: Period, office_codes: Sequence[str] | None, *, grouped: bool
) -> dict[str, ComplianceInputs]:
    """The figures by office (``grouped``), or all of ``office_codes``' records (every record's, when
    None) as one group keyed ``""``."""
    from sqlalchemy import and_, or_
    from sqlmodel import col, func, select

    from db.models import (
        Activity,
        Facility,
        Funding,
        MemberPostClaim,
        Pairing,
        PartnerUnit,
        PartyMember,
        PartyOrg,
        Staff,
        Visit,
    )

    start, end = period.start, period.end
    codes = office_codes

    def grouped_by(key: Any, *columns: Any) -> tuple[Any, ...]:
        return (key, *columns) if grouped else columns

    # 有人管事: a light select of the active staff; worker-years computed here.
    active_staff = [
        *_live(Staff, codes),
        _started_by(Staff.start_date, end),
        _not_ended_before(Staff.end_date, start),
    ]
    staff_key = _key(Staff, grouped)
    staff_rows = session.exec(
        select(*grouped_by(staff_key, Staff.worker_type, Staff.start_date, Staff.end_date, Staff.position))
        .select_from(Staff)
        .where(*active_staff)
    ).all()
    one_shoulder = _counts(
        session,
        select(staff_key, func.count())
        .select_from(Staff)
        .where(*active_staff, col(Staff.secretary_director_one).is_(True))
        .group_by(*grouped_by(staff_key)),
    )
    year_days = _days_in_year(period.year)
    worker_days: dict[str, dict[str, int]] = {}
    secretaries: dict[str, int] = {}
    staff_counts: dict[str, int] = {}
    for row in staff_rows:
        office, (worker_type, first, last, position) = (row[0], row[1:]) if grouped else ("", row)
        days = period.overlap_days(first, last)
        by_type = worker_days.setdefault(office, {})
        by_type[worker_type] = by_type.get(worker_type, 0) + days
        staff_counts[office] = staff_counts.get(office, 0) + 1
        if position == StaffPosition.SECRETARY:
            secretaries[office] = secretaries.get(office, 0) + 1

    org_key = _key(PartyOrg, grouped)
    party_orgs = _counts(
        session,
        select(org_key, func.count())
        .select_from(PartyOrg)
        .where(*_live(PartyOrg, codes), _started_by(PartyOrg.founded_on, end))
        .group_by(*grouped_by(org_key)),
    )

    # 有钱办事
    funding_key = _key(Funding, grouped)
    funding_rows = session.exec(
        select(funding_key, Funding.source, Funding.purpose, func.sum(Funding.amount_fen))
        .where(*_live(Funding, codes), col(Funding.received_on) >= start, col(Funding.received_on) <= end)
        .group_by(*grouped_by(funding_key, col(Funding.source), col(Funding.purpose)))
    ).all()
    by_source: dict[str, dict[str, int]] = {}
    by_purpose: dict[str, dict[str, int]] = {}
    operating: dict[str, int] = {}
    for office, source, purpose, amount in funding_rows:
        fen = int(amount or 0)
        sources, purposes = by_source.setdefault(office, {}), by_purpose.setdefault(office, {})
        sources[source] = sources.get(source, 0) + fen
        purposes[purpose] = purposes.get(purpose, 0) + fen
        if purpose in OPERATING_PURPOSES:
            operating[office] = operating.get(office, 0) + fen

    # 有场所议事
    facility_key = _key(Facility, grouped)
    facility_rows = session.exec(
        select(facility_key, Facility.facility_type, Facility.area_class, func.sum(Facility.area_m2))
        .where(
            *_live(Facility, codes),
            col(Facility.status) == FacilityStatus.IN_USE,
            _started_by(Facility.in_use_since, end),
        )
        .group_by(*grouped_by(facility_key, col(Facility.facility_type), col(Facility.area_class)))
    ).all()
    area_by_class: dict[str, dict[str, float]] = {}
    facility_types: dict[str, set[str]] = {}
    for office, facility_type, area_class, area in facility_rows:
        facility_types.setdefault(office, set()).add(facility_type)
        areas = area_by_class.setdefault(office, {})
        areas[area_class] = areas.get(area_class, 0.0) + float(area or 0)

    # 一化
    activity_key = _key(Activity, grouped)
    activity_rows = session.exec(
        select(activity_key, Activity.activity_kind, func.count())
        .where(*_live(Activity, codes), col(Activity.held_on) >= start, col(Activity.held_on) <= end)
        .group_by(*grouped_by(activity_key, col(Activity.activity_kind)))
    ).all()
    activities_by_kind: dict[str, dict[str, int]] = {}
    for office, kind, count in activity_rows:
        activities_by_kind.setdefault(office, {})[kind] = int(count)

    pairing_key = _key(Pairing, grouped)
    pairings = _counts(
        session,
        select(pairing_key, func.count())
        .select_from(Pairing)
        .where(
            *_live(Pairing, codes),
            col(Pairing.start_date) <= end,
            _not_ended_before(Pairing.end_date, start),
        )
        .group_by(*grouped_by(pairing_key)),
    )

    visit_key = _key(Visit, grouped)
    visits = _counts(
        session,
        select(visit_key, func.count())
        .select_from(Visit)
        .where(
            *_live(Visit, codes),
            col(Visit.visited_on) >= start,
            col(Visit.visited_on) <= end,
            # a correlated EXISTS, not a join: the visits are read through their office's index
            # whatever the planner knows (joined, SQLite without statistics read every office's pairings)
            select(col(Pairing.id))
            .where(col(Pairing.id) == col(Visit.pairing_id), col(Pairing.deleted_at).is_(None))
            .exists(),
        )
        .group_by(*grouped_by(visit_key)),
    )

    member_key = _key(PartyMember, grouped)
    member_conditions = [
        *_live(PartyMember, codes),
        col(PartyMember.category).in_(sorted(ELIGIBLE_CATEGORIES)),
        _started_by(PartyMember.registered_on, end),
    ]
    eligible_members = _counts(
        session,
        select(member_key, func.count())
        .select_from(PartyMember)
        .where(*member_conditions)
        .group_by(*grouped_by(member_key)),
    )
    allowed_post = or_(
        *(
            and_(col(PartyMember.category) == category, col(MemberPostClaim.post).in_(sorted(posts)))
            for category, posts in POSTS_BY_CATEGORY.items()
            if category in ELIGIBLE_CATEGORIES and posts
        )
    )
    with_post = _counts(
        session,
        select(member_key, func.count(func.distinct(MemberPostClaim.member_id)))
        .select_from(MemberPostClaim)
        .join(PartyMember, col(PartyMember.id) == col(MemberPostClaim.member_id))
        .where(
            *member_conditions,
            *_live(MemberPostClaim, codes),
            _started_by(MemberPostClaim.claimed_on, end),
            _not_ended_before(MemberPostClaim.ended_on, start),
            allowed_post,
        )
        .group_by(*grouped_by(member_key)),
    )

    partner_key = _key(PartnerUnit, grouped)
    partner_units = _counts(
        session,
        select(partner_key, func.count())
        .select_from(PartnerUnit)
        .where(*_live(PartnerUnit, codes), _started_by(PartnerUnit.agreement_date, end))
        .group_by(*grouped_by(partner_key)),
    )

    offices = (
        set(staff_counts) | set(one_shoulder) | set(party_orgs) | set(by_source) | set(facility_types)
        | set(activities_by_kind) | set(pairings) | set(visits) | set(eligible_members) | set(with_post)
        | set(partner_units)
    )  # fmt: skip
    if not grouped:
        offices.add("")
    found: dict[str, ComplianceInputs] = {}
    for office in offices:
        areas = area_by_class.get(office, {})
        kinds = activities_by_kind.get(office, {})
        found[office] = ComplianceInputs(
            staff_count=staff_counts.get(office, 0),
            worker_years={kind: Fraction(days, year_days) for kind, days in worker_days.get(office, {}).items()},
            secretary_count=secretaries.get(office, 0),
            secretary_director_one=one_shoulder.get(office, 0) > 0,
            party_org_count=party_orgs.get(office, 0),
            operating_funds_fen=operating.get(office, 0),
            funds_by_source_fen=by_source.get(office, {}),
            funds_by_purpose_fen=by_purpose.get(office, {}),
            office_area_m2=_area(areas.get(AreaClass.OFFICE)),
            service_area_m2=_area(areas.get(AreaClass.SERVICE)),
            facility_types=frozenset(facility_types.get(office, set())),
            activity_count=sum(kinds.values()),
            activities_by_kind=kinds,
            pairing_count=pairings.get(office, 0),
            visit_count=visits.get(office, 0),
            eligible_member_count=eligible_members.get(office, 0),
            members_with_post=with_post.get(office, 0),
            partner_unit_count=partner_units.get(office, 0),
        )
    return found


def _counts(session: Session, statement: Any) -> dict[str, int]:
    """``SELECT key, count … GROUP BY key`` as key → count (groups with no row are left out)."""
    return {str(key): int(count or 0) for key, count in session.exec(statement).all()}


# ---------------------------------------------------------------------------------------
# Results


Number = Decimal | int


@dataclass(frozen=True)
class Figure:
    """One judged figure: its value against the standard, a status and a Chinese reason.

    ``value`` is None when the figure cannot be computed (e.g. funds per worker with no
    worker); ``standard`` is None when no threshold applies.
    """

    key: str
    label: str
    value: Number | None
    standard: Number | None
    unit: str
    status: Status
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "value": _json_number(self.value),
            "standard": _json_number(self.standard),
            "unit": self.unit,
            "status": self.status.value,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class PillarResult:
    """One pillar's figures; its status is the worst of them."""

    key: str  # "people", "money", "place" or "service"
    label: str
    figures: tuple[Figure, ...]

    @property
    def status(self) -> Status:
        return worst([figure.status for figure in self.figures])

    def figure(self, key: str) -> Figure:
        """The figure under ``key``; KeyError when there is none."""
        for item in self.figures:
            if item.key == key:
                return item
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "status": self.status.value,
            "figures": [figure.to_dict() for figure in self.figures],
        }


@dataclass(frozen=True)
class ComplianceResult:
    """The judgement of one period: the four pillars and the standards used."""

    period: Period
    pillars: tuple[PillarResult, ...]
    standards: Mapping[str, StandardInForce] = field(default_factory=dict)

    @property
    def status(self) -> Status:
        return worst([pillar.status for pillar in self.pillars])

    def pillar(self, key: str) -> PillarResult:
        """The pillar under ``key``; KeyError when there is none."""
        for item in self.pillars:
            if item.key == key:
                return item
        raise KeyError(key)

    def figure(self, pillar: str, key: str) -> Figure:
        return self.pillar(pillar).figure(key)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict. Decimals are strings with their exact digits ("30000.00"),
        ints stay ints, a missing value or standard is None (null); dates are ISO strings."""
        return {
            "period": {
                "code": self.period.code,
                "kind": self.period.kind,
                "label": self.period.label,
                "start": self.period.start.isoformat(),
                "end": self.period.end.isoformat(),
            },
            "status": self.status.value,
            "pillars": [pillar.to_dict() for pillar in self.pillars],
            "standards": [
                {
                    "key": item.key,
                    "value": item.value,
                    "unit": item.unit,
                    "title": item.title,
                    "effective_from": item.effective_from.isoformat(),
                }
                for item in sorted(self.standards.values(), key=lambda s: s.key)
            ],
        }


def _json_number(value: Number | None) -> str | int | None:
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


# ---------------------------------------------------------------------------------------
# Exact arithmetic and Chinese number formatting


def _round_to(value: Fraction, places: int, *, up: bool = False) -> Decimal:
    """A non-negative exact value as a Decimal with ``places`` decimals: rounded half-up, or
    up (ceiling) when asked."""
    scale: int = 10**places
    scaled = value * scale
    whole = math.ceil(scaled) if up else math.floor(scaled + Fraction(1, 2))
    return (Decimal(whole) / scale).quantize(Decimal(f"1e-{places}"))


def _round_fen(amount_yuan: Fraction, *, up: bool = False) -> Decimal:
    """An exact yuan amount as Decimal yuan at 0.01 元 (half-up, or ceiling when ``up``)."""
    return _round_to(amount_yuan, 2, up=up)


def _plain(value: Decimal | Fraction | int) -> str:
    """A number without needless zeros: 120, 119.5, 0.25 (at most two decimals)."""
    if isinstance(value, Fraction):
        value = _round_to(value, 2)
    number = Decimal(value)
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _standard_number(standards: Mapping[str, StandardInForce], key: str) -> Decimal | None:
    item = standards.get(key)
    if item is None:
        return None
    try:
        return item.number
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------
# The judgement


def judge(inputs: ComplianceInputs, standards: Mapping[str, StandardInForce], period: Period) -> ComplianceResult:
    """Judge each pillar of ``period`` against the standards in force. No database access."""
    return ComplianceResult(
        period=period,
        pillars=(
            PillarResult("people", "有人管事", _people(inputs)),
            PillarResult("money", "有钱办事", (_operating_funds(inputs, standards),)),
            PillarResult("place", "有场所议事", _place(inputs, standards)),
            PillarResult("service", "一化服务", _service(inputs, standards, period)),
        ),
        standards=dict(standards),
    )


def evaluate(session: Session, period: Period, office_code: str | None = None) -> ComplianceResult:
    """Gather the period's figures from the database and judge them."""
    return judge(gather_inputs(session, period, office_code), standards_in_force(session, period), period)


def _people(inputs: ComplianceInputs) -> tuple[Figure, ...]:
    staff = inputs.staff_count
    if staff == 0:
        staff_figure = Figure("staff", "社区工作者", 0, None, "人", Status.FAIL, tr("本期没有在岗的社区工作者"))
    else:
        worker_years = _plain(inputs.total_worker_years)
        staff_figure = Figure(
            "staff",
            "社区工作者",
            staff,
            None,
            "人",
            Status.PASS,
            tr("本期在岗社区工作者 {staff} 人，折合 {years} 人·年", staff=staff, years=worker_years),
        )

    secretaries = inputs.secretary_count
    if secretaries == 0:
        secretary_figure = Figure("secretary", "党组织书记", 0, None, "人", Status.FAIL, tr("本期没有在岗的党组织书记"))
    else:
        reason = (
            tr("本期党组织书记在岗，书记、主任“一肩挑”") if inputs.secretary_director_one else tr("本期党组织书记在岗")
        )
        secretary_figure = Figure("secretary", "党组织书记", secretaries, None, "人", Status.PASS, reason)

    orgs = inputs.party_org_count
    if orgs == 0:
        org_figure = Figure("party_orgs", "党组织", 0, None, "个", Status.WARNING, tr("本期没有登记党组织"))
    else:
        org_figure = Figure(
            "party_orgs", "党组织", orgs, None, "个", Status.PASS, tr("本期有党组织 {count} 个", count=orgs)
        )
    return staff_figure, secretary_figure, org_figure


def _operating_funds(inputs: ComplianceInputs, standards: Mapping[str, StandardInForce]) -> Figure:
    key, label, unit = "operating_funds_per_worker", "人均运营经费", "元/人·年"
    funds_exact = Fraction(inputs.operating_funds_fen, 100)
    funds = _round_fen(funds_exact)
    worker_years = {kind: years for kind, years in inputs.worker_years.items() if years > 0}
    total_years = sum(worker_years.values(), Fraction(0))

    if all(_standard_number(standards, k) is None for k in FUNDING_STANDARD_BY_WORKER_TYPE.values()):
        return Figure(key, label, None, None, unit, Status.WARNING, NO_STANDARD_REASON)
    if total_years == 0:
        return Figure(
            key,
            label,
            None,
            None,
            unit,
            Status.WARNING,
            tr("本期没有在岗工作者，无法计算人均运营经费（本期运营经费 {funds} 元）", funds=_money(funds)),
        )

    per_worker = _round_fen(funds_exact / total_years)
    required = Fraction(0)
    for kind, years in worker_years.items():
        standard_key = FUNDING_STANDARD_BY_WORKER_TYPE.get(kind)
        rate = _standard_number(standards, standard_key) if standard_key else None
        if rate is None:
            return Figure(key, label, per_worker, None, unit, Status.WARNING, NO_STANDARD_REASON)
        required += Fraction(rate) * years

    per_worker_standard = _round_fen(required / total_years)
    required_yuan = _round_fen(required, up=True)
    years_text = _plain(total_years)
    if funds >= required_yuan:
        return Figure(
            key,
            label,
            per_worker,
            per_worker_standard,
            unit,
            Status.PASS,
            tr(
                "本期运营经费 {funds} 元，按 {years} 人·年计人均 {per_worker} 元/人·年，"
                "达到按人·年计算的标准 {required} 元（人均 {per_worker_standard} 元/人·年）",
                funds=_money(funds),
                years=years_text,
                per_worker=_money(per_worker),
                required=_money(required_yuan),
                per_worker_standard=_money(per_worker_standard),
            ),
        )
    return Figure(
        key,
        label,
        per_worker,
        per_worker_standard,
        unit,
        Status.FAIL,
        tr(
            "本期运营经费 {funds} 元，低于按 {years} 人·年计算的标准 {required} 元，"
            "差 {short} 元（人均 {per_worker} 元/人·年，标准 {per_worker_standard} 元/人·年）",
            funds=_money(funds),
            years=years_text,
            required=_money(required_yuan),
            short=_money(required_yuan - funds),
            per_worker=_money(per_worker),
            per_worker_standard=_money(per_worker_standard),
        ),
    )


def _area_figure(
    key: str, label: str, area: Decimal, standards: Mapping[str, StandardInForce], standard_key: str
) -> Figure:
    standard = _standard_number(standards, standard_key)
    if standard is None:
        return Figure(key, label, area, None, "平方米", Status.WARNING, NO_STANDARD_REASON)
    if area >= standard:
        status = Status.PASS
        reason = tr(
            "{label} {area} 平方米，达到标准 {standard} 平方米",
            label=Label(label),
            area=_plain(area),
            standard=_plain(standard),
        )
    else:
        status = Status.FAIL
        reason = tr(
            "{label} {area} 平方米，低于标准 {standard} 平方米，差 {short} 平方米",
            label=Label(label),
            area=_plain(area),
            standard=_plain(standard),
            short=_plain(standard - area),
        )
    return Figure(key, label, area, standard, "平方米", status, reason)


def _place(inputs: ComplianceInputs, standards: Mapping[str, StandardInForce]) -> tuple[Figure, ...]:
    office = _area_figure("office_area", "办公用房", inputs.office_area_m2, standards, OFFICE_AREA)
    service = _area_figure("service_area", "服务(活动)用房", inputs.service_area_m2, standards, SERVICE_AREA)

    key, label = "one_centre_three_rooms", "“一个中心、三个室”"
    rooms = standards.get(ONE_CENTRE_THREE_ROOMS)
    required = rooms.codes if rooms is not None else []
    if not required:
        centre = Figure(key, label, len(inputs.facility_types), None, "个", Status.WARNING, NO_STANDARD_REASON)
    else:
        present = [code for code in required if code in inputs.facility_types]
        missing = [Label(FacilityType.label_of(code)) for code in required if code not in inputs.facility_types]
        if missing:
            centre = Figure(
                key,
                label,
                len(present),
                len(required),
                "个",
                Status.FAIL,
                tr(
                    "“一个中心、三个室”应有 {required} 个，已有 {present} 个，缺少{missing}",
                    required=len(required),
                    present=len(present),
                    missing=joined(missing),
                ),
            )
        else:
            names = joined(Label(FacilityType.label_of(code)) for code in required)
            centre = Figure(
                key,
                label,
                len(present),
                len(required),
                "个",
                Status.PASS,
                tr("“一个中心、三个室”齐全：{names}", names=names),
            )
    return office, service, centre


def _service(inputs: ComplianceInputs, standards: Mapping[str, StandardInForce], period: Period) -> tuple[Figure, ...]:
    count = inputs.activity_count
    minimum = _standard_number(standards, MIN_ACTIVITIES_PER_YEAR)
    required: int | None = None
    if minimum is not None:
        year_share = Fraction(period.days, _days_in_year(period.year))
        required = math.ceil(Fraction(minimum) * year_share)
    if required is not None and count < required:
        activities = Figure(
            "activities",
            "开展活动",
            count,
            required,
            "次",
            Status.FAIL,
            tr(
                "本期开展活动 {count} 次，低于标准 {required} 次，差 {short} 次",
                count=count,
                required=required,
                short=required - count,
            ),
        )
    elif count == 0:
        activities = Figure("activities", "开展活动", 0, required, "次", Status.WARNING, tr("本期没有开展活动"))
    else:
        reason = (
            tr("本期开展活动 {count} 次，达到标准 {required} 次", count=count, required=required)
            if required is not None
            else tr("本期开展活动 {count} 次", count=count)
        )
        activities = Figure("activities", "开展活动", count, required, "次", Status.PASS, reason)

    pairings = inputs.pairing_count
    if pairings == 0:
        pairing = Figure("pairings", "结对帮扶", 0, None, "对", Status.WARNING, tr("本期没有进行中的结对帮扶"))
    else:
        pairing = Figure(
            "pairings",
            "结对帮扶",
            pairings,
            None,
            "对",
            Status.PASS,
            tr("本期进行中的结对帮扶 {count} 对", count=pairings),
        )

    visits = inputs.visit_count
    if visits == 0 and pairings > 0:
        visit = Figure(
            "visits",
            "帮扶走访",
            0,
            None,
            "次",
            Status.WARNING,
            tr("本期有结对帮扶 {count} 对，但没有帮扶走访记录", count=pairings),
        )
    elif visits == 0:
        visit = Figure("visits", "帮扶走访", 0, None, "次", Status.PASS, tr("本期没有结对帮扶，无需走访"))
    else:
        visit = Figure(
            "visits", "帮扶走访", visits, None, "次", Status.PASS, tr("本期帮扶走访 {count} 次", count=visits)
        )

    eligible, holding = inputs.eligible_member_count, inputs.members_with_post
    hundred = Decimal(100)
    if eligible == 0:
        posts = Figure(
            "post_claims", "党员认领岗位", None, hundred, "%", Status.WARNING, tr("本期没有应认领岗位的党员")
        )
    else:
        percent = _round_to(Fraction(holding * 100, eligible), 1)
        share = _plain(percent)
        if holding >= eligible:
            status = Status.PASS
            text = tr(
                "应认领岗位的党员 {eligible} 名，已认领 {holding} 名，占 {percent}%",
                eligible=eligible,
                holding=holding,
                percent=share,
            )
        elif holding == 0:
            status, text = Status.FAIL, tr("应认领岗位的党员 {eligible} 名，本期无人认领岗位", eligible=eligible)
        else:
            status = Status.WARNING
            text = tr(
                "应认领岗位的党员 {eligible} 名，已认领 {holding} 名，占 {percent}%，还有 {left} 名未认领",
                eligible=eligible,
                holding=holding,
                percent=share,
                left=eligible - holding,
            )
        posts = Figure("post_claims", "党员认领岗位", percent, hundred, "%", status, text)

    units = inputs.partner_unit_count
    if units == 0:
        partner = Figure("partner_units", "结对共建单位", 0, None, "个", Status.WARNING, tr("本期没有结对共建单位"))
    else:
        partner = Figure(
            "partner_units",
            "结对共建单位",
            units,
            None,
            "个",
            Status.PASS,
            tr("本期有结对共建单位 {count} 个", count=units),
        )
    return activities, pairing, visit, posts, partner
