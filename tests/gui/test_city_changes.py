"""The city's window has one signal for what changed (its ChangeHub): each action that changed data
publishes one Changes once it succeeded, and every tab reads again what it touches — the status tab
shows a decision, a new bundle or a new office without any tab calling another. Real installations."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from db.changes import Changes
from db.exchange.bundle import export_bundle
from db.exchange.pki import make_request
from db.returns.sign import KeyStore
from desktop.city.texts import COL_BUNDLE, COL_DECISION
from desktop.city.window import CityWindow
from desktop.common.prompts import ScriptedPrompts
from tests.support.exchange_sites import CITY_PASSPHRASE, OFFICE1, OFFICE2, OFFICE_PASSPHRASE, Site, sign_return
from tests.support.gui_exchange_support import World, answer, scripted, template, world

__all__ = ["scripted", "template", "world"]  # fixtures

TODAY = date(2026, 4, 10)
ARRIVAL = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)


def _window(qtbot, world: World) -> tuple[CityWindow, list[Changes]]:  # type: ignore[no-untyped-def]
    window = CityWindow(world.hub.store, world.city, drives=world.drives, today=TODAY, clock=lambda: ARRIVAL)
    qtbot.addWidget(window)
    window.show()
    window.set_period("2026Q1")
    _wait(qtbot, window)
    published: list[Changes] = []
    window.hub.changed.connect(published.append)
    return window, published


def _wait(qtbot, window: CityWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)


def _export(site: Site, stick: Path) -> Path:
    return export_bundle(site.store, site.keys, OFFICE_PASSPHRASE, stick).path


def _cell(window: CityWindow, code: str, column: int) -> str:
    table = window.status.table
    row = next(row for row in range(table.rowCount()) if table.item(row, 0).text() == code)
    return table.item(row, column).text()


def test_import_and_decision_publish_once_and_the_other_tabs_follow(
    qtbot, world: World, scripted: ScriptedPrompts
) -> None:
    sign_return(world.office1, "2026Q1")
    paths = [_export(world.office1, world.stick), _export(world.office2, world.stick)]
    window, published = _window(qtbot, world)
    window.tabs.setCurrentWidget(window.imports)  # the status tab is not the one on screen

    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    window.import_paths(paths)
    _wait(qtbot, window)
    [imported] = published
    assert imported.exchange and imported.returns and "staff" in imported.kinds
    assert not imported.everything
    assert window.imports.received_list.topLevelItemCount() == 2  # 导入记录
    assert _cell(window, OFFICE2, COL_BUNDLE).startswith("第 1 号")  # 报送情况, read again from the hub

    # the same files again change nothing: nothing is published, nothing read again
    window.import_paths(paths)
    _wait(qtbot, window)
    assert len(published) == 1 and window.imports.outcome_list.topLevelItem(0).text(1) == "已导入过"

    # 退回 on 报送情况: its period's return changed; the table and the office's returns show it
    window.select_office(OFFICE1)
    assert _cell(window, OFFICE1, COL_DECISION) == "待审核"
    answer(scripted, "ask_text", "请核对")
    answer(scripted, "ask_text", "王审核")
    window.status.reject_button.click()
    _wait(qtbot, window)
    decided = published[-1]
    assert len(published) == 2 and decided.returns and decided.periods == frozenset({"2026Q1"})
    assert not decided.exchange and not decided.office and not decided.kinds
    assert _cell(window, OFFICE1, COL_DECISION) == "退回"
    assert window.status.returns_list.topLevelItem(0).text(3) == "退回"
    assert window.result_heading.text().startswith("王审核已将胜利社区")


def test_an_office_registered_elsewhere_shows_once_its_change_is_published(qtbot, tmp_path: Path, world: World) -> None:
    window, published = _window(qtbot, world)
    keys = KeyStore(tmp_path / "office3")
    request = make_request(keys, OFFICE_PASSPHRASE, "150802003001", "团结社区")
    world.city.issue(request, CITY_PASSPHRASE, source="150802003001-request.pem")  # not through the window
    assert window.registry.registry_list.topLevelItemCount() == 2

    window.hub.publish(Changes(returns=True))  # does not touch the registry: the list stays
    _wait(qtbot, window)
    assert window.registry.registry_list.topLevelItemCount() == 2

    window.hub.publish(Changes(office=True))
    _wait(qtbot, window)
    assert window.registry.registry_list.topLevelItemCount() == 3
    assert window.status.table.rowCount() == 3 and _cell(window, "150802003001", COL_BUNDLE) == "尚未收到"
    assert window.registry.registry_note.text() == "共 3 个社区。"

    window.hub.publish(Changes())  # nothing changed: nothing is sent
    assert [changes.office for changes in published] == [False, True]


def test_register_and_revoke_publish_the_registry_and_the_status_tab_follows(
    qtbot, tmp_path: Path, world: World, scripted: ScriptedPrompts
) -> None:
    keys = KeyStore(tmp_path / "office3")
    request = world.stick / "150802003001-request.pem"
    request.write_bytes(make_request(keys, OFFICE_PASSPHRASE, "150802003001", "团结社区"))
    window, published = _window(qtbot, world)
    answer(scripted, "confirm", True)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    window.register_office(request)
    _wait(qtbot, window)
    assert published == [Changes(office=True)]
    assert window.status.table.rowCount() == 3

    window.registry.registry_list.setCurrentItem(window.registry.registry_list.topLevelItem(2))
    answer(scripted, "ask_text", "U 盘丢失")
    answer(scripted, "confirm", True)
    window.registry.revoke_button.click()
    _wait(qtbot, window)
    assert published == [Changes(office=True), Changes(office=True)]
    assert "（证书已吊销）" in _cell(window, "150802003001", 1)
    assert OFFICE1 in {window.status.code_at(row) for row in range(window.status.table.rowCount())}
