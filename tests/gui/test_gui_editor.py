"""Record editors: every kind created, edited, found, deleted and restored through the real widgets.

Chinese is typed as a Pinyin input method commits it (never keyClicks with Chinese text);
prompts are answered by a ScriptedPrompts service.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import select

from db import kinds
from db.audit import system_actor
from db.forms import LISTED_KINDS
from db.models import (
    Activity,
    AuditEntry,
    MemberPostClaim,
    Pairing,
    SyncedRecord,
)
from db.store import Store
from db.timeutil import local_today
from desktop.common.prompts import Choice, ScriptedPrompts
from desktop.ledgers.editor import EditorDialog, RecordEditor
from desktop.ledgers.form import RecordForm
from desktop.shell.main_window import MainWindow
from tests.support.gui import fill, list_page, new_editor, replace_text, type_text
from tests.support.office import EXISTING_ID, OFFICE_CODE, Base, id_number

TODAY = local_today()


# --- typing as people do ----------------------------------------------------------------------


def pick(qtbot, form: RecordForm, name: str, text: str) -> None:
    """Type part of a name into a picker and press Enter (one match is taken at once)."""
    line = form.widget(name)
    replace_text(qtbot, line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert form.input(name).value() is not None, f"{name}: nothing chosen for {text!r}"


def save_with_keyboard(qtbot, editor: RecordEditor) -> None:
    focus = editor.form.first_widget()
    assert focus is not None
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


# --- fixtures (answers, base, window) are in tests/gui/conftest.py ------------------------------


def script(scripted: ScriptedPrompts, method: str, *values: Any) -> None:
    scripted.answers.setdefault(method, deque()).extend(values)


def audit_of(store: Store, record_id: str) -> list[AuditEntry]:
    with store.session() as s:
        return list(s.exec(select(AuditEntry).where(AuditEntry.record_id == record_id)))


def stored(store: Store, kind_key: str, record_id: str) -> Any:
    with store.session() as s:
        return s.get(kinds.kind(kind_key).model, record_id)


def only_id(store: Store, kind_key: str, **where: Any) -> str:
    model = kinds.kind(kind_key).model
    with store.session() as s:
        query = select(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        found = list(s.exec(query))
    assert len(found) == 1, found
    return found[0].id


# --- every kind -------------------------------------------------------------------------------


@dataclass(frozen=True)
class KindCase:
    fill: Callable[[Any, RecordForm], None]  # (qtbot, form)
    key: dict[str, Any]  # finds the new record
    expected: dict[str, Any]  # stored values after creating
    search: str  # finds it in its list
    edit: tuple[str, Any, str, Any]  # (field, value typed, stored field, stored value)
    history: tuple[str, str]  # (field label, new value as shown) after the edit


def _staff(qtbot, form: RecordForm) -> None:
    type_text(qtbot, form.widget("name"), "张三")
    type_text(qtbot, form.widget("id_number"), id_number("150802", "19850312", "135"))
    fill(qtbot, form, "phone", "13904781234")
    fill(qtbot, form, "position", "网格员")
    fill(qtbot, form, "start_date", date(2020, 3, 1))
    fill(qtbot, form, "pay_fen", "3500.50")
    fill(qtbot, form, "pension_insurance", True)


def _funding(qtbot, form: RecordForm) -> None:
    fill(qtbot, form, "source", "财政保障")
    fill(qtbot, form, "amount_fen", "12345.67")
    fill(qtbot, form, "purpose", "办公经费")
    fill(qtbot, form, "received_on", date(TODAY.year, 1, 2))
    fill(qtbot, form, "note", "一季度办公经费")


def _facility(qtbot, form: RecordForm) -> None:
    fill(qtbot, form, "name", "新建活动室")
    fill(qtbot, form, "facility_type", "文体活动室")
    fill(qtbot, form, "area_m2", "150.5")
    fill(qtbot, form, "area_class", "服务(活动)用房")
    fill(qtbot, form, "fund_local_fen", "50000")
    fill(qtbot, form, "has_network", True)


def _party_org(qtbot, form: RecordForm) -> None:
    fill(qtbot, form, "name", "第二党支部")
    fill(qtbot, form, "org_type", "党支部")
    fill(qtbot, form, "branch_kind", "趣缘型")
    pick(qtbot, form, "parent_id", "党委")


def _member(qtbot, form: RecordForm) -> None:
    fill(qtbot, form, "name", "李红")
    type_text(qtbot, form.widget("id_number"), id_number("150802", "19900520", "246"))
    fill(qtbot, form, "category", "在职党员")
    pick(qtbot, form, "org_id", "第一")
    fill(qtbot, form, "joined_on", date(2015, 7, 1))


def _resident(qtbot, form: RecordForm) -> None:
    fill(qtbot, form, "name", "赵奶奶")
    fill(qtbot, form, "category", "空巢/独居老人")
    fill(qtbot, form, "needs", ["医疗", "生活照料"])
    fill(qtbot, form, "address", "胜利小区3号楼")


def _volunteer(qtbot, form: RecordForm) -> None:
    fill(qtbot, form, "name", "孙丽")
    fill(qtbot, form, "gender", "女")
    fill(qtbot, form, "team", "巾帼志愿服务队")
    pick(qtbot, form, "member_id", "王芳")


def _pairing(qtbot, form: RecordForm) -> None:
    pick(qtbot, form, "resident_id", "赵大爷")
    assert not form.widget("volunteer_id").isVisible()
    fill(qtbot, form, "helper_kind", "志愿者")
    assert form.widget("volunteer_id").isVisible() and not form.widget("unit_id").isVisible()
    pick(qtbot, form, "volunteer_id", "刘洋")
    fill(qtbot, form, "help_kind", "生活帮扶")
    fill(qtbot, form, "start_date", date(TODAY.year - 1, 3, 1))
    fill(qtbot, form, "note", "每周探访")


def _unit(qtbot, form: RecordForm) -> None:
    fill(qtbot, form, "name", "临河区第二中学")
    fill(qtbot, form, "unit_kind", "学校")
    fill(qtbot, form, "support_kinds", ["政策", "物资"])
    fill(qtbot, form, "opened_facilities", ["体育设施"])


def _activity(qtbot, form: RecordForm) -> None:
    fill(qtbot, form, "title", "消防安全讲座")
    fill(qtbot, form, "activity_kind", "宣传教育")
    fill(qtbot, form, "held_on", date(TODAY.year - 1, 11, 9))
    pick(qtbot, form, "venue_id", "服务中心")
    fill(qtbot, form, "participants", "40")
    fill(qtbot, form, "member_participants", "12")
    fill(qtbot, form, "description", "请消防大队讲解家庭防火")


def _award(qtbot, form: RecordForm) -> None:
    fill(qtbot, form, "title", "文明社区")
    fill(qtbot, form, "award_kind", "文明社区")
    fill(qtbot, form, "awardee", "胜利社区")
    fill(qtbot, form, "level", "市级")


CASES: dict[str, KindCase] = {
    "staff": KindCase(
        _staff,
        {"name": "张三"},
        {
            "gender": "male",
            "birth_date": date(1985, 3, 12),
            "position": "grid_worker",
            "pay_fen": 350050,
            "pension_insurance": True,
            "start_date": date(2020, 3, 1),
            "phone": "13904781234",
        },
        "张三",
        ("note", "返聘", "note", "返聘"),
        ("备注", "返聘"),
    ),
    "funding": KindCase(
        _funding,
        {"note": "一季度办公经费"},
        {"amount_fen": 1234567, "source": "fiscal", "purpose": "office", "fiscal_year": TODAY.year},
        "一季度",
        ("amount_fen", "20000", "amount_fen", 2000000),
        ("金额", "20,000.00 元"),
    ),
    "facilities": KindCase(
        _facility,
        {"name": "新建活动室"},
        {"area_m2": 150.5, "facility_type": "sports_room", "fund_local_fen": 5000000, "has_network": True},
        "活动室",
        ("computers", "3", "computers", 3),
        ("电脑台数", "3 台"),
    ),
    "party_orgs": KindCase(
        _party_org,
        {"name": "第二党支部"},
        {"org_type": "branch", "branch_kind": "interest"},
        "第二",
        ("secretary", "王芳", "secretary", "王芳"),
        ("书记", "王芳"),
    ),
    "party_members": KindCase(
        _member,
        {"name": "李红"},
        {"category": "employed", "gender": "female", "birth_date": date(1990, 5, 20), "joined_on": date(2015, 7, 1)},
        "李红",
        ("work_unit", "临河区医院", "work_unit", "临河区医院"),
        ("工作单位", "临河区医院"),
    ),
    "residents": KindCase(
        _resident,
        {"name": "赵奶奶"},
        {"category": "elderly_alone", "needs": "daily_care,medical", "status": "active"},
        "赵奶奶",
        ("status", "已迁出", "status", "moved_away"),
        ("帮扶状态", "已迁出"),
    ),
    "volunteers": KindCase(
        _volunteer,
        {"name": "孙丽"},
        {"gender": "female", "team": "巾帼志愿服务队"},
        "巾帼",
        ("skills", "理发", "skills", "理发"),
        ("特长", "理发"),
    ),
    "pairings": KindCase(
        _pairing,
        {"note": "每周探访"},
        {"helper_kind": "volunteer", "help_kind": "daily_life", "member_id": None, "unit_id": None},
        "每周",
        ("status", "已完成", "status", "completed"),
        ("结对状态", "已完成"),
    ),
    "partner_units": KindCase(
        _unit,
        {"name": "临河区第二中学"},
        {"unit_kind": "school", "support_kinds": "materials,policy", "opened_facilities": "sports"},
        "第二中学",
        ("contact_person", "高老师", "contact_person", "高老师"),
        ("联系人", "高老师"),
    ),
    "activities": KindCase(
        _activity,
        {"title": "消防安全讲座"},
        {"activity_kind": "publicity", "participants": 40, "member_participants": 12},
        "消防",
        ("outcome", "发放宣传册200份", "outcome", "发放宣传册200份"),
        ("活动成效", "发放宣传册200份"),
    ),
    "awards": KindCase(
        _award,
        {"title": "文明社区"},
        {"award_kind": "civic_community", "level": "city", "year": TODAY.year, "awardee": "胜利社区"},
        "文明",
        ("note", "市文明办授予", "note", "市文明办授予"),
        ("备注", "市文明办授予"),
    ),
}

REFERENCES = {  # the linked record each case picks, by base key
    "party_orgs": ("parent_id", "committee"),
    "party_members": ("org_id", "branch"),
    "volunteers": ("member_id", "member"),
    "pairings": ("volunteer_id", "volunteer"),
    "activities": ("venue_id", "hall"),
}


def test_every_listed_kind_has_a_case() -> None:
    assert set(CASES) == set(LISTED_KINDS)


@pytest.mark.parametrize("kind_key", sorted(CASES))
def test_create_edit_find_delete_undo(
    qtbot, window: MainWindow, store: Store, base: Base, answers: ScriptedPrompts, kind_key: str
) -> None:
    case = CASES[kind_key]
    page = list_page(window, kind_key)
    before = page.model.rowCount()

    # create
    editor = new_editor(qtbot, page)
    assert editor.heading.text() == f"新增{kinds.kind(kind_key).label}"
    case.fill(qtbot, editor.form)
    assert not editor.form.has_errors(), editor.form.report.to_dicts()
    assert editor.save_button.isEnabled()
    save_with_keyboard(qtbot, editor)
    record_id = only_id(store, kind_key, **case.key)
    record = stored(store, kind_key, record_id)
    for name, value in case.expected.items():
        assert getattr(record, name) == value, name
    assert record.office_code == OFFICE_CODE and record.version == 1
    if kind_key in REFERENCES:
        name, base_key = REFERENCES[kind_key]
        assert getattr(record, name) == base.ids[base_key]
    created = audit_of(store, record_id)
    assert created and {e.action for e in created} == {"create"}
    assert {e.operator_name for e in created} == {"管理员"}
    assert page.model.rowCount() == before + 1
    assert page.current_record_id() == record_id  # the list shows and selects the new record
    assert editor.record_id == record_id and not editor.is_dirty()
    assert editor.status.text() == "已保存。"

    # edit
    name, typed, stored_name, stored_value = case.edit
    fill(qtbot, editor.form, name, typed)
    assert editor.is_dirty() and editor.save_button.isEnabled()
    save_with_keyboard(qtbot, editor)
    record = stored(store, kind_key, record_id)
    assert getattr(record, stored_name) == stored_value
    assert record.version == 2
    updates = [e for e in audit_of(store, record_id) if e.action == "update"]
    assert [e.field for e in updates] == [stored_name]

    # history
    editor.tabs.setCurrentIndex(editor.history_tab)
    entries = editor.history.entry_texts()  # one per save, newest first, the changes beneath
    label, shown = case.history
    assert len(entries) == 2, entries
    (edit_heading, edit_lines), (create_heading, create_lines) = entries
    assert edit_heading.split(" · ")[1:3] == ["管理员", "修改"], edit_heading
    assert len(edit_lines) == 1 and edit_lines[0].startswith(f"{label}：") and edit_lines[0].endswith(f"→ {shown}")
    assert any(
        change.label == label and change.new == shown and entry.when
        for entry in editor.history.entries
        for change in entry.changes
    )
    assert create_heading.split(" · ")[1:3] == ["管理员", "新建"] and create_lines, create_heading

    # find it in its list
    page.search.setFocus()
    type_text(qtbot, page.search, case.search)
    page.apply_search()
    assert page.model.row_of(record_id) is not None
    page.search.clear()
    page.apply_search()

    # delete (asks first), then undo with Ctrl+Z
    script(answers, "confirm", True)
    page.select_record(record_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert answers.asked[-1][0] == "confirm" and answers.asked[-1][1] == "删除记录"
    assert stored(store, kind_key, record_id).deleted_at is not None
    assert page.model.row_of(record_id) is None and page.model.rowCount() == before
    assert not editor.isVisible()  # the editor of a deleted record closes
    notice = window.editing.notice
    assert notice is not None and notice.isVisible() and notice.label.text().startswith("已删除“")
    assert any(e.action == "delete" for e in audit_of(store, record_id))

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(store, kind_key, record_id).deleted_at is None
    assert page.model.row_of(record_id) is not None
    assert any(e.action == "restore" for e in audit_of(store, record_id))
    assert notice.label.text().startswith("已恢复“")


# --- records that belong to another ---------------------------------------------------------


def _open_dialog(qtbot, editor: RecordEditor, child_kind: str) -> tuple[Any, EditorDialog]:
    child_list = editor.children_lists[child_kind]
    editor.tabs.setCurrentWidget(child_list)
    assert child_list.add_button.isEnabled()
    child_list.add_button.click()
    dialogs = [w for w in child_list.findChildren(EditorDialog) if w.isVisible()]
    assert len(dialogs) == 1
    wait_active(qtbot, dialogs[0])
    return child_list, dialogs[0]


def wait_active(qtbot, dialog: QWidget) -> None:
    """A new window becomes active once the event loop has run (keyboard shortcuts need it)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)


CHILD_CASES = {
    # child kind: (parent kind, base key of the parent, fill, stored values, field edited, typed, stored)
    "member_posts": ("party_members", "member", lambda qtbot, form: fill(qtbot, form, "post", "政策宣传"),
                     {"post": "policy_publicity"}, "note", "每月一次", "每月一次"),
    "visits": ("pairings", None, lambda qtbot, form: (fill(qtbot, form, "content", "打扫卫生，陪同就医"),
                                                       fill(qtbot, form, "hours", "2.5")),
               {"content": "打扫卫生，陪同就医", "hours": 2.5}, "result", "老人满意", "老人满意"),
    "contributions": ("partner_units", "unit", lambda qtbot, form: (fill(qtbot, form, "description", "捐赠图书"),
                                                                    fill(qtbot, form, "value_fen", "800")),
                      {"description": "捐赠图书", "value_fen": 80000}, "note", "200册", "200册"),
    "activity_partners": ("activities", None, lambda qtbot, form: pick(qtbot, form, "unit_id", "第一小学"),
                          {}, None, None, None),
}  # fmt: skip


def _parent_for(store: Store, base: Base, parent_kind: str, base_key: str | None) -> str:
    if base_key is not None:
        return base.ids[base_key]
    with store.session(system_actor(OFFICE_CODE)) as s:
        if parent_kind == "pairings":
            parent: SyncedRecord = Pairing(
                office_code=OFFICE_CODE,
                resident_id=base.ids["resident"],
                helper_kind="volunteer",
                volunteer_id=base.ids["volunteer"],
                help_kind="daily_life",
                start_date=date(TODAY.year - 1, 1, 1),
            )
        else:
            parent = Activity(
                office_code=OFFICE_CODE, held_on=TODAY, title="植树活动", activity_kind="volunteer_service"
            )
        s.add(parent)
        s.commit()
        return parent.id


@pytest.mark.parametrize("child_kind", sorted(CHILD_CASES))
def test_child_records_are_edited_inside_their_parent(
    qtbot, window: MainWindow, store: Store, base: Base, answers: ScriptedPrompts, child_kind: str
) -> None:
    parent_kind, base_key, fill_child, expected, edit_name, typed, stored_value = CHILD_CASES[child_kind]
    parent_id = _parent_for(store, base, parent_kind, base_key)
    page = list_page(window, parent_kind)
    page.model.refresh()
    page.table.setFocus()
    page.select_record(parent_id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the row
    editor = page.editor
    assert editor is not None and editor.record_id == parent_id

    child_list, dialog = _open_dialog(qtbot, editor, child_kind)
    form = dialog.editor.form
    parent_field = next(c.parent_field for c in editor.spec.children if c.kind_key == child_kind)
    assert not form.widget(parent_field).isVisible()  # the parent is fixed
    fill_child(qtbot, form)
    assert not form.has_errors(), form.report.to_dicts()
    save_with_keyboard(qtbot, dialog.editor)
    assert not dialog.isVisible()  # a child's dialog closes once saved
    child_id = only_id(store, child_kind, **{parent_field: parent_id})
    child = stored(store, child_kind, child_id)
    for name, value in expected.items():
        assert getattr(child, name) == value
    assert {e.action for e in audit_of(store, child_id)} == {"create"}
    assert len(child_list.ids) == 1

    if edit_name is not None:
        child_list.table.selectRow(0)
        reopened = child_list.open_selected()
        assert reopened is not None
        wait_active(qtbot, reopened)
        fill(qtbot, reopened.editor.form, edit_name, typed)
        save_with_keyboard(qtbot, reopened.editor)
        assert getattr(stored(store, child_kind, child_id), edit_name) == stored_value
        assert [e.field for e in audit_of(store, child_id) if e.action == "update"] == [edit_name]

    # the parent's history includes its children's changes
    editor.tabs.setCurrentIndex(editor.history_tab)
    assert any(
        heading.split(" · ")[3].startswith(kinds.kind(child_kind).label)
        for heading, _lines in editor.history.entry_texts()
        if heading.count(" · ") >= 3
    )

    # delete from the small table, undo from the status bar
    script(answers, "confirm", True)
    window.activateWindow()  # a window manager does this when the dialog closes
    wait_active(qtbot, window)
    editor.tabs.setCurrentWidget(child_list)
    child_list.table.selectRow(0)
    child_list.table.setFocus()
    qtbot.keyClick(child_list.table, Qt.Key.Key_Delete)
    assert stored(store, child_kind, child_id).deleted_at is not None
    assert child_list.ids == []
    notice = window.editing.notice
    assert notice is not None
    notice.button.click()
    assert stored(store, child_kind, child_id).deleted_at is None
    assert child_list.ids == [child_id]


def test_children_wait_until_the_parent_is_saved(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "party_members"))
    posts = editor.children_lists["member_posts"]
    assert not posts.add_button.isEnabled() and not posts.hint.isHidden()
    assert posts.hint.text() == "先保存这条记录，再添加认领岗位。"


def test_a_post_that_does_not_fit_the_member_is_refused_on_save(
    qtbot, window: MainWindow, store: Store, base: Base
) -> None:
    page = list_page(window, "party_members")
    editor = page.open_record(base.ids["member"])  # 王芳: a member without post
    assert editor is not None
    _child_list, dialog = _open_dialog(qtbot, editor, "member_posts")
    fill(qtbot, dialog.editor.form, "post", "治安维护")  # a post for employed members
    save_with_keyboard(qtbot, dialog.editor)
    assert dialog.isVisible()  # not saved
    assert "可认领的岗位是" in dialog.editor.form.message("post")
    assert not dialog.editor.save_button.isEnabled()
    with store.session() as s:
        assert list(s.exec(select(MemberPostClaim))) == []


# --- checks as people type ----------------------------------------------------------------------


def test_invalid_input_keeps_save_disabled_with_the_message_shown(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    form = editor.form
    assert not editor.save_button.isEnabled()
    assert form.message("name") == ""  # not yet touched: no red text on an empty form
    assert editor.status.text() == "还不能保存：请填写姓名"

    type_text(qtbot, form.widget("name"), "张三")
    assert editor.save_button.isEnabled()
    replace_text(qtbot, form.widget("name"), "")
    assert form.message("name") == "请填写姓名"
    assert not editor.save_button.isEnabled()
    type_text(qtbot, form.widget("name"), "张三")

    good = id_number("150802", "19850312", "135")
    wrong = good[:-1] + ("1" if good[-1] != "1" else "2")
    type_text(qtbot, form.widget("id_number"), wrong)
    assert "校验位不对" in form.message("id_number")
    assert not editor.save_button.isEnabled()
    assert "校验位不对" in editor.status.text()
    replace_text(qtbot, form.widget("id_number"), good)
    assert form.message("id_number") == "" and editor.save_button.isEnabled()

    fill(qtbot, form, "start_date", date(2021, 5, 1))
    fill(qtbot, form, "end_date", date(2020, 1, 1))
    assert form.message("end_date") == "离任日期（2020年1月1日）早于任职日期（2021年5月1日），请核对"
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(form.widget("end_date"), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(form.widget("end_date"), Qt.Key.Key_Delete)  # an optional date empties
    assert form.input("end_date").value() is None
    assert editor.save_button.isEnabled()


def test_id_number_fills_birth_date_and_gender(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "residents"))
    form = editor.form
    type_text(qtbot, form.widget("id_number"), id_number("150802", "19520708", "244"))
    assert form.input("birth_date").value() == date(1952, 7, 8)
    assert form.input("gender").value() == "female"
    assert form.widget("gender").currentText() == "女"


def test_duplicate_id_number_offers_to_open_the_other_record(
    qtbot, window: MainWindow, base: Base, answers: ScriptedPrompts
) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_text(qtbot, editor.form.widget("name"), "巴特尔")
    script(answers, "confirm", True)
    type_text(qtbot, editor.form.widget("id_number"), EXISTING_ID)
    method, title, text = answers.asked[-1]
    assert (method, title) == ("confirm", "可能重复录入")
    assert "巴特尔" in text and "要打开那条记录吗" in text
    assert editor.record_id == base.ids["staff"]  # the other record is shown instead
    assert editor.heading.text() == "社区工作者：巴特尔"


def test_declined_duplicate_and_warnings_ask_for_a_note_that_becomes_the_reason(
    qtbot, window: MainWindow, store: Store, answers: ScriptedPrompts
) -> None:
    page = list_page(window, "staff")
    editor = new_editor(qtbot, page)
    form = editor.form
    type_text(qtbot, form.widget("name"), "巴特尔")
    script(answers, "confirm", False)
    type_text(qtbot, form.widget("id_number"), EXISTING_ID)
    assert editor.is_new
    fill(qtbot, form, "phone", "8123456")  # no area code: a warning
    assert form.message("phone").startswith("联系电话“8123456”没有区号")
    assert editor.save_button.isEnabled()
    assert editor.status.text() == "有 1 处需要核对；保存时请写明原因。"

    script(answers, "ask_text", None)  # cancelled: nothing is saved
    save_with_keyboard(qtbot, editor)
    assert editor.is_new and "需要写明原因" in editor.status.text()

    script(answers, "ask_text", "同名同号，核实为同一人返聘")
    save_with_keyboard(qtbot, editor)
    asked = [entry for entry in answers.asked if entry[0] == "ask_text"]
    assert "没有区号" in asked[-1][2] and "可能重复录入" in asked[-1][2]
    record_id = editor.record_id
    assert record_id is not None
    reasons = {entry.reason for entry in audit_of(store, record_id)}
    assert reasons == {"同名同号，核实为同一人返聘"}
    assert stored(store, "staff", record_id).phone == "8123456"

    # saving again without touching the warned fields does not ask again
    fill(qtbot, form, "note", "a")
    save_with_keyboard(qtbot, editor)
    assert stored(store, "staff", record_id).note == "a"
    assert len([entry for entry in answers.asked if entry[0] == "ask_text"]) == 2


# --- keyboard ---------------------------------------------------------------------------------


def test_enter_moves_to_the_next_field_and_saves_on_the_last(qtbot, window: MainWindow, store: Store) -> None:
    editor = new_editor(qtbot, list_page(window, "awards"))
    form = editor.form
    title = form.widget("title")
    assert title.hasFocus()  # Ctrl+N puts the cursor in the first field
    type_text(qtbot, title, "文明市民")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert form.widget("award_kind").hasFocus()
    fill(qtbot, form, "award_kind", "文明市民")
    qtbot.keyClick(form.widget("award_kind"), Qt.Key.Key_Return)
    assert form.widget("year").hasFocus()
    qtbot.keyClick(form.widget("year"), Qt.Key.Key_Return)
    type_text(qtbot, form.widget("awardee"), "张三")
    qtbot.keyClick(form.widget("awardee"), Qt.Key.Key_Return)
    assert form.widget("level").hasFocus()
    qtbot.keyClick(form.widget("level"), Qt.Key.Key_Return)
    note = form.widget("note")
    assert note.hasFocus()
    assert editor.is_new
    qtbot.keyClick(note, Qt.Key.Key_Return)  # the last field: saves
    assert not editor.is_new
    assert only_id(store, "awards", awardee="张三") == editor.record_id


def test_tab_moves_through_the_fields_in_order(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "funding"))
    form = editor.form
    names = ["received_on", "fiscal_year", "source", "amount_fen", "purpose", "note"]
    form.widget(names[0]).setFocus()
    for name in names[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is form.widget(name) or focus.parentWidget() is form.widget(name), name


def test_escape_with_unsaved_changes_asks_first(
    qtbot, window: MainWindow, store: Store, base: Base, answers: ScriptedPrompts
) -> None:
    page = list_page(window, "residents")
    editor = page.open_record(base.ids["resident"])
    assert editor is not None
    name = editor.form.widget("name")
    replace_text(qtbot, name, "赵大爷爷")

    script(answers, "save_discard_cancel", Choice.CANCEL)
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.is_dirty()
    assert answers.asked[-1][:2] == ("save_discard_cancel", "有未保存的修改")

    script(answers, "save_discard_cancel", Choice.DISCARD)
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert stored(store, "residents", base.ids["resident"]).name == "赵大爷"

    # unchanged: Esc closes without asking
    editor = page.open_record(base.ids["resident"])
    assert editor is not None
    asked = len(answers.asked)
    editor.form.widget("name").setFocus()
    qtbot.keyClick(editor.form.widget("name"), Qt.Key.Key_Escape)
    assert not editor.isVisible() and len(answers.asked) == asked


def test_opening_another_record_or_closing_the_window_asks_to_save(
    qtbot, window: MainWindow, store: Store, base: Base, answers: ScriptedPrompts
) -> None:
    page = list_page(window, "residents")
    editor = page.open_record(base.ids["resident"])
    assert editor is not None
    fill(qtbot, editor.form, "address", "胜利小区5号楼")
    script(answers, "save_discard_cancel", Choice.SAVE)
    assert page.new_record() is editor and editor.is_new
    assert stored(store, "residents", base.ids["resident"]).address == "胜利小区5号楼"

    type_text(qtbot, editor.form.widget("name"), "钱奶奶")
    script(answers, "save_discard_cancel", Choice.CANCEL)
    window.close()
    assert window.isVisible()  # the close was refused
    script(answers, "save_discard_cancel", Choice.DISCARD)
    window.close()
    assert not window.isVisible()


def test_child_dialog_asks_before_closing_with_unsaved_changes(
    qtbot, window: MainWindow, base: Base, answers: ScriptedPrompts
) -> None:
    editor = list_page(window, "partner_units").open_record(base.ids["unit"])
    assert editor is not None
    _child_list, dialog = _open_dialog(qtbot, editor, "contributions")
    fill(qtbot, dialog.editor.form, "description", "捐赠图书")
    script(answers, "save_discard_cancel", Choice.CANCEL)
    dialog.close()
    assert dialog.isVisible()
    script(answers, "save_discard_cancel", Choice.DISCARD)
    qtbot.keyClick(dialog.editor.form.widget("description"), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_picker_suggests_matches_as_you_type(qtbot, window: MainWindow, base: Base) -> None:
    editor = new_editor(qtbot, list_page(window, "pairings"))
    picker = editor.form.input("resident_id").picker
    type_text(qtbot, picker.line, "赵")
    assert editor.form.input("resident_id").value() is None
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible(), timeout=3000)
    assert [c.title for c in picker.suggestions] == ["赵大爷"]
    popup = picker.completer.popup()
    popup.setCurrentIndex(picker.completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.form.input("resident_id").value() == base.ids["resident"]
    assert picker.line.text() == "赵大爷"

    type_text(qtbot, picker.line, "某")  # typed text that matches no record
    assert editor.form.input("resident_id").value() is None
    assert "还没有选定" in editor.form.message("resident_id")


# --- records counted by a signed return -------------------------------------------------------


def _counted_by_a_signed_return(store: Store, table: str, record_id: str) -> None:
    from db.models import ReturnRecord, ReturnSnapshot
    from db.timeutil import utcnow

    with store.transaction(system_actor(OFFICE_CODE)) as s:
        snapshot = ReturnSnapshot(
            office_code=OFFICE_CODE, period_code="2026", state="signed", signed_at=utcnow(), signer="巴特尔"
        )
        s.add(snapshot)
        s.flush()
        s.add(ReturnRecord(return_id=snapshot.id, table_name=table, record_id=record_id))


def test_changing_a_record_a_signed_return_counted_asks_why(
    qtbot, window: MainWindow, store: Store, base: Base, answers: ScriptedPrompts
) -> None:
    resident_id = base.ids["resident"]
    _counted_by_a_signed_return(store, "resident", resident_id)
    page = list_page(window, "residents")
    editor = page.open_record(resident_id)
    assert editor is not None

    # no reason given: nothing is written
    replace_text(qtbot, editor.form.widget("name"), "赵大爷爷")
    script(answers, "ask_text", None)
    save_with_keyboard(qtbot, editor)
    assert answers.asked[-1][:2] == ("ask_text", "修改已签署报表中的记录")
    assert "2026年（第 1 版）" in answers.asked[-1][2]
    assert stored(store, "residents", resident_id).name == "赵大爷"

    # with a reason: saved, and the reason is in the audit log for the correction
    script(answers, "ask_text", "身份证登记姓名有误")
    save_with_keyboard(qtbot, editor)
    assert stored(store, "residents", resident_id).name == "赵大爷爷"
    updates = [e for e in audit_of(store, resident_id) if e.action == "update"]
    assert [(e.field, e.reason) for e in updates] == [("name", "身份证登记姓名有误")]

    # deleting asks too; cancelling the reason keeps the record
    script(answers, "confirm", True)
    script(answers, "ask_text", None)
    page.select_record(resident_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert stored(store, "residents", resident_id).deleted_at is None


def test_records_no_signed_return_counted_are_saved_without_asking(
    qtbot, window: MainWindow, store: Store, base: Base, answers: ScriptedPrompts
) -> None:
    page = list_page(window, "residents")
    editor = page.open_record(base.ids["resident"])
    assert editor is not None
    replace_text(qtbot, editor.form.widget("name"), "赵大爷爷")
    save_with_keyboard(qtbot, editor)
    assert stored(store, "residents", base.ids["resident"]).name == "赵大爷爷"
    assert not [q for q in answers.asked if q[0] == "ask_text"]
