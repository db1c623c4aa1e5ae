"""Unexpected errors: log them and show a dialog whose details can be copied.

:func:`install_excepthook` replaces ``sys.excepthook``. The details go to
``shequ-errors.log`` in :func:`desktop.common.paths.log_dir`; the dialog is always shown on the GUI
thread (an error raised in another thread is handed over by a queued signal). The dialog
itself (:class:`desktop.shell.crash_dialog.ErrorDialog`) loads only when it is needed: this module is
on the start-up path.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from desktop import __version__

LOG_NAME = "shequ-errors.log"

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
    """Route unexpected errors to :class:`ExceptionHandler`; keep the handler alive."""
    handler = ExceptionHandler()
    sys.excepthook = handler
    return handler


def __getattr__(name: str) -> Any:  # ``from desktop.shell.crash import ErrorDialog`` still works
    if name == "ErrorDialog":
        from desktop.shell.crash_dialog import ErrorDialog

        return ErrorDialog
    raise AttributeError(name)
