"""Reporting periods."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.errors import BadPeriod
from db.periods import current_period, parse_period


@pytest.mark.parametrize(
    ("text", "code", "start", "end", "label"),
    [
        ("2026", "2026", date(2026, 1, 1), date(2026, 12, 31), "2026年"),
        ("2026H1", "2026H1", date(2026, 1, 1), date(2026, 6, 30), "2026年上半年"),
        ("2026h2", "2026H2", date(2026, 7, 1), date(2026, 12, 31), "2026年下半年"),
        ("2026Q3", "2026Q3", date(2026, 7, 1), date(2026, 9, 30), "2026年第三季度"),
        ("2024-02", "2024-02", date(2024, 2, 1), date(2024, 2, 29), "2024年2月"),
        (" 2026-7 ", "2026-07", date(2026, 7, 1), date(2026, 7, 31), "2026年7月"),
    ],
)
def test_periods_parse(text: str, code: str, start: date, end: date, label: str) -> None:
    period = parse_period(text)
    assert (period.code, period.start, period.end, period.label) == (code, start, end, label)


@pytest.mark.parametrize("text", ["", "2026Q0", "2026Q5", "2026H3", "2026-00", "2026-13", "26", "1800", "二〇二六"])
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(BadPeriod):
        parse_period(text)


def test_overlap_days() -> None:
    q1 = parse_period("2026Q1")
    assert q1.days == 90
    assert q1.overlap_days(date(2026, 3, 1), None) == 31
    assert q1.overlap_days(None, date(2025, 12, 31)) == 0
    assert q1.overlap_days(date(2025, 1, 1), date(2026, 1, 1)) == 1


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(["year", "half", "quarter", "month"]),
)
def test_current_period_contains_the_day(day: date, kind: str) -> None:
    period = current_period(day, kind)
    assert period.contains(day) and period.kind == kind
    assert parse_period(period.code) == period
