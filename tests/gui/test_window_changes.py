"""One signal for what changed, through a whole main window: what one page does, the other pages
show without being reopened. A return signed on 报表 appears on 数据交换; a bundle exported on
数据交换 turns it 已报送 on the 报表 page built before; a second version signed on 报表 is listed
on 数据交换; choosing a folder takes the 没有选择 U 盘 message away. Real installations (a certified
demo office), real widgets, the real export; only the person's answers are scripted."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QTreeWidget

from db.changes import Changes
from desktop.common.prompts import ScriptedPrompts
from desktop.common.workspace import workspace_for
from desktop.exchange.page import ExchangePage
from desktop.returns.page import ReturnsPage
from desktop.shell.main_window import MainWindow
from tests.support.exchange_sites import OFFICE_PASSPHRASE
from tests.support.gui import type_chinese
from tests.support.gui_exchange_support import World, answer, scripted, template, world

__all__ = ["scripted", "template", "world"]  # fixtures

PERIOD = "2026Q1"


def exported_bundles(folder: Path) -> list[Path]:
    from db.exchange.bundle import BUNDLE_SUFFIX

    return sorted(folder.glob(f"*{BUNDLE_SUFFIX}"))


def _rows(tree: QTreeWidget, columns: int = 3) -> list[list[str]]:
    items = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
    return [[item.text(column) for column in range(columns)] for item in items if item is not None]


def _sign(qtbot, window: MainWindow, scripted: ScriptedPrompts, *, reason: str = "") -> ReturnsPage:  # type: ignore[no-untyped-def]
    """Sign the period's return on the 报表 page, as a clerk does: explain each warning, give the
    reason of a correction, type the passphrase."""
    page = window.open_reports(PERIOD)
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    for box in page.make_tab.explanation_boxes.values():
        if not box.toPlainText().strip():
            type_chinese(box, "已核实，情况属实。")
    if reason:
        type_chinese(page.make_tab.correction_reason, reason)
    scripted.answers["ask_passphrase"] = deque([OFFICE_PASSPHRASE])
    page.make_tab.sign_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert page.made is not None and page.made.signed, page.make_tab.check_status.text()
    return page


def test_what_one_page_does_the_others_show(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    window = MainWindow(workspace_for(world.office1.store))
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    heard: list[Changes] = []
    window.hub.changed.connect(heard.append)

    exchange = window.show_page("exchange")  # built first, before anything is signed
    assert isinstance(exchange, ExchangePage)
    assert _rows(exchange.returns_list) == []

    reports = _sign(qtbot, window, scripted)
    assert heard[-1].touches_returns() and PERIOD in heard[-1].periods
    assert _rows(reports.signed_list) == [["2026年第一季度", "第 1 版", "已签署"]]

    assert window.show_page("exchange") is exchange  # not rebuilt: it heard the signature
    assert _rows(exchange.returns_list) == [["2026年第一季度", "第 1 版", "已签署"]]

    # No USB stick is offered: exporting says so; choosing a folder takes the message away.
    exchange.drives.source = lambda: []  # this PC's own disks are not what a clerk picks here
    exchange.drives.reload()
    assert exchange.drives.folder() is None
    exchange.export_button.click()
    assert exchange.result_heading.text() == "没有选择 U 盘" and exchange.result_frame.isVisibleTo(exchange)
    answer(scripted, "choose_folder", world.stick)
    combo = exchange.drives.combo
    combo.setCurrentIndex(combo.count() - 1)  # 其他位置…
    combo.activated.emit(combo.count() - 1)
    assert exchange.drives.folder() == world.stick
    assert not exchange.result_frame.isVisibleTo(exchange)  # the message is gone

    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
    exchange.export_button.click()
    qtbot.waitUntil(lambda: not exchange.busy, timeout=60_000)
    assert exported_bundles(world.stick)  # the bundle is on the stick
    assert _rows(exchange.returns_list) == [["2026年第一季度", "第 1 版", "已报送"]]

    reports_again = window.show_page("reports")
    assert reports_again is reports  # the page built before, not a new one
    qtbot.waitUntil(lambda: not reports.busy, timeout=60_000)
    assert _rows(reports.signed_list) == [["2026年第一季度", "第 1 版", "已报送"]]

    _sign(qtbot, window, scripted, reason="党员人数核对后更正")  # version 2, a correction
    assert [row[1] for row in _rows(reports.signed_list)] == ["第 2 版", "第 1 版"]
    window.show_page("exchange")
    assert _rows(exchange.returns_list) == [
        ["2026年第一季度", "第 2 版", "已签署"],
        ["2026年第一季度", "第 1 版", "已报送"],
    ]
    QThreadPool.globalInstance().waitForDone()
