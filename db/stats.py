"""Counts per record kind and the pillar summary, as shown by ``shequ stats``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from db.compliance import evaluate
from db.errors import NoDatabase
from db.kinds import COUNTED_KINDS, kind
from db.office import current_office
from db.periods import Period


def record_counts(session: Session) -> dict[str, int]:
    """Live (not deleted) records of each counted kind, in one query."""
    parts = []
    for key in COUNTED_KINDS:
        table = kind(key).model.__table__  # type: ignore[attr-defined]
        parts.append(
            select(func.count()).select_from(table).where(table.c.deleted_at.is_(None)).scalar_subquery().label(key)
        )
    row = session.execute(select(*parts)).one()
    return {key: int(value) for key, value in zip(COUNTED_KINDS, row, strict=True)}


def office_stats(session: Session, period: Period, data_dir: str = "") -> dict[str, Any]:
    """The office, its record counts and each pillar's judgement for ``period`` (JSON-ready)."""
    office = current_office(session)
    if office is None:
        raise NoDatabase(data_dir)
    result = evaluate(session, period)
    pillars = result.to_dict()["pillars"]
    return {
        "office": {"code": office.code, "name": office.name},
        "period": period.code,
        "counts": record_counts(session),
        "pillars": pillars,
    }
