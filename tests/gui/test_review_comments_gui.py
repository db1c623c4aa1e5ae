"""The city's comments on single figures and records, seen by the office where each applies: under the
return on 数据交换, at the figure and as a line that opens the record on 首页's 签署报表前还需处理, and
above the record's fields in its editor. Real installations, a real acknowledgement, real widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from sqlmodel import col, select

from db.exchange.bundle import export_ack, export_bundle, import_ack, import_bundle
from db.exchange.comments import add_comment, office_comments
from db.models import Activity
from db.periods import parse_period
from desktop.city.window import CityWindow
from desktop.common.changes import ChangeHub
from desktop.common.prompts import ScriptedPrompts
from desktop.common.workspace import workspace_for
from desktop.exchange.page import ExchangePage
from desktop.home.dashboard import DashboardPage
from desktop.ledgers.list_page import ListPage
from tests.support.exchange_sites import CITY_PASSPHRASE, OFFICE2, OFFICE_PASSPHRASE, sign_return
from tests.support.gui import open_window
from tests.support.gui_exchange_support import World, answer, scripted, template, world

__all__ = ["scripted", "template", "world"]  # fixtures

PERIOD = "2026Q1"
TODAY = date(2026, 4, 10)
ARRIVAL = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
WRITTEN = datetime(2026, 4, 11, 3, 0, tzinfo=UTC)


def _first_activity(world: World) -> str:
    with world.office2.store.session() as session:
        found = session.exec(select(Activity).order_by(col(Activity.held_on))).first()
        assert found is not None
        return found.id


def _commented_ack(world: World) -> tuple[Path, str]:
    """新华社区's return sent, a comment on 开展活动 and one on its first activity; the acknowledgement
    carrying them (on the stick) and the activity's id."""
    sign_return(world.office2, PERIOD)
    bundle = export_bundle(world.office2.store, world.office2.keys, OFFICE_PASSPHRASE, world.stick).path
    import_bundle(world.hub.store, bundle, city=world.city, passphrase=CITY_PASSPHRASE, now=ARRIVAL)
    activity = _first_activity(world)
    period = parse_period(PERIOD)
    add_comment(
        world.hub.store,
        OFFICE2,
        period,
        figure_key="service.activities",
        text="活动次数偏少",
        written_by="王审核",
        now=WRITTEN,
    )
    add_comment(
        world.hub.store,
        OFFICE2,
        period,
        record=("activity", activity),
        text="日期有误",
        written_by="王审核",
        now=WRITTEN,
    )
    written = export_ack(world.hub.store, world.city, CITY_PASSPHRASE, OFFICE2, world.stick)
    return written.path, activity


def test_the_exchange_page_lists_the_comments_under_their_return(
    qtbot, world: World, scripted: ScriptedPrompts
) -> None:
    ack, _ = _commented_ack(world)
    page = ExchangePage(workspace_for(world.office2.store), drives=world.drives, hub=ChangeHub())
    qtbot.addWidget(page)
    page.show()
    assert page.returns_list.topLevelItem(0).childCount() == 0  # nothing from the city yet

    answer(scripted, "open_file", ack)
    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
    page.import_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)

    row = page.returns_list.topLevelItem(0)
    assert row.isExpanded() and row.childCount() == 2
    lines = [(row.child(n).text(3), row.child(n).text(4)) for n in range(row.childCount())]
    assert lines[0][0] == lines[1][0] == "市级意见"
    assert lines[0][1].startswith("开展活动：活动次数偏少（王审核（市级），2026-04-11")
    assert lines[1][1].startswith("活动“便民服务日（第1次）”：日期有误（王审核（市级）")
    assert "市级审核意见 2 条" in page.result_text.text() or "市级审核意见 2 条" in page.result_heading.text()


def _line(tree, category: str, title: str) -> QTreeWidgetItem:  # type: ignore[no-untyped-def]
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item.text(0) == category and item.text(2) == title:
            return item
    raise AssertionError(f"no line {category} {title}")


def test_the_dashboard_shows_each_comment_at_its_figure_or_record_and_the_editor_above_the_fields(
    qtbot, world: World
) -> None:
    ack, activity = _commented_ack(world)
    import_ack(world.office2.store, ack, passphrase=OFFICE_PASSPHRASE)

    window = open_window(qtbot, world.office2.store)
    page = window.show_page("home")
    assert isinstance(page, DashboardPage)
    page.period_box.setCurrentIndex(page.period_box.findData(PERIOD))
    qtbot.waitUntil(lambda: not page.checking, timeout=60_000)
    page.show_signing()
    tree = page.signing.list
    figure = [
        tree.topLevelItem(n) for n in range(tree.topLevelItemCount()) if tree.topLevelItem(n).text(2) == "开展活动"
    ]
    assert len(figure) == 1 and figure[0].text(3).endswith("市级意见：活动次数偏少")
    record = _line(tree, "市级意见", "便民服务日（第1次）")
    assert (record.text(1), record.text(3)) == ("活动", "市级意见：日期有误")
    assert "市级意见 2 条" in page.signing.status.text()

    tree.scrollToItem(record)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(record).center())
    activities = window.stack.currentWidget()
    assert isinstance(activities, ListPage) and activities.editor is not None
    editor = activities.editor
    assert editor.record_id == activity
    assert editor.city_comment.isVisibleTo(editor)
    assert editor.city_comment.text().startswith("市级意见：日期有误（王审核（市级），2026-04-11")

    # another activity has no comment: nothing above its fields
    with world.office2.store.session() as session:
        other = session.exec(select(Activity).where(col(Activity.id) != activity)).first()
        assert other is not None
    activities.open_record(other.id)
    assert not editor.city_comment.isVisibleTo(editor) and editor.city_comment.text() == ""
    QApplication.processEvents()


def test_the_city_comments_on_a_selected_figure_with_the_reviewer_s_name(
    qtbot, world: World, scripted: ScriptedPrompts
) -> None:
    sign_return(world.office2, PERIOD)
    window = CityWindow(world.hub.store, world.city, drives=world.drives, today=TODAY, clock=lambda: WRITTEN)
    qtbot.addWidget(window)
    window.show()
    window.set_period(PERIOD)
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    bundle = export_bundle(world.office2.store, world.office2.keys, OFFICE_PASSPHRASE, world.stick).path
    window.import_paths([bundle])
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    window.select_office(OFFICE2)
    status = window.status
    assert not status.comment_button.isEnabled()  # no figure chosen yet
    figures = status.figures_list
    [row] = [
        figures.topLevelItem(n)
        for n in range(figures.topLevelItemCount())
        if figures.topLevelItem(n).text(1) == "开展活动"
    ]
    figures.setCurrentItem(row)
    assert status.comment_button.isEnabled()

    answer(scripted, "ask_text", None)  # cancelled: nothing recorded
    status.comment_button.click()
    answer(scripted, "ask_text", "活动次数偏少", "王审核")
    status.comment_button.click()

    with world.hub.store.session() as session:
        [comment] = office_comments(session, OFFICE2, PERIOD)
    assert (comment.figure_key, comment.text, comment.written_by, comment.level, comment.written_at) == (
        "service.activities",
        "活动次数偏少",
        "王审核",
        "市级",
        WRITTEN,
    )
    assert window.result_heading.text().startswith("王审核已对新华社区")
