"""What every ``shequ`` command module shares: exit codes, the translation helper, the parser
class, the data folder, JSON printing, periods, passphrases (files, the terminal and the
``--passphrase-file`` option), output folders, local times and the city installation.

Imported while the parser is built (``shequ --help``), so only the standard library and
:mod:`desktop.common.paths` at module level; the data layer loads inside the functions.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, NoReturn, TextIO

from desktop.common.paths import default_data_dir

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
# Standard output was closed by the reader (``shequ stats | head -1``): the status a shell reports
# for a program ended by SIGPIPE (128 + 13), as ``yes | head -1`` gives; nothing is printed.
EXIT_BROKEN_PIPE = 141


def translate(context: str, text: str) -> str:
    """A command-line message in the user's language.

    The command line installs no translator, so it speaks the source language (Chinese); Qt is
    asked only when it is already loaded (inside the app), which keeps commands quick to start.
    Each command module marks its messages with its own one-line helper,
    ``def _t(text): return translate("cli", text)``, which ``build_scripts/build_translations.py``
    recognises (it reads helpers module by module).
    """
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    return str(qtcore.QCoreApplication.translate(context, text))


def t(text: str) -> str:
    """:func:`translate` under the context ``cli``."""
    return translate("cli", text)


class Parser(argparse.ArgumentParser):
    """An argument parser that reports mistakes in one line, in the user's language."""

    def error(self, message: str) -> NoReturn:
        from db.errors import ShequError

        raise ShequError(t("命令行参数有误：{0}。运行 “shequ --help” 查看用法。").format(message))


def data_dir(args: argparse.Namespace) -> Path:
    """The data folder: ``--data-dir``, else ``SHEQU_DATA_DIR``, else the user's data folder.

    A path that names a file is refused here (one line, exit 2), before any command looks inside."""
    folder = Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()
    if folder.exists() and not folder.is_dir():
        from db.errors import DataFolderIsFile

        raise DataFolderIsFile(str(folder))
    return folder


def office_data_dir(args: argparse.Namespace) -> Path:
    """The data folder of a command that works on an office's ledgers; the city's or a street's folder is
    refused (one line, exit 2) before anything is opened."""
    from db.folder import is_city_folder, is_street_folder

    folder = data_dir(args)
    if is_city_folder(folder):
        from db.exchange.errors import CityFolderNotOffice

        raise CityFolderNotOffice(str(folder))
    if is_street_folder(folder):
        from db.exchange.street import StreetFolderNotOffice

        raise StreetFolderNotOffice(str(folder))
    return folder


def print_json(payload: Any, out: TextIO) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2, default=str)
    out.write(text + "\n")


def period(text: str | None) -> Any:
    """The period ``text`` names (``2026``, ``2026H1``, ``2026Q3``, ``2026-07``); this year when None."""
    from db.localtime import local_today
    from db.periods import current_period, parse_period

    return parse_period(text) if text is not None else current_period(local_today(), "year")


def first_line(path: Path) -> str:
    """The first line of a passphrase file (empty when the file is empty); OSError and
    UnicodeDecodeError are the caller's to turn into its refusal."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return lines[0] if lines else ""


def terminal_passphrase(prompt: str) -> str | None:
    """A passphrase typed on the terminal (not echoed); None when there is no terminal."""
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(prompt)


def ask_passphrase(args: argparse.Namespace, prompt: str, what: str, *, confirm: bool = False) -> str:
    """The passphrase from ``--passphrase-file`` (first line), else asked on the terminal.

    ``confirm`` asks twice (a new passphrase that protects a new key)."""
    from db.exchange.errors import PassphraseFileUnreadable, PassphraseNeeded

    if getattr(args, "passphrase_file", None):
        path = Path(args.passphrase_file).expanduser()
        try:
            return first_line(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise PassphraseFileUnreadable(str(path), getattr(exc, "strerror", None) or str(exc)) from None
    first = terminal_passphrase(prompt)
    if first is None:
        raise PassphraseNeeded(what)
    if confirm and terminal_passphrase(t("请再输入一遍：")) != first:
        from db.errors import InvalidInput

        raise InvalidInput(t("两次输入的口令不一致，没有做任何修改。请重试。"))
    return first


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """``--passphrase-file F``, read by :func:`ask_passphrase`."""
    parser.add_argument("--passphrase-file", metavar="F", help=t("存放口令的文件（第一行）；不指定时在终端中输入"))


def output_folder(text: str) -> Path:
    """The folder ``text`` names, which must exist (one line, exit 2, when it does not)."""
    from db.exchange.errors import OutputFolderMissing

    folder = Path(text).expanduser()
    if not folder.is_dir():
        raise OutputFolderMissing(str(folder))
    return folder


def local_time(moment: Any) -> str:
    """``moment`` in local time for the user; empty when None."""
    from db.localtime import format_local

    return format_local(moment) if moment is not None else ""


def city_authority(args: argparse.Namespace) -> Any:
    """The city installation in the data folder (a ``CityAuthority``); refused when there is none."""
    from db.exchange.errors import NotACityInstallation
    from db.exchange.pki import CityAuthority

    folder = data_dir(args)
    authority = CityAuthority(folder)
    if not authority.exists():
        raise NotACityInstallation(str(folder))
    return authority
