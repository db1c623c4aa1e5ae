"""Backups in the app: a copy when the main window closes, one a day on start, and 恢复备份….

The work itself is Qt-free (:mod:`db.backup`); this module decides when it runs, shows progress
for large databases (:class:`desktop.common.tasks.TaskRunner`), and drives the restore: choose a backup,
confirm, close the store, put the backup back, reopen the data folder and show a fresh main
window on it (the simplest way to be sure no page still shows the old data).

One :class:`BackupController` belongs to each main window (``window.backups``); the list of backups
to choose from is :class:`desktop.shell.restore_dialog.RestoreDialog`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from db.backup import (
    DEFAULT_KEEP,
    REASON_DAILY,
    REASON_EXIT,
    BackupInfo,
    backup_folder,
    changed_since_last_backup,
    daily_backup_due,
    list_backups,
    make_backup,
    prune_backups,
    restore_backup,
)
from db.errors import CorruptDatabase, ShequError
from db.store import Store
from db.timeutil import local_today
from desktop.common.prompts import prompts
from desktop.common.tasks import Progress, TaskRunner
from desktop.shell.restore_dialog import RestoreDialog, format_time, reason_label

if TYPE_CHECKING:
    from desktop.common.workspace import Workspace

CONTEXT = "Backups"
LARGE_BYTES = 4 * 1024 * 1024  # larger databases are copied in the background, with progress
DAILY_DELAY_MS = 1500  # the daily copy waits until the window is up and painted

T = TypeVar("T")

# Main windows that replaced another one after a restore; kept here so they live on.
_replacements: set[QWidget] = set()


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def backups_to_keep() -> int:
    """How many automatic backups to keep (the user's setting; 10 when there is none)."""
    try:
        from desktop.common.settings import backups_to_keep as configured
    except ImportError:
        return DEFAULT_KEEP
    return max(1, int(configured()))


def _reporting(progress: Progress) -> Callable[[int, int], None]:
    """A ``progress(done, total)`` for :mod:`db.backup` that also stops on Cancel."""

    def report(done: int, total: int) -> None:
        progress.check()
        progress.update(done, total)

    return report


class BackupController(QObject):
    """The backups of one main window: on close, daily, and the restore flow."""

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        reopen: Callable[[Workspace], QMainWindow],
        restore_action: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self._reopen_window = reopen  # a new main window on the reopened store (it owns that store)
        self.runner = TaskRunner(self)
        self.busy = False  # a backup or restore is running
        self.replaced = False  # this window gave way to a new one after a restore
        self.closed = False  # the copy on close was made (or tried)
        self.owns_store = False  # True for a window opened on the store reopened after a restore
        self.dialog: RestoreDialog | None = None
        self.restore_action = restore_action or QAction(_t("恢复备份…"), window)
        self.restore_action.triggered.connect(self.choose_backup)

    @property
    def store(self) -> Store:
        return self.workspace.store

    # --- running work, in the background when the database is large ---------------------------

    def _large(self, path: Path) -> bool:
        try:
            return path.stat().st_size > LARGE_BYTES
        except OSError:
            return False

    def _run(
        self,
        work: Callable[[Progress | None], T],
        *,
        large: bool,
        title: str,
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
        cancelled: Callable[[], None],
    ) -> None:
        """Run ``work`` now (small) or on the task runner with a progress dialog (large)."""
        self.busy = True

        def finish(callback: Callable[..., None], *args: Any) -> None:
            self.busy = False
            callback(*args)

        if not large:
            try:
                result = work(None)
            except Exception as exc:  # delivered like the task runner's errors
                finish(failed, exc)
            else:
                finish(done, result)
            return
        self.runner.run(
            work,
            on_success=lambda result: finish(done, result),
            on_error=lambda exc: finish(failed, exc),
            on_cancel=lambda: finish(cancelled),
            parent_widget=self.window,
            title=title,
        )

    def _run_and_wait(self, work: Callable[[Progress | None], T], *, large: bool, title: str) -> T | None:
        """Like :meth:`_run`, but return the result (None when cancelled); errors are raised."""
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def settle(key: str, value: object = None) -> None:
            outcome[key] = value
            loop.quit()

        self._run(
            work,
            large=large,
            title=title,
            done=lambda result: settle("result", result),
            failed=lambda exc: settle("error", exc),
            cancelled=lambda: settle("cancelled"),
        )
        if not outcome:
            loop.exec()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")

    # --- automatic backups -------------------------------------------------------------------

    def _backup_work(self, store: Store, reason: str) -> Callable[[Progress | None], Path]:
        def work(progress: Progress | None) -> Path:
            path = make_backup(store, reason, progress=_reporting(progress) if progress else None)
            prune_backups(store.data_dir, backups_to_keep())
            return path

        return work

    def window_closing(self) -> Path | None:
        """The main window is closing (the close was accepted): back up, then prune.

        Waits for a backup already running. A failure is shown but does not keep the window
        open; the new backup's path, or None."""
        _replacements.discard(self.window)  # nothing keeps a closed window alive
        if self.replaced or self.closed:
            return None
        self.closed = True
        self.runner.wait()
        store = self.store
        try:
            if not changed_since_last_backup(store):  # the last copy holds it all: keep the older ones
                return None
            return self._run_and_wait(
                self._backup_work(store, REASON_EXIT), large=self._large(store.db_path), title=_t("正在备份数据…")
            )
        except ShequError as exc:
            prompts().error(self.window, _t("备份没有完成"), str(exc))
            return None
        finally:
            if self.owns_store:  # a window opened after a restore: nobody else closes its store
                store.close()

    def schedule_daily(self, delay_ms: int = DAILY_DELAY_MS) -> None:
        """Make the day's backup shortly after start, if none was made today."""
        QTimer.singleShot(delay_ms, self, self.daily_backup)

    def daily_backup(self) -> bool:
        """Start today's backup if it is due; True when one was started."""
        store = self.store
        if self.busy or self.replaced or not daily_backup_due(store.data_dir, local_today()):
            return False

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ShequError):
                raise exc
            prompts().error(self.window, _t("每日备份没有完成"), str(exc))

        self._run(
            self._backup_work(store, REASON_DAILY),
            large=self._large(store.db_path),
            title=_t("正在进行每日备份…"),
            done=lambda path: self.window.statusBar().showMessage(_t("已完成每日备份。"), 5000),
            failed=failed,
            cancelled=lambda: None,
        )
        return True

    # --- restoring -----------------------------------------------------------------------------

    def choose_backup(self) -> None:
        """文件 → 恢复备份…: list the backups; restoring starts when one is chosen (administrators only)."""
        if not self.workspace.is_admin:
            prompts().info(
                self.window, _t("恢复备份"), _t("只有管理员可以恢复备份。请管理员登录（文件 → 切换操作人员）后再恢复。")
            )
            return
        if self.busy:
            prompts().info(self.window, _t("恢复备份"), _t("正在备份数据，请稍后再试。"))
            return
        data_dir = self.store.data_dir
        backups = list_backups(data_dir)
        if not backups:
            prompts().info(
                self.window,
                _t("恢复备份"),
                _t("还没有任何备份。社区台账每天第一次打开时和每次关闭时会自动备份。"),
            )
            return
        dialog = RestoreDialog(backups, backup_folder(data_dir), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._chosen(dialog.chosen()))
        self.dialog = dialog
        dialog.open()

    def _chosen(self, info: BackupInfo | None) -> None:
        self.dialog = None
        if info is None:
            return
        question = _t(
            "用 {0} 的备份（{1}）替换当前的全部数据吗？\n\n"
            "这之后录入或修改的内容将不在恢复后的数据里。当前数据会先另存为“恢复前”的备份，需要时可以再恢复回来。"
        ).format(format_time(info), reason_label(info))
        if prompts().confirm(self.window, _t("恢复备份"), question, _t("替换并恢复"), danger=True):
            self.restore(info)

    def restore(self, info: BackupInfo) -> None:
        """Close the store, put ``info`` back, reopen, and show a new main window on it."""
        workspace = self.workspace
        data_dir = workspace.store.data_dir
        self.runner.wait()
        workspace.close()

        def work(progress: Progress | None) -> Path | None:
            restored = restore_backup(data_dir, info.path, progress=_reporting(progress) if progress else None)
            return restored.safety  # everything changed: a new window reads it all

        self._run(
            work,
            large=self._large(info.path),
            title=_t("正在恢复备份…"),
            done=lambda safety: self._reopen(info, safety, None),
            failed=lambda exc: self._reopen(info, None, exc),
            cancelled=lambda: self._reopen(info, None, None, cancelled=True),
        )

    def _reopen(
        self, info: BackupInfo, safety: Path | None, error: BaseException | None, *, cancelled: bool = False
    ) -> None:
        from desktop.common.workspace import open_workspace

        workspace = self.workspace
        data_dir = workspace.store.data_dir
        if error is not None and not isinstance(error, ShequError):
            error = ShequError(_t("恢复备份时出现意外错误：{0}。当前数据没有任何改动。").format(error))
        try:
            fresh = open_workspace(data_dir)
        except (ShequError, sqlite3.DatabaseError) as exc:
            problem = exc if isinstance(exc, ShequError) else CorruptDatabase(str(data_dir), str(exc))
            prompts().error(self.window, _t("无法重新打开社区台账"), str(problem))
            self.replaced = True  # there is no store to back up
            self.window.close()
            return
        self._carry_over(workspace, fresh)
        replacement = self._reopen_window(workspace)
        replacement.setGeometry(self.window.geometry())
        if self.window.isMaximized():
            replacement.showMaximized()
        else:
            replacement.show()
        _replacements.add(replacement)
        self.replaced = True
        self.window.close()
        self.window.deleteLater()
        if error is not None:
            prompts().error(replacement, _t("恢复备份没有完成"), str(error))
        elif cancelled:
            prompts().info(replacement, _t("恢复备份"), _t("已取消恢复，当前数据没有任何改动。"))
        else:
            text = _t("已恢复 {0} 的备份。").format(format_time(info))
            if safety is not None:
                text += "\n" + _t("恢复前的数据已另存为：{0}").format(safety)
            prompts().info(replacement, _t("恢复完成"), text)

    @staticmethod
    def _carry_over(workspace: Any, fresh: Any) -> None:
        """Point the window's workspace at the reopened store (whoever holds it closes the new
        one); the person signed in stays signed in if they are an active operator there too."""
        operator_id = workspace.operator_id
        for field in fields(fresh):
            setattr(workspace, field.name, getattr(fresh, field.name))
        if operator_id is None or operator_id == workspace.operator_id or not hasattr(workspace, "sign_in"):
            return
        from db.operators import active_operators

        with workspace.store.session() as session:
            same = [operator for operator in active_operators(session) if operator.id == operator_id]
        workspace.sign_in(same[0] if same else None)
