"""Make the upgrade fixtures: one small database per schema revision, and what it holds.

    .venv/bin/python build_scripts/make_upgrade_fixtures.py [--out tests/fixtures/schema] [--only 0001]

For every revision R the app knows (:func:`db.store.known_revisions`) this writes

- ``shequ-R.sqlite``: a fresh database migrated only up to R, filled with the demo office
  (``build_demo`` at scale 1, fixed seed and date) copied column by column from a database at
  head — only the tables and columns that exist at R (read with ``PRAGMA table_info``), so the
  same script works for every revision, old and new;
- ``shequ-R.json``: the revision, the rows per table and a few sample rows per table
  (``id`` and a handful of columns), which ``tests/db/test_upgrades.py`` compares after upgrading
  the file to head.

Run it after adding a migration (ARCHITECTURE.md, "Adding a record kind") and commit the new
files. The files of earlier revisions are rewritten identically-in-content by each run; only
the new revision's pair is new. Each file is well under 2 MB (VACUUMed, no WAL).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.store import known_revisions, make_engine, open_store, run_migrations  # noqa: E402

DEFAULT_OUT = ROOT / "tests" / "fixtures" / "schema"
DEMO_TODAY = date(2026, 6, 30)  # fixed, so the data (ids included) is the same on every run
SAMPLE_ROWS = 3
SAMPLE_COLUMNS = 5  # besides the key
SKIPPED_TABLES = {"alembic_version", "sqlite_sequence"}
BOOKKEEPING = {"office_code", "version", "modified_at", "modified_by", "deleted_at"}
SNAPSHOT_ID = "00000000-0000-4000-8000-00000000f001"


def tables_of(conn: sqlite3.Connection, schema: str = "main") -> list[str]:
    rows = conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type='table' ORDER BY name").fetchall()
    return [row[0] for row in rows if row[0] not in SKIPPED_TABLES]


def columns_of(conn: sqlite3.Connection, table: str, schema: str = "main") -> list[tuple[str, bool, bool]]:
    """(name, not null without default, primary key) per column, in table order."""
    rows = conn.execute(f'PRAGMA {schema}.table_info("{table}")').fetchall()
    return [(row[1], bool(row[3]) and row[4] is None and not row[5], bool(row[5])) for row in rows]


def jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"hex": value.hex()}
    return value


def sample_rows(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    """The first rows by key, with the key and a handful of other columns."""
    columns = columns_of(conn, table)
    keys = [name for name, _, pk in columns if pk] or ["rowid"]
    others = [name for name, _, pk in columns if not pk]
    own = [name for name in others if name not in BOOKKEEPING]  # the table's own fields first
    chosen = keys + (own + [name for name in others if name in BOOKKEEPING])[:SAMPLE_COLUMNS]
    quoted = ", ".join(f'"{c}"' for c in chosen)
    order = ", ".join(f'"{c}"' for c in keys)
    rows = conn.execute(f'SELECT {quoted} FROM "{table}" ORDER BY {order} LIMIT {SAMPLE_ROWS}').fetchall()
    return [{name: jsonable(value) for name, value in zip(chosen, row, strict=True)} for row in rows]


def add_return_snapshot(head_db: Path) -> None:
    """One draft return and one counted record, so the return tables are not empty either."""
    conn = sqlite3.connect(head_db)
    try:
        office, operator = conn.execute(
            "SELECT code, (SELECT id FROM operator ORDER BY id LIMIT 1) FROM office"
        ).fetchone()
        staff_id, staff_version = conn.execute("SELECT id, version FROM staff ORDER BY id LIMIT 1").fetchone()
        stamp = datetime(2026, 6, 30, 8, 0, tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        conn.execute(
            "INSERT INTO return_snapshot (id, office_code, version, modified_at, modified_by, deleted_at,"
            " period_code, return_version, state, figures_json, explanations_json, changes_json,"
            " correction_reason, pdf_path, pdf_sha256, figures_sha256, signed_at, signer,"
            " certificate_subject, self_signed)"
            " VALUES (?, ?, 1, ?, ?, NULL, '2026H1', 1, 'draft', '{}', '[]', '[]', '', '', '', '', NULL, '', '', 0)",
            (SNAPSHOT_ID, office, stamp, operator),
        )
        conn.execute(
            "INSERT INTO return_record (id, return_id, table_name, record_id, record_version)"
            " VALUES (?, ?, 'staff', ?, ?)",
            ("00000000-0000-4000-8000-00000000f002", SNAPSHOT_ID, staff_id, staff_version),
        )
        conn.commit()
    finally:
        conn.close()


def make_head_database(folder: Path) -> Path:
    """A head-revision database holding the demo office (and one draft return)."""
    from db.demo import build_demo

    with open_store(folder, create=True) as store:
        build_demo(store, scale=1, today=DEMO_TODAY)
        db_path = store.db_path
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    add_return_snapshot(db_path)
    return db_path


def make_fixture(revision: str, head_db: Path, out_dir: Path) -> tuple[Path, Path]:
    """``shequ-R.sqlite`` at ``revision`` with the head database's rows that fit, and its manifest."""
    target = out_dir / f"shequ-{revision}.sqlite"
    manifest_path = out_dir / f"shequ-{revision}.json"
    for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(target)
    try:
        run_migrations(engine, target=revision)
    finally:
        engine.dispose()

    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")  # parents and children are copied table by table
        conn.execute("ATTACH DATABASE ? AS head", (str(head_db),))
        head_tables = set(tables_of(conn, "head"))
        counts: dict[str, int] = {}
        samples: dict[str, list[dict[str, Any]]] = {}
        with conn:
            for table in tables_of(conn):
                if table not in head_tables:
                    raise SystemExit(f"table {table} exists at {revision} but not at head: extend this script")
                head_columns = {name for name, _, _ in columns_of(conn, table, "head")}
                columns = columns_of(conn, table)
                missing = [name for name, required, _ in columns if required and name not in head_columns]
                if missing:
                    raise SystemExit(f"{table} at {revision} needs {missing}, gone at head: extend this script")
                shared = ", ".join(f'"{name}"' for name, _, _ in columns if name in head_columns)
                conn.execute(f'INSERT INTO main."{table}" ({shared}) SELECT {shared} FROM head."{table}"')
        conn.execute("DETACH DATABASE head")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"foreign key problems at {revision}: {problems[:5]}")
        for table in tables_of(conn):
            counts[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            samples[table] = sample_rows(conn, table)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()

    manifest = {
        "revision": revision,
        "made_by": "build_scripts/make_upgrade_fixtures.py",
        "demo_today": DEMO_TODAY.isoformat(),
        "counts": counts,
        "samples": samples,
    }
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    return target, manifest_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the fixtures")
    parser.add_argument("--only", action="append", help="make only this revision (repeatable)")
    args = parser.parse_args(argv)
    revisions = known_revisions()
    wanted = args.only or revisions
    unknown = sorted(set(wanted) - set(revisions))
    if unknown:
        parser.error(f"unknown revisions: {', '.join(unknown)} (known: {', '.join(revisions)})")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shequ-fixtures-") as scratch:
        head_db = make_head_database(Path(scratch) / "head")
        for revision in wanted:
            db_file, manifest = make_fixture(revision, head_db, args.out)
            total = sum(json.loads(manifest.read_text("utf-8"))["counts"].values())
            print(
                f"{db_file.relative_to(ROOT) if db_file.is_relative_to(ROOT) else db_file}: "
                f"{db_file.stat().st_size / 1024:.0f} KB, {total} rows"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
