"""A locked period in the app: the refusal instead of the reason dialog, 申请解锁… for an administrator,
锁定与解锁 on 数据交换, and 同意解锁… in the city's window.

Real installations, signed PDFs and sealed bundles (:mod:`tests.support.unlock_world`): the city passed
2026Q1 and its acknowledgement locked the period. Deleting a record of it shows the refusal (the period,
what to do next); an administrator's 申请解锁… asks the reason and writes the request; a 填表人 reads that
an administrator must ask. Once through the real Qt dialogs, the reason typed as a Pinyin input method
commits it. The city's window lists the request and grants it with the reviewer's name.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox
from sqlmodel import col, select

from db.exchange.unlock import request_unlock, unlock_requests
from db.models import Activity, Funding, ReturnReceipt
from desktop.city.window import CityWindow
from desktop.common.changes import ChangeHub
from desktop.common.prompts import Choice, Prompts, ScriptedPrompts, install_prompts
from desktop.common.workspace import workspace_for
from desktop.exchange.page import ExchangePage
from desktop.shell.main_window import MainWindow
from tests.support.gui import fill, list_page, type_chinese
from tests.support.unlock_world import ADMIN, FILLER, PERIOD, REVIEWER, UnlockWorld, locked_world

LOCKED_TITLE = "报告期已锁定"
REASON = "一季度活动参加人数录错，按签到表更正"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[UnlockWorld]:
    built = locked_world(tmp_path)
    yield built
    built.close()


@pytest.fixture
def answers() -> Iterator[ScriptedPrompts]:
    scripted = ScriptedPrompts()
    previous = install_prompts(scripted)
    try:
        yield scripted
    finally:
        install_prompts(previous)


def _script(scripted: ScriptedPrompts, method: str, *values: Any) -> None:
    scripted.answers.setdefault(method, deque()).extend(values)


def _window(qtbot, world: UnlockWorld, name: str = ADMIN) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(workspace_for(world.office.store, world.operator(name)))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def _activity_in_period(world: UnlockWorld) -> str:
    with world.office.store.session() as session:
        found = session.exec(
            select(Activity).where(
                col(Activity.deleted_at).is_(None), col(Activity.held_on) >= date(2026, 1, 1),
                col(Activity.held_on) <= date(2026, 3, 31),
            )
        ).first()  # fmt: skip
        assert found is not None
        return found.id


def _still_there(world: UnlockWorld, activity_id: str) -> bool:
    with world.office.store.session() as session:
        found = session.get(Activity, activity_id)
        return found is not None and not found.is_deleted


def test_an_administrator_reads_the_refusal_and_asks_to_unlock(
    world: UnlockWorld, qtbot, answers: ScriptedPrompts
) -> None:
    window = _window(qtbot, world)
    activity_id = _activity_in_period(world)
    _script(answers, "confirm", True, True)  # 删除? — then 申请解锁… on the refusal
    _script(answers, "ask_text", REASON)
    assert not window.editing.delete(window, "activities", activity_id)
    method, title, text = answers.asked[1]
    assert (method, title) == ("confirm", LOCKED_TITLE)
    assert "2026年第一季度" in text and "已由市级审核通过并锁定，不能修改" in text and "请由管理员申请解锁" in text
    assert answers.asked[2][:2] == ("ask_text", "申请解锁") and "2026年第一季度" in answers.asked[2][2]
    assert answers.asked[3][:2] == ("info", "已申请解锁") and "数据交换" in answers.asked[3][2]
    assert _still_there(world, activity_id)
    [request] = unlock_requests(world.office.store)
    assert (request.period_code, request.reason, request.requested_by, request.status) == (
        PERIOD,
        REASON,
        ADMIN,
        "pending",
    )

    # 数据交换 lists the locked period and the request; no second request for it
    page = ExchangePage(window.workspace, hub=ChangeHub())
    qtbot.addWidget(page)
    box = page.unlock_box
    assert not box.isHidden()
    assert box.locked_label.text() == "已锁定的报告期：2026年第一季度"
    assert "已申请解锁（管理员），等待市级同意" in box.requests_label.text()
    assert not box.ask_button.isEnabled()


def test_an_operator_who_is_not_an_administrator_is_told_who_may_ask(
    world: UnlockWorld, qtbot, answers: ScriptedPrompts
) -> None:
    window = _window(qtbot, world, FILLER)
    activity_id = _activity_in_period(world)
    _script(answers, "confirm", True)  # 删除? — the refusal then has no 申请解锁…
    assert not window.editing.delete(window, "activities", activity_id)
    method, title, text = answers.asked[-1]
    assert (method, title) == ("info", LOCKED_TITLE)
    assert "已由市级审核通过并锁定" in text and "请让管理员登录后申请解锁" in text
    assert _still_there(world, activity_id) and unlock_requests(world.office.store) == []
    page = ExchangePage(window.workspace, hub=ChangeHub())
    qtbot.addWidget(page)
    assert not page.unlock_box.ask_button.isEnabled()
    assert page.unlock_box.ask_button.toolTip() == "只有管理员可以申请解锁"


def _answer_real_dialogs(seen: list[tuple[str, str]], reason: str) -> None:
    """As a person does: on the refusal press 申请解锁…, type ``reason`` (as a Pinyin input method
    commits it) and press OK, then close the note that the request was written."""
    tries = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            seen.append((dialog.windowTitle(), dialog.labelText()))
            line = dialog.findChild(QLineEdit)
            assert line is not None
            line.setFocus()
            type_chinese(line, reason)
            dialog.accept()
        elif isinstance(dialog, QMessageBox):
            seen.append((dialog.windowTitle(), dialog.text()))
            ask = next((b for b in dialog.buttons() if b.text() == "申请解锁…"), None)
            if ask is not None:
                ask.click()
            else:
                dialog.accept()
                return  # the last one
        elif tries[0] > 800:
            return
        tries[0] += 1
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_the_real_dialogs_refuse_the_save_and_take_the_request(
    world: UnlockWorld, qtbot, answers: ScriptedPrompts
) -> None:
    window = _window(qtbot, world)
    editor = list_page(window, "funding").new_record()
    assert editor is not None and editor.is_new
    fill(qtbot, editor.form, "received_on", date(2026, 3, 2))
    fill(qtbot, editor.form, "fiscal_year", "2026")
    fill(qtbot, editor.form, "source", "财政保障")
    fill(qtbot, editor.form, "amount_fen", "12000")
    fill(qtbot, editor.form, "purpose", "办公经费")
    seen: list[tuple[str, str]] = []
    previous = install_prompts(Prompts())  # the real dialogs
    try:
        _answer_real_dialogs(seen, REASON)
        assert not editor.save()
    finally:
        install_prompts(previous)
    assert [title for title, _ in seen] == [LOCKED_TITLE, "申请解锁", "已申请解锁"]
    assert "已由市级审核通过并锁定" in seen[0][1]
    with world.office.store.session() as session:
        assert session.exec(select(Funding).where(col(Funding.received_on) == date(2026, 3, 2))).first() is None
    [request] = unlock_requests(world.office.store)
    assert request.reason == REASON and request.requested_by == ADMIN
    _script(answers, "save_discard_cancel", Choice.DISCARD)  # the window closes after the test


def test_the_city_grants_the_request_with_the_reviewer_s_name(
    world: UnlockWorld, qtbot, answers: ScriptedPrompts
) -> None:
    request = request_unlock(world.office.store, PERIOD, reason=REASON, requested_by=ADMIN)
    world.send()
    window = CityWindow(world.hub.store, world.city, today=date(2026, 6, 30))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    tab = window.unlock_tab
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "解锁申请（1）"
    assert tab.list.topLevelItemCount() == 1
    row = tab.list.topLevelItem(0)
    assert [row.text(i) for i in (1, 3, 5, 6)] == ["2026年第一季度", ADMIN, "等待同意", REASON]
    assert not tab.grant_button.isEnabled()
    tab.list.setCurrentItem(row)
    assert tab.grant_button.isEnabled()

    _script(answers, "ask_text", "  ")  # no name: nothing decided
    assert not tab.grant_selected()
    _script(answers, "ask_text", None)  # cancelled
    assert not tab.grant_selected()
    _script(answers, "ask_text", REVIEWER)
    qtbot.mouseClick(tab.grant_button, Qt.MouseButton.LeftButton)
    question = answers.asked[-1][2]
    assert "同意解锁" in question and REASON in question and "审核人姓名" in question
    with world.hub.store.session() as session:
        receipt = session.exec(select(ReturnReceipt).where(col(ReturnReceipt.return_id) == world.return_id)).one()
    assert (receipt.unlock_request_id, receipt.unlock_granted_by) == (request.id, REVIEWER)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "解锁申请"
    assert tab.list.topLevelItem(0).text(5) == f"已同意（{REVIEWER}）"
    assert "已同意解锁" in window.result_heading.text()
