"""What the release of commit bbc9999 left behind still works with this version.

``tests/fixtures/bundle-bbc9999/`` was written by that release (``tests/fixtures/make_bundle_bbc9999.py``,
run from a worktree of bbc9999): a city's folder as it kept it — keys, certificates and the registry as
files, no database yet — and an office's first full bundle to that city, made before the change
sequence (its watermarks counted rowids). Opened with today's code, the city's files move into its new
database, and the bundle imports: every row the office sent arrives, numbered in the city's own change
sequence; the same file again changes nothing.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from db.exchange.bundle import import_bundle
from db.exchange.pki import CityAuthority
from db.exchange.rawdb import exchange_connection
from db.store import DB_FILENAME, make_engine, open_store, run_migrations
from tests.support.exchange_world import CITY_PASSPHRASE

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "bundle-bbc9999"
MANIFEST: dict[str, Any] = json.loads((FIXTURE / "manifest.json").read_text(encoding="utf-8"))


def test_a_bundle_written_by_the_release_of_bbc9999_imports_into_its_city_opened_today(tmp_path: Path) -> None:
    folder = tmp_path / "city-data"
    folder.mkdir()
    shutil.copytree(FIXTURE / "city", folder / "city")
    engine = make_engine(folder / DB_FILENAME)  # the city's database as that release made it
    try:
        run_migrations(engine, "0008")
    finally:
        engine.dispose()
    bundle = tmp_path / MANIFEST["bundle"]
    shutil.copyfile(FIXTURE / MANIFEST["bundle"], bundle)
    code = MANIFEST["office_code"]
    counts: dict[str, int] = MANIFEST["counts"]

    with open_store(folder) as store:
        authority = CityAuthority.of_store(store)
        assert authority.office(code) is not None  # the registry moved in from offices.json
        result = import_bundle(store, bundle, city=authority, passphrase=CITY_PASSPHRASE)
        assert not result.already_imported
        with exchange_connection(store) as db:
            for table, sent in counts.items():
                if table in ("pdfs", "audit_entry") or not sent:
                    continue
                stored = db.scalar(f'SELECT count(*) FROM "{table}" WHERE office_code = ?', (code,))
                assert stored == sent, table
            audit = db.execute(
                "SELECT count(*), min(seq), max(seq) FROM audit_entry WHERE office_code = ?", (code,)
            ).fetchone()
        assert audit[0] == result.audit_added > 0
        assert (audit[1], audit[2]) == (1, audit[0])  # numbered in the city's own sequence, no gap
        again = import_bundle(store, bundle, city=authority, passphrase=CITY_PASSPHRASE)
        assert again.already_imported
