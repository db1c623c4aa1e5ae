"""Opening a data folder: migrations with a backup first, one instance at a time, and
refusals that leave the files untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlmodel import SQLModel

from db.errors import AlreadyRunning, CorruptDatabase, DataFolderMissing, NewerSchema, NoDatabase
from db.models import Staff
from db.store import (
    DB_FILENAME,
    MIGRATIONS_DIR,
    head_revision,
    known_revisions,
    open_store,
    read_revision,
)
from tests.support.office import OFFICE_CODE


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder_digest(folder: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in sorted(folder.iterdir()) if p.is_file() and p.suffix != ".lock"}


def test_new_folder_is_created_and_migrated_without_backup(data_dir: Path) -> None:
    with open_store(data_dir, create=True) as store:
        assert read_revision(store.db_path) == head_revision()
        assert store.migration_backup is None
    assert not (data_dir / "backups").exists()


def test_migration_from_an_empty_file_makes_a_backup_first(data_dir: Path) -> None:
    data_dir.mkdir()
    db_file = data_dir / DB_FILENAME
    db_file.touch()
    with open_store(data_dir) as store:
        assert read_revision(db_file) == head_revision()
        backup = store.migration_backup
        assert backup is not None and backup.parent == data_dir / "backups"
        assert backup.name.startswith("shequ-") and backup.name.endswith(f"-before-{head_revision()}.sqlite")
    # the backup is the file as it was: a database with no tables at all
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_backup_before_migration_holds_the_old_data(data_dir: Path, actor) -> None:
    with open_store(data_dir, create=True) as store, store.transaction(actor) as session:
        session.add(Staff(name="斯琴高娃", office_code=OFFICE_CODE))
    # pretend the file was written by an older schema revision of this app
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000'")
    with pytest.raises(NewerSchema):  # '0000' is unknown to this version: refused, untouched
        open_store(data_dir)
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0000"


def test_schema_made_by_migrations_matches_the_models(store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_migration_files_are_numbered_by_their_revision() -> None:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_current_head() == head_revision()
    revisions = [rev.revision for rev in scripts.walk_revisions()]
    assert sorted(revisions) == known_revisions()


def test_wal_mode_and_foreign_keys_are_on(store) -> None:
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_second_instance_in_the_same_process_is_refused(store, data_dir: Path) -> None:
    with pytest.raises(AlreadyRunning) as excinfo:
        open_store(data_dir)
    assert "已在使用" in str(excinfo.value)
    # the first instance still works
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM staff")).scalar() == 0


def test_second_instance_in_another_process_is_refused(data_dir: Path) -> None:
    open_store(data_dir, create=True).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from db.store import open_store
                store = open_store({str(data_dir)!r})
                print("open", flush=True)
                sys.stdin.read()
                store.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = _folder_digest(data_dir)
        with pytest.raises(AlreadyRunning):
            open_store(data_dir)
        assert _folder_digest(data_dir) == before
    finally:
        holder.communicate("", timeout=30)
    # once the other instance has closed, the folder opens again
    open_store(data_dir).close()


def test_missing_folder_and_missing_database_are_named(tmp_path: Path) -> None:
    with pytest.raises(DataFolderMissing):
        open_store(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoDatabase):
        open_store(tmp_path / "empty")
    assert list((tmp_path / "empty").iterdir()) == []


def test_database_from_a_newer_version_is_refused_untouched(data_dir: Path) -> None:
    open_store(data_dir, create=True).close()
    db_file = data_dir / DB_FILENAME
    with sqlite3.connect(db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = _folder_digest(data_dir)
    with pytest.raises(NewerSchema) as excinfo:
        open_store(data_dir)
    assert "更新版本" in str(excinfo.value)
    assert _folder_digest(data_dir) == before
    assert not (data_dir / "backups").exists()


@pytest.mark.parametrize(
    "damage",
    ["garbage", "text", "truncated_header", "truncated_half", "zeroed_pages"],
)
def test_damaged_files_are_refused_untouched(data_dir: Path, actor, damage: str) -> None:
    with open_store(data_dir, create=True) as store, store.transaction(actor) as session:
        for number in range(400):
            session.add(Staff(name=f"工作者{number}", office_code=OFFICE_CODE, note="备注" * 20))
    db_file = data_dir / DB_FILENAME
    with sqlite3.connect(db_file) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    original = db_file.read_bytes()
    if damage == "garbage":
        db_file.write_bytes(bytes(range(256)) * 64)
    elif damage == "text":
        db_file.write_text("这不是数据库\n", encoding="utf-8")
    elif damage == "truncated_header":
        db_file.write_bytes(original[:60])
    elif damage == "truncated_half":
        db_file.write_bytes(original[: len(original) // 2])
    else:
        page = 4096
        db_file.write_bytes(original[: page * 2] + b"\x00" * page * 3 + original[page * 5 :])
    before = _folder_digest(data_dir)
    with pytest.raises(CorruptDatabase) as excinfo:
        open_store(data_dir)
    assert "损坏" in str(excinfo.value)
    assert _folder_digest(data_dir) == before
