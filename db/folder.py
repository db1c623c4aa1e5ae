"""The data folder before the database engine: claim it, check the file, peek at who works there.

Everything here uses only the standard library, so the app can refuse a
locked, damaged or too-new database — and learn the office's name and its operators — before
it has imported SQLAlchemy (about 0.4 s): the main window appears at once, and the engine is
attached a moment later (:func:`db.store.attach_store`).

:func:`claim_folder` takes the lock, checks the file and, when a migration is due, backs it up;
:func:`peek_profile` reads the office profile and the active operators, read-only.

A folder this process cannot write (a read-only disk, a share, no permission) is refused
(:class:`DataFolderReadOnly`) unless the caller only reads (``only_reads``): then the claim is
read-only — a shared lock (:meth:`FolderLock.acquire_shared`), the file opened read-only, no
migration (:class:`DataFolderNeedsUpgrade` when one is due).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from db.cityurl import DATABASE_SETTING, configured_url
from db.enums import OperatorRole
from db.errors import (
    AlreadyRunning,
    CorruptDatabase,
    DataFolderIsFile,
    DataFolderMissing,
    DataFolderNeedsUpgrade,
    DataFolderReadOnly,
    NewerSchema,
    NoDatabase,
)
from db.fileio import DiskFull, disk_full, fsync_folder, replace_file
from db.folderlock import READ_ONLY_ERRNOS, FolderLock, FolderLocked, FolderReadOnly

DB_FILENAME = "shequ.sqlite"
LOCK_FILENAME = "shequ.lock"
BACKUP_DIRNAME = "backups"
# A city installation (``shequ city init``) is marked by this file, written last (db/exchange/pki.py).
CITY_INSTALLATION = ("city", "installation.json")
# A street installation (``shequ street init``) likewise (db/exchange/street.py).
STREET_INSTALLATION = ("street", "installation.json")
# A city whose database is on a server names it here (db/citydb.py); without it, DB_FILENAME.
CITY_DATABASE_SETTING = DATABASE_SETTING
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_LOCAL_TZ_NAME = "Asia/Shanghai"  # db.timeutil.LOCAL_TZ, which needs SQLAlchemy
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
    than its header says (a copy cut short) — unless a write-ahead log is pending: then the file
    may rightly be short (a checkpoint stopped by a full disk; the log still holds its pages)."""
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
    wal = path.with_name(path.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    if not pending and header[92:96] == change_counter and page_count and size < page_count * page_size:
        raise CorruptDatabase(str(path), "文件不完整，可能复制时被中断")


def _not_damaged(exc: sqlite3.Error, path: Path) -> None:
    """Raise :class:`db.fileio.DiskFull` when SQLite failed for want of room in the data folder
    (reading a database whose write-ahead log is pending needs its shared-memory file), so that
    a full folder is never called a damaged database."""
    files = [path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))]
    full = disk_full(exc, path.parent, files)
    if full is not None:
        raise full from exc


def read_only_uri(path: Path) -> str:
    """The URI of a read-only connection that leaves no trace when there is no pending
    write-ahead log.

    With no ``-wal`` content the main file is the whole database, so it is opened as
    immutable (no ``-shm``/``-wal`` files are made, which a read-only folder could not hold);
    otherwise the log must be read too.
    """
    wal = path.with_name(path.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    mode = "mode=ro" if pending else "immutable=1"
    return f"{path.resolve().as_uri()}?{mode}"


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def read_revision(path: Path) -> str | None:
    """The schema revision recorded in the file (None for an empty database), read-only."""
    try:
        conn = _read_only(path)
    except sqlite3.Error as exc:
        _not_damaged(exc, path)
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
        _not_damaged(exc, path)
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
        _not_damaged(exc, path)
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
    stops, the unfinished file is removed and the exception propagates. No room for the copy is
    :class:`db.fileio.DiskFull` naming ``backup_dir``.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    from zoneinfo import ZoneInfo  # not at the top: ~10 ms before the first window (zoneinfo reads sysconfig)

    stamp = datetime.now(ZoneInfo(_LOCAL_TZ_NAME)).strftime("%Y%m%d-%H%M%S")
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
        replace_file(partial, target)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        full = disk_full(exc, backup_dir) if isinstance(exc, (OSError, sqlite3.Error)) else None
        if full is not None and full is not exc:
            raise full from exc
        raise
    fsync_folder(backup_dir)
    return target


def is_city_folder(data_dir: Path | str) -> bool:
    """Whether ``data_dir`` holds the city's installation (its consolidated data), not an office:
    one file check, so that start-up and the office commands can tell without loading anything."""
    return Path(data_dir).expanduser().joinpath(*CITY_INSTALLATION).is_file()


def is_street_folder(data_dir: Path | str) -> bool:
    """Whether ``data_dir`` holds a street's installation (one file check, nothing loaded)."""
    return Path(data_dir).expanduser().joinpath(*STREET_INSTALLATION).is_file()


@dataclass
class FolderClaim:
    """A data folder this process holds the lock of, its database file checked.

    ``backup`` is the copy made because a migration is due (then :attr:`needs_migration`);
    :func:`db.store.attach_store` turns the claim into an open store, or :meth:`release` gives
    the folder up.
    """

    data_dir: Path
    lock: FolderLock
    backup: Path | None = None
    needs_migration: bool = False
    read_only: bool = False  # a folder this process cannot write, claimed to read (``only_reads``)
    new_database: bool = False  # the database file did not exist: made by this claim's store
    # The file's quick_check was left to the caller (``defer_check``): until it has passed and the
    # caller says so (False), :func:`db.store.attach_store` runs it before opening the engine.
    unchecked: bool = False
    # The database is on a server (a city's ``city/database.json``, db/citydb.py): the claim holds
    # the folder only; the schema is checked and migrated by :func:`db.store.attach_store`.
    database_url: str | None = None

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    def release(self) -> None:
        self.lock.release()


def claim_folder(
    data_dir: Path | str,
    *,
    create: bool = False,
    integrity_check: bool = True,
    only_reads: bool = False,
    defer_check: bool = False,
) -> FolderClaim:
    """Lock ``data_dir`` and check its database (see :func:`db.store.open_store`); with ``create``
    the folder is made when missing. A folder that cannot be written is refused, or with
    ``only_reads`` claimed read-only (see the module). Every refusal leaves the files as they were.

    ``defer_check``: when the schema is current (nothing will be migrated or backed up now), leave
    SQLite's ``quick_check`` — which reads the whole file, ~170 ms at 120 MB — to the caller
    (:attr:`FolderClaim.unchecked`): the app runs it in the background while its window shows. A
    migration is never run on an unchecked file: when one is due the check runs here as always."""
    folder = Path(data_dir).expanduser()
    if not folder.is_dir():
        if folder.exists():
            raise DataFolderIsFile(str(folder))
        if not create:
            raise DataFolderMissing(str(folder))
        _make_folder(folder)
    db_path = folder / DB_FILENAME
    database_url: str | None = None
    if folder.joinpath(*CITY_DATABASE_SETTING).exists():
        database_url = configured_url(folder)
    if not create and database_url is None and not db_path.exists():
        raise NoDatabase(str(folder))

    lock = FolderLock(folder / LOCK_FILENAME)
    read_only = not _writable(folder, db_path)
    try:
        if not read_only:
            try:
                lock.acquire()
            except FolderReadOnly:  # writable by its permissions, refused all the same (a share)
                read_only = True
        if read_only:
            if not only_reads:
                raise DataFolderReadOnly(str(folder))
            lock.acquire_shared()
    except FolderLocked as exc:
        raise AlreadyRunning(str(folder)) from exc
    if database_url is not None:  # no file to check or back up: the server's database is attached later
        return FolderClaim(folder, lock, read_only=read_only, database_url=database_url)
    new_database = not db_path.exists()
    try:
        backup, current, deferred = _prepare(db_path, integrity_check, read_only, defer_check)
        needs_migration = not current
    except BaseException:
        lock.release()
        raise
    return FolderClaim(folder, lock, backup, needs_migration, read_only, new_database, deferred)


def _writable(folder: Path, db_path: Path) -> bool:
    """Whether this process may write the folder and its database, as the system says (root's
    permissions included; a read-only disk refuses everyone)."""
    return os.access(folder, os.W_OK) and (not db_path.exists() or os.access(db_path, os.W_OK))


def _make_folder(folder: Path) -> None:
    """Make a new data folder; a file in its way or a parent that cannot be written is said so."""
    try:
        folder.mkdir(parents=True)
    except (FileExistsError, NotADirectoryError):
        raise DataFolderIsFile(str(_nearest_existing(folder))) from None
    except OSError as exc:
        if exc.errno in READ_ONLY_ERRNOS:
            raise DataFolderReadOnly(str(_nearest_existing(folder))) from None
        raise


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _prepare(
    db_path: Path, integrity_check: bool, read_only: bool = False, defer_check: bool = False
) -> tuple[Path | None, bool, bool]:
    """Check the file and back it up when a migration is due: the backup's path, if made,
    whether the schema is already the current one (False for a new or empty file), and whether
    the quick_check was left to the caller (``defer_check``, current schema only). A read-only
    folder cannot be migrated: :class:`DataFolderNeedsUpgrade`."""
    if not db_path.exists():
        if read_only:
            raise DataFolderReadOnly(str(db_path.parent))
        return None, False, False
    check_sqlite_file(db_path)
    revision = read_revision(db_path)
    known = known_revisions()
    if revision is not None and revision not in known:
        raise NewerSchema(str(db_path), revision)
    current = revision == known[-1]
    deferred = False
    if integrity_check and db_path.stat().st_size > 0:
        if defer_check and current:
            deferred = True
        else:
            quick_check(db_path)
    if current:
        return None, True, deferred
    if read_only:
        raise DataFolderNeedsUpgrade(str(db_path.parent))
    label = f"before-{known[-1]}"
    return backup_database(db_path, db_path.parent / BACKUP_DIRNAME, label), False, False


# --- a quick look inside, before the engine ------------------------------------------------

# The order operators are listed in (here and db.operators.active_operators): administrators first.
ROLE_ORDER = {OperatorRole.ADMIN.value: 0, OperatorRole.HEAD.value: 1, OperatorRole.FILLER.value: 2}


@dataclass(frozen=True)
class OperatorInfo:
    """An active operator as the sign-in needs them (the fields of :class:`db.models.Operator`
    it reads)."""

    id: str
    name: str
    role: str
    password_hash: str | None


@dataclass(frozen=True)
class Profile:
    """Who the folder belongs to: the office (empty before set-up) and its active operators."""

    office_code: str
    office_name: str
    operators: tuple[OperatorInfo, ...] = field(default_factory=tuple)
    # the audit log's high-water mark (the sum of the offices' change sequence counters, which
    # every audit entry adds to): ties a kept standing to this
    # database (db.standing_cache); None when it could not be read
    data_mark: int | None = None


def peek_profile(db_path: Path) -> Profile | None:
    """The office profile and active operators, read-only with the standard library; None when
    the file cannot say (no schema yet, or not at the current revision — the caller then takes
    the slow path through the engine, which knows every revision)."""
    try:
        if read_revision(db_path) != head_revision():
            return None
        conn = _read_only(db_path)
    except (CorruptDatabase, DiskFull, sqlite3.Error):  # the engine's path says why
        return None
    try:
        office = conn.execute(
            "SELECT code, name FROM office WHERE deleted_at IS NULL ORDER BY modified_at LIMIT 1"
        ).fetchone()
        rows = conn.execute(
            "SELECT id, name, role, password_hash FROM operator WHERE deleted_at IS NULL AND active = 1"
        ).fetchall()
        mark = conn.execute("SELECT coalesce(sum(last), 0) FROM change_counter").fetchone()  # a row per office
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    operators = sorted(
        (OperatorInfo(str(i), str(n), str(r), p or None) for i, n, r, p in rows),
        key=lambda op: (ROLE_ORDER.get(op.role, 9), op.name),
    )
    code, name = (str(office[0]), str(office[1])) if office else ("", "")
    data_mark = int(mark[0]) if mark and mark[0] is not None else 0
    return Profile(code, name, tuple(operators), data_mark)
