"""Starting the desktop app: the Qt application, its translations and the crash hook, then the
steps to the main window (:class:`desktop.shell.startup.StartUp`, never blocking; the data layer
loads in the background meanwhile, :mod:`desktop.shell.data_layer`).

:func:`run_app` is the entry point (``desktop/gui.py``, ``shequ`` without a command).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.common.paths import APP_NAME, resource_path
from desktop.common.settings import Settings
from desktop.shell.qt_translations import QtGapTranslator, qt_translations_folder
from desktop.shell.startup import StartUp

ORGANIZATION = "Shequ"
MIN_POINT_SIZE = 10.0

# For the bundle's smoke test and the start-up benchmark (build_scripts/smoke_test.sh,
# benches/bench_startup.py); nothing a user sets. SHEQU_REPORT_SHOWN=1 prints one line
# "shequ: main window shown <time.perf_counter()>" on stdout once the main window has been painted;
# likewise "shequ: kept standing shown <time>" once 首页 has painted the standing kept last time
# (desktop/shell/startup.py), and "shequ: main window ready <time>" once its data is open and its
# page built;
# SHEQU_SMOKE_QUIT_AFTER_MS=N closes the window (and so quits, exit code 0) N ms after "ready".
# With SHEQU_REPORT_SHOWN=1 the window open on a folder also prints "shequ: brought forward" when
# a second start on it hands over, and "shequ: file opened on <page>: <path>" when it gives a file
# to its page (desktop/shell/single_instance.py).
REPORT_SHOWN_ENV = "SHEQU_REPORT_SHOWN"
QUIT_AFTER_ENV = "SHEQU_SMOKE_QUIT_AFTER_MS"
# SHEQU_SELF_CHECK=qt-dialogs prints the words Qt's own dialogs show and exits, before the data
# folder is opened (desktop/shell/qt_selfcheck.py).
SELF_CHECK_ENV = "SHEQU_SELF_CHECK"


def _t(text: str) -> str:
    return QCoreApplication.translate("App", text)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), named, in the language chosen on the 设置 page (Chinese
    unless it says English), with Qt's own translations to match, always in light colours."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    # Light whatever the system's dark mode: the pages' colours are made for light panels. Qt is
    # asked for its light scheme (the native light look on Windows 10/11), and the palette is
    # replaced by Qt's standard light one only where that request leaves it dark
    # (desktop/shell/colour_scheme.py).
    from desktop.shell.colour_scheme import force_light_scheme

    force_light_scheme(app)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    language = Settings().language()
    QLocale.setDefault(locale_for(language))
    install_translations(app, language)
    app.setApplicationDisplayName(_t("社区台账"))  # translated from here on
    from desktop.common import text_size
    from desktop.common.fonts import register_fonts

    font = app.font()
    font.setFamily(register_fonts())  # the bundled font: the same glyphs on every PC
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:  # Chinese at 9 pt is hard to read for many
        font.setPointSizeF(MIN_POINT_SIZE)
    text_size.start(app, font, Settings().text_scale())  # 100 % is this size; 设置 ▸ 字号 scales it
    icon = resource_path("icons", "shequ.png")
    if icon.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    return app


_installed: list[QTranslator] = []  # the translators install_translations put in place


def locale_for(language: str) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def install_translations(app: QApplication, language: str) -> list[str]:
    """Load the translations for ``language`` ("zh_CN" or "en") in place of those loaded before;
    the names of the files loaded.

    Chinese is the source language, so Chinese needs only Qt's own ``qtbase_zh_CN`` (standard
    buttons and dialogs; :func:`qt_translations_folder`), with :class:`QtGapTranslator` for the
    words that catalogue lacks for today's Qt (``&Look in:`` …). English loads our
    ``resources/translations/shequ_en.qm`` when it has been built, and Qt's ``qtbase_en`` (Qt's
    source language is English anyway; it has the plural forms).
    """
    while _installed:
        app.removeTranslator(_installed.pop())
    qt_folder = qt_translations_folder()
    if language == "en":
        wanted = [("shequ_en", str(resource_path("translations"))), ("qtbase_en", qt_folder)]
    else:
        wanted = [("qtbase_zh_CN", qt_folder)]
    loaded: list[str] = []
    for name, folder in wanted:
        translator = QTranslator(app)
        if not translator.load(name, folder):
            continue
        if name.startswith("qtbase_") and language != "en":
            gaps = QtGapTranslator(translator, app)  # installed first: asked only after every other
            if app.installTranslator(gaps):
                _installed.append(gaps)
        if app.installTranslator(translator):
            _installed.append(translator)
            loaded.append(name)
    return loaded


def loaded_translations() -> list[str]:
    """The catalogues in place (their files), and the gap translator when it is."""
    return [translator.filePath() or type(translator).__name__ for translator in _installed]


def install_qt_translations(app: QApplication) -> bool:
    """Load ``qtbase_zh_CN`` so Qt's standard dialogs and buttons speak Chinese."""
    return "qtbase_zh_CN" in install_translations(app, "zh_CN")


def _smoke_hooks(app: QApplication, startup: StartUp) -> None:
    """Honour SHEQU_REPORT_SHOWN and SHEQU_SMOKE_QUIT_AFTER_MS (see their notes at the top)."""
    report = os.environ.get(REPORT_SHOWN_ENV, "") == "1"
    quit_after = os.environ.get(QUIT_AFTER_ENV, "").strip()
    if not report and not quit_after:
        return
    delay = int(quit_after) if quit_after.isdigit() else None

    def painted() -> None:  # the first event-loop turn after show(): the window has been painted
        if report:
            print(f"shequ: main window shown {time.perf_counter():.3f}", flush=True)

    def kept() -> None:  # 首页 has painted the standing kept last time (marked as of its time)
        if report:
            print(f"shequ: kept standing shown {time.perf_counter():.3f}", flush=True)

    def ready() -> None:  # the data is open and the first page built and painted
        if report:
            print(f"shequ: main window ready {time.perf_counter():.3f}", flush=True)
        if delay is not None:
            QTimer.singleShot(delay, close)

    def close() -> None:
        # The ordinary way out: the window remembers its geometry, and closing the last window
        # quits the app. Only if there is no window (or it refuses to close) is the loop left here.
        window = startup.window or startup.city_window
        if window is None or not window.close():
            app.exit(0)

    startup.window_shown.connect(lambda: QTimer.singleShot(0, painted))
    startup.standing_shown.connect(lambda: QTimer.singleShot(0, kept))
    startup.window_ready.connect(lambda: QTimer.singleShot(0, ready))


def run_app(data_dir: Path, open_file: Path | None = None) -> int:
    """Open the office data in ``data_dir`` (setting it up on first use), ask who is working,
    and show the main window, then ``open_file`` on its page; the process exit code. When a
    window already has ``data_dir`` open, that window comes forward and takes ``open_file``
    instead, and this ends with 0 (:mod:`desktop.shell.single_instance`)."""
    from desktop.shell.crash import enable_fault_log, install_excepthook
    from desktop.shell.single_instance import InstanceServer, hand_over

    enable_fault_log()  # first: a native crash while Qt loads its plugins is logged too
    app = make_application()
    self_check = os.environ.get(SELF_CHECK_ENV, "")
    if self_check:  # the bundle's smoke test: Qt's dialogs, then out (desktop/shell/qt_selfcheck.py)
        from desktop.shell.qt_selfcheck import run_self_check

        return run_self_check(app, self_check, loaded_translations())
    if hand_over(data_dir, open_file):  # before the folder's lock says another Shequ has it
        return 0
    instance = InstanceServer(data_dir, app)
    instance.listen()
    install_excepthook()
    app.setQuitOnLastWindowClosed(False)  # until the main window shows: the steps come and go
    startup = StartUp(data_dir)
    instance.follow(startup, open_file)
    _smoke_hooks(app, startup)
    try:
        startup.start()
        if startup.exit_code is not None:  # stopped at once: there is no event loop to leave
            return startup.exit_code
        startup.ended.connect(app.exit)  # a later step was cancelled
        code = app.exec()
        return startup.exit_code if startup.exit_code is not None else code
    finally:
        instance.close()
        startup.close()
        from desktop.common.processes import stop_helper

        stop_helper()  # a check still running in the helper is of no use now
