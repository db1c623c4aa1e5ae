"""What the main window's navigation lists: the pages, grouped by the four pillars, and which page
holds the records of each kind. Plain data; the window builds its tree from it (on the start-up
path: keep the data layer out of the imports at the top)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "MainWindow"  # the labels are translated under the main window's context


def _n(text: str) -> str:
    return str(QT_TRANSLATE_NOOP(CONTEXT, text))


@dataclass(frozen=True)
class NavEntry:
    key: str  # a kind key for ledgers; "home", "reports", "exchange", "settings" otherwise
    label: str  # untranslated


@dataclass(frozen=True)
class NavGroup:
    label: str | None  # a pillar, or None for entries at the top level
    entries: tuple[NavEntry, ...]


NAVIGATION: tuple[NavGroup, ...] = (
    NavGroup(None, (NavEntry("home", _n("首页")),)),
    NavGroup(
        _n("有人管事"),
        (
            NavEntry("staff", _n("社区工作者")),
            NavEntry("party_orgs", _n("党组织")),
            NavEntry("party_members", _n("党员")),
        ),
    ),
    NavGroup(_n("有钱办事"), (NavEntry("funding", _n("经费")),)),
    NavGroup(_n("有场所议事"), (NavEntry("facilities", _n("场所设施")),)),
    NavGroup(
        _n("服务"),
        (
            NavEntry("activities", _n("活动")),
            NavEntry("pairings", _n("结对帮扶")),
            NavEntry("visits", _n("帮扶记录")),
            NavEntry("residents", _n("帮扶对象")),
            NavEntry("volunteers", _n("志愿者")),
            NavEntry("partner_units", _n("共建单位")),
            NavEntry("awards", _n("创建评比")),
        ),
    ),
    NavGroup(
        None, (NavEntry("reports", _n("报表")), NavEntry("exchange", _n("数据交换")), NavEntry("settings", _n("设置")))
    ),
)

PAGE_KEYS: tuple[str, ...] = tuple(entry.key for group in NAVIGATION for entry in group.entries)

# Kinds kept inside another record (db.kinds.RecordKind.page is the parent's) that also have a list
# of their own, to look through them all: a pairing's visits (帮扶记录), tens of thousands in a
# large office. Going to one such record still opens it where it is kept, under its parent.
CHILD_LISTS: frozenset[str] = frozenset({"visits"})

# Records kept outside the ledgers, and the page that holds them.
OTHER_PAGES = {"operators": "settings"}


def page_for(kind_key: str) -> str | None:
    """The page where records of ``kind_key`` are kept (:attr:`db.kinds.RecordKind.page`), or None
    (nowhere to go)."""
    from db import kinds  # the data layer: not on the start-up path

    try:
        return kinds.kind(kind_key).page
    except KeyError:
        return OTHER_PAGES.get(kind_key)
