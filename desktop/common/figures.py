"""Figures as people read them: judgement words and colours, numbers with their units, and the
periods offered in period pickers. Shared by the dashboard, the returns page and the city window
(translation context ``Dashboard``, where these strings have always lived)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.periods import Period, parse_period
from desktop.common.i18n import label

STATUS_COLOURS = {"pass": "#2b7a30", "fail": "#c62828", "warning": "#9a5b00"}  # as text and behind white text


_STATUS_LABELS = {
    "pass": QT_TRANSLATE_NOOP("Dashboard", "达标"),
    "fail": QT_TRANSLATE_NOOP("Dashboard", "未达标"),
    "warning": QT_TRANSLATE_NOOP("Dashboard", "需说明"),
}


def status_label(status: str) -> str:
    return QCoreApplication.translate("Dashboard", str(_STATUS_LABELS.get(status, status)))


def format_number(value: Any, unit: str = "") -> str:
    """A figure's number for people: money with two decimals, others without needless zeros."""
    if value is None:
        return "—"
    if "元" in unit:
        return f"{Decimal(value):,.2f}"
    number = Decimal(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return format(number.normalize(), "f")


def with_unit(number: str, unit: str) -> str:
    """``120 平方米``, ``90.9%``."""
    if not unit or number == "—":
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {label(unit)}"


def period_choices(today: date, years: int = 3) -> list[Period]:
    """The periods offered: for this year and the ones before, the year then its quarters."""
    choices: list[Period] = []
    for year in range(today.year, today.year - years, -1):
        choices.append(parse_period(str(year)))
        choices.extend(
            parse_period(f"{year}Q{quarter}") for quarter in range(1, 5) if date(year, 3 * quarter - 2, 1) <= today
        )
    return choices
