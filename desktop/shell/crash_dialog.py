"""The dialog for an unexpected error (see :mod:`desktop.shell.crash`): what happened, where the
details were written, and the details to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


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
