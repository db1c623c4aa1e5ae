"""Automatic backups and restore (db/backup.py), on real SQLite files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from db.audit import Actor
from db.backup import (
    BackupInfo,
    daily_backup_due,
    list_backups,
    make_backup,
    prune_backups,
    restore_backup,
)
from db.errors import AlreadyRunning, BackupUnusable
from db.models import Office, Staff
from db.store import DB_FILENAME, Store, open_store
from db.timeutil import LOCAL_TZ
from tests.support.office import OFFICE_CODE


def staff_names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM staff WHERE deleted_at IS NULL"))
    finally:
        conn.close()


def add_staff(store: Store, actor: Actor, *names: str) -> None:
    with store.transaction(actor) as session:
        for name in names:
            session.add(Staff(name=name, office_code=OFFICE_CODE))


def folder_digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "shequ.lock"
    }


def fake_backup(data_dir: Path, stamp: str, reason: str, source: Path) -> Path:
    """A backup file named as the app names them, holding a copy of ``source``."""
    folder = data_dir / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"shequ-{stamp}-{reason}.sqlite"
    target.write_bytes(source.read_bytes())
    return target


def test_backup_while_open_holds_the_data(store: Store, actor: Actor, data_dir: Path) -> None:
    with store.engine.connect() as other:  # another connection open, as while the app works
        other.exec_driver_sql("SELECT count(*) FROM staff").scalar()
        add_staff(store, actor, "斯琴高娃", "王玥")
        wal = data_dir / f"{DB_FILENAME}-wal"
        assert wal.stat().st_size > 0  # the changes are still only in the write-ahead log
        path = make_backup(store, "exit")
    assert path.parent == data_dir / "backups"
    assert path.name.startswith("shequ-") and path.name.endswith("-exit.sqlite")
    stamp = datetime.strptime(path.name[6:21], "%Y%m%d-%H%M%S").replace(tzinfo=LOCAL_TZ)
    assert abs((datetime.now(LOCAL_TZ) - stamp).total_seconds()) < 60
    assert staff_names(path) == ["斯琴高娃", "王玥"]
    assert not list((data_dir / "backups").glob("*.partial"))
    # the store is still usable, and a second backup in the same second gets its own name
    add_staff(store, actor, "巴特尔")
    second = make_backup(store, "exit")
    assert second != path and staff_names(second) == ["巴特尔", "斯琴高娃", "王玥"]


def test_backup_reports_progress_and_can_be_stopped(store: Store, data_dir: Path) -> None:
    seen: list[tuple[int, int]] = []
    make_backup(store, "daily", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    before = {path.name for path in (data_dir / "backups").iterdir()}
    with pytest.raises(KeyboardInterrupt):
        make_backup(store, "daily", progress=stop)
    assert {path.name for path in (data_dir / "backups").iterdir()} == before


def test_list_backups_newest_first_skipping_partial_and_foreign_files(store: Store, data_dir: Path) -> None:
    db = data_dir / DB_FILENAME
    fake_backup(data_dir, "20261101-080000", "daily", db)
    fake_backup(data_dir, "20261103-180000", "exit", db)
    fake_backup(data_dir, "20261102-090000", "before-0001", db)
    fake_backup(data_dir, "20261102-100000", "before-restore", db)
    folder = data_dir / "backups"
    (folder / "shequ-20261104-100000-exit.partial").write_bytes(db.read_bytes())
    (folder / "notes.sqlite").write_text("不是数据库", encoding="utf-8")
    (folder / "shequ-20261105-100000-exit.sqlite").write_bytes(b"")
    found = list_backups(data_dir)
    assert [(info.time.strftime("%Y-%m-%d %H:%M"), info.reason) for info in found] == [
        ("2026-11-03 18:00", "exit"),
        ("2026-11-02 10:00", "before-restore"),
        ("2026-11-02 09:00", "before-0001"),
        ("2026-11-01 08:00", "daily"),
    ]
    assert all(isinstance(info, BackupInfo) and info.size == db.stat().st_size for info in found)
    assert found[0].time.tzinfo is LOCAL_TZ
    assert [info.automatic for info in found] == [True, False, False, True]
    assert found[1].before_restore and found[2].before_migration
    assert list_backups(data_dir / "nowhere") == []


def test_prune_keeps_the_newest_automatic_and_never_migration_or_restore_copies(store: Store, data_dir: Path) -> None:
    db = data_dir / DB_FILENAME
    for day in range(1, 16):
        fake_backup(data_dir, f"202611{day:02d}-080000", "daily" if day % 2 else "exit", db)
    protected = [
        fake_backup(data_dir, "20261001-080000", "before-0001", db),
        fake_backup(data_dir, "20261002-080000", "before-restore", db),
        fake_backup(data_dir, "20261003-080000", "before-restore-2", db),
    ]
    removed = prune_backups(data_dir, 4)
    assert len(removed) == 11 and not any(path.exists() for path in removed)
    left = list_backups(data_dir)
    assert [info.time.day for info in left if info.automatic] == [15, 14, 13, 12]
    assert all(path.exists() for path in protected)
    assert prune_backups(data_dir, 4) == []
    prune_backups(data_dir, 0)
    assert [info.path for info in list_backups(data_dir)] == sorted(protected, reverse=True)


def test_daily_backup_is_due_once_a_day(store: Store, data_dir: Path) -> None:
    today = datetime.now(LOCAL_TZ).date()
    assert daily_backup_due(data_dir, today)
    db = data_dir / DB_FILENAME
    fake_backup(data_dir, "20261127-230000", "daily", db)
    fake_backup(data_dir, "20261128-070000", "before-0001", db)  # not an automatic copy
    assert daily_backup_due(data_dir, date(2026, 11, 28))
    assert not daily_backup_due(data_dir, date(2026, 11, 27))
    fake_backup(data_dir, "20261128-235959", "exit", db)  # an exit copy that day counts too
    assert not daily_backup_due(data_dir, date(2026, 11, 28))
    make_backup(store, "daily")
    assert not daily_backup_due(data_dir, today)


def test_restore_replaces_the_data_and_keeps_a_safety_copy(data_dir: Path, actor: Actor) -> None:
    with open_store(data_dir, create=True) as store:
        add_staff(store, actor, "斯琴高娃")
        backup = make_backup(store, "exit")
        add_staff(store, actor, "后来加的")
    # a stale write-ahead log from the old file must not be applied to the restored one
    db = data_dir / DB_FILENAME
    (db.with_name(DB_FILENAME + "-wal")).write_bytes(b"old log")
    (db.with_name(DB_FILENAME + "-shm")).write_bytes(b"old index")
    restored = restore_backup(data_dir, backup)
    assert restored.changes.everything
    safety = restored.safety
    assert safety is not None and safety.name.endswith("-before-restore.sqlite")
    assert staff_names(safety) == ["后来加的", "斯琴高娃"]
    assert not db.with_name(DB_FILENAME + "-wal").exists()
    assert not db.with_name(DB_FILENAME + "-shm").exists()
    assert not list(data_dir.glob("*.restoring")) and not list(data_dir.glob("*.old"))
    with open_store(data_dir) as store:
        assert store.migration_backup is None
        with store.session() as session:
            assert sorted(staff.name for staff in session.exec(select(Staff))) == ["斯琴高娃"]
    reasons = {info.reason for info in list_backups(data_dir)}
    assert reasons == {"exit", "before-restore"}
    # the safety copy is never pruned
    prune_backups(data_dir, 0)
    assert safety.exists()


def test_restore_refuses_while_the_store_is_open(store: Store, data_dir: Path) -> None:
    backup = make_backup(store, "exit")
    with pytest.raises(AlreadyRunning):
        restore_backup(data_dir, backup)


def _damage(kind: str, good: bytes, target: Path) -> None:
    if kind == "truncated":
        target.write_bytes(good[: len(good) // 2])
    elif kind == "garbage":
        target.write_bytes(os.urandom(len(good)))
    elif kind == "header_only":
        target.write_bytes(good[:100])
    elif kind == "empty":
        target.write_bytes(b"")
    elif kind == "zeroed_pages":
        page = 4096
        target.write_bytes(good[: page * 2] + b"\x00" * page * 3 + good[page * 5 :])
    elif kind == "no_tables":
        with sqlite3.connect(target) as conn:
            conn.execute("CREATE TABLE other (x)")
        conn.close()
    elif kind == "newer":
        target.write_bytes(good)
        with sqlite3.connect(target) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.close()


@pytest.mark.parametrize("kind", ["truncated", "garbage", "header_only", "empty", "zeroed_pages", "no_tables", "newer"])
def test_unusable_backup_is_refused_leaving_everything_unchanged(data_dir: Path, actor: Actor, kind: str) -> None:
    with open_store(data_dir, create=True) as store:
        add_staff(store, actor, *(f"工作者{number}" for number in range(400)))
        good = make_backup(store, "exit")
        add_staff(store, actor, "最新的")
    bad = data_dir / "backups" / "shequ-20261128-143000-exit.sqlite"
    _damage(kind, good.read_bytes(), bad)
    before = folder_digest(data_dir)
    with pytest.raises(BackupUnusable) as excinfo:
        restore_backup(data_dir, bad)
    message = str(excinfo.value)
    assert "不能用来恢复" in message and "当前数据没有任何改动" in message
    if kind == "newer":
        assert "更新版本" in message
    assert folder_digest(data_dir) == before  # byte for byte, the backups included
    assert "最新的" in staff_names(data_dir / DB_FILENAME)


def test_restore_of_a_missing_file_or_the_live_database_is_refused(data_dir: Path) -> None:
    open_store(data_dir, create=True).close()
    before = folder_digest(data_dir)
    with pytest.raises(BackupUnusable):
        restore_backup(data_dir, data_dir / "backups" / "nothing.sqlite")
    with pytest.raises(BackupUnusable):
        restore_backup(data_dir, data_dir / DB_FILENAME)
    assert folder_digest(data_dir) == before


def test_restore_when_the_current_database_is_damaged_keeps_its_bytes(data_dir: Path, actor: Actor) -> None:
    with open_store(data_dir, create=True) as store:
        add_staff(store, actor, "斯琴高娃")
        backup = make_backup(store, "exit")
    db = data_dir / DB_FILENAME
    damaged = os.urandom(8192)
    db.write_bytes(damaged)
    restored = restore_backup(data_dir, backup)
    assert restored.changes.everything
    safety = restored.safety
    assert safety is not None and safety.read_bytes() == damaged
    assert staff_names(db) == ["斯琴高娃"]


def test_cancelled_restore_leaves_the_database_unchanged(data_dir: Path, actor: Actor) -> None:
    with open_store(data_dir, create=True) as store:
        add_staff(store, actor, "斯琴高娃")
        backup = make_backup(store, "exit")
        add_staff(store, actor, "最新的")
    db = data_dir / DB_FILENAME
    before = db.read_bytes()

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        restore_backup(data_dir, backup, progress=cancel)
    assert db.read_bytes() == before
    assert not list(data_dir.glob("*.restoring"))


def test_only_a_changed_database_needs_another_backup(store: Store, actor: Actor) -> None:
    from db.backup import changed_since_last_backup
    from db.office import OfficeSetup, create_office

    assert changed_since_last_backup(store)  # never backed up
    create_office(store, OfficeSetup("150802001001", "胜利社区"))
    make_backup(store, "daily")
    assert not changed_since_last_backup(store)
    with store.session() as session:  # reading changes nothing
        session.exec(select(Office)).all()
    assert not changed_since_last_backup(store)
    with store.transaction(actor) as session:  # a write does
        office = session.exec(select(Office)).one()
        office.phone = "0478-1234567"
    assert changed_since_last_backup(store)
    make_backup(store, "exit")
    assert not changed_since_last_backup(store)
    (store.backup_dir / "last-backup-state.json").write_text("damaged", encoding="ascii")
    assert changed_since_last_backup(store)  # unsure: back up


def test_a_city_backup_put_back_never_undoes_a_revocation(tmp_path: Path) -> None:
    """A city backs up, then revokes an office; putting the backup back keeps the revocation (the
    office is not trusted again), and says how many it kept."""
    from db.exchange.pki import CityAuthority
    from tests.support.exchange_sites import CITY_PASSPHRASE, certify, make_city, small_office

    folder = tmp_path / "city"
    authority, hub = make_city(folder, database_url=None)
    office = small_office(tmp_path / "office", "150802002001")
    try:
        certify(authority, office)
        backup = make_backup(hub.store, "daily")
        authority.revoke("150802002001", "证书遗失", CITY_PASSPHRASE)
        authority.close()
        hub.close()
        restored = restore_backup(folder, backup)
        assert restored.revocations_kept == 1
        again = CityAuthority(folder)
        try:
            registered = again.office("150802002001")
            assert registered is not None and registered.revoked
            assert registered.serial in again.revoked_serials()
        finally:
            again.close()
    finally:
        office.close()


def test_an_office_backup_put_back_has_no_revocations_to_keep(store: Store, data_dir: Path) -> None:
    backup = make_backup(store, "daily")
    store.close()
    assert restore_backup(data_dir, backup).revocations_kept == 0
