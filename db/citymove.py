"""Moving a city from its folder's SQLite file onto a PostgreSQL server (``shequ city move-to-server``).

A city that began on one PC (the folder's ``shequ.sqlite``) moves onto a server once several
workstations need it. The move is two steps, so that the window can close its own connections in
between:

1. :func:`copy_to_server` — the target must be an empty database (refused otherwise, nothing
   written: :class:`MoveTargetNotEmpty`). In ONE transaction on the target: the migrations make the
   schema (under the migration lock), every table's rows are copied through
   :meth:`db.exchange.rawdb.Db.insert_rows` in chunks (values in the storage form, adapted to the
   dialect), the integer keys' sequences are moved past the copied ids, and each table's row count
   and a checksum of its primary keys are compared with the SQLite file's. Only then the
   transaction commits. The file is read in one write transaction (``BEGIN IMMEDIATE``) held until
   that commit, so a command writing beside the window waits rather than being left behind. Any
   failure, or ``check`` raising (the dialog's 取消), rolls it all back: the server's database is
   left empty and the city on its SQLite file exactly as it was.
2. :func:`finish_move` — with the SQLite engine disposed: ``city/database.json`` is written
   (atomically, :func:`db.citydb.write_database_setting`) and the SQLite file is renamed
   ``shequ.sqlite.moved-to-server-<time>``, kept as a record (never read again). If the rename
   fails the setting is removed again and the copy dropped from the server (:class:`MoveFailed`;
   :class:`CopyLeftOnServer` when the server would not let it go): the city stays where it was.

:func:`switch_store` does step 2 for an open store (the city window's) and points the store at the
server; :func:`move_to_server` is the whole of it for the command line.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.cityurl import configured_url, hide_password, shown_url
from db.errors import ShequError
from db.folder import DB_FILENAME
from db.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine, Table

    from db.exchange.rawdb import Db
    from db.store import Store

__all__ = [
    "CHUNK_ROWS",
    "MOVED_SUFFIX",
    "AlreadyOnServer",
    "CopiedCity",
    "CopyLeftOnServer",
    "DatabaseFacts",
    "MoveFailed",
    "MoveResult",
    "MoveTargetNotEmpty",
    "NothingToMove",
    "copy_to_server",
    "database_facts",
    "finish_move",
    "move_to_server",
    "server_place",
    "switch_store",
]

CHUNK_ROWS = 500  # rows per insert_rows call (and per progress report)
MOVED_SUFFIX = ".moved-to-server-"  # shequ.sqlite.moved-to-server-20261207-193000
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")

Progress = Callable[[int, int, str], None]  # rows done, rows in all, the table being copied


class MoveTargetNotEmpty(ShequError):
    """The server's database already holds tables: nothing is written to it."""

    def __init__(self, url: str) -> None:
        super().__init__(
            tr(
                "数据库 {url} 里已经有数据，不能把市级数据迁移进去；没有做任何修改，市级数据仍保存在本机。"
                "请让数据库管理员新建一个空数据库，再写它的地址。",
                url=url,
            )
        )


class AlreadyOnServer(ShequError):
    """The city's folder already names a server: there is nothing to move."""

    def __init__(self, url: str) -> None:
        super().__init__(tr("市级数据已经保存在服务器 {url} 上，不需要迁移；没有做任何修改。", url=url))


class NothingToMove(ShequError):
    """The folder has no SQLite file to move."""

    def __init__(self, folder: str) -> None:
        super().__init__(
            tr(
                "数据文件夹 {folder} 里没有市级数据文件（shequ.sqlite），没有可以迁移的数据；没有做任何修改。"
                "请确认选择的是市级的数据文件夹。",
                folder=folder,
            )
        )


class MoveFailed(ShequError):
    """The move did not complete: the city stays on its SQLite file, the server's database empty."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            tr(
                "迁移到服务器没有完成（{detail}）。市级数据仍保存在本机，和迁移前完全一样，"
                "服务器上的数据库没有写入数据；请检查网络和数据库服务器后再试一次，或把这句话告诉数据库管理员。",
                detail=detail,
            )
        )


class CopyLeftOnServer(ShequError):
    """The copy was made on the server but the folder could not be switched to it, nor the copy removed."""

    def __init__(self, detail: str, url: str) -> None:
        super().__init__(
            tr(
                "迁移到服务器没有完成（{detail}）。市级数据仍保存在本机，和迁移前完全一样；"
                "但服务器上的数据库 {url} 里已经有这次复制过去的数据："
                "请让数据库管理员清空它（或新建一个空数据库），再试一次。",
                detail=detail,
                url=url,
            )
        )


@dataclass(frozen=True)
class CopiedCity:
    """What :func:`copy_to_server` committed on the server (step 1 of the move)."""

    url: str
    revision: str
    rows: dict[str, int] = field(default_factory=dict)  # table → rows copied (and verified)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True)
class MoveResult:
    """A finished move: where the city's data is now and where the SQLite file is kept."""

    url: str
    revision: str
    rows: dict[str, int]
    setting: Path  # city/database.json
    kept_file: Path  # the SQLite file, renamed as a record

    @property
    def shown_url(self) -> str:
        return shown_url(self.url)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    def summary(self) -> str:
        """The result in one or two plain sentences (the command line and the window say it)."""
        return tr(
            "市级数据已迁移到服务器 {url}：{tables} 张表，共 {rows} 行，逐表核对一致。"
            "原来的数据文件已改名保留为 {kept}，以后不再使用；请用 pg_dump 定期备份服务器上的数据库。",
            url=self.shown_url,
            tables=len([name for name, count in self.rows.items() if count]),
            rows=self.total_rows,
            kept=str(self.kept_file),
        )


# --- where the city's data is ----------------------------------------------------------------------


@dataclass(frozen=True)
class DatabaseFacts:
    """Where an open city's data is, as the window's 设置 ▸ 数据库… and ``shequ city database`` say it."""

    on_server: bool
    host: str  # the server ("" for the folder's SQLite file)
    database: str  # the database's name on the server, or the SQLite file's path
    shown_url: str  # never a password ("" for SQLite)
    revision: str | None  # the schema revision (alembic)
    sessions: int | None  # connections to the database now, this one included (None: PostgreSQL cannot tell)
    computers: int | None = None  # the distinct client addresses of those connections (a Unix socket: one)

    def to_dict(self) -> dict[str, Any]:
        return {
            "on_server": self.on_server,
            "host": self.host,
            "database": self.database,
            "url": self.shown_url,
            "revision": self.revision,
            "sessions": self.sessions,
            "computers": self.computers,
        }


def server_place(url: str) -> tuple[str, str]:
    """The server and the database's name in a PostgreSQL URL (``host``, or the ``?host=`` of a Unix
    socket, else ``localhost``)."""
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(url)
    host = parts.hostname or (parse_qs(parts.query).get("host") or ["localhost"])[0]
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return host, parts.path.lstrip("/")


def database_facts(store: Store) -> DatabaseFacts:
    """Where ``store``'s data is, its schema revision and (on PostgreSQL) how many sessions are
    connected to the same database (``pg_stat_activity``; None when the server does not say)."""
    from sqlalchemy.exc import SQLAlchemyError

    from db.store import database_revision

    revision = database_revision(store.engine)
    if store.database_url is None:
        return DatabaseFacts(False, "", str(store.db_path), "", revision, None)
    host, name = server_place(store.database_url)
    sessions: int | None = None
    computers: int | None = None
    try:
        with store.engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT count(*), count(DISTINCT coalesce(host(client_addr), 'local'))"
                " FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'"
            ).fetchone()
        if row is not None and row[0]:
            sessions, computers = int(row[0]), int(row[1])
    except SQLAlchemyError:
        pass  # the server does not say: shown as such
    return DatabaseFacts(True, host, name, shown_url(store.database_url), revision, sessions, computers)


# --- step 1: the copy, in one transaction on the server ----------------------------------------


def copy_to_server(
    source: Engine,
    url: str,
    *,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
    chunk_rows: int = CHUNK_ROWS,
) -> CopiedCity:
    """Copy the city's SQLite database (``source``, at the current schema revision) into the empty
    PostgreSQL database ``url``, verified, in one transaction (see the module's notes).

    ``check`` is called between chunks: whatever it raises (the dialog's 取消) is raised as it is,
    after the rollback. A database or network failure is :class:`MoveFailed`; the server's
    refusals are their own :class:`~db.errors.ShequError` (unreachable, not empty)."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from db.citydb import check_database_url, make_pg_engine
    from db.exchange.rawdb import exchange_connection
    from db.store import database_revision, head_revision

    target_url = check_database_url(url)
    revision = database_revision(source)
    head = head_revision()
    if revision != head:  # the window's store is current; the command migrates first
        raise MoveFailed(tr("本机数据的结构版本 {revision} 不是最新的 {head}", revision=revision or "-", head=head))
    engine = make_pg_engine(target_url)
    try:
        with engine.connect() as probe:
            if inspect(probe).get_table_names():
                raise MoveTargetNotEmpty(shown_url(target_url))
        try:
            with exchange_connection(source) as reader:
                # the file's write lock for the whole copy, until the server committed: nothing written
                # meanwhile (a command beside the window waits) is left behind on the file
                reader.begin_write()
                try:
                    with engine.begin() as connection:
                        rows = _migrate_and_copy(connection, reader, progress, check, chunk_rows)
                        if database_revision_of(connection) != revision:
                            raise MoveFailed(tr("服务器上的数据结构版本和本机不一致"))
                finally:
                    reader.rollback()
        except ShequError:
            raise
        except SQLAlchemyError as exc:
            detail = hide_password(str(getattr(exc, "orig", None) or exc).strip().splitlines()[0], target_url)
            raise MoveFailed(detail) from exc
    finally:
        engine.dispose()
    return CopiedCity(url=target_url, revision=revision, rows=rows)


def database_revision_of(connection: Connection) -> str | None:
    value = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None if value is None else str(value)


def _migrate_and_copy(
    connection: Connection,
    reader: Db,
    progress: Progress | None,
    check: Callable[[], None] | None,
    chunk_rows: int,
) -> dict[str, int]:
    from alembic import command
    from alembic.config import Config

    from db.exchange.rawdb import Db
    from db.folder import MIGRATIONS_DIR
    from db.store import MIGRATION_LOCK_KEY

    connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")  # the schema, in this transaction: rolled back with the rest

    target = Db(connection, owns_transactions=False)
    tables = _tables_to_copy(reader)
    counts = {table.name: int(reader.scalar(f"SELECT count(*) FROM {_q(table.name)}")) for table in tables}
    total = sum(counts.values())
    for table in reversed(tables):  # rows the migrations wrote (seeds): the file's rows are the city's
        target.execute(f"DELETE FROM {_q(table.name)}")
    done = 0
    copied: dict[str, int] = {}
    for table in tables:
        if check is not None:
            check()
        done = _copy_table(reader, target, table, done, total, progress, check, chunk_rows)
        copied[table.name] = counts[table.name]
    for table in tables:
        _verify(reader, target, table, counts[table.name])
        _move_sequence(target, table)
    if check is not None:
        check()  # the last moment 取消 still leaves everything as it was
    return copied


def _q(name: str) -> str:
    from db.exchange.rawdb import quoted

    return quoted(name)


def _tables_to_copy(reader: Db) -> list[Table]:
    """The models' tables in dependency order (parents first); a table or column in the file that
    the models do not know is refused rather than left behind."""
    from sqlmodel import SQLModel

    import db.models  # noqa: F401 (the tables of the models)

    names = {
        str(row[0])
        for row in reader.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        if not str(row[0]).startswith("sqlite_") and str(row[0]) != "alembic_version"
    }
    known = SQLModel.metadata.tables
    unknown = sorted(names - set(known))
    if unknown:
        raise MoveFailed(tr("本机数据里有本版本不认识的表 {names}", names="、".join(unknown)))
    tables = [table for table in SQLModel.metadata.sorted_tables if table.name in names]
    for table in tables:
        columns = {str(row[1]) for row in reader.execute(f"PRAGMA table_info({_q(table.name)})").fetchall()}
        extra = sorted(columns - {column.name for column in table.columns})
        if extra:
            raise MoveFailed(
                tr("本机数据的 {table} 表有本版本不认识的列 {names}", table=table.name, names="、".join(extra))
            )
    return tables


def _key_columns(table: Table) -> list[str]:
    keys = [column.name for column in table.primary_key.columns]
    return keys or [column.name for column in table.columns]


def _copy_table(
    reader: Db,
    target: Db,
    table: Table,
    done: int,
    total: int,
    progress: Progress | None,
    check: Callable[[], None] | None,
    chunk_rows: int,
) -> int:
    columns = [column.name for column in table.columns]
    listed = ", ".join(_q(name) for name in columns)
    order = ", ".join(_q(name) for name in _key_columns(table))
    rows = iter(reader.execute(f"SELECT {listed} FROM {_q(table.name)} ORDER BY {order}"))
    if progress is not None:
        progress(done, total, table.name)
    while True:
        batch = list(itertools.islice(rows, chunk_rows))
        if not batch:
            return done
        inserted = target.insert_rows(table.name, columns, batch)
        if inserted != len(batch):
            raise MoveFailed(tr("{table} 表有 {count} 行没有写入服务器", table=table.name, count=len(batch) - inserted))
        done += len(batch)
        if progress is not None:
            progress(done, total, table.name)
        if check is not None:
            check()


def _key_checksum(rows: Iterable[Sequence[Any]]) -> str:
    """A checksum of a table's primary keys, whatever order the database returns them in."""
    digest = hashlib.sha256()
    for key in sorted(repr(tuple(row)) for row in rows):
        digest.update(key.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def _verify(reader: Db, target: Db, table: Table, count: int) -> None:
    """The table on the server holds as many rows as the file, with the same primary keys."""
    stored = int(target.scalar(f"SELECT count(*) FROM {_q(table.name)}"))
    if stored != count:
        raise MoveFailed(
            tr("{table} 表在服务器上有 {stored} 行，本机有 {count} 行", table=table.name, stored=stored, count=count)
        )
    keys = ", ".join(_q(name) for name in _key_columns(table))
    query = f"SELECT {keys} FROM {_q(table.name)}"
    if _key_checksum(target.execute(query)) != _key_checksum(reader.execute(query)):
        raise MoveFailed(tr("{table} 表在服务器上的记录和本机的不一致", table=table.name))


def _move_sequence(target: Db, table: Table) -> None:
    """An integer key's sequence (serial / identity) past the copied ids, so the next row's id is new."""
    from sqlalchemy import Integer

    keys = list(table.primary_key.columns)
    if len(keys) != 1 or not isinstance(keys[0].type, Integer):
        return
    sequence = target.scalar("SELECT pg_get_serial_sequence(?, ?)", (_q(table.name), keys[0].name))
    if sequence is None:
        return
    highest = target.scalar(f"SELECT max({_q(keys[0].name)}) FROM {_q(table.name)}")
    if highest is not None:
        target.execute("SELECT setval(CAST(? AS regclass), ?)", (sequence, int(highest)))


# --- step 2: the folder names the server ------------------------------------------------------------


def finish_move(data_dir: Path | str, copied: CopiedCity, *, now: datetime | None = None) -> MoveResult:
    """``city/database.json`` names the server, and the SQLite file (and its companions) is renamed as
    a record. Call with every connection to the SQLite file closed. A failure removes the setting
    again (:class:`MoveFailed`): the city stays on its file."""
    from db.citydb import write_database_setting

    folder = Path(data_dir).expanduser()
    database = folder / DB_FILENAME
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    kept = database.with_name(DB_FILENAME + MOVED_SUFFIX + stamp)
    setting: Path | None = None
    renamed: list[tuple[Path, Path]] = []
    try:
        setting = write_database_setting(folder, copied.url)
        for suffix in _SQLITE_COMPANIONS:  # a journal left behind goes with its file
            companion = folder / (DB_FILENAME + suffix)
            if companion.exists():
                moved_to = kept.with_name(kept.name + suffix)
                companion.rename(moved_to)
                renamed.append((moved_to, companion))
        database.rename(kept)
    except OSError as exc:
        for moved_to, original in reversed(renamed):
            moved_to.rename(original)
        if setting is not None:
            setting.unlink(missing_ok=True)
        detail = exc.strerror or str(exc)
        if not _empty_server(copied.url):
            raise CopyLeftOnServer(detail, shown_url(copied.url)) from exc
        raise MoveFailed(detail) from exc
    return MoveResult(url=copied.url, revision=copied.revision, rows=dict(copied.rows), setting=setting, kept_file=kept)


def _empty_server(url: str) -> bool:
    """Drop the tables the copy made on the server (the city stays on its file, so that the move
    can be tried again); whether the database is empty again."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from db.citydb import make_pg_engine

    engine = make_pg_engine(url)
    try:
        with engine.begin() as connection:
            for name in inspect(connection).get_table_names():
                connection.exec_driver_sql(f"DROP TABLE IF EXISTS {_q(name)} CASCADE")
        with engine.connect() as connection:
            return not inspect(connection).get_table_names()
    except (ShequError, SQLAlchemyError):
        return False
    finally:
        engine.dispose()


def switch_store(store: Store, copied: CopiedCity, *, now: datetime | None = None) -> MoveResult:
    """:func:`finish_move` for an open store (the city window's, whose folder lock stays held): its
    SQLite connections are closed first, then the store is pointed at the server. On a failure the
    store goes on with its SQLite file."""
    from db.citydb import make_pg_engine, open_city_engine

    store.engine.dispose()  # the pool's connections closed; the engine opens new ones if used again
    result = finish_move(store.data_dir, copied, now=now)
    try:
        engine = open_city_engine(store.data_dir)
    except ShequError:  # moved, but the server stopped answering just now: the next read says so
        engine = make_pg_engine(copied.url)  # never the renamed file again
    store.engine = engine
    store.database_url = copied.url
    return result


def move_to_server(
    data_dir: Path | str,
    url: str,
    *,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
) -> MoveResult:
    """The whole move for a city folder nobody has open (the command line): the folder opened
    (locked, migrated when behind), copied, verified, then switched."""
    from db.citydb import check_database_url
    from db.store import open_store

    folder = Path(data_dir).expanduser()
    target_url = check_database_url(url)
    already = configured_url(folder)
    if already is not None:
        raise AlreadyOnServer(shown_url(already))
    if not (folder / DB_FILENAME).is_file():
        raise NothingToMove(str(folder))
    store = open_store(folder)
    try:
        copied = copy_to_server(store.engine, target_url, progress=progress, check=check)
        return switch_store(store, copied)
    finally:
        store.close()
