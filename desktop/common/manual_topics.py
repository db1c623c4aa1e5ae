"""What the manual holds, as plain data: its topics (a file and an anchor), the contents list, and
the topic F1 opens on each page of the main window. :mod:`desktop.common.manual` shows them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Manual"  # the viewer's translation context (the contents' titles are translated there)


def _n(text: str) -> str:
    """Marks ``text`` for translation; translated where it is shown."""
    return str(QT_TRANSLATE_NOOP(CONTEXT, text))


@dataclass(frozen=True)
class Topic:
    file: str  # a file name in docs/manual/<language>/
    anchor: str = ""  # an element id (or <a name>) in that file; "" for its top


# Topic → where it is in the manual. Keys are what callers pass to show_manual().
MANUAL_TOPICS: dict[str, Topic] = {
    "index": Topic("index.html"),
    "first-run": Topic("first-run.html"),
    "first-run-office": Topic("first-run.html", "office"),
    "first-run-admin": Topic("first-run.html", "admin"),
    "signin": Topic("first-run.html", "signin"),
    "home": Topic("home.html"),
    "entry": Topic("entry.html"),
    "dates": Topic("entry.html", "dates"),
    "money": Topic("entry.html", "money"),
    # The ledgers, one section each (the keys are the main window's page keys).
    "staff": Topic("ledgers.html", "staff"),
    "party_orgs": Topic("ledgers.html", "party_orgs"),
    "party_members": Topic("ledgers.html", "party_members"),
    "funding": Topic("ledgers.html", "funding"),
    "facilities": Topic("ledgers.html", "facilities"),
    "activities": Topic("ledgers.html", "activities"),
    "pairings": Topic("ledgers.html", "pairings"),
    "visits": Topic("ledgers.html", "visits"),
    "residents": Topic("ledgers.html", "residents"),
    "volunteers": Topic("ledgers.html", "volunteers"),
    "partner_units": Topic("ledgers.html", "partner_units"),
    "awards": Topic("ledgers.html", "awards"),
    "import": Topic("import.html"),
    "import-file": Topic("import.html", "file"),
    "import-mapping": Topic("import.html", "mapping"),
    "import-preview": Topic("import.html", "preview"),
    "import-done": Topic("import.html", "done"),
    "export": Topic("import.html", "export"),
    "templates": Topic("import.html", "templates"),
    "returns": Topic("returns.html"),
    "returns-make": Topic("returns.html", "make"),
    "returns-signed": Topic("returns.html", "signed"),
    "returns-verify": Topic("returns.html", "verify"),
    "exchange": Topic("exchange.html"),
    "exchange-certificate": Topic("exchange.html", "certificate"),
    "exchange-export": Topic("exchange.html", "export"),
    "exchange-import": Topic("exchange.html", "import"),
    "exchange-returns": Topic("exchange.html", "returns"),
    "exchange-conflicts": Topic("exchange.html", "conflicts"),
    "exchange-street": Topic("exchange.html", "street"),
    "exchange-unlock": Topic("exchange.html", "unlock"),
    "city": Topic("city.html"),
    "city-status": Topic("city.html", "status"),
    "city-import": Topic("city.html", "import"),
    "city-registry": Topic("city.html", "registry"),
    "city-return": Topic("city.html", "return"),
    "city-street": Topic("city.html", "street"),
    "city-unlock": Topic("city.html", "unlock"),
    "city-database": Topic("city-database.html"),  # 设置 ▸ 数据库… (desktop/city/database.py)
    # The street's window (desktop/street/help_actions.py).
    "street": Topic("street.html"),
    "street-status": Topic("street.html", "status"),
    "street-review": Topic("street.html", "review"),
    "street-import": Topic("street.html", "import"),
    "street-forward": Topic("street.html", "forward"),
    "street-ledgers": Topic("street.html", "ledgers"),
    "backups": Topic("backups.html"),
    "restore": Topic("backups.html", "restore"),
    "settings": Topic("settings.html"),
    "text-size": Topic("settings.html", "text-size"),
    "operators": Topic("settings.html", "operators"),
    "errors": Topic("errors.html"),
}

# The main window's pages (desktop/shell/navigation.py PAGE_KEYS) → the topic F1 opens there.
# tests/gui/test_manual.py fails when a page has none.
PAGE_TOPICS: dict[str, str] = {
    "home": "home",
    "staff": "staff",
    "party_orgs": "party_orgs",
    "party_members": "party_members",
    "funding": "funding",
    "facilities": "facilities",
    "activities": "activities",
    "pairings": "pairings",
    "visits": "visits",
    "residents": "residents",
    "volunteers": "volunteers",
    "partner_units": "partner_units",
    "awards": "awards",
    "reports": "returns",
    "exchange": "exchange",
    "settings": "settings",
}

# The contents list on the left of the viewer, in reading order: (file, title).
CONTENTS: tuple[tuple[str, str], ...] = (
    ("index.html", _n("目录")),
    ("first-run.html", _n("首次设置")),
    ("home.html", _n("首页")),
    ("entry.html", _n("日常录入")),
    ("ledgers.html", _n("各本台账")),
    ("import.html", _n("从 Excel 导入")),
    ("returns.html", _n("报表")),
    ("exchange.html", _n("U 盘数据交换（社区）")),
    ("city.html", _n("市级汇总（市里）")),
    ("city-database.html", _n("数据库在哪里（市里）")),
    ("street.html", _n("街道审核（街道）")),
    ("backups.html", _n("备份与恢复")),
    ("settings.html", _n("设置")),
    ("errors.html", _n("常见问题与错误提示")),
)


def topic_for_page(page_key: str) -> str:
    """The topic F1 opens on the main window's page ``page_key`` (the contents for an unknown page)."""
    return PAGE_TOPICS.get(page_key, "index")


def resolve_topic(topic: str) -> Topic:
    """The place of ``topic``; the contents page for a topic the manual does not know."""
    return MANUAL_TOPICS.get(topic, MANUAL_TOPICS["index"])
