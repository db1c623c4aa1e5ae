"""Automatic backups of the office database, and putting one back ("never lost").

Backups live in the data folder's ``backups/``, one SQLite file each, named by the local time
they were made and why: ``shequ-20261128-143000-exit.sqlite``. The reasons:

* ``exit`` and ``daily`` — automatic copies (when the app closes; once a day on start). Only
  these are pruned (:func:`prune_backups` keeps the newest N);
* ``before-NNNN`` — made by :func:`db.store.open_store` before migrating to schema NNNN;
* ``before-restore`` — the safety copy of the current data made by :func:`restore_backup`.
  Neither of the last two is ever deleted by the app.

:func:`make_backup` copies with SQLite's backup API from a normal connection, so the copy is
consistent while the app has the database open; the file appears under its final name only
when complete (written as ``.partial``, fsynced, renamed).

:func:`restore_backup` runs while the store is closed: it checks the backup (header,
``PRAGMA quick_check``, a schema revision this version knows), keeps a ``before-restore``
copy of the current database, then swaps the backup in atomically. Any failure before the
swap leaves the current database exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from db.changes import Changes
from db.errors import (
    AlreadyRunning,
    BackupFailed,
    BackupUnusable,
    CorruptDatabase,
    DataFolderMissing,
    RestoreFailed,
)
from db.fileio import replace_file
from db.folderlock import FolderLock, FolderLocked
from db.store import (
    BACKUP_DIRNAME,
    DB_FILENAME,
    LOCK_FILENAME,
    Store,
    backup_database,
    check_sqlite_file,
    fsync_folder,
    known_revisions,
    quick_check,
    read_revision,
)
from db.timeutil import LOCAL_TZ

REASON_EXIT = "exit"
REASON_DAILY = "daily"
REASON_BEFORE_RESTORE = "before-restore"
MIGRATION_PREFIX = "before-"
AUTOMATIC_REASONS = frozenset({REASON_EXIT, REASON_DAILY})

DEFAULT_KEEP = 10
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_COPY_CHUNK = 1 << 20
_REASON = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_NAME = re.compile(
    r"^shequ-(?P<stamp>\d{8}-\d{6})-(?P<reason>before-\d{4}|before-restore|[a-z]+)(?:-(?P<sequence>\d+))?\.sqlite$"
)

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in ``backups/``."""

    path: Path
    time: datetime  # when it was made, aware, in local time (Asia/Shanghai)
    reason: str  # "exit", "daily", "before-restore", "before-NNNN"; "" for a file the app did not name
    size: int  # bytes
    sequence: int = 1  # 2, 3, … for several made in the same second for the same reason

    @property
    def automatic(self) -> bool:
        """An exit or daily copy: the only kind :func:`prune_backups` removes."""
        return self.reason in AUTOMATIC_REASONS

    @property
    def before_migration(self) -> bool:
        return self.reason.startswith(MIGRATION_PREFIX) and self.reason[len(MIGRATION_PREFIX) :].isdigit()

    @property
    def before_restore(self) -> bool:
        return self.reason == REASON_BEFORE_RESTORE


def backup_folder(data_dir: Path | str) -> Path:
    return Path(data_dir) / BACKUP_DIRNAME


# --- making and listing backups ---------------------------------------------------------------


def make_backup(store: Store, reason: str, *, progress: ProgressFn | None = None) -> Path:
    """Copy the open store's database to ``backups/``; the new file's path.

    Consistent while the app keeps the database open (SQLite's backup API on a connection that
    takes the usual locks). ``progress(done, total)`` may raise (e.g. a cancel) to stop; the
    unfinished file is then removed. Disk or SQLite failures raise :class:`BackupFailed`.
    """
    if not _REASON.fullmatch(reason):
        raise ValueError(f"invalid backup reason {reason!r}")
    try:
        with store.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            # Fold the write-ahead log into the file first, so that reading it later (which may
            # checkpoint) does not look like a change; then note the state the copy starts from.
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            state = _file_state(store.db_path)
            path = backup_database(store.db_path, store.backup_dir, reason, source=raw, progress=progress)
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed(str(exc)) from exc
    _remember_state(store.backup_dir, state)
    return path


# --- has anything changed since the last backup? -----------------------------------------------

_STATE_FILE = "last-backup-state.json"


def _file_state(db_path: Path) -> list[int]:
    """What a write changes: the database file's size and modification time, and the write-ahead
    log's while it holds anything. Compared for equality only, so a PC clock set back or forward
    does not matter."""
    stat = db_path.stat()
    state = [stat.st_size, stat.st_mtime_ns]
    with contextlib.suppress(FileNotFoundError):
        wal = db_path.with_name(db_path.name + "-wal").stat()
        if wal.st_size > 0:
            state += [wal.st_size, wal.st_mtime_ns]
    return state


def _remember_state(backup_dir: Path, state: list[int]) -> None:
    import json

    from db.fileio import write_atomic

    with contextlib.suppress(OSError):  # without it the next exit simply backs up again
        write_atomic(backup_dir / _STATE_FILE, json.dumps({"state": state}).encode("ascii"))


def changed_since_last_backup(store: Store) -> bool:
    """Whether the database may have changed since the last backup began (True when unsure: no
    record of it, or the file looks different — a false True only costs a backup)."""
    import json

    try:
        remembered = json.loads((store.backup_dir / _STATE_FILE).read_text(encoding="ascii"))["state"]
        return bool(remembered != _file_state(store.db_path))
    except (OSError, ValueError, KeyError, TypeError):
        return True


def _info(path: Path) -> BackupInfo | None:
    """What ``path`` is, or None when it is not a (complete) SQLite file."""
    try:
        stat = path.stat()
        if stat.st_size == 0:
            return None
        check_sqlite_file(path)
    except (OSError, CorruptDatabase):
        return None
    match = _NAME.match(path.name)
    if match is None:
        return BackupInfo(path, datetime.fromtimestamp(stat.st_mtime, LOCAL_TZ), "", stat.st_size)
    moment = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=LOCAL_TZ)
    return BackupInfo(path, moment, match["reason"], stat.st_size, int(match["sequence"] or 1))


def list_backups(data_dir: Path | str) -> list[BackupInfo]:
    """The backups in the data folder, newest first; unfinished (``.partial``) and non-SQLite files
    are left out."""
    folder = backup_folder(data_dir)
    if not folder.is_dir():
        return []
    found = [info for path in folder.glob("*.sqlite") if path.is_file() and (info := _info(path)) is not None]
    found.sort(key=lambda info: (info.time, info.sequence, info.path.name), reverse=True)
    return found


def prune_backups(data_dir: Path | str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic (exit/daily) backups; the paths removed.

    Copies made before a migration or before a restore are never deleted. A file that cannot be
    deleted (in use, read-only) is skipped.
    """
    removed: list[Path] = []
    automatic = [info for info in list_backups(data_dir) if info.automatic]
    for info in automatic[max(0, keep) :]:
        try:
            info.path.unlink()
        except OSError:  # already gone, in use or read-only: leave it
            continue
        removed.append(info.path)
        for suffix in ("-wal", "-shm", "-journal"):
            info.path.with_name(info.path.name + suffix).unlink(missing_ok=True)
    return removed


def daily_backup_due(data_dir: Path | str, today: date) -> bool:
    """True when no automatic backup was made on ``today`` (local date)."""
    return not any(info.automatic and info.time.date() == today for info in list_backups(data_dir))


# --- restoring ----------------------------------------------------------------------------------


def verify_backup(path: Path) -> str:
    """Check that ``path`` can be restored; its schema revision. :class:`BackupUnusable` otherwise."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BackupUnusable(str(path), "找不到或无法读取这个文件") from exc
    if size == 0:
        raise BackupUnusable(str(path), "文件是空的")
    try:
        check_sqlite_file(path)
        revision = read_revision(path)
        if revision is None:
            raise BackupUnusable(str(path), "里面没有社区台账的数据")
        if revision not in known_revisions():
            raise BackupUnusable(str(path), f"它来自更新版本的社区台账（数据结构版本 {revision}），请先安装最新版本")
        quick_check(path)
    except CorruptDatabase as exc:
        raise BackupUnusable(str(path), "文件已损坏或不完整") from exc
    return revision


@dataclass(frozen=True)
class Restored:
    """A backup put back: the safety copy made first (None when there was no database to keep)."""

    safety: Path | None
    revocations_kept: int = 0  # at a city: revocations made after the backup, kept (see _keep_revocations)

    @property
    def changes(self) -> Changes:
        """Every record may be another: everything is read again."""
        return Changes.all()


def restore_backup(data_dir: Path | str, backup: Path | str, *, progress: ProgressFn | None = None) -> Restored:
    """Replace the data folder's database with ``backup``; the safety copy made first, and what
    changed (everything).

    Call it while the store is closed (it takes the folder's lock itself, so an open store
    anywhere is refused with :class:`AlreadyRunning`); reopen the store afterwards — an older
    backup is then migrated as usual. The backup is checked first (:class:`BackupUnusable`), the
    current database is copied to ``backups/`` as ``before-restore``, the backup is copied next to
    the database, fsynced, and renamed over it; stale ``-wal``/``-shm`` files are removed. On any
    failure (:class:`RestoreFailed`, or whatever ``progress`` raises to cancel) the current
    database is left exactly as it was.
    """
    folder = Path(data_dir).expanduser()
    source = Path(backup)
    if not folder.is_dir():
        raise DataFolderMissing(str(folder))
    db_path = folder / DB_FILENAME
    if db_path.exists() and source.exists() and source.resolve() == db_path.resolve():
        raise BackupUnusable(str(source), "这是正在使用的数据库本身")
    lock = FolderLock(folder / LOCK_FILENAME)
    try:
        lock.acquire()
    except FolderLocked as exc:
        raise AlreadyRunning(str(folder)) from exc
    try:
        verify_backup(source)
        safety = _safety_copy(db_path, folder / BACKUP_DIRNAME)
        kept = _swap_in(source, db_path, progress)
    finally:
        lock.release()
    return Restored(safety, kept)


def _safety_copy(db_path: Path, backup_dir: Path) -> Path | None:
    """Copy the current database to ``backups/`` before it is replaced.

    A readable database is copied with SQLite's backup API (its write-ahead log included); one
    SQLite cannot read (often the reason for restoring) is copied byte for byte, log and all.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        check_sqlite_file(db_path)
        return backup_database(db_path, backup_dir, REASON_BEFORE_RESTORE)
    except (CorruptDatabase, sqlite3.Error):
        pass
    except OSError as exc:
        raise RestoreFailed(f"无法先为当前数据做安全备份：{exc}") from exc
    try:
        return _raw_copy(db_path, backup_dir, REASON_BEFORE_RESTORE)
    except OSError as exc:
        raise RestoreFailed(f"无法先为当前数据做安全备份：{exc}") from exc


def _raw_copy(db_path: Path, backup_dir: Path, reason: str) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(LOCAL_TZ).strftime(_STAMP_FORMAT)
    target = backup_dir / f"shequ-{stamp}-{reason}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"shequ-{stamp}-{reason}-{counter}.sqlite"
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        _copy_file(wal, target.with_name(target.name + "-wal"))
    _copy_file(db_path, target)
    return target


def _copy_file(source: Path, target: Path, progress: ProgressFn | None = None) -> None:
    """Copy ``source`` to ``target`` atomically (via a ``.partial`` file), fsynced."""
    partial = target.with_name(target.name + ".partial")
    try:
        _write_copy(source, partial, progress)
        replace_file(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def _write_copy(source: Path, target: Path, progress: ProgressFn | None) -> None:
    total = source.stat().st_size
    done = 0
    with source.open("rb") as reader, target.open("wb") as writer:
        while chunk := reader.read(_COPY_CHUNK):
            writer.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        writer.flush()
        os.fsync(writer.fileno())
    if target.stat().st_size != total:
        raise OSError(f"复制不完整：{target}")


def _swap_in(source: Path, db_path: Path, progress: ProgressFn | None) -> int:
    """Copy ``source`` next to the database, keep the city's later revocations in the copy, then
    rename it over the database; how many revocations were kept."""
    temp = db_path.with_name(db_path.name + ".restoring")
    try:
        _write_copy(source, temp, progress)
        check_sqlite_file(temp)
        kept = _keep_revocations(db_path, temp)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError | CorruptDatabase | sqlite3.Error):
            raise RestoreFailed(f"无法复制备份：{exc}") from exc
        raise
    # The old write-ahead log belongs to the old file: set it aside first so SQLite never applies
    # it to the restored one; put it back if the swap fails.
    aside: list[tuple[Path, Path]] = []
    try:
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                moved = side.with_name(side.name + ".old")
                replace_file(side, moved)
                aside.append((moved, side))
        replace_file(temp, db_path)
    except OSError as exc:
        for moved, side in reversed(aside):
            with contextlib.suppress(OSError):
                replace_file(moved, side)
        temp.unlink(missing_ok=True)
        raise RestoreFailed(f"无法替换数据库文件：{exc}") from exc
    for moved, _side in aside:
        moved.unlink(missing_ok=True)
    fsync_folder(db_path.parent)
    return kept


def _keep_revocations(current: Path, restored: Path) -> int:
    """At a city, a revocation is never undone by putting an older backup back: every certificate
    the current database has revoked (``city_revocation``, and the office's or street's registration)
    is revoked in the restored copy too, before it replaces the database. An office or a database
    without the city's tables: nothing to do. How many revocations the backup lacked."""
    if not current.exists():
        return 0
    try:
        reader = sqlite3.connect(f"file:{current}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0  # a database SQLite cannot open: nothing can be read from it
    try:
        try:
            revoked = reader.execute(
                "SELECT serial, code, revoked_at, reason, revoked_by FROM city_revocation"
            ).fetchall()
            registrations = reader.execute(
                "SELECT code, serial, revoked_at, revoke_reason FROM city_registration WHERE revoked_at IS NOT NULL"
            ).fetchall()
        except sqlite3.Error:
            return 0  # not a city's database, or one from before the city kept its state in it
    finally:
        reader.close()
    if not revoked and not registrations:
        return 0
    writer = sqlite3.connect(restored, isolation_level=None)
    try:
        try:
            writer.execute("SELECT 1 FROM city_revocation LIMIT 1")
        except sqlite3.Error:
            return 0  # the backup is from before the city kept its state in its database
        writer.execute("BEGIN IMMEDIATE")
        try:
            before = writer.execute("SELECT count(*) FROM city_revocation").fetchone()[0]
            writer.executemany(
                "INSERT INTO city_revocation (serial, code, revoked_at, reason, revoked_by) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (serial) DO NOTHING",
                revoked,
            )
            added = writer.execute("SELECT count(*) FROM city_revocation").fetchone()[0] - before
            writer.executemany(
                "UPDATE city_registration SET revoked_at = ?, revoke_reason = ?"
                " WHERE code = ? AND serial = ? AND revoked_at IS NULL",
                [(at, reason, code, serial) for code, serial, at, reason in registrations],
            )
            writer.execute("COMMIT")
        except BaseException:
            writer.execute("ROLLBACK")
            raise
    finally:
        writer.close()
    return int(added)
