"""The editor and the delete action publish what they changed through the window's ChangeHub,
and ask their questions with no database connection held."""

from __future__ import annotations

import threading
from collections import deque
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import event

from db.audit import LedgerSession
from db.changes import Changes
from db.models import MemberPostClaim, ReturnRecord, ReturnSnapshot, Staff
from db.store import Store
from desktop.common.prompts import ScriptedPrompts, install_prompts
from desktop.shell.main_window import MainWindow
from tests.support.gui import list_page, replace_text
from tests.support.office import OFFICE_CODE, Base


class WatchingPrompts(ScriptedPrompts):
    """Scripted answers that note, at each question, how many database connections this (the
    GUI) thread holds: a session open across a question would hold one."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.held = 0
        self.held_when_asked: list[int] = []
        gui_thread = threading.get_ident()

        def checkout(*_args: Any) -> None:
            if threading.get_ident() == gui_thread:
                self.held += 1

        def checkin(*_args: Any) -> None:
            if threading.get_ident() == gui_thread:
                self.held -= 1

        event.listen(store.engine, "checkout", checkout)
        event.listen(store.engine, "checkin", checkin)

    def _next(self, method: str, title: str, text: str) -> Any:
        self.held_when_asked.append(self.held)
        return super()._next(method, title, text)


def _counted_by_a_signed_return(session: LedgerSession, table: str, record_id: str) -> None:
    snapshot = ReturnSnapshot(
        office_code=OFFICE_CODE, period_code="2026", state="signed", signed_at=datetime(2026, 12, 1, tzinfo=UTC)
    )
    session.add(snapshot)
    session.flush()
    session.add(ReturnRecord(return_id=snapshot.id, table_name=table, record_id=record_id))
    session.commit()


def test_save_delete_and_undo_publish_their_changes_asking_with_no_session_open(
    qtbot, window: MainWindow, store: Store, base: Base, answers: ScriptedPrompts, session: LedgerSession
) -> None:
    watching = WatchingPrompts(store)
    install_prompts(watching)
    published: list[Changes] = []
    window.hub.changed.connect(published.append)
    resident_id = base.ids["resident"]
    _counted_by_a_signed_return(session, "resident", resident_id)
    page = list_page(window, "residents")
    editor = page.open_record(resident_id)
    assert editor is not None and editor.hub is window.hub

    replace_text(qtbot, editor.form.widget("name"), "赵大爷爷")
    watching.answers["ask_text"] = deque(["身份证登记姓名有误"])
    assert editor.save()
    assert watching.asked[-1][:2] == ("ask_text", "修改已签署报表中的记录")
    assert published[-1] == Changes.of_records("residents", [resident_id]) | Changes(
        periods=frozenset({"2026"}), returns=True
    )

    closed: list[bool] = []
    editor.closed.connect(lambda: closed.append(True))
    watching.answers["confirm"] = deque([True])
    watching.answers["ask_text"] = deque(["重复登记"])
    assert window.editing.delete(editor, "residents", resident_id)
    assert published[-1].touches("residents") and resident_id in published[-1].records
    assert closed == [True]  # the editor of the deleted record closed, told by the hub

    watching.answers["ask_text"] = deque(["误删，恢复"])  # bringing it back corrects the period too
    assert window.editing.undo_last() is not None
    assert published[-1] == Changes.of_records("residents", [resident_id]) | Changes(
        periods=frozenset({"2026"}), returns=True
    )
    assert len(watching.held_when_asked) == 4 and set(watching.held_when_asked) == {
        0
    }  # every question: no session open


def test_an_editor_reads_its_child_records_again_when_the_hub_says_they_changed(
    qtbot, window: MainWindow, store: Store, base: Base, session: LedgerSession
) -> None:
    member_id = base.ids["member"]
    editor = list_page(window, "party_members").open_record(member_id)
    assert editor is not None
    posts = editor.children_lists["member_posts"]
    assert posts.ids == []
    post = MemberPostClaim(office_code=OFFICE_CODE, member_id=member_id, post="sanitation", claimed_on=date(2026, 3, 1))
    session.add(post)
    session.commit()
    assert posts.ids == []  # nobody said anything yet
    window.hub.publish(Changes.of_records("residents", ["elsewhere"]))
    assert posts.ids == []  # another kind: nothing read again
    window.hub.publish(Changes.of_records("member_posts", [post.id]))
    assert posts.ids == [post.id]


def test_the_list_keeps_the_editors_record_selected_when_records_arrive(
    qtbot, window: MainWindow, store: Store, base: Base, session: LedgerSession
) -> None:
    """Records that arrive elsewhere (an import, a bundle) move rows about; the row selected stays
    the record the editor shows, and a record that went leaves the row now in its place selected."""
    page = list_page(window, "staff")
    worker_id = base.ids["staff"]
    editor = page.open_record(worker_id)
    assert editor is not None and page.current_record_id() == worker_id
    row_before = page.table.currentIndex().row()

    arrived = [Staff(office_code=OFFICE_CODE, name=f"阿{n}", start_date=date(2026, 1, n + 1)) for n in range(3)]
    session.add_all(arrived)
    session.commit()
    window.hub.publish(Changes.of_records("staff", [worker.id for worker in arrived]))
    assert page.model.rowCount() == 4
    assert page.current_record_id() == worker_id == editor.record_id
    assert page.table.currentIndex().row() != row_before or page.model.row_of(worker_id) == row_before

    selected_row = page.table.currentIndex().row()
    gone = session.get(Staff, worker_id)
    assert gone is not None
    gone.deleted_at = datetime(2026, 12, 1, tzinfo=UTC)
    session.commit()
    window.hub.publish(Changes.of_records("staff", [worker_id]))
    assert page.model.rowCount() == 3
    assert page.table.currentIndex().row() == min(selected_row, 2)
