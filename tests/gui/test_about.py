"""帮助 ▸ 关于社区台账: versions, the data and log folders, the licences of what the app bundles."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from db.store import Store
from desktop import __version__
from desktop.common.paths import resource_path
from desktop.common.workspace import workspace_for
from desktop.settings import about as about_module
from desktop.settings.about import LIBRARIES, AboutDialog, Library, licence_name, licence_texts, load_licence
from desktop.shell.main_window import MainWindow


def _label_texts(dialog: AboutDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_dialog_shows_versions_and_folders(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(about_module, "open_folder", opened.append)
    data_dir = tmp_path / "data"
    dialog = AboutDialog(data_dir)
    qtbot.addWidget(dialog)
    texts = _label_texts(dialog)
    assert dialog.windowTitle() == "关于社区台账"
    assert f"社区台账 {__version__}" in texts
    assert dialog.version_label.text() == __version__
    assert any(text.startswith("Qt ") and "PySide6 6." in text for text in texts)
    assert platform.python_version() in texts
    assert str(data_dir) in texts
    assert str(dialog.log_dir) in texts
    dialog.open_data_button.click()
    dialog.open_log_button.click()
    assert opened == [data_dir, dialog.log_dir]


def test_licences_are_loadable(qtbot) -> None:
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.open_data_button.isEnabled()
    assert dialog.licence_view.isReadOnly()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_view.toPlainText()  # shown first
    dialog.show_licence("ofl")
    assert "SIL OPEN FONT LICENSE" in dialog.licence_view.toPlainText()
    assert dialog.licence_view.toPlainText() == resource_path("fonts", "OFL.txt").read_text("utf-8")
    dialog.show_licence("gpl")
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence_view.toPlainText()
    dialog.show_licence("libraries")
    listed = dialog.licence_view.toPlainText()
    for name in ("SQLAlchemy", "SQLModel", "Alembic", "ReportLab", "pyHanko", "cryptography", "argon2-cffi"):
        assert name in listed
    assert "MIT" in listed
    assert dialog.licence_choice.count() == len(licence_texts())


def test_every_licence_file_is_bundled() -> None:
    for entry in licence_texts():
        if entry.path is not None:
            assert entry.path.is_file(), entry.path
            assert len(load_licence(entry)) > 1000


def test_missing_licence_file_gives_a_notice_with_the_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(about_module, "resource_path", tmp_path.joinpath)
    lgpl = next(entry for entry in licence_texts() if entry.key == "lgpl")
    text = load_licence(lgpl)
    assert "GNU Lesser General Public License v3" in text
    assert "https://www.gnu.org/licenses/lgpl-3.0.txt" in text


def test_licence_names_come_from_the_metadata() -> None:
    by_name = {library.distribution: library for library in LIBRARIES}
    assert licence_name(by_name["SQLAlchemy"]) == "MIT"
    assert "BSD" in licence_name(by_name["reportlab"])
    assert "Apache-2.0" in licence_name(by_name["cryptography"])
    unknown = Library("no-such-distribution-here", "Nothing", "MIT", "https://example.org")
    assert licence_name(unknown) == "MIT"  # a bundle without metadata shows the written name


def test_help_menu_opens_the_dialog(qtbot, store: Store) -> None:
    window = MainWindow(workspace_for(store))
    qtbot.addWidget(window)
    window._about()
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, AboutDialog)
    assert str(store.data_dir) in _label_texts(dialog)
    dialog.close()
