"""Launching the desktop app: ``shequ`` with no command, and the windowed ``shequw`` (the
Start-menu shortcut on Windows, which opens no console window).

The app takes ``--data-dir DIR`` and one file to open (a bundle, a certificate file or a return's
PDF: :mod:`desktop.shell.file_args`; what the file manager passes when one is double-clicked),
alone or after ``--data-dir DIR``. For those (or nothing) the app starts straight away, without
loading the command line's parser (on the start-up path, every millisecond before the window
shows counts: benches/bench_startup.py). Anything else — a command, ``--help``, ``--version``, a
mistake, a file of another kind or one that does not exist — goes to
:func:`desktop.cli.main.run`, which answers it as always. Under the windowed executable there is
nowhere to print (``sys.stdout`` is None): the answer is shown in a message box, or written to
the log when no window can be shown (:mod:`desktop.shell.command_output`).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

DATA_DIR_OPTION = "--data-dir"


class AppLaunch(NamedTuple):
    """What the app is asked to open: the data folder (None: the default one) and a file."""

    data_dir: Path | None
    open_file: Path | None = None


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


def app_launch(argv: Sequence[str]) -> AppLaunch | None:
    """What ``argv`` asks the app to open, or None when it is a command line (see the notes above):
    nothing, ``--data-dir DIR``, ``FILE`` or ``--data-dir DIR FILE``, where FILE is an existing
    file of a kind the app opens (:func:`desktop.shell.file_args.openable_file`)."""
    folder = app_data_dir(argv)
    if folder is not False:
        return AppLaunch(folder if isinstance(folder, Path) else None)
    from desktop.shell.file_args import openable_file

    *head, last = argv
    file = openable_file(last)
    if file is None:
        return None
    if not head:
        return AppLaunch(None, file)
    folder = app_data_dir(head)
    return AppLaunch(folder, file) if isinstance(folder, Path) else None


def windowed() -> bool:
    """Whether there is nowhere to print: the windowed executable (``shequw``, pythonw) has no
    standard output or error at all."""
    return sys.stdout is None or sys.stderr is None


def run_command(args: Sequence[str], deliver: Callable[[Sequence[str], str, int], object] | None = None) -> int:
    """Answer a command with nowhere to print: run it with its output (standard output and error,
    argparse's ``--help`` and mistakes included) caught, then hand that text and the exit code
    to ``deliver`` (:func:`desktop.shell.command_output.deliver`: a message box, else the log).
    Never raises: anything unexpected is part of the output (exit code 1)."""
    import contextlib
    import io

    output = io.StringIO()
    try:
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
            from desktop.cli.main import run

            code = run(args, out=output, err=output)
    except BaseException:  # windowed: a traceback nobody sees would be a crash
        import traceback

        output.write(traceback.format_exc())
        code = 1
    if deliver is None:
        from desktop.shell.command_output import deliver as deliver_output

        deliver = deliver_output
    with contextlib.suppress(Exception):  # the command has run; showing its answer must not crash
        deliver(args, output.getvalue(), code)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    if os.environ.get("SHEQU_HELPER") == "1":  # started as the app's helper process
        from desktop.common.processes import serve

        return serve()
    if os.environ.get("SHEQU_REPORT_SHOWN") == "1" and sys.stdout is not None:  # benches/bench_startup.py
        print(f"shequ: main started {time.perf_counter():.3f}", flush=True)
    args = list(sys.argv[1:] if argv is None else argv)
    launch = app_launch(args)
    if launch is None:
        if windowed():
            return run_command(args)
        from desktop.cli.main import run

        return run(args)
    from desktop.shell.app import run_app

    folder = launch.data_dir
    if folder is None:
        from desktop.common.paths import default_data_dir

        folder = default_data_dir()
    return run_app(folder, open_file=launch.open_file)


if __name__ == "__main__":
    raise SystemExit(main())
