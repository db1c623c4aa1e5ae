"""A clerk at a real keyboard (issue 12, walked under X with xdotool): what broke, kept fixed.

Each test drives the real widgets of the main window with key events sent where the keyboard
focus is, as a person's keys go: Chinese as a Pinyin input method commits it, ASCII as key clicks.
"""

from __future__ import annotations

from collections import deque
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from sqlmodel import select

from db.models import MemberPostClaim, PartyMember, Staff
from db.store import Store
from db.timeutil import local_today
from desktop.common.prompts import Choice, Prompts, ScriptedPrompts, install_prompts
from desktop.common.text_size import current_text_scale
from desktop.ledgers.date_fields import DateInput
from desktop.ledgers.editor import EditorDialog, RecordEditor
from desktop.ledgers.list_page import ListPage
from desktop.shell.main_window import MainWindow
from tests.support.gui import list_page, new_editor, settle_fonts, type_chinese
from tests.support.office import EXISTING_ID, Base


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on the keyboard: it goes to the widget with the focus."""
    QTest.keyClick(focus(), key, modifier)


def type_here(text: str) -> None:
    """Text typed on the keyboard into the widget with the focus (Chinese as an IME commits it)."""
    for character in text:
        if character.isascii():
            QTest.keyClicks(focus(), character)
        else:
            type_chinese(focus(), character)


def date_line(editor: RecordEditor, name: str) -> QLineEdit:
    field_input = editor.form.input(name)
    assert isinstance(field_input, DateInput)
    return field_input.edit.line


# --- getting to a new record ------------------------------------------------------------------


def test_ctrl_n_right_after_going_to_a_ledger_from_the_navigation(qtbot, window: MainWindow) -> None:
    window.nav.setFocus(Qt.FocusReason.OtherFocusReason)
    press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # 转到 ▸ the second page: 社区工作者
    page = window.stack.currentWidget()
    assert isinstance(page, ListPage) and page.kind_key == "staff"
    assert focus() is window.nav  # the keyboard is still on the navigation
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is not None and page.editor.isVisible() and page.editor.is_new
    assert focus() is page.editor.form.first_widget()


# --- the calendar ------------------------------------------------------------------------------


def test_esc_in_the_calendar_closes_only_the_calendar(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_here("张三")
    line = date_line(editor, "start_date")
    line.setFocus(Qt.FocusReason.TabFocusReason)
    type_here("2021-03-01")
    press(Qt.Key.Key_F4)
    field_input = editor.form.input("start_date")
    assert isinstance(field_input, DateInput)
    calendar = field_input.edit.calendar
    assert calendar is not None and calendar.isVisible()
    press(Qt.Key.Key_Escape)
    assert not calendar.isVisible()
    assert editor.isVisible() and line.text() == "2021-03-01"
    assert focus() is line
    assert editor.form.values()["start_date"] == date(2021, 3, 1)


def test_esc_in_an_open_choice_list_closes_only_the_list(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_here("张三")
    combo = editor.form.widget("gender")
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the list opens
    assert isinstance(combo, QComboBox)
    view = combo.view()
    assert view is not None and view.isVisible()
    press(Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert editor.isVisible() and editor.form.values()["name"] == "张三"


def test_esc_in_a_record_picker_suggestions_closes_only_them(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "activities"))
    picker = editor.form.input("venue_id")
    line = editor.form.widget("venue_id")
    line.setFocus(Qt.FocusReason.TabFocusReason)
    type_here("中心")
    popup = picker.picker.completer.popup()  # type: ignore[attr-defined]
    picker.picker.search_now()  # type: ignore[attr-defined]
    assert popup is not None and popup.isVisible()
    press(Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert editor.isVisible() and line.text() == "中心"


# --- a pre-filled first field --------------------------------------------------------------------


def test_typing_right_after_ctrl_n_replaces_todays_date(qtbot, window: MainWindow, store: Store) -> None:
    editor = new_editor(qtbot, list_page(window, "funding"))  # 到账日期 first, today in it
    line = date_line(editor, "received_on")
    assert focus() is line and line.text() == local_today().isoformat()
    type_here("2021-03-01")
    assert line.text() == "2021-03-01"
    assert editor.form.values()["received_on"] == date(2021, 3, 1)


def test_typing_right_after_the_new_button_replaces_todays_date(qtbot, window: MainWindow) -> None:
    page = list_page(window, "activities")  # 活动日期 first, today in it
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.editor is not None
    line = date_line(page.editor, "held_on")
    assert focus() is line
    type_here("2021/3/1")
    assert line.text() == "2021/3/1" and page.editor.form.values()["held_on"] == date(2021, 3, 1)


# --- the text size changed while typing -------------------------------------------------------------


def _in_view(editor: RecordEditor, widget: QWidget) -> bool:
    viewport = editor.form_scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.usefixtures("standard_text_size")
def test_the_field_being_typed_in_stays_in_view_when_the_text_grows(qtbot, window: MainWindow) -> None:
    window.resize(1100, 700)
    editor = new_editor(qtbot, list_page(window, "party_members"))
    type_here("王五")
    line = date_line(editor, "registered_on")  # near the end of a long form
    editor.form.focus_field("registered_on")
    type_here("2015-05-0")
    assert _in_view(editor, line)
    for _ in range(2):
        press(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # 放大字号
        settle_fonts()
    assert current_text_scale() > 100
    assert focus() is line and line.text() == "2015-05-0"
    assert _in_view(editor, line)
    type_here("5")
    assert editor.form.values()["registered_on"] == date(2015, 5, 5)
    assert editor.form.values()["name"] == "王五"


# --- the mouse wheel over the form --------------------------------------------------------------------


def _wheel(widget: QWidget, steps: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_scrolling_the_form_over_a_choice_changes_nothing(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "party_members"))
    type_here("王五")
    name = focus()
    combo = editor.form.widget("membership")
    assert isinstance(combo, QComboBox)
    before = editor.form.values()
    _wheel(combo, 3)
    assert editor.form.values() == before  # the choice shown is still the one chosen
    # (the form scrolling instead is seen under X: Qt passes only a real wheel on to the parent)
    assert focus() is name  # and the keyboard stays where the person was typing


# --- Backspace and Delete in a date ---------------------------------------------------------------


def test_backspace_and_delete_in_a_filled_date_act_as_in_any_text_box(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_here("张三")
    line = date_line(editor, "end_date")  # optional: it has the × button
    line.setFocus(Qt.FocusReason.TabFocusReason)
    type_here("2022-01-15")
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Delete)  # nothing after the cursor: nothing to delete
    assert line.text() == "2022-01-15"
    assert editor.form.values()["end_date"] == date(2022, 1, 15)
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Delete)  # the character after the cursor
    assert line.text() == "022-01-15"
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == "2022-01-15"
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Backspace)
    press(Qt.Key.Key_Backspace)
    type_here("28")
    assert editor.form.values()["end_date"] == date(2022, 1, 28)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Delete)  # all of it, chosen
    assert line.text() == "" and editor.form.values()["end_date"] is None
    assert focus() is line


# --- text typed that cannot be kept is not dropped without asking -----------------------------------


def _open(store: Store, page: ListPage, model: type[Any], name: str) -> RecordEditor:
    with store.session() as session:
        record = session.exec(select(model).where(model.name == name)).one()
    editor = page.open_record(record.id)
    assert editor is not None
    first = editor.form.first_widget()
    assert first is not None
    first.setFocus(Qt.FocusReason.OtherFocusReason)
    return editor


@pytest.mark.parametrize(
    ("kind_key", "model", "name", "field", "typed"),
    [
        ("party_members", PartyMember, "王芳", "org_id", "第一"),  # a party organisation not yet picked
        ("staff", Staff, "巴特尔", "pay_fen", "1.234"),  # money with one decimal too many
    ],
)
def test_esc_asks_before_dropping_text_typed_into_an_empty_field(
    qtbot,
    window: MainWindow,
    store: Store,
    answers: ScriptedPrompts,
    kind_key: str,
    model: type[Any],
    name: str,
    field: str,
    typed: str,
) -> None:
    editor = _open(store, list_page(window, kind_key), model, name)
    line = editor.form.widget(field)
    editor.form.focus_field(field)
    type_here(typed)
    assert editor.form.message(field)  # it says why the text is not taken yet
    answers.answers["save_discard_cancel"] = deque([Choice.CANCEL])
    press(Qt.Key.Key_Escape)
    assert [method for method, _title, _text in answers.asked] == ["save_discard_cancel"]
    assert editor.isVisible() and isinstance(line, QLineEdit) and line.text() == typed


def test_the_calendar_by_keys_alone(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_here("张三")
    line = date_line(editor, "start_date")
    line.setFocus(Qt.FocusReason.TabFocusReason)
    type_here("2021-03-01")
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the calendar, on the date typed
    assert focus() is not line
    press(Qt.Key.Key_Right)  # the next day …
    press(Qt.Key.Key_Down)  # … a week later
    press(Qt.Key.Key_Return)
    assert focus() is line and line.text() == "2021-03-09"
    assert editor.form.values()["start_date"] == date(2021, 3, 9)
    press(Qt.Key.Key_F4)
    press(Qt.Key.Key_Left)
    press(Qt.Key.Key_Escape)  # changed its mind: the date stays as it was
    assert focus() is line and line.text() == "2021-03-09"
    assert editor.isVisible()


# --- Tab out of a table -------------------------------------------------------------------------


def test_tab_leaves_the_list_for_the_next_control(qtbot, window: MainWindow) -> None:
    page = list_page(window, "staff")
    page.table.setFocus(Qt.FocusReason.OtherFocusReason)
    page.table.selectRow(0)
    press(Qt.Key.Key_Tab)
    assert focus() is not page.table  # not from cell to cell of a list that selects whole rows
    press(Qt.Key.Key_Backtab)
    assert focus() is page.table


def test_a_members_posts_reached_and_added_by_keyboard(
    qtbot, window: MainWindow, store: Store, answers: ScriptedPrompts
) -> None:
    page = list_page(window, "party_members")
    editor = _open(store, page, PartyMember, "王芳")
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # the next tab: 认领岗位
    posts = editor.children_lists["member_posts"]
    assert editor.tabs.currentWidget() is posts
    posts.table.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Tab)
    assert focus() is posts.add_button
    press(Qt.Key.Key_Space)  # 添加…: the post's own editor, in a dialog
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EditorDialog)
    post = dialog.editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is post.form.widget("post"), timeout=3000)
    combo = post.form.widget("post")
    assert isinstance(combo, QComboBox)
    for _ in range(combo.findText("政策宣传") - combo.currentIndex()):  # 王芳 holds no office: 政策宣传
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab)
    type_here("2022.5.1")  # over today's date, selected by Tab
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert len(posts.ids) == 1
    assert post_claimed_on(store, posts.ids[0]) == date(2022, 5, 1)
    window.activateWindow()  # (offscreen nothing gives the window back its activation)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    posts.table.setFocus(Qt.FocusReason.OtherFocusReason)
    posts.table.selectRow(0)
    press(Qt.Key.Key_Tab)  # a row selected: Tab still goes on to the buttons
    assert focus() is posts.add_button


def post_claimed_on(store: Store, record_id: str) -> date | None:
    with store.session() as session:
        record = session.get(MemberPostClaim, record_id)
        assert record is not None
        return record.claimed_on


# --- Ctrl+Z after a delete ----------------------------------------------------------------------------


def _live(store: Store, model: type[Any], name: str) -> bool:
    with store.session() as session:
        record = session.exec(select(model).where(model.name == name)).one()
        return not record.is_deleted


def test_ctrl_z_brings_a_deleted_record_back_with_the_cursor_in_a_field(
    qtbot, window: MainWindow, store: Store, answers: ScriptedPrompts
) -> None:
    page = list_page(window, "staff")
    editor = _open(store, page, Staff, "巴特尔")
    answers.answers["confirm"] = deque([True])
    QTest.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)  # 删除 in the editor
    assert not _live(store, Staff, "巴特尔")
    page.search.setFocus(Qt.FocusReason.MouseFocusReason)  # then the person clicks into the search box
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _live(store, Staff, "巴特尔")


def test_ctrl_z_in_a_field_still_undoes_the_typing_first(qtbot, window: MainWindow, store: Store) -> None:
    page = list_page(window, "staff")
    editor = new_editor(qtbot, page)
    type_here("张三")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.form.values()["name"] == ""


# --- a likely duplicate asked about while typing ---------------------------------------------------


def test_enter_typed_ahead_into_the_duplicate_question_keeps_what_was_typed(
    qtbot, window: MainWindow, base: Base
) -> None:
    """The question comes up on the ID number's last digit; a clerk typing on presses Enter
    before reading it: that must not drop the new record for the other one."""
    previous = install_prompts(Prompts())  # the real question, a modal message box
    pressed: list[str] = []

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer_with_enter)
            return
        pressed.append(box.windowTitle())
        QTest.keyClick(box, Qt.Key.Key_Return)

    try:
        editor = new_editor(qtbot, list_page(window, "staff"))
        type_here("巴图")
        editor.form.focus_field("id_number")
        QTimer.singleShot(20, answer_with_enter)
        type_here(EXISTING_ID)
    finally:
        install_prompts(previous)
    assert pressed == ["可能重复录入"]
    assert editor.is_new and editor.form.values()["name"] == "巴图"
    assert editor.form.values()["id_number"] == EXISTING_ID


def test_a_record_opened_with_enter_has_its_first_field_ready_to_type_over(qtbot, window: MainWindow) -> None:
    page = list_page(window, "staff")
    page.table.setFocus(Qt.FocusReason.OtherFocusReason)
    page.table.selectRow(0)
    press(Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and not editor.is_new
    name = editor.form.widget("name")
    assert focus() is name and isinstance(name, QLineEdit) and name.selectedText() == name.text() != ""


def test_the_calendar_of_an_emptied_date_starts_on_today(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_here("张三")
    field_input = editor.form.input("end_date")
    assert isinstance(field_input, DateInput)
    line = field_input.edit.line
    line.setFocus(Qt.FocusReason.TabFocusReason)
    type_here("2019-06-03")
    press(Qt.Key.Key_F4)
    press(Qt.Key.Key_Return)  # the date typed, taken from the calendar
    assert line.text() == "2019-06-03"
    assert field_input.edit.clear_button is not None
    field_input.edit.clear_button.click()
    assert line.text() == ""
    press(Qt.Key.Key_F4)
    calendar = field_input.edit.calendar
    assert calendar is not None
    today = local_today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    press(Qt.Key.Key_Return)  # the day marked on the month shown, not the one picked before
    assert line.text() == today.isoformat()


def test_tab_from_the_list_into_the_editor_stops_only_where_something_takes_typing(qtbot, window: MainWindow) -> None:
    page = list_page(window, "staff")
    editor = new_editor(qtbot, page)
    page.table.setFocus(Qt.FocusReason.OtherFocusReason)
    press(Qt.Key.Key_Tab)
    assert focus() is editor.tabs.tabBar()  # 基本信息 / 修改记录
    press(Qt.Key.Key_Tab)
    assert focus() is editor.form.widget("name")  # no stop on the form's invisible scroll area
    press(Qt.Key.Key_Backtab)
    assert focus() is editor.tabs.tabBar()


# --- from the search to the records found ----------------------------------------------------------


def test_down_from_the_search_goes_to_the_records_found(qtbot, window: MainWindow) -> None:
    page = list_page(window, "staff")
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # 搜索当前列表
    assert focus() is page.search
    type_here("巴特尔")
    press(Qt.Key.Key_Return)  # search now
    assert page.model.rowCount() == 1
    press(Qt.Key.Key_Down)  # to the list, on the first record found
    assert focus() is page.table and page.table.currentIndex().row() == 0
    press(Qt.Key.Key_Return)  # and open it
    assert page.editor is not None and page.editor.form.values()["name"] == "巴特尔"
