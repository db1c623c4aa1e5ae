"""A command's answer when there is nowhere to print it: ``shequw`` (the windowed executable, no
console) given a command, ``--help``, ``--version`` or a mistake (:func:`desktop.gui.run_command`
catches the output). The answer is always added to ``shequw-commands.log`` in the log folder and,
when a window can be shown, also shown in a message box (the exit code stays the command's).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

LOG_NAME = "shequw-commands.log"
SHOWN_LINES = 30  # more than this goes under 显示详细信息
SHOWN_CHARACTERS = 3000

CONTEXT = "CommandOutput"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def write_log(args: Sequence[str], text: str, code: int, folder: Path | None = None) -> Path | None:
    """Append the command, its exit code and its output to :data:`LOG_NAME` in ``folder`` (the log
    folder); the file, or None when it cannot be written."""
    try:
        if folder is None:
            from desktop.common.paths import log_dir

            folder = log_dir()
        path = folder / LOG_NAME
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        command = " ".join(["shequw", *args])
        with path.open("a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(f"{stamp} {command} (exit code {code})\n{text.rstrip()}\n\n")
        return path
    except (OSError, RuntimeError):  # RuntimeError: no home folder to find the log folder in
        return None


def gui_available() -> bool:
    """Whether a window can be shown: always on Windows and macOS; on Linux with a display (or a
    platform chosen for Qt, e.g. offscreen), since Qt ends the process when it finds none."""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def output_box(args: Sequence[str], text: str, code: int, parent: QWidget | None = None) -> QMessageBox:
    """The message box that shows a command's answer: done or not (with the exit code), the
    output (its start when long, all of it under 显示详细信息)."""
    text = text.rstrip()
    lines = text.splitlines()
    shown = "\n".join(lines[:SHOWN_LINES])[:SHOWN_CHARACTERS]
    truncated = shown != text
    if truncated:
        shown += "\n…"
    if code == 0:
        icon, heading = QMessageBox.Icon.Information, _t("命令已完成。")
    else:
        icon, heading = QMessageBox.Icon.Warning, _t("命令没有完成（退出代码 {0}）。").format(code)
    command = _t("命令：{0}").format(" ".join(["shequw", *args]))
    message = "\n\n".join([heading, command, shown or _t("（没有输出）")])
    box = QMessageBox(icon, _t("社区台账"), "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the output as it is, even where it looks like HTML
    box.setText(message)
    if truncated:
        box.setDetailedText(text)
    return box


def deliver(args: Sequence[str], text: str, code: int) -> None:
    """The answer to ``args``: written to the log, and shown in a message box when a window can
    be shown (the app's language, Qt's buttons in it)."""
    write_log(args, text, code)
    if not gui_available():
        return
    from desktop.shell.app import make_application

    make_application()
    output_box(args, text, code).exec()
