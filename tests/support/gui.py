"""Driving the real widgets as people do, for the GUI tests.

Chinese is typed as a Pinyin input method commits it (one committed string, never keyClicks with
Chinese text); ASCII by key clicks. Also: a record form filled field by field, a list page of the
main window and its new-record editor, and the 首页 page on a fixed day.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from db.store import Store
from desktop.home.dashboard import DashboardPage
from desktop.ledgers.editor import RecordEditor
from desktop.ledgers.form import RecordForm
from desktop.ledgers.list_page import ListPage
from desktop.shell.main_window import MainWindow

DASHBOARD_TODAY = date(2026, 8, 15)
"""The day :func:`show_dashboard` takes as today (2026 Q3)."""


def type_chinese(widget: QWidget, text: str) -> None:
    """Type as a Pinyin input method does: one committed string (never keyClicks with Chinese)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """ASCII by key clicks; Chinese as an input method's committed string."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def replace_text(qtbot, widget: QWidget, text: str) -> None:
    """Select what a text box holds, delete it and type ``text`` (nothing for an empty one)."""
    widget.setFocus()
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    if text:
        type_text(qtbot, widget, text)


def fill(qtbot, form: RecordForm, name: str, value: Any) -> None:
    """Enter ``value`` into field ``name`` the way its widget takes it."""
    widget = form.widget(name)
    if isinstance(widget, QComboBox):
        index = widget.findText(str(value))
        assert index >= 0, f"{name}: no choice {value!r}"
        widget.setCurrentIndex(index)
    elif isinstance(value, date):  # typed as people do (2020-03-01)
        replace_text(qtbot, widget, value.isoformat())
    elif isinstance(widget, QCheckBox) and isinstance(value, bool):
        if widget.isChecked() != value:
            widget.click()
    elif isinstance(value, list):  # several choices: their labels
        for box in form.input(name).focus_widgets():
            assert isinstance(box, QCheckBox)
            if (box.text() in value) != box.isChecked():
                box.click()
    else:
        replace_text(qtbot, widget, str(value))


def open_window(qtbot, store: Store, **add_widget: Any) -> MainWindow:
    """The main window on ``store``, shown, exposed and active (handed to qtbot, which closes it
    after the test; ``add_widget`` goes to ``qtbot.addWidget``, e.g. ``before_close_func``)."""
    from desktop.common.workspace import workspace_for

    main = MainWindow(workspace_for(store))
    qtbot.addWidget(main, **add_widget)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def settle_fonts(rounds: int = 3) -> None:
    """Deliver the font changes Qt posts to every widget after a text-size change (and the work
    they queue)."""
    for _ in range(rounds):
        QApplication.processEvents()


def list_page(window: MainWindow, key: str) -> ListPage:
    """Show the list page ``key`` (a kind such as "staff") of the main window."""
    page = window.show_page(key)
    assert isinstance(page, ListPage)
    return page


def new_editor(qtbot, page: ListPage) -> RecordEditor:
    """Open a new record's editor on a list page with Ctrl+N, as people do."""
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor is not None and editor.isVisible() and editor.is_new
    return editor


def show_dashboard(qtbot, store: Store) -> DashboardPage:
    """The 首页 page of 胜利社区 on :data:`DASHBOARD_TODAY`, shown at 1200×900."""
    page = DashboardPage(store.session, "胜利社区", today=DASHBOARD_TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    return page
