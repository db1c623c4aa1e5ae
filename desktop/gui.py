"""Launching the desktop app: ``shequ`` with no command, and the windowed ``shequw`` (the
Start-menu shortcut on Windows, which opens no console window).

The only option the app takes is ``--data-dir DIR``; for that (or nothing) the app starts
straight away, without loading the command line's parser (on the start-up path, every
millisecond before the window shows counts: benches/bench_startup.py). Anything else — a
command, ``--help``, ``--version``, a mistake — goes to :func:`desktop.cli.main.run`, which
answers it as always.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

DATA_DIR_OPTION = "--data-dir"


def app_data_dir(argv: Sequence[str]) -> Path | bool | None:
    """The data folder ``argv`` asks the app to open: a path, None for the default folder, or
    False when ``argv`` is something else (a command for :mod:`desktop.cli.main`)."""
    if not argv:
        return None
    if len(argv) == 2 and argv[0] == DATA_DIR_OPTION and argv[1] and not argv[1].startswith("-"):
        return Path(argv[1]).expanduser()
    if len(argv) == 1 and argv[0].startswith(DATA_DIR_OPTION + "=") and len(argv[0]) > len(DATA_DIR_OPTION) + 1:
        return Path(argv[0].split("=", 1)[1]).expanduser()
    return False


def main(argv: Sequence[str] | None = None) -> int:
    if os.environ.get("SHEQU_HELPER") == "1":  # started as the app's helper process
        from desktop.common.processes import serve

        return serve()
    if os.environ.get("SHEQU_REPORT_SHOWN") == "1":  # benches/bench_startup.py: where the time goes
        print(f"shequ: main started {time.perf_counter():.3f}", flush=True)
    args = list(sys.argv[1:] if argv is None else argv)
    folder = app_data_dir(args)
    if folder is False:
        from desktop.cli.main import run

        return run(args)
    from desktop.shell.app import run_app

    if folder is None:
        from desktop.common.paths import default_data_dir

        folder = default_data_dir()
    assert isinstance(folder, Path)
    return run_app(folder)


if __name__ == "__main__":
    raise SystemExit(main())
