"""The city's review path on PostgreSQL gives what it gives on SQLite.

The same office (typed in by hand, the same records) reports to two cities — one on the folder's SQLite
file, one on a PostgreSQL database (tests/support/pg.py) — and the same people do the same things at
the same (fixed) times: the bundle is imported (and again: nothing), a reviewer comments on a figure and
on a record, sends the return back, a second decision made on what the reviewer saw before is refused,
the return is passed, the acknowledgement is written and applied at the office (the period locks), the
office asks to unlock, the city grants it, and the consolidated return is made. Every answer — the
import's counts, the comments, ``city status`` as JSON at each step, the acknowledgement's content, what
the office took from it, the unlock requests, the consolidated return's text — is the same on both;
only ids, digests and the moments the computers chose themselves differ, and are left out.
"""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from db.audit import system_actor
from db.enums import OperatorRole, ReturnState
from db.exchange.acks import DecisionChanged, SeenDecision, build_ack_payload, decide_return, read_ack_payload
from db.exchange.bundle import export_ack, export_bundle, import_ack, import_bundle
from db.exchange.city_return import make_city_return
from db.exchange.city_status import city_status, registered_streets, status_document
from db.exchange.comments import add_comment, office_comments
from db.exchange.pki import CityAuthority
from db.exchange.unlock import grant_unlock, request_unlock, unlock_requests
from db.models import Activity
from db.office import DEFAULT_ADMIN_NAME
from db.operators import new_operator
from db.periods import parse_period
from tests.support import pg
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    OFFICE_PASSPHRASE,
    Site,
    certified_city,
    sign_return,
    small_office,
)

PERIOD = "2026Q1"
REVIEWER = "王审核"
ARRIVAL = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
WRITTEN = datetime(2026, 4, 11, 3, 0, tzinfo=UTC)
SENT_BACK = datetime(2026, 4, 12, 1, 30, tzinfo=UTC)
PASSED = datetime(2026, 4, 14, 8, 15, 30, 250000, tzinfo=UTC)
GRANTED = datetime(2026, 5, 2, 6, 0, tzinfo=UTC)
MADE = datetime(2026, 5, 3, 2, 0, tzinfo=UTC)
TODAY = date(2026, 5, 3)
# chosen by the computer, not by the test: ids, digests, the moments files were written or signed
_VOLATILE = {"id", "return_id", "request_id", "sha256", "chain_id", "created_at", "acknowledged_at", "signed_at"}


def _stable(value: Any) -> Any:
    """``value`` with what the computer chose left out (see :data:`_VOLATILE`): present or not."""
    if isinstance(value, dict):
        return {k: (v is not None if k in _VOLATILE else _stable(v)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_stable(item) for item in value]
    return value


def _status(city: CityAuthority, hub: Site) -> dict[str, Any]:
    period = parse_period(PERIOD)
    with hub.store.session() as session:
        rows = city_status(session, period, city.offices(), today=TODAY, streets=registered_streets(city))
    document = status_document(period, rows, city_name=city.name)
    json.dumps(document, ensure_ascii=False)  # as `shequ city status --json` writes it: plain JSON values only
    return _stable(document)


def _pdf_text(pdf: bytes, folder: Path) -> str:
    path = folder / "city-return.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def review_path(folder: Path, database_url: str | None) -> dict[str, Any]:
    """Everything the city's review path answers, for a city on ``database_url`` (None: SQLite)."""
    folder.mkdir()
    office = small_office(folder / "office")
    with office.store.transaction(system_actor(office.code, reason="添加操作人员")) as session:
        session.add(new_operator(office.code, "李娜", OperatorRole.FILLER))
    city, hub, stick = certified_city(folder, {"新华社区": office}, database_url=database_url)
    period = parse_period(PERIOD)
    seen: dict[str, Any] = {}
    try:
        assert hub.store.is_postgresql == (database_url is not None)
        return_id = sign_return(office, PERIOD)
        bundle = export_bundle(office.store, office.keys, OFFICE_PASSPHRASE, stick).path
        first = import_bundle(hub.store, bundle, city=city, passphrase=CITY_PASSPHRASE, now=ARRIVAL)
        again = import_bundle(hub.store, bundle, city=city, passphrase=CITY_PASSPHRASE, now=ARRIVAL)
        seen["import"] = (first.already_imported, first.counts(), again.already_imported, again.message())
        seen["status: arrived"] = _status(city, hub)

        with office.store.session() as session:
            activity = session.exec(select(Activity).order_by(col(Activity.held_on))).first()
            assert activity is not None
            activity_id = activity.id
        add_comment(
            hub.store, office.code, period, figure_key="service.activities",
            text="活动次数与台账不符，请核对。", written_by=REVIEWER, now=WRITTEN,
        )  # fmt: skip
        add_comment(
            hub.store, office.code, period, record=("activity", activity_id),
            text="第 1 条活动日期有误", written_by=REVIEWER, now=WRITTEN,
        )  # fmt: skip
        with hub.store.session() as session:
            seen["comments"] = [
                (
                    c.figure_key,
                    c.figure_label,
                    c.table_name,
                    c.record_title,
                    c.text,
                    c.written_by,
                    c.written_at,
                    c.level,
                )
                for c in office_comments(session, office.code, PERIOD)
            ]

        decide_return(
            hub.store, return_id, ReturnState.RETURNED, reason="请核对活动台账", decided_by=REVIEWER,
            now=SENT_BACK, seen=SeenDecision("", None),
        )  # fmt: skip
        seen["status: sent back"] = _status(city, hub)
        with pytest.raises(DecisionChanged) as stale:  # decided on what was seen before 退回
            decide_return(
                hub.store, return_id, ReturnState.RECEIVED, decided_by="李审核", now=PASSED,
                seen=SeenDecision("", None),
            )  # fmt: skip
        seen["stale decision"] = str(stale.value)
        seen["status: unchanged"] = _status(city, hub)
        decide_return(
            hub.store, return_id, ReturnState.RECEIVED, decided_by=REVIEWER, now=PASSED,
            seen=SeenDecision("returned", SENT_BACK),
        )  # fmt: skip

        built = build_ack_payload(hub.store, office.code)
        document = read_ack_payload(built.data)
        standards = document["standards"]
        columns = standards["columns"]
        seen["ack"] = {
            "counts": built.counts,
            "receipts": _stable(document["receipts"]),
            "decisions": _stable(document["decisions"]),
            "comments": _stable([{k: v for k, v in item.items() if k != "record_id"} for item in document["comments"]]),
            "standards": sorted(
                (row[columns.index("key")], row[columns.index("value")], row[columns.index("effective_from")])
                for row in standards["rows"]
            ),
        }
        written = export_ack(hub.store, city, CITY_PASSPHRASE, office.code, stick)
        taken = import_ack(office.store, written.path, passphrase=OFFICE_PASSPHRASE)
        seen["at the office"] = (taken.received, taken.returned, taken.pending, taken.comments, taken.standards_updated)
        seen["status: locked"] = _status(city, hub)

        request_unlock(office.store, PERIOD, reason="活动参加人数录错，需要更正", requested_by=DEFAULT_ADMIN_NAME)
        bundle = export_bundle(office.store, office.keys, OFFICE_PASSPHRASE, stick).path
        import_bundle(hub.store, bundle, city=city, passphrase=CITY_PASSPHRASE, now=ARRIVAL)
        (request,) = unlock_requests(hub.store, office.code)
        grant_unlock(hub.store, request.id, granted_by=REVIEWER, now=GRANTED)
        seen["unlock requests"] = [
            (item.period_code, item.return_version, item.reason, item.requested_by, item.granted_by, item.granted_at)
            for item in unlock_requests(hub.store, office.code)
        ]
        seen["status: unlocked"] = _status(city, hub)

        made = make_city_return(hub.store, city, period, now=MADE)
        seen["city return"] = (made.pages, made.signed, _pdf_text(made.pdf, folder))
        return seen
    finally:
        hub.close()
        office.close()
        city.close()


def test_the_review_path_on_postgresql_gives_what_it_gives_on_sqlite(tmp_path: Path) -> None:
    on_sqlite = review_path(tmp_path / "sqlite", None)
    on_postgresql = review_path(tmp_path / "postgresql", pg.new_database_or_skip())
    assert on_sqlite.keys() == on_postgresql.keys()
    for step in on_sqlite:
        assert on_postgresql[step] == on_sqlite[step], step
    # and what was compared says something: the steps did what they should
    assert on_sqlite["import"][0] is False and on_sqlite["import"][2] is True
    assert [c[0] or c[2] for c in on_sqlite["comments"]] == ["service.activities", "activity"]
    assert "刚刚已由 王审核 标记为“退回”" in on_sqlite["stale decision"]
    assert on_sqlite["status: sent back"] == on_sqlite["status: unchanged"]
    states = [on_sqlite[f"status: {name}"]["offices"][0]["state"] for name in ("arrived", "sent back", "locked")]
    assert states == ["pending_city", "returned", "locked"]
    assert on_sqlite["status: unlocked"]["offices"][0]["state"] == "unlocked"
    assert on_sqlite["ack"]["counts"]["comments"] == 2 and on_sqlite["ack"]["counts"]["decisions"] == 1
    assert on_sqlite["at the office"][0] == [(PERIOD, 1)] and on_sqlite["at the office"][3] == 2
    assert on_sqlite["unlock requests"][0][4] == REVIEWER
    assert "新华社区" in on_sqlite["city return"][2]
