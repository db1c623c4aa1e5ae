"""Opening an office's data folder safely.

The data folder holds ``shequ.sqlite`` (SQLite, WAL mode, foreign keys on), a ``backups/``
folder and a lock file. :func:`open_store`:

1. refuses a second instance on the same folder (an OS file lock held while the store is open);
2. refuses a file that is not a SQLite database, or is damaged, without touching it;
3. refuses a database made by a newer version of the app, without touching it;
4. when the schema is behind, copies the file to ``backups/`` (timestamped) and only then
   runs the Alembic migrations, in code. Nothing else creates tables.

Steps 1–4 use only the standard library (:mod:`db.folder`, :func:`claim_folder`), so the app can
run them before importing SQLAlchemy; :func:`attach_store` then adds the engine. Alembic is
imported only when a migration is needed, so a normal start stays fast. The app claims with
``defer_check`` and runs step 2's ``quick_check`` in the background while its window shows
(:mod:`desktop.shell.startup`); :func:`attach_store` runs it itself on a claim still unchecked.

A command that only reads (``open_store(..., only_reads=True)``: ``stats``, ``check``,
``export-xlsx``) also opens a folder it cannot write: shared lock, the file read-only
(``immutable`` when no write-ahead log is pending), ``PRAGMA query_only``; :attr:`Store.read_only`.
Everything else refuses such a folder in one line (:class:`db.errors.DataFolderReadOnly`).

A full disk is said as such, never as a damaged database: every engine turns SQLite's
``SQLITE_FULL`` — and an I/O error while the data folder has no room left (the shared-memory file
cannot grow, a quota, the file-size limit) — into :class:`db.fileio.DiskFull` naming the data
folder, at the moment it happens (``handle_error``, and the connection's own settings). A store
opened to write first removes what a killed process left there (:mod:`db.leftovers`).

A city's folder may name a PostgreSQL database instead (``city/database.json``, :mod:`db.citydb`):
then the claim holds the folder's lock only (one app per folder; every workstation has its own
folder), and :func:`attach_store` opens the engine on that URL (psycopg 3, sessions in UTC), refuses
a schema made by a newer version untouched (:class:`db.cityurl.NewerCityDatabase`) and migrates one
that is behind. No file checks, no ``quick_check``, no backups (``Store.keeps_backups`` is False: the
server's ``pg_dump`` is the backup, README). :func:`run_migrations` on PostgreSQL holds an advisory
lock for the whole upgrade, so two workstations never migrate at once.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from db.audit import Actor, LedgerSession
from db.cityurl import CityDatabaseUnreachable, NewerCityDatabase, hide_password, shown_url
from db.errors import DataFolderNeedsUpgrade
from db.fileio import disk_full, fsync_folder  # fsync_folder re-exported (db/backup.py)
from db.folder import (  # re-exported: the checks before the engine live in db.folder
    BACKUP_DIRNAME,
    DB_FILENAME,
    LOCK_FILENAME,
    MIGRATIONS_DIR,
    FolderClaim,
    backup_database,
    check_sqlite_file,
    claim_folder,
    head_revision,
    known_revisions,
    quick_check,
    read_only_uri,
    read_revision,
)
from db.folderlock import FolderLock

__all__ = [
    "BACKUP_DIRNAME",
    "DB_FILENAME",
    "LOCK_FILENAME",
    "MIGRATIONS_DIR",
    "Store",
    "attach_store",
    "backup_database",
    "check_sqlite_file",
    "fsync_folder",
    "head_revision",
    "known_revisions",
    "make_engine",
    "open_store",
    "quick_check",
    "read_revision",
    "run_migrations",
]


def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def _database_files(path: Path) -> tuple[Path, ...]:
    return (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")))


def _say_full_disk(engine: Engine, path: Path) -> None:
    """Make ``engine`` raise :class:`db.fileio.DiskFull` (naming the data folder) for SQLite's
    "database or disk is full", and for an I/O error while the folder has no room left; checked
    while the failed transaction's files are still there, so their size tells."""
    folder, files = path.parent, _database_files(path)

    def on_error(context: Any) -> BaseException | None:
        return disk_full(context.original_exception, folder, files)

    def on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        try:
            _on_connect(dbapi_connection, connection_record)
        except sqlite3.Error as exc:  # the write-ahead log or its shared memory could not be made
            full = disk_full(exc, folder, files)
            if full is not None:
                raise full from exc
            raise

    event.listen(engine, "handle_error", on_error)
    event.listen(engine, "connect", on_connect)


def _on_connect_read_only(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA query_only=ON")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def _on_connect_query_only(dbapi_connection: Any, connection_record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only=ON")


def make_engine(path: Path, *, read_only: bool = False, query_only: bool = False) -> Engine:
    """An engine on the database file with the app's connection settings; ``read_only``: one
    that never writes, nor makes the ``-wal``/``-shm`` files (:func:`db.folder.read_only_uri`);
    ``query_only``: a reader beside a writer that has the file open (another process of the app),
    which takes part in the write-ahead log's locking as the writer does but never writes."""
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=NullPool,
        )
        event.listen(engine, "connect", _on_connect_read_only)
        return engine
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    _say_full_disk(engine, path)
    if query_only:
        event.listen(engine, "connect", _on_connect_query_only)
    return engine


# --- a city database on a PostgreSQL server (db/citydb.py) ---------------------------------


def make_pg_engine(url: str) -> Engine:
    """An engine on a PostgreSQL URL: psycopg 3 whichever driver the URL names, every session in
    UTC (the app's times are naive UTC), a failed connection said in Chinese
    (:class:`CityDatabaseUnreachable`, never with the password)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url).set(drivername="postgresql+psycopg")
    engine = create_engine(
        parsed, connect_args={"options": "-c TimeZone=UTC"}, pool_pre_ping=True, pool_size=5, max_overflow=10
    )

    def on_error(context: Any) -> BaseException | None:
        import psycopg

        original = context.original_exception
        if isinstance(original, psycopg.OperationalError) and context.connection is None:
            return CityDatabaseUnreachable(shown_url(url), hide_password(_first_line(original), url))
        return None

    event.listen(engine, "handle_error", on_error)
    return engine


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def database_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database (None for an empty one)."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    return str(rows[0][0]) if rows else None


def check_revision(revision: str | None, url: str) -> bool:
    """Whether the schema at ``revision`` is the current one; a revision this version does not know
    (made by a newer version) is refused untouched (:class:`NewerCityDatabase`)."""
    known = known_revisions()
    if revision is not None and revision not in known:
        raise NewerCityDatabase(shown_url(url), revision)
    return revision == known[-1]


# The advisory lock every upgrade of a PostgreSQL database holds (db.exchange.rawdb.advisory_key's
# numbering, for the key "schema-migration"): two workstations never migrate at once.
MIGRATION_LOCK_KEY = int.from_bytes(hashlib.sha256(b"shequ:schema-migration").digest()[:8], "big", signed=True)


def run_migrations(engine: Engine, target: str = "head") -> None:
    """Upgrade the schema with Alembic, in code (heavy imports happen only here), in one transaction.

    On PostgreSQL (where DDL is transactional) the transaction first takes the migration's advisory
    lock (``pg_advisory_xact_lock``, released by the commit or the rollback), so a second workstation
    starting at the same moment waits, then finds the schema current and does nothing; a revision
    this version does not know, read under the lock, is refused untouched
    (:class:`db.citydb.NewerCityDatabase`). On SQLite the folder lock already excludes everyone else."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
            revision = None
            if connection.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar() is not None:
                revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            shown = engine.url.render_as_string(hide_password=True)
            if check_revision(None if revision is None else str(revision), shown) and target == "head":
                return  # another workstation migrated while this one waited
        config.attributes["connection"] = connection
        command.upgrade(config, target)


class Store:
    """An open data folder: its engine, its lock, and sessions acting for an operator."""

    def __init__(
        self,
        data_dir: Path,
        engine: Engine,
        lock: FolderLock,
        backup: Path | None,
        *,
        read_only: bool = False,
        database_url: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self._lock = lock
        self.migration_backup = backup  # the copy made before the last migration, if any
        self.read_only = read_only  # a folder this process cannot write, opened to read
        # a city's database on a server (db/citydb.py); None: the folder's SQLite file
        self.database_url = database_url

    @property
    def is_postgresql(self) -> bool:
        return self.database_url is not None

    @property
    def keeps_backups(self) -> bool:
        """Whether the app backs this database up (db/backup.py): the SQLite file, yes; a server's
        database is backed up with ``pg_dump`` by whoever runs the server (README)."""
        return self.database_url is None

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_DIRNAME

    def session(self, actor: Actor | None = None) -> LedgerSession:
        """A new session; changes need an actor (here or set later)."""
        return LedgerSession(self.engine, actor=actor, expire_on_commit=False)

    @contextmanager
    def transaction(self, actor: Actor) -> Iterator[LedgerSession]:
        """A session whose changes commit together at the end, or roll back on error."""
        with self.session(actor) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(
    data_dir: Path | str, *, create: bool = False, integrity_check: bool = True, only_reads: bool = False
) -> Store:
    """Open (and, when behind, migrate) the office database in ``data_dir``.

    With ``create`` the folder and the database are made when missing; otherwise a missing
    folder or database is an error. ``only_reads``: the caller never writes, so a folder it
    cannot write is opened read-only instead of refused. Every refusal leaves the files as they were.
    """
    claim = claim_folder(data_dir, create=create, integrity_check=integrity_check, only_reads=only_reads)
    return attach_store(claim)


def attach_store(claim: FolderClaim) -> Store:
    """The store on a claimed folder: the engine, and the migrations when due (the backup was
    made by the claim); a folder claimed to write is then rid of what a killed process left
    (:func:`db.leftovers.clean_leftovers`). On failure the folder is released, and a database
    this claim was making (a new one, which a full disk stopped half-built: SQLite commits each
    table it creates) is removed, so that the next try starts afresh."""
    if claim.database_url is not None:
        return _attach_server(claim, claim.database_url)
    engine: Engine | None = None
    try:
        if claim.unchecked:  # claimed with defer_check and nobody has run the check since
            quick_check(claim.db_path)
            claim.unchecked = False
        engine = make_engine(claim.db_path, read_only=claim.read_only)
        if claim.needs_migration:
            run_migrations(engine)
        if not claim.read_only:
            from db.leftovers import clean_leftovers

            clean_leftovers(claim.data_dir, engine)
    except BaseException:
        if engine is not None:
            engine.dispose()
        if claim.new_database:
            for path in _database_files(claim.db_path):
                path.unlink(missing_ok=True)
        claim.release()
        raise
    return Store(claim.data_dir, engine, claim.lock, claim.backup, read_only=claim.read_only)


def _attach_server(claim: FolderClaim, url: str) -> Store:
    """The store of a city folder whose database is on a PostgreSQL server (``city/database.json``):
    the engine on that URL (sessions in UTC), the schema checked — a newer one refused untouched —
    and migrated when behind (under the migration's advisory lock). No file checks and no backups:
    the server's ``pg_dump`` is the backup (README). On failure the folder is released."""
    engine = make_pg_engine(url)
    try:
        if not check_revision(database_revision(engine), url):
            if claim.read_only:
                raise DataFolderNeedsUpgrade(str(claim.data_dir))
            run_migrations(engine)
        if not claim.read_only:
            from db.leftovers import clean_leftovers

            clean_leftovers(claim.data_dir, engine)
    except BaseException:
        engine.dispose()
        claim.release()
        raise
    return Store(claim.data_dir, engine, claim.lock, None, read_only=claim.read_only, database_url=url)
