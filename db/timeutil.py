"""Time handling: stored in UTC, shown in Asia/Shanghai; dates are plain dates.

The functions live in :mod:`db.localtime` (standard library only) and are re-exported here next to
:class:`UTCDateTime`, the column type, which needs SQLAlchemy."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Dialect
from sqlalchemy.types import DateTime, TypeDecorator

from db.localtime import LOCAL_TZ, format_local, local_today, to_local, utcnow

__all__ = ["LOCAL_TZ", "UTCDateTime", "format_local", "local_today", "to_local", "utcnow"]


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as naive UTC; always read back aware (UTC).

    Naive values are refused rather than guessed at: every time the app writes is aware.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is stored")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)
