"""Values as people type them, read one way for the record form and the Excel import.

Every reader takes text (what a field or a sheet cell holds) and returns the value the ledgers
store, ``None`` for blank text, or raises :class:`Unreadable` with a rule (``bad_date``,
``not_money``, …) and a Chinese sentence (:func:`db.i18n.tr`) naming the field and the text. A
reader never guesses silently: what it cannot read for certain is refused, and where a reading
needs a decision (a two-digit year) the caller shows the result before it is saved.

What is understood (full-width digits and punctuation, as a Chinese input method types them,
anywhere):

* dates: ``2021-03-01``, ``2021/3/1``, ``2021.3.1``, ``20210301``, ``2021年3月1日`` (also ``号``),
  a trailing time of day; an impossible date (``2021-02-30``) is refused saying why.
  A two-digit year (``21.3.1``, ``21年3月1日``) only where the caller allows it (the form, which
  shows the full date read before saving; never the Excel import): it needs separators (``210301``
  is refused) and is the latest year ending in those digits that is not after this year — in 2026,
  ``21`` is 2021 and ``52`` is 1952. Years run from 1900 to 2100;
* a month (``2021-03``, ``2021.3``, ``2021年3月``, ``2021年3月份``) and a year (``2021``, ``2021年``,
  ``2021年度``) where a form or a filter asks for one, or as a partial date (:func:`read_date_parts`);
* money in 元 → integer fen: ``12,000`` (commas only between groups of three), ``800元``, ``¥800``,
  ``1.2万`` / ``1.2万元`` (×10000), ``-50``; more than two decimals of 元 is refused, never rounded;
* decimal numbers with a unit after them (``120平方米``, ``85.5㎡``);
* counts: whole numbers, ``12人``, ``2024年``, ``1,200``; ``12.5`` is refused;
* ID numbers and phones: normalised by :mod:`db.validation.idcard` and :mod:`db.validation.phone`
  (the same normalisation the form's save and the checks use).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from db.i18n import Label, Text, tr
from db.timeutil import local_today
from db.validation.idcard import normalize_id_number
from db.validation.phone import normalize_phone

YEAR_MIN, YEAR_MAX = 1900, 2100


class Unreadable(ValueError):
    """Text that cannot be read as the value asked for; ``message`` says why, in Chinese."""

    def __init__(self, rule: str, message: Text) -> None:
        super().__init__(str(message))
        self.rule = rule
        self.message = message


# Characters a Chinese input method types for the ASCII ones (NFKC handles the full-width forms).
_LOOKALIKES = str.maketrans(
    {
        "。": ".",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
    }
)


def unify(text: str) -> str:
    """Full-width characters as half-width, look-alike dots and dashes as ASCII, trimmed."""
    return unicodedata.normalize("NFKC", text).translate(_LOOKALIKES).strip()


def is_blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _label(label: str) -> Label:
    return label if isinstance(label, Label) else Label(label)


# ---------------------------------------------------------------------------------------
# Dates


class Precision(StrEnum):
    """How much of a date was written."""

    DAY = "day"
    MONTH = "month"  # the 1st of the month stands for it
    YEAR = "year"  # 1 January stands for it


_TIME_TAIL = re.compile(r"(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_FULL_DATE = re.compile(r"^(\d{4}|\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?\s*\.?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YEAR_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月份?)?\s*\.?$")
_COMPACT_MONTH = re.compile(r"^(\d{4})(\d{2})$")
_YEAR_ONLY = re.compile(r"^(\d{4})\s*(?:年度?)?$")


def bad_date(label: str, text: str) -> Unreadable:
    """The refusal of text that is not written as a date."""
    return Unreadable(
        "bad_date",
        tr(
            "{label}“{value}”不是有效的日期，请写成 2023-05-01、2023.5.1 或 2023年5月1日 的样式",
            label=_label(label),
            value=text,
        ),
    )


def full_year(short: int, today: date | None = None) -> int:
    """A two-digit year as the latest year ending in those digits that is not after this year."""
    this_year = (today or local_today()).year
    year = this_year - this_year % 100 + short
    return year if year <= this_year else year - 100


def make_date(label: str, text: str, year: int, month: int, day: int) -> date:
    """The date of these parts, or a refusal saying what is wrong with them."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise Unreadable(
            "bad_date",
            tr(
                "{label}“{value}”的年份 {year} 不对，请写 {low} 到 {high} 之间的年份，如 2023-05-01",
                label=_label(label),
                value=text,
                year=year,
                low=YEAR_MIN,
                high=YEAR_MAX,
            ),
        )
    if not 1 <= month <= 12:
        raise Unreadable(
            "bad_date",
            tr("{label}“{value}”不是有效的日期：没有{month}月，请核对", label=_label(label), value=text, month=month),
        )
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise Unreadable(
            "bad_date",
            tr(
                "{label}“{value}”不是有效的日期：{year}年{month}月没有{day}日，请核对",
                label=_label(label),
                value=text,
                year=year,
                month=month,
                day=day,
            ),
        )
    return date(year, month, day)


def _date_text(text: str) -> str:
    return _TIME_TAIL.sub("", unify(text)).strip()


def read_date_parts(
    text: str, label: str = "日期", *, short_year: bool = False, today: date | None = None
) -> tuple[date, Precision] | None:
    """A date, or a month or a year alone (the 1st of the month, 1 January), with how much was written.

    ``short_year``: a two-digit year is read (see the module docstring); else it is refused.
    """
    if is_blank(text):
        return None
    cleaned = _date_text(text)
    if match := _FULL_DATE.match(cleaned):
        year = int(match[1])
        if len(match[1]) == 2:
            if not short_year:
                raise bad_date(label, text)
            year = full_year(year, today)
        return make_date(label, text, year, int(match[2]), int(match[3])), Precision.DAY
    if match := _COMPACT.match(cleaned):
        return make_date(label, text, int(match[1]), int(match[2]), int(match[3])), Precision.DAY
    if match := _YEAR_MONTH.match(cleaned):
        return make_date(label, text, int(match[1]), int(match[2]), 1), Precision.MONTH
    if match := _YEAR_ONLY.match(cleaned):
        return make_date(label, text, int(match[1]), 1, 1), Precision.YEAR
    raise bad_date(label, text)


def read_date(text: str, label: str = "日期", *, short_year: bool = True, today: date | None = None) -> date | None:
    """A whole date (see the module docstring); a month or a year alone is refused."""
    found = read_date_parts(text, label, short_year=short_year, today=today)
    if found is None:
        return None
    day, precision = found
    if precision is not Precision.DAY:
        raise Unreadable(
            "partial_date",
            tr(
                "{label}“{value}”不是完整的日期，请把年、月、日都写上，如 {example}",
                label=_label(label),
                value=text,
                example=f"{day.year}-{day.month:02d}-01",
            ),
        )
    return day


def read_month(text: str, label: str = "月份") -> tuple[int, int] | None:
    """A month as (year, month): ``2021-03``, ``2021.3``, ``2021年3月``, ``202103``."""
    if is_blank(text):
        return None
    cleaned = _date_text(text)
    match = _YEAR_MONTH.match(cleaned) or _COMPACT_MONTH.match(cleaned)
    if match is None:
        raise Unreadable(
            "bad_month",
            tr("{label}“{value}”不是月份，请写成 2023-05 或 2023年5月 的样式", label=_label(label), value=text),
        )
    first = make_date(label, text, int(match[1]), int(match[2]), 1)
    return first.year, first.month


def read_year(text: str, label: str = "年度") -> int | None:
    """A year: ``2024``, ``2024年``, ``2024年度`` (1900 to 2100)."""
    if is_blank(text):
        return None
    match = _YEAR_ONLY.match(unify(text))
    if match is None or not YEAR_MIN <= int(match[1]) <= YEAR_MAX:
        raise Unreadable(
            "bad_year",
            tr("{label}“{value}”不是年份，请写四位数的年份，如 2024", label=_label(label), value=text),
        )
    return int(match[1])


def iso_datetime_date(text: str) -> date | None:
    """The date of an ISO date-time copied from another program (``2023-05-01T08:30+08:00``), else None."""
    cleaned = unify(text)
    if not re.match(r"^\d{4}-\d{2}-\d{2}[T ]", cleaned):
        return None
    try:
        return datetime.fromisoformat(cleaned).date()
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------
# Numbers and money

_MONEY_JUNK = re.compile(r"\s|¥|人民币|rmb|cny", re.IGNORECASE)
_WAN = re.compile(r"万元?$")
_YUAN = re.compile(r"(?:元|圆)整?$")
_PLAIN = re.compile(r"^([+-]?)(\d*)(?:\.(\d*))?$")
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def _split_number(text: str) -> tuple[Decimal, int] | None:
    """``-1,234.50`` as (Decimal, decimals written); commas only between groups of three."""
    match = _PLAIN.match(text.replace(",", "")) if _comma_ok(text) else None
    if match is None:
        return None
    sign, whole, fraction = match[1], match[2], match[3] or ""
    if not whole and not fraction:
        return None
    try:
        value = Decimal(f"{sign}{whole or '0'}.{fraction or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern allows digits only
        return None
    return value, len(fraction)


def _comma_ok(text: str) -> bool:
    if "," not in text:
        return True
    whole = text.lstrip("+-").split(".", 1)[0]
    return bool(_GROUPED.match(whole))


def _not_money(label: str, text: str) -> Unreadable:
    return Unreadable(
        "not_money",
        tr("{label}“{value}”不是金额，请只填写数字（单位：元），如 1234.50", label=_label(label), value=text),
    )


def read_money(text: str, label: str = "金额", *, scale: int = 1) -> int | None:
    """An amount in 元 (in 万元 with ``scale=10000``, or written ``1.2万``) as integer fen."""
    if is_blank(text):
        return None
    cleaned = _MONEY_JUNK.sub("", unify(text))
    factor = Decimal(scale)
    if _WAN.search(cleaned):
        factor = Decimal(10000)
        cleaned = _WAN.sub("", cleaned)
    cleaned = _YUAN.sub("", cleaned)
    found = _split_number(cleaned)
    if found is None:
        raise _not_money(label, text)
    fen = found[0] * factor * 100
    if fen != fen.to_integral_value():
        raise Unreadable(
            "too_precise",
            tr("{label}“{value}”超过了两位小数（精确到分），请核对", label=_label(label), value=text),
        )
    return int(fen)


_NUMBER_UNITS = re.compile(r"(平方米|平米|平方|m2|平|台|个|人次|人|名|小时|h)$", re.IGNORECASE)


def read_number(text: str, label: str = "数值", *, decimals: int | None = None) -> Decimal | None:
    """A decimal number (an area, hours); a unit after it is ignored (``120平方米``).

    ``decimals``: at most that many decimals (more is refused, never rounded).
    """
    if is_blank(text):
        return None
    cleaned = _NUMBER_UNITS.sub("", re.sub(r"\s", "", unify(text)))
    found = _split_number(cleaned)
    if found is None:
        raise Unreadable(
            "not_number", tr("{label}“{value}”不是数字，请只填写数字，如 120.5", label=_label(label), value=text)
        )
    value, written = found
    if decimals is not None and written > decimals and value != value.quantize(Decimal(1).scaleb(-decimals)):
        raise Unreadable(
            "too_precise",
            tr(
                "{label}“{value}”的小数位太多，最多填写 {decimals} 位小数",
                label=_label(label),
                value=text,
                decimals=decimals,
            ),
        )
    return value


_COUNT_UNITS = re.compile(r"(年度|年|人次|人|名|台|个|次|户|家|处|间|场)$")


def read_integer(text: str, label: str = "数值") -> int | None:
    """A whole number (a count, a year): ``12``, ``12人``, ``2024年``, ``1,200``, ``12.0``."""
    if is_blank(text):
        return None
    cleaned = _COUNT_UNITS.sub("", re.sub(r"\s", "", unify(text)))
    found = _split_number(cleaned)
    if found is None or found[0] != found[0].to_integral_value():
        raise Unreadable("not_integer", tr("{label}“{value}”应为整数，请只填写数字", label=_label(label), value=text))
    return int(found[0])


# ---------------------------------------------------------------------------------------
# ID numbers and phones


def read_id_number(text: str) -> str:
    """An ID number as stored: full-width as half-width, spaces and a leading apostrophe gone, ``X``."""
    return normalize_id_number(unify(text).lstrip("'`‘’"))


def read_phone(text: str) -> str:
    """A phone number as stored (see :func:`db.validation.phone.normalize_phone`)."""
    return normalize_phone(unify(text).lstrip("'`‘’"))
