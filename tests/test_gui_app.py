"""Starting the app: Chinese Qt dialogs, expected errors shown, unexpected ones logged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import desktop.app as app_module
import desktop.paths
from db.store import Store, open_store
from desktop.app import install_qt_translations, make_application, run_app
from desktop.crash import LOG_NAME, ErrorDialog, ExceptionHandler
from desktop.main_window import MainWindow
from desktop.workspace import workspace_for
from tests.test_gui_table import add_sample_ledgers


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_error", lambda message, parent=None: shown.append(message))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own; put it back after
    return shown


def test_qt_speaks_chinese(qapp) -> None:
    make_application()
    assert install_qt_translations(qapp)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # standard buttons
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "复制(&C)"  # context menus
    assert qapp.applicationName() == "Shequ"


def test_missing_folder_is_explained_in_chinese(qapp, tmp_path: Path, shown_errors: list[str]) -> None:
    code = run_app(tmp_path / "nowhere")
    assert code != 0
    assert len(shown_errors) == 1 and "数据文件夹不存在" in shown_errors[0]


def test_folder_in_use_is_explained(qapp, store: Store, shown_errors: list[str]) -> None:
    code = run_app(store.data_dir)  # the fixture holds the folder's lock
    assert code != 0
    assert "已在使用" in shown_errors[0]


def test_run_app_opens_the_window_and_releases_the_folder(qapp, tmp_path: Path, shown_errors: list[str]) -> None:
    folder = tmp_path / "office"
    with open_store(folder, create=True) as store, store.session() as session:
        from db.audit import Actor

        session.info["actor"] = Actor("150802001001", None, "测试")
        add_sample_ledgers(store, session)
    seen: list[str] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(w.windowTitle() for w in windows)
        for window in windows:
            window.close()

    QTimer.singleShot(200, close_when_shown)
    assert run_app(folder) == 0
    assert shown_errors == []
    assert seen and "胜利社区" in seen[0]
    open_store(folder).close()  # the lock was released


def test_workspace_picks_the_first_active_operator(store: Store, session) -> None:
    add_sample_ledgers(store, session)
    workspace = workspace_for(store)
    assert (workspace.office_code, workspace.office_name, workspace.operator_name) == (
        "150802001001",
        "胜利社区",
        "管理员",
    )
    assert workspace.actor is not None and workspace.actor.operator_name == "管理员"


def test_unexpected_errors_are_logged_and_shown(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desktop.paths, "log_dir", lambda: tmp_path)
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
