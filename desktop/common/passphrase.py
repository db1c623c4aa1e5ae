"""The signing passphrase, asked in a masked dialog, and kept for a window's session.

The first time a return is signed, the office chooses its passphrase (typed twice, at least
:data:`db.returns.sign.MIN_PASSPHRASE` characters): it encrypts the office's signing key. After
that the dialog asks for it once. Whether it is right is checked by opening the key, in the
background, before anything is written.

:class:`PassphraseCache` keeps a passphrase that worked in memory (never on disk, never in a log)
so a window does not ask it for every act: forgotten on 锁定, when the window closes, and after
:data:`PASSPHRASE_TIMEOUT` seconds without use.
"""

from __future__ import annotations

import time
from collections.abc import Callable

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
from desktop.common.window_size import grow_with_text, keep_minimum_size

PASSPHRASE_TIMEOUT = 15 * 60
"""Seconds without use after which a kept passphrase is forgotten."""


def _t(text: str) -> str:
    return QCoreApplication.translate("ReturnsPage", text)


class PassphraseCache:
    """One passphrase kept in memory for a window's session.

    Only a passphrase that worked is kept (:meth:`keep` is called once the key opened with it), so a
    wrong one is asked again next time. Each :meth:`get` counts as a use; ``timeout`` seconds
    without one and it is forgotten. ``clock`` (seconds, monotonic) is injectable for tests.
    """

    def __init__(self, timeout: float = PASSPHRASE_TIMEOUT, clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout = timeout
        self.clock = clock
        self._passphrase: str | None = None
        self._last_use = 0.0

    def __repr__(self) -> str:  # never the passphrase itself, should the object end up in a log
        return f"PassphraseCache(kept={self._passphrase is not None}, timeout={self.timeout})"

    @property
    def kept(self) -> bool:
        """A passphrase is kept (and has not timed out)."""
        self.expire()
        return self._passphrase is not None

    def get(self) -> str | None:
        """The passphrase kept (this use restarts the time-out), or None."""
        if self.expire() or self._passphrase is None:
            return None
        self._last_use = self.clock()
        return self._passphrase

    def keep(self, passphrase: str) -> None:
        """Keep ``passphrase``, which has just opened the key."""
        if passphrase:
            self._passphrase = passphrase
            self._last_use = self.clock()

    def forget(self) -> None:
        self._passphrase = None

    def expire(self) -> bool:
        """Forget the passphrase if it was not used for ``timeout`` seconds; whether it was forgotten now."""
        if self._passphrase is not None and self.clock() - self._last_use >= self.timeout:
            self._passphrase = None
            return True
        return False


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
        keep_minimum_size(self, 460)  # px at the standard text size: wider with 设置 ▸ 字号
        grow_with_text(self)  # and taller, so the intro's lines still fit

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
