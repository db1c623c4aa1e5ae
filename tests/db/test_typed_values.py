"""db.typed: values as people type them, the one reading the record form and the Excel import share."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import typed
from db.forms import parse_yuan
from db.i18n import Text
from db.sheets.convert import CellProblem, parse_date, parse_money
from db.typed import Unreadable

TODAY = date(2026, 12, 7)
FULL_WIDTH = str.maketrans("0123456789-/.", "０１２３４５６７８９－／．")

# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2021-03-01",
        "2021-3-1",
        "2021/3/1",
        "2021/03/01",
        "2021.3.1",
        "2021.03.01",
        "20210301",
        "2021年3月1日",
        "2021年03月01日",
        "2021 年 3 月 1 日",
        "2021年3月1号",
        "21.3.1",
        "21-3-1",
        "21/03/01",
        "21年3月1日",
        "２０２１－０３－０１",  # full-width, as a Chinese input method types
        "２０２１年３月１日",
        "2021。3。1",  # the Chinese full stop for a dot
        "2021–03–01",  # an en dash
        " 2021-03-01 ",
        "2021-03-01 08:30",
        "2021-03-01 08:30:00",
    ],
)
def test_each_way_of_writing_a_date(text: str) -> None:
    assert typed.read_date(text, "任职日期", today=TODAY) == date(2021, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21.3.1", date(2021, 3, 1)),
        ("26.12.7", date(2026, 12, 7)),  # this year
        ("27.1.1", date(1927, 1, 1)),  # after this year: the century before
        ("52.7.8", date(1952, 7, 8)),
        ("00.1.1", date(2000, 1, 1)),
        ("99.12.31", date(1999, 12, 31)),
    ],
)
def test_a_two_digit_year_is_the_latest_such_year_not_after_this_one(text: str, expected: date) -> None:
    assert typed.read_date(text, today=TODAY) == expected


def test_a_two_digit_year_needs_separators_and_the_callers_leave() -> None:
    with pytest.raises(Unreadable):
        typed.read_date("210301", today=TODAY)  # six digits: year-month-day or a date half typed
    with pytest.raises(Unreadable):
        typed.read_date("21.3.1", short_year=False)
    with pytest.raises(CellProblem):
        parse_date("21.3.1")  # the Excel import shows no reading before it saves: refused


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2021-02-30", "2021年2月没有30日"),
        ("2021-02-29", "2021年2月没有29日"),
        ("2021-04-31", "4月没有31日"),
        ("2021-13-01", "没有13月"),
        ("2021-00-10", "没有0月"),
        ("20210230", "2月没有30日"),
        ("2021年2月30日", "2月没有30日"),
    ],
)
def test_an_impossible_date_is_refused_saying_why(text: str, why: str) -> None:
    with pytest.raises(Unreadable) as caught:
        typed.read_date(text, "任职日期")
    assert caught.value.rule == "bad_date"
    message = caught.value.message
    assert isinstance(message, Text)
    assert message.startswith(f"任职日期“{text}”不是有效的日期") and why in message


def test_29_february_of_a_leap_year_is_a_date() -> None:
    assert typed.read_date("2024-02-29") == date(2024, 2, 29)


@pytest.mark.parametrize("text", ["2021-", "2021-03-", "2021-03-0", "去年", "3月1日", "2021-3-1-5", "abc", "1.5"])
def test_what_is_not_written_as_a_date_is_refused_with_the_field_and_the_text(text: str) -> None:
    with pytest.raises(Unreadable) as caught:
        typed.read_date(text, "任职日期", today=TODAY)
    assert "任职日期" in caught.value.message and f"“{text}”" in caught.value.message


@pytest.mark.parametrize("text", ["2021-03", "2021年3月", "2021"])
def test_a_form_wants_the_whole_date(text: str) -> None:
    with pytest.raises(Unreadable) as caught:
        typed.read_date(text, "任职日期")
    assert caught.value.rule == "partial_date"
    assert "年、月、日都写上" in caught.value.message


def test_years_outside_1900_to_2100_are_refused() -> None:
    for text in ("1899-12-31", "2101-01-01", "0021-03-01"):
        with pytest.raises(Unreadable) as caught:
            typed.read_date(text, "出生日期")
        assert "1900" in caught.value.message and "2100" in caught.value.message


def test_blank_is_none() -> None:
    for text in ("", "  ", "\u3000"):
        assert typed.read_date(text) is None
        assert typed.read_money(text) is None
        assert typed.read_number(text) is None
        assert typed.read_integer(text) is None
        assert typed.read_month(text) is None
        assert typed.read_year(text) is None


def _styles(day: date) -> list[str]:
    return [
        day.isoformat(),
        f"{day.year}-{day.month}-{day.day}",
        f"{day.year}/{day.month}/{day.day}",
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}{day.month:02d}{day.day:02d}",
        f"{day.year}年{day.month}月{day.day}日",
        day.isoformat().translate(FULL_WIDTH),
    ]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_any_date_in_each_accepted_style_reads_back_to_itself(day: date) -> None:
    for text in _styles(day):
        assert typed.read_date(text, today=TODAY) == day, text
        assert parse_date(text).value == day, text  # the Excel import reads it the same


@given(st.dates(min_value=date(TODAY.year - 99, 1, 1), max_value=TODAY))
def test_any_date_of_the_last_hundred_years_reads_back_from_a_two_digit_year(day: date) -> None:
    short = day.year % 100
    assert typed.read_date(f"{short:02d}.{day.month}.{day.day}", today=TODAY) == day
    assert typed.read_date(f"{short:02d}年{day.month}月{day.day}日", today=TODAY) == day


def test_months_and_years() -> None:
    for text in ("2021-03", "2021.3", "2021/03", "2021年3月", "2021年3月份", "202103", "２０２１－３"):
        assert typed.read_month(text) == (2021, 3), text
    for text in ("2024", "2024年", "2024年度", "２０２４"):
        assert typed.read_year(text) == 2024, text
    with pytest.raises(Unreadable) as caught:
        typed.read_month("2021-13", "月份")
    assert "没有13月" in caught.value.message
    for text in ("24", "1800", "二〇二四"):
        with pytest.raises(Unreadable) as caught:
            typed.read_year(text, "年度")
        assert caught.value.rule == "bad_year" and "年度" in caught.value.message


def test_a_partial_date_with_how_much_was_written() -> None:
    assert typed.read_date_parts("2003.07") == (date(2003, 7, 1), typed.Precision.MONTH)
    assert typed.read_date_parts("2003年") == (date(2003, 1, 1), typed.Precision.YEAR)
    assert typed.read_date_parts("2003-7-9") == (date(2003, 7, 9), typed.Precision.DAY)


# -- money -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12000", 1200000),
        ("12,000", 1200000),
        ("12，000", 1200000),  # a full-width comma
        ("1,234,567.89", 123456789),
        ("800元", 80000),
        ("800 元", 80000),
        ("800元整", 80000),
        ("¥800", 80000),
        ("￥800.5", 80050),
        ("人民币800元", 80000),
        ("１２００", 120000),  # full-width
        ("１２００．５０元", 120050),
        ("1.2万", 1200000),
        ("1.2万元", 1200000),
        ("3万", 3000000),
        ("1.23456万", 1234560),
        ("0.5", 50),
        (".5", 50),
        ("12.", 1200),
        ("-50", -5000),  # negative where allowed (the checks refuse it where it is not)
        ("-1.5万", -1500000),
        ("0", 0),
    ],
)
def test_money(text: str, fen: int) -> None:
    assert typed.read_money(text, "金额") == fen
    assert parse_yuan(text) == fen  # the form's helper
    assert parse_money(text, "金额").value == fen  # the Excel import


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("1.234", "too_precise"),
        ("0.001", "too_precise"),
        ("1.2345678万", "too_precise"),
        ("1,2", "not_money"),  # a comma not between groups of three
        ("12,00", "not_money"),
        ("1,2345", "not_money"),
        ("1.2.3", "not_money"),
        ("十元", "not_money"),
        ("abc", "not_money"),
        ("1e5", "not_money"),
        ("NaN", "not_money"),
        ("万", "not_money"),
        ("-", "not_money"),
    ],
)
def test_what_is_not_an_amount_is_refused_never_rounded(text: str, rule: str) -> None:
    with pytest.raises(Unreadable) as caught:
        typed.read_money(text, "金额")
    assert caught.value.rule == rule
    assert caught.value.message.startswith(f"金额“{text}”")


def test_a_column_in_wan_yuan() -> None:
    assert typed.read_money("1.5", scale=10000) == 1500000


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_money_text_of_any_fen_amount_reads_back(fen: int) -> None:
    yuan = Decimal(fen) / 100
    for text in (f"{yuan:.2f}", f"{yuan:,.2f}", f"{yuan:.2f}元", f"¥{yuan:,.2f}", f"{yuan:.2f}".translate(FULL_WIDTH)):
        assert typed.read_money(text) == fen, text
    if fen % 100 == 0 and fen >= 0:
        assert typed.read_money(f"{fen // 100}") == fen
    if fen % 100 == 0:
        wan = Decimal(fen) / 1_000_000
        assert typed.read_money(f"{wan}万") == fen


# -- numbers and counts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("120", Decimal(120)),
        ("120.5", Decimal("120.5")),
        ("120平方米", Decimal(120)),
        ("120 平方米", Decimal(120)),
        ("85.5㎡", Decimal("85.5")),
        ("85.5m²", Decimal("85.5")),
        ("85.5平米", Decimal("85.5")),
        ("１２０．２５", Decimal("120.25")),
        ("1,200.5", Decimal("1200.5")),
        ("120.50", Decimal("120.5")),
    ],
)
def test_numbers(text: str, number: Decimal) -> None:
    assert typed.read_number(text, "面积", decimals=2) == number


def test_numbers_refused() -> None:
    for text in ("很大", "12.3.4", "1,20"):
        with pytest.raises(Unreadable) as caught:
            typed.read_number(text, "面积")
        assert caught.value.rule == "not_number" and "面积" in caught.value.message
    with pytest.raises(Unreadable) as caught:
        typed.read_number("120.125", "面积", decimals=2)
    assert caught.value.rule == "too_precise" and "2 位小数" in caught.value.message
    assert typed.read_number("120.125", "面积") == Decimal("120.125")  # no limit asked: kept whole
    assert typed.read_number("120.100", "面积", decimals=2) == Decimal("120.1")  # trailing zeros lose nothing


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("12", 12),
        ("12人", 12),
        ("12 人", 12),
        ("１２", 12),
        ("１２人", 12),
        ("1,200", 1200),
        ("12.0", 12),
        ("2024年", 2024),
    ],
)
def test_counts(text: str, count: int) -> None:
    assert typed.read_integer(text, "参加人数") == count


def test_counts_refused() -> None:
    for text in ("12.5", "十二", "12个半", "1,2"):
        with pytest.raises(Unreadable) as caught:
            typed.read_integer(text, "参加人数")
        assert caught.value.rule == "not_integer"
        assert caught.value.message == f"参加人数“{text}”应为整数，请只填写数字"


# -- ID numbers and phones: the same normalisation as the checks and the save ---------------


def test_id_numbers_and_phones() -> None:
    assert typed.read_id_number("１５０８０２１９８００１０１００２ｘ") == "15080219800101002X"
    assert typed.read_id_number(" 150802 19800101 002x ") == "15080219800101002X"
    assert typed.read_id_number("'15080219800101002X") == "15080219800101002X"
    assert typed.read_phone("１３８ １２３４ ５６７８") == "13812345678"
    assert typed.read_phone("（0478）8123456") == "0478-8123456"
    assert typed.read_phone("0478－8123456") == "0478-8123456"
