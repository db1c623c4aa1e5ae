"""Upgrades: a database made by every earlier schema version opens in this one with nothing lost.

``tests/fixtures/schema/shequ-R.sqlite`` is a small database at revision R, made by
``build_scripts/make_upgrade_fixtures.py`` together with ``shequ-R.json`` (rows per table and a
few sample rows). Each is copied to a temporary data folder and opened with :func:`open_store`,
which backs it up and migrates it to head; then the counts and samples must be as they were.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from db.errors import NewerSchema
from db.store import BACKUP_DIRNAME, DB_FILENAME, head_revision, known_revisions, open_store, read_revision

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
FIXTURE_REVISIONS = sorted(p.stem.removeprefix("shequ-") for p in FIXTURES.glob("shequ-*.sqlite"))


def _manifest(revision: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"shequ-{revision}.json").read_text("utf-8"))


def _install(revision: str, data_dir: Path) -> Path:
    data_dir.mkdir(parents=True)
    db_file = data_dir / DB_FILENAME
    shutil.copyfile(FIXTURES / f"shequ-{revision}.sqlite", db_file)
    return db_file


def _value(raw: Any) -> Any:
    return {"hex": raw.hex()} if isinstance(raw, bytes) else raw


def _counts_and_samples(db_file: Path, manifest: dict[str, Any]) -> tuple[dict[str, int], dict[str, list[Any]]]:
    """Rows per table named in the manifest, and the manifest's sample rows as they are in ``db_file``."""
    conn = sqlite3.connect(db_file)
    try:
        counts = {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in manifest["counts"]}
        samples: dict[str, list[Any]] = {}
        for table, rows in manifest["samples"].items():
            found = []
            for row in rows:
                columns = list(row)
                key = "id" if "id" in row else columns[0]
                quoted = ", ".join(f'"{c}"' for c in columns)
                got = conn.execute(f'SELECT {quoted} FROM "{table}" WHERE "{key}" = ?', (row[key],)).fetchone()
                found.append(None if got is None else {c: _value(v) for c, v in zip(columns, got, strict=True)})
            samples[table] = found
    finally:
        conn.close()
    return counts, samples


def _folder_digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix != ".lock"  # the lock file is the lock's, not the data's
    }


def test_every_known_revision_has_a_fixture() -> None:
    """A new migration needs its fixture: run build_scripts/make_upgrade_fixtures.py and commit the files."""
    missing = [r for r in known_revisions() if r not in FIXTURE_REVISIONS]
    assert not missing, f"no upgrade fixture for {missing}: run build_scripts/make_upgrade_fixtures.py"
    for revision in FIXTURE_REVISIONS:
        assert (FIXTURES / f"shequ-{revision}.json").exists()
        assert (FIXTURES / f"shequ-{revision}.sqlite").stat().st_size < 2 * 1024 * 1024


@pytest.mark.parametrize("revision", FIXTURE_REVISIONS)
def test_fixture_is_at_its_revision(revision: str) -> None:
    db_file = FIXTURES / f"shequ-{revision}.sqlite"
    assert read_revision(db_file) == revision
    manifest = _manifest(revision)
    assert manifest["revision"] == revision
    assert sum(manifest["counts"].values()) > 1000  # the demo office, not an empty schema
    assert _counts_and_samples(db_file, manifest) == (manifest["counts"], manifest["samples"])


@pytest.mark.parametrize("revision", FIXTURE_REVISIONS)
def test_upgrade_keeps_everything(revision: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db_file = _install(revision, data_dir)
    manifest = _manifest(revision)

    with open_store(data_dir) as store:
        backup = store.migration_backup
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    if revision == head_revision():
        assert backup is None  # nothing to migrate, nothing copied
    else:
        assert backup is not None and backup.exists()
        assert backup.parent == data_dir / BACKUP_DIRNAME
        assert backup.name.endswith(f"before-{head_revision()}.sqlite")
        assert read_revision(backup) == revision  # the copy is the file as it was
        assert _counts_and_samples(backup, manifest) == (manifest["counts"], manifest["samples"])

    assert read_revision(db_file) == head_revision()
    counts, samples = _counts_and_samples(db_file, manifest)
    assert counts == manifest["counts"]  # nothing lost
    assert samples == manifest["samples"]

    conn = sqlite3.connect(db_file)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()

    with open_store(data_dir) as again:  # a second open needs no migration
        assert again.migration_backup is None


def test_upgraded_fixture_is_usable(tmp_path: Path) -> None:
    """The oldest fixture, upgraded, answers the app's own queries (stats) like a fresh office."""
    from db.periods import parse_period
    from db.stats import office_stats

    revision = FIXTURE_REVISIONS[0]
    data_dir = tmp_path / "data"
    _install(revision, data_dir)
    counts = _manifest(revision)["counts"]
    with open_store(data_dir) as store, store.session() as session:
        stats = office_stats(session, parse_period("2026"))
    assert stats["office"]["code"] == "150802001001"
    assert 0 < stats["counts"]["staff"] <= counts["staff"]
    assert 0 < stats["counts"]["activities"] <= counts["activity"]


def test_fixture_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db_file = _install(FIXTURE_REVISIONS[-1], data_dir)
    conn = sqlite3.connect(db_file)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = _folder_digest(data_dir)

    with pytest.raises(NewerSchema) as excinfo:
        open_store(data_dir)

    message = str(excinfo.value)
    assert "数据库来自更新版本的社区台账" in message
    assert "9999" in message
    assert "文件未做任何修改" in message
    assert "请安装最新版本的社区台账" in message
    assert _folder_digest(data_dir) == before
    assert not (data_dir / BACKUP_DIRNAME).exists()
