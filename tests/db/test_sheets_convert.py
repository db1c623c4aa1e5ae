"""Cell values as offices type them: dates, money, choices, yes/no, ID numbers, phones."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import enums as e
from db.sheets.convert import (
    EXCEL_EPOCH,
    CellProblem,
    choice_code,
    convert_cell,
    parse_choice,
    parse_choices,
    parse_date,
    parse_flag,
    parse_id_number,
    parse_integer,
    parse_money,
    parse_number,
    parse_phone,
    parse_year,
)
from db.sheets.spec import normalize_header, sheet_kind
from tests.support.sheets_support import make_id

# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "2023.5.1",
        "2023.05.01",
        "2023-5-1",
        "2023/05/01",
        "2023年5月1日",
        "2023 年 5 月 1 日",
        "2023年5月1号",
        "２０２３．５．１",  # full-width, typed with a Chinese input method
        "20230501",
        "2023-05-01 00:00:00",
        "2023.5.1.",
        datetime(2023, 5, 1, 8, 30),
        date(2023, 5, 1),
        45047,  # Excel serial number
        45047.0,
        45047.75,  # a serial with a time of day
        20230501,
    ],
)
def test_the_ways_offices_write_a_date(raw: object) -> None:
    converted = parse_date(raw, "入党日期")
    assert converted.value == date(2023, 5, 1)
    assert converted.warning is None


@pytest.mark.parametrize(
    ("raw", "expected", "code"),
    [
        ("2003.07", date(2003, 7, 1), "month_only"),
        ("2003年7月", date(2003, 7, 1), "month_only"),
        ("2003-7", date(2003, 7, 1), "month_only"),
        ("2003年", date(2003, 1, 1), "year_only"),
        (2003, date(2003, 1, 1), "year_only"),
        (2003.07, date(2003, 7, 1), "number_as_month"),
        (2003.12, date(2003, 12, 1), "number_as_month"),
        (2003.1, date(2003, 1, 1), "number_as_month"),  # could have been 2003.10: the message says so
    ],
)
def test_a_month_or_a_year_alone_is_read_with_a_warning(raw: object, expected: date, code: str) -> None:
    converted = parse_date(raw, "入党日期")
    assert converted.value == expected
    assert converted.warning is not None and converted.warning[0] == code
    assert "入党日期" in converted.warning[1]
    if raw == 2003.1:
        assert "10 月" in converted.warning[1]


@pytest.mark.parametrize("raw", ["23.5.1", "去年", "5月1日", 12, -3, True, "1899-12-31"])
def test_what_is_not_a_date_is_refused_with_the_field_named(raw: object) -> None:
    with pytest.raises(CellProblem) as caught:
        parse_date(raw, "入党日期")
    assert caught.value.code == "bad_date"
    assert "入党日期" in caught.value.message and "2023-05-01" in caught.value.message


@pytest.mark.parametrize(
    ("raw", "why"), [("2023.13.1", "没有13月"), ("2023-02-30", "2023年2月没有30日"), ("2024年4月31日", "4月没有31日")]
)
def test_an_impossible_date_is_refused_saying_why(raw: str, why: str) -> None:
    with pytest.raises(CellProblem) as caught:
        parse_date(raw, "入党日期")
    assert caught.value.code == "bad_date"
    assert caught.value.message.startswith(f"入党日期“{raw}”不是有效的日期") and why in caught.value.message


def test_blank_cells_are_none() -> None:
    for raw in (None, "", "   ", "\u3000"):
        assert parse_date(raw).value is None
        assert parse_money(raw).value is None
        assert parse_flag(raw).value is None
        assert parse_id_number(raw).value is None


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)))
def test_any_date_survives_each_written_style(day: date) -> None:
    for text in (
        day.isoformat(),
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
    ):
        assert parse_date(text).value == day
    serial = (day - EXCEL_EPOCH).days
    if serial >= 2101:  # smaller serials are years (2003 → 2003-01-01)
        assert parse_date(serial).value == day


# -- money and numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "fen"),
    [
        ("1,234.50", 123450),
        ("1，234.5元", 123450),
        ("￥800", 80000),
        ("¥ 800.00 元", 80000),
        ("800元整", 80000),
        ("1.2万元", 1200000),
        ("3万", 3000000),
        (1234.5, 123450),
        (0.1 + 0.2, 30),  # float noise from Excel arithmetic
        (5000, 500000),
        (Decimal("12.34"), 1234),
        ("０.５", 50),
    ],
)
def test_money_in_yuan_becomes_integer_fen(raw: object, fen: int) -> None:
    assert parse_money(raw, "金额").value == fen


def test_a_column_in_wan_yuan_scales() -> None:
    assert parse_money("1.5", "金额", scale=10000).value == 1500000
    column = sheet_kind("funding").field("amount_fen")
    assert convert_cell(column, 2.5, scale=10000).value == 2500000


@pytest.mark.parametrize("raw", ["十元", "1.234", "abc", True, date(2023, 1, 1), "1.2.3"])
def test_what_is_not_an_amount_is_refused(raw: object) -> None:
    with pytest.raises(CellProblem) as caught:
        parse_money(raw, "金额")
    assert caught.value.code in ("not_money", "too_precise")
    assert "金额" in caught.value.message


@given(st.integers(min_value=0, max_value=10**11))
def test_any_amount_in_fen_survives_as_text_and_as_a_number(fen: int) -> None:
    yuan = Decimal(fen) / 100
    assert parse_money(f"{yuan:,.2f}").value == fen
    assert parse_money(f"{yuan:.2f}元").value == fen
    assert parse_money(float(f"{yuan:.2f}")).value == fen


def test_numbers_and_counts() -> None:
    assert parse_number("120平方米").value == 120.0
    assert parse_number("85.5㎡").value == 85.5
    assert parse_number(60).value == 60.0
    assert parse_integer("12人").value == 12
    assert parse_integer(12.0).value == 12
    assert parse_year("2024年度").value == 2024
    assert parse_year(datetime(2024, 3, 1)).value == 2024
    with pytest.raises(CellProblem):
        parse_integer(12.5)
    with pytest.raises(CellProblem):
        parse_number("很大")


# -- choices and flags ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("enum_cls", "raw", "code"),
    [
        (e.Gender, "男", "male"),
        (e.Gender, " 女 ", "female"),
        (e.Gender, "女性", "female"),
        (e.Education, "大专", "college"),
        (e.Education, "本科", "bachelor"),
        (e.Education, "大学本科", "bachelor"),
        (e.Ethnicity, "蒙古族", "mongol"),
        (e.Ethnicity, "汉", "han"),
        (e.MemberCategory, "退休", "retired"),
        (e.MemberCategory, "在职党员", "employed"),
        (e.MembershipStatus, "预备", "probationary"),
        (e.ResidentCategory, "低保", "low_income"),
        (e.ResidentCategory, "独居老人", "elderly_alone"),
        (e.StaffPosition, "大学生“居官”", "college_graduate"),
        (e.StaffPosition, '大学生"居官"', "college_graduate"),
        (e.StaffPosition, "书记", "secretary"),
        (e.AreaClass, "服务(活动)用房", "service"),
        (e.AreaClass, "服务（活动）用房", "service"),
        (e.WorkerType, "街道（镇）工作者", "street"),
        (e.PoliticalStatus, "中共党员", "party_member"),
        (e.Gender, "male", "male"),  # the stored code works too
    ],
)
def test_choices_by_their_chinese_label_or_a_common_short_form(
    enum_cls: type[e.CodedEnum], raw: str, code: str
) -> None:
    assert parse_choice(enum_cls, raw, "项目").value == code


def test_every_label_of_every_enumeration_is_read_back() -> None:
    for enum_cls in e.CodedEnum.__subclasses__():
        for member in enum_cls:
            assert choice_code(enum_cls, member.label) == member.value, (enum_cls.__name__, member.label)


def test_an_unknown_choice_lists_what_may_be_written() -> None:
    with pytest.raises(CellProblem) as caught:
        parse_choice(e.Gender, "未知", "性别")
    assert "男、女" in caught.value.message and "性别" in caught.value.message


def test_an_ethnicity_not_in_the_list_is_recorded_as_other_with_a_warning() -> None:
    converted = parse_choice(e.Ethnicity, "壮族", "民族")
    assert converted.value == "other"
    assert converted.warning is not None and "壮族" in converted.warning[1]


def test_several_choices() -> None:
    assert parse_choices(e.ResidentNeed, "医疗、生活照料").value == "daily_care,medical"
    assert parse_choices(e.ResidentNeed, "医疗,就业；心理").value == "employment,medical,psychological"
    assert parse_choices(e.SupportKind, "资金 物资").value == "funds,materials"
    with pytest.raises(CellProblem) as caught:
        parse_choices(e.ResidentNeed, "医疗、旅游", "帮扶需求")
    assert "旅游" in caught.value.message


@pytest.mark.parametrize("raw", ["是", "有", "√", "Y", "yes", 1, True, "已参保"])
def test_yes(raw: object) -> None:
    assert parse_flag(raw).value is True


@pytest.mark.parametrize("raw", ["否", "无", "×", "N", "no", 0, False, "未参保", "没有"])
def test_no(raw: object) -> None:
    assert parse_flag(raw).value is False


def test_neither_yes_nor_no() -> None:
    with pytest.raises(CellProblem) as caught:
        parse_flag("也许", "养老保险")
    assert "养老保险" in caught.value.message and "是" in caught.value.message


# -- ID numbers and phones -----------------------------------------------------------------


def test_id_numbers_typed_as_text_are_normalized() -> None:
    number = make_id(date(1980, 1, 1), 11)
    assert parse_id_number(f" {number[:6]} {number[6:14]} {number[14:]} ").value == number
    assert parse_id_number("'" + number).value == number
    with_x = "15080219800101002X"
    assert parse_id_number(with_x.lower()).value == with_x
    assert parse_id_number(number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))).value == number


@pytest.mark.parametrize("raw", [1.50802198001011e17, 150802198001011232.0, "1.50802E+17", "1.50802198001011E+17"])
def test_an_id_number_excel_turned_into_a_number_is_refused(raw: object) -> None:
    with pytest.raises(CellProblem) as caught:
        parse_id_number(raw, "身份证号")
    assert caught.value.code == "excel_number"
    assert "文本" in caught.value.message


def test_phones() -> None:
    assert parse_phone(13812345678).value == "13812345678"
    assert parse_phone(13812345678.0).value == "13812345678"
    assert parse_phone("138 1234 5678").value == "13812345678"
    assert parse_phone("（0478）8123456").value == "0478-8123456"
    assert parse_phone("+86 138-1234-5678").value == "13812345678"


def test_convert_cell_names_the_field_in_the_code() -> None:
    column = sheet_kind("party_members").field("joined_on")
    with pytest.raises(CellProblem) as caught:
        convert_cell(column, "不详")
    assert caught.value.code == "joined_on.bad_date"
    assert "入党日期" in caught.value.message


def test_header_normalization() -> None:
    assert normalize_header(" 身份证号码 * ") == "身份证号码"
    assert normalize_header("姓\u3000名") == "姓名"
    assert normalize_header("联系电话：") == "联系电话"
    assert normalize_header("报酬（元）") == "报酬(元)"
    assert normalize_header("书记主任“一肩挑”") == "书记主任一肩挑"


@given(st.dates(min_value=date(1930, 1, 1), max_value=date(2020, 12, 31)), st.integers(0, 999))
def test_any_valid_id_number_reads_back(birth: date, seq: int) -> None:
    number = make_id(birth, seq)
    assert parse_id_number(number).value == number
    assert parse_id_number(int(number[:-1] + "0") if number[-1] == "X" else int(number)).value is not None


def test_serial_numbers_near_the_epoch() -> None:
    assert parse_date(61).value == date(1900, 3, 1)
    assert parse_date(60 + 365 * 100).value == EXCEL_EPOCH + timedelta(days=60 + 365 * 100)
