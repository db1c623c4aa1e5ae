"""The city's database: the folder's SQLite file, or PostgreSQL named in ``city/database.json``.

Real databases only: each PostgreSQL test gets a database of its own in the run's throw-away
cluster (tests/support/pg.py); its variants are skipped, saying why, where PostgreSQL is not
installed (failed instead with ``SHEQU_TEST_POSTGRESQL=required``, as in CI). This module is in
``CITY_POSTGRESQL_MODULES`` (tests/conftest.py): a city made by ``make_city`` gets the backend's
database, so every test here runs as ``[sqlite]`` and ``[postgresql]``.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlmodel import SQLModel

from db.citydb import (
    CityDatabaseSettingBad,
    CityDatabaseUnreachable,
    NewerCityDatabase,
    city_database_url,
    configured_url,
    open_city_engine,
    shown_url,
    write_database_setting,
)
from db.errors import AlreadyRunning, NewerSchema
from db.exchange.pki import CityAuthority
from db.store import DB_FILENAME, head_revision, open_store, run_migrations
from tests.support import pg
from tests.support.city_backend import one_backend
from tests.support.cli import shequ
from tests.support.exchange_sites import CITY_PASSPHRASE, make_city

# The foreign keys migration 0012 drops on PostgreSQL (table, column); see its docstring.
DROPPED_ON_POSTGRESQL = {
    ("party_org", "parent_id"),
    ("activity", "venue_id"),
    ("contribution", "unit_id"),
    ("party_member", "org_id"),
    ("return_record", "return_id"),
    ("activity_partner", "unit_id"),
    ("activity_partner", "activity_id"),
    ("member_post", "member_id"),
    ("volunteer", "member_id"),
    ("pairing", "volunteer_id"),
    ("pairing", "unit_id"),
    ("pairing", "member_id"),
    ("pairing", "resident_id"),
    ("visit", "pairing_id"),
}


def with_password(url: str, password: str) -> str:
    """The same database, with a password in the URL (the test cluster trusts every local user)."""
    return url.replace("postgres@", f"postgres:{password}@", 1)


def foreign_keys(engine_or_connection: object) -> set[tuple[str, str]]:
    inspector = inspect(engine_or_connection)
    return {
        (table, column)
        for table in inspector.get_table_names()
        for foreign in inspector.get_foreign_keys(table)
        for column in foreign["constrained_columns"]
    }


# --- the city's database, either way ----------------------------------------------------------


def test_a_city_opens_on_its_backend_and_its_schema_is_the_models(tmp_path: Path, city_backend: str) -> None:
    _, site = make_city(tmp_path / "city")
    try:
        store = site.store
        assert store.is_postgresql == (city_backend == "postgresql")
        assert store.keeps_backups == (city_backend == "sqlite")
        with store.engine.connect() as connection:
            differences = compare_metadata(
                MigrationContext.configure(connection, opts={"compare_type": True}), SQLModel.metadata
            )
            keys = foreign_keys(connection)
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == head_revision()
        if city_backend == "postgresql":
            # only the foreign keys 0012 dropped, nothing else, and none of them is left
            added = {
                (diff[1].table.name, column.name)
                for diff in differences
                if diff[0] == "add_fk"
                for column in diff[1].columns
            }
            assert added == DROPPED_ON_POSTGRESQL
            assert all(diff[0] == "add_fk" for diff in differences)
            assert not keys & DROPPED_ON_POSTGRESQL
            assert not (tmp_path / "city" / DB_FILENAME).exists()  # no SQLite file beside it
            assert city_database_url(tmp_path / "city").startswith("postgresql+psycopg://")
            with store.engine.connect() as connection:
                assert connection.execute(text("SHOW TimeZone")).scalar() == "UTC"
        else:
            assert differences == []
            assert keys >= DROPPED_ON_POSTGRESQL  # SQLite keeps every foreign key: 0012 does nothing there
            assert city_database_url(tmp_path / "city") == f"sqlite:///{tmp_path / 'city' / DB_FILENAME}"
    finally:
        site.close()


def test_open_city_engine_migrates_a_new_database_and_checks_a_current_one(
    tmp_path: Path, city_database: str | None
) -> None:
    folder = tmp_path / "city"
    folder.mkdir()
    if city_database is not None:
        write_database_setting(folder, city_database)
    for _ in range(2):  # made and migrated, then found current
        engine = open_city_engine(folder)
        try:
            with engine.connect() as connection:
                assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        finally:
            engine.dispose()
    assert (folder / DB_FILENAME).exists() == (city_database is None)


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path, city_backend: str) -> None:
    folder = tmp_path / "city"
    _, site = make_city(folder)
    with site.store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    url = site.store.database_url
    site.close()
    expected = NewerCityDatabase if city_backend == "postgresql" else NewerSchema
    with pytest.raises(expected) as refused:
        open_store(folder)
    assert "更新版本" in str(refused.value) and "9999" in str(refused.value)
    with pytest.raises(expected):
        open_city_engine(folder)
    if url is not None:  # the refusal wrote nothing: still 9999, still one row
        engine = create_engine(url)
        try:
            with engine.connect() as connection:
                assert connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == ["9999"]
        finally:
            engine.dispose()
    # the refusal released the folder: the next try gets the same answer, not "already running"
    with pytest.raises(expected):
        open_store(folder)


# --- PostgreSQL only ----------------------------------------------------------------------------


@one_backend
def test_two_workstations_migrating_one_new_database_at_once_take_turns(tmp_path: Path) -> None:
    """Both upgrade the same empty database at the same moment: the advisory lock makes one wait,
    which then finds the schema current; without it one would fail creating tables that exist."""
    url = pg.new_database_or_skip()
    # a bounded wait: were the lock gone, the two would block each other (a failure, not a hang)
    engines = [create_engine(url, connect_args={"options": "-c lock_timeout=60s"}) for _ in range(2)]
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def migrate(index: int) -> None:
        start.wait()
        try:
            run_migrations(engines[index])
        except BaseException as exc:  # reported below
            failures.append(exc)

    workers = [threading.Thread(target=migrate, args=(index,)) for index in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    try:
        assert failures == []
        with engines[0].connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        assert versions == [head_revision()]
    finally:
        for engine in engines:
            engine.dispose()


@one_backend
def test_one_folder_per_workstation_shares_the_database(tmp_path: Path) -> None:
    """Two data folders naming one database both open it; a second opening of one folder is refused
    as for SQLite (the folder's lock); the app makes no backups of a server's database."""
    url = pg.new_database_or_skip()
    first, second = tmp_path / "desk1", tmp_path / "desk2"
    for folder in (first, second):
        folder.mkdir()
        write_database_setting(folder, url)
    with open_store(first, create=True) as one, open_store(second) as two:
        assert one.is_postgresql and two.is_postgresql
        with pytest.raises(AlreadyRunning):
            open_store(first)
        with one.engine.begin() as connection:
            connection.execute(text("CREATE TABLE shared_probe (v integer)"))
            connection.execute(text("INSERT INTO shared_probe VALUES (7)"))
        with two.engine.connect() as connection:
            assert connection.execute(text("SELECT v FROM shared_probe")).scalar() == 7
    for folder in (first, second):
        assert not (folder / DB_FILENAME).exists() and not (folder / "backups").exists()


@one_backend
def test_the_setting_file_is_checked_and_says_what_is_wrong(tmp_path: Path) -> None:
    folder = tmp_path / "city"
    setting = folder / "city" / "database.json"
    setting.parent.mkdir(parents=True)
    assert configured_url(folder) is None
    for content, words in (
        ("{not json", "不是有效的 JSON"),
        (json.dumps({"address": "x"}), "缺少 url"),
        (json.dumps({"url": "mysql://root@db/city"}), "只支持 postgresql"),
    ):
        setting.write_text(content, encoding="utf-8")
        with pytest.raises(CityDatabaseSettingBad) as refused:
            open_store(folder)
        assert words in str(refused.value) and str(setting) in str(refused.value)
    with pytest.raises(CityDatabaseSettingBad, match="只支持 postgresql"):
        write_database_setting(folder, "sqlite:///elsewhere.sqlite")
    with pytest.raises(CityDatabaseSettingBad, match="缺少数据库名"):
        write_database_setting(folder, "postgresql+psycopg://clerk@db.example")
    written = write_database_setting(folder, "  postgresql+psycopg://clerk@db.example/city  ")
    assert json.loads(written.read_text(encoding="utf-8")) == {"url": "postgresql+psycopg://clerk@db.example/city"}
    assert written.stat().st_mode & 0o077 == 0  # the URL may hold a password: its owner's only


@one_backend
def test_a_password_is_never_shown(tmp_path: Path) -> None:
    assert shown_url("postgresql+psycopg://clerk:s3cret@db.example:5432/city") == (
        "postgresql+psycopg://clerk:***@db.example:5432/city"
    )
    assert shown_url("postgresql+psycopg://clerk@db.example/city") == "postgresql+psycopg://clerk@db.example/city"
    folder = tmp_path / "city"
    folder.mkdir()
    write_database_setting(folder, f"postgresql+psycopg://clerk:s3cret@/city?host={tmp_path / 'no-server'}")
    with pytest.raises(CityDatabaseUnreachable) as refused:
        open_store(folder)
    message = str(refused.value)
    assert "连接不上市级数据库" in message and "s3cret" not in message and "***" in message
    # the folder was released: the next try is refused for the same reason, not as "already running"
    with pytest.raises(CityDatabaseUnreachable):
        open_store(folder)


@one_backend
def test_city_init_with_a_database_makes_it_and_never_prints_the_password(tmp_path: Path) -> None:
    url = with_password(pg.new_database_or_skip(), "s3cret")
    folder = tmp_path / "city"
    secret = tmp_path / "pass.txt"
    secret.write_text(CITY_PASSPHRASE + "\n", encoding="utf-8")
    args = ("--data-dir", str(folder), "city", "init", "--name", "巴彦淖尔市", "--passphrase-file", str(secret))
    code, out, err = shequ(*args, "--database", url)
    assert (code, err) == (0, "")
    assert "s3cret" not in out and "postgresql+psycopg://postgres:***@" in out and "pg_dump" in out
    assert configured_url(folder) == url
    assert not (folder / DB_FILENAME).exists()
    with open_store(folder) as store:
        assert store.is_postgresql
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    # a database already in use is refused before anything is made
    other = tmp_path / "other"
    code, out, err = shequ("--data-dir", str(other), *args[2:], "--database", url)
    assert code == 2 and "已经有数据" in err and "s3cret" not in err + out
    assert not (other / "city").exists()
    # an address that is not PostgreSQL, likewise
    code, _, err = shequ("--data-dir", str(other), *args[2:], "--database", "mysql://root:s3cret@db/city")
    assert code == 2 and "只支持 postgresql" in err and "s3cret" not in err
    assert not (other / "city").exists()


@one_backend
def test_another_workstation_joins_the_city_in_the_database(tmp_path: Path) -> None:
    url = pg.new_database_or_skip()
    secret = tmp_path / "pass.txt"
    secret.write_text(CITY_PASSPHRASE + "\n", encoding="utf-8")
    first, second = tmp_path / "desk1", tmp_path / "desk2"
    # nothing to join in an empty database: refused, nothing left behind
    code, _, err = shequ("--data-dir", str(second), "city", "join", "--database", url)
    assert code == 2 and "还没有市级安装" in err
    assert not (second / "city").exists()
    code, _, err = shequ(
        "--data-dir", str(first), "city", "init", "--name", "巴彦淖尔市", "--passphrase-file", str(secret),
        "--database", url,
    )  # fmt: skip
    assert (code, err) == (0, "")
    code, out, err = shequ("--data-dir", str(second), "city", "join", "--database", url)
    assert (code, err) == (0, "") and "巴彦淖尔市" in out
    ours, theirs = CityAuthority(first), CityAuthority(second)
    try:
        assert theirs.exists() and theirs.name == ours.name == "巴彦淖尔市"
        assert theirs.ca_certificate() == ours.ca_certificate()  # one city, one root, in the database
    finally:
        ours.close()
        theirs.close()
    with open_store(first) as one, open_store(second) as two:
        assert one.database_url == two.database_url == url
    # joining twice is refused as for a second init
    code, _, err = shequ("--data-dir", str(second), "city", "join", "--database", url)
    assert code == 2 and "已经有市级安装" in err
