"""Benchmark: export a large office's bundle and import it at the city, against a bare executemany.

Usage (from the project folder)::

    .venv/bin/python benches/bench_exchange.py              # --scale 100, about 100,000 records
    .venv/bin/python benches/bench_exchange.py --scale 10

Builds the demo office at ``--scale`` (with a city installation and a certificate for it), then
times:

* the export: a full office → city bundle (payload, signature, encryption, atomic write);
* the import into a fresh city database: open (decrypt, verify) and apply (one transaction);
* the baseline: a raw ``sqlite3`` ``executemany`` of the very same rows (those the city stores)
  into the same tables, in a fresh database of the same schema, one transaction.

It prints both and their ratio next to the target (import ≤ 5 × the baseline), and how often
the import reported progress (the longest gap between two reports: what a progress bar shows).
Nothing here asserts timings; it reports them.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.demo import DEMO_OFFICE_NAME, build_demo  # noqa: E402
from db.exchange.apply import apply_payload  # noqa: E402
from db.exchange.bundle import export_bundle  # noqa: E402
from db.exchange.envelope import bundle_hash, open_sealed  # noqa: E402
from db.exchange.payload import (  # noqa: E402
    AUDIT_TABLE,
    PURPOSE_CITY,
    RECORD_TABLES,
    read_payload,
    strip_audit,
    withheld_tables,
)
from db.exchange.pki import CityAuthority, install_issued, make_request  # noqa: E402
from db.exchange.rawdb import quoted  # noqa: E402
from db.returns.sign import KeyStore  # noqa: E402
from db.store import DB_FILENAME, open_store  # noqa: E402

TARGET_RATIO = 5.0
CITY_PASSPHRASE = "bench-city-passphrase"
OFFICE_PASSPHRASE = "bench-office-passphrase"


def _baseline(folder: Path, payload_bytes: bytes) -> tuple[float, int]:
    """A bare executemany of the rows the city stores, into a fresh database of the same schema."""
    payload = read_payload(payload_bytes)
    skip = withheld_tables(PURPOSE_CITY)
    batches: list[tuple[str, list[list[object]]]] = []
    for name in (*RECORD_TABLES, "return_record", AUDIT_TABLE):
        data = payload.tables.get(name)
        if data is None or name in skip:
            continue
        rows = strip_audit(data.columns, data.rows, PURPOSE_CITY) if name == AUDIT_TABLE else data.rows
        sql = (
            f"INSERT INTO {quoted(name)} ({', '.join(quoted(c) for c in data.columns)})"
            f" VALUES ({', '.join('?' * len(data.columns))})"
        )
        batches.append((sql, rows))
    with open_store(folder, create=True):
        pass  # the schema, by the same migrations
    conn = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=FULL")
        started = time.perf_counter()
        conn.execute("BEGIN")
        for sql, rows in batches:
            conn.executemany(sql, rows)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
    finally:
        conn.close()
    return elapsed, sum(len(rows) for _, rows in batches)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=100, help="demo scale (default 100)")
    parser.add_argument("--keep", action="store_true", help="keep the folders and print where they are")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="shequ-bench-exchange-"))
    try:
        office_dir, city_dir, stick = folder / "office", folder / "city", folder / "usb"
        stick.mkdir()
        city = CityAuthority(city_dir)
        city.init("中共巴彦淖尔市委组织部", CITY_PASSPHRASE)
        with open_store(city_dir, create=True):
            pass
        started = time.perf_counter()
        with open_store(office_dir, create=True) as office:
            counts = build_demo(office, scale=args.scale, today=date(2026, 6, 30))
            keys = KeyStore(office_dir)
            request = make_request(keys, OFFICE_PASSPHRASE, "150802001001", DEMO_OFFICE_NAME)
            install_issued(keys, city.issue(request, CITY_PASSPHRASE).file_bytes())
            built_s = time.perf_counter() - started
            print(f"scale {args.scale}: {sum(counts.values()):,} records (demo built in {built_s:.1f} s)")

            started = time.perf_counter()
            written = export_bundle(office, keys, OFFICE_PASSPHRASE, stick, full=True)
            export_s = time.perf_counter() - started
        size_mb = written.path.stat().st_size / 1e6
        print(f"export: {export_s:.2f} s — {written.records:,} records, {written.counts[AUDIT_TABLE]:,} audit entries,")
        print(f"        file {written.path.name} {size_mb:.1f} MB (signed, encrypted to the city)")

        data = written.path.read_bytes()
        with open_store(city_dir) as hub:
            started = time.perf_counter()
            opened = open_sealed(
                data,
                trust=city.trust_policy(),
                recipient_key=city.exchange_key(CITY_PASSPHRASE),
                recipient_cert=city.exchange_certificate(),
            )
            open_s = time.perf_counter() - started
            reports: list[float] = []
            started = time.perf_counter()
            result = apply_payload(
                hub,
                opened.payload,
                header=opened.header,
                signer_office=opened.office_code,
                bundle_sha256=bundle_hash(data),
                progress=lambda done, total: reports.append(time.perf_counter()),
            )
            apply_s = time.perf_counter() - started
            started = time.perf_counter()
            again = apply_payload(
                hub,
                opened.payload,
                header={**opened.header, "seq": int(opened.header["seq"]) + 1, "prev": bundle_hash(data)},
                signer_office=opened.office_code,
                bundle_sha256="0" * 64,
            )
            again_s = time.perf_counter() - started
        gaps = [b - a for a, b in zip([started, *reports], reports, strict=False)]
        print(
            f"import: {open_s + apply_s:.2f} s = open (decrypt, verify) {open_s:.2f} s + apply {apply_s:.2f} s"
            f" — {result.total('inserted'):,} records, {result.audit_added:,} audit entries"
        )
        print(f"        progress reported {len(reports)} times, longest gap {max(gaps, default=0) * 1000:.0f} ms")
        print(
            f"the same rows again as a later bundle (every record compared, {again.total('unchanged'):,} unchanged):"
            f" apply {again_s:.2f} s"
        )

        baseline_s, rows = _baseline(folder / "baseline", opened.payload)
        print(f"raw sqlite3 executemany of the same {rows:,} rows into the same tables: {baseline_s:.2f} s")
        ratio = (open_s + apply_s) / baseline_s if baseline_s else float("inf")
        verdict = "ok" if ratio <= TARGET_RATIO else "SLOW"
        print(f"import / executemany: {ratio:.1f}× (target ≤ {TARGET_RATIO:.0f}×) {verdict}")
        apply_ratio = apply_s / baseline_s if baseline_s else float("inf")
        print(f"apply alone / executemany: {apply_ratio:.1f}×")
    finally:
        if args.keep:
            print(f"folders kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
