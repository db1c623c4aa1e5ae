"""数据交换 reads again only from the window's ChangeHub: a return signed elsewhere (published as
``Changes(returns=True, periods=…)``) is listed at once, or when the hidden page is next shown; its
own actions publish one Changes and show their outcome through it. And the 没有选择 U 盘 message
goes as soon as a folder is chosen. Real widgets, real installations, nothing mocked."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QTreeWidget

from db.changes import Changes
from desktop.common.changes import ChangeHub
from desktop.common.drives import Drive
from desktop.common.prompts import ScriptedPrompts
from desktop.common.workspace import workspace_for
from desktop.exchange.page import ExchangePage
from tests.support.exchange_sites import OFFICE_PASSPHRASE, Site, sign_return
from tests.support.gui_exchange_support import World, answer, scripted, template, world

__all__ = ["scripted", "template", "world"]  # fixtures

SIGNED_V2 = Changes(returns=True, periods=frozenset({"2026Q1"}))


def _sign_correction(site: Site, period: str = "2026Q1") -> None:
    """Sign the next version of ``period``'s return (a correction, every warning explained)."""
    from db.periods import parse_period
    from db.returns.errors import MissingExplanations
    from db.returns.make import ReturnRequest, make_return

    chosen = parse_period(period)
    request = ReturnRequest(chosen, sign=True, passphrase=OFFICE_PASSPHRASE, correction_reason="人数核对后更正")
    try:
        make_return(site.store, request)
    except MissingExplanations as exc:
        explained = {key: "已核实，情况属实。" for key, _ in exc.items}
        make_return(site.store, replace(request, explanations=explained))


def _page(qtbot, site: Site, drives, hub: ChangeHub) -> ExchangePage:  # type: ignore[no-untyped-def]
    page = ExchangePage(workspace_for(site.store), drives=drives, hub=hub)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _versions(tree: QTreeWidget) -> list[list[str]]:
    return [[tree.topLevelItem(row).text(column) for column in range(3)] for row in range(tree.topLevelItemCount())]


def _choose_other(page: ExchangePage) -> None:
    """Pick 其他位置… in the drop-down, as a click on it does."""
    combo = page.drives.combo
    combo.setCurrentIndex(combo.count() - 1)
    combo.activated.emit(combo.count() - 1)


def test_choosing_a_folder_takes_the_no_stick_message_away(
    qtbot, tmp_path: Path, world: World, scripted: ScriptedPrompts
) -> None:
    page = _page(qtbot, world.office1, lambda: [], ChangeHub())
    assert page.drives.folder() is None
    page.export_button.click()
    assert page.result_heading.text() == "没有选择 U 盘" and page.result_frame.isVisibleTo(page)
    assert scripted.asked == []  # said, nothing asked

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    answer(scripted, "choose_folder", elsewhere)
    _choose_other(page)
    assert page.drives.folder() == elsewhere
    assert not page.result_frame.isVisibleTo(page)

    # the export goes to the folder chosen now
    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert page.result_heading.text().startswith("已导出报送市级的第 1 号数据包")
    assert page.last_export is not None and page.last_export.path.parent == elsewhere


def test_a_stick_plugged_in_again_takes_the_not_found_message_away(
    qtbot, tmp_path: Path, world: World, scripted: ScriptedPrompts
) -> None:
    stick = tmp_path / "pulled-out"
    page = _page(qtbot, world.office1, lambda: [Drive(stick, "KINGSTON", 1, True)], ChangeHub())
    page.request_button.click()
    assert page.result_heading.text() == "找不到 U 盘"
    stick.mkdir()
    page.drives.refresh_button.click()
    assert not page.result_frame.isVisibleTo(page)


def test_a_folder_chosen_leaves_any_other_message(qtbot, tmp_path: Path, scripted: ScriptedPrompts) -> None:
    from tests.support.exchange_sites import small_office

    office = small_office(tmp_path / "office3", "150802003001", "团结社区")
    try:
        page = _page(qtbot, office, lambda: [Drive(tmp_path, "KINGSTON", 1, True)], ChangeHub())
        page.export_button.click()  # no key yet: that is what the frame says, whatever folder is chosen
        assert page.result_heading.text() == "还没有签名密钥"
        answer(scripted, "choose_folder", tmp_path / "office3")
        _choose_other(page)
        assert page.result_frame.isVisibleTo(page) and page.result_heading.text() == "还没有签名密钥"
    finally:
        office.close()


def test_a_return_signed_elsewhere_is_listed_once_published(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    sign_return(world.office1, "2026Q1")
    hub = ChangeHub()
    page = _page(qtbot, world.office1, world.drives, hub)
    assert _versions(page.returns_list) == [["2026年第一季度", "第 1 版", "已签署"]]

    _sign_correction(world.office1)  # on the 报表 page, say: this page hears of it from the hub only
    assert page.returns_list.topLevelItemCount() == 1
    hub.publish(Changes.of_records("staff"))  # a ledger edit: nothing this page shows
    assert page.returns_list.topLevelItemCount() == 1
    hub.publish(SIGNED_V2)
    assert _versions(page.returns_list) == [
        ["2026年第一季度", "第 2 版", "已签署"],
        ["2026年第一季度", "第 1 版", "已签署"],
    ]
    assert page.returns_empty.text() == "共 2 份签署的报表。"


def test_a_hidden_page_reads_again_when_it_is_shown(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    sign_return(world.office1, "2026Q1")
    hub = ChangeHub()
    page = _page(qtbot, world.office1, world.drives, hub)
    page.hide()
    _sign_correction(world.office1)
    hub.publish(SIGNED_V2)
    assert page.returns_list.topLevelItemCount() == 1  # hidden: marked stale, not read yet
    page.show()
    assert _versions(page.returns_list)[0] == ["2026年第一季度", "第 2 版", "已签署"]


def test_an_export_publishes_one_change_and_shows_the_return_sent(
    qtbot, world: World, scripted: ScriptedPrompts
) -> None:
    sign_return(world.office1, "2026Q1")
    hub = ChangeHub()
    published: list[Changes] = []
    hub.changed.connect(published.append)
    page = _page(qtbot, world.office1, world.drives, hub)
    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    [changes] = published
    assert changes.exchange and changes.touches_returns()
    assert _versions(page.returns_list) == [["2026年第一季度", "第 1 版", "已报送"]]
    assert page.history_list.topLevelItemCount() == 1


def test_a_certificate_request_publishes_and_shows_the_new_key(
    qtbot, tmp_path: Path, world: World, scripted: ScriptedPrompts
) -> None:
    from tests.support.exchange_sites import small_office

    office = small_office(tmp_path / "office3", "150802003001", "团结社区")
    try:
        hub = ChangeHub()
        published: list[Changes] = []
        hub.changed.connect(published.append)
        page = _page(qtbot, office, world.drives, hub)
        assert page.cert_state.text() == "还没有签名密钥"
        answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
        page.request_button.click()
        qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
        assert published == [Changes(exchange=True)]
        assert page.cert_state.text() == "自签名证书：市委组织部尚未颁发证书" and page.new_key_box.isVisible()
    finally:
        office.close()
