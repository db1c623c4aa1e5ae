"""The ``shequ`` command line: the parser, the dispatch and the error handling.

Each command opens the data folder, does one job and prints its answer. Expected failures
(a missing folder, a damaged file, an unknown period, a full disk, …) print one line on stderr and
exit non-zero; nothing is changed by a command that fails. A full disk is said as such (naming the
folder, :class:`db.fileio.DiskFull`), whether the system or SQLite said it — never as a damaged
database. The commands live in the modules of
:data:`COMMAND_MODULES`, each with ``register(commands)``; what they share is in
:mod:`desktop.cli.common`. Heavy modules load only in the command that needs them.
"""

from __future__ import annotations

import argparse
import io
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from desktop import __version__
from desktop.cli.common import (
    EXIT_BROKEN_PIPE,
    EXIT_CHECK_FAILED,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    Parser,
    data_dir,
    translate,
)
from desktop.common.paths import default_data_dir, log_dir

__all__ = [
    "COMMAND_MODULES",
    "COMMAND_OWNERS",
    "EXIT_BROKEN_PIPE",
    "EXIT_CHECK_FAILED",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "command_module",
    "run",
]

# Modules that add commands, in the order ``shequ --help`` lists them: each has
# ``register(commands)``, which adds its sub-parsers (``parser_class`` is inherited) and sets
# ``handler=fn`` on each with ``set_defaults``; ``fn(args, out) -> exit code``. They import only
# argparse-level things at module level, so that ``shequ --help`` stays quick.
COMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli.office",
    "desktop.cli.returns",
    "desktop.cli.sheets",
    "desktop.cli.keys",
    "desktop.cli.city",
    "desktop.cli.street",
    "desktop.cli.exchange",
    "desktop.cli.unlock",
)

# The module that registers each command: a command line naming one builds only that module's
# sub-parsers (all of them cost ~25 ms); ``shequ --help``, a mistake or anything unusual builds them all.
# tests/cli/test_cli_imports.py keeps it equal to what the modules register.
COMMAND_OWNERS: dict[str, str] = {
    **dict.fromkeys(("init", "demo", "stats", "check"), "desktop.cli.office"),
    **dict.fromkeys(("return", "verify"), "desktop.cli.returns"),
    **dict.fromkeys(("import-xlsx", "export-xlsx", "template-xlsx"), "desktop.cli.sheets"),
    "keys": "desktop.cli.keys",
    "city": "desktop.cli.city",
    "street": "desktop.cli.street",
    **dict.fromkeys(("export", "import", "conflicts"), "desktop.cli.exchange"),
    "unlock-request": "desktop.cli.unlock",
}


def _t(text: str) -> str:
    return translate("cli", text)


def command_module(argv: Sequence[str]) -> str | None:
    """The module of the command ``argv`` names, when it plainly names one (after ``--data-dir DIR``
    only); None otherwise (no command, ``--help``, an abbreviated option, an unknown word…)."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--data-dir":
            index += 2
        elif token.startswith("--data-dir="):
            index += 1
        else:
            return COMMAND_OWNERS.get(token)
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of the commands of the module ``only``."""
    parser = Parser(
        prog="shequ",
        description=_t("社区台账：社区“三有一化”台账与报表。不带命令时打开桌面程序。"),
    )
    parser.add_argument("--version", action="version", version=f"shequ {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_t("数据文件夹（默认：环境变量 SHEQU_DATA_DIR，或本机用户数据文件夹）"),
    )
    commands = parser.add_subparsers(dest="command", metavar=_t("命令"), parser_class=Parser)

    import importlib

    for name in COMMAND_MODULES:
        if only is None or name == only:
            importlib.import_module(name).register(commands)
    return parser


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    """No command: the desktop app."""
    from desktop.shell.app import run_app

    return run_app(data_dir(args))


# --- error handling ------------------------------------------------------------------------


def _log_crash(exc: BaseException) -> Path | None:
    import logging  # with traceback, 15 ms that only a crash needs
    import traceback

    try:
        path = log_dir() / "shequ-errors.log"
        logging.basicConfig(filename=path, level=logging.ERROR, encoding="utf-8")
        logging.getLogger("shequ.cli").error(
            "unexpected error\n%s", "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        )
        return path
    except OSError:
        return None


def _utf8_stream(stream: TextIO) -> TextIO:
    """The stream, made safe for any character (names beyond the BMP on a GBK console)."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")
    return stream


def _quiet_closed_stdout(out: TextIO) -> None:
    """After the reader closed standard output: point the file descriptor at the null device,
    so that the flush at exit writes nowhere instead of printing a second error (what the
    Python documentation recommends for SIGPIPE)."""
    if out is not sys.stdout and out is not sys.__stdout__:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, out.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError):  # no file descriptor (a replaced stream): nothing to quiet
        pass


def _write_line(err: TextIO, text: str) -> None:
    """One line on standard error; a closed standard error is not worth a second failure."""
    try:
        err.write(f"{text}\n")
        err.flush()
    except (BrokenPipeError, ValueError):
        pass


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one command; the process exit code.

    Expected failures are one line on ``err`` (exit 2); standard output closed by its reader
    (``shequ stats | head -1``) ends the command quietly with :data:`EXIT_BROKEN_PIPE`."""
    from db.errors import CorruptDatabase, ShequError

    out = _utf8_stream(out or sys.stdout)
    err = _utf8_stream(err or sys.stderr)
    folder = ""  # the data folder, for messages, once the arguments are read
    try:
        args = build_parser(command_module(argv)).parse_args(list(argv))
        folder = str(args.data_dir or default_data_dir())
        if getattr(args, "json", False) and isinstance(out, io.TextIOWrapper):
            out.reconfigure(encoding="utf-8")
        handler = getattr(args, "handler", None) or cmd_gui  # no command: the app
        code = int(handler(args, out))
        out.flush()  # a closed pipe shows here, not at the interpreter's exit
        return code
    except BrokenPipeError:
        _quiet_closed_stdout(out)
        return EXIT_BROKEN_PIPE
    except ShequError as exc:
        _write_line(err, str(exc))
        return exc.exit_code
    except sqlite3.DatabaseError as exc:
        _write_line(err, str(_database_error(exc, folder)))
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version have printed their text
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except KeyboardInterrupt:
        err.write(_t("已中断。") + "\n")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one line for the user, the details in the log
        from sqlalchemy.exc import DatabaseError

        if isinstance(exc, DatabaseError) and isinstance(exc.orig, sqlite3.DatabaseError):
            _write_line(err, str(_database_error(exc.orig, folder)))
            return EXIT_USAGE
        if isinstance(exc, DatabaseError):
            _write_line(err, str(CorruptDatabase("", str(exc.orig))))
            return EXIT_USAGE
        refusal = _os_refusal(exc)
        if refusal is not None:
            _write_line(err, refusal)
            return EXIT_USAGE
        path = _log_crash(exc)
        where = _t("详情已写入 {0}").format(path) if path else ""
        _write_line(err, _t("社区台账遇到内部错误：{0}。{1}").format(exc, where))
        return EXIT_INTERNAL


def _database_error(exc: sqlite3.DatabaseError, folder: str) -> Exception:
    """What SQLite's error means for the user: a database that cannot be written (a read-only
    folder or disk) or a full disk is said so; anything else is a damaged file."""
    from db.errors import CorruptDatabase, DataFolderReadOnly
    from db.fileio import disk_full

    if str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_READONLY"):
        return DataFolderReadOnly(folder)
    if folder:
        database = Path(folder) / "shequ.sqlite"
        files = [database, *(database.with_name(database.name + end) for end in ("-wal", "-shm", "-journal"))]
        full = disk_full(exc, folder, files)
        if full is not None:
            return full
    return CorruptDatabase(str(getattr(exc, "filename", "") or ""), str(exc))


def _os_refusal(exc: BaseException) -> str | None:
    """The one line for a file or folder the system refused to write (no permission, a
    read-only disk, no room left), or None when ``exc`` is something else."""
    import errno

    from db.fileio import disk_full

    if isinstance(exc, OSError) and isinstance(exc.filename, str):
        named = Path(exc.filename)
        full = disk_full(exc, named if named.is_dir() else named.parent)
        if full is not None:
            return str(full)
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        where = exc.filename if exc.filename is not None else ""
        return _t("没有权限写入：{0}（{1}）。请检查文件夹的写入权限，或换一个位置后重试。").format(
            where, exc.strerror or exc
        )
    return None
