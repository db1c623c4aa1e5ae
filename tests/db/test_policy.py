"""Plan, ask, commit: the save and delete policy of db.policy, on a real database.

A plan is plain data read in one session; the commit happens in another, after the questions.
A missing answer is refused with nothing written; every result says what changed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func
from sqlmodel import select

from db.audit import Actor, LedgerSession
from db.changes import Changes
from db.enums import ReturnState
from db.models import AuditEntry, Funding, ReturnRecord, ReturnSnapshot, Staff
from db.ops import delete_record, save_record, undo_delete
from db.policy import (
    CorrectionReasonNeeded,
    NoteNeeded,
    RecordChanged,
    SaveAnswers,
    commit_delete,
    commit_save,
    plan_delete,
    plan_save,
)
from db.store import Store
from db.validation import check_digit

TODAY = date(2026, 11, 28)


def _id_number(region: str, birth: str, sequence: str) -> str:
    first17 = region + birth + sequence
    return first17 + check_digit(first17)


def _audit_count(session: LedgerSession) -> int:
    return session.exec(select(func.count()).select_from(AuditEntry)).one()


def _signed_return(session: LedgerSession, record_table: str, record_id: str, *, state: str = "signed") -> str:
    """A signed return of 2026Q1 that counted the record (written as the signing code would)."""
    snapshot = ReturnSnapshot(
        office_code=session.actor.office_code if session.actor else "",
        period_code="2026Q1",
        state=state,
        signed_at=datetime(2026, 4, 2, tzinfo=UTC),
    )
    session.add(snapshot)
    session.flush()
    session.add(ReturnRecord(return_id=snapshot.id, table_name=record_table, record_id=record_id))
    session.commit()
    return snapshot.id


def test_a_plan_is_plain_data_and_the_commit_happens_in_a_fresh_session(store: Store, actor: Actor) -> None:
    number = _id_number("150821", "19700101", "222")
    with store.session(actor) as session:
        first = Staff(name="宝音", id_number=number)
        assert save_record(session, first, today=TODAY).saved
    with store.session(actor) as session:
        plan = plan_save(session, Staff(name="宝音", id_number=number), today=TODAY)
        session.rollback()
    assert plan.is_new and plan.office_code == actor.office_code  # a new record is the acting office's
    assert [issue.code for issue in plan.notes_needed] == ["id_number.duplicate"]
    assert not plan.covering and not plan.blocked

    with store.session(actor) as session:
        before = _audit_count(session)
        with pytest.raises(NoteNeeded):
            commit_save(session, plan, SaveAnswers(), today=TODAY)
        assert session.get(Staff, plan.record_id) is None and _audit_count(session) == before

    with store.session(actor) as session:
        result = commit_save(session, plan, SaveAnswers(note="同名同号，核实为同一人返聘"), today=TODAY)
        assert result.saved and result.changes == Changes.of_records("staff", [plan.record_id])
        stored = session.get(Staff, plan.record_id)
        assert stored is not None and stored.office_code == actor.office_code
        reasons = {e.reason for e in session.exec(select(AuditEntry).where(AuditEntry.record_id == plan.record_id))}
        assert reasons == {"同名同号，核实为同一人返聘"}


def test_a_known_warning_needs_no_new_note(store: Store, actor: Actor) -> None:
    number = _id_number("150821", "19700101", "222")
    with store.session(actor) as session:
        assert save_record(session, Staff(name="宝音", id_number=number), today=TODAY).saved
        second = Staff(name="宝音", id_number=number)
        assert save_record(session, second, reason="返聘", today=TODAY).saved
        second.note = "返聘人员"
        plan = plan_save(session, second, today=TODAY)
        session.rollback()
    assert plan.report.warnings and not plan.notes_needed  # the duplicate was there before this edit
    assert dict(plan.values) == {"note": "返聘人员"} and plan.base_version == 1
    with store.session(actor) as session:
        assert commit_save(session, plan, today=TODAY).saved


def test_a_record_changed_meanwhile_is_not_overwritten(store: Store, actor: Actor) -> None:
    with store.session(actor) as session:
        staff = Staff(name="那仁")
        assert save_record(session, staff, today=TODAY).saved
        staff.note = "一"
        plan = plan_save(session, staff, today=TODAY)
        session.rollback()
        staff.note = "二"
        assert save_record(session, staff, today=TODAY).saved
    with store.session(actor) as session, pytest.raises(RecordChanged):
        commit_save(session, plan, today=TODAY)
    with store.session(actor) as session:
        stored = session.get(Staff, staff.id)
        assert stored is not None and stored.note == "二"


def test_a_record_a_signed_return_counted_needs_a_reason(store: Store, actor: Actor) -> None:
    with store.session(actor) as session:
        grant = Funding(
            amount_fen=500000, source="fiscal", purpose="office", received_on=date(2026, 2, 1), fiscal_year=2026
        )
        assert save_record(session, grant, today=TODAY).saved
        grant_id = grant.id
        _signed_return(session, "funding", grant_id)
        grant.amount_fen = 600000
        plan = plan_save(session, grant, today=TODAY)
        session.rollback()
    assert [(c.period_code, c.version, c.locked) for c in plan.covering] == [("2026Q1", 1, False)]
    with store.session(actor) as session:
        before = _audit_count(session)
        with pytest.raises(CorrectionReasonNeeded) as refused:
            commit_save(session, plan, today=TODAY)
        assert "2026年第一季度（第 1 版）" in str(refused.value) and "没有保存任何改动" in str(refused.value)
        assert _audit_count(session) == before
        with pytest.raises(CorrectionReasonNeeded):  # the one-call form refuses it too
            stored = session.get(Funding, grant_id)
            assert stored is not None
            stored.amount_fen = 700000
            save_record(session, stored, today=TODAY)
    with store.session(actor) as session:
        result = commit_save(session, plan, SaveAnswers(correction="补登拨款"), today=TODAY)
        assert result.saved
        assert result.changes == Changes.of_records("funding", [grant_id]) | Changes(
            periods=frozenset({"2026Q1"}), returns=True
        )
        stored = session.get(Funding, grant_id)
        assert stored is not None and stored.amount_fen == 600000


def test_deleting_a_counted_record_needs_a_reason_and_undo_says_what_changed(store: Store, actor: Actor) -> None:
    with store.session(actor) as session:
        grant = Funding(
            amount_fen=500000, source="fiscal", purpose="office", received_on=date(2026, 2, 1), fiscal_year=2026
        )
        assert save_record(session, grant, today=TODAY).saved
        grant_id = grant.id
        _signed_return(session, "funding", grant_id, state=ReturnState.SENT.value)
        plan = plan_delete(session, grant)
    assert [(c.locked, c.counted) for c in plan.covering] == [(False, True)]  # sent, not yet accepted
    with store.session(actor) as session:
        with pytest.raises(CorrectionReasonNeeded):
            commit_delete(session, plan)
        stored = session.get(Funding, grant_id)
        assert stored is not None and not stored.is_deleted
    with store.session(actor) as session:
        result = commit_delete(session, plan, reason="重复登记")
        assert result.deleted and result.changes.touches("funding") and result.changes.returns
    with store.session(actor) as session:
        stored = session.get(Funding, grant_id)
        assert stored is not None and stored.is_deleted
        with pytest.raises(CorrectionReasonNeeded):  # bringing it back changes the period too: a reason
            undo_delete(session, stored)
        stored = session.get(Funding, grant_id)
        assert stored is not None and stored.is_deleted
        undone = undo_delete(session, stored, reason="误删，恢复")
        assert undone.restored and undone.changes == Changes.of_records("funding", [grant_id]) | Changes(
            periods=frozenset({"2026Q1"}), returns=True
        )


def test_delete_record_returns_its_changes(session: LedgerSession) -> None:
    staff = Staff(name="朝鲁")
    assert save_record(session, staff, today=TODAY).saved
    result = delete_record(session, staff, reason="录入重复")
    assert result.deleted and result.changes == Changes.of_records("staff", [staff.id])
