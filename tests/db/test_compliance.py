"""Compliance with the city standards: the pure judgement, and the figures read from a real database."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from db.audit import tombstone
from db.compliance import (
    DISPLAY_LABELS,
    MIN_ACTIVITIES_PER_YEAR,
    NO_STANDARD_REASON,
    ComplianceInputs,
    ComplianceResult,
    Status,
    evaluate,
    gather_inputs,
    judge,
    worst,
)
from db.models import (
    Activity,
    CityStandard,
    Facility,
    Funding,
    MemberPostClaim,
    Pairing,
    PartnerUnit,
    PartyMember,
    PartyOrg,
    Resident,
    Staff,
    Visit,
)
from db.periods import Period, parse_period
from db.standards import (
    COMMUNITY_WORKER_FUNDING,
    OFFICE_AREA,
    StandardInForce,
    default_standard_records,
    select_in_force,
)
from tests.support.office import OFFICE_CODE

YEAR = parse_period("2026")
Q1 = parse_period("2026Q1")


def _defaults(period: Period = YEAR, *extra: CityStandard) -> dict[str, StandardInForce]:
    return select_in_force([*default_standard_records(OFFICE_CODE), *extra], period)


def _standard(key: str, value: str, start: date) -> CityStandard:
    return CityStandard(office_code=OFFICE_CODE, key=key, value=value, effective_from=start)


def _good(**changes: object) -> ComplianceInputs:
    """Inputs that meet every standard for a full year; tests change one thing at a time."""
    base = ComplianceInputs(
        staff_count=4,
        worker_years={"community": Fraction(3), "street": Fraction(1, 2)},
        secretary_count=1,
        secretary_director_one=True,
        party_org_count=2,
        operating_funds_fen=3_000_000,
        funds_by_source_fen={"fiscal": 3_000_000},
        funds_by_purpose_fen={"office": 3_000_000},
        office_area_m2=Decimal("130"),
        service_area_m2=Decimal("320.5"),
        facility_types=frozenset({"office", "service_center", "sports_room", "clinic", "police_room"}),
        activity_count=24,
        activities_by_kind={"party_day": 12, "training": 12},
        pairing_count=5,
        visit_count=20,
        eligible_member_count=10,
        members_with_post=10,
        partner_unit_count=3,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# The pure judgement


def test_everything_meets_the_standards() -> None:
    result = judge(_good(), _defaults(), YEAR)
    assert [(p.key, p.label) for p in result.pillars] == [
        ("people", "有人管事"),
        ("money", "有钱办事"),
        ("place", "有场所议事"),
        ("service", "一化服务"),
    ]
    assert {p.key: p.status for p in result.pillars} == dict.fromkeys(
        ("people", "money", "place", "service"), Status.PASS
    )
    assert result.status is Status.PASS
    assert result.figure("people", "secretary").reason == "本期党组织书记在岗，书记、主任“一肩挑”"


def test_funding_is_weighted_by_worker_type() -> None:
    # 3 community workers for the year + 1 street worker for half of it:
    # required = 3 × 8000 + 0.5 × 10000 = 29,000 元; 30,000 元 passes.
    figure = judge(_good(), _defaults(), YEAR).figure("money", "operating_funds_per_worker")
    assert figure.status is Status.PASS
    assert figure.value == Decimal("8571.43")  # 30000 / 3.5
    assert figure.standard == Decimal("8285.71")  # 29000 / 3.5
    assert isinstance(figure.value, Decimal) and figure.value.as_tuple().exponent == -2
    assert figure.unit == "元/人·年"
    assert figure.reason == (
        "本期运营经费 30,000.00 元，按 3.5 人·年计人均 8,571.43 元/人·年，"
        "达到按人·年计算的标准 29,000.00 元（人均 8,285.71 元/人·年）"
    )


def test_funding_exactly_at_the_standard_passes_and_one_fen_below_fails() -> None:
    at = judge(_good(operating_funds_fen=2_900_000), _defaults(), YEAR).figure("money", "operating_funds_per_worker")
    assert at.status is Status.PASS
    assert at.value == at.standard == Decimal("8285.71")

    below = judge(_good(operating_funds_fen=2_899_999), _defaults(), YEAR).figure("money", "operating_funds_per_worker")
    assert below.status is Status.FAIL
    assert below.value == Decimal("8285.71")  # the per-worker figure rounds alike; the totals decide
    assert below.reason == (
        "本期运营经费 28,999.99 元，低于按 3.5 人·年计算的标准 29,000.00 元，差 0.01 元"
        "（人均 8,285.71 元/人·年，标准 8,285.71 元/人·年）"
    )


def test_quarter_pro_rates_the_requirement_by_days() -> None:
    # Q1 2026 is 90 of 365 days: one community worker needs 8000 × 90 / 365 = 1,972.6027… 元,
    # so 1,972.61 元 meets it and 1,972.60 元 does not.
    assert Q1.days == 90
    inputs = _good(worker_years={"community": Fraction(90, 365)}, staff_count=1)
    enough = judge(replace(inputs, operating_funds_fen=197_261), _defaults(Q1), Q1)
    short = judge(replace(inputs, operating_funds_fen=197_260), _defaults(Q1), Q1)
    enough_figure = enough.figure("money", "operating_funds_per_worker")
    assert enough_figure.status is Status.PASS
    assert enough_figure.value == Decimal("8000.03")
    assert enough_figure.standard == Decimal("8000.00")
    short_figure = short.figure("money", "operating_funds_per_worker")
    assert short_figure.status is Status.FAIL
    assert "标准 1,972.61 元，差 0.01 元" in short_figure.reason
    assert "按 0.25 人·年" in short_figure.reason


def test_money_cannot_be_judged_without_workers_or_standards() -> None:
    none = judge(_good(worker_years={}, staff_count=0), _defaults(), YEAR).figure("money", "operating_funds_per_worker")
    assert none.status is Status.WARNING
    assert none.value is None
    assert none.reason == "本期没有在岗工作者，无法计算人均运营经费（本期运营经费 30,000.00 元）"

    no_standards = judge(_good(), {}, YEAR).figure("money", "operating_funds_per_worker")
    assert no_standards.status is Status.WARNING
    assert no_standards.reason == NO_STANDARD_REASON

    # Street workers present but only the community standard in force.
    only_community = {COMMUNITY_WORKER_FUNDING: _defaults()[COMMUNITY_WORKER_FUNDING]}
    partial = judge(_good(), only_community, YEAR).figure("money", "operating_funds_per_worker")
    assert partial.status is Status.WARNING
    assert partial.reason == NO_STANDARD_REASON
    assert partial.standard is None


def test_a_newer_standard_applies_from_its_effective_date() -> None:
    newer = _standard(COMMUNITY_WORKER_FUNDING, "9000", date(2025, 1, 1))
    inputs = _good(worker_years={"community": Fraction(1)}, staff_count=1, operating_funds_fen=850_000)
    y2024, y2025 = parse_period("2024"), parse_period("2025")

    old = judge(inputs, _defaults(y2024, newer), y2024).figure("money", "operating_funds_per_worker")
    assert old.status is Status.PASS
    assert old.standard == Decimal("8000.00")

    new = judge(inputs, _defaults(y2025, newer), y2025).figure("money", "operating_funds_per_worker")
    assert new.status is Status.FAIL
    assert new.standard == Decimal("9000.00")
    assert "差 500.00 元" in new.reason


def test_areas_against_the_standards() -> None:
    short = judge(_good(office_area_m2=Decimal("96")), _defaults(), YEAR).figure("place", "office_area")
    assert short.status is Status.FAIL
    assert short.reason == "办公用房 96 平方米，低于标准 120 平方米，差 24 平方米"
    assert (short.value, short.standard, short.unit) == (Decimal("96"), Decimal("120"), "平方米")

    almost = judge(_good(office_area_m2=Decimal("119.5")), _defaults(), YEAR).figure("place", "office_area")
    assert almost.status is Status.FAIL
    assert almost.reason == "办公用房 119.5 平方米，低于标准 120 平方米，差 0.5 平方米"

    exact = judge(_good(office_area_m2=Decimal("120.00")), _defaults(), YEAR).figure("place", "office_area")
    assert exact.status is Status.PASS
    assert exact.reason == "办公用房 120 平方米，达到标准 120 平方米"

    service = judge(_good(service_area_m2=Decimal("299.99")), _defaults(), YEAR).figure("place", "service_area")
    assert service.status is Status.FAIL
    assert service.reason == "服务(活动)用房 299.99 平方米，低于标准 300 平方米，差 0.01 平方米"


def test_missing_rooms_are_named() -> None:
    inputs = _good(facility_types=frozenset({"office", "service_center", "sports_room"}))
    figure = judge(inputs, _defaults(), YEAR).figure("place", "one_centre_three_rooms")
    assert figure.status is Status.FAIL
    assert (figure.value, figure.standard, figure.unit) == (2, 4, "个")
    assert figure.reason == "“一个中心、三个室”应有 4 个，已有 2 个，缺少卫生服务室、警务室"

    complete = judge(_good(), _defaults(), YEAR).figure("place", "one_centre_three_rooms")
    assert complete.status is Status.PASS
    assert complete.reason == "“一个中心、三个室”齐全：社区服务中心、文体活动室、卫生服务室、警务室"


def test_figures_without_a_standard_in_force_are_warnings() -> None:
    result = judge(_good(), {}, YEAR)
    for key in ("office_area", "service_area", "one_centre_three_rooms"):
        figure = result.figure("place", key)
        assert figure.status is Status.WARNING
        assert figure.reason == NO_STANDARD_REASON
        assert figure.standard is None
    assert result.pillar("place").status is Status.WARNING
    # A standard whose value is not a number counts as not in force.
    broken = {OFFICE_AREA: StandardInForce(OFFICE_AREA, "一百二十", "平方米", "", date(2012, 1, 1))}
    assert judge(_good(), broken, YEAR).figure("place", "office_area").reason == NO_STANDARD_REASON


def test_people_pillar() -> None:
    empty = judge(_good(staff_count=0, worker_years={}, secretary_count=0, party_org_count=0), _defaults(), YEAR)
    people = empty.pillar("people")
    assert people.figure("staff").status is Status.FAIL
    assert people.figure("staff").reason == "本期没有在岗的社区工作者"
    assert people.figure("secretary").status is Status.FAIL
    assert people.figure("party_orgs").status is Status.WARNING
    assert people.status is Status.FAIL

    only_orgs_missing = judge(_good(party_org_count=0), _defaults(), YEAR).pillar("people")
    assert only_orgs_missing.status is Status.WARNING
    staff = judge(_good(), _defaults(), YEAR).figure("people", "staff")
    assert (staff.value, staff.unit, staff.reason) == (4, "人", "本期在岗社区工作者 4 人，折合 3.5 人·年")


def test_activities_with_and_without_a_minimum() -> None:
    none = judge(_good(activity_count=0), _defaults(), YEAR).figure("service", "activities")
    assert none.status is Status.WARNING
    assert none.standard is None

    minimum = _standard(MIN_ACTIVITIES_PER_YEAR, "12", date(2020, 1, 1))
    standards = _defaults(Q1, minimum)
    # Q1: ceil(12 × 90/365) = ceil(2.96) = 3
    short = judge(_good(activity_count=2), standards, Q1).figure("service", "activities")
    assert short.status is Status.FAIL
    assert short.standard == 3
    assert short.reason == "本期开展活动 2 次，低于标准 3 次，差 1 次"
    enough = judge(_good(activity_count=3), standards, Q1).figure("service", "activities")
    assert enough.status is Status.PASS
    assert enough.reason == "本期开展活动 3 次，达到标准 3 次"
    # The whole year needs 12.
    assert (
        judge(_good(activity_count=11), _defaults(YEAR, minimum), YEAR).figure("service", "activities").standard == 12
    )


def test_pairings_visits_and_partners() -> None:
    no_pairings = judge(_good(pairing_count=0, visit_count=0), _defaults(), YEAR).pillar("service")
    assert no_pairings.figure("pairings").status is Status.WARNING
    assert no_pairings.figure("visits").status is Status.PASS

    no_visits = judge(_good(visit_count=0), _defaults(), YEAR).figure("service", "visits")
    assert no_visits.status is Status.WARNING
    assert no_visits.reason == "本期有结对帮扶 5 对，但没有帮扶走访记录"

    no_units = judge(_good(partner_unit_count=0), _defaults(), YEAR).figure("service", "partner_units")
    assert no_units.status is Status.WARNING


@pytest.mark.parametrize(
    ("eligible", "holding", "status", "value"),
    [
        (3, 3, Status.PASS, Decimal("100.0")),
        (3, 2, Status.WARNING, Decimal("66.7")),
        (3, 0, Status.FAIL, Decimal("0.0")),
        (0, 0, Status.WARNING, None),
    ],
)
def test_post_claims(eligible: int, holding: int, status: Status, value: Decimal | None) -> None:
    figure = judge(_good(eligible_member_count=eligible, members_with_post=holding), _defaults(), YEAR).figure(
        "service", "post_claims"
    )
    assert figure.status is status
    assert figure.value == value
    assert figure.unit == "%"
    if (eligible, holding) == (3, 2):
        assert figure.reason == "应认领岗位的党员 3 名，已认领 2 名，占 66.7%，还有 1 名未认领"


def test_status_order_and_overall() -> None:
    assert worst([Status.PASS, Status.WARNING]) is Status.WARNING
    assert worst([Status.WARNING, Status.FAIL, Status.PASS]) is Status.FAIL
    assert worst([]) is Status.PASS
    assert Status.FAIL.label == "未达标"
    result = judge(_good(party_org_count=0, office_area_m2=Decimal("1")), _defaults(), YEAR)
    assert result.pillar("people").status is Status.WARNING
    assert result.pillar("place").status is Status.FAIL
    assert result.status is Status.FAIL


def test_to_dict_is_json_ready_and_exact() -> None:
    result = judge(_good(), _defaults(), YEAR)
    data = result.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["period"] == {
        "code": "2026",
        "kind": "year",
        "label": "2026年",
        "start": "2026-01-01",
        "end": "2026-12-31",
    }
    assert data["status"] == "pass"
    money = data["pillars"][1]
    assert money["key"] == "money" and money["label"] == "有钱办事" and money["status"] == "pass"
    assert money["figures"][0] == {
        "key": "operating_funds_per_worker",
        "label": "人均运营经费",
        "value": "8571.43",
        "standard": "8285.71",
        "unit": "元/人·年",
        "status": "pass",
        "reason": result.figure("money", "operating_funds_per_worker").reason,
    }
    staff = data["pillars"][0]["figures"][0]
    assert staff["value"] == 4 and staff["standard"] is None
    assert {s["key"] for s in data["standards"]} == set(_defaults())
    assert data["standards"][0]["effective_from"] == "2012-01-01"


# ---------------------------------------------------------------------------------------
# From a real database


def _add(session, *records):
    session.add_all(records)
    session.commit()
    return records


def _drop(session, *records) -> None:
    for record in records:
        tombstone(session, record)
    session.commit()


@pytest.fixture
def ledgers(session):
    """A small office's ledgers, with tombstones and records outside 2026 that must not count."""
    session.add_all(default_standard_records(OFFICE_CODE))

    # Staff
    _add(
        session,
        Staff(
            name="乌云",
            position="secretary",
            secretary_director_one=True,
            worker_type="community",
            start_date=date(2020, 1, 1),
        ),
        Staff(name="李娜", position="full_time", worker_type="community", start_date=date(2026, 7, 1)),
        Staff(
            name="张强",
            position="full_time",
            worker_type="street",
            start_date=date(2025, 1, 1),
            end_date=date(2026, 3, 31),
        ),
        Staff(name="已离职", worker_type="community", start_date=date(2018, 1, 1), end_date=date(2025, 12, 31)),
        Staff(name="明年到岗", worker_type="community", start_date=date(2027, 1, 1)),
    )
    (deleted_staff,) = _add(
        session, Staff(name="删除", position="secretary", worker_type="community", start_date=date(2020, 1, 1))
    )
    _drop(session, deleted_staff)

    # Party organizations
    (deleted_org,) = _add(session, PartyOrg(name="撤销", org_type="branch", founded_on=date(2015, 1, 1)))
    _add(
        session,
        PartyOrg(name="社区党委", org_type="committee", founded_on=date(2015, 1, 1)),
        PartyOrg(name="新支部", org_type="branch", founded_on=date(2027, 1, 1)),
    )
    _drop(session, deleted_org)

    # Funding
    def fund(day: date, source: str, purpose: str, fen: int) -> Funding:
        return Funding(received_on=day, fiscal_year=day.year, source=source, purpose=purpose, amount_fen=fen)

    _add(
        session,
        fund(date(2026, 1, 15), "fiscal", "office", 2_000_000),
        fund(date(2026, 5, 10), "fundraising", "activity", 500_050),
        fund(date(2026, 2, 1), "fiscal", "pay", 5_000_000),
        fund(date(2025, 12, 31), "fiscal", "office", 9_999_900),
        fund(date(2027, 1, 1), "fiscal", "office", 9_999_900),
    )
    (deleted_fund,) = _add(session, fund(date(2026, 3, 1), "fiscal", "other", 100_000))
    _drop(session, deleted_fund)

    # Facilities
    def place(name: str, kind: str, area: float, area_class: str, **extra: object) -> Facility:
        return Facility(name=name, facility_type=kind, area_m2=area, area_class=area_class, **extra)

    _add(
        session,
        place("办公室一", "office", 80.0, "office", in_use_since=date(2015, 1, 1)),
        place("办公室二", "office", 40.0, "office"),
        place("服务中心", "service_center", 200.0, "service", in_use_since=date(2015, 1, 1)),
        place("文体活动室", "sports_room", 100.5, "service", in_use_since=date(2026, 6, 1)),
        place("卫生服务室", "clinic", 50.0, "service", status="under_construction"),
    )
    (deleted_room,) = _add(session, place("警务室", "police_room", 30.0, "service"))
    _drop(session, deleted_room)

    # Activities
    def activity(day: date, kind: str) -> Activity:
        return Activity(held_on=day, title=f"{kind} {day}", activity_kind=kind)

    _add(
        session,
        activity(date(2026, 1, 5), "party_day"),
        activity(date(2026, 3, 31), "training"),
        activity(date(2026, 8, 1), "party_day"),
        activity(date(2025, 12, 31), "party_day"),
        activity(date(2027, 1, 1), "party_day"),
    )
    (deleted_activity,) = _add(session, activity(date(2026, 4, 1), "training"))
    _drop(session, deleted_activity)

    # Pairings and visits
    resident, other = _add(
        session, Resident(name="王大爷", category="elderly_alone"), Resident(name="赵", category="other")
    )

    def pairing(start: date, end: date | None = None) -> Pairing:
        return Pairing(
            resident_id=resident.id, helper_kind="volunteer", start_date=start, end_date=end, help_kind="daily_life"
        )

    ongoing, ended, dropped, later = _add(
        session,
        pairing(date(2025, 6, 1)),
        pairing(date(2024, 1, 1), date(2025, 12, 31)),
        pairing(date(2026, 2, 1)),
        pairing(date(2026, 5, 1)),
    )
    visits = _add(
        session,
        Visit(pairing_id=ongoing.id, visited_on=date(2026, 1, 10), content="上门"),
        Visit(pairing_id=ongoing.id, visited_on=date(2026, 4, 10), content="上门"),
        Visit(pairing_id=ended.id, visited_on=date(2025, 12, 1), content="上门"),
        Visit(pairing_id=ongoing.id, visited_on=date(2026, 2, 2), content="误录"),
        Visit(pairing_id=dropped.id, visited_on=date(2026, 2, 15), content="上门"),
    )
    _drop(session, dropped, visits[3])

    # Party members and their posts
    m1, m2, m3, m4, m5, m6, m7 = _add(
        session,
        PartyMember(name="在职甲", category="employed", registered_on=date(2020, 1, 1)),
        PartyMember(name="无职乙", category="without_post"),
        PartyMember(name="退休丙", category="retired", registered_on=date(2019, 1, 1)),
        PartyMember(name="流动丁", category="mobile", registered_on=date(2019, 1, 1)),
        PartyMember(name="明年报到", category="employed", registered_on=date(2027, 1, 1)),
        PartyMember(name="已删除", category="employed", registered_on=date(2019, 1, 1)),
        PartyMember(name="在职戊", category="employed", registered_on=date(2021, 1, 1)),
    )

    def claim(member: PartyMember, post: str, start: date | None, end: date | None = None) -> MemberPostClaim:
        return MemberPostClaim(member_id=member.id, post=post, claimed_on=start, ended_on=end)

    claims = _add(
        session,
        claim(m1, "security", date(2025, 1, 1)),
        claim(m2, "security", date(2025, 1, 1)),  # not a post for members without post
        claim(m2, "mediation", date(2026, 5, 1)),
        claim(m3, "mediation", date(2024, 1, 1), date(2025, 12, 31)),
        claim(m3, "policy_publicity", date(2025, 1, 1)),  # tombstoned below
        claim(m4, "security", date(2025, 1, 1)),
        claim(m5, "security", None),
        claim(m6, "security", None),
        claim(m7, "sanitation", date(2026, 1, 1)),
        claim(m7, "convenience", date(2026, 1, 1)),
    )
    _drop(session, claims[4], m6)

    # Partner units
    (deleted_unit,) = _add(session, PartnerUnit(name="撤销单位", unit_kind="enterprise"))
    _add(
        session,
        PartnerUnit(name="市医院", unit_kind="hospital", agreement_date=date(2020, 1, 1)),
        PartnerUnit(name="第三小学", unit_kind="school"),
        PartnerUnit(name="明年签约", unit_kind="enterprise", agreement_date=date(2027, 1, 1)),
    )
    _drop(session, deleted_unit)
    del other, later
    return session


def test_gather_inputs_for_the_year(ledgers) -> None:
    inputs = gather_inputs(ledgers, YEAR)
    assert inputs.staff_count == 3
    assert dict(inputs.worker_years) == {"community": Fraction(365 + 184, 365), "street": Fraction(90, 365)}
    assert inputs.secretary_count == 1
    assert inputs.secretary_director_one is True
    assert inputs.party_org_count == 1
    assert inputs.operating_funds_fen == 2_500_050
    assert dict(inputs.funds_by_source_fen) == {"fiscal": 7_000_000, "fundraising": 500_050}
    assert dict(inputs.funds_by_purpose_fen) == {"office": 2_000_000, "activity": 500_050, "pay": 5_000_000}
    assert inputs.total_funds_fen == 7_500_050
    assert inputs.office_area_m2 == Decimal("120.00")
    assert inputs.service_area_m2 == Decimal("300.50")
    assert inputs.facility_types == frozenset({"office", "service_center", "sports_room"})
    assert inputs.activity_count == 3
    assert dict(inputs.activities_by_kind) == {"party_day": 2, "training": 1}
    assert inputs.pairing_count == 2
    assert inputs.visit_count == 2
    assert inputs.eligible_member_count == 4
    assert inputs.members_with_post == 3
    assert inputs.partner_unit_count == 2


def test_gather_inputs_for_the_first_quarter(ledgers) -> None:
    inputs = gather_inputs(ledgers, Q1)
    assert inputs.staff_count == 2
    assert dict(inputs.worker_years) == {"community": Fraction(90, 365), "street": Fraction(90, 365)}
    assert inputs.operating_funds_fen == 2_000_000
    assert inputs.service_area_m2 == Decimal("200.00")
    assert inputs.facility_types == frozenset({"office", "service_center"})
    assert inputs.activity_count == 2
    assert inputs.pairing_count == 1
    assert inputs.visit_count == 1
    assert inputs.eligible_member_count == 4
    assert inputs.members_with_post == 2


def test_evaluate_the_year(ledgers) -> None:
    result = evaluate(ledgers, YEAR)
    assert isinstance(result, ComplianceResult)
    statuses = {(p.key, f.key): f.status for p in result.pillars for f in p.figures}
    assert statuses == {
        ("people", "staff"): Status.PASS,
        ("people", "secretary"): Status.PASS,
        ("people", "party_orgs"): Status.PASS,
        ("money", "operating_funds_per_worker"): Status.PASS,
        ("place", "office_area"): Status.PASS,
        ("place", "service_area"): Status.PASS,
        ("place", "one_centre_three_rooms"): Status.FAIL,
        ("service", "activities"): Status.PASS,
        ("service", "pairings"): Status.PASS,
        ("service", "visits"): Status.PASS,
        ("service", "post_claims"): Status.WARNING,
        ("service", "partner_units"): Status.PASS,
    }
    assert [p.status for p in result.pillars] == [Status.PASS, Status.PASS, Status.FAIL, Status.WARNING]
    assert result.status is Status.FAIL

    money = result.figure("money", "operating_funds_per_worker")
    # 25,000.50 元 over (549 + 90)/365 worker-years; required (8000 × 549 + 10000 × 90)/365 = 14,498.63… 元
    assert money.value == Decimal("14280.41")
    assert money.standard == Decimal("8281.69")
    assert "达到按人·年计算的标准 14,498.64 元" in money.reason
    assert result.figure("place", "one_centre_three_rooms").reason.endswith("缺少卫生服务室、警务室")
    assert result.figure("service", "post_claims").value == Decimal("75.0")


def test_evaluate_quarter_and_month_pro_rate_by_days(ledgers) -> None:
    q1 = evaluate(ledgers, Q1)
    money = q1.figure("money", "operating_funds_per_worker")
    # (8000 + 10000) × 90/365 = 4,438.356… 元 required; 20,000.00 元 received.
    assert money.status is Status.PASS
    assert money.standard == Decimal("9000.00")
    assert money.value == Decimal("40555.56")
    assert "标准 4,438.36 元" in money.reason
    assert q1.figure("place", "service_area").reason == "服务(活动)用房 200 平方米，低于标准 300 平方米，差 100 平方米"

    feb = evaluate(ledgers, parse_period("2026-02"))
    money = feb.figure("money", "operating_funds_per_worker")
    # Only pay was received in February: operating funds 0 against (8000 + 10000) × 28/365.
    assert money.status is Status.FAIL
    assert money.value == Decimal("0.00")
    assert "差 1,380.83 元" in money.reason


def test_evaluate_uses_the_standards_in_force_in_the_database(ledgers) -> None:
    _add(ledgers, _standard(COMMUNITY_WORKER_FUNDING, "20000", date(2026, 1, 1)))
    assert evaluate(ledgers, YEAR).figure("money", "operating_funds_per_worker").status is Status.FAIL
    last_year = evaluate(ledgers, parse_period("2025"))
    assert last_year.standards[COMMUNITY_WORKER_FUNDING].value == "8000"


def test_office_code_limits_the_records(session) -> None:
    other = "150802001002"
    _add(
        session,
        Activity(held_on=date(2026, 3, 1), title="本社区", activity_kind="other"),
        Activity(office_code=other, held_on=date(2026, 3, 1), title="外社区", activity_kind="other"),
    )
    assert gather_inputs(session, YEAR).activity_count == 2
    assert gather_inputs(session, YEAR, OFFICE_CODE).activity_count == 1
    assert gather_inputs(session, YEAR, other).activity_count == 1


def test_an_empty_database_is_judged_without_errors(session) -> None:
    result = evaluate(session, YEAR)
    assert result.figure("people", "staff").status is Status.FAIL
    assert result.figure("place", "office_area").reason == NO_STANDARD_REASON
    assert result.status is Status.FAIL


def test_every_name_and_unit_shown_is_listed_for_translation() -> None:
    empty = _good(
        staff_count=0, worker_years={}, secretary_count=0, party_org_count=0, activity_count=0, pairing_count=0,
        visit_count=0, eligible_member_count=0, members_with_post=0, partner_unit_count=0,
    )  # fmt: skip
    shown: set[str] = set()
    for inputs, standards in ((_good(), _defaults()), (empty, _defaults()), (_good(), {})):
        result = judge(inputs, standards, YEAR)
        for pillar in result.pillars:
            shown.add(pillar.label)
            for figure in pillar.figures:
                shown.add(figure.label)
                if figure.unit != "%":
                    shown.add(figure.unit)
    assert shown <= set(DISPLAY_LABELS), shown - set(DISPLAY_LABELS)
