"""The city's standards are data with effective dates; a period is judged by those in force."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from db.audit import tombstone
from db.models import CityStandard
from db.periods import parse_period
from db.standards import (
    COMMUNITY_WORKER_FUNDING,
    DEFAULT_STANDARDS,
    DEFAULTS_EFFECTIVE_FROM,
    OFFICE_AREA,
    ONE_CENTRE_THREE_ROOMS,
    SERVICE_AREA,
    STREET_WORKER_FUNDING,
    StandardInForce,
    default_standard_records,
    select_in_force,
    standards_in_force,
)
from db.timeutil import utcnow
from tests.support.office import OFFICE_CODE


def _row(key: str, value: str, start: date, end: date | None = None, *, deleted: bool = False) -> CityStandard:
    return CityStandard(
        office_code=OFFICE_CODE,
        key=key,
        value=value,
        effective_from=start,
        effective_to=end,
        deleted_at=utcnow() if deleted else None,
    )


def test_defaults_are_the_five_city_rules() -> None:
    records = default_standard_records(OFFICE_CODE)
    assert [r.key for r in records] == [
        STREET_WORKER_FUNDING,
        COMMUNITY_WORKER_FUNDING,
        OFFICE_AREA,
        SERVICE_AREA,
        ONE_CENTRE_THREE_ROOMS,
    ]
    assert len(DEFAULT_STANDARDS) == 5
    assert all(r.office_code == OFFICE_CODE and r.effective_from == DEFAULTS_EFFECTIVE_FROM for r in records)
    in_force = select_in_force(records, parse_period("2026"))
    assert in_force[STREET_WORKER_FUNDING].number == Decimal("10000")
    assert in_force[COMMUNITY_WORKER_FUNDING].number == Decimal("8000")
    assert in_force[OFFICE_AREA].number == Decimal("120")
    assert in_force[SERVICE_AREA].number == Decimal("300")
    assert in_force[ONE_CENTRE_THREE_ROOMS].codes == ["service_center", "sports_room", "clinic", "police_room"]
    assert in_force[COMMUNITY_WORKER_FUNDING].unit == "元/人·年"


def test_nothing_in_force_before_the_defaults_took_effect() -> None:
    assert select_in_force(default_standard_records(OFFICE_CODE), parse_period("2011")) == {}


def test_the_latest_standard_that_took_effect_by_the_period_end_wins() -> None:
    rows = [
        _row(COMMUNITY_WORKER_FUNDING, "8000", date(2012, 1, 1)),
        _row(COMMUNITY_WORKER_FUNDING, "9000", date(2025, 1, 1)),
        _row(COMMUNITY_WORKER_FUNDING, "9500", date(2025, 7, 1)),
    ]
    assert select_in_force(rows, parse_period("2024"))[COMMUNITY_WORKER_FUNDING].value == "8000"
    assert select_in_force(rows, parse_period("2024Q4"))[COMMUNITY_WORKER_FUNDING].value == "8000"
    assert select_in_force(rows, parse_period("2025H1"))[COMMUNITY_WORKER_FUNDING].value == "9000"
    # A standard that takes effect within the period applies to the whole period.
    chosen = select_in_force(rows, parse_period("2025"))[COMMUNITY_WORKER_FUNDING]
    assert chosen.value == "9500"
    assert chosen.effective_from == date(2025, 7, 1)
    assert select_in_force(rows, parse_period("2025-06"))[COMMUNITY_WORKER_FUNDING].value == "9000"


def test_ended_future_and_tombstoned_standards_are_not_in_force() -> None:
    rows = [
        _row(OFFICE_AREA, "120", date(2012, 1, 1), date(2023, 12, 31)),
        _row(SERVICE_AREA, "300", date(2027, 1, 1)),
        _row(STREET_WORKER_FUNDING, "10000", date(2012, 1, 1), deleted=True),
    ]
    assert select_in_force(rows, parse_period("2024")) == {}
    # Still in force for a period it overlaps.
    assert select_in_force(rows, parse_period("2023Q4"))[OFFICE_AREA].value == "120"


def test_a_standard_ending_mid_period_still_applies_to_that_period() -> None:
    rows = [_row(OFFICE_AREA, "120", date(2012, 1, 1), date(2026, 2, 15))]
    assert OFFICE_AREA in select_in_force(rows, parse_period("2026Q1"))
    assert OFFICE_AREA not in select_in_force(rows, parse_period("2026-03"))


def test_number_and_codes() -> None:
    item = StandardInForce("x", "12.5", "", "", date(2020, 1, 1))
    assert item.number == Decimal("12.5")
    assert StandardInForce("y", "a, b,,c", "", "", date(2020, 1, 1)).codes == ["a", "b", "c"]
    with pytest.raises(ValueError, match="not a number"):
        _ = StandardInForce("z", "abc", "", "", date(2020, 1, 1)).number


def test_standards_in_force_reads_live_rows_from_the_database(session) -> None:
    session.add_all(default_standard_records(OFFICE_CODE))
    newer = _row(COMMUNITY_WORKER_FUNDING, "9000", date(2025, 1, 1))
    withdrawn = _row(OFFICE_AREA, "200", date(2025, 1, 1))
    session.add_all([newer, withdrawn])
    session.commit()
    tombstone(session, withdrawn)
    session.commit()

    for_2024 = standards_in_force(session, parse_period("2024"))
    for_2025 = standards_in_force(session, parse_period("2025"))
    assert set(for_2024) == set(for_2025) == {item.key for item in DEFAULT_STANDARDS}
    assert for_2024[COMMUNITY_WORKER_FUNDING].number == Decimal("8000")
    assert for_2025[COMMUNITY_WORKER_FUNDING].number == Decimal("9000")
    assert for_2025[OFFICE_AREA].number == Decimal("120")  # the tombstoned 200 m² rule is ignored
