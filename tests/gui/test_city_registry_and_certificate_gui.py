"""The windows' side of the city's registry lock and of the signed certificate file: the city's window
waits for the registry like the command line and, kept out, says so and writes nothing; the office's
数据交换 page refuses an edited certificate file with the reason and installs the untouched one.
Real installations, real files, real widgets offscreen."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from db.exchange.pki import CityAuthority, make_request
from db.returns.sign import KeyStore
from desktop.city.window import CityWindow
from desktop.common.changes import ChangeHub
from desktop.common.drives import Drive
from desktop.common.prompts import ScriptedPrompts
from desktop.common.workspace import workspace_for
from desktop.exchange.page import ExchangePage
from tests.support.city_state import city_rows
from tests.support.exchange_sites import CITY_PASSPHRASE, OFFICE_PASSPHRASE, Site, make_city, small_office
from tests.support.gui_exchange_support import STICK_FREE, answer, asked, scripted

__all__ = ["scripted"]  # fixtures

CODE, NAME = "150802003001", "团结社区"


@pytest.fixture
def city(tmp_path: Path) -> Iterator[tuple[CityAuthority, Site]]:
    _, hub = make_city(tmp_path / "city")
    yield CityAuthority(hub.folder, registry_wait=0.3), hub  # as the window gets it, waiting less
    QThreadPool.globalInstance().waitForDone()
    hub.close()


def test_the_city_window_kept_out_of_the_registry_says_so_and_writes_nothing(
    qtbot, tmp_path: Path, city: tuple[CityAuthority, Site], scripted: ScriptedPrompts
) -> None:
    authority, hub = city
    stick = tmp_path / "usb"
    stick.mkdir()
    authority.issue(make_request(KeyStore(tmp_path / "office"), OFFICE_PASSPHRASE, CODE, NAME), CITY_PASSPHRASE)
    window = CityWindow(hub.store, authority, drives=lambda: [Drive(stick, "KINGSTON", STICK_FREE, True)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    window.registry.registry_list.setCurrentItem(window.registry.registry_list.topLevelItem(0))
    before = city_rows(authority)

    # another writer (a `shequ city` command, another workstation) at work on the registry
    with CityAuthority(hub.folder)._writing(CODE):
        answer(scripted, "ask_text", "U 盘丢失，密钥可能泄露")
        answer(scripted, "confirm", True)
        answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
        window.registry.revoke_button.click()
        qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    assert window.result_heading.text() == "没有吊销"
    assert "市级数据正在被另一个窗口或命令修改" in window.result_text.text()
    assert city_rows(authority) == before

    answer(scripted, "ask_text", "U 盘丢失，密钥可能泄露")
    answer(scripted, "confirm", True)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)  # kept only once an act went through: asked again
    window.registry.revoke_button.click()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    assert len(asked(scripted, "ask_passphrase")) == 2
    assert window.result_heading.text() == f"已吊销 {NAME}（{CODE}）的证书"
    office = authority.office(CODE)
    assert office is not None and office.revoked


def test_the_exchange_page_refuses_an_edited_certificate_file_and_installs_the_genuine_one(
    qtbot, tmp_path: Path, city: tuple[CityAuthority, Site], scripted: ScriptedPrompts
) -> None:
    authority, _ = city
    office = small_office(tmp_path / "office", CODE, NAME)
    stick = tmp_path / "usb"
    stick.mkdir()
    try:
        issued = authority.issue(make_request(office.keys, OFFICE_PASSPHRASE, CODE, NAME), CITY_PASSPHRASE)
        document = json.loads(issued.file_bytes())
        edited = stick / "edited" / issued.filename
        edited.parent.mkdir()
        edited.write_text(json.dumps({**document, "city": "伪造市委组织部"}, ensure_ascii=False), encoding="utf-8")
        genuine = stick / issued.filename
        genuine.write_bytes(issued.file_bytes())
        page = ExchangePage(
            workspace_for(office.store), drives=lambda: [Drive(stick, "KINGSTON", STICK_FREE, True)], hub=ChangeHub()
        )
        qtbot.addWidget(page)
        page.show()

        answer(scripted, "open_file", edited)
        page.install_button.click()
        qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
        assert page.result_heading.text() == "证书没有安装"
        assert "市级签名不符" in page.result_text.text() and "伪造" not in page.result_text.text()
        assert office.keys.is_self_signed() and not office.keys.city_info_path.exists()

        answer(scripted, "open_file", genuine)
        page.install_button.click()
        qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
        assert page.result_heading.text() == "已安装市级颁发的证书"
        assert page.cert_city.text() == "中共巴彦淖尔市委组织部"
    finally:
        QThreadPool.globalInstance().waitForDone()
        office.close()
