"""Any change to a signed period needs a written reason and makes a correction (更正).

Real returns signed on a real database (:mod:`tests.support.returns`): a new record dated in the
signed period, a record moved into it, a deletion and an undeletion are refused by ``db`` without a
reason — one Chinese line naming the period, nothing written — and, with one, saved; the next
return is then a correction listing the new record with its reason. An Excel import into a signed
period names the records it corrects.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from db.audit import Actor, LedgerSession
from db.changes import Changes
from db.enums import ReturnState
from db.exchange.data_errors import PeriodLocked
from db.models import Activity, AuditEntry, Funding, ReturnRecord, ReturnSnapshot, Volunteer
from db.ops import delete_record, save_record, undo_delete
from db.policy import (
    CorrectionReasonNeeded,
    SaveAnswers,
    commit_delete,
    commit_save,
    commit_undo,
    plan_delete,
    plan_save,
    plan_undo,
)
from db.sheets import commit_preview
from db.store import Store
from tests.support.returns import NOW, PASSPHRASE, build_office, make_draft, returns_actor
from tests.support.sheets_support import preview_file, set_up_office, write_xlsx

TODAY = NOW.date()


@pytest.fixture
def signed(store: Store) -> Store:
    """The office of :func:`build_office` with its 2026 return signed (第 1 版)."""
    build_office(store)
    make_draft(store, "2026", sign=True, passphrase=PASSPHRASE)
    return store


def _audit_count(session: LedgerSession) -> int:
    return session.exec(select(func.count()).select_from(AuditEntry)).one()


def _activity(held_on: date, title: str = "春季义诊（补录）") -> Activity:
    return Activity(held_on=held_on, title=title, activity_kind="convenience", participants=30, member_participants=6)


def test_a_new_record_dated_in_a_signed_period_needs_a_reason_and_the_correction_lists_it(signed: Store) -> None:
    with signed.session(returns_actor()) as session:
        plan = plan_save(session, _activity(date(2026, 3, 5)), today=TODAY)
        session.rollback()
    assert [(c.period_code, c.version, c.locked, c.counted) for c in plan.covering] == [("2026", 1, False, False)]

    # without a reason: refused by db, one line naming the period, nothing written
    with signed.session(returns_actor()) as session:
        before = _audit_count(session)
        with pytest.raises(CorrectionReasonNeeded) as refused:
            commit_save(session, plan, SaveAnswers(correction="  "), today=TODAY)
        message = str(refused.value)
        assert "2026年（第 1 版）" in message and "没有保存任何改动" in message and "\n" not in message
        assert session.get(Activity, plan.record_id) is None and _audit_count(session) == before
        with pytest.raises(CorrectionReasonNeeded):  # the one-call form refuses it too
            save_record(session, _activity(date(2026, 3, 6), "另一次补录"), today=TODAY)
        assert _audit_count(session) == before
        assert session.exec(select(Activity).where(col(Activity.title) == "另一次补录")).first() is None

    # a record dated outside every signed period is saved without a question
    with signed.session(returns_actor()) as session:
        outside = _activity(date(2025, 12, 1), "去年的活动")
        assert not plan_save(session, outside, today=TODAY).covering
        assert save_record(session, outside, today=TODAY).saved

    # with a reason: saved, the change touches the period's returns
    with signed.session(returns_actor()) as session:
        result = commit_save(session, plan, SaveAnswers(correction="补录三月义诊活动"), today=TODAY)
    assert result.saved
    assert result.changes == Changes.of_records("activities", [plan.record_id]) | Changes(
        periods=frozenset({"2026"}), returns=True
    )
    with signed.session() as session:
        reasons = {e.reason for e in session.exec(select(AuditEntry).where(AuditEntry.record_id == plan.record_id))}
    assert reasons == {"补录三月义诊活动"}

    # the next return is a correction (第 2 版) that counts it and lists it with its reason
    make_draft(signed, "2026", sign=True, passphrase=PASSPHRASE, correction_reason="补录漏报的活动")
    with signed.session() as session:
        second = session.exec(select(ReturnSnapshot).where(ReturnSnapshot.return_version == 2)).one()
        counted = session.exec(
            select(ReturnRecord).where(ReturnRecord.return_id == second.id, ReturnRecord.record_id == plan.record_id)
        ).all()
    assert second.correction_reason == "补录漏报的活动" and len(counted) == 1
    assert "春季义诊（补录）" in second.changes_json and "补录三月义诊活动" in second.changes_json


def test_moving_a_record_into_a_signed_period_needs_a_reason(signed: Store) -> None:
    with signed.session(returns_actor()) as session:
        late = session.exec(select(Funding).where(col(Funding.received_on) == date(2025, 12, 20))).one()
        assert not plan_delete(session, late).covering  # dated outside, not counted
        late.received_on = date(2026, 1, 2)  # the bank's receipt says January: into the signed year
        with pytest.raises(CorrectionReasonNeeded) as refused:
            save_record(session, late, today=TODAY)
        assert "2026年" in str(refused.value) and "新增、修改、删除或恢复" in str(refused.value)
        late = session.exec(select(Funding).where(col(Funding.received_on) == date(2025, 12, 20))).one()
        late.received_on = date(2026, 1, 2)
        assert save_record(session, late, reason="按银行回单更正到账日期", today=TODAY).saved


def test_a_new_volunteer_joining_in_a_signed_period_needs_a_reason(signed: Store) -> None:
    # every date that places a record in a period counts (RecordKind.period_dates), not only the first
    with signed.session(returns_actor()) as session:
        with pytest.raises(CorrectionReasonNeeded):
            save_record(session, Volunteer(name="刘洋", joined_on=date(2026, 6, 1)), today=TODAY)
        volunteer = Volunteer(name="刘洋", joined_on=date(2026, 6, 1))
        assert save_record(session, volunteer, reason="补登六月加入的志愿者", today=TODAY).saved


def test_deleting_and_undeleting_a_counted_record_need_a_reason(signed: Store) -> None:
    with signed.session(returns_actor()) as session:
        activity = session.exec(select(Activity).where(col(Activity.held_on) == date(2026, 1, 3))).one()
        plan = plan_delete(session, activity)
    assert [(c.period_code, c.counted, c.locked) for c in plan.covering] == [("2026", True, False)]
    with signed.session(returns_actor()) as session:
        before = _audit_count(session)
        with pytest.raises(CorrectionReasonNeeded) as refused:
            commit_delete(session, plan)
        assert "2026年（第 1 版）" in str(refused.value) and "修改或删除需要写明原因" in str(refused.value)
        stored = session.get(Activity, plan.record_id)
        assert stored is not None and not stored.is_deleted and _audit_count(session) == before
        with pytest.raises(CorrectionReasonNeeded):
            delete_record(session, stored)
    with signed.session(returns_actor()) as session:
        deleted = commit_delete(session, plan, reason="重复登记")
    assert deleted.deleted and deleted.changes.returns and deleted.changes.periods == frozenset({"2026"})

    # bringing it back changes the signed period again: a reason too
    with signed.session(returns_actor()) as session:
        stored = session.get(Activity, plan.record_id)
        assert stored is not None
        undo = plan_undo(session, stored)
    assert [c.period_code for c in undo.covering] == ["2026"]
    with signed.session(returns_actor()) as session:
        with pytest.raises(CorrectionReasonNeeded):
            commit_undo(session, undo)
        stored = session.get(Activity, plan.record_id)
        assert stored is not None and stored.is_deleted
        with pytest.raises(CorrectionReasonNeeded):
            undo_delete(session, stored)
    with signed.session(returns_actor()) as session:
        restored = commit_undo(session, undo, reason="误删，恢复")
    assert restored.restored and restored.changes.periods == frozenset({"2026"})
    with signed.session() as session:
        stored = session.get(Activity, plan.record_id)
        assert stored is not None and not stored.is_deleted
        last = session.exec(
            select(AuditEntry).where(AuditEntry.record_id == plan.record_id).order_by(col(AuditEntry.at).desc())
        ).first()
        assert last is not None and last.reason == "误删，恢复"


def test_a_locked_period_is_said_as_such_and_refused_even_with_a_reason(signed: Store) -> None:
    with signed.session(returns_actor()) as session:
        first = session.exec(select(ReturnSnapshot)).one()
        first.state = ReturnState.RECEIVED.value  # the city accepted it (as its acknowledgement does)
        session.add(first)
        session.commit()
    with signed.session(returns_actor()) as session:
        plan = plan_save(session, _activity(date(2026, 9, 9)), today=TODAY)
        session.rollback()
    assert [(c.period_code, c.locked) for c in plan.covering] == [("2026", True)]
    with signed.session(returns_actor()) as session, pytest.raises(PeriodLocked) as refused:
        commit_save(session, plan, today=TODAY)
    assert "市级审核通过并锁定" in str(refused.value) and "2026年" in str(refused.value)
    with signed.session(returns_actor()) as session, pytest.raises(PeriodLocked):
        commit_save(session, plan, SaveAnswers(correction="补录九月活动"), today=TODAY)  # locked: not even so


def test_an_excel_import_into_a_signed_period_names_its_corrections(store: Store, actor: Actor, tmp_path: Path) -> None:
    set_up_office(store)
    with store.session(actor) as session:
        snapshot = ReturnSnapshot(
            office_code=actor.office_code,
            period_code="2026Q1",
            state=ReturnState.SIGNED.value,
            signed_at=datetime(2026, 4, 2, tzinfo=UTC),
        )
        session.add(snapshot)
        session.commit()
    path = write_xlsx(
        tmp_path / "经费.xlsx",
        [
            ["到账日期", "年度", "经费来源", "金额（元）", "用途", "摘要"],
            ["2026.3.1", "2026年", "财政", 15000, "办公", "一季度办公经费"],
            ["2026.5.8", "2026年", "财政", 8000, "办公", "二季度办公经费"],
        ],
    )
    _plan, preview = preview_file(store, actor, path)
    with store.session(actor) as session:
        result = commit_preview(session, preview)
    first_quarter = preview.row(2).record_id
    assert result.created == 2 and result.corrected_ids == (first_quarter,)
    assert result.corrected_periods == ("2026Q1",)
    assert result.changes.returns and result.changes.periods == frozenset({"2026Q1"})
    assert result.to_dict()["corrections"] == 1
    with store.session() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.record_id == first_quarter)).one()
    assert entry.reason.startswith("从 Excel 导入：经费.xlsx")  # the import says why, as the correction prints

    # an update of that record (a corrected amount) is a correction of the period too
    path = write_xlsx(
        tmp_path / "经费更正.xlsx",
        [
            ["到账日期", "年度", "经费来源", "金额（元）", "用途", "摘要"],
            ["2026.3.1", "2026年", "财政", 15000, "办公", "一季度办公经费（按回单更正）"],
        ],
    )
    _plan, again = preview_file(store, actor, path)
    with store.session(actor) as session:
        updated = commit_preview(session, again, reason="  ")  # a blank reason: the file is still named
    assert updated.updated == 1 and updated.corrected_ids == (first_quarter,)
    assert updated.reason.startswith("从 Excel 导入：经费更正.xlsx")
