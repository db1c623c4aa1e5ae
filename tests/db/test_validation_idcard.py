"""ID numbers (GB 11643): check character, parsing and the problems a clerk is told about."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.validation import check_digit, normalize_id_number, parse_id_number
from db.validation.idcard import PROVINCES, id_number_problem, is_valid_id_number

TODAY = date(2026, 6, 1)


def make_id(birth: date, *, region: str = "150802", sequence: int = 12, male: bool = True) -> str:
    """A valid ID number for the given birth date and gender."""
    seq = sequence * 10 + (1 if male else 0)
    body = f"{region}{birth:%Y%m%d}{seq % 1000:03d}"
    return body + check_digit(body)


regions = st.builds(
    lambda province, rest: province + rest,
    st.sampled_from(sorted(PROVINCES)),
    st.text("0123456789", min_size=4, max_size=4),
)
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
sequences = st.text("0123456789", min_size=3, max_size=3)


@st.composite
def valid_ids(draw: st.DrawFn) -> str:
    body = f"{draw(regions)}{draw(births):%Y%m%d}{draw(sequences)}"
    return body + check_digit(body)


@given(regions, births, sequences)
def test_check_digit_completes_any_17_digits_with_a_valid_date(region: str, birth: date, sequence: str) -> None:
    body = f"{region}{birth:%Y%m%d}{sequence}"
    number = body + check_digit(body)
    assert len(number) == 18
    assert id_number_problem(number, today=TODAY) is None
    assert is_valid_id_number(number, today=TODAY)
    info = parse_id_number(number)
    assert info is not None
    assert info.birth_date == birth
    assert info.region_code == region
    assert info.gender == ("male" if int(sequence[2]) % 2 == 1 else "female")


@given(valid_ids(), st.integers(min_value=0, max_value=17), st.sampled_from("0123456789X"))
def test_any_single_character_change_is_rejected(number: str, position: int, replacement: str) -> None:
    if number[position] == replacement:
        replacement = "0" if replacement != "0" else "1"
    changed = number[:position] + replacement + number[position + 1 :]
    assert id_number_problem(changed, today=TODAY) is not None
    assert not is_valid_id_number(changed, today=TODAY)
    if position < 17 and replacement != "X":
        # MOD 11-2 catches every single substituted digit on its own
        assert check_digit(changed[:17]) != changed[17]


@given(valid_ids())
def test_spaces_and_lower_case_x_are_normalized(number: str) -> None:
    spaced = f" {number[:6]} {number[6:14]} {number[14:].lower()} "
    assert normalize_id_number(spaced) == number
    assert id_number_problem(spaced, today=TODAY) is None


def test_standard_sample_number() -> None:
    # the sample number printed in GB 11643-1999
    assert check_digit("11010519491231002") == "X"
    info = parse_id_number("11010519491231002x")
    assert info is not None
    assert info.birth_date == date(1949, 12, 31)
    assert info.gender == "female"
    assert info.region_code == "110105"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("150802800506123", "id_number.old_15"),
        ("15080219800506123", "id_number.length"),
        ("1508021980050612345", "id_number.length"),
        ("15080219800506A23X", "id_number.chars"),
        ("１５０８０２１９８００５０６１２３４", "id_number.chars"),  # full-width digits
        ("15080219800506123Y", "id_number.chars"),
    ],
)
def test_malformed_numbers(text: str, code: str) -> None:
    problem = id_number_problem(text, today=TODAY)
    assert problem is not None
    assert problem[0] == code


def test_old_15_digit_number_asks_for_the_18_digit_one() -> None:
    problem = id_number_problem("150802800506123", today=TODAY)
    assert problem is not None
    assert "18 位" in problem[1]


def test_unknown_province_is_rejected() -> None:
    number = make_id(date(1980, 5, 6), region="990802")
    problem = id_number_problem(number, today=TODAY)
    assert problem is not None
    assert problem[0] == "id_number.region"
    assert "99" in problem[1]


def test_impossible_birth_date_is_rejected() -> None:
    body = "15080219800230123"  # 30 February
    problem = id_number_problem(body + check_digit(body), today=TODAY)
    assert problem is not None
    assert problem[0] == "id_number.birth_date"
    assert "19800230" in problem[1]
    assert parse_id_number(body + check_digit(body)) is None


def test_birth_date_in_the_future_or_before_1900_is_rejected() -> None:
    future = make_id(date(2026, 7, 1))
    problem = id_number_problem(future, today=TODAY)
    assert problem is not None
    assert problem[0] == "id_number.birth_future"
    assert id_number_problem(future, today=date(2026, 7, 1)) is None
    problem = id_number_problem(make_id(date(1899, 12, 31)), today=TODAY)
    assert problem is not None
    assert problem[0] == "id_number.birth_date"


def test_wrong_check_character_message() -> None:
    number = make_id(date(1980, 5, 6))
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    problem = id_number_problem(wrong, today=TODAY)
    assert problem is not None
    assert problem[0] == "id_number.check_digit"
    assert "身份证号校验位不对，请核对最后一位" in problem[1]


def test_empty_is_not_a_problem_here_but_not_valid() -> None:
    assert id_number_problem("", today=TODAY) is None
    assert id_number_problem("   ", today=TODAY) is None
    assert not is_valid_id_number("", today=TODAY)


@pytest.mark.parametrize("bad", ["", "1234", "1508021980050612X", "15080219800506123Ｘ"])
def test_check_digit_refuses_anything_but_17_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        check_digit(bad)
