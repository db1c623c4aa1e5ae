"""Saving through the typed operations: validated, all-or-nothing, with the report returned."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from db.models import AuditEntry, Staff
from db.ops import delete_record, save_record, undo_delete
from db.validation import check_digit
from tests.support.office import OFFICE_CODE


def _id_number(region: str, birth: str, sequence: str) -> str:
    first17 = region + birth + sequence
    return first17 + check_digit(first17)


def test_valid_record_is_saved_with_an_empty_error_list(session) -> None:
    staff = Staff(
        name="额尔敦", office_code=OFFICE_CODE, id_number=_id_number("150802", "19850312", "123"),
        gender="male", birth_date=date(1985, 3, 12), phone="13847812345", start_date=date(2020, 5, 1),
    )  # fmt: skip
    result = save_record(session, staff, today=date(2026, 11, 28))
    assert result.saved and result.report.errors == []
    assert session.get(Staff, staff.id) is not None


def test_record_with_errors_is_not_written(session) -> None:
    valid = _id_number("150802", "19850312", "123")
    wrong_check = valid[:-1] + ("1" if valid[-1] != "1" else "2")
    staff = Staff(name="", office_code=OFFICE_CODE, id_number=wrong_check, phone="12345")
    result = save_record(session, staff, today=date(2026, 11, 28))
    assert not result.saved
    fields = {issue.field for issue in result.report.errors}
    assert {"name", "id_number", "phone"} <= fields
    assert all(issue.message for issue in result.report.errors)
    session.expire_all()
    assert session.exec(select(Staff)).all() == []
    assert session.exec(select(AuditEntry)).all() == []


def test_failed_edit_leaves_the_stored_record_as_it_was(session) -> None:
    staff = Staff(name="那仁", office_code=OFFICE_CODE, start_date=date(2021, 1, 1))
    assert save_record(session, staff, today=date(2026, 11, 28)).saved
    staff.end_date = date(2020, 1, 1)  # before the start: an error
    result = save_record(session, staff, today=date(2026, 11, 28))
    assert not result.saved and [i.field for i in result.report.errors] == ["end_date"]
    stored = session.get(Staff, staff.id)
    assert stored is not None and stored.end_date is None and stored.version == 1


def test_warnings_do_not_block_and_the_note_is_the_reason(session) -> None:
    number = _id_number("150821", "19700101", "222")
    first = Staff(name="宝音", office_code=OFFICE_CODE, id_number=number)
    assert save_record(session, first, today=date(2026, 11, 28)).saved
    second = Staff(name="宝音", office_code=OFFICE_CODE, id_number=number)
    result = save_record(session, second, reason="同名同号，核实为同一人返聘", today=date(2026, 11, 28))
    assert result.saved
    duplicate = [i for i in result.report.warnings if i.code == "id_number.duplicate"]
    assert duplicate and dict(duplicate[0].params).get("other_id") == first.id
    reasons = {e.reason for e in session.exec(select(AuditEntry).where(AuditEntry.record_id == second.id))}
    assert reasons == {"同名同号，核实为同一人返聘"}


def test_delete_and_undo(session) -> None:
    staff = Staff(name="朝鲁", office_code=OFFICE_CODE)
    assert save_record(session, staff, today=date(2026, 11, 28)).saved
    delete_record(session, staff, reason="录入重复")
    assert staff.is_deleted
    undo_delete(session, staff)
    assert not staff.is_deleted and staff.version == 3
    actions = [
        (e.action, e.reason)
        for e in session.exec(select(AuditEntry).where(AuditEntry.record_id == staff.id).order_by(AuditEntry.at))
        if e.action in {"delete", "restore"}
    ]
    assert actions == [("delete", "录入重复"), ("restore", None)]
