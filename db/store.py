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
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from db.audit import Actor, LedgerSession
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


def run_migrations(engine: Engine, target: str = "head") -> None:
    """Upgrade the schema with Alembic, in code (heavy imports happen only here)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


class Store:
    """An open data folder: its engine, its lock, and sessions acting for an operator."""

    def __init__(
        self, data_dir: Path, engine: Engine, lock: FolderLock, backup: Path | None, *, read_only: bool = False
    ) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self._lock = lock
        self.migration_backup = backup  # the copy made before the last migration, if any
        self.read_only = read_only  # a folder this process cannot write, opened to read

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
