"""Forms that stay still: a record shown starts at the top with the cursor in its first field, fields do
not move when messages come and go (also at a larger text size), and the ID number's message always
describes the text in the field.

Through the real main window, list pages and editors on a real SQLite file; ASCII typed with key
clicks, prompts answered by a ScriptedPrompts service.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from db.store import Store
from db.validation.idcard import id_number_problem
from desktop.common.i18n import text as db_text
from desktop.common.prompts import ScriptedPrompts, install_prompts
from desktop.ledgers.editor import RecordEditor
from desktop.ledgers.form import RecordForm
from desktop.ledgers.message_line import MessageLine
from desktop.shell.goto import go_to_record
from desktop.shell.main_window import MainWindow
from tests.support.gui import fill, list_page, new_editor, replace_text, type_text
from tests.support.office import EXISTING_ID, Base, id_number

GOOD_ID = id_number("150802", "19850312", "135")
WRONG_ID = GOOD_ID[:-1] + ("1" if GOOD_ID[-1] != "1" else "2")  # the check digit does not match


def settle() -> None:
    """Let Qt apply the layout changes it has queued (no waiting for time to pass)."""
    QApplication.processEvents()


def places(form: RecordForm) -> dict[str, QRect]:
    """Where every shown field's input and name are, in the form's coordinates."""
    settle()
    found: dict[str, QRect] = {}
    for name in form.spec.names:
        for key, widget in ((name, form.input(name).widget), (f"{name} label", form.label_widget(name))):
            if widget.isVisibleTo(form):
                found[key] = QRect(widget.mapTo(form, QPoint(0, 0)), widget.size())
    return found


def in_viewport(editor: RecordEditor, widget: QWidget) -> bool:
    viewport = editor.form_scroll.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def scroll_to_bottom(qtbot, editor: RecordEditor, last_field: str) -> None:
    settle()
    bar = editor.form_scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the form fits without scrolling: the test would prove nothing"
    editor.form.focus_field(last_field)
    editor.form_scroll.ensureWidgetVisible(editor.form.widget(last_field))
    bar.setValue(bar.maximum())
    assert not in_viewport(editor, editor.form.first_widget() or editor.form)


def assert_at_start(editor: RecordEditor, first_field: str) -> None:
    settle()
    first = editor.form.widget(first_field)
    assert editor.form.first_widget() is first
    assert editor.tabs.currentIndex() == 0
    assert editor.form_scroll.verticalScrollBar().value() == 0
    assert in_viewport(editor, first)
    assert editor.window().focusWidget() is first and first.hasFocus()


@pytest.fixture
def larger_text() -> Iterator[float]:
    """The application's font at 1.5 times its size, as the text-size setting makes it; put back after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    larger = QFont(before)
    larger.setPointSizeF(before.pointSizeF() * 1.5)
    app.setFont(larger)
    settle()
    try:
        yield larger.pointSizeF()
    finally:
        app.setFont(before)
        settle()


# --- a record shown starts at the top ------------------------------------------------------------


def test_a_new_record_after_a_long_one_starts_at_the_top_in_its_first_field(
    qtbot, window: MainWindow, base: Base
) -> None:
    page = list_page(window, "party_members")
    editor = page.open_record(base.ids["member"])  # 王芳: a form longer than the panel
    assert editor is not None
    assert_at_start(editor, "name")
    scroll_to_bottom(qtbot, editor, "note")

    editor = new_editor(qtbot, page)  # Ctrl+N
    assert editor.is_new
    assert_at_start(editor, "name")


def test_another_record_opened_starts_at_the_top_on_the_first_tab(qtbot, window: MainWindow, base: Base) -> None:
    page = list_page(window, "staff")
    editor = new_editor(qtbot, page)
    scroll_to_bottom(qtbot, editor, "note")
    opened = page.open_record(base.ids["staff"])
    assert opened is editor and editor.record_id == base.ids["staff"]
    assert_at_start(editor, "name")

    editor.tabs.setCurrentIndex(editor.history_tab)
    editor.new_record()
    assert_at_start(editor, "name")


def test_going_to_a_field_low_in_the_form_shows_it_with_the_cursor_in_it(
    qtbot, window: MainWindow, store: Store, base: Base
) -> None:
    page = list_page(window, "staff")
    editor = new_editor(qtbot, page)
    shown = go_to_record(window.show_page, store, "staff", base.ids["staff"], "medical_insurance")
    assert shown is editor and editor.record_id == base.ids["staff"]
    settle()
    field = editor.form.widget("medical_insurance")
    assert editor.form_scroll.verticalScrollBar().value() > 0
    assert in_viewport(editor, field) and field.hasFocus()


def test_enter_moves_down_the_form_and_the_field_reached_shows(qtbot, window: MainWindow, base: Base) -> None:
    page = list_page(window, "staff")
    editor = page.open_record(base.ids["staff"])
    assert editor is not None
    form = editor.form
    names = [name for name in form.spec.names if form.widget(name).isVisibleTo(form)]
    settle()
    assert editor.form_scroll.verticalScrollBar().maximum() > 0
    widget = form.widget(names[0])
    for name in names[1:]:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        settle()
        widget = form.widget(name)
        assert widget.hasFocus(), name
        assert in_viewport(editor, widget) and in_viewport(editor, form.message_line(name)), name
    assert editor.form_scroll.verticalScrollBar().value() > 0


def test_a_refused_save_shows_the_field_to_fix(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    form = editor.form
    type_text(qtbot, form.widget("name"), "张三")
    fill(qtbot, form, "start_date", date(2021, 5, 1))
    fill(qtbot, form, "end_date", date(2020, 1, 1))
    editor.focus_field("name")
    settle()
    assert not in_viewport(editor, form.widget("end_date"))
    assert not editor.save()  # Ctrl+S: refused, the problem shown
    settle()
    assert form.widget("end_date").hasFocus() and in_viewport(editor, form.message_line("end_date"))
    assert form.message("end_date").startswith("离任日期")


def test_the_record_just_saved_keeps_its_place(qtbot, window: MainWindow, base: Base) -> None:
    page = list_page(window, "staff")
    editor = page.open_record(base.ids["staff"])
    assert editor is not None
    scroll_to_bottom(qtbot, editor, "note")
    note = editor.form.widget("note")
    type_text(qtbot, note, "返聘")
    value = editor.form_scroll.verticalScrollBar().value()
    qtbot.keyClick(note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert editor.status.text() == "已保存。"
    assert editor.form_scroll.verticalScrollBar().value() == value
    assert note.hasFocus()


# --- fields stay where they are --------------------------------------------------------------------


def _messages_come_and_go_without_moving_anything(qtbot, editor: RecordEditor) -> None:
    form = editor.form
    type_text(qtbot, form.widget("name"), "张三")
    before = places(form)
    status_before = editor.status.geometry(), editor.form_scroll.geometry()
    line = form.widget("id_number")
    line.setFocus()
    assert form.message("id_number") == ""

    QTest.keyClicks(line, WRONG_ID[:10])  # too short yet: a message appears
    assert "应为 18 位" in form.message("id_number")
    assert places(form) == before
    QTest.keyClicks(line, WRONG_ID[10:])  # a wrong check digit: another message
    assert "校验位不对" in form.message("id_number")
    assert places(form) == before
    assert (editor.status.geometry(), editor.form_scroll.geometry()) == status_before

    QTest.keyClick(line, Qt.Key.Key_Backspace)
    QTest.keyClicks(line, GOOD_ID[-1])  # right now: the message goes
    assert form.message("id_number") == ""
    assert places(form) == before
    assert (editor.status.geometry(), editor.form_scroll.geometry()) == status_before


def test_fields_do_not_move_when_a_message_appears_and_goes(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    _messages_come_and_go_without_moving_anything(qtbot, editor)


def test_fields_do_not_move_at_a_larger_text_size_and_the_room_grows_with_the_font(
    qtbot, window: MainWindow, larger_text: float
) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    settle()
    message = editor.form.message_line("id_number")
    assert message.font().pointSizeF() == pytest.approx(larger_text)
    assert message.height() >= message.fontMetrics().height()
    _messages_come_and_go_without_moving_anything(qtbot, editor)


def test_the_message_room_follows_a_font_change_of_an_open_form(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    settle()
    message = editor.form.message_line("id_number")
    small, status_small = message.height(), editor.status.height()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    larger = QFont(before)
    larger.setPointSizeF(before.pointSizeF() * 1.6)
    try:
        app.setFont(larger)  # as the text-size setting does
        settle()
        assert message.height() > small and editor.status.height() > status_small
        assert message.height() == message.room()
    finally:
        app.setFont(before)
        settle()
    assert message.height() == small and editor.status.height() == status_small


def test_the_status_line_keeps_its_room_when_it_has_nothing_to_say(qtbot, window: MainWindow, base: Base) -> None:
    page = list_page(window, "volunteers")
    editor = page.open_record(base.ids["volunteer"])
    assert editor is not None
    settle()
    assert editor.status.text() == ""  # a stored record, unchanged, with nothing to fix
    geometry = editor.form_scroll.geometry(), editor.status.geometry()
    type_text(qtbot, editor.form.widget("name"), "明")
    settle()
    assert editor.status.text() == "有未保存的修改。"
    assert (editor.form_scroll.geometry(), editor.status.geometry()) == geometry


def test_a_long_message_is_cut_short_in_its_room_and_whole_in_the_tooltip(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    line = MessageLine(1, host)
    host.show()
    line.resize(160, line.room())
    height = line.height()
    long_message = "身份证号校验位不对，请核对最后一位（也可能是前面某一位填错了）"
    line.set_message(long_message, "#c62828")
    assert line.message() == long_message and line.is_cut()
    assert line.text().endswith("…") and long_message.startswith(line.text()[:-1])
    assert line.toolTip() == long_message and line.height() == height
    line.resize(2000, height)  # room enough: the whole message, no tooltip
    assert line.text() == long_message and line.toolTip() == "" and not line.is_cut()
    line.set_message("请填写姓名")
    assert line.text() == "请填写姓名" and line.toolTip() == ""
    line.clear_message()
    assert line.text() == "" and line.message() == "" and line.height() == height


# --- the ID number's message describes the text shown ------------------------------------------------


def expected_id_message(text: str) -> str:
    problem = id_number_problem(text)
    return "" if problem is None else db_text(problem[1])


def test_the_id_number_message_always_describes_the_text_in_the_field(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    form = editor.form
    line = form.widget("id_number")
    line.setFocus()
    for character in WRONG_ID:
        QTest.keyClicks(line, character)
        assert form.message("id_number") == expected_id_message(line.text()), line.text()
    # the field typed in is the one the status line speaks of (姓名 is still empty too)
    assert editor.status.message().startswith("还不能保存：" + expected_id_message(WRONG_ID))
    QTest.keyClick(line, Qt.Key.Key_Backspace)
    assert form.message("id_number") == expected_id_message(WRONG_ID[:-1])
    QTest.keyClicks(line, GOOD_ID[-1])
    assert form.message("id_number") == ""
    assert form.input("birth_date").value() == date(1985, 3, 12) and form.input("gender").value() == "male"
    assert form.message("birth_date") == "" and form.message("gender") == ""

    other = id_number("150802", "19900704", "246")  # another person: the filled fields follow
    replace_text(qtbot, line, other)
    assert form.message("id_number") == ""
    assert form.input("birth_date").value() == date(1990, 7, 4) and form.input("gender").value() == "female"
    replace_text(qtbot, line, other[:-3])
    assert form.message("id_number") == expected_id_message(other[:-3])
    assert form.input("birth_date").value() == date(1990, 7, 4)  # nothing else changes meanwhile


def test_a_birth_date_the_person_typed_is_kept_and_the_mismatch_said(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, list_page(window, "staff"))
    form = editor.form
    fill(qtbot, form, "birth_date", date(1986, 3, 12))
    type_text(qtbot, form.widget("id_number"), GOOD_ID)
    assert form.input("birth_date").value() == date(1986, 3, 12)  # what the person typed stays
    assert form.message("id_number") == ""
    assert form.message("birth_date") == "出生日期（1986年3月12日）与身份证号上的（1985年3月12日）不一致，请核对"
    assert form.input("gender").value() == "male"  # nobody chose one: filled


class _Watching(ScriptedPrompts):
    """Scripted answers that note what the form showed when each question was asked."""

    def __init__(self) -> None:
        super().__init__(confirm=[False])
        self.form: RecordForm | None = None
        self.editor: RecordEditor | None = None
        self.seen: list[dict[str, Any]] = []

    def _next(self, method: str, title: str, text: str) -> Any:
        assert self.form is not None and self.editor is not None
        line = self.form.widget("id_number")
        assert isinstance(line, QLineEdit)
        self.seen.append(
            {
                "text": line.text(),
                "message": self.form.message("id_number"),
                "birth": self.form.input("birth_date").value(),
                "status": self.editor.status.message(),
            }
        )
        return super()._next(method, title, text)


def test_the_duplicate_question_comes_after_the_messages_describe_the_number(
    qtbot, window: MainWindow, base: Base
) -> None:
    watching = _Watching()
    previous = install_prompts(watching)
    try:
        editor = new_editor(qtbot, list_page(window, "staff"))
        watching.form, watching.editor = editor.form, editor
        type_text(qtbot, editor.form.widget("name"), "巴图")
        line = editor.form.widget("id_number")
        line.setFocus()
        QTest.keyClicks(line, EXISTING_ID)
    finally:
        install_prompts(previous)
    [seen] = watching.seen
    assert seen["text"] == EXISTING_ID
    assert seen["message"] == ""  # not the "17 位" of the text before the last key
    assert seen["birth"] == date(1980, 1, 1)
    assert "17" not in seen["status"]
    assert editor.is_new  # declined: the new record stays


def test_a_long_field_name_wraps_instead_of_pushing_the_inputs_out(qtbot) -> None:
    """An English name such as "Secretary also committee director" takes two lines in the name
    column; a short one stays whole on one line."""
    from PySide6.QtWidgets import QLabel

    from desktop.common.text_size import text_width
    from desktop.ledgers.form import NAME_CHARACTERS, _fit_name

    long_name, short_name = QLabel("Secretary also committee director *"), QLabel("姓名 *")
    for name in (long_name, short_name):
        qtbot.addWidget(name)
        _fit_name(name)
    assert long_name.wordWrap() and long_name.width() <= text_width(long_name, NAME_CHARACTERS)
    assert long_name.heightForWidth(long_name.width()) > long_name.fontMetrics().lineSpacing()
    assert not short_name.wordWrap() and short_name.minimumWidth() == short_name.sizeHint().width()
