"""帮助's actions: 使用手册 (F1: the manual's chapter of the tab shown, else the city's) and
关于社区台账 (the app, its version, the city and its data folder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.city.texts import _t
from desktop.common.prompts import prompts

if TYPE_CHECKING:
    from desktop.city.parts import CityParts

MANUAL_TOPIC = "city"
"""The manual's chapter on the city's window (:mod:`desktop.common.manual`)."""


def manual_topic(city: CityParts) -> str:
    """The manual's chapter for the tab shown (the city's chapter for a tab without its own)."""
    topics = {
        city.status: "city-status",
        city.imports: "city-import",
        city.registry: "city-registry",
        city.return_tab: "city-return",
    }
    unlock_tab = getattr(city, "unlock_tab", None)  # 解锁申请 (desktop.city.unlock)
    if unlock_tab is not None:
        topics[unlock_tab] = "city-unlock"
    return topics.get(city.tabs.currentWidget(), MANUAL_TOPIC)


def show_manual(city: CityParts) -> None:
    """帮助 ▸ 使用手册 (F1)."""
    from desktop.common.manual import show_manual as show

    show(city.window(), manual_topic(city))


def show_about(city: CityParts) -> None:
    """帮助 ▸ 关于社区台账."""
    from desktop import __version__

    prompts().info(
        city.window(),
        _t("关于社区台账"),
        _t("社区台账 {0}\n市级汇总：{1}\n数据文件夹：{2}").format(__version__, city.city_name, city.store.data_dir),
    )
