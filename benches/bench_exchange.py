"""Benchmark: export a large office's bundle and import it at the city, against a bare executemany,
in interleaved rounds against a baseline checkout.

Usage (from the project folder)::

    .venv/bin/python benches/bench_exchange.py                     # --scale 100, about 100,000 records
    git worktree add /tmp/wt-old cc88e89
    .venv/bin/python benches/bench_exchange.py --baseline /tmp/wt-old --rounds 3
    .venv/bin/python benches/bench_exchange.py --scale 10 --rounds 5

Builds the demo office at ``--scale`` once (with a city installation and a certificate for it;
with the baseline's code when there is one, so that both sides can open it — this side migrates
its copy before the clock starts). Then, in each round, each side (baseline first, then this
checkout, alternating) runs in a fresh process on fresh copies of the office and the city:

* **export**: a full office → city bundle (payload, signature, encryption, atomic write);
* **import**: open (decrypt, verify) and apply (one transaction) into the city database;
* **progress**: how often the import reported progress, and the longest gap between two reports
  from the start of the opening to the end of the applying (what a progress bar shows; a side
  whose decryption does not report shows it as one gap);
* **again**: the same rows applied again as a later bundle (every record compared, unchanged);
* **baseline**: a raw ``sqlite3`` ``executemany`` of the very same rows (those the city stores)
  into the same tables, in a fresh database of the same schema, one transaction (the audit rows
  with their change sequence numbers where the schema has them, as the import gives them); the
  import's ratio to it is the target (import ≤ 5 × the executemany).

Prints each round, then per side the best and the median of every figure, the ratios, and the
machine's load (``os.getloadavg()``). Nothing here asserts timings; it reports them.
"""

from __future__ import annotations

import argparse
import inspect
import itertools
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 5.0
CITY_PASSPHRASE = "bench-city-passphrase"
OFFICE_PASSPHRASE = "bench-office-passphrase"
FIGURES = (
    ("export", "export (full bundle)"),
    ("open", "open (decrypt, verify)"),
    ("apply", "apply (one transaction)"),
    ("import", "import = open + apply"),
    ("gap", "longest progress gap"),
    ("again", "the same rows again (all unchanged)"),
    ("raw", "raw executemany of the same rows"),
    ("ratio", "import / executemany"),
)


# ---------------------------------------------------------------------------------------
# In a child process, with one side's code


def _setup(root: Path, folder: Path, scale: int) -> dict[str, Any]:
    """The office (demo at ``scale``, certified) and the city, in ``folder``."""
    sys.path.insert(0, str(root))
    from db.demo import build_demo
    from db.exchange.pki import CityAuthority, install_issued, make_request
    from db.returns.sign import KeyStore
    from db.store import open_store

    office_dir, city_dir = folder / "office", folder / "city"
    city = CityAuthority(city_dir)
    city.init("中共巴彦淖尔市委组织部", CITY_PASSPHRASE)
    with open_store(city_dir, create=True):
        pass
    started = time.perf_counter()
    with open_store(office_dir, create=True) as office:
        counts = build_demo(office, scale=scale, today=date(2026, 6, 30))
    keys = KeyStore(office_dir)
    request = make_request(keys, OFFICE_PASSPHRASE, "150802001001", "胜利社区")
    install_issued(keys, city.issue(request, CITY_PASSPHRASE).file_bytes())
    return {"records": sum(counts.values()), "built": time.perf_counter() - started}


def _baseline(folder: Path, payload_bytes: bytes) -> tuple[float, int]:
    """A bare executemany of the rows the city stores, into a fresh database of the same schema."""
    from db.exchange.payload import (
        AUDIT_TABLE,
        PURPOSE_CITY,
        RECORD_TABLES,
        read_payload,
        strip_audit,
        table,
        withheld_tables,
    )
    from db.exchange.rawdb import quoted
    from db.store import DB_FILENAME, open_store

    payload = read_payload(payload_bytes)
    skip = withheld_tables(PURPOSE_CITY)
    batches: list[tuple[str, list[list[object]]]] = []
    for name in (*RECORD_TABLES, "return_record", AUDIT_TABLE):
        data = payload.tables.get(name)
        if data is None or name in skip:
            continue
        rows = strip_audit(data.columns, data.rows, PURPOSE_CITY) if name == AUDIT_TABLE else data.rows
        columns = list(data.columns)
        if name == AUDIT_TABLE and "seq" in table(AUDIT_TABLE).c:  # numbered as the import numbers them
            columns.append("seq")
            rows = [[*row, number] for number, row in enumerate(rows, start=1)]
        sql = (
            f"INSERT INTO {quoted(name)} ({', '.join(quoted(c) for c in columns)})"
            f" VALUES ({', '.join('?' * len(columns))})"
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


def _round(root: Path, folder: Path) -> dict[str, Any]:
    """Export, open, apply, apply again and the raw baseline, in ``folder`` (fresh copies)."""
    sys.path.insert(0, str(root))
    from db.exchange.apply import apply_payload
    from db.exchange.bundle import export_bundle
    from db.exchange.envelope import bundle_hash, open_sealed
    from db.exchange.payload import AUDIT_TABLE
    from db.exchange.pki import CityAuthority
    from db.returns.sign import KeyStore
    from db.store import open_store

    office_dir, city_dir, stick = folder / "office", folder / "city", folder / "usb"
    stick.mkdir()
    city = CityAuthority(city_dir)
    with open_store(city_dir):
        pass  # migrated, if this side's code is newer, before the clock
    found: dict[str, Any] = {}
    with open_store(office_dir) as office:
        keys = KeyStore(office_dir)
        started = time.perf_counter()
        written = export_bundle(office, keys, OFFICE_PASSPHRASE, stick, full=True)
        found["export"] = time.perf_counter() - started
    found.update(records=written.records, audit=written.counts[AUDIT_TABLE], mb=written.path.stat().st_size / 1e6)

    data = written.path.read_bytes()
    recipient_key, recipient_cert = city.exchange_key(CITY_PASSPHRASE), city.exchange_certificate()
    reports: list[float] = []

    def report(_done: int, _total: int) -> None:
        reports.append(time.perf_counter())

    reporting = "progress" in inspect.signature(open_sealed).parameters  # older code: a silent decryption
    with open_store(city_dir) as hub:
        open_started = time.perf_counter()
        opened = open_sealed(
            data,
            trust=city.trust_policy(),
            recipient_key=recipient_key,
            recipient_cert=recipient_cert,
            **({"progress": report} if reporting else {}),
        )
        found["open"] = time.perf_counter() - open_started
        apply_started = time.perf_counter()
        result = apply_payload(
            hub,
            opened.payload,
            header=opened.header,
            signer_office=opened.office_code,
            bundle_sha256=bundle_hash(data),
            progress=report,
        )
        apply_ended = time.perf_counter()
        found["apply"] = apply_ended - apply_started
        again_started = time.perf_counter()
        again = apply_payload(
            hub,
            opened.payload,
            header={**opened.header, "seq": int(opened.header["seq"]) + 1, "prev": bundle_hash(data)},
            signer_office=opened.office_code,
            bundle_sha256="0" * 64,
        )
        found["again"] = time.perf_counter() - again_started
    moments = [open_started, *reports, apply_ended]  # from the start of the opening to the end of the applying
    found["gap"] = max(later - earlier for earlier, later in itertools.pairwise(moments))
    found["reports"] = len(reports)
    found["decrypt_reports"] = sum(1 for moment in reports if moment < apply_started)
    found["import"] = found["open"] + found["apply"]
    found.update(inserted=result.total("inserted"), audit_added=result.audit_added)
    found["unchanged"] = again.total("unchanged")
    found["raw"], found["raw_rows"] = _baseline(folder / "baseline", opened.payload)
    found["ratio"] = found["import"] / found["raw"] if found["raw"] else float("inf")
    return found


# ---------------------------------------------------------------------------------------
# The rounds


def _child(*arguments: str) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), *arguments]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(arguments)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def _fresh_copy(template: Path, folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in ("office", "city"):
        shutil.copytree(template / name, folder / name)


def _figure(key: str, value: float) -> str:
    if key == "ratio":
        return f"{value:.1f}×"
    if key == "gap":
        return f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def run(scale: int, rounds: int, baseline: Path | None, keep: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="shequ-bench-exchange-"))
    try:
        template = folder / "template"
        builder = baseline or ROOT
        made = _child("--setup", str(builder), "--folder", str(template), "--scale", str(scale))
        print(f"scale {scale}: {made['records']:,} records (demo built in {made['built']:.1f} s by {builder})")
        sides = [("baseline", baseline)] if baseline is not None else []
        sides.append(("this tree", ROOT))
        results: dict[str, list[dict[str, Any]]] = {name: [] for name, _root in sides}
        print(f"load before: {_load()}")
        for number in range(rounds):
            order = sides if number % 2 == 0 else sides[::-1]
            for name, root in order:
                assert root is not None
                _fresh_copy(template, folder / "run")
                found = _child("--round", str(root), "--folder", str(folder / "run"))
                shutil.rmtree(folder / "run", ignore_errors=True)
                results[name].append(found)
                print(
                    f"  round {number + 1} {name:<9}: export {found['export']:.2f} s, import {found['import']:.2f} s "
                    f"(open {found['open']:.2f} + apply {found['apply']:.2f}), progress {found['reports']} reports "
                    f"({found['decrypt_reports']} while decrypting), longest gap {found['gap'] * 1000:.0f} ms, "
                    f"again {found['again']:.2f} s, raw {found['raw']:.2f} s, ratio {found['ratio']:.1f}×; "
                    f"load {_load()}"
                )
        print(f"load after: {_load()}")
        last = results["this tree"][-1]
        print(
            f"bundle: {last['records']:,} records, {last['audit']:,} audit entries, {last['mb']:.1f} MB; "
            f"imported {last['inserted']:,} records and {last['audit_added']:,} audit entries; "
            f"raw executemany of {last['raw_rows']:,} rows"
        )
        print(f"over {rounds} rounds, best / median:")
        for key, label in FIGURES:
            line = f"  {label:<38}"
            for name, _root in sides:
                values = [found[key] for found in results[name]]
                line += f"  {name}: {_figure(key, min(values))} / {_figure(key, statistics.median(values))}"
            if baseline is not None and key != "ratio":
                old = [found[key] for found in results["baseline"]]
                new = [found[key] for found in results["this tree"]]
                line += f"  new/old {min(new) / min(old):.2f} / {statistics.median(new) / statistics.median(old):.2f}"
            if key == "ratio":
                best = min(found[key] for found in results["this tree"])
                line += f"  (target ≤ {TARGET_RATIO:.0f}×: {'ok' if best <= TARGET_RATIO else 'SLOW'})"
            print(line)
    finally:
        if keep:
            print(f"folders kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=100, help="demo scale (default 100)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--baseline", type=Path, help="a checkout of older code to compare with (git worktree)")
    parser.add_argument("--keep", action="store_true", help="keep the folders and print where they are")
    parser.add_argument("--setup", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--round", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.setup is not None:
        print(json.dumps(_setup(args.setup, args.folder, args.scale)))
        return 0
    if args.round is not None:
        print(json.dumps(_round(args.round, args.folder)))
        return 0
    run(args.scale, args.rounds, args.baseline, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
