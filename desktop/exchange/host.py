"""What the 数据交换 page gives its actions (:mod:`~desktop.exchange.certificate`,
:mod:`~desktop.exchange.export`, :mod:`~desktop.exchange.imports`): the data folder, the widgets
they read, the result frame they speak in, the folder chosen for the files, and the hub they
publish what they changed through. :class:`~desktop.exchange.page.ExchangePage` builds it; the
actions see only this, so they do not import the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QRadioButton, QTabWidget, QWidget

from db.changes import Changes
from desktop.common.changes import ChangeHub
from desktop.common.drives import DriveChooser
from desktop.common.exchange_widgets import ConflictsPanel, ResultFrame
from desktop.common.page_parts import ERROR_COLOUR
from desktop.common.prompts import prompts
from desktop.common.tasks import BusyWork
from desktop.common.workspace import Workspace

if TYPE_CHECKING:
    from db.exchange.acks import AckResult
    from db.exchange.apply import ApplyResult
    from db.exchange.bundle import ExportResult

CONTEXT = "ExchangePage"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ExchangeHost(BusyWork, QWidget):
    """The part of the page the actions use (the page sets the attributes)."""

    workspace: Workspace
    store: Any  # db.store.Store
    hub: ChangeHub
    drives: DriveChooser
    new_key_box: QCheckBox
    to_device: QRadioButton
    full_box: QCheckBox
    tabs: QTabWidget
    conflicts: ConflictsPanel
    result_frame: ResultFrame
    last_export: ExportResult | None = None
    last_import: ApplyResult | AckResult | None = None
    _drive_problem = False  # the result frame says no folder is chosen (or it is gone)

    def refresh(self) -> None:
        """Read everything the page shows again."""
        raise NotImplementedError

    def publish(self, changes: Changes) -> None:
        """What an action of this page changed: to every page of the window, this one included."""
        self.hub.publish(changes)

    # --- the result of the last action ---------------------------------------------------

    def _show_error(self, exc: BaseException, title: str = "") -> None:
        self._drive_problem = False
        self.result_frame.report(self, exc, title or _t("没有完成"), title or _t("数据交换"))

    def _show_cancelled(self) -> None:
        self._drive_problem = False
        self.result_frame.say_cancelled()

    def _say(self, colour: str, heading: str, text: str = "") -> None:
        """The result of the last action, in the frame under the buttons."""
        self._drive_problem = False
        self.result_frame.say(colour, heading, text)

    def _ask_passphrase(self, title: str, intro: str, ok_label: str, *, field_label: str = "") -> str | None:
        """A passphrase already set (the office's signing one, or another computer's bundle's)."""
        return prompts().ask_passphrase(
            self, first_time=False, title=title, intro=intro, field_label=field_label, ok_label=ok_label
        )

    # --- the folder for the files --------------------------------------------------------

    def _folder_or_say(self) -> Path | None:
        """The folder chosen for the files, or None having said why there is none."""
        folder = self.drives.folder()
        if folder is None:
            self._say(ERROR_COLOUR, _t("没有选择 U 盘"), _t("请插入 U 盘后点“刷新”，或选择“其他位置…”。"))
            self._drive_problem = True
            return None
        if not folder.is_dir():
            self._say(
                ERROR_COLOUR,
                _t("找不到 U 盘"),
                _t("{0} 不存在或已拔出。请插好 U 盘后点“刷新”，或选择“其他位置…”。").format(folder),
            )
            self._drive_problem = True
            return None
        return folder

    def _drive_changed(self) -> None:
        """Another folder is chosen (or the stick is back): a message that there was none goes."""
        folder = self.drives.folder()
        if self._drive_problem and folder is not None and folder.is_dir():
            self._drive_problem = False
            self.result_frame.hide()
