"""A window's passphrase for its session (the city's, a street's): asked the first time an act needs
the keys, kept in memory (:class:`~desktop.common.passphrase.PassphraseCache`) once it opened them,
forgotten on 文件 ▸ 锁定, when the window closes, and after the cache's time-out without use. A wrong
passphrase is never kept; one that stops opening the key is forgotten. The status bar says when one
is kept.

The words differ per window (whose passphrase it is), so the window gives them as
:class:`KeeperWords`, already translated in its own context.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.common.passphrase import PassphraseCache
from desktop.common.prompts import prompts

EXPIRY_CHECK_MS = 30_000
"""How often a kept passphrase is checked for its time-out while nothing is done."""


@dataclass(frozen=True)
class KeeperWords:
    """What the question and the status bar say, translated by the window that keeps the passphrase.

    ``remembered`` has one ``{0}``: the minutes without use after which it is forgotten."""

    ask: str  # "请输入街道口令（建立街道安装时设定的）。"
    remembered: str  # "口令正确时，本窗口会记住它，{0} 分钟不用自动忘记；…"
    field_label: str  # "街道口令："
    kept: str  # "已记住街道口令"
    kept_tip: str  # "点“文件 ▸ 锁定”（Ctrl+L）立即忘记"


class PassphraseKeeper(QObject):
    """The window's :class:`PassphraseCache`, the question that fills it and the status bar's word on it."""

    kept_changed = Signal(bool)  # a passphrase is kept (True), or none is any more

    def __init__(self, cache: PassphraseCache, window: QWidget, words: KeeperWords) -> None:
        super().__init__(window)
        self.cache = cache
        self.parent_window = window
        self.words = words
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
        intro = why + "\n\n" + self.words.ask + "\n" + self.words.remembered.format(minutes)
        return prompts().ask_passphrase(
            self.parent_window,
            first_time=False,
            title=title,
            intro=intro,
            field_label=self.words.field_label,
            ok_label=ok_label,
        )

    def worked(self, passphrase: str) -> None:
        """``passphrase`` opened the keys: keep it."""
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
        self.label.setText(self.words.kept if kept else "")
        self.label.setToolTip(self.words.kept_tip if kept else "")
        if kept != self._kept:
            self._kept = kept
            self.kept_changed.emit(kept)
