"""``shequ stats`` read with the standard library (:func:`db.stats.folder_stats`) says exactly what the
data layer says (:func:`db.stats.office_stats`, :func:`db.compliance.gather_inputs`), on a demo office
with records deleted, a pairing whose visits no longer count and a standard replaced part-way."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import col, select

from db.audit import Actor, tombstone
from db.compliance import gather_inputs
from db.demo import build_demo
from db.errors import CorruptDatabase, NoDatabase
from db.folder import DB_FILENAME, read_only_uri
from db.kinds import COUNTED_KINDS, kind
from db.models import CityStandard, Pairing, Staff, Visit
from db.periods import parse_period
from db.standards import OFFICE_AREA, standards_in_force
from db.stats import COUNTED, folder_stats, office_stats, read_inputs, read_standards, read_stats
from db.store import open_store, read_revision

PERIODS = ("2019", "2024", "2025", "2025H2", "2026Q1", "2026-03", "2026")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stats") / "office"
    with open_store(folder, create=True) as store:
        build_demo(store, scale=1, today=date(2026, 6, 30))
        with store.session() as session:
            office_code = session.exec(select(Staff.office_code)).first()
        actor = Actor(office_code=office_code or "", operator_id=None, operator_name="测试")
        with store.transaction(actor) as session:
            pairing = session.exec(select(Pairing).join(Visit, col(Visit.pairing_id) == col(Pairing.id))).first()
            assert pairing is not None
            tombstone(session, pairing)  # its visits stay live but no longer count
            for staff in session.exec(select(Staff).order_by(col(Staff.id)).limit(3)).all():
                tombstone(session, staff)
            session.add(
                CityStandard(
                    office_code=office_code or "",
                    key=OFFICE_AREA,
                    value="150",
                    unit="平方米",
                    effective_from=date(2025, 7, 1),
                    title="办公用房面积",
                )
            )
    return folder


@pytest.fixture
def conn(demo: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(read_only_uri(demo / DB_FILENAME), uri=True)
    yield connection
    connection.close()


def test_counted_kinds_are_the_registrys() -> None:
    assert [(k.key, k.table, k.label) for k in COUNTED] == [
        (key, kind(key).model.__tablename__, kind(key).label) for key in COUNTED_KINDS
    ]


@pytest.mark.parametrize("code", PERIODS)
def test_plain_stats_are_the_data_layers(demo: Path, conn: sqlite3.Connection, code: str) -> None:
    period = parse_period(code)
    with open_store(demo, only_reads=True) as store, store.session() as session:
        expected = office_stats(session, period, str(demo))
        office = expected["office"]["code"]
        inputs = {
            office: gather_inputs(session, period, office),
            "150802999999": gather_inputs(session, period, "150802999999"),
        }
        standards = standards_in_force(session, period)
    assert read_stats(conn, period, str(demo)) == expected
    assert folder_stats(demo, period) == expected
    assert read_standards(conn, period) == standards
    for office_code, gathered in inputs.items():
        assert read_inputs(conn, period, office_code) == gathered
    assert read_inputs(conn, period) == gather_inputs_everyone(demo, code)
    assert any(expected["counts"].values()) and expected["pillars"]


def gather_inputs_everyone(folder: Path, code: str) -> object:
    with open_store(folder, only_reads=True) as store, store.session() as session:
        return gather_inputs(session, parse_period(code))


def test_the_replaced_standard_and_the_deleted_pairing_are_seen(demo: Path, conn: sqlite3.Connection) -> None:
    assert read_standards(conn, parse_period("2025H1"))[OFFICE_AREA].value == "120"
    assert read_standards(conn, parse_period("2025H2"))[OFFICE_AREA].value == "150"
    live_visits = conn.execute("SELECT count(*) FROM visit WHERE deleted_at IS NULL").fetchone()[0]
    counted = sum(read_inputs(conn, parse_period(str(year))).visit_count for year in range(2010, 2027))
    assert counted < live_visits


def test_a_database_behind_is_migrated_by_the_data_layer_path(tmp_path: Path) -> None:
    oldest = sorted(FIXTURES.glob("shequ-*.sqlite"))[0]
    folder = tmp_path / "office"
    folder.mkdir()
    shutil.copyfile(oldest, folder / DB_FILENAME)
    before = read_revision(folder / DB_FILENAME)
    payload = folder_stats(folder, parse_period("2026"))
    assert read_revision(folder / DB_FILENAME) != before  # migrated, after a backup, as every command does
    assert list((folder / "backups").glob("*.sqlite"))
    with open_store(folder, only_reads=True) as store, store.session() as session:
        assert payload == office_stats(session, parse_period("2026"))


def test_a_folder_without_an_office_is_said_so(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    open_store(folder, create=True).close()  # the schema, no office yet
    with pytest.raises(NoDatabase):
        folder_stats(folder, parse_period("2026"))


def test_a_damaged_page_the_queries_read_is_a_damaged_database(demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    shutil.copytree(demo, folder)
    path = folder / DB_FILENAME
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        roots = [row[0] for row in db.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'visit'")]
    db.close()
    data = bytearray(path.read_bytes())
    for root in roots:
        start = (root - 1) * page_size
        data[start : start + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    with pytest.raises(CorruptDatabase):
        folder_stats(folder, parse_period("2026"))
    assert path.read_bytes() == damaged
