"""字号: the text size chosen on 设置 or with Ctrl+= / Ctrl+- / Ctrl+0 scales every window's text,
keeps headings in proportion, grows list rows and columns, and is remembered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from db.audit import LedgerSession
from db.store import Store
from desktop.common.settings import TEXT_SCALES, Settings
from desktop.common.text_size import apply_text_scale, base_point_size, current_text_scale, follow_font, step
from desktop.common.workspace import workspace_for
from desktop.ledgers.list_page import ListPage
from desktop.settings.page import SettingsPage
from desktop.shell.app import make_application
from desktop.shell.main_window import MainWindow
from tests.support.gui import open_window, settle_fonts, show_dashboard
from tests.support.gui_exchange_support import World, template, world
from tests.support.office import add_sample_ledgers

__all__ = ["template", "world"]  # fixtures

CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.usefixtures("standard_text_size")


def app_size() -> float:
    return QApplication.font().pointSizeF()


@pytest.fixture
def window(qtbot, store: Store, session: LedgerSession) -> MainWindow:
    add_sample_ledgers(store, session)
    return open_window(qtbot, store)


def test_the_sizes_step_through_the_list() -> None:
    assert [step(percent, 1) for percent in TEXT_SCALES] == [115, 130, 150, 175, 200, 200]
    assert [step(percent, -1) for percent in TEXT_SCALES] == [100, 100, 115, 130, 150, 175]
    with pytest.raises(ValueError):
        apply_text_scale(120)
    assert current_text_scale() == 100


def test_the_settings_choice_scales_every_text_and_is_remembered(
    qtbot, window: MainWindow, user_settings_in_tmp: Path
) -> None:
    base = base_point_size()
    assert base >= 10 and app_size() == pytest.approx(base)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    choices = [page.text_scale.itemText(index) for index in range(page.text_scale.count())]
    assert choices == ["标准 100%", "较大 115%", "大 130%", "很大 150%", "特大 175%", "最大 200%"]
    heading = next(label for label in page.findChildren(QLabel) if label.text() == "设置")
    assert heading.font().pointSizeF() == pytest.approx(base * 1.4)

    page.text_scale.setCurrentIndex(page.text_scale.findData(150))
    settle_fonts()
    assert app_size() == pytest.approx(base * 1.5)
    assert page.text_sample.font().pointSizeF() == pytest.approx(base * 1.5)  # a widget of the page
    assert page.language_note.font().pointSizeF() == pytest.approx(base * 1.5)  # one with a style sheet too
    assert window.menuBar().font().pointSizeF() == pytest.approx(base * 1.5)  # the window around it
    assert heading.font().pointSizeF() == pytest.approx(base * 1.5 * 1.4)  # a heading stays 1.4 times the text
    assert Settings().text_scale() == 150  # remembered for the next start
    assert (user_settings_in_tmp / "Shequ" / "Shequ.ini").exists()  # in the temporary folder, not the user's

    later = QLabel("张𠮷")  # a window opened afterwards shows the same size
    qtbot.addWidget(later)
    assert later.font().pointSizeF() == pytest.approx(base * 1.5)

    page.text_scale.setCurrentIndex(page.text_scale.findData(100))
    settle_fonts()
    assert app_size() == pytest.approx(base)
    assert heading.font().pointSizeF() == pytest.approx(base * 1.4)
    assert Settings().text_scale() == 100


def test_the_shortcuts_step_the_size_and_ctrl_0_resets(qtbot, window: MainWindow) -> None:
    base = base_point_size()
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert (current_text_scale(), Settings().text_scale()) == (115, 115)
    assert app_size() == pytest.approx(base * 1.15)
    assert window.statusBar().currentMessage() == "字号：115%"
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)  # Ctrl++ as well as Ctrl+=
    assert app_size() == pytest.approx(base * 1.3)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert app_size() == pytest.approx(base * 1.15)
    assert Settings().text_scale() == 115

    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    assert page.text_scale.currentData() == 115  # the 设置 page shows the size chosen with the keys
    for _ in range(8):  # no further than the largest
        qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert (current_text_scale(), page.text_scale.currentData()) == (200, 200)
    assert app_size() == pytest.approx(base * 2)

    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert (current_text_scale(), Settings().text_scale(), page.text_scale.currentData()) == (100, 100, 100)
    assert app_size() == pytest.approx(base)
    assert window.statusBar().currentMessage() == "字号：100%"
    view_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "查看(&V)")
    assert [action.text() for action in view_menu.actions()] == ["放大字号", "缩小字号", "恢复标准字号"]


def test_list_rows_and_columns_follow_the_text(qtbot, window: MainWindow) -> None:
    page = window.show_page("staff")
    assert isinstance(page, ListPage)
    settle_fonts()
    rows = page.table.verticalHeader()
    height, first_column = rows.defaultSectionSize(), page.table.horizontalHeader().sectionSize(0)
    assert height == page.table.fontMetrics().height() + 10

    apply_text_scale(150)
    settle_fonts()
    assert rows.defaultSectionSize() == page.table.fontMetrics().height() + 10 > height * 1.3
    assert page.table.rowHeight(0) == rows.defaultSectionSize()  # the rows there already too
    assert page.table.horizontalHeader().sectionSize(0) == pytest.approx(first_column * 1.5, abs=1)

    again = ListPage(window.workspace.store.session, "staff")  # a list opened afterwards: the same rows
    qtbot.addWidget(again)
    assert again.table.verticalHeader().defaultSectionSize() == rows.defaultSectionSize()

    apply_text_scale(100)
    settle_fonts()
    assert rows.defaultSectionSize() == height
    assert page.table.horizontalHeader().sectionSize(0) == pytest.approx(first_column, abs=1)


def test_the_size_remembered_is_applied_at_start(qapp: QApplication) -> None:
    base = base_point_size()
    Settings().set_text_scale(130)
    make_application()  # as at the next start: the base stays the base
    assert (current_text_scale(), app_size()) == (130, pytest.approx(base * 1.3))
    assert base_point_size() == base


def test_sizes_in_pixels_follow_the_font(qtbot) -> None:
    label = QLabel("两行")
    qtbot.addWidget(label)
    follow_font(label, lambda: label.setFixedHeight(label.fontMetrics().lineSpacing() * 2))
    normal = label.height()
    assert normal == label.fontMetrics().lineSpacing() * 2
    apply_text_scale(200)
    settle_fonts()
    assert label.height() == label.fontMetrics().lineSpacing() * 2
    assert label.height() > normal * 1.6


def test_a_settings_file_of_its_own_is_written(qtbot, store: Store, tmp_path: Path) -> None:
    from db.office import OfficeSetup, create_office

    create_office(store, OfficeSetup("150802001001", "胜利社区"))
    own = Settings(QSettings(str(tmp_path / "own.ini"), QSettings.Format.IniFormat))
    page = SettingsPage(workspace_for(store), own)
    qtbot.addWidget(page)
    page.text_scale.setCurrentIndex(page.text_scale.findData(175))
    assert own.text_scale() == 175 and current_text_scale() == 175
    assert Settings(QSettings(str(tmp_path / "own.ini"), QSettings.Format.IniFormat)).text_scale() == 175
    assert Settings().text_scale() == 100  # the user's preferences were not touched


def test_the_city_window_has_the_view_menu(qtbot, world: World) -> None:
    from desktop.city.window import CityWindow

    base = base_point_size()
    city = CityWindow(world.hub.store, world.city, drives=world.drives, today=date(2026, 4, 10))
    qtbot.addWidget(city)
    city.show()
    qtbot.waitExposed(city)
    qtbot.waitUntil(lambda: not city.busy, timeout=60_000)
    view_menu = next(action.menu() for action in city.menuBar().actions() if action.text() == "查看(&V)")
    assert [action.text() for action in view_menu.actions()] == ["放大字号", "缩小字号", "恢复标准字号"]
    city.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is city, timeout=3000)
    qtbot.keyClick(city, Qt.Key.Key_Equal, CTRL)
    assert (current_text_scale(), Settings().text_scale()) == (115, 115)
    assert app_size() == pytest.approx(base * 1.15)
    assert city.statusBar().currentMessage() == "字号：115%"
    qtbot.keyClick(city, Qt.Key.Key_0, CTRL)
    assert (current_text_scale(), app_size()) == (100, pytest.approx(base))


def test_the_dashboard_follows_the_text(qtbot, store: Store, office: None) -> None:
    page = show_dashboard(qtbot, store)
    qtbot.waitUntil(lambda: not page.checking, timeout=10_000)
    page.resize(1100, 900)
    settle_fonts()

    def places() -> list[tuple[int, int]]:
        return [page._grid.getItemPosition(page._grid.indexOf(s))[:2] for s in page.sections.values()]

    bar = next(row.bar for section in page.sections.values() for row in section.rows if row.bar is not None)
    signing = page.signing.list
    assert signing.isVisible() and signing.topLevelItemCount() > 0
    bar_height, list_height, first_column = bar.height(), signing.height(), signing.header().sectionSize(0)
    assert places() == [(0, 0), (0, 1), (1, 0), (1, 1)]

    apply_text_scale(200)
    settle_fonts()
    assert bar.height() > bar_height * 1.6  # the bars as thick as the text is high
    assert signing.height() > list_height * 1.5  # the list as high as its rows
    assert signing.header().sectionSize(0) > first_column * 1.5  # its columns as wide as their words
    qtbot.waitUntil(lambda: places() == [(0, 0), (1, 0), (2, 0), (3, 0)])  # too narrow for two columns now

    apply_text_scale(100)
    settle_fonts()
    assert (bar.height(), signing.height()) == (bar_height, list_height)
    qtbot.waitUntil(lambda: places() == [(0, 0), (0, 1), (1, 0), (1, 1)])


def test_the_preview_buttons_take_two_lines_rather_than_widen_the_page(qtbot) -> None:
    from desktop.returns.preview_pane import PreviewPane

    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    qtbot.waitExposed(pane)
    settle_fonts()
    tools = pane.tools
    assert tools.one_line and tools.height() == pane.save_button.height()

    apply_text_scale(200)
    settle_fonts()
    assert pane.width() == 600  # the page did not grow
    assert not tools.one_line  # the print and save buttons under the zoom buttons
    assert tools.height() >= 2 * pane.save_button.height()
    for group in tools.groups:
        assert group.geometry().right() < tools.width()  # no button cut off
    assert pane.save_button.isVisible() and pane.zoom_out_button.isVisible()

    apply_text_scale(100)
    settle_fonts()
    assert tools.one_line
