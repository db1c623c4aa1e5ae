"""Opening an office's data folder safely.

The data folder holds ``shequ.sqlite`` (SQLite, WAL mode, foreign keys on), a ``backups/``
folder and a lock file. :func:`open_store`:

1. refuses a second instance on the same folder (an OS file lock held while the store is open);
2. refuses a file that is not a SQLite database, or is damaged, without touching it;
3. refuses a database made by a newer version of the app, without touching it;
4. when the schema is behind, copies the file to ``backups/`` (timestamped) and only then
   runs the Alembic migrations, in code. Nothing else creates tables.

Alembic is imported only when a migration is needed, so a normal start stays fast.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from db.audit import Actor, LedgerSession
from db.errors import AlreadyRunning, CorruptDatabase, DataFolderMissing, NewerSchema, NoDatabase
from db.timeutil import LOCAL_TZ

DB_FILENAME = "shequ.sqlite"
LOCK_FILENAME = "shequ.lock"
BACKUP_DIRNAME = "backups"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_SQLITE_HEADER = b"SQLite format 3\x00"
_BACKUP_STEP_PAGES = 2048  # pages copied per step of a backup (8 MB with 4 KB pages)


def known_revisions() -> list[str]:
    """The schema revisions this version of the app knows, oldest first.

    Migration files are named ``NNNN_description.py`` and their revision id is ``NNNN``;
    the history is linear, so the newest is the head.
    """
    versions = MIGRATIONS_DIR / "versions"
    names = sorted(p.name for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py"))
    return [name.split("_", 1)[0] for name in names]


def head_revision() -> str:
    return known_revisions()[-1]


def check_sqlite_file(path: Path) -> None:
    """Refuse a non-empty file that does not start like a SQLite database, or is shorter
    than its header says (a copy cut short)."""
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(_SQLITE_HEADER):
        raise CorruptDatabase(str(path), "文件头不是 SQLite 数据库")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = header[24:28]
    page_count = int.from_bytes(header[28:32], "big")
    # the page count in the header is valid when "version-valid-for" equals the change counter
    if header[92:96] == change_counter and page_count and size < page_count * page_size:
        raise CorruptDatabase(str(path), "文件不完整，可能复制时被中断")


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves no trace when there is no pending write-ahead log.

    With no ``-wal`` content the main file is the whole database, so it is opened as
    immutable (no ``-shm``/``-wal`` files are made); otherwise the log must be read too.
    """
    wal = path.with_name(path.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    mode = "mode=ro" if pending else "immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def read_revision(path: Path) -> str | None:
    """The schema revision recorded in the file (None for an empty database), read-only."""
    try:
        conn = _read_only(path)
    except sqlite3.Error as exc:
        raise CorruptDatabase(str(path), str(exc)) from exc
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise CorruptDatabase(str(path), "缺少数据结构版本信息")
            return None
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        return str(rows[0][0]) if rows else None
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(str(path), str(exc)) from exc
    finally:
        conn.close()


def quick_check(path: Path) -> None:
    """Run SQLite's quick integrity check; :class:`CorruptDatabase` when it finds damage."""
    try:
        conn = _read_only(path)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(str(path), str(exc)) from exc
    if not result or result[0] != "ok":
        raise CorruptDatabase(str(path), str(result[0]) if result else "")


def backup_database(
    path: Path,
    backup_dir: Path,
    label: str,
    *,
    source: sqlite3.Connection | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Copy the database (WAL content included) to ``backup_dir``; atomic and fsynced.

    ``source`` is an open connection to copy from (one that takes SQLite's locks, so the copy
    is consistent while the app keeps writing); without it the file is opened read-only.
    ``progress(done_pages, total_pages)`` is called as the copy goes; if it raises, the copy
    stops, the unfinished file is removed and the exception propagates.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(LOCAL_TZ).strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"shequ-{stamp}-{label}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"shequ-{stamp}-{label}-{counter}.sqlite"
    partial = target.with_suffix(".partial")

    def report(status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    try:
        reader = source if source is not None else _read_only(path)
        try:
            dest = sqlite3.connect(partial)
            try:
                reader.backup(dest, pages=_BACKUP_STEP_PAGES, progress=report, sleep=0.01)
            finally:
                dest.close()
        finally:
            if source is None:
                reader.close()
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_folder(backup_dir)
    return target


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders cannot be opened."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on the database file with the app's connection settings."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _on_connect)
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

    def __init__(self, data_dir: Path, engine: Engine, lock: FileLock, backup: Path | None) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self._lock = lock
        self.migration_backup = backup  # the copy made before the last migration, if any

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


def open_store(data_dir: Path | str, *, create: bool = False, integrity_check: bool = True) -> Store:
    """Open (and, when behind, migrate) the office database in ``data_dir``.

    With ``create`` the folder and the database are made when missing; otherwise a missing
    folder or database is an error. Every refusal leaves the files as they were.
    """
    folder = Path(data_dir).expanduser()
    if not folder.is_dir():
        if not create or folder.exists():
            raise DataFolderMissing(str(folder))
        folder.mkdir(parents=True)
    db_path = folder / DB_FILENAME
    if not create and not db_path.exists():
        raise NoDatabase(str(folder))

    lock = FileLock(str(folder / LOCK_FILENAME), timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise AlreadyRunning(str(folder)) from exc
    try:
        backup = _prepare(db_path, integrity_check)
        engine = make_engine(db_path)
        if backup is not None or not _has_schema(db_path):
            run_migrations(engine)
    except BaseException:
        lock.release()
        raise
    return Store(folder, engine, lock, backup)


def _has_schema(db_path: Path) -> bool:
    return db_path.exists() and read_revision(db_path) == head_revision()


def _prepare(db_path: Path, integrity_check: bool) -> Path | None:
    """Check the file and back it up when a migration is due; the backup's path, if made."""
    if not db_path.exists():
        return None
    check_sqlite_file(db_path)
    revision = read_revision(db_path)
    known = known_revisions()
    if revision is not None and revision not in known:
        raise NewerSchema(str(db_path), revision)
    if integrity_check and db_path.stat().st_size > 0:
        quick_check(db_path)
    if revision == known[-1]:
        return None
    label = f"before-{known[-1]}"
    return backup_database(db_path, db_path.parent / BACKUP_DIRNAME, label)
