"""Benchmark: a whole league's returns at one city — many offices' bundles imported by 1 and by N
concurrent workers, on SQLite and on PostgreSQL, then the city's status and its consolidated return.

Usage (from the project folder)::

    .venv/bin/python benches/bench_city_scale.py                          # 300 offices at demo scale 10
    .venv/bin/python benches/bench_city_scale.py --offices 40 --scale 2 --workers 1,4
    .venv/bin/python benches/bench_city_scale.py --databases sqlite       # without PostgreSQL

Setting up (once per run, not timed): one demo office is built at ``--scale`` and its full
office → city payload made as an export makes it; for each of ``--offices`` offices that payload is
given the office's own code and record ids (every UUID's first 8 hex digits replaced by the office's
number: the same shape of data, no shared ids), and sealed as ``shequ export --full`` seals it —
signed with the office's own key and city-issued certificate, encrypted to the city: real bundles,
as on a USB stick.

Timed, per database (SQLite file; PostgreSQL: a throw-away cluster from tests/support/pg.py, on a
Unix socket, the city moved onto it with :func:`db.citymove.move_to_server`) and per worker count,
on a fresh city each time: every bundle imported with :func:`db.exchange.bundle.import_bundle`
(decrypt, verify, apply in one transaction) by ``W`` workers sharing the bundles — on PostgreSQL
``W`` workstations (processes, each with its own data folder naming the server database), on
SQLite ``W`` threads of the one process that holds the file (one PC: the folder is locked); then
``city status`` for the period (the same functions the command runs) and the consolidated return
(:func:`db.exchange.city_return.make_city_return`, unsigned).

Prints rows/s for each run, the speed-up of ``W`` workers over 1 (and per core: the machine's
cores are printed), and the status / return times next to their targets (2 s / 10 s). Nothing
asserts timings; it reports them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CITY_PASSPHRASE = "bench-city-passphrase"
OFFICE_PASSPHRASE = "bench-office-passphrase"
TEMPLATE_CODE = "150802001001"
PERIOD = "2026H1"
TODAY = date(2026, 6, 30)
STATUS_TARGET = 2.0
RETURN_TARGET = 10.0


def office_code(number: int) -> str:
    return f"1508029{number:05d}"


# ---------------------------------------------------------------------------------------
# Setting up: the offices' bundles


_UUID = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")


def _template_payload(folder: Path, scale: int) -> tuple[bytes, int]:
    """The demo office at ``scale`` and its full office → city payload (as an export builds it)."""
    from db.demo import build_demo
    from db.exchange.ledger import new_chain
    from db.exchange.payload import PURPOSE_CITY, build_payload
    from db.store import open_store

    with open_store(folder, create=True) as office:
        counts = build_demo(office, scale=scale, today=TODAY)
        chain = new_chain(1)
        built = build_payload(
            office,
            purpose=PURPOSE_CITY,
            since=None,
            pdf_dir=folder,
            meta={"chain_id": chain.chain_id, "chain_first_seq": 1, "seq": 1},
        )
    return built.data, sum(counts.values())


def _retagged(template: dict[str, Any], number: int, code: str) -> bytes:
    """The template's payload as office ``code``'s: its code everywhere, and every UUID's first
    8 hex digits replaced by ``number`` (the same shape of data, no id shared with another copy)."""
    from db.exchange.payload import encode_document

    prefix = f"{number:08x}"
    text = json.dumps(template, ensure_ascii=False).replace(TEMPLATE_CODE, code)
    text = _UUID.sub(lambda match: prefix + match.group(1), text)
    return encode_document(json.loads(text))


def setup(folder: Path, offices: int, scale: int) -> dict[str, Any]:
    """The issuing city with every office certified, and each office's full bundle in ``stick/``:
    the template's payload retagged per office (see the module doc), signed with that office's own
    key and certificate and encrypted to the city, as ``shequ export --full`` writes it."""
    from db.exchange.bundle import bundle_filename
    from db.exchange.envelope import seal_for_recipient
    from db.exchange.ledger import PURPOSE_CITY
    from db.exchange.payload import decode_document
    from db.exchange.pki import CityAuthority, install_issued, make_request
    from db.returns.sign import KeyStore
    from db.store import open_store

    started = time.perf_counter()
    data, records = _template_payload(folder / "template", scale)
    template = decode_document(data)
    issuer = CityAuthority(folder / "issuer")
    issuer.init("中共巴彦淖尔市委组织部", CITY_PASSPHRASE)
    with open_store(folder / "issuer", create=True):
        pass
    recipient = issuer.exchange_certificate()
    stick = folder / "stick"
    stick.mkdir()
    for number in range(1, offices + 1):
        code, name = office_code(number), f"第{number}社区"
        keys = KeyStore(folder / "keys" / code)
        install_issued(
            keys, issuer.issue(make_request(keys, OFFICE_PASSPHRASE, code, name), CITY_PASSPHRASE).file_bytes()
        )
        header = {"kind": "office-to-city", "from": code, "to": "city", "seq": 1, "prev": None}
        sealed = seal_for_recipient(_retagged(template, number, code), header, keys.load(OFFICE_PASSPHRASE), recipient)
        (stick / bundle_filename(code, 1, PURPOSE_CITY)).write_bytes(sealed)
        if number % 25 == 0:
            print(f"  set up {number} of {offices} offices ({time.perf_counter() - started:.0f} s)", flush=True)
    issuer.close()
    shutil.rmtree(folder / "keys")
    return {"records": records, "seconds": time.perf_counter() - started}


# ---------------------------------------------------------------------------------------
# A fresh city per run


def _fresh_city(folder: Path, setup_folder: Path, database_url: str | None) -> None:
    """The issuing city (copied: the bundles are encrypted to its exchange key, and every office is
    registered in it); for PostgreSQL moved onto the server as an administrator would
    (:func:`db.citymove.move_to_server`)."""
    shutil.copytree(setup_folder / "issuer", folder)
    if database_url is not None:
        from db.citymove import move_to_server

        move_to_server(folder, database_url)


def _worker(city_folder: Path, bundles: list[Path], threads: int) -> dict[str, Any]:
    """Import ``bundles`` into the city of ``city_folder`` with ``threads`` threads sharing its store
    (each import opens its own connection)."""
    from concurrent.futures import ThreadPoolExecutor

    from db.exchange.bundle import import_bundle
    from db.exchange.pki import CityAuthority
    from db.store import open_store

    with open_store(city_folder) as store:
        city = CityAuthority.of_store(store)
        city.offices()  # opened and read before the clock, as a workstation that is already running
        started = time.time()

        def one(path: Path) -> int:
            result = import_bundle(store, path, city=city, passphrase=CITY_PASSPHRASE)
            return result.total("inserted") + result.audit_added

        with ThreadPoolExecutor(max_workers=threads) as pool:
            rows = sum(pool.map(one, bundles))
        ended = time.time()
    return {"rows": rows, "started": started, "ended": ended}


def _status_and_return(city_folder: Path) -> dict[str, Any]:
    from db.exchange.acks import ensure_city_standards
    from db.exchange.city_return import make_city_return
    from db.exchange.city_status import city_status, registered_streets
    from db.exchange.pki import CityAuthority
    from db.periods import parse_period
    from db.store import open_store

    city = CityAuthority(city_folder)
    period = parse_period(PERIOD)
    with open_store(city_folder) as store:
        ensure_city_standards(store)
        started = time.perf_counter()
        with store.session() as session:
            rows = city_status(session, period, city.offices(), today=TODAY, streets=registered_streets(city))
        status_seconds = time.perf_counter() - started
        started = time.perf_counter()
        made = make_city_return(store, city, period)
        return_seconds = time.perf_counter() - started
    return {"status": status_seconds, "return": return_seconds, "offices": len(rows), "pages": made.pages}


def _child(*arguments: str) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), *arguments]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(arguments[:2])} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def one_run(work: Path, setup_folder: Path, database: str, workers: int, keep: bool = False) -> dict[str, Any]:
    city_folder = work / f"city-{database}-{workers}"
    url = None
    if database == "postgresql":
        from tests.support import pg

        url = pg.new_database("bench")
    _child("--fresh-city", str(city_folder), "--setup-folder", str(setup_folder), *(["--url", url] if url else []))
    bundles = sorted((setup_folder / "stick").glob("*.shequ"))
    if database == "sqlite":  # one PC holds the file: W threads in the one process that has it open
        plan = [(city_folder, bundles, workers)]
    else:  # W workstations, each with its own data folder naming the same server database
        plan = []
        for number in range(workers):
            station = work / f"station-{number + 1}"
            shutil.copytree(city_folder, station, ignore=shutil.ignore_patterns("*.moved-to-server*"))
            plan.append((station, bundles[number::workers], 1))
    processes = [
        subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker", str(folder), "--threads", str(threads)]
            + [str(path) for path in share],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder, share, threads in plan
    ]
    reports = []
    for process in processes:
        out, err = process.communicate()
        if process.returncode != 0:
            raise SystemExit(f"a worker failed:\n{err[-3000:]}")
        reports.append(json.loads(out.strip().splitlines()[-1]))
    rows = sum(int(report["rows"]) for report in reports)
    # from the first worker's start to the last one's end (each started once it had the city open)
    seconds = max(report["ended"] for report in reports) - min(report["started"] for report in reports)
    after = _child("--status", str(city_folder))
    if not keep:
        shutil.rmtree(city_folder, ignore_errors=True)
    for number in range(workers):
        shutil.rmtree(work / f"station-{number + 1}", ignore_errors=True)
    return {"rows": rows, "seconds": seconds, **after}


def run(offices: int, scale: int, workers: list[int], databases: list[str], keep: bool) -> None:
    work = Path(tempfile.mkdtemp(prefix="shequ-bench-city-"))
    try:
        if "postgresql" in databases:
            from tests.support import pg

            reason = pg.unavailable_reason()
            if reason is not None:
                print(f"PostgreSQL skipped: {reason}")
                databases = [d for d in databases if d != "postgresql"]
        print(f"setting up {offices} offices at demo scale {scale} …", flush=True)
        made = _child("--setup", str(work / "setup"), "--offices", str(offices), "--scale", str(scale))
        print(f"  one office: {made['records']:,} records; set up in {made['seconds']:.0f} s")
        cores = os.cpu_count() or 1
        print(f"machine: {cores} cores; load {os.getloadavg()[0]:.2f}")
        results: dict[tuple[str, int], dict[str, Any]] = {}
        for database in databases:
            for count in workers:
                found = one_run(work, work / "setup", database, count, keep)
                results[(database, count)] = found
                print(
                    f"  {database:<10} {count} worker(s): {found['rows']:,} rows in {found['seconds']:.1f} s"
                    f" = {found['rows'] / found['seconds']:,.0f} rows/s; status {found['status']:.2f} s"
                    f" (target ≤ {STATUS_TARGET:.0f} s: {'ok' if found['status'] <= STATUS_TARGET else 'SLOW'}),"
                    f" consolidated return {found['return']:.2f} s, {found['pages']} pages"
                    f" (target ≤ {RETURN_TARGET:.0f} s: {'ok' if found['return'] <= RETURN_TARGET else 'SLOW'});"
                    f" load {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
        for database in databases:
            single = results.get((database, 1))
            for count in workers:
                if count == 1 or single is None:
                    continue
                speedup = single["seconds"] / results[(database, count)]["seconds"]
                per_core = speedup / min(count, cores)
                print(f"  {database}: {count} workers ÷ 1 worker = {speedup:.2f}× ({per_core:.2f}× per core used)")
    finally:
        if keep:
            print(f"folders kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--offices", type=int, default=300, help="offices (default 300)")
    parser.add_argument("--scale", type=int, default=10, help="demo scale of each office (default 10)")
    parser.add_argument("--workers", default="1,4", help="worker counts, comma-separated (default 1,4)")
    parser.add_argument("--databases", default="sqlite,postgresql", help="default sqlite,postgresql")
    parser.add_argument("--keep", action="store_true", help="keep the folders (cities too); print where")
    parser.add_argument("--setup", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--fresh-city", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--setup-folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--status", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("bundles", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.setup is not None:
        print(json.dumps(setup(args.setup, args.offices, args.scale)))
    elif args.fresh_city is not None:
        _fresh_city(args.fresh_city, args.setup_folder, args.url)
        print(json.dumps({}))
    elif args.worker is not None:
        print(json.dumps(_worker(args.worker, args.bundles, args.threads)))
    elif args.status is not None:
        print(json.dumps(_status_and_return(args.status)))
    else:
        workers = [int(part) for part in args.workers.split(",") if part.strip()]
        databases = [part.strip() for part in args.databases.split(",") if part.strip()]
        run(args.offices, args.scale, workers, databases, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
