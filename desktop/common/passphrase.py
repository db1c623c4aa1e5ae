"""The signing passphrase, asked in a masked dialog.

The first time a return is signed, the office chooses its passphrase (typed twice, at least
:data:`db.returns.sign.MIN_PASSPHRASE` characters): it encrypts the office's signing key. After
that the dialog asks for it once. Whether it is right is checked by opening the key, in the
background, before anything is written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.returns.sign import MIN_PASSPHRASE


def _t(text: str) -> str:
    return QCoreApplication.translate("ReturnsPage", text)


class PassphraseDialog(QDialog):
    """The passphrase dialog. By default it asks for the office's signing passphrase when a
    return is signed; ``title``, ``intro``, ``field_label``, ``ok_label`` and ``minimum`` adapt it
    to other keys (the city's passphrase, a bundle's passphrase between two computers)."""

    def __init__(
        self,
        *,
        first_time: bool,
        parent: QWidget | None = None,
        title: str = "",
        intro: str = "",
        field_label: str = "",
        ok_label: str = "",
        minimum: int = MIN_PASSPHRASE,
    ) -> None:
        super().__init__(parent)
        self.first_time = first_time
        self.minimum = minimum
        self.setWindowTitle(title or (_t("设定签名口令") if first_time else _t("签署报表")))
        self.setMinimumWidth(460)

        if not intro and first_time:
            intro = _t(
                "这是本社区第一次签署报表。请设定一个签名口令：它用来加密保护本社区的签名密钥"
                "（保存在数据文件夹的 keys 中），以后每次签署报表都要输入。\n\n"
                "口令至少 {0} 个字符。请牢记并妥善保管，不要告诉无关人员；忘记口令将无法再签署报表。"
            ).format(MIN_PASSPHRASE)
        elif not intro:
            intro = _t("请输入本社区的签名口令（第一次签署时设定的）。签署后的报表不能再修改。")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)

        field = field_label or _t("签名口令：")
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(field_label.rstrip("：:") if field_label else _t("签名口令"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(_t("再输入一次"))
        form = QFormLayout()
        form.addRow(field, self.first)
        if first_time:
            form.addRow(_t("再输入一次："), self.second)
        else:
            self.second.hide()

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_label or (_t("设定并签署") if first_time else _t("签署")))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()

    def passphrase(self) -> str:
        return self.first.text()

    def problem_text(self) -> str:
        """Why the passphrase cannot be used yet ("" when it can)."""
        text = self.first.text()
        if not text:
            return ""
        if self.first_time:
            if len(text) < self.minimum:
                return _t("口令太短：至少需要 {0} 个字符，现在是 {1} 个。").format(self.minimum, len(text))
            if self.second.text() and self.second.text() != text:
                return _t("两次输入的口令不一样，请重新输入。")
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        ready = bool(self.first.text()) and not problem
        if self.first_time:
            ready = ready and self.second.text() == self.first.text()
        self.ok_button.setEnabled(ready)
