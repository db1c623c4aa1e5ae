"""A period the city finally accepted (通过, brought back by its acknowledgement) is locked: nothing changes.

Real data folders, keys, signed PDFs and sealed bundles (:mod:`tests.support.unlock_world`): after the
city's 通过 an edit, a new record, a record moved into the period, a deletion, an undeletion, an Excel
import row and a new signed version are each refused by ``db`` — one Chinese line naming the period and
saying an administrator may ask to unlock it, even with a reason, nothing written. Records outside the
period still save. Before the final decision (signed, sent, 退回) a reason still makes a correction.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import col, select

from db.enums import ReturnState
from db.exchange.acks import decide_return
from db.exchange.data_errors import PeriodLocked
from db.exchange.locks import LockedPeriodNotSigned, locked_periods
from db.models import Activity, Funding
from db.ops import delete_record, save_record, undo_delete
from db.periods import parse_period
from db.policy import CorrectionReasonNeeded, SaveAnswers, commit_save, plan_save
from db.returns.make import ReturnRequest, make_return
from db.sheets import build_preview, commit_preview, plan_import
from tests.support.exchange_sites import OFFICE_PASSPHRASE, dump, sign_return
from tests.support.sheets_support import write_xlsx
from tests.support.unlock_world import PERIOD, REVIEWER, TODAY, UnlockWorld, locked_world

SENTENCE = "已由市级审核通过并锁定，不能修改"
NEXT_STEP = "如需更正，请由管理员申请解锁"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[UnlockWorld]:
    built = locked_world(tmp_path)
    yield built
    built.close()


def _refused(error: pytest.ExceptionInfo[PeriodLocked]) -> str:
    message = str(error.value)
    assert SENTENCE in message and NEXT_STEP in message and "2026年第一季度" in message
    assert "\n" not in message
    return message


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


def test_the_city_s_pass_locks_the_period(world: UnlockWorld) -> None:
    with world.office.store.session() as session:
        assert locked_periods(session) == [PERIOD]


def test_an_edit_is_refused_even_with_a_reason(world: UnlockWorld) -> None:
    activity_id = _activity_in_period(world)
    before = dump(world.office)
    for reason in (None, "补登参加人数"):
        with world.office.store.session(world.actor()) as session:
            activity = session.get(Activity, activity_id)
            assert activity is not None
            activity.participants += 1
            with pytest.raises(PeriodLocked) as refused:
                save_record(session, activity, reason=reason, today=TODAY)
            _refused(refused)
    # the plan says so, and its commit refuses too, whatever the answer
    with world.office.store.session(world.actor()) as session:
        activity = session.get(Activity, activity_id)
        assert activity is not None
        activity.title = "改过的标题"
        plan = plan_save(session, activity, today=TODAY)
        session.rollback()
    assert [(c.period_code, c.locked, c.unlocked) for c in plan.covering] == [(PERIOD, True, False)]
    with world.office.store.session(world.actor()) as session, pytest.raises(PeriodLocked):
        commit_save(session, plan, SaveAnswers(correction="改标题"), today=TODAY)
    assert dump(world.office) == before


def test_a_new_record_and_a_record_moved_into_the_period_are_refused(world: UnlockWorld) -> None:
    before = dump(world.office)
    with world.office.store.session(world.actor()) as session:
        inside = Funding(
            received_on=date(2026, 2, 1), fiscal_year=2026, source="fiscal", amount_fen=100, purpose="office"
        )
        with pytest.raises(PeriodLocked) as refused:
            save_record(session, inside, reason="补录一季度拨款", today=TODAY)
        _refused(refused)
    assert dump(world.office) == before
    with world.office.store.session(world.actor()) as session:
        outside = Funding(
            received_on=date(2026, 5, 1), fiscal_year=2026, source="fiscal", amount_fen=100, purpose="office"
        )
        assert save_record(session, outside, today=TODAY).saved  # another period: no question
        outside_id = outside.id
    with world.office.store.session(world.actor()) as session:
        moved = session.get(Funding, outside_id)
        assert moved is not None
        moved.received_on = date(2026, 3, 31)
        with pytest.raises(PeriodLocked):
            save_record(session, moved, reason="日期录错了", today=TODAY)
    with world.office.store.session() as session:
        stored = session.get(Funding, outside_id)
        assert stored is not None and stored.received_on == date(2026, 5, 1)


def test_a_deletion_and_an_undeletion_are_refused(world: UnlockWorld) -> None:
    activity_id = _activity_in_period(world)
    before = dump(world.office)
    with world.office.store.session(world.actor()) as session:
        activity = session.get(Activity, activity_id)
        assert activity is not None
        with pytest.raises(PeriodLocked) as refused:
            delete_record(session, activity, reason="重复")
        _refused(refused)
    with world.office.store.session(world.actor()) as session:
        gone = session.exec(select(Activity).where(col(Activity.title) == "重复录入的活动")).one()
        assert gone.is_deleted
        with pytest.raises(PeriodLocked) as refused:
            undo_delete(session, gone, reason="误删，恢复")
        _refused(refused)
    assert dump(world.office) == before


def test_an_excel_import_with_a_row_in_the_period_is_refused_whole(world: UnlockWorld, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "经费.xlsx",
        [
            ["到账日期", "年度", "经费来源", "金额（元）", "用途", "摘要"],
            ["2026.3.1", "2026年", "财政", 15000, "办公", "一季度办公经费"],
            ["2026.5.8", "2026年", "财政", 8000, "办公", "二季度办公经费"],
        ],
    )
    plan = plan_import(path)
    with world.office.store.session(world.actor()) as session:
        preview = build_preview(session, plan.sheet, plan.require_mapping(), office_code=world.office.code, today=TODAY)
    before = dump(world.office)
    with world.office.store.session(world.actor()) as session, pytest.raises(PeriodLocked) as refused:
        commit_preview(session, preview, reason="按回单补录")
    message = str(refused.value)
    assert "文件中有 1 行" in message and SENTENCE in message and "2026年第一季度" in message
    assert "申请解锁" in message and "没有写入任何数据" in message
    assert dump(world.office) == before


def test_a_new_version_of_the_locked_return_is_not_signed(world: UnlockWorld) -> None:
    before = dump(world.office)
    with pytest.raises(LockedPeriodNotSigned) as refused:
        make_return(
            world.office.store,
            ReturnRequest(parse_period(PERIOD), sign=True, passphrase=OFFICE_PASSPHRASE, correction_reason="重签"),
        )
    assert "2026年第一季度" in str(refused.value) and "申请解锁" in str(refused.value)
    assert dump(world.office) == before


def test_before_the_final_decision_a_reason_still_makes_a_correction(world: UnlockWorld) -> None:
    """Q2 signed and sent, then sent back (退回): open, corrected with a reason."""
    q2 = sign_return(world.office, "2026Q2")
    world.send()
    with world.office.store.session(world.actor()) as session:
        inside = Funding(
            received_on=date(2026, 5, 2), fiscal_year=2026, source="fiscal", amount_fen=100, purpose="office"
        )
        with pytest.raises(CorrectionReasonNeeded):
            save_record(session, inside, today=TODAY)
        assert save_record(session, inside, reason="补录二季度拨款", today=TODAY).saved
    decide_return(world.hub.store, q2, ReturnState.RETURNED, reason="请补充活动记录", decided_by=REVIEWER)
    world.acknowledge()
    with world.office.store.session(world.actor()) as session:
        assert locked_periods(session) == [PERIOD]  # Q2 sent back: open
        more = Funding(
            received_on=date(2026, 5, 3), fiscal_year=2026, source="fiscal", amount_fen=200, purpose="office"
        )
        with pytest.raises(CorrectionReasonNeeded):
            save_record(session, more, today=TODAY)
        assert save_record(session, more, reason="按退回意见补录", today=TODAY).saved
