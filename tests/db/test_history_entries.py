"""A record's history as people read it: one entry per save, its changed fields beneath.

Real offices in real SQLite files: saves through db.ops (as the editor's save does), an Excel
import through db.sheets, and rows written before a flush stamped them all with one time.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from db.audit import Actor
from db.demo import DEMO_REASON
from db.enums import AuditAction
from db.history import SaveKind, record_history
from db.i18n import Label, Text
from db.models import AuditEntry, MemberPostClaim, PartyMember, Staff
from db.ops import delete_record, save_record, undo_delete
from db.sheets import commit_preview
from db.store import Store
from tests.support.office import OFFICE_CODE, id_number
from tests.support.sheets_support import make_id, preview_file, set_up_office, write_xlsx

TODAY = date(2026, 11, 28)


@pytest.fixture
def office(store: Store) -> Store:
    set_up_office(store)
    return store


def _new_staff(office: Store, actor: Actor) -> str:
    """A staff member typed in with eight fields."""
    with office.session(actor) as session:
        staff = Staff(
            office_code=OFFICE_CODE,
            name="张三",
            gender="male",
            id_number=id_number("150802", "19800101", "123"),
            phone="13904781234",
            position="secretary",
            pay_fen=350050,
            start_date=date(2020, 3, 1),
            pension_insurance=True,
        )
        assert save_record(session, staff, today=TODAY).saved
        return staff.id


def _changes(entry) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {str(change.label): (str(change.old), str(change.new)) for change in entry.changes}


def test_a_new_record_is_one_entry_listing_the_values_it_was_given(office: Store, actor: Actor) -> None:
    record_id = _new_staff(office, actor)
    with office.session(actor) as session:
        entries = record_history(session, "staff", record_id)
        rows = session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.record_id == record_id))
    assert rows is not None and rows >= 8  # the audit log itself keeps one row per field
    assert len(entries) == 1
    (entry,) = entries
    assert entry.kind is SaveKind.CREATE and entry.created and str(entry.kind.text) == "新建"
    assert entry.operator == "王玥" and entry.reason == "" and entry.subject == ""
    assert entry.when.startswith(str(entry.at.year)) and len(entry.when) == len("2026-11-28 14:21")
    changes = _changes(entry)
    given = {
        "姓名": "张三",
        "性别": "男",
        "身份证号": id_number("150802", "19800101", "123"),
        "联系电话": "13904781234",
        "职务": "党组织书记",
        "报酬": "3,500.50 元",
        "任职日期": "2020-03-01",
        "养老保险": "是",
    }
    for label, shown in given.items():
        assert changes[label] == ("", shown), label
    # no "empty → x" noise: nothing empty, no box left unticked
    assert all(new and not old for old, new in changes.values())
    assert "医疗保险" not in changes and "备注" not in changes
    # labels stay translatable
    assert all(isinstance(change.label, Label) for change in entry.changes)
    position = next(change for change in entry.changes if change.name == "position")
    assert isinstance(position.new, Label)
    # in the form's order
    names = [change.name for change in entry.changes]
    assert names.index("name") < names.index("phone") < names.index("pay_fen")


def test_an_edit_of_two_fields_with_a_reason_is_one_entry_with_both_changes(office: Store, actor: Actor) -> None:
    record_id = _new_staff(office, actor)
    with office.session(actor) as session:
        staff = session.get(Staff, record_id)
        assert staff is not None
        staff.phone = "13904785678"
        staff.note = "返聘"
        assert save_record(session, staff, reason="电话号码登记错了", today=TODAY).saved
    with office.session(actor) as session:
        entries = record_history(session, "staff", record_id)
    assert [entry.kind for entry in entries] == [SaveKind.UPDATE, SaveKind.CREATE]  # newest first
    edit = entries[0]
    assert edit.reason == "电话号码登记错了" and not edit.created and str(edit.kind.text) == "修改"
    assert _changes(edit) == {"联系电话": ("13904781234", "13904785678"), "备注": ("", "返聘")}
    assert edit.at >= entries[1].at


def test_two_saves_without_a_reason_are_two_entries(office: Store, actor: Actor) -> None:
    record_id = _new_staff(office, actor)
    for phone in ("13904780001", "13904780002"):
        with office.session(actor) as session:
            staff = session.get(Staff, record_id)
            assert staff is not None
            staff.phone = phone
            assert save_record(session, staff, today=TODAY).saved
    with office.session(actor) as session:
        entries = record_history(session, "staff", record_id)
    assert [_changes(entry).get("联系电话") for entry in entries[:2]] == [
        ("13904780001", "13904780002"),
        ("13904781234", "13904780001"),
    ]
    assert len(entries) == 3


def test_delete_and_restore_are_entries_of_their_own(office: Store, actor: Actor) -> None:
    record_id = _new_staff(office, actor)
    with office.session(actor) as session:
        staff = session.get(Staff, record_id)
        assert staff is not None
        delete_record(session, staff, reason="调离本社区")
    with office.session(actor) as session:
        staff = session.get(Staff, record_id)
        assert staff is not None
        undo_delete(session, staff)
    with office.session(actor) as session:
        entries = record_history(session, "staff", record_id)
    assert [entry.kind for entry in entries] == [SaveKind.RESTORE, SaveKind.DELETE, SaveKind.CREATE]
    assert [str(entry.kind.text) for entry in entries] == ["恢复", "删除", "新建"]
    assert entries[1].reason == "调离本社区"
    assert entries[0].changes == () and entries[1].changes == ()


def test_a_child_record_save_appears_under_its_parent_named_by_kind_and_title(office: Store, actor: Actor) -> None:
    with office.session(actor) as session:
        member = PartyMember(office_code=OFFICE_CODE, name="王芳", category="employed", gender="female")
        assert save_record(session, member, today=TODAY).saved
        member_id = member.id
    with office.session(actor) as session:
        post = MemberPostClaim(
            office_code=OFFICE_CODE, member_id=member_id, post="security", claimed_on=date(2026, 3, 1)
        )
        assert save_record(session, post, today=TODAY).saved
        post_id = post.id
    with office.session(actor) as session:
        post = session.get(MemberPostClaim, post_id)
        assert post is not None
        post.ended_on = date(2026, 10, 31)
        assert save_record(session, post, reason="岗位调整", today=TODAY).saved
    with office.session(actor) as session:
        entries = record_history(session, "party_members", member_id)
    assert len(entries) == 3
    ended, claimed, created = entries
    assert created.record_id == member_id and created.subject == ""
    assert claimed.record_id == post_id and claimed.kind is SaveKind.CREATE
    assert isinstance(claimed.subject, Text) and str(claimed.subject).startswith("认领岗位“")
    assert "治安维护" in str(claimed.subject)
    # what was given, without the member it belongs to (the record whose history this is)
    assert _changes(claimed) == {"认领岗位": ("", "治安维护"), "认领日期": ("", "2026-03-01")}
    assert ended.kind is SaveKind.UPDATE and ended.reason == "岗位调整" and ended.subject == claimed.subject
    assert [change.name for change in ended.changes] == ["ended_on"]


def test_an_import_of_many_records_is_one_entry_per_record(office: Store, actor: Actor, tmp_path: Path) -> None:
    people = [(f"成员{number}", make_id(date(1970 + number, 1, 1), 10 + number)) for number in range(1, 7)]
    workbook = write_xlsx(
        tmp_path / "党员名单.xlsx",
        [["姓名", "身份证号码", "党员类别", "联系电话", "学历"]]
        + [[name, number, "在职", f"1390478{index:04d}", "本科"] for index, (name, number) in enumerate(people)],
        sheet="党员",
    )
    _plan, preview = preview_file(office, actor, workbook, kind="party_members")
    with office.session(actor) as session:
        result = commit_preview(session, preview)
    assert result.created == len(people)
    for record_id in result.created_ids:
        with office.session(actor) as session:
            entries = record_history(session, "party_members", record_id)
        assert len(entries) == 1
        (entry,) = entries
        assert entry.kind is SaveKind.IMPORT and str(entry.kind.text) == "导入"
        assert entry.action is AuditAction.CREATE and entry.reason == "从 Excel 导入：党员名单.xlsx"

    # importing the file again with one phone changed: one entry for that record, with the change
    changed = write_xlsx(
        tmp_path / "党员名单（更新）.xlsx",
        [["姓名", "身份证号码", "党员类别", "联系电话", "学历"]]
        + [
            [name, number, "在职", "13904789999" if index == 0 else f"1390478{index:04d}", "本科"]
            for index, (name, number) in enumerate(people)
        ],
        sheet="党员",
    )
    _plan, again = preview_file(office, actor, changed, kind="party_members")
    with office.session(actor) as session:
        second = commit_preview(session, again)
    assert second.updated == 1
    with office.session(actor) as session:
        entries = record_history(session, "party_members", second.updated_ids[0])
    assert [entry.kind for entry in entries] == [SaveKind.IMPORT, SaveKind.IMPORT]
    assert _changes(entries[0]) == {"联系电话": ("13904780000", "13904789999")}


def test_rows_written_before_one_flush_had_one_time_still_read_as_one_save(office: Store, actor: Actor) -> None:
    """Audit rows of one save written microseconds apart (as before) are still one entry."""
    record_id = _new_staff(office, actor)
    with office.session(actor) as session:
        staff = session.get(Staff, record_id)
        assert staff is not None
        staff.phone = "13904785678"
        staff.note = "返聘"
        assert save_record(session, staff, reason="更正", today=TODAY).saved
    with office.transaction(actor) as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(AuditEntry.field)
        ).all()
        for index, row in enumerate(rows):  # spread each save's rows over some microseconds
            session.execute(
                update(AuditEntry)
                .where(AuditEntry.id == row.id)
                .values(at=row.at + timedelta(microseconds=40 * (index + 1)))
            )
    with office.session(actor) as session:
        entries = record_history(session, "staff", record_id)
    assert [entry.kind for entry in entries] == [SaveKind.UPDATE, SaveKind.CREATE]
    assert set(_changes(entries[0])) == {"联系电话", "备注"}
    assert len(entries[1].changes) >= 8


def test_demo_records_are_one_entry_from_the_system(store: Store, actor: Actor) -> None:
    from db.demo import build_demo

    build_demo(store, scale=1, today=TODAY)
    with store.session(actor) as session:
        record_id = session.scalars(select(Staff.id).limit(1)).one()
        entries = record_history(session, "staff", record_id)
    assert len(entries) == 1
    (entry,) = entries
    assert entry.kind is SaveKind.CREATE and entry.reason == DEMO_REASON
    assert entry.operator == "系统" and isinstance(entry.operator, Label)


def test_saves_received_in_a_bundle_say_data_exchange_with_who_made_them(tmp_path: Path) -> None:
    """An office's bundle applied at the city: each save arrives as one entry, 数据交换, by its author."""
    from sqlmodel import select as select_model

    from db.exchange.apply import KIND_OFFICE_TO_CITY, apply_payload
    from db.exchange.payload import PURPOSE_CITY, build_payload
    from db.models import Activity
    from db.store import open_store
    from tests.support.exchange_sites import small_office

    office = small_office(tmp_path / "office")
    city = open_store(tmp_path / "city", create=True)
    try:
        with office.store.transaction(office.actor("王玥")) as session:
            activity = session.exec(select_model(Activity).order_by(Activity.held_on)).first()
            assert activity is not None
            record_id, participants = activity.id, activity.participants
            activity.participants = 50
            activity.outcome = "社区志愿者也来了"
            session.add(activity)
        built = build_payload(
            office.store, purpose=PURPOSE_CITY, since=None, meta={"chain_id": "c1", "chain_first_seq": 1, "seq": 1}
        )
        header = {"kind": KIND_OFFICE_TO_CITY, "from": office.code, "to": "city", "seq": 1, "prev": None}
        apply_payload(city, built.data, header=header, bundle_sha256="a" * 64, signer_office=office.code)
        with city.session(Actor(office_code="city", operator_id=None, operator_name="市级")) as session:
            entries = record_history(session, "activities", record_id)
    finally:
        city.close()
        office.close()
    assert [(entry.kind, entry.action, entry.operator) for entry in entries] == [
        (SaveKind.EXCHANGE, AuditAction.UPDATE, "王玥"),
        (SaveKind.EXCHANGE, AuditAction.CREATE, "李娜"),
    ]
    assert str(entries[0].kind.text) == "数据交换"
    assert _changes(entries[0]) == {"参加人数": (f"{participants} 人", "50 人"), "活动成效": ("", "社区志愿者也来了")}
