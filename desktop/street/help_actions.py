"""帮助's actions: 使用手册 (F1: the manual's section of the tab shown, else the street's chapter) and
关于社区台账."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.common.prompts import prompts
from desktop.street.texts import _t

if TYPE_CHECKING:
    from desktop.street.parts import StreetParts

MANUAL_TOPIC = "street"
"""The manual's chapter on the street's window (:mod:`desktop.common.manual`)."""


def manual_topic(street: StreetParts) -> str:
    """The manual's section for the tab shown (the street's chapter for a tab without its own)."""
    topics = {street.status: "street-status", street.review: "street-review", street.ledger: "street-ledgers"}
    return topics.get(street.tabs.currentWidget(), MANUAL_TOPIC)


def show_manual(street: StreetParts) -> None:
    """帮助 ▸ 使用手册 (F1)."""
    from desktop.common.manual import show_manual as show

    show(street.window(), manual_topic(street))


def show_about(street: StreetParts) -> None:
    """帮助 ▸ 关于社区台账."""
    from desktop import __version__

    prompts().info(
        street.window(),
        _t("关于社区台账"),
        _t("社区台账 {0}\n街道审核：{1}（{2}）\n数据文件夹：{3}").format(
            __version__, street.street_name, street.street.code, street.store.data_dir
        ),
    )


def installation_text(street: StreetParts) -> tuple[str, bool]:
    """The street's certificate and roster in one line, and whether something is still missing."""
    from db.errors import ShequError
    from db.exchange.street_import import installed_roster

    installation = street.street
    if not installation.certified():
        return _t("还没有安装市级颁发的街道证书：请点“文件 ▸ 安装市级证书…”。"), True
    city = installation.city()
    parts = [_t("街道证书：已安装（{0}颁发）").format(city.name if city is not None else "—")]
    try:
        roster = installed_roster(installation)
    except ShequError as exc:
        return parts[0] + " · " + str(exc), True
    if roster is None:
        parts.append(_t("还没有社区名单：请点“文件 ▸ 安装社区名单…”"))
        return " · ".join(parts), True
    parts.append(_t("社区名单：{0} 个社区").format(len(roster.offices)))
    return " · ".join(parts), False
