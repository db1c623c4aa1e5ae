"""The 报表 page reads again what a change published on the window's hub touches: a bundle exported
on 数据交换 turns a signed return into 已报送 on a page built before (shown at once, or when a hidden
page is next shown); a ledger change checks the period again; signing publishes what it changed.
Real widgets, a real database, a real exported bundle."""

from __future__ import annotations

from collections import deque
from datetime import date
from pathlib import Path

import pytest

from db.audit import Actor
from db.changes import Changes
from db.exchange.bundle import export_bundle
from db.exchange.pki import CityAuthority, install_issued, make_request
from db.models import Staff
from db.returns.sign import KeyStore
from db.store import Store
from desktop.common.changes import ChangeHub
from desktop.common.prompts import ScriptedPrompts
from desktop.common.workspace import workspace_for
from desktop.returns.page import ReturnsPage
from tests.support.gui import type_chinese
from tests.support.returns import CODE, EXPLAIN, PASSPHRASE, build_office

TODAY = date(2026, 11, 28)
CITY_PASSPHRASE = "市委组织部-根证书口令-2026"


@pytest.fixture
def certified(store: Store, tmp_path: Path) -> Store:
    """The returns office, its key certified by a city (so it can export a bundle to the city)."""
    build_office(store)
    city = CityAuthority(tmp_path / "city")
    city.init("中共巴彦淖尔市委组织部", CITY_PASSPHRASE)
    keys = KeyStore(store.data_dir)
    request = make_request(keys, PASSPHRASE, CODE, "红柳湾社区")
    install_issued(keys, city.issue(request, CITY_PASSPHRASE).file_bytes())
    return store


def _wait(qtbot, page: ReturnsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)


def _page(qtbot, store: Store, hub: ChangeHub) -> ReturnsPage:
    page = ReturnsPage(workspace_for(store), today=TODAY, hub=hub)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    _wait(qtbot, page)
    return page


def _sign_on_the_page(qtbot, page: ReturnsPage, answers: ScriptedPrompts) -> None:
    type_chinese(page.make_tab.explanation_boxes["service.post_claims"], EXPLAIN["service.post_claims"])
    answers.answers["ask_passphrase"] = deque([PASSPHRASE])
    page.make_tab.sign_button.click()
    _wait(qtbot, page)
    assert page.made is not None and page.made.signed


def _states(page: ReturnsPage) -> list[str]:
    listed = page.signed_list
    return [listed.topLevelItem(row).text(2) for row in range(listed.topLevelItemCount())]


def test_signing_publishes_and_an_exported_bundle_shows_as_sent(
    qtbot, certified: Store, answers: ScriptedPrompts, tmp_path: Path
) -> None:
    hub = ChangeHub()
    heard: list[Changes] = []
    hub.changed.connect(heard.append)
    page = _page(qtbot, certified, hub)
    _sign_on_the_page(qtbot, page, answers)
    assert len(heard) == 1 and heard[0].touches_returns() and "2026" in heard[0].periods
    assert _states(page) == ["已签署"]  # listed through the hub, not by a direct call
    assert page.make_tab.correction_reason.isVisibleTo(page)  # and the period was checked again

    stick = tmp_path / "stick"
    stick.mkdir()
    written = export_bundle(certified, KeyStore(certified.data_dir), PASSPHRASE, stick)  # as 数据交换 exports
    assert written.returns_sent == 1
    assert _states(page) == ["已签署"]  # nothing said yet
    hub.publish(Changes(exchange=True, returns=True))  # what the 数据交换 page publishes after exporting
    _wait(qtbot, page)
    assert _states(page) == ["已报送"]


def test_a_hidden_page_reads_again_when_shown(
    qtbot, certified: Store, answers: ScriptedPrompts, tmp_path: Path
) -> None:
    hub = ChangeHub()
    page = _page(qtbot, certified, hub)
    _sign_on_the_page(qtbot, page, answers)
    page.hide()
    stick = tmp_path / "stick"
    stick.mkdir()
    export_bundle(certified, KeyStore(certified.data_dir), PASSPHRASE, stick)
    hub.publish(Changes(exchange=True, returns=True))
    assert not page.busy and _states(page) == ["已签署"]  # hidden: only marked stale
    page.show()
    _wait(qtbot, page)
    assert _states(page) == ["已报送"]


def test_a_ledger_change_checks_the_period_again(qtbot, certified: Store, answers: ScriptedPrompts) -> None:
    hub = ChangeHub()
    page = _page(qtbot, certified, hub)
    assert page.check is not None and page.check.preflight.ok
    with certified.transaction(Actor(CODE, None, "测试")) as session:
        session.add(Staff(name="错号", id_number="150802199001011234", start_date=date(2026, 1, 1)))
    hub.publish(Changes.of_records("staff"))
    _wait(qtbot, page)
    assert page.check is not None and not page.check.preflight.ok
    assert "必须先改正" in page.make_tab.check_status.text()

    hub.publish(Changes(exchange=True))  # neither returns nor ledgers: nothing to read again
    assert not page.busy
