"""The city's passphrase for the window's session: the shared
:class:`~desktop.common.passphrase_keeper.PassphraseKeeper` (asked the first time an act needs the city's
keys, kept in memory once it opened them, forgotten on 文件 ▸ 锁定, when the window closes, and after the
time-out without use), with the city's words."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.city.texts import _t
from desktop.common.passphrase import PassphraseCache
from desktop.common.passphrase_keeper import KeeperWords
from desktop.common.passphrase_keeper import PassphraseKeeper as SharedKeeper


def _words() -> KeeperWords:
    return KeeperWords(
        ask=_t("请输入市级口令（建立市级安装时设定的）。"),
        remembered=_t("口令正确时，本窗口会记住它，{0} 分钟不用自动忘记；点“文件 ▸ 锁定”可以立即忘记。"),
        field_label=_t("市级口令："),
        kept=_t("已记住市级口令"),
        kept_tip=_t("点“文件 ▸ 锁定”（Ctrl+L）立即忘记"),
    )


class PassphraseKeeper(SharedKeeper):
    """The city window's keeper: the shared one with the city's words."""

    def __init__(self, cache: PassphraseCache, window: QWidget) -> None:
        super().__init__(cache, window, _words())
