"""Resident identity card numbers (居民身份证号码), GB 11643-1999.

18 characters: a 6-digit administrative division code, the birth date ``YYYYMMDD``, a
3-digit sequence code whose last digit is odd for men and even for women, and a check
character computed over the first 17 digits (ISO 7064 MOD 11-2; ``X`` stands for 10).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
