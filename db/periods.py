"""Reporting periods: a month ``2026-07``, a quarter ``2026Q3``, a half-year ``2026H1``, a year ``2026``."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from db.errors import BadPeriod
from db.i18n import Text, tr

_PATTERNS = (
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{4})[Hh]([12])$"), "half"),
    (re.compile(r"^(\d{4})[Qq]([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), "month"),
)

MIN_YEAR = 1990
MAX_YEAR = 2100


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period: its canonical code and its first and last day (inclusive)."""

    start: date
    end: date
    code: str
    kind: str  # "year", "half", "quarter" or "month"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def label(self) -> str:
        """The period as written on a Chinese form: 2026年第三季度."""
        if self.kind == "year":
            return f"{self.year}年"
        if self.kind == "half":
            return f"{self.year}年{'上' if self.start.month == 1 else '下'}半年"
        if self.kind == "quarter":
            return f"{self.year}年第{'一二三四'[(self.start.month - 1) // 3]}季度"
        return f"{self.year}年{self.start.month}月"

    @property
    def label_text(self) -> Text:
        """:attr:`label` as a :class:`~db.i18n.Text` the app can translate (for sentences)."""
        year = self.year
        if self.kind == "year":
            return tr("{year}年", year=year)
        if self.kind == "half":
            return tr("{year}年上半年", year=year) if self.start.month == 1 else tr("{year}年下半年", year=year)
        if self.kind == "quarter":
            quarter = (self.start.month - 1) // 3
            if quarter == 0:
                return tr("{year}年第一季度", year=year)
            if quarter == 1:
                return tr("{year}年第二季度", year=year)
            if quarter == 2:
                return tr("{year}年第三季度", year=year)
            return tr("{year}年第四季度", year=year)
        return tr("{year}年{month}月", year=year, month=self.start.month)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlap_days(self, start: date | None, end: date | None) -> int:
        """Days a span (open-ended where None) shares with the period."""
        first = max(self.start, start) if start else self.start
        last = min(self.end, end) if end else self.end
        return max(0, (last - first).days + 1)


def parse_period(text: str) -> Period:
    """The period ``text`` names; :class:`BadPeriod` when it names none."""
    cleaned = (text or "").strip()
    for pattern, kind in _PATTERNS:
        match = pattern.match(cleaned)
        if not match:
            continue
        year = int(match.group(1))
        if not MIN_YEAR <= year <= MAX_YEAR:
            break
        if kind == "year":
            return Period(date(year, 1, 1), date(year, 12, 31), f"{year}", kind)
        number = int(match.group(2))
        if kind == "half":
            first, last = (1, 6) if number == 1 else (7, 12)
            code = f"{year}H{number}"
        elif kind == "quarter":
            first, last = 3 * number - 2, 3 * number
            code = f"{year}Q{number}"
        else:
            if not 1 <= number <= 12:
                break
            first = last = number
            code = f"{year}-{number:02d}"
        return Period(date(year, first, 1), date(year, last, monthrange(year, last)[1]), code, kind)
    raise BadPeriod(text)


def current_period(today: date, kind: str = "year") -> Period:
    """The period of the given kind that contains ``today``."""
    if kind == "year":
        return parse_period(f"{today.year}")
    if kind == "half":
        return parse_period(f"{today.year}H{1 if today.month <= 6 else 2}")
    if kind == "quarter":
        return parse_period(f"{today.year}Q{(today.month - 1) // 3 + 1}")
    return parse_period(f"{today.year}-{today.month:02d}")
