"""文件 → 恢复备份…: the dialog listing the backups (newest first), and how a backup is described —
when it was made, why (退出时 / 每日 / 迁移前 / 恢复前 / 其他) and its size.

:class:`desktop.shell.backups.BackupController` opens it and does the restoring.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.backup import BackupInfo
from desktop.common.window_size import open_size

CONTEXT = "Backups"

_REASONS = {
    "exit": QT_TRANSLATE_NOOP(CONTEXT, "退出时"),
    "daily": QT_TRANSLATE_NOOP(CONTEXT, "每日"),
    "before-restore": QT_TRANSLATE_NOOP(CONTEXT, "恢复前"),
}
_MIGRATION = QT_TRANSLATE_NOOP(CONTEXT, "迁移前")
_OTHER = QT_TRANSLATE_NOOP(CONTEXT, "其他")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_label(info: BackupInfo) -> str:
    """Why a backup was made, in the user's language: 退出时 / 每日 / 迁移前 / 恢复前 / 其他."""
    if info.before_migration:
        return _t(str(_MIGRATION))
    return _t(str(_REASONS.get(info.reason, _OTHER)))


def format_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def format_time(info: BackupInfo) -> str:
    return info.time.strftime("%Y-%m-%d %H:%M:%S")


class RestoreDialog(QDialog):
    """The backups in the data folder, newest first; the chosen one is restored on 恢复."""

    def __init__(self, backups: list[BackupInfo], folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.folder = folder
        self.setWindowTitle(_t("恢复备份"))
        self.resize(open_size(self, 560, 420))  # px at the standard text size
        intro = QLabel(
            _t("选择要恢复的备份。恢复后，当前的全部数据会被这个备份替换；当前数据会先另存为“恢复前”的备份。")
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(len(backups), 3)
        self.table.setTabKeyNavigation(False)  # whole rows: Tab goes on to the buttons
        self.table.setHorizontalHeaderLabels([_t("备份时间"), _t("原因"), _t("大小")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 90)
        header.resizeSection(2, 90)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, info in enumerate(backups):
            size = QTableWidgetItem(format_size(info.size))
            size.setTextAlignment(right)
            for column, item in enumerate(
                (QTableWidgetItem(format_time(info)), QTableWidgetItem(reason_label(info)), size)
            ):
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        if backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self.accept())

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(_t("恢复所选备份"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        open_folder = QPushButton(_t("打开备份文件夹"))
        self.buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.HelpRole)
        open_folder.clicked.connect(self._open_folder)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_button)
        self._update_button()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
