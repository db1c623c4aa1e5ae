"""Unexpected errors: log them and show a dialog whose details can be copied.

:func:`install_excepthook` replaces ``sys.excepthook``. The details go to
``shequ-errors.log`` in :func:`desktop.paths.log_dir`; the dialog is always shown on the GUI
thread (an error raised in another thread is handed over by a queued signal).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__

LOG_NAME = "shequ-errors.log"

_logger = logging.getLogger("shequ.gui")


def _t(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


def write_log(details: str, folder: Path | None = None) -> Path | None:
    """Append ``details`` to the error log; its path, or None when it cannot be written."""
    try:
        if folder is None:
            from desktop.paths import log_dir

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


class ErrorDialog(QDialog):
    """Says that something went wrong, where the details were written, and lets them be copied."""

    def __init__(self, summary: str, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("社区台账遇到内部错误"))
        self.resize(640, 420)
        intro = _t("程序遇到了一个意外错误：{0}").format(summary)
        if log_path is not None:
            intro += "\n" + _t("详细信息已记录在：{0}").format(log_path)
        intro += "\n" + _t("请把下面的详细信息复制给技术人员。您可以继续使用，但建议保存工作后重新打开程序。")
        message = QLabel(intro)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(_t("复制详细信息"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


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
        ErrorDialog(summary, details, path, QApplication.activeWindow()).exec()


def install_excepthook() -> ExceptionHandler:
    """Route unexpected errors to :class:`ExceptionHandler`; keep the handler alive."""
    handler = ExceptionHandler()
    sys.excepthook = handler
    return handler
