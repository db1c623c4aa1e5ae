"""The first start: the wizard sets up a real office or the demo, then the main window opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlmodel import select

from db.models import CityStandard, Office, Operator
from db.operators import check_password
from db.standards import DEFAULT_STANDARDS
from db.store import open_store
from desktop.shell.first_run import FirstRunWizard
from desktop.shell.startup import StartUp
from tests.support.gui import type_chinese


@pytest.fixture
def startup(qtbot, tmp_path: Path) -> Iterator[StartUp]:
    flow = StartUp(tmp_path / "new-office")
    yield flow
    for widget in (flow.window, flow.sign_in_dialog, flow.wizard):
        if widget is not None:
            widget.close()
    flow.close()


def started_wizard(qtbot, flow: StartUp) -> FirstRunWizard:
    flow.start()
    wizard = flow.wizard
    assert wizard is not None and wizard.isVisible() and flow.exit_code is None
    qtbot.waitExposed(wizard)
    return wizard


def next_enabled(wizard: FirstRunWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_real_office(qtbot, startup: StartUp) -> None:
    wizard = started_wizard(qtbot, startup)
    assert wizard.currentId() == FirstRunWizard.PAGE_CHOICE
    assert wizard.choice_page.real.isChecked()
    assert wizard.choice_page.real.text() == "建立我们社区的台账"
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Enter = next
    assert wizard.currentId() == FirstRunWizard.PAGE_OFFICE

    page = wizard.office_page
    assert not next_enabled(wizard)
    assert not page.code_field.message.isVisible()  # nothing said before anything is typed
    qtbot.keyClicks(page.code, "1508")
    type_chinese(page.name, "团结社区")
    assert not next_enabled(wizard)
    assert page.code_field.message.isVisible()
    assert page.code_field.message.text() == "统计用区划代码应为 12 位数字，现在是“1508”，请核对"
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Enter does not get past a wrong code
    assert wizard.currentId() == FirstRunWizard.PAGE_OFFICE

    qtbot.keyClicks(page.code, "21001002")
    assert next_enabled(wizard) and not page.code_field.message.isVisible()
    assert page.district.currentText() == "五原县"  # from the code's first six digits
    type_chinese(page.street, "隆兴昌镇")
    page.district.setFocus()
    page.district.lineEdit().selectAll()
    type_chinese(page.district.lineEdit(), "乌拉特前旗")
    assert page.setup().district == "乌拉特前旗"  # chosen by hand: kept
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert wizard.currentId() == FirstRunWizard.PAGE_ADMIN

    admin = wizard.admin_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # a name is needed
    type_chinese(admin.name, "王玥")
    assert finish.isEnabled()
    qtbot.keyClicks(admin.password, "hetao2026")
    qtbot.keyClicks(admin.confirm, "hetao2025")
    assert not finish.isEnabled() and admin.confirm_field.message.text() == "两次输入的密码不一样，请重新输入。"
    admin.confirm.clear()
    qtbot.keyClicks(admin.confirm, "hetao2026")
    assert finish.isEnabled()
    qtbot.keyClick(admin.confirm, Qt.Key.Key_Return)  # Enter finishes

    # the administrator just made is signed in without being asked again
    assert startup.sign_in_dialog is None
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.workspace.operator_name == "王玥" and window.workspace.is_admin
    assert window.office_label.text() == "社区：团结社区（150821001002）"
    store = window.workspace.store
    with store.session() as session:
        office = session.exec(select(Office)).one()
        assert (office.code, office.name, office.street, office.district, office.city) == (
            "150821001002",
            "团结社区",
            "隆兴昌镇",
            "乌拉特前旗",
            "巴彦淖尔市",
        )
        assert {s.key for s in session.exec(select(CityStandard)).all()} == {d.key for d in DEFAULT_STANDARDS}
        operator = session.exec(select(Operator)).one()
        assert (operator.name, operator.role) == ("王玥", "admin")
        assert operator.password_hash is not None and operator.password_hash.startswith("$argon2id$")
        assert check_password(operator, "hetao2026")


def test_a_code_outside_bayannur_is_a_warning_not_a_stop(qtbot, startup: StartUp) -> None:
    wizard = started_wizard(qtbot, startup)
    wizard.next()
    page = wizard.office_page
    qtbot.keyClicks(page.code, "110101001001")
    type_chinese(page.name, "团结社区")
    assert next_enabled(wizard)
    assert "不是巴彦淖尔市" in page.code_field.message.text()


def test_demo(qtbot, startup: StartUp) -> None:
    wizard = started_wizard(qtbot, startup)
    wizard.choice_page.demo.setChecked(True)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text() == "生成演示数据(&N)"
    commit.click()
    assert wizard.currentId() == FirstRunWizard.PAGE_DEMO
    page = wizard.demo_page
    qtbot.waitUntil(lambda: page.done, timeout=20000)
    assert "演示社区已建立" in page.status.text() and page.bar.value() == page.bar.maximum()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()

    dialog = startup.sign_in_dialog  # the demo has three operators: who is working?
    assert dialog is not None and startup.window is None
    assert len(dialog.operators) == 3
    dialog.sign_in_button.click()
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.workspace.office_name == "胜利社区"
    assert window.workspace.actor is not None


def test_cancel_writes_nothing(qtbot, startup: StartUp) -> None:
    ended: list[int] = []
    startup.ended.connect(ended.append)
    wizard = started_wizard(qtbot, startup)
    wizard.next()
    qtbot.keyClicks(wizard.office_page.code, "150802001001")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert ended == [0] and startup.window is None
    assert not startup.data_dir.exists()


def test_a_folder_with_an_empty_database_gets_the_wizard(qtbot, startup: StartUp) -> None:
    open_store(startup.data_dir, create=True).close()  # migrated, but no office (an interrupted set-up)
    wizard = started_wizard(qtbot, startup)
    assert wizard.store is not None  # the open store is handed on, not opened twice
