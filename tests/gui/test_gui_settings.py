"""The 设置 page: preferences that persist, the operators (administrators only), 关于."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from sqlmodel import select

import desktop.settings.page as settings_page_module
from db.audit import Actor
from db.enums import OperatorRole
from db.models import Operator
from db.office import OfficeSetup, create_office
from db.operators import active_operators, add_operator, check_password
from db.store import Store
from desktop.common.prompts import ScriptedPrompts, install_prompts
from desktop.common.settings import Settings, backups_to_keep
from desktop.common.workspace import Workspace, workspace_for
from desktop.settings.operators import AddOperatorDialog, OperatorsPanel, PasswordDialog
from desktop.settings.page import SettingsPage
from desktop.shell.app import install_translations, locale_for, make_application
from desktop.shell.main_window import MainWindow
from tests.support.gui import type_chinese

OFFICE = "150802001001"


@pytest.fixture
def office(store: Store) -> Store:
    """胜利社区 with 王玥 (管理员) and 巴特尔 (填表人)."""
    create_office(store, OfficeSetup(OFFICE, "胜利社区"), admin_name="王玥")
    with store.session() as session:
        admin = active_operators(session)[0]
        session.set_actor(Actor(OFFICE, admin.id, admin.name))
        add_operator(session, "巴特尔", OperatorRole.FILLER)
    return store


def signed_in(store: Store, name: str) -> Workspace:
    with store.session() as session:
        operator = next(op for op in active_operators(session) if op.name == name)
    return workspace_for(store, operator)


@pytest.fixture
def scripted() -> Iterator[ScriptedPrompts]:
    answers = ScriptedPrompts()
    previous = install_prompts(answers)
    yield answers
    install_prompts(previous)


def names(store: Store) -> list[str]:
    with store.session() as session:
        return [op.name for op in active_operators(session)]


# --- preferences -----------------------------------------------------------------------


def test_settings_defaults_and_round_trip(tmp_path: Path) -> None:
    own = QSettings(str(tmp_path / "own.ini"), QSettings.Format.IniFormat)
    prefs = Settings(own)
    assert (prefs.language(), prefs.backups_to_keep(), prefs.last_data_dir(), prefs.last_page()) == (
        "zh_CN",
        10,
        None,
        "",
    )
    prefs.set_language("en")
    prefs.set_backups_to_keep(500)  # kept within 1–100
    prefs.set_last_data_dir(tmp_path / "data")
    prefs.set_last_page("funding")
    again = Settings(QSettings(str(tmp_path / "own.ini"), QSettings.Format.IniFormat))
    assert (again.language(), again.backups_to_keep(), again.last_data_dir(), again.last_page()) == (
        "en",
        100,
        tmp_path / "data",
        "funding",
    )
    with pytest.raises(ValueError):
        prefs.set_language("fr")
    assert Settings().backups_to_keep() == 10  # the user's own settings were not touched


def test_preferences_are_saved_from_the_page(qtbot, office: Store, user_settings_in_tmp: Path) -> None:
    page = SettingsPage(signed_in(office, "王玥"))
    qtbot.addWidget(page)
    assert page.language.currentText() == "简体中文" and page.backups.value() == 10
    assert "重新打开社区台账时生效" in page.language_note.text()

    page.language.setCurrentIndex(page.language.findData("en"))
    page.backups.setValue(25)
    assert Settings().language() == "en" and backups_to_keep() == 25
    assert page.language_note.text() == "已保存。重新打开社区台账后，界面将使用“English”。"
    assert (user_settings_in_tmp / "Shequ" / "Shequ.ini").exists()  # in the temporary folder

    again = SettingsPage(signed_in(office, "王玥"))
    qtbot.addWidget(again)
    assert again.language.currentData() == "en" and again.backups.value() == 25
    assert (again.backups.minimum(), again.backups.maximum()) == (1, 100)


def test_english_skips_qt_chinese(qapp) -> None:
    try:
        loaded = install_translations(qapp, "en")
        assert "qtbase_zh_CN" not in loaded
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert locale_for("en").language().name == "English"
    finally:
        assert install_translations(qapp, "zh_CN") == ["qtbase_zh_CN"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_the_chosen_language_is_loaded_at_start(qapp) -> None:
    Settings().set_language("en")
    try:
        make_application()
        assert QLocale().language() == QLocale.Language.English
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # no qtbase_zh_CN
    finally:
        Settings().set_language("zh_CN")
        make_application()
    assert QLocale().language() == QLocale.Language.Chinese
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_about_shows_the_folders(qtbot, office: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(settings_page_module, "open_folder", opened.append)
    page = SettingsPage(signed_in(office, "王玥"))
    qtbot.addWidget(page)
    page.open_data_button.click()
    assert opened == [office.data_dir]
    assert page.data_dir == office.data_dir


def test_the_settings_entry_opens_the_settings_page(qtbot, office: Store) -> None:
    window = MainWindow(signed_in(office, "王玥"))
    qtbot.addWidget(window)
    assert isinstance(window.show_page("settings"), SettingsPage)


# --- operators -------------------------------------------------------------------------


def test_administrator_adds_an_operator_with_a_password(qtbot, office: Store) -> None:
    panel = OperatorsPanel(signed_in(office, "王玥"))
    qtbot.addWidget(panel)
    assert panel.add_button.isEnabled()
    panel.add_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, AddOperatorDialog) and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()

    type_chinese(dialog.name, "巴特尔")
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "已经有一位叫“巴特尔”的操作人员。"
    dialog.name.clear()
    type_chinese(dialog.name, "其其格")
    dialog.role.setCurrentIndex(dialog.role.findData(OperatorRole.HEAD.value))
    qtbot.keyClicks(dialog.password, "qqg2026")
    assert not dialog.ok_button.isEnabled()  # not yet confirmed
    qtbot.keyClicks(dialog.confirm, "qqg2026")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()

    assert panel.dialog is None
    with office.session() as session:
        added = session.exec(select(Operator).where(Operator.name == "其其格")).one()
    assert added.role == "head"
    assert added.password_hash is not None and added.password_hash.startswith("$argon2id$")
    assert check_password(added, "qqg2026")
    shown = [panel.table.item(row, 0).text() for row in range(panel.table.rowCount())]
    assert shown == ["王玥", "其其格", "巴特尔"]


def test_administrator_changes_a_password_and_removes_an_operator(
    qtbot, office: Store, scripted: ScriptedPrompts
) -> None:
    panel = OperatorsPanel(signed_in(office, "王玥"))
    qtbot.addWidget(panel)
    panel.select("巴特尔")
    panel.password_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, PasswordDialog)
    qtbot.keyClicks(dialog.password, "bt1")
    qtbot.keyClicks(dialog.confirm, "bt1")
    dialog.accept()
    with office.session() as session:
        clerk = session.exec(select(Operator).where(Operator.name == "巴特尔")).one()
    assert check_password(clerk, "bt1") and not check_password(clerk, "")

    scripted.answers["confirm"] = deque([False, True])
    panel.select("巴特尔")
    panel.remove_button.click()  # "no": nothing happens
    assert names(office) == ["王玥", "巴特尔"]
    panel.remove_button.click()
    assert names(office) == ["王玥"]
    method, title, text = scripted.asked[-1]
    assert (method, title) == ("confirm", "删除操作人员") and "巴特尔" in text
    with office.session() as session:
        gone = session.get(Operator, clerk.id)
    assert gone is not None and gone.deleted_at is not None  # a tombstone
    assert panel.table.rowCount() == 1


def test_the_last_administrator_cannot_be_removed(qtbot, office: Store, scripted: ScriptedPrompts) -> None:
    panel = OperatorsPanel(signed_in(office, "王玥"))
    qtbot.addWidget(panel)
    panel.select("王玥")
    panel.remove_button.click()
    assert [q[0] for q in scripted.asked] == ["error"]  # said at once, without "are you sure?"
    _method, title, text = scripted.asked[0]
    assert title == "不能删除"
    assert text == (
        "王玥是最后一位管理员，不能删除或改为其他角色：至少要有一位管理员。请先把另一位操作人员设为管理员。"
    )
    assert names(office) == ["王玥", "巴特尔"]


def test_non_administrators_see_the_list_read_only(qtbot, office: Store) -> None:
    panel = OperatorsPanel(signed_in(office, "巴特尔"))
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 2
    assert "只有管理员" in panel.note.text()
    panel.select("王玥")
    assert not any(b.isEnabled() for b in (panel.add_button, panel.remove_button, panel.role_button))
    assert not panel.password_button.isEnabled()
    panel.select("巴特尔")  # but one's own password, yes
    assert panel.password_button.isEnabled() and not panel.remove_button.isEnabled()
