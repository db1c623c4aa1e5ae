"""db.listing's column filters: equality on codes, years and links, inclusive date ranges, with search."""

from __future__ import annotations

from datetime import date

import pytest

from db import listing
from db.audit import LedgerSession, tombstone
from db.listing import NO_FILTER, ListFilter
from db.models import Activity, Award, Funding, PartyMember, PartyOrg

OFFICE = "150802001001"


@pytest.fixture
def activities(session: LedgerSession) -> dict[str, str]:
    """Activities around quarter and year ends; ids by title."""
    rows = [
        Activity(office_code=OFFICE, held_on=date(2025, 12, 31), title="跨年晚会", activity_kind="culture_sports"),
        Activity(
            office_code=OFFICE, held_on=date(2026, 1, 1), title="元旦党课", activity_kind="party_day", topic="policy"
        ),
        Activity(
            office_code=OFFICE,
            held_on=date(2026, 3, 31),
            title="普法讲座",
            activity_kind="lecture",
            topic="democracy_law",
        ),
        Activity(
            office_code=OFFICE, held_on=date(2026, 4, 1), title="主题党日", activity_kind="party_day", topic="policy"
        ),
        Activity(
            office_code=OFFICE, held_on=date(2026, 6, 30), title="义诊", activity_kind="convenience", topic="health"
        ),
    ]
    gone = Activity(office_code=OFFICE, held_on=date(2026, 2, 2), title="已删党日", activity_kind="party_day")
    session.add_all([*rows, gone])
    session.commit()
    tombstone(session, gone)
    session.commit()
    return {row.title: row.id for row in rows}


def _ids(session: LedgerSession, filters: ListFilter, search: str = "") -> set[str]:
    found = listing.page_ids(session, "activities", search, filters=filters)
    assert listing.count(session, "activities", search, filters) == len(found)
    return set(found)


def test_no_filter_keeps_every_live_record(session: LedgerSession, activities: dict[str, str]) -> None:
    assert _ids(session, NO_FILTER) == set(activities.values())
    assert not NO_FILTER.active
    assert listing.count(session, "activities") == 5  # the old call still works
    assert listing.page_ids(session, "activities", "党")  # positional search without filters


def test_equals_on_enumeration_codes(session: LedgerSession, activities: dict[str, str]) -> None:
    party_days = ListFilter(equals={"activity_kind": "party_day"})
    assert party_days.active
    assert _ids(session, party_days) == {activities["元旦党课"], activities["主题党日"]}  # not the deleted one
    both = ListFilter(equals={"activity_kind": "party_day", "topic": "policy"})
    assert _ids(session, both) == {activities["元旦党课"], activities["主题党日"]}
    assert _ids(session, ListFilter(equals={"activity_kind": "party_day", "topic": "health"})) == set()
    assert _ids(session, ListFilter(equals={"topic": "health"})) == {activities["义诊"]}


def test_date_range_includes_both_ends(session: LedgerSession, activities: dict[str, str]) -> None:
    first_quarter = ListFilter(date_field="held_on", date_from=date(2026, 1, 1), date_to=date(2026, 3, 31))
    assert _ids(session, first_quarter) == {activities["元旦党课"], activities["普法讲座"]}
    one_day = ListFilter(date_field="held_on", date_from=date(2026, 4, 1), date_to=date(2026, 4, 1))
    assert _ids(session, one_day) == {activities["主题党日"]}
    since = ListFilter(date_field="held_on", date_from=date(2026, 3, 31))
    assert _ids(session, since) == {activities["普法讲座"], activities["主题党日"], activities["义诊"]}
    until = ListFilter(date_field="held_on", date_to=date(2025, 12, 31))
    assert _ids(session, until) == {activities["跨年晚会"]}
    backwards = ListFilter(date_field="held_on", date_from=date(2026, 5, 1), date_to=date(2026, 4, 1))
    assert _ids(session, backwards) == set()
    unbounded = ListFilter(date_field="held_on")
    assert not unbounded.active
    assert _ids(session, unbounded) == set(activities.values())


def test_filters_and_search_combine(session: LedgerSession, activities: dict[str, str]) -> None:
    party_days = ListFilter(equals={"activity_kind": "party_day"})
    assert _ids(session, party_days, "主题") == {activities["主题党日"]}
    this_year = ListFilter(date_field="held_on", date_from=date(2026, 1, 1), date_to=date(2026, 12, 31))
    assert _ids(session, this_year, "党") == {activities["元旦党课"], activities["主题党日"]}
    assert _ids(session, this_year, "晚会") == set()


def test_filtered_ids_keep_the_order_asked_for(session: LedgerSession, activities: dict[str, str]) -> None:
    filters = ListFilter(equals={"topic": "policy"}, date_field="held_on", date_from=date(2026, 1, 1))
    newest_first = listing.page_ids(session, "activities", "", "held_on", True, filters=filters)
    assert newest_first == [activities["主题党日"], activities["元旦党课"]]


def test_a_dates_null_is_out_once_bounded(session: LedgerSession) -> None:
    org = PartyOrg(office_code=OFFICE, name="第一党支部", org_type="branch")
    session.add(org)
    session.flush()
    dated = PartyMember(office_code=OFFICE, name="甲", category="employed", joined_on=date(2010, 7, 1), org_id=org.id)
    undated = PartyMember(office_code=OFFICE, name="乙", category="retired")
    session.add_all([dated, undated])
    session.commit()
    bounded = ListFilter(date_field="joined_on", date_from=date(2000, 1, 1))
    assert listing.page_ids(session, "party_members", filters=bounded) == [dated.id]
    by_org = ListFilter(equals={"org_id": org.id})  # a link filters by the linked record's id
    assert listing.page_ids(session, "party_members", filters=by_org) == [dated.id]


def test_years_and_distinct_values(session: LedgerSession) -> None:
    session.add_all(
        [
            Funding(
                office_code=OFFICE,
                received_on=date(2025, 12, 20),
                fiscal_year=2025,
                source="fiscal",
                amount_fen=100,
                purpose="office",
            ),
            Funding(
                office_code=OFFICE,
                received_on=date(2026, 1, 10),
                fiscal_year=2025,
                source="party_dues",
                amount_fen=200,
                purpose="activity",
            ),
            Funding(
                office_code=OFFICE,
                received_on=date(2026, 2, 10),
                fiscal_year=2026,
                source="fiscal",
                amount_fen=300,
                purpose="activity",
            ),
            Award(office_code=OFFICE, title="文明社区", award_kind="civic_community", year=2024, awardee="胜利社区"),
            Award(office_code=OFFICE, title="文明市民", award_kind="civic_citizen", year=2025, awardee="王芳"),
        ]
    )
    session.commit()
    assert listing.distinct_values(session, "funding", "fiscal_year") == [2025, 2026]
    assert listing.distinct_values(session, "awards", "year", descending=True) == [2025, 2024]
    assert listing.count(session, "funding", filters=ListFilter(equals={"fiscal_year": 2025})) == 2
    assert listing.count(session, "funding", filters=ListFilter(equals={"fiscal_year": "2026"})) == 1  # as text
    assert listing.count(session, "funding", filters=ListFilter(equals={"fiscal_year": "二〇二六"})) == 0
    year_and_use = ListFilter(equals={"fiscal_year": 2025, "purpose": "activity"})
    assert listing.count(session, "funding", filters=year_and_use) == 1
    # the fiscal year and the day of receipt are different things: 2025's money that came in 2026
    received_2026 = ListFilter(
        equals={"fiscal_year": 2025}, date_field="received_on", date_from=date(2026, 1, 1), date_to=date(2026, 12, 31)
    )
    assert listing.count(session, "funding", filters=received_2026) == 1
    assert listing.count(session, "awards", filters=ListFilter(equals={"year": 2024})) == 1


def test_an_unknown_column_is_refused(session: LedgerSession) -> None:
    with pytest.raises(KeyError, match="no column"):
        listing.count(session, "activities", filters=ListFilter(equals={"nonsense": "x"}))
    with pytest.raises(KeyError, match="no column"):
        listing.count(session, "activities", filters=ListFilter(date_field="when", date_from=date(2026, 1, 1)))
