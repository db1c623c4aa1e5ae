"""Phone numbers: mobiles and fixed lines in every way people write them."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.validation import Severity
from db.validation.phone import check_phone, is_landline, is_mobile, normalize_phone, split_phones

digits = st.text("0123456789", min_size=1, max_size=1)
mobiles = st.builds(
    lambda second, rest: "1" + second + rest,
    st.sampled_from("3456789"),
    st.text("0123456789", min_size=9, max_size=9),
)
area_codes = st.one_of(
    st.just("010"),
    st.builds(lambda d: "02" + d, digits),
    st.builds(
        lambda first, rest: "0" + first + rest,
        st.sampled_from("3456789"),
        st.text("0123456789", min_size=2, max_size=2),
    ),
)
local_numbers = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("23456789"),
    st.one_of(st.text("0123456789", min_size=6, max_size=6), st.text("0123456789", min_size=7, max_size=7)),
)
extensions = st.one_of(st.none(), st.text("0123456789", min_size=1, max_size=5))


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


MOBILE_FORMATS = (
    "{n}",
    "+86{n}",
    "+86 {n}",
    "86{n}",
    "{a} {b} {c}",
    "{a}-{b}-{c}",
    "+86 {a}-{b}-{c}",
    " {n} ",
)


@given(mobiles, st.sampled_from(MOBILE_FORMATS), st.booleans())
def test_valid_mobiles_in_every_format(number: str, pattern: str, wide: bool) -> None:
    text = pattern.format(n=number, a=number[:3], b=number[3:7], c=number[7:])
    if wide:
        text = full_width(text)
    assert is_mobile(text)
    assert not is_landline(text)
    assert check_phone(text) is None
    assert normalize_phone(text) == number


LANDLINE_FORMATS = ("{a}-{l}", "({a}){l}", "({a})-{l}", "{a} {l}", "({a}) {l}")


@given(area_codes, local_numbers, extensions, st.sampled_from(LANDLINE_FORMATS), st.sampled_from(["-", "转"]))
def test_valid_landlines_in_every_format(area: str, local: str, ext: str | None, pattern: str, sep: str) -> None:
    text = pattern.format(a=area, l=local) + (f"{sep}{ext}" if ext else "")
    assert is_landline(text)
    assert not is_mobile(text)
    assert check_phone(text) is None
    assert normalize_phone(text) == f"{area}-{local}" + (f"-{ext}" if ext else "")


@given(area_codes, local_numbers)
def test_landline_without_dash_is_accepted(area: str, local: str) -> None:
    assert is_landline(area + local)
    assert check_phone(area + local) is None


@given(mobiles.flatmap(lambda n: st.tuples(st.just(n), st.integers(min_value=3, max_value=14))))
def test_mobiles_of_wrong_length_are_rejected(case: tuple[str, int]) -> None:
    number, length = case
    if length == 11:
        length = 12
    text = (number * 2)[:length]
    assert not is_mobile(text)
    problem = check_phone(text)
    assert problem is not None
    assert problem[0] is Severity.ERROR
    assert problem[1] == "phone.mobile_length"
    assert f"{length} 位" in problem[2]


@given(st.sampled_from("012"), st.text("0123456789", min_size=9, max_size=9))
def test_mobiles_with_wrong_second_digit_are_rejected(second: str, rest: str) -> None:
    text = "1" + second + rest
    assert not is_mobile(text)
    assert not is_landline(text)
    problem = check_phone(text)
    assert problem is not None
    assert problem[:2] == (Severity.ERROR, "phone.mobile_prefix")


@given(area_codes, st.text("0123456789", min_size=1, max_size=5))
def test_landlines_with_too_short_local_numbers_are_rejected(area: str, local: str) -> None:
    text = f"{area}-{local}"
    assert not is_landline(text)
    problem = check_phone(text)
    assert problem is not None
    assert problem[0] is Severity.ERROR


@given(area_codes, st.sampled_from("23456789"), st.text("0123456789", min_size=8, max_size=10))
def test_landlines_with_too_long_local_numbers_are_rejected(area: str, first: str, rest: str) -> None:
    assert not is_landline(f"{area}-{first}{rest}")


@given(local_numbers)
def test_local_number_without_area_code_is_a_warning(local: str) -> None:
    problem = check_phone(local)
    assert problem is not None
    severity, code, message = problem
    assert severity is Severity.WARNING
    assert code == "phone.no_area_code"
    assert "请加上区号，如 0478-" in message
    assert local in message


def test_local_number_starting_with_0_or_1_is_not_a_local_number() -> None:
    assert check_phone("0123456") is not None
    assert check_phone("0123456")[0] is Severity.ERROR  # type: ignore[index]
    assert check_phone("1234567")[1] == "phone.mobile_length"  # type: ignore[index]


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_is_fine(text: str | None) -> None:
    assert check_phone(text) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["无", "138abc12345", "电话0478-8123456", "0478-812345a"])
def test_text_that_is_not_a_number_is_an_error(text: str) -> None:
    problem = check_phone(text)
    assert problem is not None
    assert problem[:2] == (Severity.ERROR, "phone.invalid")
    assert text in problem[2]


def test_several_numbers_in_one_field() -> None:
    assert split_phones("13812345678/0478-8123456") == ["13812345678", "0478-8123456"]
    assert check_phone("13812345678/0478-8123456") is None
    assert check_phone("13812345678、(0478)8123456") is None
    problem = check_phone("13812345678/8123456")
    assert problem is not None and problem[0] is Severity.WARNING
    problem = check_phone("8123456；1381234")
    assert problem is not None and problem[1] == "phone.mobile_length"  # the error wins over the warning


def test_message_names_the_field() -> None:
    problem = check_phone("12345", label="联系电话")
    assert problem is not None
    assert problem[2].startswith("联系电话“12345”")


def test_bayannur_examples() -> None:
    assert normalize_phone("0478 8123456") == "0478-8123456"
    assert normalize_phone("（0478）8123456转123") == "0478-8123456-123"
    assert normalize_phone("+86 138-1234-5678") == "13812345678"
    assert normalize_phone(unicodedata.normalize("NFKC", "  不详 ")) == "不详"
    assert is_landline("010-12345678") is False  # local numbers do not start with 1
    assert is_landline("010-62345678")
    assert is_landline("01062345678")
    assert normalize_phone("01062345678") == "010-62345678"
    assert normalize_phone("04788123456") == "0478-8123456"
    assert not is_landline("011-62345678")  # no such area code
