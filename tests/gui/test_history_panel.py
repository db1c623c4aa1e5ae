"""The editor's 修改记录 tab: one row per save, newest first, the changed fields beneath.

Saves go through the real editor (typed, Ctrl+S) into a real office file; a save made elsewhere
reaches the open panel through the window's hub.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.audit import Actor
from db.changes import Changes
from db.models import Staff
from db.ops import save_record
from db.store import Store
from desktop.ledgers.editor import RecordEditor
from desktop.shell.main_window import MainWindow
from tests.support.gui import fill, list_page, new_editor, replace_text, type_text
from tests.support.office import OFFICE_CODE, id_number

PHONE, NEW_PHONE = "13904781234", "13904785678"


def _save(qtbot, editor: RecordEditor) -> None:
    focus = editor.form.first_widget()
    assert focus is not None
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.is_dirty()


def _staff_saved_and_edited(qtbot, window: MainWindow) -> RecordEditor:
    """张三 typed in and saved, then the phone changed and a note added, saved again."""
    editor = new_editor(qtbot, list_page(window, "staff"))
    form = editor.form
    type_text(qtbot, form.widget("name"), "张三")
    type_text(qtbot, form.widget("id_number"), id_number("150802", "19850312", "135"))
    fill(qtbot, form, "phone", PHONE)
    fill(qtbot, form, "position", "网格员")
    fill(qtbot, form, "start_date", date(2020, 3, 1))
    fill(qtbot, form, "pay_fen", "3500.50")
    fill(qtbot, form, "pension_insurance", True)
    _save(qtbot, editor)
    assert editor.record_id is not None
    replace_text(qtbot, form.widget("phone"), NEW_PHONE)
    type_text(qtbot, form.widget("note"), "返聘")
    _save(qtbot, editor)
    editor.tabs.setCurrentIndex(editor.history_tab)
    return editor


def test_one_row_per_save_with_the_changes_beneath(qtbot, window: MainWindow) -> None:
    editor = _staff_saved_and_edited(qtbot, window)
    tree = editor.history.tree
    assert tree.topLevelItemCount() == 2  # two saves, not one row per field
    assert not editor.history.empty_label.isVisible()
    (edit_heading, edit_lines), (create_heading, create_lines) = editor.history.entry_texts()

    when, who, kind = edit_heading.split(" · ")
    assert (who, kind) == ("管理员", "修改") and len(when) == len("2026-11-28 14:21")
    assert edit_lines == [f"联系电话：{PHONE} → {NEW_PHONE}", "备注：（空） → 返聘"]

    assert create_heading.split(" · ")[1:] == ["管理员", "新建"]
    assert create_lines[0] == "姓名：张三"  # in the form's order
    for line in ("性别：男", f"联系电话：{PHONE}", "职务：网格员", "报酬：3,500.50 元", "养老保险：是"):
        assert line in create_lines, create_lines
    assert not any("→" in line or "（空）" in line for line in create_lines)  # the values given, no noise
    assert not any(line.startswith("医疗保险") for line in create_lines)  # a box left unticked

    for index in range(tree.topLevelItemCount()):  # every save shows its changes without a click
        item = tree.topLevelItem(index)
        assert item is not None and item.isExpanded()


def test_the_keyboard_walks_the_saves_and_ctrl_c_copies_one(qtbot, window: MainWindow) -> None:
    editor = _staff_saved_and_edited(qtbot, window)
    tree = editor.history.tree
    tree.setFocus()
    newest = tree.topLevelItem(0)
    assert newest is not None and tree.currentItem() is newest  # the keyboard starts at the newest save
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is newest.child(0)
    qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == newest.text(0)
    assert copied[1:] == [f"    联系电话：{PHONE} → {NEW_PHONE}", "    备注：（空） → 返聘"]
    # ← folds the save, → unfolds it
    tree.setCurrentItem(newest)
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert not newest.isExpanded()
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert newest.isExpanded()


def test_a_save_made_elsewhere_shows_at_once_with_its_reason(qtbot, window: MainWindow, store: Store) -> None:
    editor = _staff_saved_and_edited(qtbot, window)
    record_id = editor.record_id
    assert record_id is not None
    clerk = Actor(office_code=OFFICE_CODE, operator_id=None, operator_name="李娜")
    with store.session(clerk) as session:
        staff = session.get(Staff, record_id)
        assert staff is not None
        staff.phone = "13904780000"
        staff.note = "返聘，每周三值班"
        assert save_record(session, staff, reason="本人来电更正").saved
    window.hub.publish(Changes.of_records("staff", [record_id]))

    entries = editor.history.entry_texts()
    assert len(entries) == 3
    heading, lines = entries[0]
    assert heading.split(" · ")[1:] == ["李娜", "修改", "原因：本人来电更正"]
    assert f"联系电话：{NEW_PHONE} → 13904780000" in lines and len(lines) == 2


def test_a_new_record_has_no_history_yet(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    editor.tabs.setCurrentIndex(editor.history_tab)
    assert editor.history.tree.topLevelItemCount() == 0
    assert editor.history.empty_label.isVisibleTo(editor.history)


def test_a_long_line_wraps_instead_of_being_cut(qtbot, window: MainWindow) -> None:
    editor = _staff_saved_and_edited(qtbot, window)
    tree = editor.history.tree
    newest = tree.topLevelItem(0)
    assert newest is not None
    short = newest.child(1)  # 备注：（空） → 返聘
    assert short is not None
    one_line = tree.visualItemRect(short).height()
    tree.setMaximumWidth(150)  # narrower than the heading (时间 · 操作人 · 修改); the layout keeps it
    qtbot.waitUntil(lambda: tree.visualItemRect(newest).height() >= 1.8 * one_line)


def _changed_elsewhere(store: Store, record_id: str, phone: str) -> None:
    clerk = Actor(office_code=OFFICE_CODE, operator_id=None, operator_name="李娜")
    with store.session(clerk) as session:
        staff = session.get(Staff, record_id)
        assert staff is not None
        staff.phone = phone
        assert save_record(session, staff).saved


def test_a_change_to_everything_reloads_the_open_history(qtbot, window: MainWindow, store: Store) -> None:
    """A backup restored publishes Changes.all(): no kind or id named, the open 修改记录 reads again."""
    editor = _staff_saved_and_edited(qtbot, window)
    record_id = editor.record_id
    assert record_id is not None and len(editor.history.entry_texts()) == 2
    _changed_elsewhere(store, record_id, "13904780000")
    window.hub.publish(Changes.all())

    assert editor.record_id == record_id  # the record is still there: the editor stays
    entries = editor.history.entry_texts()
    assert len(entries) == 3
    assert entries[0][0].split(" · ")[1:] == ["李娜", "修改"]
    assert entries[0][1] == [f"联系电话：{NEW_PHONE} → 13904780000"]


def test_a_change_to_the_kind_without_ids_reloads_the_history_when_shown(
    qtbot, window: MainWindow, store: Store
) -> None:
    """Changes naming the kind but no ids (any of its rows) reach a history not shown when it is shown."""
    editor = _staff_saved_and_edited(qtbot, window)
    record_id = editor.record_id
    assert record_id is not None
    editor.tabs.setCurrentIndex(0)  # 基本信息
    _changed_elsewhere(store, record_id, "13904780001")
    window.hub.publish(Changes.of_records("staff"))
    assert not editor.history_loaded

    editor.tabs.setCurrentIndex(editor.history_tab)
    entries = editor.history.entry_texts()
    assert len(entries) == 3
    assert entries[0][1] == [f"联系电话：{NEW_PHONE} → 13904780001"]


def test_a_change_to_another_kind_leaves_the_history_alone(qtbot, window: MainWindow, store: Store) -> None:
    editor = _staff_saved_and_edited(qtbot, window)
    record_id = editor.record_id
    assert record_id is not None
    _changed_elsewhere(store, record_id, "13904780002")  # not published for staff
    window.hub.publish(Changes.of_records("facilities"))
    assert len(editor.history.entry_texts()) == 2  # nothing said this record changed: not read again
