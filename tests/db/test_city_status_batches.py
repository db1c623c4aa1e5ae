"""The city judges its offices in batches, and a batch gives each office what it gives alone.

``city status`` and the consolidated return read each figure once for a batch of offices
(:func:`db.compliance.gather_inputs_by_office`, :data:`db.exchange.city_status.STATUS_BATCH` offices
per batch), not once per office. Here a city holds the demo office (every kind of record, some of
them deleted) and a small office typed in by hand, imported from their real payloads, and one
registered office that never sent anything: the figures and the whole status row of each office are
the same whether it is judged alone, in a batch of one, or in one batch with the others, on SQLite
and on PostgreSQL. After a large import, a city on PostgreSQL has its planner's statistics refreshed
(one workstation at a time).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from db.compliance import gather_inputs, gather_inputs_by_office
from db.exchange import city_status as city_status_module
from db.exchange.apply import KIND_OFFICE_TO_CITY, apply_payload
from db.exchange.city_status import city_status
from db.exchange.payload import PURPOSE_CITY, build_payload
from db.exchange.rawdb import advisory_key, exchange_connection
from db.periods import parse_period
from tests.support import pg
from tests.support.city_backend import one_backend
from tests.support.exchange_sites import (
    OFFICE1,
    OFFICE2,
    Site,
    copy_site,
    demo_template,
    make_city,
    small_office,
)

SILENT = "150802009009"  # registered, never sent a bundle
PERIODS = [parse_period(code) for code in ("2026Q1", "2026H1", "2025", "2026")]
TODAY = date(2026, 6, 30)


def _send(office: Site, city: Site) -> None:
    """The office's full payload applied at the city."""
    built = build_payload(
        office.store,
        purpose=PURPOSE_CITY,
        since=None,
        pdf_dir=office.folder,
        meta={"chain_id": "chain-1", "chain_first_seq": 1, "seq": 1},
    )
    header = {"kind": KIND_OFFICE_TO_CITY, "from": office.code, "to": "city", "seq": 1, "prev": None}
    apply_payload(
        city.store,
        built.data,
        header=header,
        signer_office=office.code,
        bundle_sha256=hashlib.sha256(built.data).hexdigest(),
    )


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory, city_backend: str) -> Iterator[Site]:
    folder = tmp_path_factory.mktemp(f"batches-{city_backend}")
    demo = copy_site(demo_template(folder / "template"), folder / "demo")
    small = small_office(folder / "small")
    _authority, hub = make_city(folder / "city")
    for office in (demo, small):
        _send(office, hub)
        office.close()
    yield hub
    hub.close()


def test_each_figure_of_a_batch_is_the_office_s_own(city: Site) -> None:
    codes = [OFFICE1, OFFICE2, SILENT]
    with city.store.session() as session:
        for period in PERIODS:
            alone = {code: gather_inputs(session, period, code) for code in codes}
            assert gather_inputs_by_office(session, period, codes) == alone, period.code
            assert gather_inputs_by_office(session, period, [OFFICE2]) == {OFFICE2: alone[OFFICE2]}
        # not a vacuous comparison: the demo office has every kind of figure in its year
        year = gather_inputs(session, parse_period("2026"), OFFICE1)
        assert year.visit_count > 0 and year.members_with_post > 0 and year.pairing_count > 0
        assert year.activity_count > 0 and year.staff_count > 0 and year.operating_funds_fen > 0
        assert year.service_area_m2 > 0 and year.partner_unit_count > 0 and year.party_org_count > 0
        assert gather_inputs(session, parse_period("2026"), OFFICE2).activity_count == 6
        assert gather_inputs_by_office(session, PERIODS[0], [SILENT])[SILENT] == gather_inputs(
            session, PERIODS[0], SILENT
        )
        assert gather_inputs_by_office(session, PERIODS[0], []) == {}


def test_a_status_row_is_the_same_in_any_batch(city: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    offices = [(OFFICE1, "胜利社区"), (OFFICE2, "新华社区"), (SILENT, "沉默社区")]
    with city.store.session() as session:
        for period in PERIODS:
            together = [row.to_dict() for row in city_status(session, period, offices, today=TODAY)]
            monkeypatch.setattr(city_status_module, "STATUS_BATCH", 1)
            one_by_one = [row.to_dict() for row in city_status(session, period, offices, today=TODAY)]
            monkeypatch.setattr(city_status_module, "STATUS_BATCH", 2)
            in_twos = [row.to_dict() for row in city_status(session, period, offices, today=TODAY)]
            monkeypatch.undo()
            assert together == one_by_one == in_twos, period.code
            assert [row["code"] for row in together] == [OFFICE1, OFFICE2, SILENT]
            assert together[0]["has_data"] and together[1]["has_data"] and not together[2]["has_data"]
            assert together[0]["pillars"] and together[2]["pillars"] == []
            assert together[2]["last_bundle"]["count"] == 0 and together[0]["last_bundle"]["count"] == 1


@one_backend
def test_a_large_import_refreshes_postgresql_s_statistics(tmp_path: Path) -> None:
    pg.require()
    demo = copy_site(demo_template(tmp_path / "template"), tmp_path / "demo")
    _authority, hub = make_city(tmp_path / "city", database_url=pg.new_database())
    try:
        with exchange_connection(hub.store) as conn:
            holder = exchange_connection(hub.store)
            other = holder.__enter__()
            try:  # another workstation is analysing: this one leaves it to it, without waiting
                other.begin()
                other.execute("SELECT pg_advisory_xact_lock(?)", (advisory_key("statistics"),))
                assert conn.refresh_statistics({"visit": 5000}) == []
                other.rollback()
            finally:
                holder.__exit__(None, None, None)
            assert conn.refresh_statistics({"no_such_table": 5000, "visit": 0}) == []  # nothing to learn
        _send(demo, hub)
        with exchange_connection(hub.store) as conn:
            analysed = {
                name
                for (name,) in conn.execute(
                    "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL"
                ).fetchall()
            }
            assert {"visit", "party_member", "activity", "audit_entry"} <= analysed
            visits = int(conn.scalar("SELECT count(*) FROM visit"))
            assert conn.refresh_statistics({"visit": visits // 20}) == []  # a twentieth more: still current
            assert conn.refresh_statistics({"visit": visits}) == ["visit"]  # twice as many: analysed again
    finally:
        demo.close()
        hub.close()


@one_backend
def test_a_sqlite_city_keeps_no_statistics(city: Site) -> None:
    """Its queries are written to plan well without them (the visits, say: a correlated EXISTS)."""
    with exchange_connection(city.store) as conn:
        assert conn.is_sqlite
        assert conn.refresh_statistics({"visit": 5000}) == []
        assert conn.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'") == 0
