"""Unlocking a locked period: the administrator's request, the city's grant, the correction, the lock again.

Real data folders, keys, signed PDFs and sealed bundles (:mod:`tests.support.unlock_world`): the
request is refused for a non-administrator, without a reason or a name, for a period not locked and
twice; it travels in the office's bundle to the city; the city's grant is refused without a name, for
an unknown request and twice; the acknowledgement brings it back and the period is corrected with a
reason (第 2 版), sent, passed — and locked again. An older acknowledgement never re-locks nor un-grants.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import col, select

from db.exchange.data_errors import PeriodLocked
from db.exchange.locks import locked_periods
from db.exchange.unlock import (
    GranterNeeded,
    PeriodNotLocked,
    UnlockAlreadyGranted,
    UnlockAlreadyRequested,
    UnlockNameNeeded,
    UnlockNotAdministrator,
    UnlockReasonNeeded,
    UnlockRequestNotFound,
    grant_unlock,
    request_unlock,
    unlock_requests,
)
from db.models import Activity, ReturnReceipt
from db.ops import save_record
from db.policy import CorrectionReasonNeeded
from db.store import open_store
from tests.support.cli import shequ
from tests.support.exchange_sites import dump
from tests.support.unlock_world import ADMIN, FILLER, PERIOD, REVIEWER, TODAY, UnlockWorld, locked_world

WHY = "一季度活动参加人数录错，需要更正"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[UnlockWorld]:
    built = locked_world(tmp_path)
    yield built
    built.close()


def _receipt(store: object, return_id: str) -> ReturnReceipt:
    with store.session() as session:  # type: ignore[attr-defined]
        return session.exec(select(ReturnReceipt).where(col(ReturnReceipt.return_id) == return_id)).one()


def _edit_activity(world: UnlockWorld, reason: str | None) -> bool:
    with world.office.store.session(world.actor()) as session:
        activity = session.exec(
            select(Activity).where(
                col(Activity.deleted_at).is_(None), col(Activity.held_on) <= date(2026, 3, 31),
                col(Activity.held_on) >= date(2026, 1, 1),
            )
        ).first()  # fmt: skip
        assert activity is not None
        activity.participants += 1
        return save_record(session, activity, reason=reason, today=TODAY).saved


def test_only_an_administrator_asks_with_a_reason_and_a_name_for_a_locked_period_once(world: UnlockWorld) -> None:
    before = dump(world.office)
    with pytest.raises(UnlockNotAdministrator) as refused:
        request_unlock(world.office.store, PERIOD, reason=WHY, requested_by=FILLER)
    assert "只有管理员可以申请解锁" in str(refused.value)
    filler = world.operator(FILLER)
    with pytest.raises(UnlockNotAdministrator):  # signed in as the 填表人, whatever name is typed
        request_unlock(world.office.store, PERIOD, reason=WHY, requested_by=ADMIN, operator_id=filler.id)
    with pytest.raises(UnlockReasonNeeded):
        request_unlock(world.office.store, PERIOD, reason="  ", requested_by=ADMIN)
    with pytest.raises(UnlockNameNeeded):
        request_unlock(world.office.store, PERIOD, reason=WHY, requested_by=" ")
    with pytest.raises(PeriodNotLocked) as not_locked:
        request_unlock(world.office.store, "2026Q2", reason=WHY, requested_by=ADMIN)
    assert "2026年第二季度" in str(not_locked.value)
    assert dump(world.office) == before  # nothing written

    request = request_unlock(world.office.store, PERIOD, reason=f" {WHY} ", requested_by=ADMIN)
    assert (request.period_code, request.return_id, request.reason, request.requested_by) == (
        PERIOD,
        world.return_id,
        WHY,
        ADMIN,
    )
    with pytest.raises(UnlockAlreadyRequested) as twice:
        request_unlock(world.office.store, PERIOD, reason="再申请一次", requested_by=ADMIN)
    assert "不能重复申请" in str(twice.value) and "\n" not in str(twice.value)
    [listed] = unlock_requests(world.office.store)
    assert (listed.id, listed.status, listed.granted) == (request.id, "pending", False)
    with world.office.store.session() as session:
        assert locked_periods(session) == [PERIOD]  # asking does not unlock


def test_the_request_travels_the_city_grants_it_and_the_acknowledgement_unlocks_the_period(
    world: UnlockWorld,
) -> None:
    older_ack = world.write_ack()  # written before the grant (imported late, below)
    request = request_unlock(world.office.store, PERIOD, reason=WHY, requested_by=ADMIN)
    imported = world.send()
    assert imported.tables["unlock_request"].inserted == 1
    [at_city] = unlock_requests(world.hub.store, world.office.code)
    assert (at_city.id, at_city.reason, at_city.requested_by, at_city.return_version, at_city.status) == (
        request.id,
        WHY,
        ADMIN,
        1,
        "pending",
    )

    city_before = dump(world.hub)
    with pytest.raises(GranterNeeded):
        grant_unlock(world.hub.store, request.id, granted_by="  ")
    with pytest.raises(UnlockRequestNotFound):
        grant_unlock(world.hub.store, "no-such-request", granted_by=REVIEWER)
    assert dump(world.hub) == city_before
    assert grant_unlock(world.hub.store, request.id, granted_by=REVIEWER).returns
    receipt = _receipt(world.hub.store, world.return_id)
    assert (receipt.unlock_request_id, receipt.unlock_granted_by) == (request.id, REVIEWER)
    assert receipt.unlock_granted_at is not None
    with pytest.raises(UnlockAlreadyGranted):
        grant_unlock(world.hub.store, request.id, granted_by=REVIEWER)
    [granted] = unlock_requests(world.hub.store)
    assert granted.granted and granted.granted_by == REVIEWER

    ack = world.acknowledge()
    assert ack.unlocked == [(PERIOD, 1)]
    assert "市级已同意解锁" in ack.message()
    assert ack.changes.returns and PERIOD in ack.changes.periods
    at_office = _receipt(world.office.store, world.return_id)
    assert (at_office.unlock_request_id, at_office.unlock_granted_by) == (request.id, REVIEWER)
    [mine] = unlock_requests(world.office.store)
    assert mine.status == "granted"
    with world.office.store.session() as session:
        assert locked_periods(session) == []

    # an older acknowledgement (written before the grant) never takes the grant back
    late = world.read_ack(older_ack)
    assert not late.already_imported and late.unlocked == []
    with world.office.store.session() as session:
        assert locked_periods(session) == []

    # open again: a change needs a reason and is a correction
    with pytest.raises(CorrectionReasonNeeded):
        _edit_activity(world, None)
    assert _edit_activity(world, "按原始签到表更正参加人数")

    # the corrected return (第 2 版) goes up; the city's 通过 locks the period again
    second = world.sign_correction("按原始签到表更正参加人数")
    world.send()
    again_before_pass = world.write_ack()  # still carries version 1's grant, no decision on version 2
    ack = world.pass_return(second)
    assert ack.received == [(PERIOD, 2)] and ack.unlocked == []
    with world.office.store.session() as session:
        assert locked_periods(session) == [PERIOD]
    with pytest.raises(PeriodLocked):
        _edit_activity(world, "再改一次")
    world.read_ack(again_before_pass)  # an older acknowledgement: still locked
    with world.office.store.session() as session:
        assert locked_periods(session) == [PERIOD]

    # a new request for the new version is allowed; the old one stays granted
    request_unlock(world.office.store, PERIOD, reason="第二次更正", requested_by=ADMIN)
    statuses = sorted(info.status for info in unlock_requests(world.office.store))
    assert statuses == ["granted", "pending"]


def test_the_command_line_asks_lists_and_grants(world: UnlockWorld) -> None:
    office_dir, city_dir = str(world.office.folder), str(world.hub.folder)
    world.office.store.close()  # the commands open the data folders themselves
    code, _, err = shequ(
        "--data-dir", office_dir, "unlock-request", "--period", PERIOD, "--reason", WHY, "--by", FILLER
    )
    assert code == 2 and "只有管理员可以申请解锁" in err and err.count("\n") == 1
    code, out, err = shequ(
        "--data-dir", office_dir, "unlock-request", "--period", PERIOD, "--reason", WHY, "--by", ADMIN
    )
    assert code == 0, err
    assert "已申请解锁2026年第一季度" in out
    code, out, _ = shequ("--data-dir", office_dir, "unlock-request", "--list", "--json")
    listed = json.loads(out)
    assert listed["locked_periods"] == [PERIOD] and [r["status"] for r in listed["requests"]] == ["pending"]
    request_id = listed["requests"][0]["id"]
    world.office.store = open_store(world.office.folder)
    world.send()

    world.hub.store.close()
    code, out, _ = shequ("--data-dir", city_dir, "city", "unlock", "--list", "--json")
    assert code == 0 and [(r["id"], r["office_code"], r["status"]) for r in json.loads(out)] == [
        (request_id, world.office.code, "pending")
    ]
    code, _, err = shequ("--data-dir", city_dir, "city", "unlock", request_id)
    assert code == 2 and "审核人姓名" in err
    code, out, err = shequ("--data-dir", city_dir, "city", "unlock", request_id, "--by", REVIEWER)
    assert code == 0, err
    assert "已同意解锁申请" in out
    code, out, _ = shequ("--data-dir", city_dir, "city", "unlock", "--list")
    assert "已同意（王审核" in out and "2026年第一季度" in out
    world.hub.store = open_store(world.hub.folder)
    assert world.acknowledge().unlocked == [(PERIOD, 1)]
