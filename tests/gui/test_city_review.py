"""The city's window: an imported return is shown 待审核 (with what the import's checks found), and
only a person decides — 通过 with their name, 有问题… / 退回… with a comment and their name. The list
shows each decision at once (the screen matches the data), a cancelled question decides nothing,
and the office's exchange page shows 待审核 until a decision travels. Real installations and files."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import col, select

from db.exchange.bundle import export_ack, export_bundle
from db.exchange.rawdb import exchange_connection
from db.models import ReturnReceipt
from desktop.city.texts import COL_DECISION
from desktop.city.window import CityWindow
from desktop.common.changes import ChangeHub
from desktop.common.prompts import ScriptedPrompts
from desktop.common.workspace import workspace_for
from desktop.exchange.page import ExchangePage
from desktop.returns.page import ReturnsPage
from tests.support.exchange_sites import CITY_PASSPHRASE, OFFICE1, OFFICE2, OFFICE_PASSPHRASE, Site, sign_return
from tests.support.gui_exchange_support import World, answer, asked, scripted, template, world

__all__ = ["scripted", "template", "world"]  # fixtures

TODAY = date(2026, 4, 10)
ARRIVAL = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)


def _window(qtbot, world: World) -> CityWindow:  # type: ignore[no-untyped-def]
    window = CityWindow(world.hub.store, world.city, drives=world.drives, today=TODAY, clock=lambda: ARRIVAL)
    qtbot.addWidget(window)
    window.show()
    window.set_period("2026Q1")
    _wait(qtbot, window)
    return window


def _wait(qtbot, window: CityWindow | ExchangePage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)


def _export(site: Site, stick: Path) -> Path:
    return export_bundle(site.store, site.keys, OFFICE_PASSPHRASE, stick).path


def _item(window: CityWindow, code: str, column: int):  # type: ignore[no-untyped-def]
    table = window.status.table
    row = next(row for row in range(table.rowCount()) if table.item(row, 0).text() == code)
    return table.item(row, column)


def _returns(window: CityWindow) -> list[list[str]]:
    tree = window.status.returns_list
    return [
        [tree.topLevelItem(row).text(column) for column in range(tree.columnCount())]
        for row in range(tree.topLevelItemCount())
    ]


def _receipt(world: World, code: str) -> ReturnReceipt:
    with world.hub.store.session() as session:
        found = session.exec(select(ReturnReceipt).where(col(ReturnReceipt.office_code) == code)).one()
        session.expunge(found)
        return found


def _alter_pdf(site: Site, snapshot_id: str) -> None:
    """One byte of the signed PDF changed on the office's disk: it no longer matches its digest."""
    with exchange_connection(site.store) as conn:
        (relative,) = conn.execute("SELECT pdf_path FROM return_snapshot WHERE id = ?", (snapshot_id,)).fetchone()
    path = site.folder / str(relative)
    pdf = path.read_bytes()
    middle = len(pdf) // 2
    path.write_bytes(pdf[:middle] + bytes([pdf[middle] ^ 0x01]) + pdf[middle + 1 :])


def test_returns_wait_for_a_person_and_the_list_follows_each_decision(
    qtbot, world: World, scripted: ScriptedPrompts
) -> None:
    sign_return(world.office1, "2026Q1")
    _alter_pdf(world.office2, sign_return(world.office2, "2026Q1"))
    paths = [_export(world.office1, world.stick), _export(world.office2, world.stick)]
    window = _window(qtbot, world)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    window.import_paths(paths)
    _wait(qtbot, window)

    # both wait for a person; the altered one says what the import found
    assert _item(window, OFFICE1, COL_DECISION).text() == "待审核"
    altered = _item(window, OFFICE2, COL_DECISION)
    assert altered.text() == "待审核（核验有问题）"
    assert altered.toolTip().startswith("核验有问题：PDF 与签署摘要不符")
    assert window.status.totals.text().endswith("待审核 2 个")
    for code in (OFFICE1, OFFICE2):
        receipt = _receipt(world, code)
        assert (receipt.status, receipt.decided_by, receipt.decided_at) == ("", "", None)
    window.select_office(OFFICE2)
    [line] = _returns(window)
    assert line[3:5] == ["待审核", ""] and line[5].startswith("核验有问题：PDF 与签署摘要不符")
    assert "有问题：PDF 与签署摘要不符" in window.status.office_info.text()

    # cancelling the name decides nothing
    window.select_office(OFFICE1)
    answer(scripted, "ask_text", None)
    window.status.receive_button.click()
    _wait(qtbot, window)
    assert _item(window, OFFICE1, COL_DECISION).text() == "待审核" and _receipt(world, OFFICE1).status == ""

    # 通过 with the reviewer's name: the list shows it at once
    answer(scripted, "ask_text", "王审核")
    window.status.receive_button.click()
    _wait(qtbot, window)
    assert _item(window, OFFICE1, COL_DECISION).text() == "已接收"
    assert _item(window, OFFICE1, COL_DECISION).toolTip().startswith("王审核（市级），")
    [line] = _returns(window)
    assert line[3] == "已接收" and line[4].startswith("王审核（市级），")
    receipt = _receipt(world, OFFICE1)
    assert (receipt.status, receipt.decided_by, receipt.decided_level) == ("received", "王审核", "市级")
    assert window.status.totals.text().endswith("待审核 1 个")

    # 有问题… on the altered one: the comment, then the name (offered as the one used last)
    window.select_office(OFFICE2)
    answer(scripted, "ask_text", "   ")  # an empty comment is refused: nothing decided
    window.status.problem_button.click()
    assert window.result_heading.text() == "没有做出决定" and _receipt(world, OFFICE2).status == ""
    answer(scripted, "ask_text", "PDF 与签署时不一致，请重新签署后报送", "王审核")
    window.status.problem_button.click()
    _wait(qtbot, window)
    name_question = asked(scripted, "ask_text")[-1]
    assert name_question[1] == "审核报表" and "PDF 与签署摘要不符" in name_question[2]  # the finding, when deciding
    assert _item(window, OFFICE2, COL_DECISION).text() == "有问题"
    [line] = _returns(window)
    assert line[3] == "有问题" and line[5].startswith("PDF 与签署时不一致，请重新签署后报送；核验有问题：")
    assert _receipt(world, OFFICE2).reason == "PDF 与签署时不一致，请重新签署后报送"
    assert window.status.reviewer == "王审核"


def test_the_office_sees_pending_until_a_decision_travels(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    sign_return(world.office2, "2026Q1")
    window = _window(qtbot, world)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    window.import_paths([_export(world.office2, world.stick)])
    _wait(qtbot, window)
    written = export_ack(world.hub.store, world.city, CITY_PASSPHRASE, OFFICE2, world.stick)  # nobody decided

    page = ExchangePage(workspace_for(world.office2.store), drives=world.drives, hub=ChangeHub())
    qtbot.addWidget(page)
    page.show()
    answer(scripted, "open_file", written.path)
    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
    page.import_button.click()
    _wait(qtbot, page)
    row = [page.returns_list.topLevelItem(0).text(column) for column in range(page.returns_list.columnCount())]
    assert row[3] == "待审核" and "审核通过后该报告期才锁定" in row[4]
    assert not page.returned_banner.isVisibleTo(page)

    # a person's 通过 travels in the next acknowledgement: the office sees 已接收
    window.select_office(OFFICE2)
    answer(scripted, "ask_text", "李审核")
    window.status.receive_button.click()
    _wait(qtbot, window)
    again = export_ack(world.hub.store, world.city, CITY_PASSPHRASE, OFFICE2, world.stick)
    answer(scripted, "open_file", again.path)
    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
    page.import_button.click()
    _wait(qtbot, page)
    assert page.returns_list.topLevelItem(0).text(3) == "已接收"
    assert _item(window, OFFICE1, COL_DECISION).text() == ""  # 胜利社区 sent nothing


def test_a_problem_found_by_the_reviewer_stands_out_at_the_office(
    qtbot, world: World, scripted: ScriptedPrompts
) -> None:
    sign_return(world.office2, "2026Q1")
    window = _window(qtbot, world)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    window.import_paths([_export(world.office2, world.stick)])
    _wait(qtbot, window)
    window.select_office(OFFICE2)
    answer(scripted, "ask_text", "二月活动记录缺失", "王审核")
    window.status.problem_button.click()
    _wait(qtbot, window)
    written = export_ack(world.hub.store, world.city, CITY_PASSPHRASE, OFFICE2, world.stick)

    page = ExchangePage(workspace_for(world.office2.store), drives=world.drives, hub=ChangeHub())
    qtbot.addWidget(page)
    page.show()
    answer(scripted, "open_file", written.path)
    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
    page.import_button.click()
    _wait(qtbot, page)
    assert page.result_heading.text() == "已导入市级回执：市级审核认为有报表有问题"
    assert page.returned_banner.isVisibleTo(page)
    assert "2026年第一季度报表（第 1 版）市级审核认为有问题：二月活动记录缺失" in page.banner_text.text()
    row = [page.returns_list.topLevelItem(0).text(column) for column in range(page.returns_list.columnCount())]
    assert row[2:] == ["有问题", "有问题", "市级审核认为有问题：二月活动记录缺失"]

    returns_page = ReturnsPage(workspace_for(world.office2.store), today=date(2026, 6, 30), hub=ChangeHub())
    qtbot.addWidget(returns_page)
    qtbot.waitUntil(lambda: not returns_page.busy, timeout=30_000)
    assert returns_page.signed_list.topLevelItem(0).text(2) == "有问题"
    assert returns_page.signed_list.topLevelItem(0).toolTip(2) == "市级审核意见：二月活动记录缺失"
