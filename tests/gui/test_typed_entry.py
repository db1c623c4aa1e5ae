"""Typing values into a real record editor, key by key, as people do (issue 12).

Every way of writing a date goes into a date field — empty and pre-filled — with real key
events (ASCII by key clicks, Chinese and full-width text as a Pinyin input method commits it);
focus stays in the field while typing, no other field changes, the value read shows beside the
field before saving, and the database holds that value after saving. The same for money (the
funding editor), an area and a count. Text that cannot be read keeps Save disabled with a
message at its field and is never changed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget
from sqlmodel import select

from db import kinds
from db.store import Store
from db.timeutil import local_today
from desktop.ledgers.date_fields import DateInput
from desktop.ledgers.editor import RecordEditor
from desktop.ledgers.fields import TypedLine
from desktop.shell.main_window import MainWindow
from tests.support.gui import fill, list_page, new_editor, type_chinese

DATE_STYLES = [
    "2021-03-01",
    "2021-3-1",
    "2021/3/1",
    "2021.3.1",
    "20210301",
    "21.3.1",
    "2021年3月1日",
    "２０２１－０３－０１",
    "２０２１．３．１",
]


def _focused(widget: QWidget) -> bool:
    return QApplication.focusWidget() is widget or widget.window().focusWidget() is widget


def type_keys(qtbot, line: QLineEdit, text: str) -> None:
    """Type ``text`` into ``line`` one character at a time; focus must stay in the line throughout.

    ASCII goes as key clicks; anything else as a Pinyin input method commits it (never key clicks
    with Chinese: that aborts the test run).
    """
    line.setFocus(Qt.FocusReason.OtherFocusReason)
    assert _focused(line)
    for character in text:
        if character.isascii():
            QTest.keyClicks(line, character)
        else:
            type_chinese(line, character)
        assert _focused(line), f"focus left the field after {character!r}"


def clear_by_keys(qtbot, line: QLineEdit) -> None:
    """Select everything in the field with Ctrl+A and delete it with Backspace."""
    line.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    assert line.text() == ""


def save_by_keyboard(qtbot, editor: RecordEditor) -> None:
    assert editor.save_button.isEnabled(), editor.form.report.to_dicts()
    focus = QApplication.focusWidget() or editor.form.first_widget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.record_id is not None and not editor.is_dirty()


def stored(store: Store, kind_key: str, record_id: str) -> Any:
    with store.session() as session:
        return session.get(kinds.kind(kind_key).model, record_id)


def others(values: dict[str, Any], name: str) -> dict[str, Any]:
    return {key: value for key, value in values.items() if key != name}


def line_of(editor: RecordEditor, name: str) -> QLineEdit:
    widget = editor.form.widget(name)
    assert isinstance(widget, QLineEdit)
    return widget


def hint_of(editor: RecordEditor, name: str) -> str:
    field_input = editor.form.input(name)
    if isinstance(field_input, DateInput):
        hint = field_input.edit.hint
    else:
        assert isinstance(field_input, TypedLine)
        hint = field_input.hint
    return hint.text() if not hint.isHidden() else ""


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", DATE_STYLES)
def test_each_date_style_into_an_empty_date(qtbot, window: MainWindow, store: Store, typed: str) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    form = editor.form
    type_keys(qtbot, line_of(editor, "name"), "张三")
    before = form.values()
    assert before["start_date"] is None and before["end_date"] is None

    line = line_of(editor, "start_date")
    type_keys(qtbot, line, typed)
    assert line.text() == typed  # nothing typed is rewritten
    assert others(form.values(), "start_date") == others(before, "start_date")  # no other field changed
    assert form.values()["start_date"] == date(2021, 3, 1)
    assert hint_of(editor, "start_date") == "2021年3月1日"  # seen before saving
    assert form.message("start_date") == ""

    save_by_keyboard(qtbot, editor)
    record = stored(store, "staff", editor.record_id or "")
    assert record.start_date == date(2021, 3, 1)
    assert record.end_date is None  # not today
    assert record.pay_fen in (None, 0)  # nothing went into 报酬
    assert record.name == "张三"


@pytest.mark.parametrize("typed", DATE_STYLES)
def test_each_date_style_over_a_prefilled_date(qtbot, window: MainWindow, store: Store, typed: str) -> None:
    editor = new_editor(qtbot, list_page(window, "activities"))
    form = editor.form
    assert isinstance(form.values()["held_on"], date)  # a new activity starts on today
    type_keys(qtbot, line_of(editor, "title"), "普法讲座")
    fill(qtbot, form, "activity_kind", "报告会")
    before = form.values()

    line = line_of(editor, "held_on")
    clear_by_keys(qtbot, line)
    type_keys(qtbot, line, typed)
    assert line.text() == typed
    after = form.values()
    assert after["held_on"] == date(2021, 3, 1)
    assert others(after, "held_on") == others(before, "held_on")
    assert after["title"] == "普法讲座"  # "03-15" never lands in 活动名称
    assert hint_of(editor, "held_on") == "2021年3月1日"

    save_by_keyboard(qtbot, editor)
    record = stored(store, "activities", editor.record_id or "")
    assert record.held_on == date(2021, 3, 1) and record.title == "普法讲座"


def test_a_stored_date_retyped_in_place(qtbot, window: MainWindow, store: Store) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_keys(qtbot, line_of(editor, "name"), "李四")
    type_keys(qtbot, line_of(editor, "start_date"), "2020-01-01")
    save_by_keyboard(qtbot, editor)
    record_id = editor.record_id or ""

    line = line_of(editor, "start_date")
    assert line.text() == "2020-01-01"
    line.setFocus()
    line.end(False)
    for _ in range(5):  # "2020-01-01" → "2020-" then "03-15", typed where the cursor is
        qtbot.keyClick(line, Qt.Key.Key_Backspace)
    type_keys(qtbot, line, "03-15")
    assert line.text() == "2020-03-15" and hint_of(editor, "start_date") == "2020年3月15日"
    save_by_keyboard(qtbot, editor)
    assert stored(store, "staff", record_id).start_date == date(2020, 3, 15)


def test_enter_and_tab_keep_moving_through_the_form(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    line = line_of(editor, "start_date")
    type_keys(qtbot, line, "2021-03-01")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # Enter: the next field
    assert _focused(line_of(editor, "end_date"))
    assert editor.form.values()["start_date"] == date(2021, 3, 1)
    end = line_of(editor, "end_date")
    qtbot.keyClick(end, Qt.Key.Key_Tab)  # Tab leaves the date too (the calendar and × take no focus)
    assert not _focused(end) and not _focused(line)
    assert editor.form.values()["end_date"] is None


def test_an_impossible_date_keeps_save_disabled_and_says_why(qtbot, window: MainWindow, store: Store) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    form = editor.form
    type_keys(qtbot, line_of(editor, "name"), "王五")
    line = line_of(editor, "start_date")
    type_keys(qtbot, line, "2021-02-30")
    assert line.text() == "2021-02-30"  # kept as typed
    assert "任职日期“2021-02-30”不是有效的日期" in form.message("start_date")
    assert "2月没有30日" in form.message("start_date")
    assert not editor.save_button.isEnabled()
    assert hint_of(editor, "start_date") == ""
    qtbot.keyClick(line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves nothing
    assert editor.record_id is None

    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    type_keys(qtbot, line, "28")
    assert form.message("start_date") == "" and editor.save_button.isEnabled()
    save_by_keyboard(qtbot, editor)
    assert stored(store, "staff", editor.record_id or "").start_date == date(2021, 2, 28)


def test_half_a_date_is_not_saved(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_keys(qtbot, line_of(editor, "name"), "赵六")
    type_keys(qtbot, line_of(editor, "start_date"), "2021-03")
    assert "不是完整的日期" in editor.form.message("start_date")
    assert not editor.save_button.isEnabled()


def test_the_cross_empties_an_optional_date(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    field_input = editor.form.input("end_date")
    assert isinstance(field_input, DateInput)
    line = field_input.edit.line
    type_keys(qtbot, line, "2022.1.1")
    qtbot.keyClick(line, Qt.Key.Key_Delete)  # at the end: nothing to delete (as in any text box)
    assert line.text() == "2022.1.1"
    assert field_input.edit.clear_button is not None
    field_input.edit.clear_button.click()
    assert line.text() == "" and editor.form.values()["end_date"] is None


def test_the_calendar_puts_the_date_picked(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    field_input = editor.form.input("start_date")
    assert isinstance(field_input, DateInput)
    line = field_input.edit.line
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_F4)
    calendar = field_input.edit.calendar
    assert calendar is not None and calendar.isVisible()
    calendar.setSelectedDate(QDate(2019, 6, 3))
    view = calendar.findChild(QTableView)
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter takes the day chosen
    assert not calendar.isVisible()
    assert line.text() == "2019-06-03" and editor.form.values()["start_date"] == date(2019, 6, 3)
    assert editor.is_dirty()


# --- money, areas, counts --------------------------------------------------------------------

MONEY = [
    ("1.2万", 1_200_000),
    ("1.2万元", 1_200_000),
    ("12,000", 1_200_000),
    ("12000", 1_200_000),
    ("800元", 80_000),
    ("１２００", 120_000),
    ("¥1,234.50", 123_450),
    ("0.5", 50),
]


def _funding(qtbot, window: MainWindow) -> RecordEditor:
    editor = new_editor(qtbot, list_page(window, "funding"))
    fill(qtbot, editor.form, "source", "财政保障")
    fill(qtbot, editor.form, "purpose", "办公经费")
    return editor


@pytest.mark.parametrize(("typed", "fen"), MONEY)
def test_each_money_form(qtbot, window: MainWindow, store: Store, typed: str, fen: int) -> None:
    editor = _funding(qtbot, window)
    form = editor.form
    before = form.values()
    line = line_of(editor, "amount_fen")
    type_keys(qtbot, line, typed)
    assert line.text() == typed
    assert form.values()["amount_fen"] == fen
    assert others(form.values(), "amount_fen") == others(before, "amount_fen")
    assert hint_of(editor, "amount_fen") == f"¥{fen // 100:,}.{fen % 100:02d}"
    save_by_keyboard(qtbot, editor)
    assert stored(store, "funding", editor.record_id or "").amount_fen == fen


@pytest.mark.parametrize(("typed", "why"), [("1.234", "超过了两位小数"), ("1,2", "不是金额"), ("十元", "不是金额")])
def test_money_that_cannot_be_read_keeps_save_disabled(qtbot, window: MainWindow, typed: str, why: str) -> None:
    editor = _funding(qtbot, window)
    line = line_of(editor, "amount_fen")
    type_keys(qtbot, line, typed)
    assert line.text() == typed  # never rounded nor cut
    assert f"金额“{typed}”" in editor.form.message("amount_fen") and why in editor.form.message("amount_fen")
    assert not editor.save_button.isEnabled()
    assert hint_of(editor, "amount_fen") == ""


@pytest.mark.parametrize(
    ("typed", "area"),
    [("120", 120.0), ("120平方米", 120.0), ("85.5㎡", 85.5), ("１２０．２５", 120.25), ("1,200", 1200.0)],
)
def test_an_area(qtbot, window: MainWindow, store: Store, typed: str, area: float) -> None:
    editor = new_editor(qtbot, list_page(window, "facilities"))
    form = editor.form
    type_keys(qtbot, line_of(editor, "name"), "活动室")
    fill(qtbot, form, "facility_type", "文体活动室")
    fill(qtbot, form, "area_class", "服务(活动)用房")
    before = form.values()
    type_keys(qtbot, line_of(editor, "area_m2"), typed)
    assert form.values()["area_m2"] == area
    assert others(form.values(), "area_m2") == others(before, "area_m2")
    save_by_keyboard(qtbot, editor)
    assert stored(store, "facilities", editor.record_id or "").area_m2 == area


def test_an_area_with_three_decimals_is_not_rounded(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "facilities"))
    type_keys(qtbot, line_of(editor, "area_m2"), "120.125")
    assert "120.125" in editor.form.message("area_m2") and "2 位小数" in editor.form.message("area_m2")
    assert not editor.save_button.isEnabled()


@pytest.mark.parametrize(("typed", "count"), [("12", 12), ("12人", 12), ("１２", 12), ("１２人", 12)])
def test_a_count(qtbot, window: MainWindow, store: Store, typed: str, count: int) -> None:
    editor = new_editor(qtbot, list_page(window, "activities"))
    form = editor.form
    type_keys(qtbot, line_of(editor, "title"), "义诊")
    fill(qtbot, form, "activity_kind", "报告会")
    before = form.values()
    clear_by_keys(qtbot, line_of(editor, "participants"))  # a new activity starts at 0
    type_keys(qtbot, line_of(editor, "participants"), typed)
    assert form.values()["participants"] == count
    assert others(form.values(), "participants") == others(before, "participants")
    assert form.values()["member_participants"] == before["member_participants"]
    save_by_keyboard(qtbot, editor)
    assert stored(store, "activities", editor.record_id or "").participants == count


def test_a_count_that_is_not_whole_keeps_save_disabled(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "activities"))
    type_keys(qtbot, line_of(editor, "title"), "义诊")
    fill(qtbot, editor.form, "activity_kind", "报告会")
    clear_by_keys(qtbot, line_of(editor, "participants"))
    type_keys(qtbot, line_of(editor, "participants"), "12.5")
    assert "参加人数“12.5”应为整数，请只填写数字" in editor.form.message("participants")
    assert line_of(editor, "participants").text() == "12.5"
    assert not editor.save_button.isEnabled()


def test_an_id_number_says_what_will_be_saved(qtbot, window: MainWindow, store: Store) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_keys(qtbot, line_of(editor, "name"), "张三")
    line = line_of(editor, "id_number")
    type_keys(qtbot, line, "15080219800101002x")
    field_input = editor.form.input("id_number")
    hint = getattr(field_input, "hint", None)
    assert hint is not None and hint.text() == "将保存为 15080219800101002X"
    assert line.text() == "15080219800101002x"
    with store.session() as session:
        model = kinds.kind("staff").model
        assert not list(session.exec(select(model).where(model.name == "张三")))


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("139-0478-1234", "13904781234"), ("１３９ ０４７８ １２３４", "13904781234"), ("0478-8123456", "0478-8123456")],
)
def test_a_phone_says_what_will_be_saved_and_saves_it(
    qtbot, window: MainWindow, store: Store, typed: str, kept: str
) -> None:
    """A mobile typed in groups (or in full-width digits, as a Chinese input method gives them) is
    saved as its eleven digits, and the field says so before saving; a landline keeps its area code."""
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_keys(qtbot, line_of(editor, "name"), "张三")
    line = line_of(editor, "phone")
    type_keys(qtbot, line, typed)
    assert line.text() == typed  # never rewritten while typing
    if kept != typed:
        hint = getattr(editor.form.input("phone"), "hint", None)
        assert hint is not None and hint.text() == f"将保存为 {kept}"
    save_by_keyboard(qtbot, editor)
    assert editor.record_id is not None
    assert stored(store, "staff", editor.record_id).phone == kept


def test_typed_chinese_dates_as_one_commit(qtbot, window: MainWindow, store: Store) -> None:
    """A Pinyin input method may commit the whole date at once."""
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_keys(qtbot, line_of(editor, "name"), "孙七")
    line = line_of(editor, "start_date")
    line.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString("2021年3月1日")
    QApplication.sendEvent(line, event)
    assert _focused(line) and line.text() == "2021年3月1日"
    save_by_keyboard(qtbot, editor)
    assert stored(store, "staff", editor.record_id or "").start_date == date(2021, 3, 1)


def test_text_that_cannot_be_read_counts_as_a_change(qtbot, window: MainWindow) -> None:
    """Unreadable text is never silently dropped: the editor knows the record was changed."""
    editor = new_editor(qtbot, list_page(window, "staff"))
    type_keys(qtbot, line_of(editor, "name"), "周八")
    save_by_keyboard(qtbot, editor)
    assert not editor.is_dirty()
    type_keys(qtbot, line_of(editor, "end_date"), "2021-02-3x")
    assert editor.is_dirty() and not editor.save_button.isEnabled()
    assert "离任日期“2021-02-3x”不是有效的日期" in editor.form.message("end_date")


THIS_YEAR = local_today().year  # a funding's budget year and the day it came agree (no warning)


@pytest.mark.parametrize(
    "typed",
    [
        f"{THIS_YEAR}",
        f"{THIS_YEAR}年",
        f"{THIS_YEAR}年度",
        str(THIS_YEAR).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    ],
)
def test_a_year(qtbot, window: MainWindow, store: Store, typed: str) -> None:
    editor = _funding(qtbot, window)
    type_keys(qtbot, line_of(editor, "amount_fen"), "500")
    line = line_of(editor, "fiscal_year")
    clear_by_keys(qtbot, line)  # a new funding starts on this year
    type_keys(qtbot, line, typed)
    assert editor.form.values()["fiscal_year"] == THIS_YEAR
    save_by_keyboard(qtbot, editor)
    assert stored(store, "funding", editor.record_id or "").fiscal_year == THIS_YEAR


def test_a_two_digit_year_is_not_a_year(qtbot, window: MainWindow) -> None:
    editor = _funding(qtbot, window)
    line = line_of(editor, "fiscal_year")
    clear_by_keys(qtbot, line)
    type_keys(qtbot, line, "25")
    assert "预算年度“25”不是年份" in editor.form.message("fiscal_year")
    assert not editor.save_button.isEnabled()
