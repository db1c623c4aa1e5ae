"""Benchmark: start-up at scale 1 and 100 — the first painted window and the usable dashboard —
against a bare Qt window, and against the code before (a worktree), in interleaved rounds.

    .venv/bin/python benches/bench_startup.py                          # scales 1 and 100, 7 rounds
    .venv/bin/python benches/bench_startup.py --runs 9 --old /tmp/wt   # also the code in /tmp/wt
    .venv/bin/python benches/bench_startup.py --scales 100 --data-dir-100 /tmp/shequ-bench-…/data

Each measurement is a fresh process, timed from spawning it to the lines it prints
(``SHEQU_REPORT_SHOWN=1``, desktop/shell/app.py); it quits at once after "ready"
(``SHEQU_SMOKE_QUIT_AFTER_MS=0``). Three moments:

- **first window**: the main window has been painted (the frame; its data may still be loading);
- **usable dashboard**: 首页 has painted real figures — the standing kept last time, marked as of its
  time ("kept standing shown", desktop/shell/startup.py), or, without one, the figures judged now;
- **current figures**: the data is open and 首页 shows the figures judged now ("main window ready").

Sides: **bare window** (a script with ``QApplication`` + ``QMainWindow.show()`` and the same print),
**new** (``python -m desktop`` from this tree), **old** (``--old DIR``: the same from another tree,
e.g. ``git worktree add /tmp/wt cc88e89``, run with ``PYTHONPATH=DIR``), and the built bundle's
windowed launcher when ``dist/shequ/shequw`` exists. Offices: the demo office at each scale, left
with one active operator, the administrator, without a password (no sign-in dialog); each side
gets its own copy (a side may write its folder: the standing it keeps, backups). Scale 100 is built
here (~30–60 s) unless ``--data-dir-100`` names a kept one (``benches/bench_demo.py --keep``).

One untimed warm-up of each side and scale (disk cache, bytecode — the children run with compiled
bytecode as an installed app does —, the standing kept for the next start), then interleaved
rounds: per round every scale, every side. Printed: best and median of each moment, the ratios
against the bare window (best against best, median against median), the machine's load before
and after. Targets at scale 100: first window ≤ 1.5 × the bare window, usable dashboard ≤ 3 ×.
Nothing is asserted. Settings go to a temporary folder (``XDG_CONFIG_HOME``), not the user's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_TARGET = 1.5  # first window, × the bare window, at scale 100
USABLE_TARGET = 3.0  # usable dashboard, × the bare window, at scale 100
SHOWN = "main window shown"
KEPT = "kept standing shown"
READY = "main window ready"

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()

def painted():
    print("bare: main window shown", flush=True)
    app.quit()

QTimer.singleShot(0, painted)
sys.exit(app.exec())
"""


@dataclass
class Side:
    name: str
    command: list[str]
    env: dict[str, str]
    cwd: Path
    first: list[float] = field(default_factory=list)
    usable: list[float] = field(default_factory=list)
    current: list[float] = field(default_factory=list)
    kept_seen: int = 0  # runs whose dashboard showed the kept standing first


def run_once(side: Side, timeout: float = 180.0) -> tuple[float, float | None, float | None]:
    """Seconds from spawning until the first window, the kept standing (if any) and "ready"."""
    start = time.perf_counter()
    child = subprocess.Popen(
        side.command,
        env=side.env,
        cwd=side.cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
    )
    assert child.stdout is not None
    watchdog = threading.Timer(timeout, child.kill)  # a dialog waiting for a click, say
    watchdog.start()
    shown: float | None = None
    kept: float | None = None
    ready: float | None = None
    for line in child.stdout:
        now = time.perf_counter() - start
        if SHOWN in line:
            shown = now
        elif KEPT in line:
            kept = now
        elif READY in line:
            ready = now
            break
    try:
        child.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    watchdog.cancel()
    if shown is None:
        raise SystemExit(f"no '{SHOWN}' line from: {' '.join(side.command)} (exit {child.returncode})")
    return shown, kept, ready


def measure(side: Side) -> None:
    shown, kept, ready = run_once(side)
    side.first.append(shown)
    if ready is not None:
        side.current.append(ready)
        side.usable.append(kept if kept is not None else ready)
    if kept is not None:
        side.kept_seen += 1


def make_office(data_dir: Path, scale: int, env: dict[str, str], tree: Path) -> None:
    """The demo office at ``scale``, built by the code in ``tree``."""
    subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "demo", "--scale", str(scale)],
        env=env,
        cwd=tree,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def leave_one_administrator(data_dir: Path) -> None:
    # Benchmark set-up only (a copy in a temporary folder): bypasses the audit log on purpose.
    with sqlite3.connect(data_dir / "shequ.sqlite") as db:
        db.execute("UPDATE operator SET active = 0 WHERE role != 'admin'")
        db.execute("UPDATE operator SET password_hash = NULL")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def records_and_size(data_dir: Path) -> str:
    path = data_dir / "shequ.sqlite"
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
        entries = db.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    db.close()
    return f"{entries:,} audit entries, {path.stat().st_size / 1e6:.1f} MB"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:6.0f}"


def report(scale: int, sides: list[Side], about: str) -> None:
    bare = sides[0]
    bare_best, bare_median = min(bare.first), statistics.median(bare.first)
    print(f"\nScale {scale} ({about}), {len(bare.first)} rounds")
    print(f"{'':18}{'first window':^30}   {'usable dashboard':^30}   {'current figures':^15}")
    print(f"{'':18}" + f"{'best':>7}{'median':>8}{'× best':>8}{'× med':>7}   " * 2 + f"{'best':>7}{'median':>8}")
    for side in sides:
        cells = []
        for values in (side.first, side.usable):
            if not values:
                cells.append(f"{'':>30}   ")
                continue
            best, median = min(values), statistics.median(values)
            cells.append(f"{ms(best):>7}{ms(median):>8}{best / bare_best:7.2f}×{median / bare_median:6.2f}×   ")
        current = f"{ms(min(side.current)):>7}{ms(statistics.median(side.current)):>8}" if side.current else ""
        note = f"  (kept standing first in {side.kept_seen}/{len(side.first)})" if side.kept_seen else ""
        print(f"{side.name:<18}" + "".join(cells) + current + note)
    if scale >= 100:
        for side in sides[1:]:
            if not side.usable:
                continue
            first = min(side.first) / bare_best
            usable = min(side.usable) / bare_best
            print(
                f"{side.name}: first window {first:.2f} × (target ≤ {FIRST_TARGET:g} ×: "
                f"{'meets' if first <= FIRST_TARGET else 'misses'}), usable dashboard {usable:.2f} × "
                f"(target ≤ {USABLE_TARGET:g} ×: {'meets' if usable <= USABLE_TARGET else 'misses'})"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed rounds (default 7)")
    parser.add_argument("--scales", default="1,100", help="demo scales, comma-separated (default 1,100)")
    parser.add_argument("--data-dir-100", type=Path, help="a kept scale-100 data folder to copy (bench_demo.py --keep)")
    parser.add_argument("--old", type=Path, help="another tree of the app to compare (e.g. a git worktree)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (default offscreen)")
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "shequ"), help="the built bundle's folder")
    args = parser.parse_args()
    scales = [int(part) for part in args.scales.split(",") if part.strip()]

    with tempfile.TemporaryDirectory(prefix="shequ-bench-startup-") as tmp:
        folder = Path(tmp)
        env = dict(os.environ)
        env.pop("SHEQU_DATA_DIR", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up writes the bytecode the rounds read
        env.update(
            QT_QPA_PLATFORM=args.platform,
            XDG_CONFIG_HOME=str(folder / "config"),
            XDG_STATE_HOME=str(folder / "state"),
            SHEQU_REPORT_SHOWN="1",
            SHEQU_SMOKE_QUIT_AFTER_MS="0",
        )
        bare_script = folder / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        bundle_exe = Path(args.bundle) / ("shequw.exe" if os.name == "nt" else "shequw")
        if not bundle_exe.is_file():
            print(f"(no bundle at {args.bundle}: run bash build_scripts/build.sh to time it too)")

        plans: dict[int, list[Side]] = {}
        abouts: dict[int, str] = {}
        for scale in scales:
            base = folder / f"base-{scale}"
            if scale == 100 and args.data_dir_100 is not None:
                print(f"scale 100: copying {args.data_dir_100}")
                shutil.copytree(args.data_dir_100, base, ignore=shutil.ignore_patterns("backups", "*.lock"))
            else:
                print(f"scale {scale}: building the demo office…", flush=True)
                builder = args.old.resolve() if args.old else ROOT  # the older schema: both sides open it
                make_office(base, scale, {**env, "PYTHONPATH": str(builder)}, builder)
            leave_one_administrator(base)
            abouts[scale] = records_and_size(base)
            sides = [Side("bare window", [sys.executable, str(bare_script)], env, ROOT)]
            trees = [("new", ROOT)] + ([("old", args.old.resolve())] if args.old else [])
            for name, tree in trees:
                copy = folder / f"{name}-{scale}"
                shutil.copytree(base, copy)
                label = f"{name} ({tree.name})" if name == "old" else name
                tree_env = {**env, "PYTHONPATH": str(tree)}
                sides.append(Side(label, [sys.executable, "-m", "desktop", "--data-dir", str(copy)], tree_env, tree))
            if bundle_exe.is_file():
                copy = folder / f"bundle-{scale}"
                shutil.copytree(base, copy)
                sides.append(Side("bundle", [str(bundle_exe), "--data-dir", str(copy)], env, ROOT))
            shutil.rmtree(base)
            plans[scale] = sides

        for sides in plans.values():  # warm-up: disk cache, __pycache__, settings, the kept standing
            for side in sides:
                run_once(side)
        load_before = os.getloadavg()
        for _ in range(args.runs):
            for sides in plans.values():
                for side in sides:
                    measure(side)
        load_after = os.getloadavg()

    print(f"\nStart-up, fresh processes, QT_QPA_PLATFORM={args.platform}; times from spawning, in ms")
    print(
        f"load average before {load_before[0]:.2f} / {load_before[1]:.2f} / {load_before[2]:.2f}, "
        f"after {load_after[0]:.2f} / {load_after[1]:.2f} / {load_after[2]:.2f} ({os.cpu_count()} CPUs)"
    )
    for scale, sides in plans.items():
        report(scale, sides, abouts[scale])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
