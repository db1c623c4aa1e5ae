"""The annexes list records in one order every time: records that tie on date and title come in
the order of their ids, whatever index SQLite picks (the row numbers are what reviewers cite:
“活动台账第 12 条”)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.models import Activity
from db.office import current_office
from db.periods import parse_period
from db.returns.content import _activity_annex
from db.store import open_store
from tests.support.returns import build_office, returns_actor


def test_tied_activities_come_in_id_order(tmp_path: Path) -> None:
    store = open_store(tmp_path, create=True)
    try:
        build_office(store)
        ids = ["ffffffff-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"]
        with store.transaction(returns_actor()) as session:
            for record_id in ids:
                session.add(
                    Activity(id=record_id, held_on=date(2026, 2, 2), title="同名活动", activity_kind="convenience",
                             participants=5)
                )  # fmt: skip
        with store.session() as session:
            office = current_office(session)
            assert office is not None
            annex = _activity_annex(session, parse_period("2026"), office.code)
        tied = [ref.record_id for ref in annex.refs if ref.record_id in ids]
        assert tied == sorted(ids)
    finally:
        store.close()
