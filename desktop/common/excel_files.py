"""Saving an Excel workbook from the app and telling where it went: shared by the list export
(:mod:`desktop.ledgers.export`) and the blank templates (:mod:`desktop.sheets.templates`).

Where to save is asked through :func:`desktop.common.prompts.prompts` (:func:`ask_target`: the dialog
starts in the folder last used for the same purpose, :mod:`desktop.common.file_dialogs`; ``.xlsx``
added when left out). The work runs in the
background with progress (:func:`write_in_background`, a :class:`desktop.common.tasks.TaskRunner`).
When it is done the window's status bar says so, with an 打开文件夹 button (:class:`SavedFileNotice`,
:func:`tell_saved`). The texts keep the translation context ``SheetExport``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from db.errors import ShequError
from desktop.common.i18n import error_text, label
from desktop.common.prompts import EXCEL, prompts
from desktop.common.tasks import Progress, TaskHandle, TaskRunner

CONTEXT = "SheetExport"
NOTICE_MS = 30_000  # how long the status bar shows where a file went


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def excel_filter() -> str:
    return _t("Excel 工作簿 (*.xlsx)")


# --- where files go ------------------------------------------------------------------------


def with_xlsx(path: Path) -> Path:
    """``path``, ending in ``.xlsx`` (a name typed without it gets it)."""
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def kind_label(kind_key: str) -> str:
    """A ledger's name as shown (党员, 社区工作者 …)."""
    from db.kinds import kind

    return label(kind(kind_key).label)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A refusal (:class:`ShequError`) in a box titled ``title``; anything else is a bug."""
    if isinstance(exc, ShequError):
        prompts().error(parent, title, error_text(exc))
    else:  # a bug: the crash dialog and the log
        sys.excepthook(type(exc), exc, exc.__traceback__)


# --- telling where the file went -----------------------------------------------------------


class SavedFileNotice(QWidget):
    """In the status bar: "已导出 … ：党员-2026-11-28.xlsx  [打开文件夹]" for a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel()
        self.button = QPushButton(_t("打开文件夹"))
        self.button.setToolTip(_t("在文件管理器中打开保存这个文件的文件夹"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_file(self, text: str, path: Path, shown_ms: int = NOTICE_MS) -> None:
        self.path = path
        self.label.setText(text)
        self.label.setToolTip(str(path))
        self.show()
        self._timer.start(shown_ms)

    def open_folder(self) -> bool:
        if self.path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def tell_saved(parent: QWidget, title: str, text: str, path: Path) -> None:
    """Say that ``path`` was written: in the main window's status bar (with 打开文件夹), or in a
    message box for a widget that is not in one."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        notice = window.findChild(SavedFileNotice)
        if notice is None:
            notice = SavedFileNotice()
            window.statusBar().addWidget(notice)
        notice.show_file(text, path)
        return
    prompts().info(parent, title, f"{text}\n{path}")


def ask_target(parent: QWidget, dialog_title: str, file_name: str, purpose: str = EXCEL) -> Path | None:
    """Where to write a workbook (``.xlsx`` added when left out), or None. The dialog suggests
    ``file_name`` in the folder last used for ``purpose`` and remembers the folder chosen."""
    chosen = prompts().save_file(parent, dialog_title, file_name, excel_filter(), purpose=purpose)
    return None if chosen is None else with_xlsx(chosen)


Written = TypeVar("Written")


def write_in_background(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    work: Callable[[Progress], Written],
    saved: Callable[[Written], tuple[str, Path]],
    on_done: Callable[[Written], None] | None,
    *,
    progress_title: str,
    cancellable: bool = True,
) -> TaskHandle[Written]:
    """Run ``work``; then say what ``saved`` says was written where (:func:`tell_saved`) and call
    ``on_done``, or show the refusal in a box titled ``title``."""

    def done(result: Written) -> None:
        text, path = saved(result)
        tell_saved(parent, title, text, path)
        if on_done is not None:
            on_done(result)

    return runner.run(
        work,
        on_success=done,
        on_error=lambda exc: show_error(parent, title, exc),
        parent_widget=parent.window(),
        title=progress_title,
        cancellable=cancellable,
    )
