"""Importing workbooks made the way offices make them.

The preview reports every problem, the right rows are written, and a re-import updates.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.audit import Actor
from db.models import AuditEntry, Funding, PartyMember, PartyOrg, Resident, Volunteer
from db.sheets import RowAction, build_preview, commit_preview
from db.sheets.errors import SheetAlreadyImported, SheetStale
from db.sheets.plan import plan_import
from db.store import Store
from db.validation import check_office
from tests.support.sheets_support import (
    OFFICE_CODE,
    TODAY,
    bad_check_digit,
    make_id,
    preview_file,
    set_up_office,
    write_xlsx,
)

ZHANG = make_id(date(1980, 1, 1), 11)  # 男
LI = make_id(date(1985, 5, 5), 22)  # 女
WANG = make_id(date(1972, 9, 9), 33)
ZHAO = make_id(date(1990, 12, 12), 44)
QIAN = make_id(date(1966, 6, 6), 55)


@pytest.fixture
def office(store: Store) -> Store:
    set_up_office(store)
    return store


def _members_workbook(path: Path, phone_of_zhang: object = 13812345678) -> Path:
    """A 党员花名册 as an office keeps it: merged title, a 填报单位 line, its own headers, mixed dates."""
    return write_xlsx(
        path,
        [
            ["填报单位：胜利社区党委", None, None, None, None, "填报日期：2026.6.30"],
            [],
            ["序号", "姓  名", "性别", "身份证号码", "入党时间", "党员类别", "联系电话", "学历", "籍贯"],
            [1, "张三", "男", ZHANG, "2003.07", "在职", phone_of_zhang, "大专", "临河"],
            [2, "李四", None, LI, datetime(2010, 7, 1), "退休", "0478-8123456", "本科", "五原"],
            [3, "王五", "男", bad_check_digit(WANG), 40000, "无职", None, None, None],  # wrong check digit
            [4, "张三", "男", ZHANG, "2003年7月1日", "在职", None, None, None],  # the same person again
            [5, "赵六", "女", float(ZHAO), "2015-07-01", "在职", None, None, None],  # ID turned into a number
            [6, "钱七", "男", QIAN, "1988.7.1", "预备役", None, None, None],  # unknown category
            [7, None, None, None, None, None, None, None, None],  # pre-numbered, never filled
            [8, "孙八", "男", None, "二〇〇一年", "在职", "138", None, None],  # bad date, bad phone, no ID
            [],
            ["合计", "8人"],
            ["填表人：王玥", None, None, "审核人：李娜"],
        ],
        title="胜利社区党员花名册",
        merge_title=9,
        sheet="党员",
    )


def _codes(preview: object, number: int) -> set[str]:
    return {issue.code for issue in preview.row(number).report}  # type: ignore[attr-defined]


def test_the_preview_reports_each_problem_on_its_row(office: Store, actor: Actor, tmp_path: Path) -> None:
    plan, preview = preview_file(office, actor, _members_workbook(tmp_path / "党员花名册.xlsx"))
    assert plan.kind_key == "party_members" and not plan.kind_given
    assert plan.sheet.header_row == 4
    assert [row.number for row in preview.rows] == [5, 6, 7, 8, 9, 10, 12]
    assert sorted((item.number, item.reason) for item in preview.ignored) == [
        (11, "没有要导入的内容"),
        (14, "合计行"),
        (15, "表尾说明"),
    ]

    assert preview.row(5).action is RowAction.CREATE
    assert _codes(preview, 5) == {"joined_on.month_only"}
    assert preview.row(6).action is RowAction.CREATE and _codes(preview, 6) == set()
    assert _codes(preview, 7) == {"id_number.check_digit"}
    assert _codes(preview, 8) == {"id_number.duplicate_in_file"}
    assert preview.row(8).duplicate_of == 5
    assert _codes(preview, 9) == {"id_number.excel_number"}
    assert _codes(preview, 10) == {"category.unknown_choice"}
    assert {"joined_on.bad_date", "phone.mobile_length"} <= _codes(preview, 12)
    for number in (7, 8, 9, 10, 12):
        assert preview.row(number).action is RowAction.ERROR

    counts = preview.counts
    assert (counts.rows, counts.create, counts.update, counts.errors, counts.warnings, counts.duplicates) == (
        7,
        2,
        0,
        5,
        1,
        1,
    )
    messages = [issue.message for _row, issue in preview.problems()]
    assert any("与第 5 行相同" in message for message in messages)
    assert any("文本" in message for message in messages)  # how to keep ID numbers as text
    assert preview.problems()[0][1].is_error  # errors first


def test_the_values_are_converted_and_completed_from_the_id_number(office: Store, actor: Actor, tmp_path: Path) -> None:
    _plan, preview = preview_file(office, actor, _members_workbook(tmp_path / "a.xlsx"))
    li = preview.row(6).values
    assert li["gender"] == "female"  # blank in the sheet, read from the ID number
    assert li["birth_date"] == date(1985, 5, 5)
    assert li["joined_on"] == date(2010, 7, 1)
    assert li["category"] == "retired"
    assert li["education"] == "bachelor"
    assert li["membership"] == "full"  # the model's default
    zhang = preview.row(5).values
    assert zhang["phone"] == "13812345678" and zhang["education"] == "college"
    assert preview.row(7).values["joined_on"] == date(2009, 7, 6)  # Excel serial 40000


def test_the_good_rows_land_in_one_transaction_with_the_file_named_in_the_audit_log(
    office: Store, actor: Actor, tmp_path: Path
) -> None:
    _plan, preview = preview_file(office, actor, _members_workbook(tmp_path / "党员花名册.xlsx"))
    with office.session(actor) as session:
        result = commit_preview(session, preview)
    assert (result.created, result.updated, result.errors) == (2, 0, 5)
    assert result.reason == "从 Excel 导入：党员花名册.xlsx"
    with office.session(actor) as session:
        members = session.scalars(select(PartyMember).order_by(PartyMember.name)).all()
        assert [(m.name, m.id_number) for m in members] == [("张三", ZHANG), ("李四", LI)]
        assert {m.office_code for m in members} == {OFFICE_CODE}
        assert {m.version for m in members} == {1}
        assert {m.modified_by for m in members} == {actor.operator_id}
        entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "party_member")).all()
        assert {entry.record_id for entry in entries} == {m.id for m in members}
        assert {(entry.action, entry.reason, entry.operator_name) for entry in entries} == {
            ("create", "从 Excel 导入：党员花名册.xlsx", actor.operator_name)
        }
    assert set(result.created_ids) == {m.id for m in members}
    with office.session(actor) as session, pytest.raises(SheetAlreadyImported):
        commit_preview(session, preview)  # the same preview twice: refused, nothing written


def test_a_second_import_of_the_same_file_updates_rather_than_duplicates(
    office: Store, actor: Actor, tmp_path: Path
) -> None:
    path = _members_workbook(tmp_path / "党员花名册.xlsx")
    _plan, first = preview_file(office, actor, path)
    with office.session(actor) as session:
        commit_preview(session, first)

    _plan, again = preview_file(office, actor, path)
    assert again.counts.create == 0 and again.counts.unchanged == 2
    assert again.row(5).match_by == "id_number"
    with office.session(actor) as session:
        result = commit_preview(session, again)
    assert (result.created, result.updated) == (0, 0)

    changed = _members_workbook(tmp_path / "党员花名册.xlsx", phone_of_zhang="139 0478 0000")
    _plan, third = preview_file(office, actor, changed)
    assert third.row(5).action is RowAction.UPDATE
    assert third.row(5).changes == {"phone": ("13812345678", "13904780000")}
    assert third.row(6).action is RowAction.UNCHANGED
    with office.session(actor) as session:
        result = commit_preview(session, third)
        assert (result.created, result.updated) == (0, 1)
        zhang = session.scalars(select(PartyMember).where(PartyMember.id_number == ZHANG)).one()
        assert zhang.phone == "13904780000" and zhang.version == 2
        assert session.scalar(select(func.count()).select_from(PartyMember)) == 2
        update = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == zhang.id, AuditEntry.action == "update")
        ).one()
        assert (update.field, update.old_value, update.new_value) == ("phone", "13812345678", "13904780000")
        assert update.reason == "从 Excel 导入：党员花名册.xlsx"


def test_a_blank_cell_never_clears_a_stored_value(office: Store, actor: Actor, tmp_path: Path) -> None:
    full = write_xlsx(
        tmp_path / "a.xlsx", [["姓名", "身份证号", "党员类别", "工作单位"], ["张三", ZHANG, "在职", "临河区医院"]]
    )
    _plan, preview = preview_file(office, actor, full)
    with office.session(actor) as session:
        commit_preview(session, preview)
    sparse = write_xlsx(
        tmp_path / "b.xlsx", [["姓名", "身份证号", "党员类别", "工作单位"], ["张三", ZHANG, "在职", None]]
    )
    _plan, again = preview_file(office, actor, sparse)
    assert again.row(2).action is RowAction.UNCHANGED
    assert again.row(2).values["work_unit"] == "临河区医院"


def test_matching_by_name_and_birth_date(office: Store, actor: Actor, tmp_path: Path) -> None:
    with office.transaction(actor) as session:
        session.add(PartyMember(name="张三", birth_date=date(1980, 1, 1), category="employed"))  # no ID number yet
        session.add(PartyMember(name="周九", birth_date=date(1970, 3, 3), category="retired", id_number=QIAN))
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ["姓名", "出生日期", "身份证号", "党员类别"],
            ["张三", "1980.1.1", ZHANG, "在职"],
            ["周九", "1970-03-03", make_id(date(1970, 3, 3), 77), "离退休"],
        ],
    )
    _plan, preview = preview_file(office, actor, path)
    zhang = preview.row(2)
    assert zhang.action is RowAction.UPDATE and zhang.match_by == "name_birth_date"
    assert zhang.changes["id_number"] == ("", ZHANG)
    zhou = preview.row(3)
    assert zhou.action is RowAction.CREATE  # same name and birth date, another ID number: a new record …
    assert "name.duplicate" in {issue.code for issue in zhou.report}  # … flagged as a likely duplicate
    assert preview.counts.duplicates == 1
    with office.session(actor) as session:
        commit_preview(session, preview)
        assert session.scalar(select(func.count()).select_from(PartyMember)) == 3


def test_an_id_number_found_under_another_name_is_flagged(office: Store, actor: Actor, tmp_path: Path) -> None:
    with office.transaction(actor) as session:
        session.add(PartyMember(name="张叁", id_number=ZHANG, category="employed"))
    path = write_xlsx(tmp_path / "a.xlsx", [["姓名", "身份证号", "党员类别"], ["张三", ZHANG, "在职"]])
    _plan, preview = preview_file(office, actor, path)
    row = preview.row(2)
    assert row.action is RowAction.UPDATE and row.changes["name"] == ("张叁", "张三")
    assert [issue.code for issue in row.report] == ["name.changed"]


def test_the_user_skips_and_fixes_rows(office: Store, actor: Actor, tmp_path: Path) -> None:
    _plan, preview = preview_file(office, actor, _members_workbook(tmp_path / "a.xlsx"))
    fixed = preview.fix(7, "id_number", WANG)
    assert fixed.action is RowAction.CREATE and fixed.values["id_number"] == WANG
    preview.fix(9, "id_number", ZHAO)
    preview.fix(10, "category", "预备党员")
    assert preview.row(10).action is RowAction.ERROR  # 预备党员 is a membership, not a category
    preview.fix(10, "category", "在职党员")
    assert preview.row(10).action is RowAction.CREATE
    preview.skip(6)
    assert preview.row(6).action is RowAction.SKIP
    # skipping the first 张三 lets the second one (row 8) in
    preview.skip(5)
    assert preview.row(8).action is RowAction.CREATE
    assert preview.counts.skipped == 2
    with office.session(actor) as session:
        result = commit_preview(session, preview)
        assert (result.created, result.skipped, result.errors) == (4, 2, 1)
        names = set(session.scalars(select(PartyMember.name)))
    assert names == {"张三", "王五", "赵六", "钱七"}


def test_skipping_several_rows_at_once_is_skipping_each(office: Store, actor: Actor, tmp_path: Path) -> None:
    path = _members_workbook(tmp_path / "a.xlsx")
    _plan, one_by_one = preview_file(office, actor, path)
    one_by_one.skip(6)
    one_by_one.skip(5)
    _plan, at_once = preview_file(office, actor, path)
    at_once.skip_many([6, 5])
    assert [(r.number, r.action) for r in at_once.rows] == [(r.number, r.action) for r in one_by_one.rows]
    assert at_once.row(8).action is RowAction.CREATE  # the second 张三 comes in, as above
    at_once.skip_many([6, 5], skipped=False)
    assert at_once.counts.skipped == 0 and at_once.row(8).action is RowAction.ERROR


def test_nothing_is_written_when_a_record_changed_after_the_preview(
    office: Store, actor: Actor, tmp_path: Path
) -> None:
    path = _members_workbook(tmp_path / "a.xlsx")
    _plan, first = preview_file(office, actor, path)
    with office.session(actor) as session:
        commit_preview(session, first)
    changed = _members_workbook(tmp_path / "a.xlsx", phone_of_zhang=13900000000)
    _plan, preview = preview_file(office, actor, changed)
    assert preview.row(5).action is RowAction.UPDATE
    with office.transaction(actor) as session:
        zhang = session.scalars(select(PartyMember).where(PartyMember.id_number == ZHANG)).one()
        zhang.work_unit = "别处改的"
    preview.fix(6, "phone", "13711112222")  # so the import would also write other rows
    with office.session(actor) as session, pytest.raises(SheetStale) as caught:
        commit_preview(session, preview)
    assert "重新预览" in str(caught.value)
    with office.session(actor) as session:
        assert session.scalars(select(PartyMember.phone).where(PartyMember.id_number == LI)).one() == "0478-8123456"
        assert session.scalars(select(PartyMember.phone).where(PartyMember.id_number == ZHANG)).one() == "13812345678"


def test_linked_records_by_name_and_a_parent_later_in_the_same_sheet(
    office: Store, actor: Actor, tmp_path: Path
) -> None:
    orgs = write_xlsx(
        tmp_path / "党组织.xlsx",
        [
            ["党组织名称", "组织类型", "上级党组织", "书记", "成立时间"],
            ["第一网格党支部", "党支部", "胜利社区党委", "张三", "2015-3-1"],
            ["胜利社区党委", "党委", None, "王玥", "2008-07-01"],
            ["第二网格党支部", "党支部", "不存在的党委", "李四", "2016.1"],
        ],
    )
    _plan, preview = preview_file(office, actor, orgs)
    assert preview.kind_key == "party_orgs"
    assert preview.row(2).values["parent_id"] == preview.row(3).record_id
    assert {issue.code for issue in preview.row(4).report} == {"parent_id.not_found", "founded_on.month_only"}
    with office.session(actor) as session:
        commit_preview(session, preview)
        parent = session.scalars(select(PartyOrg).where(PartyOrg.name == "胜利社区党委")).one()
        child = session.scalars(select(PartyOrg).where(PartyOrg.name == "第一网格党支部")).one()
        assert child.parent_id == parent.id

    members = write_xlsx(
        tmp_path / "党员.xlsx",
        [
            ["姓名", "身份证号", "党员类别", "所在支部"],
            ["张三", ZHANG, "在职", "第一网格党支部"],
            ["李四", LI, "在职", "第九支部"],
        ],
    )
    _plan, preview = preview_file(office, actor, members)
    assert preview.row(2).values["org_id"] == child.id
    assert preview.row(3).values["org_id"] is None
    assert [issue.code for issue in preview.row(3).report] == ["org_id.not_found"]


def test_volunteers_linked_to_party_members_by_their_id_number(office: Store, actor: Actor, tmp_path: Path) -> None:
    with office.transaction(actor) as session:
        session.add(PartyMember(name="张三", id_number=ZHANG, category="employed"))
        session.add(PartyMember(name="张三", id_number=WANG, category="retired"))  # same name, another person
    path = write_xlsx(
        tmp_path / "志愿者.xlsx",
        [
            ["姓名", "身份证号", "手机号", "服务队", "是否党员"],
            ["张三", ZHANG, "13812345678", "红马甲", "是"],
            ["李四", LI, "13912345678", "红马甲", "否"],
            ["赵六", ZHAO, "13712345678", "夕阳红", "是"],  # says so, but is not in the members' ledger
        ],
    )
    _plan, preview = preview_file(office, actor, path)
    assert preview.kind_key == "volunteers"
    with office.session(actor) as session:
        commit_preview(session, preview)
        linked = {v.name: v.member_id for v in session.scalars(select(Volunteer))}
        zhang = session.scalars(select(PartyMember).where(PartyMember.id_number == ZHANG)).one()
    assert linked == {"张三": zhang.id, "李四": None, "赵六": None}
    assert [issue.code for issue in preview.row(4).report] == ["member_id.not_found"]


def test_a_gbk_csv_of_residents_with_a_category_for_every_row(office: Store, actor: Actor, tmp_path: Path) -> None:
    text = (
        "胜利社区低保户名单（2026年6月）,,,,\n"
        "姓名,身份证号,家庭住址,联系电话,帮扶需求\n"
        f"张三,{ZHANG},胜利路1号,13812345678,医疗、生活照料\n"
        f"李四,{LI},胜利路2号,0478-8123456,就业\n"
        ",,,,\n"
        f"王五,{WANG},胜利路3号,,旅游\n"
    )
    path = tmp_path / "低保户.csv"
    path.write_bytes(text.encode("gbk"))
    plan = plan_import(path)
    assert plan.kind_key == "residents" and plan.sheet.encoding == "gb18030"
    assert plan.mapping is not None and plan.mapping.missing_required == ["category"]
    with office.session(actor) as session:
        preview = build_preview(session, plan.sheet, plan.mapping, office_code=OFFICE_CODE, today=TODAY)
    assert {issue.code for issue in preview.row(3).report} == {"category.required"}
    with office.session(actor) as session:
        preview = build_preview(
            session, plan.sheet, plan.mapping.with_constant("category", "低保户"), office_code=OFFICE_CODE, today=TODAY
        )
    assert preview.row(3).action is RowAction.CREATE
    assert [issue.code for issue in preview.row(6).report] == ["needs.unknown_choice"]
    with office.session(actor) as session:
        result = commit_preview(session, preview)
        assert result.reason == "从 CSV 文件导入：低保户.csv"
        rows = session.execute(select(Resident.name, Resident.category, Resident.needs).order_by(Resident.name)).all()
    assert [tuple(row) for row in rows] == [
        ("张三", "low_income", "daily_care,medical"),
        ("李四", "low_income", "employment"),
    ]


def test_funding_in_yuan_and_wan_yuan_matched_again_by_date_source_amount_and_purpose(
    office: Store, actor: Actor, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "经费.xlsx",
        [
            ["到账日期", "年度", "经费来源", "金额（万元）", "用途", "摘要"],
            ["2026.3.1", "2026年", "财政", 1.5, "办公", "一季度办公经费"],
            [datetime(2026, 4, 2), 2026, "党费支持", "0.08", "活动经费", None],
            [datetime(2026, 4, 2), 2026, "党费支持", "0.08", "活动经费", "同一笔又录了一次？"],
        ],
    )
    _plan, preview = preview_file(office, actor, path)
    assert preview.kind_key == "funding"
    assert preview.row(2).values["amount_fen"] == 1_500_000
    assert preview.row(3).values["amount_fen"] == 80_000
    assert [issue.code for issue in preview.row(4).report] == ["received_on.duplicate_in_file"]
    with office.session(actor) as session:
        commit_preview(session, preview)
    _plan, again = preview_file(office, actor, path)
    assert again.counts.create == 0
    assert again.counts.unchanged + again.counts.update == 3
    with office.session(actor) as session:
        assert session.scalar(select(func.count()).select_from(Funding)) == 3


def test_an_import_leaves_the_database_valid(office: Store, actor: Actor, tmp_path: Path) -> None:
    _plan, preview = preview_file(office, actor, _members_workbook(tmp_path / "a.xlsx"))
    with office.session(actor) as session:
        commit_preview(session, preview)
    with office.session(actor) as session:
        report = check_office(session)
        assert [issue.message for issue in report.errors if issue.kind == "party_members"] == []
    connection = sqlite3.connect(office.db_path)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()


def test_values_are_shown_as_people_read_them(office: Store, actor: Actor, tmp_path: Path) -> None:
    orgs = write_xlsx(
        tmp_path / "党组织.xlsx",
        [
            ["党组织名称", "组织类型", "上级党组织"],
            ["第一网格党支部", "党支部", "胜利社区党委"],
            ["胜利社区党委", "党委", None],
        ],
    )
    _plan, preview = preview_file(office, actor, orgs)
    child = preview.row(2)
    assert preview.value_text("parent_id", child.values["parent_id"]) == "胜利社区党委"
    assert preview.value_text("org_type", child.values["org_type"]) == "党支部"
    assert [column.name for column in preview.columns][:3] == ["name", "org_type", "branch_kind"]
    _plan, funding = preview_file(
        office,
        actor,
        write_xlsx(tmp_path / "f.xlsx", [["到账日期", "来源", "金额", "用途"], ["2026-3-1", "财政", "1234.5", "办公"]]),
    )
    assert funding.value_text("amount_fen", funding.row(2).values["amount_fen"]) == "1,234.50"
    assert funding.value_text("received_on", funding.row(2).values["received_on"]) == "2026-03-01"
