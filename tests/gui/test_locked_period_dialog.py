"""The editor's question for a change to a signed period, and for one the city accepted and unlocked.

A new record dated in a signed period asks for a reason with the ordinary wording (a corrected
return will be due); in a period whose return the city accepted (已接收) and then agreed to unlock
(a locked one refuses every change: tests/gui/test_unlock_gui.py) the question has its own title and
says that the city accepted the return and will review the correction — for a save, a deletion and
bringing the record back. Cancelling writes nothing. Prompts are answered
by the ScriptedPrompts service, and once through the real Qt dialog.
"""

from __future__ import annotations

from collections import deque
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from sqlmodel import col, select

from db.audit import system_actor
from db.enums import ReturnState
from db.models import AuditEntry, Funding, ReturnReceipt, ReturnSnapshot
from db.store import Store
from desktop.common.prompts import Prompts, ScriptedPrompts, install_prompts
from desktop.ledgers.editor import RecordEditor
from desktop.shell.main_window import MainWindow
from tests.support.gui import fill, list_page, new_editor, type_chinese
from tests.support.office import OFFICE_CODE, Base

ORDINARY = "修改已签署报表中的记录"
LOCKED = "更正市级已接收的报表"
NOTE = "二〇二六年一季度补登经费"


def _signed_return(store: Store, state: str, *, unlocked: bool = False) -> None:
    """The office's 2026 return, signed (第 1 版), in ``state``; ``unlocked``: the city granted an
    unlock on it (as its acknowledgement brings: db.exchange.unlock)."""
    with store.transaction(system_actor(OFFICE_CODE)) as s:
        snapshot = ReturnSnapshot(
            office_code=OFFICE_CODE,
            period_code="2026",
            state=state,
            signed_at=datetime(2026, 4, 2, tzinfo=UTC),
            signer="巴特尔",
        )
        s.add(snapshot)
        if unlocked:
            s.add(
                ReturnReceipt(
                    return_id=snapshot.id,
                    office_code=OFFICE_CODE,
                    period_code="2026",
                    status=state,
                    decided_by="王审核",
                    unlock_request_id="00000000-0000-4000-8000-0000000000aa",
                    unlock_granted_by="王审核",
                    unlock_granted_at=datetime(2026, 5, 2, tzinfo=UTC),
                )
            )


def _script(scripted: ScriptedPrompts, method: str, *values: Any) -> None:
    scripted.answers.setdefault(method, deque()).extend(values)


def _questions(scripted: ScriptedPrompts) -> list[tuple[str, str]]:
    return [(title, text) for method, title, text in scripted.asked if method == "ask_text"]


def _new_funding(qtbot, window: MainWindow) -> RecordEditor:
    editor = new_editor(qtbot, list_page(window, "funding"))
    form = editor.form
    fill(qtbot, form, "received_on", date(2026, 3, 2))
    fill(qtbot, form, "fiscal_year", "2026")
    fill(qtbot, form, "source", "财政保障")
    fill(qtbot, form, "amount_fen", "12000")
    fill(qtbot, form, "purpose", "办公经费")
    fill(qtbot, form, "note", NOTE)
    return editor


def _save(qtbot, editor: RecordEditor) -> None:
    focus = editor.form.first_widget()
    assert focus is not None
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _funding_ids(store: Store) -> list[str]:
    with store.session() as s:
        return list(s.exec(select(col(Funding.id)).where(col(Funding.note) == NOTE)).all())


def _reasons(store: Store, record_id: str) -> list[str | None]:
    with store.session() as s:
        entries = s.exec(select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(col(AuditEntry.at)))
        return [entry.reason for entry in entries]


def test_a_new_record_in_a_signed_period_asks_with_the_ordinary_wording(
    qtbot, window: MainWindow, store: Store, base: Base, answers: ScriptedPrompts
) -> None:
    _signed_return(store, ReturnState.SIGNED.value)
    editor = _new_funding(qtbot, window)

    _script(answers, "ask_text", None)  # cancelled: nothing is written
    _save(qtbot, editor)
    title, text = _questions(answers)[-1]
    assert title == ORDINARY
    assert "2026年（第 1 版）" in text and "报送更正报表" in text and "市级" not in text
    assert _funding_ids(store) == [] and editor.is_new

    _script(answers, "ask_text", "补登一季度到账的办公经费")
    _save(qtbot, editor)
    saved = _funding_ids(store)
    assert len(saved) == 1 and not editor.is_new
    assert set(_reasons(store, saved[0])) == {"补登一季度到账的办公经费"}
    assert [title for title, _ in _questions(answers)] == [ORDINARY, ORDINARY]


def test_an_accepted_and_unlocked_period_asks_with_its_wording_to_save_delete_and_restore(
    qtbot, window: MainWindow, store: Store, base: Base, answers: ScriptedPrompts
) -> None:
    _signed_return(store, ReturnState.RECEIVED.value, unlocked=True)
    editor = _new_funding(qtbot, window)

    _script(answers, "ask_text", None)
    _save(qtbot, editor)
    title, text = _questions(answers)[-1]
    assert title == LOCKED
    assert "市级已接收" in text and "2026年（第 1 版）" in text and "由市级审核" in text
    assert _funding_ids(store) == []

    _script(answers, "ask_text", "补登一季度到账的办公经费")
    _save(qtbot, editor)
    (record_id,) = _funding_ids(store)

    # deleting asks the same way; cancelling the reason keeps the record
    _script(answers, "confirm", True, True)
    _script(answers, "ask_text", None, "与另一笔重复")
    assert not window.editing.delete(editor, "funding", record_id)
    assert _questions(answers)[-1][0] == LOCKED and _funding_ids(store) == [record_id]
    assert window.editing.delete(editor, "funding", record_id)
    assert _questions(answers)[-1][0] == LOCKED and _funding_ids(store) == [record_id]
    with store.session() as s:
        gone = s.get(Funding, record_id)
        assert gone is not None and gone.is_deleted

    # bringing it back asks too (and stays undoable when cancelled)
    _script(answers, "ask_text", None, "误删，恢复")
    assert window.editing.undo_last() is None and window.editing.last_deleted is not None
    assert _questions(answers)[-1][0] == LOCKED
    assert window.editing.undo_last() is not None
    with store.session() as s:
        back = s.get(Funding, record_id)
        assert back is not None and not back.is_deleted
    assert _reasons(store, record_id)[-1] == "误删，恢复"


def _answer_real_dialog(seen: list[tuple[str, str]], reason: str) -> None:
    """Answer the next real text dialog as a person does: read it, type ``reason`` (as a Pinyin
    input method commits it) and press OK."""
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
        elif tries[0] < 500:
            tries[0] += 1
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_the_real_dialog_says_the_city_accepted_the_return(
    qtbot, window: MainWindow, store: Store, base: Base, answers: ScriptedPrompts
) -> None:
    _signed_return(store, ReturnState.RECEIVED.value, unlocked=True)
    editor = _new_funding(qtbot, window)
    seen: list[tuple[str, str]] = []
    previous = install_prompts(Prompts())  # the real dialogs, for this save only
    try:
        _answer_real_dialog(seen, "补登一季度到账的办公经费")
        assert editor.save()
    finally:
        install_prompts(previous)
    assert len(seen) == 1
    title, label = seen[0]
    assert title == LOCKED and "市级已接收" in label and "由市级审核" in label
    (record_id,) = _funding_ids(store)
    assert set(_reasons(store, record_id)) == {"补登一季度到账的办公经费"}
