"""Starting the desktop app: Qt set-up, opening the data folder, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__
from desktop.paths import APP_NAME

ORGANIZATION = "Shequ"
MIN_POINT_SIZE = 10.0


def _t(text: str) -> str:
    return QCoreApplication.translate("App", text)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), named, in Chinese, with Qt's own Chinese translations."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(_t("社区台账"))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    font = app.font()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:  # Chinese at 9 pt is hard to read for many
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    install_qt_translations(app)
    return app


def install_qt_translations(app: QApplication) -> bool:
    """Load ``qtbase_zh_CN`` so Qt's standard dialogs and buttons speak Chinese."""
    if app.property("shequ_qt_translator") is not None:
        return True
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_zh_CN", folder):
        return False
    app.installTranslator(translator)
    app.setProperty("shequ_qt_translator", translator)
    return True


def show_error(message: str, parent: QWidget | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, _t("无法打开社区台账"), message, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def run_app(data_dir: Path) -> int:
    """Open the office data in ``data_dir`` in the main window; the process exit code."""
    import sqlite3

    from db.errors import CorruptDatabase, ShequError
    from desktop.crash import install_excepthook
    from desktop.workspace import open_workspace

    app = make_application()
    install_excepthook()
    try:
        workspace = open_workspace(data_dir)
    except ShequError as exc:
        show_error(str(exc))
        return exc.exit_code
    except sqlite3.DatabaseError as exc:
        error = CorruptDatabase(str(data_dir), str(exc))
        show_error(str(error))
        return error.exit_code

    try:
        from desktop.main_window import MainWindow

        window = MainWindow(workspace)
        window.show()
        return app.exec()
    finally:
        workspace.close()
