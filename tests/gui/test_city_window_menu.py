"""The city's window has the main window's conventions: a 文件 and a 帮助 menu in Chinese with their
shortcuts (Ctrl+Q closes it by the close button's path, F1 opens the manual on the tab shown), the
city's passphrase asked once and kept for the session (forgotten on 锁定 — Ctrl+L —, after its
time-out without use, never kept when wrong), and 登记社区… without a stick asking for a folder before
anything else. Real installations and files, real key events; the clock is injected, nothing sleeps."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from db.exchange.bundle import export_bundle
from db.exchange.pki import make_request
from db.returns.sign import KeyStore
from desktop import __version__
from desktop.city.window import CityWindow
from desktop.common.drives import Drive
from desktop.common.passphrase import PASSPHRASE_TIMEOUT, PassphraseCache
from desktop.common.prompts import ScriptedPrompts
from tests.support.city_state import city_rows
from tests.support.exchange_sites import CITY_PASSPHRASE, OFFICE1, OFFICE_PASSPHRASE, Site
from tests.support.gui_exchange_support import World, answer, asked, scripted, template, world

__all__ = ["scripted", "template", "world"]  # fixtures

TODAY = date(2026, 4, 10)
ARRIVAL = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
WRONG = "不是市级的口令-不是市级的口令"
NEW_OFFICE = "150802003001"


class Clock:
    """Seconds, moved on by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _no_sticks() -> list[Drive]:
    return []


def _window(qtbot, world: World, *, clock: Clock | None = None, sticks: bool = True) -> CityWindow:  # type: ignore[no-untyped-def]
    window = CityWindow(
        world.hub.store,
        world.city,
        drives=world.drives if sticks else _no_sticks,
        today=TODAY,
        clock=lambda: ARRIVAL,
        passphrases=PassphraseCache(clock=clock or Clock()),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_period("2026Q1")
    _wait(qtbot, window)
    return window


def _press(qtbot, window: CityWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A real key event on the window, made the active one first (a shortcut reaches the active window)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, key, modifier)
    # QTest's click leaves the application believing Ctrl is still held (its last event's
    # modifiers), which would turn a later test's row selection into Ctrl+click: let go of it
    qtbot.keyRelease(window, Qt.Key.Key_Control)


def _wait(qtbot, window: CityWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)


def _export(site: Site, stick: Path) -> Path:
    return export_bundle(site.store, site.keys, OFFICE_PASSPHRASE, stick).path


def _menu(window: CityWindow, title: str) -> QMenu:
    [menu] = [action.menu() for action in window.menuBar().actions() if action.text() == title]
    assert isinstance(menu, QMenu)
    return menu


def _passphrases_asked(scripted: ScriptedPrompts) -> list[str]:
    return [question[2] for question in asked(scripted, "ask_passphrase")]


def _import(qtbot, window: CityWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    window.import_paths([path])
    _wait(qtbot, window)


# --- the menus -------------------------------------------------------------------------------


def test_the_menus_are_in_chinese_with_their_shortcuts(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    window = _window(qtbot, world)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "文件(&F)" and menus[-1] == "帮助(&H)"
    assert set(menus) <= {"文件(&F)", "查看(&V)", "设置(&S)", "帮助(&H)"}  # 设置 ▸ 数据库… (desktop/city/database.py)
    file_items = [action.text() for action in _menu(window, "文件(&F)").actions()]
    assert file_items == ["导入报送数据(&I)…", "", "锁定(&L)", "", "退出(&X)"]
    assert [action.text() for action in _menu(window, "帮助(&H)").actions()] == ["使用手册", "关于社区台账"]
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.manual_action.shortcut() == QKeySequence("F1")
    assert not window.lock_action.isEnabled()  # nothing kept yet

    answer(scripted, "open_files", [])
    window.import_action.trigger()  # 导入报送数据… is the import button's action
    assert [question[1] for question in asked(scripted, "open_files")] == ["选择社区报送的数据包（可以多选）"]

    window.about_action.trigger()
    [about] = asked(scripted, "info")
    assert about[1] == "关于社区台账" and __version__ in about[2] and world.city.name in about[2]


def test_ctrl_q_closes_the_window_the_way_its_close_button_does(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    window = _window(qtbot, world)
    backups = world.hub.store.data_dir / "backups"
    before = set(backups.glob("*exit*.sqlite")) if backups.is_dir() else set()
    window.keeper.worked("市级口令")  # kept until the window closes
    _press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not window.keeper.cache.kept  # closeEvent ran: the passphrase forgotten
    made = set(backups.glob("*exit*.sqlite")) - before if backups.is_dir() else set()
    # the copy made on close; none of a database on a PostgreSQL server (pg_dump backs it up)
    assert bool(made) == world.hub.store.keeps_backups


def test_f1_opens_the_manual_on_the_tab_shown(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    from desktop.city.help_actions import manual_topic
    from desktop.common.manual import manual_window

    window = _window(qtbot, world)
    window.tabs.setCurrentWidget(window.registry)
    _press(qtbot, window, Qt.Key.Key_F1)
    viewer = manual_window()
    assert viewer is not None and viewer.isVisible() and viewer.current_file() == "city.html"
    topics = {}
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        topics[window.tabs.tabText(tab)] = manual_topic(window)
    assert topics == {
        "报送情况": "city-status",
        "导入记录": "city-import",
        "同步冲突": "city",  # no chapter of its own: the city's
        "社区名单": "city-registry",
        "汇总报表": "city-return",
        "解锁申请": "city-unlock",
    }
    viewer.close()


# --- the passphrase, once per session ----------------------------------------------------------


def test_two_imports_and_an_acknowledgement_ask_the_passphrase_once_until_locked(
    qtbot, world: World, scripted: ScriptedPrompts
) -> None:
    first, second = _export(world.office1, world.stick), _export(world.office2, world.stick)
    window = _window(qtbot, world)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    _import(qtbot, window, first)
    assert window.keeper.label.text() == "已记住市级口令" and window.lock_action.isEnabled()
    _import(qtbot, window, second)
    window.select_office(OFFICE1)
    window.status.ack_button.click()
    _wait(qtbot, window)
    assert (world.stick / f"city-{OFFICE1}-0001.shequ").is_file()
    assert _passphrases_asked(scripted) == ["导入数据包"]  # once for the three

    _press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # 文件 ▸ 锁定
    assert window.result_heading.text() == "已锁定" and window.keeper.label.text() == ""
    assert not window.lock_action.isEnabled()
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    window.status.ack_button.click()
    _wait(qtbot, window)
    assert (world.stick / f"city-{OFFICE1}-0002.shequ").is_file()
    assert _passphrases_asked(scripted) == ["导入数据包", "生成回执"]


def test_the_passphrase_is_forgotten_after_the_time_out_without_use(
    qtbot, world: World, scripted: ScriptedPrompts
) -> None:
    path = _export(world.office1, world.stick)
    clock = Clock()
    window = _window(qtbot, world, clock=clock)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    _import(qtbot, window, path)

    clock.now += PASSPHRASE_TIMEOUT - 60
    _import(qtbot, window, path)  # a use: the time-out starts again
    clock.now += PASSPHRASE_TIMEOUT - 60
    _import(qtbot, window, path)
    assert _passphrases_asked(scripted) == ["导入数据包"]

    clock.now += PASSPHRASE_TIMEOUT
    window.keeper.show_state()  # what the window's timer does every half minute
    assert window.keeper.label.text() == "" and not window.lock_action.isEnabled()
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    _import(qtbot, window, path)
    assert _passphrases_asked(scripted) == ["导入数据包", "导入数据包"]


def test_a_wrong_passphrase_is_never_kept(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    path = _export(world.office1, world.stick)
    window = _window(qtbot, world)
    answer(scripted, "ask_passphrase", WRONG)
    _import(qtbot, window, path)
    assert "市级口令不正确" in window.result_text.text()
    assert not window.passphrases.kept and window.keeper.label.text() == ""

    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    _import(qtbot, window, path)
    assert _passphrases_asked(scripted) == ["导入数据包", "导入数据包"]
    assert window.passphrases.kept


def test_the_cache_keeps_only_what_it_is_given_and_never_shows_it() -> None:
    clock = Clock()
    cache = PassphraseCache(timeout=60, clock=clock)
    assert cache.get() is None and not cache.kept
    cache.keep("")  # nothing typed is nothing kept
    assert not cache.kept
    cache.keep(CITY_PASSPHRASE)
    assert cache.get() == CITY_PASSPHRASE and CITY_PASSPHRASE not in repr(cache)
    clock.now += 59
    assert cache.get() == CITY_PASSPHRASE
    clock.now += 59
    assert cache.kept
    clock.now += 1
    assert cache.get() is None and not cache.kept
    cache.keep(CITY_PASSPHRASE)
    cache.forget()
    assert cache.get() is None


# --- 登记社区… with no stick ----------------------------------------------------------------------


@pytest.fixture
def request_file(tmp_path: Path) -> Path:
    mail = tmp_path / "mail"  # the request came another way than a stick
    mail.mkdir()
    path = mail / f"{NEW_OFFICE}-request.pem"
    path.write_bytes(make_request(KeyStore(tmp_path / "office3"), OFFICE_PASSPHRASE, NEW_OFFICE, "团结社区"))
    return path


def test_issuing_with_no_stick_asks_for_a_folder_first_and_writes_there(
    qtbot, tmp_path: Path, world: World, scripted: ScriptedPrompts, request_file: Path
) -> None:
    target = tmp_path / "certificates"
    target.mkdir()
    window = _window(qtbot, world, sticks=False)
    answer(scripted, "open_file", request_file)
    answer(scripted, "choose_folder", target)
    answer(scripted, "confirm", True)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    window.registry.issue_button.click()
    _wait(qtbot, window)
    assert [question[0] for question in scripted.asked] == ["open_file", "choose_folder", "confirm", "ask_passphrase"]
    assert asked(scripted, "choose_folder")[0][1] == "没有找到 U 盘：请选择保存证书文件的文件夹"
    assert [path.name for path in target.iterdir()] == [f"{NEW_OFFICE}-certificate.json"]
    assert window.result_heading.text() == f"已为 团结社区（{NEW_OFFICE}）颁发证书"
    assert world.city.office(NEW_OFFICE) is not None
    assert window.drives.folder() == target  # the next act writes there too

    window.select_office(OFFICE1)  # and the passphrase is kept: the acknowledgement asks nothing
    window.status.ack_button.click()
    _wait(qtbot, window)
    assert (target / f"city-{OFFICE1}-0001.shequ").is_file()
    assert len(asked(scripted, "ask_passphrase")) == 1 and len(asked(scripted, "choose_folder")) == 1


def test_cancelling_the_folder_asks_nothing_more_and_writes_nothing(
    qtbot, world: World, scripted: ScriptedPrompts, request_file: Path
) -> None:
    window = _window(qtbot, world, sticks=False)
    registry = city_rows(world.city)
    answer(scripted, "open_file", request_file)
    answer(scripted, "choose_folder", None)
    window.registry.issue_button.click()
    _wait(qtbot, window)
    assert [question[0] for question in scripted.asked] == ["open_file", "choose_folder"]
    assert city_rows(world.city) == registry
    assert sorted(path.name for path in request_file.parent.iterdir()) == [request_file.name]
    assert world.city.office(NEW_OFFICE) is None and window.drives.folder() is None

    answer(scripted, "choose_folder", None)
    window.register_office(request_file)  # a request given (dropped): the folder is the first question
    assert [question[0] for question in scripted.asked] == ["open_file", "choose_folder", "choose_folder"]
