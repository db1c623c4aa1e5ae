"""Moving a city from its folder's SQLite file onto a PostgreSQL server (db/citymove.py).

A real city on SQLite — an office certified, its signed return imported, a reviewer's comment and a
decision — is moved onto a new PostgreSQL database (tests/support/pg.py) and answers the same
afterwards: the same rows in every table, the same ``city status``, and new rows get new ids. A
target that already holds tables is refused untouched; a failure part-way through the copy (or the
dialog's 取消) leaves the city on its SQLite file exactly as it was, with no ``city/database.json``
and the server's database empty.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect

from db.citydb import DATABASE_SETTING, configured_url
from db.citymove import (
    MOVED_SUFFIX,
    AlreadyOnServer,
    MoveFailed,
    MoveTargetNotEmpty,
    NothingToMove,
    copy_to_server,
    database_facts,
    move_to_server,
    server_place,
    switch_store,
)
from db.enums import ReturnState
from db.exchange.acks import SeenDecision, decide_return
from db.exchange.bundle import export_bundle, import_bundle
from db.exchange.city_status import city_status, registered_streets, status_document
from db.exchange.comments import add_comment, office_comments
from db.exchange.pki import CityAuthority, make_request
from db.folder import DB_FILENAME
from db.periods import parse_period
from db.returns.sign import KeyStore
from db.store import head_revision, open_store
from tests.support import pg
from tests.support.cli import shequ
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    OFFICE_PASSPHRASE,
    Site,
    certified_city,
    dump,
    sign_return,
    small_office,
)

PERIOD = "2026Q1"
TODAY = date(2026, 5, 3)
ARRIVAL = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
DECIDED = datetime(2026, 4, 14, 8, 15, 30, 250000, tzinfo=UTC)


@dataclass
class SqliteCity:
    folder: Path  # the city's data folder (closed)
    office_code: str
    stick: Path
    bundle: Path


def _status(folder: Path) -> dict[str, Any]:
    """``city status`` of the period as JSON, read through a freshly opened folder."""
    city = CityAuthority(folder)
    try:
        with open_store(folder) as store:
            with store.session() as session:
                rows = city_status(
                    session, parse_period(PERIOD), city.offices(), today=TODAY, streets=registered_streets(city)
                )
            return status_document(parse_period(PERIOD), rows, city_name=city.name)
    finally:
        city.close()


def _dump(folder: Path) -> list[str]:
    with open_store(folder) as store:
        return dump(Site(folder, store, KeyStore(folder), "city"))


@pytest.fixture
def sqlite_city(tmp_path: Path) -> Iterator[SqliteCity]:
    """A city on its SQLite file with a bundle imported, a comment and a decision; closed."""
    office = small_office(tmp_path / "office")
    city, hub, stick = certified_city(tmp_path, {"新华社区": office}, database_url=None)
    try:
        assert not hub.store.is_postgresql
        return_id = sign_return(office, PERIOD)
        bundle = export_bundle(office.store, office.keys, OFFICE_PASSPHRASE, stick).path
        import_bundle(hub.store, bundle, city=city, passphrase=CITY_PASSPHRASE, now=ARRIVAL)
        add_comment(
            hub.store, office.code, parse_period(PERIOD), figure_key="service.activities",
            text="活动次数与台账不符，请核对。", written_by="王审核", now=ARRIVAL,
        )  # fmt: skip
        decide_return(
            hub.store, return_id, ReturnState.RECEIVED, decided_by="王审核", now=DECIDED,
            seen=SeenDecision("", None),
        )  # fmt: skip
        code = office.code
    finally:
        hub.close()
        office.close()
        city.close()
    yield SqliteCity(tmp_path / "city", code, stick, bundle)


def _tables(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        return sorted(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_a_city_moves_onto_a_server_and_answers_the_same(sqlite_city: SqliteCity) -> None:
    url = pg.new_database_or_skip()
    folder = sqlite_city.folder
    before_rows, before_status = _dump(folder), _status(folder)
    assert any(line.startswith("bundle_received:") for line in before_rows)
    assert before_status["offices"][0]["review"] != "未报"

    reported: list[tuple[int, int, str]] = []
    result = move_to_server(folder, url, progress=lambda done, total, table: reported.append((done, total, table)))

    assert configured_url(folder) == url
    assert not (folder / DB_FILENAME).exists()
    assert result.kept_file.is_file() and result.kept_file.name.startswith(DB_FILENAME + MOVED_SUFFIX)
    assert str(result.kept_file) in result.summary() and "pg_dump" in result.summary()
    assert result.revision == head_revision() and result.total_rows == len(before_rows)
    assert reported[-1][0] == reported[-1][1] == len(before_rows)
    # the same rows, the same answers, from the server
    with open_store(folder) as store:
        assert store.is_postgresql
        facts = database_facts(store)
    assert facts.on_server and facts.revision == head_revision() and facts.sessions is not None
    assert facts.sessions >= 1
    assert _dump(folder) == before_rows
    assert _status(folder) == before_status
    # and the city goes on there: the bundle is known, a new comment gets a new id, certificates open
    city = CityAuthority(folder)
    try:
        with open_store(folder) as store:
            again = import_bundle(store, sqlite_city.bundle, city=city, passphrase=CITY_PASSPHRASE, now=ARRIVAL)
            assert again.already_imported
            add_comment(
                store, sqlite_city.office_code, parse_period(PERIOD), figure_key="service.activities",
                text="已核对。", written_by="李审核", now=DECIDED,
            )  # fmt: skip
            with store.session() as session:
                texts = [c.text for c in office_comments(session, sqlite_city.office_code, PERIOD)]
        assert texts == ["活动次数与台账不符，请核对。", "已核对。"]
        assert [office.code for office in city.offices()] == [sqlite_city.office_code]
        # the city's keys moved with it: the root key (the city passphrase) still issues certificates
        request = make_request(KeyStore(folder.parent / "office3"), OFFICE_PASSPHRASE, "150802003001", "团结社区")
        city.issue(request, CITY_PASSPHRASE)
        assert [office.code for office in city.offices()] == sorted([sqlite_city.office_code, "150802003001"])
    finally:
        city.close()


def test_a_target_that_is_not_empty_is_refused_untouched(sqlite_city: SqliteCity) -> None:
    url = pg.new_database_or_skip()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE other_app (id integer primary key, note text)")
        connection.exec_driver_sql("INSERT INTO other_app VALUES (1, 'kept')")
    before = _dump(sqlite_city.folder)

    with pytest.raises(MoveTargetNotEmpty) as refused:
        move_to_server(sqlite_city.folder, url)

    assert "没有做任何修改" in str(refused.value) and "新建一个空数据库" in str(refused.value)
    assert _tables(url) == ["other_app"]
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT note FROM other_app").fetchall() == [("kept",)]
    engine.dispose()
    assert not sqlite_city.folder.joinpath(*DATABASE_SETTING).exists()
    assert _dump(sqlite_city.folder) == before


class InjectedFailure(Exception):
    pass


def test_a_failure_mid_copy_leaves_the_city_on_its_sqlite_file(sqlite_city: SqliteCity) -> None:
    url = pg.new_database_or_skip()
    folder = sqlite_city.folder
    before_rows, before_status = _dump(folder), _status(folder)
    calls = [0]

    def fail_part_way() -> None:  # as the dialog's 取消 does, after some tables were copied
        calls[0] += 1
        if calls[0] == 12:
            raise InjectedFailure()

    with open_store(folder) as store, pytest.raises(InjectedFailure):
        copy_to_server(store.engine, url, check=fail_part_way, chunk_rows=3)
    assert calls[0] == 12
    assert _tables(url) == []  # the schema and the rows rolled back together
    assert not folder.joinpath(*DATABASE_SETTING).exists() and configured_url(folder) is None
    assert (folder / DB_FILENAME).is_file()
    assert _dump(folder) == before_rows and _status(folder) == before_status
    # and the move can be made afterwards, onto the same (still empty) database
    move_to_server(folder, url)
    assert _dump(folder) == before_rows


def test_a_server_that_cannot_be_reached_changes_nothing(sqlite_city: SqliteCity) -> None:
    pg.require()
    folder = sqlite_city.folder
    before = _dump(folder)
    unreachable = "postgresql+psycopg://nobody:secret@/no_such_database?host=/nonexistent-socket-dir"
    with pytest.raises(Exception) as failed:
        move_to_server(folder, unreachable)
    assert "secret" not in str(failed.value)
    assert "没有做任何修改" in str(failed.value)
    assert configured_url(folder) is None and _dump(folder) == before


def test_what_cannot_be_moved_is_refused(tmp_path: Path, sqlite_city: SqliteCity) -> None:
    url = pg.new_database_or_skip()
    with pytest.raises(NothingToMove):
        move_to_server(tmp_path / "empty", url)
    move_to_server(sqlite_city.folder, url)
    with pytest.raises(AlreadyOnServer):
        move_to_server(sqlite_city.folder, pg.new_database())
    with pytest.raises(MoveFailed):  # a schema behind is refused by the copy itself (the command migrates)
        engine = create_engine(f"sqlite:///{tmp_path / 'blank.sqlite'}")
        try:
            copy_to_server(engine, pg.new_database())
        finally:
            engine.dispose()


def test_the_command_moves_the_city_and_says_where_it_is(sqlite_city: SqliteCity) -> None:
    url = pg.new_database_or_skip()
    folder = str(sqlite_city.folder)
    code, out, err = shequ("--data-dir", folder, "city", "database")
    assert (code, err) == (0, "")
    assert "数据保存在本机" in out and head_revision() in out

    code, out, err = shequ("--data-dir", folder, "city", "move-to-server", "--database", url)
    assert (code, err) == (0, "")
    assert "已迁移到服务器" in out and MOVED_SUFFIX in out

    code, out, err = shequ("--data-dir", folder, "city", "database", "--json")
    assert code == 0
    facts = json.loads(out)
    host, name = server_place(url)
    assert facts["on_server"] and facts["database"] == name and facts["host"] == host
    assert facts["revision"] == head_revision() and facts["sessions"] >= 1 and facts["computers"] == 1
    code, out, err = shequ("--data-dir", folder, "city", "database")
    assert code == 0 and f"数据保存在服务器 {host}/{name}" in out and "pg_dump" in out and "来自 1 台电脑" in out

    code, out, err = shequ("--data-dir", folder, "city", "move-to-server", "--database", pg.new_database())
    assert code != 0 and "不需要迁移" in err


def test_a_password_in_the_address_is_never_shown() -> None:
    assert server_place("postgresql+psycopg://shequ:pw@db.example.org:5433/city") == ("db.example.org:5433", "city")
    assert server_place("postgresql+psycopg://postgres@/city_1?host=/tmp/sock") == ("/tmp/sock", "city_1")


def test_nothing_is_written_to_the_file_while_it_is_copied(sqlite_city: SqliteCity) -> None:
    """A command beside the window (``shequ city issue``, say) cannot write to the file during the copy:
    the file's write lock is held until the server committed, so nothing is left behind on it."""
    url = pg.new_database_or_skip()
    path = sqlite_city.folder / DB_FILENAME
    refused: list[str] = []

    def try_to_write() -> None:
        other = sqlite3.connect(path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
        except sqlite3.OperationalError as exc:
            refused.append(str(exc))
        finally:
            other.close()

    with open_store(sqlite_city.folder) as store:
        copied = copy_to_server(store.engine, url, check=try_to_write)
        try_to_write()  # after the copy: the file is writable again
    assert copied.total_rows > 0
    assert refused and set(refused) == {"database is locked"}
    checks = len(refused)
    try_to_write()
    assert len(refused) == checks


def test_a_file_that_cannot_be_renamed_leaves_the_city_on_it_and_the_server_empty(sqlite_city: SqliteCity) -> None:
    url = pg.new_database_or_skip()
    folder = sqlite_city.folder
    before = _dump(folder)
    when = datetime(2026, 12, 7, 19, 30, tzinfo=UTC)
    in_the_way = folder / f"{DB_FILENAME}{MOVED_SUFFIX}20261207-193000"
    in_the_way.mkdir()
    (in_the_way / "something").write_text("kept", encoding="utf-8")  # a folder the file cannot replace

    with open_store(folder) as store:
        copied = copy_to_server(store.engine, url)
        assert _tables(url)  # committed on the server
        with pytest.raises(MoveFailed) as failed:
            switch_store(store, copied, now=when)
        assert not store.is_postgresql  # the store goes on with its file
        assert "和迁移前完全一样" in str(failed.value)
    assert _tables(url) == []  # the copy removed again: the move can be tried again
    assert configured_url(folder) is None and (folder / DB_FILENAME).is_file()
    assert (in_the_way / "something").read_text(encoding="utf-8") == "kept"
    assert _dump(folder) == before
    in_the_way.joinpath("something").unlink()
    in_the_way.rmdir()
    move_to_server(folder, url)
    assert _dump(folder) == before
