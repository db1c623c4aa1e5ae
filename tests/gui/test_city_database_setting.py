"""Where the city's data is, in the city window (desktop/city/database.py), and moving it onto a server.

The status bar always says 数据保存在本机 or 数据保存在服务器 <host>/<database> (never a password);
设置 ▸ 数据库… explains it — for a city on its SQLite file with 迁移到服务器… (an address refused in
plain Chinese when it is not PostgreSQL; 取消 leaves everything as it was; a real move onto a new
PostgreSQL database switches the open window to the server), for a city on a server with its server,
schema revision, connected sessions and the pg_dump advice. 重新统计 shows what another workstation
of the same PostgreSQL city did meanwhile (a certificate issued, a bundle imported, a decision).
Real installations, real databases (tests/support/pg.py), offscreen widgets; nothing is mocked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from db.citydb import configured_url
from db.citymove import MOVED_SUFFIX, server_place
from db.enums import ReturnState
from db.exchange.acks import SeenDecision, decide_return
from db.exchange.bundle import export_bundle, import_bundle
from db.exchange.comments import add_comment
from db.exchange.pki import CityAuthority, make_request
from db.folder import DB_FILENAME
from db.periods import parse_period
from db.returns.sign import KeyStore
from db.store import head_revision, open_store
from desktop.city.database import DatabaseDialog
from desktop.city.texts import COL_BUNDLE, COL_DECISION
from desktop.city.window import CityWindow
from desktop.common.prompts import ScriptedPrompts
from tests.support import pg
from tests.support.cli import shequ
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    OFFICE2,
    OFFICE_PASSPHRASE,
    Site,
    certify,
    make_city,
    sign_return,
    small_office,
)
from tests.support.gui_exchange_support import answer, asked, scripted

__all__ = ["scripted"]  # fixtures

TODAY = date(2026, 4, 10)
ARRIVAL = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
DECIDED = datetime(2026, 4, 10, 3, 0, tzinfo=UTC)
NEW_OFFICE = "150802003001"


@dataclass
class City:
    authority: CityAuthority
    hub: Site
    office: Site
    url: str | None  # the PostgreSQL database, or None (the folder's SQLite file)


def _city(tmp_path: Path, url: str | None) -> Iterator[City]:
    authority, hub = make_city(tmp_path / "city", database_url=url)
    office = small_office(tmp_path / "office")
    certify(authority, office, "新华社区")
    yield City(authority, hub, office, url)
    QThreadPool.globalInstance().waitForDone()
    for site in (hub, office):
        site.close()
    authority.close()


@pytest.fixture
def local_city(tmp_path: Path) -> Iterator[City]:
    yield from _city(tmp_path, None)


@pytest.fixture
def server_city(tmp_path: Path) -> Iterator[City]:
    url = pg.new_database_or_skip()
    yield from _city(tmp_path, url.replace("postgres@", "postgres:s3cret-pw@", 1))  # trusted: never checked


def _window(qtbot: QtBot, city: City) -> CityWindow:
    window = CityWindow(city.hub.store, city.authority, today=TODAY, clock=lambda: ARRIVAL)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_period("2026Q1")
    _wait(qtbot, window)
    return window


def _wait(qtbot: QtBot, window: CityWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=120_000)


def _open_dialog(qtbot: QtBot, window: CityWindow) -> DatabaseDialog:
    """设置 ▸ 数据库…, from the menu bar."""
    [menu] = [action.menu() for action in window.menuBar().actions() if action.text() == "设置(&S)"]
    assert isinstance(menu, QMenu)
    [action] = [action for action in menu.actions() if action.text() == "数据库(&D)…"]
    assert action is window.database_action
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DatabaseDialog), timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DatabaseDialog)
    return dialog


def _texts(widget: DatabaseDialog) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def _cell(window: CityWindow, code: str, column: int) -> str:
    table = window.status.table
    for row in range(table.rowCount()):
        key, cell = table.item(row, 0), table.item(row, column)
        if key is not None and key.text() == code:
            return cell.text() if cell is not None else ""
    raise AssertionError(f"no row for {code}")


def test_a_city_on_its_file_says_so_and_refuses_an_address_that_is_not_postgresql(
    qtbot: QtBot, local_city: City, scripted: ScriptedPrompts
) -> None:
    window = _window(qtbot, local_city)
    assert window.database_label.text() == "数据保存在本机"
    assert window.database_label in window.statusBar().findChildren(QLabel)

    dialog = _open_dialog(qtbot, window)
    shown = _texts(dialog)
    assert dialog.heading.text() == "数据保存在本机"
    assert str(local_city.hub.store.db_path) in shown and head_revision() in shown
    assert dialog.address is not None and dialog.move_button is not None
    assert dialog.focusWidget() is dialog.address and not dialog.move_button.isEnabled()

    QTest.keyClicks(dialog.address, "mysql://shequ@db.example.org/city")
    assert dialog.move_button.isEnabled()
    dialog.move_button.click()
    assert dialog.problem.isVisible() and "只支持 postgresql+psycopg:// 开头的地址" in dialog.problem.text()
    assert dialog.isVisible() and not window.busy and scripted.asked == []
    assert configured_url(local_city.hub.folder) is None
    dialog.reject()


def test_moving_onto_a_server_switches_the_window_and_cancel_changes_nothing(
    qtbot: QtBot, tmp_path: Path, local_city: City, scripted: ScriptedPrompts
) -> None:
    url = pg.new_database_or_skip()
    folder = local_city.hub.folder
    sign_return(local_city.office, "2026Q1")
    bundle = export_bundle(local_city.office.store, local_city.office.keys, OFFICE_PASSPHRASE, tmp_path).path
    import_bundle(local_city.hub.store, bundle, city=local_city.authority, passphrase=CITY_PASSPHRASE, now=ARRIVAL)
    window = _window(qtbot, local_city)
    assert _cell(window, OFFICE2, COL_BUNDLE).startswith("第 1 号")

    # 取消 while it copies: the city stays on its file, the server's database stays empty
    dialog = _open_dialog(qtbot, window)
    assert dialog.address is not None
    QTest.keyClicks(dialog.address, url)
    answer(scripted, "confirm", True)
    from desktop.city import database

    handle = database.start_move(window, url)
    assert handle is not None
    handle.cancel()
    _wait(qtbot, window)
    dialog.reject()
    assert window.result_heading.text() == "已取消迁移"
    assert configured_url(folder) is None and (folder / DB_FILENAME).is_file()
    assert not window.store.is_postgresql and window.database_label.text() == "数据保存在本机"
    assert _tables(url) == []

    # the move itself: asked first, then the window goes on, on the server
    dialog = _open_dialog(qtbot, window)
    assert dialog.address is not None
    QTest.keyClicks(dialog.address, url)
    answer(scripted, "confirm", True)
    QTest.keyClick(dialog.address, Qt.Key.Key_Return)  # Enter in the address = 迁移到服务器…
    _wait(qtbot, window)
    [question] = [item for item in asked(scripted, "confirm") if item[1] == "迁移到服务器"][-1:]
    assert server_place(url)[0] in question[2] and "什么都不会改变" in question[2]
    assert window.result_heading.text() == "已迁移到服务器", window.result_text.text()
    assert MOVED_SUFFIX in window.result_text.text() and "pg_dump" in window.result_text.text()
    host, name = server_place(url)
    assert window.database_label.text() == f"数据保存在服务器 {host}/{name}"
    assert window.store.is_postgresql and configured_url(folder) == url
    assert not (folder / DB_FILENAME).exists() and list(folder.glob(DB_FILENAME + MOVED_SUFFIX + "*"))
    # what the window shows, read again from the server
    window.refresh_button.click()
    _wait(qtbot, window)
    assert _cell(window, OFFICE2, COL_BUNDLE).startswith("第 1 号")
    assert window.registry.registry_list.topLevelItemCount() == 1
    assert window.imports.received_list.topLevelItemCount() == 1
    assert window.authority.engine is window.store.engine


def _tables(url: str) -> list[str]:
    from sqlalchemy import create_engine, inspect

    engine = create_engine(url)
    try:
        return sorted(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_a_city_on_a_server_shows_the_server_revision_sessions_and_backup_advice(
    qtbot: QtBot, server_city: City
) -> None:
    assert server_city.url is not None
    window = _window(qtbot, server_city)
    host, name = server_place(server_city.url)
    assert window.database_label.text() == f"数据保存在服务器 {host}/{name}"

    dialog = _open_dialog(qtbot, window)
    shown = _texts(dialog)
    assert dialog.heading.text() == f"数据保存在服务器 {host}/{name}"
    assert dialog.address is None and dialog.move_button is None and dialog.focusWidget() is dialog.close_button
    assert host in shown and name in shown and head_revision() in shown
    assert "pg_dump" in shown and "重新统计" in shown
    sessions = dialog.sessions_label.text()  # "3 个，来自 1 台电脑（包括这一台）": the test's socket is one computer
    assert sessions.endswith("个，来自 1 台电脑（包括这一台）") and int(sessions.split(" ")[0]) >= 1
    assert "s3cret-pw" not in shown + window.database_label.text() and "***" in shown

    from desktop.common.manual import manual_window

    dialog.help_button.click()  # 使用说明: the manual's page on it
    viewer = manual_window()
    assert viewer is not None and viewer.isVisible() and viewer.current_file() == "city-database.html"
    viewer.close()
    dialog.reject()


def test_refresh_shows_what_another_workstation_did(qtbot: QtBot, tmp_path: Path, server_city: City) -> None:
    assert server_city.url is not None
    window = _window(qtbot, server_city)
    assert window.registry.registry_list.topLevelItemCount() == 1
    assert window.imports.received_list.topLevelItemCount() == 0
    assert _cell(window, OFFICE2, COL_BUNDLE) == "尚未收到"

    # a second workstation of the same city: its own folder, the same database
    second = tmp_path / "second"
    code, _out, err = shequ("--data-dir", str(second), "city", "join", "--database", server_city.url)
    assert (code, err) == (0, "")
    other = CityAuthority(second)
    try:
        with open_store(second) as store:
            assert store.is_postgresql
            request = make_request(KeyStore(tmp_path / "office3"), OFFICE_PASSPHRASE, NEW_OFFICE, "团结社区")
            other.issue(request, CITY_PASSPHRASE, source=f"{NEW_OFFICE}-request.pem")
            return_id = sign_return(server_city.office, "2026Q1")
            bundle = export_bundle(server_city.office.store, server_city.office.keys, OFFICE_PASSPHRASE, tmp_path)
            import_bundle(store, bundle.path, city=other, passphrase=CITY_PASSPHRASE, now=ARRIVAL)
            add_comment(
                store, OFFICE2, parse_period("2026Q1"), figure_key="service.activities",
                text="活动次数已核对。", written_by="王审核", now=DECIDED,
            )  # fmt: skip
            decide_return(
                store, return_id, ReturnState.RECEIVED, decided_by="王审核", now=DECIDED,
                seen=SeenDecision("", None),
            )  # fmt: skip
    finally:
        other.close()
    assert window.registry.registry_list.topLevelItemCount() == 1  # not read again yet

    window.refresh_button.click()  # 重新统计
    _wait(qtbot, window)
    assert window.registry.registry_list.topLevelItemCount() == 2
    assert window.imports.received_list.topLevelItemCount() == 1
    assert window.status.table.rowCount() == 2
    assert _cell(window, NEW_OFFICE, COL_BUNDLE) == "尚未收到"
    assert _cell(window, OFFICE2, COL_BUNDLE).startswith("第 1 号")
    assert _cell(window, OFFICE2, COL_DECISION) == "已接收"
    window.select_office(OFFICE2)
    assert window.status.returns_list.topLevelItemCount() == 1
    first = window.status.returns_list.topLevelItem(0)
    assert first is not None and first.text(3) == "已接收"
    comments = [
        window.status.comments_list.topLevelItem(row) for row in range(window.status.comments_list.topLevelItemCount())
    ]
    assert any(
        item is not None and "活动次数已核对。" in [item.text(column) for column in range(item.columnCount())]
        for item in comments
    )
    assert not (server_city.hub.folder / DB_FILENAME).exists()  # every workstation reads the server
    assert configured_url(server_city.hub.folder) == server_city.url
