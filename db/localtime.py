"""Times as people see them, with the standard library only: stored in UTC, shown in Asia/Shanghai.

:mod:`db.timeutil` re-exports these next to the column type that stores times (which needs
SQLAlchemy); code that must start quickly (``shequ stats``, ``shequ verify``, the signature's
modules) imports them from here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Shanghai")


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def local_today() -> date:
    """Today's date as people in the office see it (Asia/Shanghai)."""
    return datetime.now(LOCAL_TZ).date()


def to_local(moment: datetime) -> datetime:
    """A stored UTC time as shown to people (Asia/Shanghai)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ)


def format_local(moment: datetime | None) -> str:
    """``2026-11-28 14:21`` in Asia/Shanghai, or "" for None."""
    if moment is None:
        return ""
    return to_local(moment).strftime("%Y-%m-%d %H:%M")
