"""The main window: navigation, lazy pages, keyboard, the list page's search box and count."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from db.audit import LedgerSession
from db.store import Store
from desktop.exchange.page import ExchangePage
from desktop.home.dashboard import DashboardPage
from desktop.ledgers.list_page import ListPage
from desktop.returns.page import ReturnsPage
from desktop.settings.page import SettingsPage
from desktop.shell.main_window import MainWindow
from desktop.shell.navigation import NAVIGATION, PAGE_KEYS
from tests.support.gui import open_window, type_chinese
from tests.support.office import add_sample_ledgers


@pytest.fixture
def window(qtbot, store: Store, session: LedgerSession) -> MainWindow:
    add_sample_ledgers(store, session)
    return open_window(qtbot, store)


def test_navigation_lists_the_pillars_and_pages(window: MainWindow) -> None:
    nav = window.nav
    top = [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]
    assert top == ["首页", "有人管事", "有钱办事", "有场所议事", "服务", "报表", "数据交换", "设置"]
    children = {
        nav.topLevelItem(i).text(0): [
            nav.topLevelItem(i).child(j).text(0) for j in range(nav.topLevelItem(i).childCount())
        ]
        for i in range(nav.topLevelItemCount())
    }
    assert children["有人管事"] == ["社区工作者", "党组织", "党员"]
    assert children["有钱办事"] == ["经费"]
    assert children["有场所议事"] == ["场所设施"]
    assert children["服务"] == ["活动", "结对帮扶", "帮扶记录", "帮扶对象", "志愿者", "共建单位", "创建评比"]
    assert len(PAGE_KEYS) == sum(len(group.entries) for group in NAVIGATION) == 16


def test_window_opens_on_the_dashboard_with_office_and_operator(window: MainWindow) -> None:
    assert "胜利社区" in window.windowTitle()
    assert isinstance(window.stack.currentWidget(), DashboardPage)
    assert window.built_pages() == ("home",)  # the other pages are built when first shown
    assert window.office_label.text() == "社区：胜利社区（150802001001）"
    assert window.operator_label.text() == "操作人员：管理员"


def test_every_navigation_entry_shows_its_page(qtbot, window: MainWindow) -> None:
    expected_counts = {"staff": 4, "party_orgs": 2, "funding": 2, "pairings": 2, "awards": 1}
    for key in PAGE_KEYS:
        item = window._nav_items[key]
        window.nav.setCurrentItem(item)
        page = window.stack.currentWidget()
        assert window.current_key == key
        if key == "home":
            assert isinstance(page, DashboardPage)
        elif key == "settings":
            assert isinstance(page, SettingsPage)
        elif key == "reports":
            assert isinstance(page, ReturnsPage)
            qtbot.waitUntil(lambda page=page: not page.busy, timeout=10_000)  # its pre-flight check
        elif key == "exchange":
            assert isinstance(page, ExchangePage)
            assert page.cert_state.text() == "还没有签名密钥"
        else:
            assert isinstance(page, ListPage)
            assert page.kind_key == key
            count = page.model.rowCount()
            assert page.count_label.text() == f"共 {count} 条"
            if key in expected_counts:
                assert count == expected_counts[key]
    assert set(window.built_pages()) == set(PAGE_KEYS)


def test_group_headings_are_not_pages(window: MainWindow) -> None:
    heading = window.nav.topLevelItem(1)
    assert heading.text(0) == "有人管事"
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable


def test_keyboard_moves_between_pages_and_to_search(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.current_key == "staff"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "party_orgs"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "home"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "settings"  # wraps around

    page = window.show_page("staff")
    assert isinstance(page, ListPage)
    page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)


def test_list_page_table_is_set_up_for_big_lists(window: MainWindow) -> None:
    page = window.show_page("party_members")
    assert isinstance(page, ListPage)
    view = page.table
    assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    header = view.horizontalHeader()
    modes = {header.sectionResizeMode(c) for c in range(header.count())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    assert view.isSortingEnabled()
    assert view.alternatingRowColors()
    assert page.search.placeholderText() == "搜索姓名、身份证号、电话、工作单位、住址、备注…"
    assert window.show_page("staff").search.placeholderText() == "搜索姓名、身份证号、电话、备注…"
    assert window.show_page("funding").search.placeholderText() == "搜索备注…"  # what funding search matches


def test_typing_chinese_filters_the_list(qtbot, window: MainWindow) -> None:
    page = window.show_page("staff")
    assert isinstance(page, ListPage)
    assert page.count_label.text() == "共 4 条"
    page.search.setFocus()
    type_chinese(page.search, "张")
    assert page.search.text() == "张"
    # at once on a list whose queries are fast, after a pause in typing on a slow one
    # (tests/gui/test_list_debounce.py)
    qtbot.waitUntil(lambda: page.count_label.text() == "共 2 条", timeout=2000)
    names = {page.model.index(row, 0).data() for row in range(page.model.rowCount())}
    assert names == {"张三", "张丽"}

    type_chinese(page.search, "丽")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.count_label.text() == "共 1 条"

    page.search.clear()
    page.apply_search()  # Enter applies at once
    assert page.count_label.text() == "共 4 条"


def test_header_click_sorts(qtbot, window: MainWindow) -> None:
    page = window.show_page("staff")
    assert isinstance(page, ListPage)
    first = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    second = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    assert second == list(reversed(first))
    assert page.count_label.text() == "共 4 条"


def test_ctrl_q_closes_the_window(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    from desktop.common.shortcuts import quit_keys

    assert QKeySequence("Ctrl+Q") in quit_keys()  # on Windows too, where Qt's Quit is empty
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(window, Qt.Key.Key_Control)  # Qt's test tools would keep Ctrl held otherwise
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_title_names_the_office_once_and_the_app_once(window: MainWindow) -> None:
    """Qt adds the application's name after a window's own title: the title is the office alone."""
    from PySide6.QtWidgets import QApplication

    assert window.windowTitle() == "胜利社区"
    assert QApplication.applicationDisplayName() not in window.windowTitle()


def test_tab_leaves_every_table_of_rows() -> None:
    """Tables of whole rows give Tab to the next control (no cell-to-cell trap for the keyboard)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "desktop"
    trapped = []
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "SelectRows" in source and ("QTableWidget(" in source or "QTableView(" in source):
            calls = {
                node.func.attr
                for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            }
            if "setTabKeyNavigation" not in calls and "mapping_page" not in path.name:
                trapped.append(path.name)
    assert trapped == []
