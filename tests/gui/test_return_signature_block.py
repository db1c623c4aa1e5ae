"""报表 page: the signature block (单位负责人, 填表人, 联系电话) is offered from the office's operators and
profile, can be changed before making the return, is printed as typed, and what the clerk typed is
never replaced by a re-check or another operator signing in. Real SQLite, real PDFs."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from sqlmodel import col, select

from db.enums import OperatorRole
from db.models import Office, Operator
from db.operators import new_operator
from db.store import Store
from desktop.common.changes import ChangeHub
from desktop.common.prompts import ScriptedPrompts, install_prompts
from desktop.common.workspace import workspace_for
from desktop.returns.page import ReturnsPage
from tests.support.returns import CODE, EXPLAIN, HEAD, build_office, returns_actor

TODAY = date(2026, 11, 28)
PHONE = "0478-8123456"
ADMIN = "王芳"


@pytest.fixture
def office(store: Store) -> Store:
    build_office(store)
    with store.transaction(returns_actor()) as s:
        s.add(new_operator(CODE, ADMIN, OperatorRole.ADMIN))
        profile = s.exec(select(Office)).one()
        profile.phone = PHONE
        s.add(profile)
    return store


def _operator(store: Store, name: str) -> Operator:
    with store.session() as s:
        return s.exec(select(Operator).where(col(Operator.name) == name)).one()


def _wait(qtbot, page: ReturnsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)


@pytest.fixture
def scripted() -> ScriptedPrompts:
    answers = ScriptedPrompts()
    previous = install_prompts(answers)
    yield answers
    install_prompts(previous)


@pytest.fixture
def page(qtbot, office: Store, scripted: ScriptedPrompts) -> ReturnsPage:
    shown = ReturnsPage(workspace_for(office, _operator(office, ADMIN)), today=TODAY, hub=ChangeHub())
    shown.resize(1100, 760)
    shown.show()
    _wait(qtbot, shown)
    yield shown
    _wait(qtbot, shown)
    shown.close()
    shown.deleteLater()


def _retype(line: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Select the line's text and type over it, as a Pinyin input method commits a word."""
    line.setFocus()
    line.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(line, event)


def _explain(page: ReturnsPage) -> None:
    for key, text in EXPLAIN.items():
        _retype(page.make_tab.explanation_boxes[key], text)


def _signature_text(pdf: bytes) -> str:
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    return next(text for text in pages if "单位负责人" in text)


def test_signature_block_is_offered_edited_and_printed(qtbot, page: ReturnsPage) -> None:
    tab = page.make_tab
    assert tab.head_name.text() == HEAD  # the operator with the 负责人 role
    assert tab.filler_name.text() == ADMIN  # the operator signed in, who makes the return
    assert tab.phone.text() == PHONE  # the office profile's
    assert tab.head_name.accessibleName() == "单位负责人"

    _retype(tab.filler_name, "张小燕")
    assert tab.filler_name.text() == "张小燕"
    tab.recheck_button.click()
    _wait(qtbot, page)
    assert tab.filler_name.text() == "张小燕"  # a re-check never replaces what was typed …
    assert tab.head_name.text() == HEAD  # … and offers the rest again

    page.workspace.sign_in(_operator(page.store, "李娜"))
    page.hub.operator_changed.emit()
    _wait(qtbot, page)
    assert tab.filler_name.text() == "张小燕"  # still what the clerk typed

    _explain(page)
    tab.draft_button.click()
    _wait(qtbot, page)
    assert page.made is not None
    text = _signature_text(page.made.pdf)
    assert f"单位负责人：{HEAD}" in text and "填表人：张小燕" in text and f"联系电话：{PHONE}" in text


def test_another_operator_signing_in_is_offered_as_filler(qtbot, page: ReturnsPage) -> None:
    assert page.make_tab.filler_name.text() == ADMIN
    page.workspace.sign_in(_operator(page.store, "李娜"))
    page.hub.operator_changed.emit()
    _wait(qtbot, page)
    assert page.make_tab.filler_name.text() == "李娜"


def test_a_bad_phone_is_refused_in_chinese_and_nothing_is_made(
    qtbot, page: ReturnsPage, scripted: ScriptedPrompts
) -> None:
    tab = page.make_tab
    tab.phone.setFocus()
    tab.phone.selectAll()
    qtbot.keyClicks(tab.phone, "0478-81a")
    _explain(page)
    tab.draft_button.click()
    _wait(qtbot, page)
    assert page.made is None
    assert "联系电话" in tab.make_message.text() and "0478-81a" in tab.make_message.text()
    assert any(kind == "error" and "联系电话" in text for kind, _, text in scripted.asked)
    assert tab.phone.text() == "0478-81a"  # what was typed stays, to be corrected
