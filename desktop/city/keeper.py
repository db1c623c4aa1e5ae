"""The city's passphrase for the window's session: asked the first time an act needs the city's keys,
kept in memory (:class:`~desktop.common.passphrase.PassphraseCache`) once it opened them, forgotten on
文件 ▸ 锁定, when the window closes, and after the cache's time-out without use. A wrong passphrase is
never kept; one that stops opening the key is forgotten. The status bar says when one is kept."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.city.texts import _t
from desktop.common.passphrase import PassphraseCache
from desktop.common.prompts import prompts

EXPIRY_CHECK_MS = 30_000
"""How often a kept passphrase is checked for its time-out while nothing is done."""


class PassphraseKeeper(QObject):
    """The window's :class:`PassphraseCache`, the question that fills it and the status bar's word on it."""

    kept_changed = Signal(bool)  # a passphrase is kept (True), or none is any more

    def __init__(self, cache: PassphraseCache, window: QWidget) -> None:
        super().__init__(window)
        self.cache = cache
        self.parent_window = window
        self.label = QLabel()
        self._kept = False
        self._timer = QTimer(self)
        self._timer.setInterval(EXPIRY_CHECK_MS)
        self._timer.timeout.connect(self.show_state)
        self._timer.start()
        self.show_state()

    @property
    def kept(self) -> bool:
        return self._kept

    def ask(self, title: str, ok_label: str, why: str) -> str | None:
        """The passphrase kept (a use: its time-out starts again), else asked; None when the person cancels."""
        kept = self.cache.get()
        self.show_state()
        if kept is not None:
            return kept
        minutes = round(self.cache.timeout / 60)
        intro = (
            why
            + "\n\n"
            + _t("请输入市级口令（建立市级安装时设定的）。")
            + "\n"
            + _t("口令正确时，本窗口会记住它，{0} 分钟不用自动忘记；点“文件 ▸ 锁定”可以立即忘记。").format(minutes)
        )
        return prompts().ask_passphrase(
            self.parent_window,
            first_time=False,
            title=title,
            intro=intro,
            field_label=_t("市级口令："),
            ok_label=ok_label,
        )

    def worked(self, passphrase: str) -> None:
        """``passphrase`` opened the city's key: keep it."""
        self.cache.keep(passphrase)
        self.show_state()

    def forget(self) -> bool:
        """Forget the passphrase (锁定, a wrong one, closing); whether one was kept."""
        had = self.cache.kept
        self.cache.forget()
        self.show_state()
        return had

    def stop(self) -> None:
        """The window closes: forget, and check no more."""
        self.forget()
        self._timer.stop()

    def show_state(self) -> None:
        kept = self.cache.kept  # forgets one past its time-out
        self.label.setText(_t("已记住市级口令") if kept else "")
        self.label.setToolTip(_t("点“文件 ▸ 锁定”（Ctrl+L）立即忘记") if kept else "")
        if kept != self._kept:
            self._kept = kept
            self.kept_changed.emit(kept)
