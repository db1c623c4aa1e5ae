"""Signing in at start and switching operator: passwords, automatic sign-in, the actor of changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from db.models import AuditEntry, Staff
from db.office import OfficeSetup, create_office
from db.store import Store, open_store
from desktop.common.workspace import workspace_for
from desktop.shell.main_window import MainWindow
from desktop.shell.signin import SignInDialog, automatic_operator, load_operators
from desktop.shell.startup import StartUp
from tests.support.office import make_office

OFFICE = "150802001001"


@pytest.fixture
def startup(qtbot, tmp_path: Path) -> Iterator[StartUp]:
    flow = StartUp(tmp_path / "office")
    yield flow
    for widget in (flow.window, flow.sign_in_dialog, flow.wizard):
        if widget is not None:
            widget.close()
    flow.close()


def signed_in_window(qtbot, flow: StartUp) -> MainWindow:
    assert flow.window is not None and flow.exit_code is None
    qtbot.addWidget(flow.window)
    qtbot.waitExposed(flow.window)
    return flow.window


def test_a_single_operator_without_password_signs_in_directly(qtbot, startup: StartUp) -> None:
    make_office(startup.data_dir, others=False)
    startup.start()
    assert startup.sign_in_dialog is None  # nothing asked
    window = signed_in_window(qtbot, startup)
    assert window.workspace.operator_name == "王玥" and window.workspace.is_admin
    assert window.operator_label.text() == "操作人员：王玥"
    assert window.office_label.text() == "社区：胜利社区（150802001001）"


def test_a_single_operator_with_a_password_is_asked_for_it(qtbot, startup: StartUp) -> None:
    make_office(startup.data_dir, admin_password="abc", others=False)
    startup.start()
    assert startup.window is None and startup.sign_in_dialog is not None
    assert startup.sign_in_dialog.password.isEnabled()


def test_lists_active_operators_with_their_roles(qtbot, startup: StartUp) -> None:
    make_office(startup.data_dir)
    startup.start()
    dialog = startup.sign_in_dialog
    assert dialog is not None and dialog.isVisible() and startup.window is None
    rows = [
        [dialog.operator_list.topLevelItem(i).text(c) for c in range(3)]
        for i in range(dialog.operator_list.topLevelItemCount())
    ]
    assert rows == [["王玥", "管理员", ""], ["其其格", "负责人", "需要密码"], ["巴特尔", "填表人", ""]]


def test_wrong_password_then_right(qtbot, startup: StartUp) -> None:
    make_office(startup.data_dir)
    startup.start()
    dialog = startup.sign_in_dialog
    assert dialog is not None
    dialog.select(next(op.id for op in dialog.operators if op.name == "其其格"))
    assert dialog.password.isEnabled()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password

    qtbot.keyClicks(dialog.password, "qqg2025")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter signs in
    assert dialog.isVisible() and startup.window is None
    assert dialog.message.isVisible() and "密码不对" in dialog.message.text()
    assert dialog.password.text() == ""  # cleared for the next try

    qtbot.keyClicks(dialog.password, "qqg2026")
    assert not dialog.message.isVisible()  # typing again hides the old message
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    window = signed_in_window(qtbot, startup)
    assert window.workspace.actor is not None and window.workspace.actor.operator_name == "其其格"
    assert not window.workspace.is_admin


def test_someone_without_password_needs_none(qtbot, startup: StartUp) -> None:
    make_office(startup.data_dir)
    startup.start()
    dialog = startup.sign_in_dialog
    assert dialog is not None
    dialog.select(next(op.id for op in dialog.operators if op.name == "巴特尔"))
    assert not dialog.password.isEnabled() and dialog.password.placeholderText() == "无需密码"
    dialog.sign_in_button.click()
    assert signed_in_window(qtbot, startup).workspace.operator_name == "巴特尔"


def test_escape_quits_cleanly(qtbot, startup: StartUp) -> None:
    make_office(startup.data_dir)
    ended: list[int] = []
    startup.ended.connect(ended.append)
    startup.start()
    dialog = startup.sign_in_dialog
    assert dialog is not None and dialog.cancel_button.text() == "退出"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert ended == [0] and startup.exit_code == 0 and startup.window is None
    open_store(startup.data_dir).close()  # the folder was released


def test_automatic_operator_rule(store: Store) -> None:
    create_office(store, OfficeSetup(OFFICE, "胜利社区"))
    operators = load_operators(store)
    assert automatic_operator(operators) is operators[0]
    operators[0].password_hash = "$argon2id$..."
    assert automatic_operator(operators) is None
    assert automatic_operator([]) is None


def test_switching_operator_changes_who_makes_changes(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    make_office(folder)
    with open_store(folder) as store:
        window = MainWindow(workspace_for(store))  # as 王玥, the first administrator
        qtbot.addWidget(window)
        settings_page = window.show_page("settings")
        assert window.workspace.operator_name == "王玥"
        assert window.switch_action.text() == "切换操作人员(&O)…"

        window.switch_action.trigger()
        dialog = window.sign_in_dialog
        assert isinstance(dialog, SignInDialog) and dialog.windowTitle() == "切换操作人员"
        assert dialog.cancel_button.text() == "取消" and dialog.selected().name == "王玥"
        dialog.select(next(op.id for op in dialog.operators if op.name == "巴特尔"))
        dialog.sign_in_button.click()

        assert window.operator_label.text() == "操作人员：巴特尔"
        assert not settings_page.operators.add_button.isEnabled()  # the page follows the new rights
        actor = window.workspace.actor
        assert actor is not None
        with store.transaction(actor) as session:
            session.add(Staff(office_code=OFFICE, name="张三"))
        with store.session() as session:
            entries = session.exec(select(AuditEntry).where(AuditEntry.table_name == "staff")).all()
        assert entries and {e.operator_name for e in entries} == {"巴特尔"}

        window.switch_action.trigger()  # and cancelling a switch changes nothing
        window.sign_in_dialog.reject()
        assert window.workspace.operator_name == "巴特尔"
        window.close()
