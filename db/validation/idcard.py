"""Resident identity card numbers (居民身份证号码), GB 11643-1999.

18 characters: a 6-digit administrative division code, the birth date ``YYYYMMDD``, a
3-digit sequence code whose last digit is odd for men and even for women, and a check
character computed over the first 17 digits (ISO 7064 MOD 11-2; ``X`` stands for 10).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.i18n import tr
from db.timeutil import local_today

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"


def check_digit(first17: str) -> str:
    """The check character for the first 17 digits of an ID number."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("need exactly 17 digits")
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def normalize_id_number(text: str) -> str:
    """An ID number as stored: surrounding and inner spaces removed, ``x`` as ``X``."""
    return "".join(text.split()).upper()


@dataclass(frozen=True)
class IdInfo:
    """What an ID number says about its holder."""

    region_code: str
    birth_date: date
    gender: str  # a Gender code: "male" or "female"


def parse_id_number(text: str) -> IdInfo | None:
    """Region, birth date and gender from a well-formed 18-character ID number, else None.

    The check character is not verified here; see :mod:`db.validation.rules`.
    """
    number = normalize_id_number(text)
    if len(number) != 18 or not number[:17].isdigit() or not number.isascii():
        return None
    try:
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None
    gender = "male" if int(number[16]) % 2 == 1 else "female"
    return IdInfo(region_code=number[:6], birth_date=birth, gender=gender)


# The first two digits: the province-level division of the holder's first registration
# (81–83 are the residence permits of Hong Kong, Macao and Taiwan residents).
PROVINCES: dict[str, str] = {
    "11": "北京市",
    "12": "天津市",
    "13": "河北省",
    "14": "山西省",
    "15": "内蒙古自治区",
    "21": "辽宁省",
    "22": "吉林省",
    "23": "黑龙江省",
    "31": "上海市",
    "32": "江苏省",
    "33": "浙江省",
    "34": "安徽省",
    "35": "福建省",
    "36": "江西省",
    "37": "山东省",
    "41": "河南省",
    "42": "湖北省",
    "43": "湖南省",
    "44": "广东省",
    "45": "广西壮族自治区",
    "46": "海南省",
    "50": "重庆市",
    "51": "四川省",
    "52": "贵州省",
    "53": "云南省",
    "54": "西藏自治区",
    "61": "陕西省",
    "62": "甘肃省",
    "63": "青海省",
    "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区",
    "71": "台湾省",
    "81": "香港特别行政区",
    "82": "澳门特别行政区",
    "83": "台湾地区",
}

EARLIEST_BIRTH = date(1900, 1, 1)


def id_number_problem(text: str, *, today: date | None = None) -> tuple[str, str] | None:
    """The first thing wrong with an ID number as ``(code, message)``, or None when it is valid.

    An empty value is not a problem here (whether the field is required is decided elsewhere).
    Codes: ``id_number.old_15``, ``id_number.length``, ``id_number.chars``, ``id_number.region``,
    ``id_number.birth_date``, ``id_number.birth_future``, ``id_number.check_digit``.
    """
    number = normalize_id_number(text or "")
    if not number:
        return None
    if len(number) == 15 and number.isascii() and number.isdigit():
        return "id_number.old_15", tr("这是 15 位的旧身份证号，请填写现在使用的 18 位身份证号")
    body_ok = number[:17].isascii() and number[:17].isdigit()
    last_ok = len(number) == 18 and (number[17].isdigit() or number[17] == "X") and number[17].isascii()
    if len(number) != 18:
        if not number.isascii() or not number.replace("X", "").isdigit():
            return "id_number.chars", tr("身份证号只能由数字组成（最后一位可以是 X），请核对")
        return "id_number.length", tr("身份证号应为 18 位，现在是 {length} 位，请核对", length=len(number))
    if not body_ok or not last_ok:
        return "id_number.chars", tr("身份证号只能由数字组成（最后一位可以是 X），请核对")
    if number[:2] not in PROVINCES:
        return "id_number.region", tr("身份证号前两位“{region}”不是有效的省份代码，请核对", region=number[:2])
    info = parse_id_number(number)
    if info is None:
        return (
            "id_number.birth_date",
            tr("身份证号第 7 至 14 位的出生日期“{digits}”不存在，请核对", digits=number[6:14]),
        )
    if info.birth_date > (today or local_today()):
        return "id_number.birth_future", tr("身份证号里的出生日期晚于今天，请核对第 7 至 14 位")
    if info.birth_date < EARLIEST_BIRTH:
        return "id_number.birth_date", tr("身份证号里的出生日期早于 1900 年，请核对第 7 至 14 位")
    if check_digit(number[:17]) != number[17]:
        return "id_number.check_digit", tr("身份证号校验位不对，请核对最后一位（也可能是前面某一位填错了）")
    return None


def is_valid_id_number(text: str, *, today: date | None = None) -> bool:
    """Whether ``text`` is a complete, valid 18-character ID number."""
    return bool(normalize_id_number(text or "")) and id_number_problem(text, today=today) is None
