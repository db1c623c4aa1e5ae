"""The navigation lists every ledger with a list, under its pillar (db.kinds.RecordKind.pillar),
and sends every kind of record to the page that holds it."""

from __future__ import annotations

from db import kinds
from desktop.shell.navigation import CHILD_LISTS, NAVIGATION, OTHER_PAGES, PAGE_KEYS, page_for

PILLAR_GROUPS = {"people": "有人管事", "money": "有钱办事", "place": "有场所议事", "service": "服务"}


def test_every_listed_ledger_is_in_its_pillars_group() -> None:
    groups = {group.label: {entry.key for entry in group.entries} for group in NAVIGATION}
    for record_kind in kinds.KINDS:
        if record_kind.listed:
            assert record_kind.key in groups[PILLAR_GROUPS[record_kind.pillar]], record_kind.key
        elif record_kind.key in CHILD_LISTS:  # a child kind's own list, in its parent's group
            parent = kinds.kind(record_kind.page)
            assert record_kind.key in groups[PILLAR_GROUPS[parent.pillar]], record_kind.key
        else:
            assert record_kind.key not in PAGE_KEYS, record_kind.key
    listed = {k.key for k in kinds.KINDS if k.listed}
    ledgers = {key for label, keys in groups.items() if label in PILLAR_GROUPS.values() for key in keys}
    assert ledgers == listed | CHILD_LISTS


def test_the_navigation_names_a_ledger_as_the_ledger_is_called() -> None:
    for group in NAVIGATION:
        for entry in group.entries:
            if entry.key in {k.key for k in kinds.KINDS}:
                assert entry.label == kinds.kind(entry.key).label


def test_every_kind_goes_to_a_page_the_window_has() -> None:
    for record_kind in kinds.KINDS:
        assert page_for(record_kind.key) in PAGE_KEYS, record_kind.key
    assert page_for("visits") == "pairings" and page_for("member_posts") == "party_members"
    for kind_key, page in OTHER_PAGES.items():
        assert page_for(kind_key) == page in PAGE_KEYS
    assert page_for("no such kind") is None
