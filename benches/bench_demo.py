"""Benchmark: build the demo office at a large scale, then time ``shequ stats --json`` on it.

Usage (from the project folder)::

    .venv/bin/python benches/bench_demo.py            # scale 100, about 100,000 records
    .venv/bin/python benches/bench_demo.py --scale 10 --keep

Prints the build time, the number of records and records per second, then the time of
``shequ --data-dir DIR stats --json`` run as a fresh process (what a clerk waits for)
next to its target. Nothing here asserts timings; it reports them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.demo import build_demo  # noqa: E402
from db.kinds import COUNTED_KINDS  # noqa: E402
from db.store import open_store  # noqa: E402

STATS_TARGET_S = 1.0


def build(data_dir: Path, scale: int, today: date | None) -> None:
    started = time.perf_counter()
    with open_store(data_dir, create=True) as store:
        opened = time.perf_counter()
        counts = build_demo(store, scale=scale, today=today)
        built = time.perf_counter()
    records = sum(counts.values())
    counted = sum(counts[key] for key in COUNTED_KINDS)
    largest = max(counts, key=lambda key: counts[key])
    size_mb = (data_dir / "shequ.sqlite").stat().st_size / 1e6
    print(f"scale {scale}: {records:,} records ({counted:,} in the counted ledgers)")
    print(f"largest ledger: {largest} {counts[largest]:,}")
    print("  " + ", ".join(f"{key} {value:,}" for key, value in counts.items()))
    print(f"create + migrate: {opened - started:.2f} s")
    print(f"build: {built - opened:.2f} s ({records / (built - opened):,.0f} records/s, plus one audit entry each)")
    print(f"database: {size_mb:.1f} MB")


def time_stats(data_dir: Path, runs: int) -> None:
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "stats", "--json"]
    timings: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        try:
            result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            print(f"stats command not available ({exc})")
            return
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            detail = (result.stderr or result.stdout).strip().splitlines()
            print(f"stats command not available (exit {result.returncode}: {detail[-1] if detail else 'no output'})")
            return
        timings.append(elapsed)
    first, best = timings[0], min(timings)
    verdict = "ok" if first < STATS_TARGET_S else "SLOW"
    print(f"stats: {first:.2f} s (target < {STATS_TARGET_S:.0f} s) {verdict}; best of {runs}: {best:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=100, help="demo scale (default 100)")
    parser.add_argument("--today", type=date.fromisoformat, default=None, help="end of the demo history (YYYY-MM-DD)")
    parser.add_argument("--stats-runs", type=int, default=3, help="how many times to run stats (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the data folder and print where it is")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="shequ-bench-"))
    data_dir = folder / "data"
    try:
        build(data_dir, args.scale, args.today)
        time_stats(data_dir, max(1, args.stats_runs))
    finally:
        if args.keep:
            print(f"data folder kept: {data_dir}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
