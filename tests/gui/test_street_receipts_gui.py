"""The office's view of its street's review: the street's receipt imported from 数据交换's 导入交换文件…,
the return shown with 街道：… and 市级：… under it and the 退回 banner, the street's comments as 街道意见
under the return, on 首页 at the figure and the record, and above the record's fields in its editor.
Four real installations, the street's own decision and comments, a real receipt, real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from db.enums import ReturnState
from db.models import ReturnSnapshot
from desktop.common.changes import ChangeHub
from desktop.common.drives import Drive
from desktop.common.prompts import ScriptedPrompts
from desktop.common.workspace import workspace_for
from desktop.exchange.page import ExchangePage
from desktop.home.dashboard import DashboardPage
from desktop.ledgers.list_page import ListPage
from desktop.returns.page import ReturnsPage
from tests.support.exchange_sites import OFFICE_PASSPHRASE
from tests.support.gui import open_window
from tests.support.gui_exchange_support import answer, scripted
from tests.support.street_receipts import (
    FIGURE_COMMENT,
    PERIOD,
    REASON,
    RECORD_COMMENT,
    StreetReturned,
    street_returned,
)

__all__ = ["scripted"]  # fixtures


@pytest.fixture
def review(tmp_path: Path) -> Iterator[StreetReturned]:
    built = street_returned(tmp_path)
    yield built
    QThreadPool.globalInstance().waitForDone()
    built.close()


def _page(qtbot, review: StreetReturned) -> ExchangePage:  # type: ignore[no-untyped-def]
    stick = review.four.stick
    page = ExchangePage(
        workspace_for(review.four.via.store),
        drives=lambda: [Drive(stick, "KINGSTON", 15_400_000_000, True)],
        hub=ChangeHub(),
    )
    qtbot.addWidget(page)
    page.show()
    return page


def _children(row: QTreeWidgetItem) -> list[tuple[str, str]]:
    return [(row.child(n).text(3), row.child(n).text(4)) for n in range(row.childCount())]


def _lines(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]  # type: ignore[misc]


def test_the_exchange_page_shows_the_streets_return_and_its_comments(
    qtbot, review: StreetReturned, scripted: ScriptedPrompts
) -> None:
    page = _page(qtbot, review)
    row = page.returns_list.topLevelItem(0)
    assert row.text(2) == "已报送" and row.childCount() == 0  # nothing from the street yet

    answer(scripted, "open_file", review.receipt)
    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
    page.import_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert scripted.asked[-1][:3] == ("ask_passphrase", "again", "导入街道回执")
    assert page.result_heading.text() == "已导入街道回执：有报表被街道退回"
    assert f"被街道退回：{REASON}" in page.result_text.text() and "街道审核意见 2 条" in page.result_text.text()

    assert page.returned_banner.isVisibleTo(page)
    assert page.banner_heading.text().startswith("街道审核认为 1 份报表需要修改")
    assert f"2026年第一季度报表（第 1 版）街道退回原因：{REASON}" in page.banner_text.text()

    row = page.returns_list.topLevelItem(0)
    cells = [row.text(column) for column in range(page.returns_list.columnCount())]
    assert cells[:5] == ["2026年第一季度", "第 1 版", "退回", "", f"街道退回原因：{REASON}"]
    children = _children(row)
    assert children[0] == ("街道审核", f"街道：退回（李街道，2026-04-20 10:00）：{REASON}")
    assert children[1] == ("市级审核", "市级：街道审核通过后转报市级")
    comments = children[2:]
    assert [level for level, _ in comments] == ["街道意见", "街道意见"]
    assert comments[0][1] == f"{review.figure_label}：{FIGURE_COMMENT}（李街道（街道），2026-04-20 10:00）"
    assert comments[1][1].startswith(f"活动“{review.activity_title}”：{RECORD_COMMENT}（李街道（街道）")
    assert row.isExpanded()

    history = [[item.text(n) for n in range(5)] for item in _lines(page.history_list)]
    assert history[0][1:4] == ["导入", "街道回执", "1"]
    assert "街道收到数据包 1 个" in history[0][4] and "退回 1 份" in history[0][4]

    with review.four.via.store.session() as session:
        snapshot = session.get(ReturnSnapshot, review.return_id)
        assert snapshot is not None and snapshot.state == ReturnState.RETURNED.value

    # the same receipt again: said so, nothing changes on the page
    answer(scripted, "open_file", review.receipt)
    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
    page.import_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert page.result_heading.text() == "这份回执以前已经导入过"
    assert _children(page.returns_list.topLevelItem(0)) == children


def test_a_refused_receipt_says_why_in_one_line(qtbot, review: StreetReturned, scripted: ScriptedPrompts) -> None:
    page = _page(qtbot, review)
    answer(scripted, "open_file", review.receipt)
    answer(scripted, "ask_passphrase", "不对的口令12345")
    page.import_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert page.result_heading.text() == "回执没有导入"
    assert "口令" in page.result_text.text()
    assert page.returns_list.topLevelItem(0).text(2) == "已报送"


def test_home_and_the_editor_show_the_streets_comments(qtbot, review: StreetReturned) -> None:
    from db.exchange.bundle import import_ack

    import_ack(review.four.via.store, review.receipt, passphrase=OFFICE_PASSPHRASE)
    window = open_window(qtbot, review.four.via.store)
    page = window.show_page("home")
    assert isinstance(page, DashboardPage)
    page.period_box.setCurrentIndex(page.period_box.findData(PERIOD))
    qtbot.waitUntil(lambda: not page.checking, timeout=60_000)
    page.show_signing()
    lines = _lines(page.signing.list)
    figure = [item for item in lines if item.text(2) == review.figure_label]
    assert len(figure) == 1 and figure[0].text(3).endswith(f"街道意见：{FIGURE_COMMENT}")
    (record,) = [item for item in lines if item.text(2) == review.activity_title and item.text(0) == "街道意见"]
    assert (record.text(1), record.text(3)) == ("活动", f"街道意见：{RECORD_COMMENT}")
    assert "街道意见 2 条" in page.signing.status.text()
    assert not any("市级意见" in item.text(3) for item in lines)

    from PySide6.QtCore import Qt

    tree = page.signing.list
    tree.scrollToItem(record)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(record).center())
    activities = window.stack.currentWidget()
    assert isinstance(activities, ListPage) and activities.editor is not None
    editor = activities.editor
    assert editor.record_id == review.activity_id
    assert editor.city_comment.isVisibleTo(editor)
    assert editor.city_comment.text().startswith(f"街道意见：{RECORD_COMMENT}（李街道（街道），2026-04-20")

    # 报表: the return the street sent back, and why, as the city's would be
    returns_page = ReturnsPage(workspace_for(review.four.via.store), today=date(2026, 6, 30), hub=ChangeHub())
    qtbot.addWidget(returns_page)
    qtbot.waitUntil(lambda: not returns_page.busy, timeout=30_000)
    signed = returns_page.signed_list.topLevelItem(0)
    assert signed.text(2) == "退回" and signed.toolTip(2) == f"街道退回原因：{REASON}"
