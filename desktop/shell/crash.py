"""Unexpected errors: log them and show a dialog whose details can be copied.

:func:`install_excepthook` replaces ``sys.excepthook``. The details go to
``shequ-errors.log`` in :func:`desktop.common.paths.log_dir`; the dialog is always shown on the GUI
thread (an error raised in another thread is handed over by a queued signal). The dialog
itself (:class:`desktop.shell.crash_dialog.ErrorDialog`) loads only when it is needed: this module is
on the start-up path.

A native crash (a Qt plugin, a graphics or printer driver) kills the process before any Python
hook runs. :func:`enable_fault_log` (called by :func:`install_excepthook`) turns on
:mod:`faulthandler` into ``shequ-native-crashes.log`` in the same folder, a file kept open for the
process's life: a segmentation fault or a Windows access violation leaves there the Python stack
of every thread, under a line saying which version started when. On Windows a line
"Windows fatal exception: code 0x…" followed by a normal next start is an exception some code
handled (COM does this); one followed by nothing is the crash.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from desktop import __version__

LOG_NAME = "shequ-errors.log"
FAULT_LOG_NAME = "shequ-native-crashes.log"
# A fault log larger than this at start-up is begun again (it grows by one line per start).
FAULT_LOG_LIMIT = 1024 * 1024

_fault_logs: list[TextIO] = []  # the one open, kept: faulthandler writes to its descriptor as the process dies

_logger = logging.getLogger("shequ.gui")


def _t(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


def write_log(details: str, folder: Path | None = None) -> Path | None:
    """Append ``details`` to the error log; its path, or None when it cannot be written."""
    try:
        if folder is None:
            from desktop.common.paths import log_dir

            folder = log_dir()
        path = folder / LOG_NAME
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _logger.addHandler(handler)
        try:
            _logger.error("unexpected error (shequ %s)\n%s", __version__, details)
        finally:
            _logger.removeHandler(handler)
            handler.close()
        return path
    except OSError:
        return None


def open_fault_log(folder: Path) -> TextIO:
    """:data:`FAULT_LOG_NAME` in ``folder``, opened to append (begun again when larger than
    :data:`FAULT_LOG_LIMIT`), with a line saying this process started. ``OSError`` when it cannot
    be written."""
    path = folder / FAULT_LOG_NAME
    try:
        too_big = path.stat().st_size > FAULT_LOG_LIMIT
    except OSError:
        too_big = False
    stream = path.open("w" if too_big else "a", encoding="utf-8")
    try:
        started = datetime.now().astimezone().isoformat(sep=" ", timespec="seconds")
        stream.write(f"--- shequ {__version__} started {started}, process {os.getpid()}\n")
        stream.flush()
    except BaseException:
        stream.close()
        raise
    return stream


def enable_fault_log(folder: Path | None = None) -> Path | None:
    """Write the Python stacks of a native crash to :data:`FAULT_LOG_NAME` in ``folder`` (the
    log folder unless given); that file's path, or None when it cannot be written or when
    :mod:`faulthandler` was already sent elsewhere (``python -X faulthandler``, pytest), which
    is then left as it is. Called again, it keeps the file it opened."""
    import faulthandler

    if faulthandler.is_enabled():
        return Path(_fault_logs[0].name) if _fault_logs else None
    try:
        if folder is None:
            from desktop.common.paths import log_dir

            folder = log_dir()
        stream = open_fault_log(folder)
    except OSError:
        return None
    try:
        faulthandler.enable(file=stream, all_threads=True)
    except (OSError, ValueError, RuntimeError):
        stream.close()
        return None
    for old in _fault_logs:  # one this process opened before faulthandler was turned off
        old.close()
    _fault_logs[:] = [stream]
    return Path(stream.name)


class _Relay(QObject):
    """Carries an error to the GUI thread."""

    raised = Signal(str, str)


class ExceptionHandler(QObject):
    """The app's ``sys.excepthook``: log, then show :class:`ErrorDialog` on the GUI thread."""

    def __init__(self, show: Callable[[str, str, Path | None], None] | None = None) -> None:
        super().__init__()
        self._relay = _Relay()
        self._relay.raised.connect(self._on_raised, Qt.ConnectionType.QueuedConnection)
        self._show = show or self._show_dialog
        self._showing = False

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        self._relay.raised.emit(f"{kind.__name__}: {value}", details)

    @Slot(str, str)
    def _on_raised(self, summary: str, details: str) -> None:
        path = write_log(details)
        if self._showing:  # one dialog at a time; the rest are in the log
            return
        self._showing = True
        try:
            self._show(summary, details, path)
        finally:
            self._showing = False

    @staticmethod
    def _show_dialog(summary: str, details: str, path: Path | None) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop.shell.crash_dialog import ErrorDialog

        ErrorDialog(summary, details, path, QApplication.activeWindow()).exec()


def install_excepthook() -> ExceptionHandler:
    """Route unexpected errors to :class:`ExceptionHandler`; keep the handler alive. Native
    crashes go to the fault log from now on (:func:`enable_fault_log`)."""
    enable_fault_log()
    handler = ExceptionHandler()
    sys.excepthook = handler
    return handler


def __getattr__(name: str) -> Any:  # ``from desktop.shell.crash import ErrorDialog`` still works
    if name == "ErrorDialog":
        from desktop.shell.crash_dialog import ErrorDialog

        return ErrorDialog
    raise AttributeError(name)
