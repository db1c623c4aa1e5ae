"""The environment variables the bundle's smoke test and the start-up benchmark use
(SHEQU_REPORT_SHOWN, SHEQU_SMOKE_QUIT_AFTER_MS; desktop/shell/app.py). Timings are never asserted."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from db.store import open_store
from desktop.shell import startup as startup_module
from desktop.shell.app import QUIT_AFTER_ENV, REPORT_SHOWN_ENV, run_app
from desktop.shell.main_window import MainWindow
from tests.support.office import sample_office


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(startup_module, "show_error", lambda message, parent=None: shown.append(message))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own; put it back after
    return shown


def test_the_window_is_reported_and_closed_after_the_delay(
    qapp, tmp_path: Path, shown_errors: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    monkeypatch.setenv(REPORT_SHOWN_ENV, "1")
    monkeypatch.setenv(QUIT_AFTER_ENV, "0")
    assert run_app(folder) == 0  # a real event loop, left by the hook
    assert shown_errors == []
    assert "shequ: main window shown" in capsys.readouterr().out
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    open_store(folder).close()  # the lock was released


def test_without_the_variables_nothing_is_printed(
    qapp, tmp_path: Path, shown_errors: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    monkeypatch.delenv(REPORT_SHOWN_ENV, raising=False)
    monkeypatch.delenv(QUIT_AFTER_ENV, raising=False)

    def exec_once() -> int:  # instead of an event loop: close what start-up showed
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    assert run_app(folder) == 0
    assert "main window shown" not in capsys.readouterr().out
