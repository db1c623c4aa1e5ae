"""The whole office's validation report (``shequ check``), with and without a period."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import insert

from db import models
from db.audit import LedgerSession, tombstone
from db.periods import parse_period
from db.store import Store
from db.timeutil import utcnow
from db.validation import Report, check_digit, check_office, validate_record
from db.validation.rules import KIND_ORDER

TODAY = date(2026, 6, 1)
OFFICE_CODE = "150802001001"


def make_id(birth: date, *, male: bool = True, sequence: int = 12) -> str:
    body = f"150802{birth:%Y%m%d}{(sequence * 10 + (1 if male else 0)) % 1000:03d}"
    return body + check_digit(body)


def found(report: Report) -> set[tuple[str, str | None]]:
    return {(issue.code, issue.record_id) for issue in report}


@dataclass
class Data:
    office: models.Office
    secretary: models.Staff
    grid_worker: models.Staff
    former_worker: models.Staff
    funding_q1: models.Funding
    funding_2025: models.Funding
    activity_q1: models.Activity
    twin_a: models.Resident
    twin_b: models.Resident
    twin_deleted: models.Resident
    claim_wrong: models.MemberPostClaim
    claim_mobile: models.MemberPostClaim
    pairing: models.Pairing
    visit_ok: models.Visit
    visit_early_q1: models.Visit
    visit_early_2025: models.Visit
    award_2025: models.Award
    everything: list[models.SyncedRecord]


@pytest.fixture
def data(session: LedgerSession) -> Data:
    twin_number = make_id(date(1948, 4, 2), male=False)
    office = models.Office(code=OFFICE_CODE, name="新华社区", phone="0478-8123456")
    secretary = models.Staff(
        name="张伟",
        position="secretary",
        political_status="party_member",
        start_date=date(2020, 1, 1),
        end_date=date(2025, 12, 31),
    )
    grid_worker = models.Staff(name="王芳", position="grid_worker", start_date=date(2025, 1, 1), phone="12345")
    former_worker = models.Staff(
        name="陈刚", position="grid_worker", start_date=date(2018, 1, 1), end_date=date(2024, 12, 31), pay_fen=-1
    )
    funding_q1 = models.Funding(
        received_on=date(2026, 2, 10), fiscal_year=2025, source="fiscal", amount_fen=2_000_000, purpose="office"
    )
    funding_2025 = models.Funding(
        received_on=date(2025, 5, 1), fiscal_year=2024, source="fiscal", amount_fen=100_000, purpose="activity"
    )
    activity_q1 = models.Activity(
        held_on=date(2026, 3, 1), title="主题党日", activity_kind="party_day", participants=10, member_participants=12
    )
    twin_a = models.Resident(name="赵芳", id_number=twin_number, category="elderly_alone")
    twin_b = models.Resident(name="赵 芳", id_number=twin_number, category="low_income")
    twin_deleted = models.Resident(name="赵芳(旧)", id_number=twin_number, category="low_income")
    employed = models.PartyMember(name="刘洋", category="employed", registered_on=date(2020, 3, 1))
    mobile = models.PartyMember(name="孙丽", category="mobile")
    volunteer = models.Volunteer(name="郑凯", joined_on=date(2020, 5, 1))
    session.add_all([office, secretary, grid_worker, former_worker, funding_q1, funding_2025, activity_q1])
    session.add_all([twin_a, twin_b, twin_deleted, employed, mobile, volunteer])
    session.commit()

    claim_wrong = models.MemberPostClaim(member_id=employed.id, post="mediation", claimed_on=date(2026, 1, 5))
    claim_mobile = models.MemberPostClaim(
        member_id=mobile.id, post="security", claimed_on=date(2025, 2, 1), ended_on=date(2025, 6, 30)
    )
    pairing = models.Pairing(
        resident_id=twin_a.id,
        helper_kind="volunteer",
        volunteer_id=volunteer.id,
        start_date=date(2026, 1, 10),
        end_date=date(2026, 12, 31),
        help_kind="daily_life",
    )
    award_2025 = models.Award(title="文明社区", award_kind="civic_community", year=2025, awardee="")
    session.add_all([claim_wrong, claim_mobile, pairing, award_2025])
    session.commit()

    visit_ok = models.Visit(pairing_id=pairing.id, visited_on=date(2026, 2, 1), content="打扫卫生")
    visit_early_q1 = models.Visit(pairing_id=pairing.id, visited_on=date(2026, 1, 5), content="送米面油")
    visit_early_2025 = models.Visit(pairing_id=pairing.id, visited_on=date(2025, 12, 1), content="走访")
    session.add_all([visit_ok, visit_early_q1, visit_early_2025])
    session.commit()
    tombstone(session, twin_deleted)
    session.commit()
    everything: list[models.SyncedRecord] = [
        office,
        secretary,
        grid_worker,
        former_worker,
        funding_q1,
        funding_2025,
        activity_q1,
        twin_a,
        twin_b,
        employed,
        mobile,
        volunteer,
        claim_wrong,
        claim_mobile,
        pairing,
        award_2025,
        visit_ok,
        visit_early_q1,
        visit_early_2025,
    ]
    return Data(
        office,
        secretary,
        grid_worker,
        former_worker,
        funding_q1,
        funding_2025,
        activity_q1,
        twin_a,
        twin_b,
        twin_deleted,
        claim_wrong,
        claim_mobile,
        pairing,
        visit_ok,
        visit_early_q1,
        visit_early_2025,
        award_2025,
        everything,
    )


def in_any_period(d: Data) -> set[tuple[str, str | None]]:
    """Issues of records that every period of 2026 concerns."""
    return {
        ("phone.mobile_length", d.grid_worker.id),
        ("id_number.duplicate", d.twin_a.id),
        ("id_number.duplicate", d.twin_b.id),
        ("post.category_mismatch", d.claim_wrong.id),
        ("start_date.visits_outside", d.pairing.id),  # two of its visits are before it started
    }


def test_first_quarter(session: LedgerSession, data: Data) -> None:
    report = check_office(session, parse_period("2026Q1"), today=TODAY)
    assert found(report) == in_any_period(data) | {
        ("period.no_secretary", None),
        ("fiscal_year.mismatch", data.funding_q1.id),
        ("member_participants.more_than_participants", data.activity_q1.id),
        ("visited_on.outside_pairing", data.visit_early_q1.id),
    }


def test_second_quarter_has_no_funding_and_no_activities(session: LedgerSession, data: Data) -> None:
    report = check_office(session, parse_period("2026Q2"), today=TODAY)
    assert found(report) == in_any_period(data) | {
        ("period.no_secretary", None),
        ("period.no_funding", None),
        ("period.no_activities", None),
    }
    by_code = {issue.code: issue for issue in report}
    assert by_code["period.no_funding"].kind == "funding"
    assert by_code["period.no_funding"].message.startswith("2026年第二季度没有经费到账记录")
    assert by_code["period.no_activities"].kind == "activities"
    assert by_code["period.no_secretary"].kind == "staff"
    assert by_code["period.no_secretary"].param("period") == "2026Q2"


def test_year_with_a_secretary_in_office(session: LedgerSession, data: Data) -> None:
    report = check_office(session, parse_period("2025"), today=TODAY)
    assert found(report) == {
        ("phone.mobile_length", data.grid_worker.id),
        ("id_number.duplicate", data.twin_a.id),
        ("id_number.duplicate", data.twin_b.id),
        ("fiscal_year.mismatch", data.funding_2025.id),
        ("post.mobile_member", data.claim_mobile.id),
        ("visited_on.outside_pairing", data.visit_early_2025.id),
        ("awardee.required", data.award_2025.id),
        ("period.no_activities", None),
    }


def test_without_a_period_every_live_record_is_checked(session: LedgerSession, data: Data) -> None:
    report = check_office(session, today=TODAY)
    assert found(report) == in_any_period(data) | {
        ("pay_fen.negative", data.former_worker.id),
        ("fiscal_year.mismatch", data.funding_q1.id),
        ("fiscal_year.mismatch", data.funding_2025.id),
        ("member_participants.more_than_participants", data.activity_q1.id),
        ("post.mobile_member", data.claim_mobile.id),
        ("visited_on.outside_pairing", data.visit_early_q1.id),
        ("visited_on.outside_pairing", data.visit_early_2025.id),
        ("awardee.required", data.award_2025.id),
    }
    assert data.twin_deleted.id not in {issue.record_id for issue in report}


def test_issues_carry_their_record_and_point_to_the_duplicate(session: LedgerSession, data: Data) -> None:
    report = check_office(session, today=TODAY)
    duplicate = report.for_record(data.twin_b.id)
    assert [issue.code for issue in duplicate] == ["id_number.duplicate"]
    assert duplicate[0].param("other_id") == data.twin_a.id
    assert "赵芳" in duplicate[0].message
    assert (duplicate[0].kind, duplicate[0].record_title) == ("residents", "赵 芳")
    assert report.for_record(data.twin_a.id)[0].param("other_id") == data.twin_b.id

    grid = report.for_record(data.grid_worker.id)[0]
    assert (grid.kind, grid.record_title, grid.field) == ("staff", "王芳", "phone")
    post = report.for_record(data.claim_wrong.id)[0]
    assert (post.kind, post.record_title) == ("member_posts", "民事调解")
    pairing = report.for_record(data.pairing.id)[0]
    assert (pairing.param("count"), pairing.param("first"), pairing.param("last")) == ("2", "2025-12-01", "2026-01-05")
    visit = report.for_record(data.visit_early_q1.id)[0]
    assert (visit.kind, visit.record_title) == ("visits", "2026-01-05 送米面油")

    kinds_in_order = [KIND_ORDER.index(issue.kind) for issue in report if issue.kind is not None]
    assert kinds_in_order == sorted(kinds_in_order)
    assert json.loads(json.dumps(report.to_dicts(), ensure_ascii=False))[0]["kind"] == "staff"


def test_agrees_with_validate_record(session: LedgerSession, data: Data) -> None:
    whole = check_office(session, today=TODAY)
    for record in data.everything:
        own = {issue.code for issue in validate_record(session, record, today=TODAY)}
        assert own == {issue.code for issue in whole.for_record(record.id)}, type(record).__name__


def test_fixing_a_record_clears_its_issue(session: LedgerSession, data: Data) -> None:
    data.grid_worker.phone = "0478-8123456"
    session.add(data.grid_worker)
    session.commit()
    report = check_office(session, parse_period("2026Q1"), today=TODAY)
    assert ("phone.mobile_length", data.grid_worker.id) not in found(report)


def test_empty_office(session: LedgerSession) -> None:
    assert found(check_office(session, today=TODAY)) == {("office.missing", None)}
    assert found(check_office(session, parse_period("2026-03"), today=TODAY)) == {
        ("office.missing", None),
        ("period.no_funding", None),
        ("period.no_activities", None),
        ("period.no_secretary", None),
    }


def test_restricted_to_one_office(session: LedgerSession, data: Data) -> None:
    assert found(check_office(session, today=TODAY, office_code="150802001002")) == {("office.missing", None)}
    assert len(check_office(session, today=TODAY, office_code=OFFICE_CODE)) == len(check_office(session, today=TODAY))


@pytest.mark.slow
def test_one_hundred_thousand_records_in_a_few_seconds(store: Store, session: LedgerSession) -> None:
    rnd = random.Random(7)

    def row(**values: Any) -> dict[str, Any]:
        return {"id": str(uuid.uuid4()), "office_code": OFFICE_CODE, "version": 1, "modified_at": utcnow(), **values}

    def person_id() -> str:
        return make_id(date(1940, 1, 1) + timedelta(days=rnd.randint(0, 25_000)), sequence=rnd.randint(0, 99))

    with store.engine.begin() as connection:
        residents = [
            row(name=f"居民{i}", id_number=person_id(), category="low_income", needs="medical") for i in range(30_000)
        ]
        members = [row(name=f"党员{i}", id_number=person_id(), category="employed") for i in range(15_000)]
        pairings = [
            row(
                resident_id=rnd.choice(residents)["id"],
                helper_kind="party_member",
                member_id=rnd.choice(members)["id"],
                start_date=date(2025, 1, 1),
                end_date=date(2025, 12, 31),
                help_kind="medical",
            )
            for _ in range(10_000)
        ]
        visits = [
            row(
                pairing_id=rnd.choice(pairings)["id"],
                visited_on=date(2025, 1, 1) + timedelta(days=rnd.randint(0, 400)),
                content="走访",
            )
            for _ in range(25_000)
        ]
        posts = [
            row(member_id=rnd.choice(members)["id"], post=rnd.choice(["security", "mediation"])) for _ in range(5_000)
        ]
        activities = [
            row(
                held_on=date(2025, 1, 1) + timedelta(days=rnd.randint(0, 364)),
                title=f"活动{i}",
                activity_kind="party_day",
            )
            for i in range(10_000)
        ]
        funding = [
            row(received_on=date(2025, 3, 1), fiscal_year=2025, source="fiscal", amount_fen=100, purpose="office")
            for _ in range(5_000)
        ]
        for model, rows in (
            (models.Resident, residents),
            (models.PartyMember, members),
            (models.Pairing, pairings),
            (models.Visit, visits),
            (models.MemberPostClaim, posts),
            (models.Activity, activities),
            (models.Funding, funding),
        ):
            connection.execute(insert(model.__table__), rows)  # type: ignore[attr-defined]

    report = check_office(session, today=TODAY)
    late_visits = sum(1 for v in visits if v["visited_on"] > date(2025, 12, 31))
    codes = [issue.code for issue in report]
    assert codes.count("visited_on.outside_pairing") == late_visits
    assert codes.count("post.category_mismatch") == sum(1 for p in posts if p["post"] == "mediation")
