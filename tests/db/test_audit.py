"""Every change is stamped and audited in its own transaction; deletion is a tombstone."""

from __future__ import annotations

from datetime import UTC, date

import pytest
from sqlmodel import select

from db.audit import Actor, restore, tombstone
from db.errors import HardDeleteRefused, NoOperator
from db.models import AuditEntry, Funding, Staff
from db.store import Store
from tests.support.office import OFFICE_CODE


def _entries(session, record_id: str) -> list[AuditEntry]:
    return list(session.exec(select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(AuditEntry.at)))


def test_create_writes_one_entry_per_filled_field(session, actor: Actor) -> None:
    staff = Staff(name="乌云其其格", office_code=OFFICE_CODE, phone="13904781234", start_date=date(2024, 3, 1))
    session.add(staff)
    session.commit()

    entries = _entries(session, staff.id)
    by_field = {entry.field: entry for entry in entries}
    assert {"name", "phone", "start_date"} <= set(by_field)
    assert by_field["name"].new_value == "乌云其其格"
    assert by_field["start_date"].new_value == "2024-03-01"
    assert all(entry.action == "create" and entry.old_value is None for entry in entries)
    assert all(entry.operator_id == actor.operator_id and entry.operator_name == "王玥" for entry in entries)
    assert staff.version == 1
    assert staff.modified_by == actor.operator_id
    assert staff.modified_at.tzinfo is not None


def test_update_records_old_and_new_value_and_reason(session, actor: Actor) -> None:
    funding = Funding(
        office_code=OFFICE_CODE,
        received_on=date(2026, 3, 2),
        fiscal_year=2026,
        source="fiscal",
        amount_fen=1_000_000,
        purpose="office",
    )
    session.add(funding)
    session.commit()
    first_stamp = funding.modified_at

    session.set_reason("财政局更正拨款金额")
    funding.amount_fen = 1_250_050
    funding.note = "追加"
    session.add(funding)
    session.commit()

    updates = [e for e in _entries(session, funding.id) if e.action == "update"]
    assert {(e.field, e.old_value, e.new_value) for e in updates} == {
        ("amount_fen", "1000000", "1250050"),
        ("note", "", "追加"),
    }
    assert all(e.reason == "财政局更正拨款金额" for e in updates)
    assert funding.version == 2
    assert funding.modified_at >= first_stamp


def test_setting_a_field_to_its_own_value_is_not_a_change(session) -> None:
    staff = Staff(name="李堃", office_code=OFFICE_CODE)
    session.add(staff)
    session.commit()
    staff.name = "李堃"
    session.add(staff)
    session.commit()
    assert staff.version == 1
    assert not [e for e in _entries(session, staff.id) if e.action == "update"]


def test_change_and_audit_roll_back_together(store: Store, actor: Actor) -> None:
    with store.transaction(actor) as session:
        staff = Staff(name="赵昇", office_code=OFFICE_CODE)
        session.add(staff)

    with pytest.raises(RuntimeError), store.transaction(actor) as session:
        loaded = session.get(Staff, staff.id)
        assert loaded is not None
        loaded.name = "赵昇昇"
        session.add(loaded)
        session.flush()  # the audit entry is written ...
        raise RuntimeError("power cut")  # ... and rolled back with the change

    with store.session() as session:
        loaded = session.get(Staff, staff.id)
        assert loaded is not None and loaded.name == "赵昇" and loaded.version == 1
        assert not [e for e in _entries(session, staff.id) if e.action == "update"]


def test_tombstone_keeps_the_row_and_can_be_restored(session) -> None:
    staff = Staff(name="巴特尔", office_code=OFFICE_CODE)
    session.add(staff)
    session.commit()

    tombstone(session, staff)
    session.commit()
    assert staff.deleted_at is not None and staff.deleted_at.tzinfo == UTC
    assert staff.is_deleted
    assert session.get(Staff, staff.id) is not None  # still stored, as a tombstone
    assert staff.version == 2

    restore(session, staff)
    session.commit()
    assert staff.deleted_at is None and staff.version == 3
    actions = [e.action for e in _entries(session, staff.id)]
    assert actions[-2:] == ["delete", "restore"]


def test_removing_a_row_is_refused(session) -> None:
    staff = Staff(name="敖登", office_code=OFFICE_CODE)
    session.add(staff)
    session.commit()
    session.delete(staff)
    with pytest.raises(HardDeleteRefused):
        session.commit()


def test_audit_entries_are_append_only(session) -> None:
    staff = Staff(name="苏日娜", office_code=OFFICE_CODE)
    session.add(staff)
    session.commit()
    entry = _entries(session, staff.id)[0]
    entry.new_value = "forged"
    session.add(entry)
    with pytest.raises(HardDeleteRefused):
        session.commit()


def test_changes_need_an_operator(store: Store) -> None:
    with store.session() as session:
        session.add(Staff(name="无名", office_code=OFFICE_CODE))
        with pytest.raises(NoOperator):
            session.commit()


def test_new_record_takes_the_actor_office(session) -> None:
    staff = Staff(name="张喆", office_code="")
    session.add(staff)
    session.commit()
    assert staff.office_code == OFFICE_CODE
