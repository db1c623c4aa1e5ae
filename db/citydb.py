"""Where the city's database lives: the folder's SQLite file, or a PostgreSQL server.

A city's data folder may name its database in ``city/database.json`` — ``{"url":
"postgresql+psycopg://user@host/dbname"}`` — so that several workstations of the Organization
Department share one database (each keeps its own data folder, with the same file in it). Without
that file the city uses the folder's SQLite file, as an office does (:data:`db.folder.DB_FILENAME`).

- :func:`configured_url` reads the file (standard library only: :func:`db.folder.claim_folder`
  asks it before SQLAlchemy is imported); :func:`city_database_url` gives the URL either way.
- :func:`write_database_setting` writes the file (``shequ city init --database URL``), readable by
  its owner only, as the URL may hold a password (better: none in the URL, and ``~/.pgpass``).
- :func:`make_pg_engine` opens an engine on a PostgreSQL URL with the app's settings (psycopg 3,
  sessions in UTC); :func:`database_revision` reads the schema revision through any engine;
  :func:`check_revision` refuses a database made by a newer version (:class:`NewerCityDatabase`).
- :func:`open_city_engine` is all of it: the engine, the revision checked, the migrations run when
  behind (:func:`db.store.run_migrations`, under an advisory lock on PostgreSQL).

A password in a URL is never shown: :func:`shown_url` masks it in every message.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from db.cityurl import (  # re-exported: the setting is read before SQLAlchemy (db.folder)
    DATABASE_SETTING,
    CityDatabaseSettingBad,
    CityDatabaseUnreachable,
    NewerCityDatabase,
    configured_url,
    is_postgresql_url,
    shown_url,
)
from db.errors import NewerSchema, ShequError
from db.folder import DB_FILENAME
from db.i18n import tr
from db.store import check_revision, database_revision, make_pg_engine

if TYPE_CHECKING:
    from sqlalchemy import Engine

__all__ = [
    "DATABASE_SETTING",
    "CityDatabaseInUse",
    "CityDatabaseSettingBad",
    "CityDatabaseUnreachable",
    "NewerCityDatabase",
    "NoCityInDatabase",
    "check_database_url",
    "check_revision",
    "city_database_url",
    "configured_url",
    "database_revision",
    "is_postgresql_url",
    "make_pg_engine",
    "open_city_engine",
    "refuse_used_database",
    "shown_url",
    "sqlite_url",
    "write_database_setting",
]


def sqlite_url(data_dir: Path | str) -> str:
    return f"sqlite:///{Path(data_dir).expanduser() / DB_FILENAME}"


def city_database_url(data_dir: Path | str) -> str:
    """The URL of the city's database: the one ``city/database.json`` names, else the folder's
    SQLite file (the one :func:`db.store.open_store` uses today)."""
    return configured_url(data_dir) or sqlite_url(data_dir)


def check_database_url(url: str) -> str:
    """``url`` stripped, when it is a PostgreSQL URL SQLAlchemy can read; else
    :class:`CityDatabaseSettingBad` saying what is wrong (the password never shown)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    text = url.strip()
    if not is_postgresql_url(text):
        raise CityDatabaseSettingBad(shown_url(text), tr("只支持 postgresql+psycopg:// 开头的地址"))
    try:
        parsed = make_url(text)
    except ArgumentError as exc:
        raise CityDatabaseSettingBad(shown_url(text), tr("地址的格式不对")) from exc
    if not parsed.database:
        raise CityDatabaseSettingBad(shown_url(text), tr("地址里缺少数据库名"))
    return text


class CityDatabaseInUse(ShequError):
    """``shequ city init --database URL`` names a database that already holds tables."""

    def __init__(self, url: str) -> None:
        super().__init__(
            tr(
                "数据库 {url} 里已经有数据，不能用来建立新的市级安装；没有做任何修改。"
                "请让数据库管理员新建一个空数据库，再写它的地址。",
                url=url,
            )
        )


def refuse_used_database(url: str) -> None:
    """Refuse (:class:`CityDatabaseInUse`) a PostgreSQL database that already holds tables, so that a
    new city is never made inside another's data; a server that cannot be reached is said so
    (:class:`CityDatabaseUnreachable`)."""
    from sqlalchemy import inspect

    engine = make_pg_engine(url)
    try:
        with engine.connect() as connection:
            used = bool(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    if used:
        raise CityDatabaseInUse(shown_url(url))


class NoCityInDatabase(ShequError):
    """``shequ city join --database URL`` names a database in which no city was made."""

    def __init__(self, url: str) -> None:
        super().__init__(
            tr(
                "数据库 {url} 里还没有市级安装，没有做任何修改。"
                "第一台电脑请用 “shequ city init --name 名称 --database 地址” 建立市级安装，其他电脑再加入。",
                url=url,
            )
        )


def write_database_setting(data_dir: Path | str, url: str) -> Path:
    """Write ``city/database.json`` naming ``url`` (checked first), readable by its owner only."""
    from db.fileio import write_atomic

    text = check_database_url(url)
    path = Path(data_dir).expanduser().joinpath(*DATABASE_SETTING)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps({"url": text}, ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, body.encode("utf-8"))
    path.chmod(0o600)
    return path


def open_city_engine(data_dir: Path | str) -> Engine:
    """An engine on the city's database (PostgreSQL or the folder's SQLite file, see
    :func:`city_database_url`), its schema checked — a newer one refused untouched — and migrated
    when behind (under the migration lock on PostgreSQL; on SQLite after a backup, as
    :func:`db.store.open_store` does). This takes no folder lock: :func:`db.store.open_store` is the
    app's way in; this is for tools and tests that need only the database."""
    from db.store import make_engine, run_migrations

    folder = Path(data_dir).expanduser()
    url = configured_url(folder)
    if url is None:
        from db.folder import BACKUP_DIRNAME, backup_database, check_sqlite_file, known_revisions
        from db.folder import read_revision as read_file_revision

        path = folder / DB_FILENAME
        if path.exists():
            check_sqlite_file(path)
            revision = read_file_revision(path)
            if revision is not None and revision not in known_revisions():
                raise NewerSchema(str(path), revision)  # as db.store.open_store says it
            current = check_revision(revision, sqlite_url(folder))
            if not current and path.stat().st_size > 0:
                backup_database(path, folder / BACKUP_DIRNAME, f"before-{known_revisions()[-1]}")
        else:
            current = False
        engine = make_engine(path)
    else:
        engine = make_pg_engine(url)
        try:
            current = check_revision(database_revision(engine), url)
        except BaseException:
            engine.dispose()
            raise
    if not current:
        try:
            run_migrations(engine)
        except BaseException:
            engine.dispose()
            raise
    return engine
