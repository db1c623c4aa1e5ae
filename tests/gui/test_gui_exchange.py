"""数据交换 (the office's page): the USB stick listed, certificate request and installation, bundles
to the city and to another computer (the bundle passphrase typed twice), importing with a missing
bundle (wait, or import with the gap recorded), conflicts settled. Real installations, real files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from sqlmodel import select

from db.exchange.bundle import export_bundle
from db.exchange.pki import CityAuthority
from db.models import Staff
from db.returns.sign import KeyStore
from db.store import open_store
from desktop.common.changes import ChangeHub
from desktop.common.drives import Drive, DriveChooser, drive_text, mounted_drives
from desktop.common.prompts import ScriptedPrompts
from desktop.common.workspace import workspace_for
from desktop.exchange.page import ExchangePage
from desktop.shell.main_window import MainWindow
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    DEVICE_PASSPHRASE,
    OFFICE1,
    OFFICE2,
    OFFICE_PASSPHRASE,
    Site,
    certify,
    dump,
    sign_return,
    small_office,
)
from tests.support.gui_exchange_support import STICK_FREE, World, answer, asked, scripted, template, world

__all__ = ["scripted", "template", "world"]  # fixtures


def _wait(qtbot, page: ExchangePage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)


def _page(qtbot, site: Site, drives) -> ExchangePage:  # type: ignore[no-untyped-def]
    page = ExchangePage(workspace_for(site.store), drives=drives, hub=ChangeHub())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _rows(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [tree.topLevelItem(row).text(column) for column in range(tree.columnCount())]
        for row in range(tree.topLevelItemCount())
    ]


def test_the_stick_is_listed_and_the_bundle_for_the_city_written_to_it(
    qtbot, world: World, scripted: ScriptedPrompts
) -> None:
    sign_return(world.office1, "2026Q1")
    page = _page(qtbot, world.office1, world.drives)
    shown = page.drives.combo.currentText()
    assert page.drives.folder() == world.stick
    assert "U 盘" in shown and "KINGSTON" in shown and "可用 15.4 GB" in shown
    assert page.drives.combo.itemData(page.drives.combo.count() - 1) == "\x00other"  # 其他位置…
    assert page.cert_state.text() == "市级颁发的证书"
    assert page.cert_city.text() == "中共巴彦淖尔市委组织部"

    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
    page.export_button.click()
    _wait(qtbot, page)
    written = world.stick / f"{OFFICE1}-0001.shequ"
    assert written.is_file() and not list(world.stick.glob("*.partial"))
    assert asked(scripted, "ask_passphrase") == [("ask_passphrase", "again", "导出数据包")]  # asked once
    assert page.last_export is not None and page.last_export.path == written
    assert page.result_heading.text() == f"已导出报送市级的第 1 号数据包：{OFFICE1}-0001.shequ"
    text = page.result_text.text()
    assert str(written) in text and "范围：全部数据" in text
    assert "社区工作者 13 条" in text and "报表 1 份" in text and "已标记为“已报送”" in text
    assert _rows(page.returns_list)[0][:3] == ["2026年第一季度", "第 1 版", "已报送"]
    [history] = _rows(page.history_list)
    assert history[1:4] == ["导出", "报送市级", "1"] and "等待市级确认" in history[4]
    assert page.history_list.topLevelItem(0).toolTip(2) == f"文件：{written.name}"


def test_request_install_then_export_and_no_certificate_is_said_first(
    qtbot, tmp_path: Path, world: World, scripted: ScriptedPrompts
) -> None:
    office = small_office(tmp_path / "office3", "150802003001", "团结社区")
    try:
        page = _page(qtbot, office, world.drives)
        assert page.cert_state.text() == "还没有签名密钥"

        page.export_button.click()  # no key yet: said, nothing asked
        assert page.result_heading.text() == "还没有签名密钥" and scripted.asked == []

        answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
        page.request_button.click()
        _wait(qtbot, page)
        request = world.stick / "150802003001-request.pem"
        assert request.is_file()
        assert asked(scripted, "ask_passphrase") == [("ask_passphrase", "first_time", "生成注册申请")]  # typed twice
        assert page.cert_state.text() == "自签名证书：市委组织部尚未颁发证书"
        assert "密钥指纹：" + page.cert_key.text() in page.result_text.text()

        page.export_button.click()  # self-signed: the city cannot open it; said before any passphrase
        assert page.result_heading.text() == "还不能报送市级"
        assert "还没有安装市级颁发的证书" in page.result_text.text()
        assert len(asked(scripted, "ask_passphrase")) == 1

        issued = world.city.issue(request.read_bytes(), CITY_PASSPHRASE)
        certificate = world.stick / issued.filename
        certificate.write_bytes(issued.file_bytes())
        answer(scripted, "open_file", certificate)
        page.install_button.click()
        _wait(qtbot, page)
        assert page.result_heading.text() == "已安装市级颁发的证书"
        assert page.cert_state.text() == "市级颁发的证书" and page.cert_city.text() == "中共巴彦淖尔市委组织部"
        assert not KeyStore(office.folder).is_self_signed()

        answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
        page.export_button.click()
        _wait(qtbot, page)
        assert (world.stick / "150802003001-0001.shequ").is_file()
    finally:
        QThreadPool.globalInstance().waitForDone()
        office.close()


def test_a_wrong_passphrase_writes_nothing(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    page = _page(qtbot, world.office2, world.drives)
    before = dump(world.office2)
    answer(scripted, "ask_passphrase", "不是这个口令123")
    page.export_button.click()
    _wait(qtbot, page)
    assert list(world.stick.iterdir()) == []
    assert "口令不正确" in page.result_text.text()
    assert any(kind == "error" and "口令不正确" in text for kind, _title, text in scripted.asked)
    assert dump(world.office2) == before


@pytest.fixture
def device_b(tmp_path: Path, world: World) -> Iterator[Site]:
    """A second computer of 胜利社区: its own key, certified for the same office, no data yet."""
    folder = tmp_path / "device-b"
    site = Site(folder, open_store(folder, create=True), KeyStore(folder), OFFICE1)
    certify(world.city, site, "胜利社区")
    yield site
    QThreadPool.globalInstance().waitForDone()
    site.close()


def _first_staff(site: Site) -> Staff:
    with site.store.session() as session:
        staff = session.exec(select(Staff).order_by(Staff.name)).first()
    assert staff is not None
    return staff


def _set_note(site: Site, record_id: str, note: str) -> None:
    with site.store.transaction(site.actor()) as session:
        staff = session.get(Staff, record_id)
        assert staff is not None
        staff.note = note
        session.add(staff)


def _device_export(site: Site, stick: Path):  # type: ignore[no-untyped-def]
    return export_bundle(
        site.store, site.keys, OFFICE_PASSPHRASE, stick, purpose="device", device_passphrase=DEVICE_PASSPHRASE
    )


def test_another_computer_conflicts_and_a_missing_bundle(
    qtbot, world: World, device_b: Site, scripted: ScriptedPrompts
) -> None:
    device_a = world.office1
    page_a = _page(qtbot, device_a, world.drives)
    page_a.to_device.setChecked(True)
    assert "交换口令" in page_a.export_hint.text()
    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE, DEVICE_PASSPHRASE)
    page_a.export_button.click()
    _wait(qtbot, page_a)
    first = world.stick / f"{OFFICE1}-device-0001.shequ"
    assert first.is_file()
    # the signing passphrase, then the bundle's own passphrase, chosen and typed twice
    assert [q[1:] for q in asked(scripted, "ask_passphrase")] == [
        ("again", "导出数据包"),
        ("first_time", "设定交换口令"),
    ]
    assert "给本社区另一台电脑的" in page_a.result_heading.text()

    page_b = _page(qtbot, device_b, world.drives)
    answer(scripted, "open_file", first)
    answer(scripted, "ask_passphrase", DEVICE_PASSPHRASE)
    page_b.import_button.click()
    _wait(qtbot, page_b)
    assert page_b.result_heading.text() == "已导入另一台电脑的第 1 号数据包"
    assert "新增" in page_b.result_text.text()
    record = _first_staff(device_a).id
    assert _first_staff(device_b).id == record

    # both computers change the same record: the import keeps both sides and lists them
    _set_note(device_b, record, "B 电脑的备注")
    _set_note(device_a, record, "A 电脑的备注")
    second = _device_export(device_a, world.stick).path
    answer(scripted, "ask_passphrase", DEVICE_PASSPHRASE)
    page_b.import_file(second)
    _wait(qtbot, page_b)
    assert "1 处冲突已保留" in page_b.result_text.text()
    assert page_b.tabs.currentIndex() == 2 and page_b.tabs.tabText(2) == "同步冲突（1）"
    [row] = _rows(page_b.conflict_list)
    assert row[0] == "社区工作者" and row[1] == _first_staff(device_b).name and "备注" in row[2]
    page_b.conflict_list.setCurrentItem(page_b.conflict_list.topLevelItem(0))
    assert "本机“B 电脑的备注”，对方“A 电脑的备注”" in page_b.conflict_detail.text()
    page_b.take_theirs_button.click()
    assert _first_staff(device_b).note == "A 电脑的备注"
    assert page_b.conflict_list.topLevelItemCount() == 0 and page_b.tabs.tabText(2) == "同步冲突"

    # bundle 3 is lost on the way; 4 arrives: wait (nothing changes), or import with the gap recorded
    with device_a.store.session() as session:
        other = session.exec(select(Staff).order_by(Staff.name)).all()[1].id  # one B has not touched
    _set_note(device_a, other, "第三次")
    _device_export(device_a, world.stick)
    _set_note(device_a, other, "第四次")
    fourth = _device_export(device_a, world.stick).path
    before = dump(device_b)
    answer(scripted, "ask_passphrase", DEVICE_PASSPHRASE)
    answer(scripted, "choose", 0)  # 等待缺少的数据包 (the default)
    page_b.import_file(fourth)
    _wait(qtbot, page_b)
    [question] = asked(scripted, "choose")
    assert question[1] == "缺少更早的数据包" and f"社区 {OFFICE1} 的第 3 号数据包还没有导入" in question[2]
    assert page_b.result_heading.text() == "等待缺少的数据包"
    assert dump(device_b) == before

    answer(scripted, "ask_passphrase", DEVICE_PASSPHRASE)
    answer(scripted, "choose", 1)  # 记录缺口后导入
    page_b.import_file(fourth)
    _wait(qtbot, page_b)
    assert page_b.result_heading.text() == "已导入另一台电脑的第 4 号数据包"
    assert "已记录缺口" in page_b.result_text.text()
    with device_b.store.session() as session:
        arrived = session.get(Staff, other)
    assert arrived is not None and arrived.note == "第四次"
    assert any("缺口" in row[4] for row in _rows(page_b.history_list))

    answer(scripted, "ask_passphrase", DEVICE_PASSPHRASE)
    page_b.import_file(fourth)  # the same file again: nothing changes, and it says so
    _wait(qtbot, page_b)
    assert page_b.result_heading.text() == "这个数据包以前已经导入过"


def test_a_city_bundle_at_an_office_is_refused_with_its_reason(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    written = export_bundle(world.office2.store, world.office2.keys, OFFICE_PASSPHRASE, world.stick)
    page = _page(qtbot, world.office1, world.drives)
    before = dump(world.office1)
    page.import_file(written.path)
    assert page.result_heading.text() == "没有导入"
    assert f"社区 {OFFICE2} 报送市级的第 1 号数据包，只能在市委组织部导入" in page.result_text.text()
    assert scripted.asked == [] and dump(world.office1) == before


def test_other_place_is_chosen_in_a_folder_dialog(qtbot, tmp_path: Path, scripted: ScriptedPrompts) -> None:
    chooser = DriveChooser(lambda: [])
    qtbot.addWidget(chooser)
    assert chooser.folder() is None and "没有找到 U 盘" in chooser.combo.currentText()
    answer(scripted, "choose_folder", tmp_path)
    chooser.combo.setCurrentIndex(chooser.combo.count() - 1)
    chooser.combo.activated.emit(chooser.combo.count() - 1)
    assert chooser.folder() == tmp_path and str(tmp_path) in chooser.combo.currentText()
    answer(scripted, "choose_folder", None)  # cancelled: the choice stays
    chooser.choose_other()
    assert chooser.folder() == tmp_path
    assert drive_text(Drive(tmp_path, "", STICK_FREE, True)).startswith("U 盘（")
    assert all(drive.path.exists() for drive in mounted_drives())  # whatever this machine has


def test_the_main_window_shows_the_page_and_reloads_its_pages_after_an_import(
    qtbot, world: World, device_b: Site, scripted: ScriptedPrompts
) -> None:
    assert not CityAuthority(device_b.folder).exists()
    window = MainWindow(workspace_for(device_b.store))
    qtbot.addWidget(window)
    staff_list = window.show_page("staff")
    assert staff_list.model.rowCount() == 0  # type: ignore[attr-defined]
    page = window.show_page("exchange")
    assert isinstance(page, ExchangePage)
    bundle = _device_export(world.office1, world.stick).path
    answer(scripted, "ask_passphrase", DEVICE_PASSPHRASE)
    page.import_file(bundle)
    _wait(qtbot, page)
    with world.office1.store.session() as session:
        staff = len(session.exec(select(Staff).where(Staff.deleted_at.is_(None))).all())  # type: ignore[union-attr]
    assert staff_list.model.rowCount() == staff > 0  # type: ignore[attr-defined]
    QThreadPool.globalInstance().waitForDone()
