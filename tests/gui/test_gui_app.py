"""Starting the app: Chinese Qt dialogs, expected errors shown, unexpected ones logged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import desktop.common.paths
from db.audit import Actor
from db.enums import OperatorRole
from db.operators import active_operators, add_operator
from db.store import Store, open_store
from desktop.common.settings import Settings
from desktop.common.workspace import workspace_for
from desktop.shell import startup as startup_module
from desktop.shell.app import install_qt_translations, make_application, run_app
from desktop.shell.crash import LOG_NAME, ErrorDialog, ExceptionHandler
from desktop.shell.first_run import FirstRunWizard
from desktop.shell.main_window import MainWindow
from desktop.shell.signin import SignInDialog
from desktop.shell.startup import StartUp
from tests.support.office import add_sample_ledgers, sample_office


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(startup_module, "show_error", lambda message, parent=None: shown.append(message))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own; put it back after
    return shown


def test_qt_speaks_chinese(qapp) -> None:
    make_application()
    assert install_qt_translations(qapp)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # standard buttons
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "复制(&C)"  # context menus
    assert qapp.applicationName() == "Shequ"


def test_a_missing_folder_starts_the_first_run_wizard(qtbot, tmp_path: Path, shown_errors: list[str]) -> None:
    startup = StartUp(tmp_path / "nowhere")
    startup.start()
    assert isinstance(startup.wizard, FirstRunWizard) and startup.wizard.isVisible()
    assert shown_errors == [] and startup.exit_code is None
    startup.wizard.reject()
    assert startup.exit_code == 0 and not (tmp_path / "nowhere").exists()


def test_a_file_where_the_folder_should_be_is_explained(qapp, tmp_path: Path, shown_errors: list[str]) -> None:
    (tmp_path / "file").write_text("x")
    code = run_app(tmp_path / "file")
    assert code != 0
    assert len(shown_errors) == 1 and "是一个文件，不是文件夹" in shown_errors[0]


def test_folder_in_use_is_explained(qapp, store: Store, shown_errors: list[str]) -> None:
    code = run_app(store.data_dir)  # the fixture holds the folder's lock
    assert code != 0
    assert "已在使用" in shown_errors[0]


def test_run_app_opens_the_window_and_releases_the_folder(
    qapp, tmp_path: Path, shown_errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    seen: list[str] = []

    def exec_once() -> int:  # instead of an event loop: look at what start-up showed, then close it
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(w.windowTitle() for w in windows)
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    assert run_app(folder) == 0
    assert shown_errors == []
    assert seen and "胜利社区" in seen[0]
    open_store(folder).close()  # the lock was released


def test_run_app_quits_when_sign_in_is_cancelled(
    qapp, tmp_path: Path, shown_errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    with open_store(folder) as store, store.session() as session:
        admin = active_operators(session)[0]
        session.set_actor(Actor("150802001001", admin.id, admin.name))
        add_operator(session, "巴特尔", OperatorRole.FILLER)
    asked: list[SignInDialog] = []

    def exec_once() -> int:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()]
        asked.extend(dialogs)
        for dialog in dialogs:
            dialog.reject()
        return 0

    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))  # no event loop to leave here
    assert run_app(folder) == 0
    assert exits == [0]  # cancelling sign-in ends the event loop
    assert len(asked) == 1 and not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    open_store(folder).close()


def test_window_size_and_page_are_remembered(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    first = StartUp(folder)
    first.start()
    window = first.window
    assert window is not None and window.current_key == "home"
    qtbot.addWidget(window)
    window.resize(900, 560)
    window.show_page("funding")
    window.close()
    first.close()
    prefs = Settings()
    assert prefs.last_page() == "funding" and prefs.window_geometry() is not None
    assert prefs.last_data_dir() == folder

    second = StartUp(folder)
    second.start()
    again = second.window
    assert again is not None
    qtbot.addWidget(again)
    assert again.current_key == "funding"
    assert again.height() == 560  # (the width is kept within the offscreen screen's 800 px)
    again.close()
    second.close()


def test_workspace_without_a_choice_takes_the_first_active_operator(store: Store, session) -> None:
    add_sample_ledgers(store, session)
    workspace = workspace_for(store)
    assert (workspace.office_code, workspace.office_name, workspace.operator_name) == (
        "150802001001",
        "胜利社区",
        "管理员",
    )
    assert workspace.actor is not None and workspace.actor.operator_name == "管理员"


def test_unexpected_errors_are_logged_and_shown(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desktop.common.paths, "log_dir", lambda: tmp_path)
    shown: list[tuple[str, str, Path | None]] = []
    handler = ExceptionHandler(show=lambda summary, details, path: shown.append((summary, details, path)))
    try:
        raise ValueError("坏了")
    except ValueError as exc:
        handler(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: len(shown) == 1)
    summary, details, path = shown[0]
    assert summary == "ValueError: 坏了"
    assert "Traceback" in details
    assert path == tmp_path / LOG_NAME
    assert "坏了" in path.read_text(encoding="utf-8")


def test_error_dialog_copies_its_details(qtbot, qapp) -> None:
    dialog = ErrorDialog("ValueError: x", "Traceback …\nValueError: x", Path("/tmp/shequ-errors.log"))
    qtbot.addWidget(dialog)
    dialog.copy_details()
    assert QApplication.clipboard().text() == "Traceback …\nValueError: x"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and len(buttons.buttons()) == 2


def test_a_street_folder_opens_the_streets_window_and_never_gets_the_office_wizard(
    qtbot, tmp_path: Path, shown_errors: list[str]
) -> None:
    from db.exchange.street import StreetInstallation
    from desktop.street.window import StreetWindow

    folder = tmp_path / "street"
    StreetInstallation(folder).init("150802001000", "胜利街道党工委", "胜利街道的口令足够长123")
    startup = StartUp(folder)
    startup.start()
    window = startup.street_window
    assert isinstance(window, StreetWindow) and window.isVisible()
    qtbot.addWidget(window)
    assert shown_errors == [] and startup.wizard is None and startup.window is None
    assert "还没有安装市级颁发的街道证书" in window.installation_note.text()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    window.close()
    startup.close()
    with open_store(folder) as store, store.session() as session:  # the street's database: no office in it
        from db.office import current_office

        assert current_office(session) is None
