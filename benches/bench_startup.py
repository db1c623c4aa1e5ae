"""Benchmark: start-up, from launch to the first painted main window, against a bare Qt window.

    .venv/bin/python benches/bench_startup.py               # 7 rounds, offscreen
    .venv/bin/python benches/bench_startup.py --runs 15 --platform xcb

Each measurement is a fresh process: the wall time from spawning it until it prints that its
window has been shown and painted (the first event-loop turn after ``show()``). The app shows its
window before its data layer has loaded (desktop/shell/app.py); the time until its data is open and the
dashboard painted ("ready") is printed too, for information. Compared:

- **app (source)**: ``python -m desktop --data-dir D`` on a demo office (scale 1) whose only
  active operator is the administrator, who has no password — so no sign-in dialog; the app
  prints the line because of ``SHEQU_REPORT_SHOWN=1`` and quits at once with
  ``SHEQU_SMOKE_QUIT_AFTER_MS=0`` (see desktop/shell/app.py);
- **bare window**: a script with ``QApplication`` + ``QMainWindow.show()`` and the same print;
- **app (bundle)**: ``dist/shequ/shequ --data-dir D``, when ``dist/shequ`` exists
  (``bash build_scripts/build.sh``).

One untimed warm-up of each (disk cache), then interleaved rounds so a busy machine slows all
alike. Printed: best and median of each, and the ratio best against best (target: the app at
most 2 × the bare window). Nothing is asserted. Settings go to a temporary folder
(``XDG_CONFIG_HOME``), not the user's.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 2.0
SHOWN = "main window shown"
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


def time_to_shown(command: list[str], env: dict[str, str], timeout: float = 60.0) -> tuple[float, float | None]:
    """Seconds from spawning ``command`` until it prints the "shown" line, and until the "ready"
    line (the app: its data open and first page built; None for the bare window); it then quits."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8"
    )
    assert child.stdout is not None
    watchdog = threading.Timer(timeout, child.kill)  # a dialog waiting for a click, say
    watchdog.start()
    elapsed: float | None = None
    ready: float | None = None
    for line in child.stdout:
        if SHOWN in line:
            elapsed = time.perf_counter() - start
        elif READY in line:
            ready = time.perf_counter() - start
            break
    try:
        child.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    watchdog.cancel()
    if elapsed is None:
        raise SystemExit(f"no '{SHOWN}' line from: {' '.join(command)} (exit {child.returncode})")
    return elapsed, ready


def prepare_office(data_dir: Path, env: dict[str, str]) -> None:
    """A demo office (scale 1) left with one active operator, the administrator, no password."""
    subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "demo"],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    # Benchmark set-up only (a temporary folder): bypasses the audit log on purpose.
    with sqlite3.connect(data_dir / "shequ.sqlite") as db:
        db.execute("UPDATE operator SET active = 0 WHERE role != 'admin'")
        db.execute("UPDATE operator SET password_hash = NULL")


def summary(name: str, times: list[float]) -> str:
    return f"{name:<16} best {min(times) * 1000:7.0f} ms   median {statistics.median(times) * 1000:7.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed rounds (default 7)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (default offscreen)")
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "shequ"), help="the built bundle's folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="shequ-bench-startup-") as tmp:
        folder = Path(tmp)
        env = dict(os.environ)
        env.pop("SHEQU_DATA_DIR", None)
        # An installed app starts from compiled bytecode; where the environment forbids writing it,
        # every start would compile each module again, which no user waits for. The warm-up round
        # writes the bytecode; the timed rounds read it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(
            QT_QPA_PLATFORM=args.platform,
            XDG_CONFIG_HOME=str(folder / "config"),
            XDG_STATE_HOME=str(folder / "state"),
            SHEQU_REPORT_SHOWN="1",
            SHEQU_SMOKE_QUIT_AFTER_MS="0",
        )
        data_dir = folder / "office"
        prepare_office(data_dir, env)
        bare_script = folder / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")

        commands = {
            "bare window": [sys.executable, str(bare_script)],
            "app (source)": [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)],
        }
        bundle_exe = Path(args.bundle) / ("shequw.exe" if os.name == "nt" else "shequw")  # the Start-menu launcher
        if bundle_exe.is_file():
            commands["app (bundle)"] = [str(bundle_exe), "--data-dir", str(data_dir)]
        else:
            print(f"(no bundle at {args.bundle}: run bash build_scripts/build.sh to time it too)")

        for command in commands.values():  # warm-up: disk cache, __pycache__, first-run settings
            time_to_shown(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        ready: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                shown_at, ready_at = time_to_shown(command, env)
                times[name].append(shown_at)
                if ready_at is not None:
                    ready[name].append(ready_at)

    print(f"Start-up to the first painted main window, {args.runs} runs each, QT_QPA_PLATFORM={args.platform}")
    for name, measured in times.items():
        print(summary(name, measured))
    print("Until the window's data is open and its first page (首页, the dashboard) built:")
    for name, measured in ready.items():
        if measured:
            print(summary(name, measured))
    bare = min(times["bare window"])
    for name in ("app (source)", "app (bundle)"):
        if name in times:
            ratio = min(times[name]) / bare
            verdict = "meets" if ratio <= TARGET else "misses"
            print(f"{name}: {ratio:.2f} × the bare window (target ≤ {TARGET:g} ×: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
