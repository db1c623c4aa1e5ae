"""Screenshots of the main window for review: the dashboard and a few ledger lists.

    python build_scripts/screenshots.py DATA_DIR OUT_DIR [--size 1280x800] [--lists staff,residents] [--font F.ttc]
                                        [--editor] [--filtered KIND] [--english] [--import] [--docs]
                                        [--scale PERCENT] [--lang zh_CN|en] [--text-sizes]

``--scale PERCENT`` shows the text at that size (设置 ▸ 字号: 100, 115, 130, 150, 175 or 200) and
``--lang`` in that language (the --english pictures stay English).
``--text-sizes`` takes, instead of the pictures above, the set that shows layouts hold at a larger text
size: each of :data:`TEXT_SIZE_SHOTS` (the dashboard, a list with its filters in use, an editor with
validation messages, the 报表 page with its check done, 设置, 打印预览… of a signed return — the office's
newest, else one signed in a temporary copy of its database — zoomed to the page's width, and the
manual's viewer on 日常录入) in Chinese and English at 100 % and 150 %, named ``NAME-zh-100.png``,
``print-preview-en-150.png`` … (``--scale`` / ``--lang`` narrow it to one size or language). The
city's window is taken by ``screenshots_exchange.py --text-sizes``; the manual's own pictures by
``screenshots_manual.py`` (``screenshots.sh -- --manual-images``).

``--editor`` adds the staff editor holding a new record with a wrong ID number (an error) and a
phone number without area code (a warning), as typed: ``editor-validation.png``.
``--filtered KIND`` adds that list with its filter bar in use (the first drop-down's second choice,
this year's records): ``list-KIND-filtered.png``.
``--english`` adds the English interface (``resources/translations/shequ_en.qm``, built with
``build_scripts/build_translations.py release``): ``en-dashboard.png`` and ``en-list-KIND.png`` for
the ``--filtered`` list (else the first of ``--lists``), with the same filters.
``--import`` adds the Excel import wizard on a 党员花名册 made for the purpose (a merged title row,
the office's own column names, a wrong ID number, a person twice, an unknown category):
``import-mapping.png`` (the ledger and the columns) and ``import-preview.png`` (every row checked).
``--docs`` takes the pictures kept in ``docs/screenshots/``: the same as
``--lists "" --filtered activities --editor --english``, without the 报表 page.

Runs offscreen unless QT_QPA_PLATFORM says otherwise (``build_scripts/screenshots.sh`` runs it under
Xvfb with ``xcb``, the real windowing system). The data folder must hold an office
(``shequ --data-dir DATA_DIR demo`` makes one). Preferences are read from and written to a
temporary folder, so the pictures do not depend on (or change) the user's settings.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LANGUAGE_TAGS = {"zh_CN": "zh", "en": "en"}  # the language part of the --text-sizes names
TEXT_SIZE_SCALES = (100, 150)


def show_editor_with_messages(window: object) -> Any:
    """The staff list with its editor open on a new record typed with mistakes."""
    from PySide6.QtCore import QDate
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.ledgers.list_page import ListPage
    from desktop.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    page = window.show_page("staff")
    assert isinstance(page, ListPage)
    editor = page.new_record()
    assert editor is not None
    form = editor.form
    name = form.widget("name")
    name.setFocus()
    commit = QInputMethodEvent("", [])
    commit.setCommitString("张三")  # as a Pinyin input method types it
    QApplication.sendEvent(name, commit)
    QTest.keyClicks(form.widget("id_number"), "150802198503121351")  # wrong check digit
    QTest.keyClicks(form.widget("phone"), "8123456")  # no area code: a warning
    for field, day in (("start_date", QDate(2021, 5, 1)), ("end_date", QDate(2020, 1, 1))):  # ends before it starts
        widget = form.widget(field)
        if hasattr(widget, "setDate"):  # a QDateEdit
            widget.setDate(day)
        else:  # a date typed as people type it
            QTest.keyClicks(widget, day.toString("yyyy-MM-dd"))
    name.setFocus()
    return editor


def filter_list(window: object, kind_key: str) -> Any:
    """Show the list of ``kind_key`` with its filters in use: the first drop-down's second choice
    (an enumeration's first member) and, when the list has a date filter, this year."""
    from desktop.ledgers.filters import THIS_YEAR
    from desktop.ledgers.list_page import ListPage
    from desktop.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    page = window.show_page(kind_key)
    assert isinstance(page, ListPage)
    bar = page.filters
    if bar.combos:
        next(iter(bar.combos.values())).setCurrentIndex(1)
    if bar.date_preset is not None:
        bar.date_preset.setCurrentIndex(bar.date_preset.findData(THIS_YEAR))
    page.table.setFocus()
    return page


def show_returns(window: object) -> Any:
    """The 报表 page once its check of the period is done (its explanation boxes, if any, shown)."""
    from PySide6.QtWidgets import QApplication

    from desktop.returns.page import ReturnsPage
    from desktop.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    page = window.reports_page()
    assert isinstance(page, ReturnsPage)
    deadline = time.monotonic() + 60
    while (page.check is None or page.busy) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    return page


def show_page(key: str) -> Any:
    def show(window: Any) -> Any:
        return window.show_page(key)

    return show


def discard_editor(editor: Any) -> None:
    editor.discard()  # closing the window would ask about the unsaved record


SIGNING_PASSPHRASE = "截图用的签名口令2026"  # the key of the temporary copy signed for the print preview
_signed: dict[Path, tuple[bytes, str, int]] = {}  # data folder → its return signed in a copy (once a run)


def signed_return(window: Any, period: Any) -> tuple[bytes, str, int]:
    """A signed return of the window's office: its PDF, period code and version. The office's newest
    stored one; when it has none, ``period``'s signed (every warning explained) in a temporary copy
    of the database, so the data folder is left as it was."""
    import sqlite3

    from db.folder import DB_FILENAME
    from db.returns.errors import MissingExplanations
    from db.returns.make import ReturnRequest, make_return
    from db.returns.snapshot import snapshot_pdf
    from db.store import open_store

    page = window.reports_page()
    if page.signed.snapshots:
        newest = page.signed.snapshots[0]
        return snapshot_pdf(page.store.data_dir, newest), newest.period_code, newest.return_version
    if page.store.data_dir in _signed:
        return _signed[page.store.data_dir]
    folder = Path(tempfile.mkdtemp(prefix="shequ-screenshots-signed-"))
    try:
        source = sqlite3.connect(f"file:{page.store.data_dir / DB_FILENAME}?mode=ro", uri=True)
        target = sqlite3.connect(folder / DB_FILENAME)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        store = open_store(folder)
        try:
            try:
                make_return(store, ReturnRequest(period))
                explanations: dict[str, str] = {}
            except MissingExplanations as exc:
                explanations = {key: "已核实，情况属实。" for key, _ in exc.items}
            request = ReturnRequest(period, sign=True, passphrase=SIGNING_PASSPHRASE, explanations=explanations)
            made = make_return(store, request)
        finally:
            store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    _signed[page.store.data_dir] = made.pdf, period.code, made.version
    return _signed[page.store.data_dir]


def show_print_preview(window: Any) -> Any:
    """打印预览… of a signed return on the 报表 page: Qt's print preview dialog, as the button opens it
    (:meth:`PreviewPane.preview_shown`), once its pages are drawn, zoomed to the page's width; its
    picture (the dialog is modal, so it is taken and closed from inside its own event loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication

    from desktop.returns.state import Shown, display_copy
    from desktop.returns.texts import signed_file_name, signed_title

    page = show_returns(window)
    pdf, period_code, version = signed_return(window, page.period)
    name = signed_file_name(window.workspace.office_name, period_code, version)
    page.show_pdf(Shown(pdf, display_copy(pdf), signed_title(period_code, version), name))
    if not page.pane.has_pdf:
        raise SystemExit("the signed return could not be shown in the 报表 page's preview")
    taken: list[Any] = []

    def take_picture() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintPreviewDialog):  # not shown yet
            QTimer.singleShot(50, take_picture)
            return
        view = dialog.findChild(QPrintPreviewWidget)
        assert view is not None
        deadline = time.monotonic() + 60
        while view.pageCount() < 1 and time.monotonic() < deadline:  # the pages are painted when shown
            QApplication.processEvents()
            time.sleep(0.02)
        fit_width = dialog.findChild(QAction, "fitWidthAction")  # its 适合宽度 button: the page readable
        assert fit_width is not None
        fit_width.trigger()
        for _ in range(5):
            QApplication.processEvents()
        taken.append(dialog.grab())
        dialog.reject()

    QTimer.singleShot(0, take_picture)
    page.pane.preview_shown()
    if not taken:
        raise SystemExit("the print preview did not open")
    return taken[0]


MANUAL_TOPIC = "entry"  # 日常录入: the page about typing records in, with its picture of the editor


def show_manual_page(window: Any) -> Any:
    """帮助 ▸ 使用手册 on the daily-entry page (its picture at the top): the viewer window."""
    from desktop.common.manual import manual_window, show_manual

    window.show_page("staff")
    show_manual(window, MANUAL_TOPIC)
    viewer = manual_window()
    assert viewer is not None
    viewer.browser.verticalScrollBar().setValue(0)
    return viewer


def close_manual(viewer: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    viewer.close()
    viewer.deleteLater()  # the next window opens a viewer of its own
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def grab_window(window: Any, shown: Any) -> Any:
    return window.grab()


def grab_shown(window: Any, shown: Any) -> Any:
    """The window ``show`` returned (the manual's viewer), or the picture it took (the print preview)."""
    from PySide6.QtGui import QPixmap

    return shown if isinstance(shown, QPixmap) else shown.grab()


@dataclass(frozen=True)
class Shot:
    """A picture of the --text-sizes set: ``show`` sets it up on a new main window and returns what
    ``grab`` (window, what ``show`` returned) takes the picture of; ``after`` tidies up."""

    name: str
    show: Callable[[Any], Any]
    after: Callable[[Any], None] | None = None
    grab: Callable[[Any, Any], Any] = grab_window


# The --text-sizes set, each taken in both languages at 100 % and 150 %.
TEXT_SIZE_SHOTS: list[Shot] = [
    Shot("dashboard", show_page("home")),
    Shot("list", lambda window: filter_list(window, "activities")),
    Shot("editor", show_editor_with_messages, discard_editor),
    Shot("returns", show_returns),
    Shot("settings", show_page("settings")),
    Shot("print-preview", show_print_preview, grab=grab_shown),
    Shot("manual", show_manual_page, close_manual, grab=grab_shown),
]


def members_workbook(folder: Path) -> Path:
    """A 党员花名册 the way offices keep one, with a few mistakes for the preview to show."""
    from datetime import date, datetime

    from openpyxl import Workbook

    from db.validation.idcard import check_digit

    def person(birth: date, seq: int) -> str:
        body = f"150802{birth:%Y%m%d}{seq:03d}"
        return body + check_digit(body)

    wrong = person(date(1972, 9, 9), 33)
    wrong = wrong[:-1] + ("0" if wrong[-1] != "0" else "1")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "党员"
    sheet.append(["胜利社区党员花名册（2026年）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=9)
    rows = [
        ["序号", "姓  名", "性别", "身份证号码", "入党时间", "党员类别", "联系电话", "学历", "工作地点"],
        [1, "张建国", "男", person(date(1980, 1, 1), 11), "2003.07", "在职", 13812345678, "大专", "临河区医院"],
        [2, "李秀英", None, person(date(1985, 5, 5), 22), datetime(2010, 7, 1), "退休", "0478-8123456", "本科", None],
        [3, "王志强", "男", wrong, 40000, "无职", None, "高中", None],
        [4, "张建国", "男", person(date(1980, 1, 1), 11), "2003年7月1日", "在职", None, None, None],
        [5, "钱桂兰", "女", person(date(1966, 6, 6), 56), "1988.7.1", "预备役", None, "初中", None],
        [6, "赵海燕", "女", person(date(1990, 3, 8), 42), "2015-07-01", "在职", "13900001111", "研究生", "市一中"],
        ["合计", "6人"],
        ["填表人：王玥", None, None, "审核人：李娜"],
    ]
    for row in rows:
        sheet.append(row)
    path = folder / "党员花名册.xlsx"
    workbook.save(path)
    return path


def show_import_wizard(window: object, app: Any, path: Path, out: Path) -> None:
    """The import wizard on ``path``: its mapping step, then its preview (nothing is imported)."""
    from desktop.sheets.import_wizard import ImportWizard
    from desktop.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)

    def wait_for(done: Any) -> None:
        deadline = time.monotonic() + 60
        while not done() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        for _ in range(3):
            app.processEvents()

    window.import_sheet(path)
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard)
    wait_for(wizard.file_page.isComplete)
    for page, name in ((ImportWizard.PAGE_MAPPING, "import-mapping"), (ImportWizard.PAGE_PREVIEW, "import-preview")):
        wizard.next()  # the file is read, then the rows checked, in the background
        wait_for(lambda page=page: wizard.currentId() == page)
        picture = out / f"{name}.png"
        wizard.grab().save(str(picture))
        print(picture)
    wizard.reject()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--lists", default="staff,residents,funding")
    parser.add_argument("--font", type=Path, help="a font file to use (when the system has no Chinese font)")
    parser.add_argument("--editor", action="store_true", help="also the record editor showing validation messages")
    parser.add_argument("--filtered", metavar="KIND", help="also this list with its filters in use")
    parser.add_argument("--english", action="store_true", help="also the dashboard and a list in English")
    parser.add_argument("--import", dest="import_wizard", action="store_true", help="also the Excel import wizard")
    parser.add_argument("--docs", action="store_true", help="the pictures kept in docs/screenshots/")
    parser.add_argument("--scale", type=int, metavar="PERCENT", help="the text size (100, 115, 130, 150, 175, 200)")
    parser.add_argument("--lang", choices=sorted(LANGUAGE_TAGS), help="the interface language (default Chinese)")
    parser.add_argument(
        "--text-sizes", action="store_true", help="TEXT_SIZE_SHOTS in both languages at 100 %% and 150 %%"
    )
    args = parser.parse_args(argv)
    if args.docs:
        args.lists, args.filtered, args.editor, args.english = "", args.filtered or "activities", True, True
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings

    config = Path(tempfile.mkdtemp(prefix="shequ-screenshots-config-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))  # not the user's
    try:
        return take(args, parser)
    finally:
        shutil.rmtree(config, ignore_errors=True)


def take(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFontDatabase

    from desktop.common.paths import resource_path
    from desktop.common.workspace import open_workspace
    from desktop.shell.app import install_translations, locale_for, make_application
    from desktop.shell.main_window import MainWindow

    lists = [part.strip() for part in args.lists.split(",") if part.strip()]
    english_list = args.filtered or (lists[0] if lists else "staff")
    if args.english and not (resource_path("translations") / "shequ_en.qm").exists():
        parser.error("resources/translations/shequ_en.qm is missing: run build_scripts/build_translations.py release")

    from desktop.common.settings import TEXT_SCALES
    from desktop.common.text_size import apply_text_scale

    if args.scale is not None and args.scale not in TEXT_SCALES:
        parser.error(f"--scale must be one of {', '.join(map(str, TEXT_SCALES))}")
    if (args.lang == "en" or args.text_sizes) and not (resource_path("translations") / "shequ_en.qm").exists():
        parser.error("resources/translations/shequ_en.qm is missing: run build_scripts/build_translations.py release")
    app = make_application([sys.argv[0]])
    width, height = (int(part) for part in args.size.lower().split("x"))
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)

    if args.font is not None:
        font_id = QFontDatabase.addApplicationFont(str(args.font))
        if font_id < 0:
            parser.error(f"cannot load font {args.font}")
        font = app.font()
        font.setFamilies(QFontDatabase.applicationFontFamilies(font_id))
        app.setFont(font)

    families = QFontDatabase.families()
    has_cjk = any(
        QFontDatabase.writingSystems(f)
        and QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(f)
        for f in families
    )
    if not has_cjk:
        print("warning: no font with Simplified Chinese glyphs is installed; Chinese will show as boxes")

    workspace = open_workspace(args.data_dir)
    if args.text_sizes:
        try:
            return take_text_sizes(args, app, workspace, (width, height))
        finally:
            workspace.close()
    if args.lang is not None:
        install_translations(app, args.lang)
        QLocale.setDefault(locale_for(args.lang))
    if args.scale is not None:
        apply_text_scale(args.scale)
    try:

        def open_window() -> Any:
            window = MainWindow(workspace)
            assert window.backups is not None
            window.backups.replaced = True  # pictures only: no backup copy when the window closes
            window.resize(width, height)
            window.show()
            app.processEvents()
            return window

        def save(window: Any, name: str) -> None:
            settle(app, window)
            path = out / f"{name}.png"
            window.grab().save(str(path))
            print(path)

        window = open_window()
        save(window, "dashboard")
        for key in lists:
            window.show_page(key)
            save(window, f"list-{key}")
        if not args.docs:
            window.show_page("reports")
            save(window, "reports")
        if args.filtered:
            filter_list(window, args.filtered)
            save(window, f"list-{args.filtered}-filtered")
        if args.editor:
            editor = show_editor_with_messages(window)
            save(window, "editor-validation")
            editor.discard()  # closing the window would ask about the unsaved record
        if args.import_wizard:
            folder = Path(tempfile.mkdtemp(prefix="shequ-screenshots-sheet-"))
            try:
                show_import_wizard(window, app, members_workbook(folder), out)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        window.close()

        if args.english:
            install_translations(app, "en")
            QLocale.setDefault(locale_for("en"))
            window = open_window()  # every text is translated as the window is built
            save(window, "en-dashboard")
            if args.filtered:
                filter_list(window, english_list)
            else:
                window.show_page(english_list)
            save(window, f"en-list-{english_list}")
            window.close()
    finally:
        workspace.close()
    return 0


def take_text_sizes(args: argparse.Namespace, app: Any, workspace: Any, size: tuple[int, int]) -> int:
    """The --text-sizes set: each of TEXT_SIZE_SHOTS in each language at each size."""
    from PySide6.QtCore import QLocale

    from desktop.common.text_size import apply_text_scale
    from desktop.shell.app import install_translations, locale_for
    from desktop.shell.main_window import MainWindow

    out: Path = args.out_dir
    languages = [args.lang] if args.lang else list(LANGUAGE_TAGS)
    scales = [args.scale] if args.scale else list(TEXT_SIZE_SCALES)
    for language in languages:
        install_translations(app, language)
        QLocale.setDefault(locale_for(language))
        for scale in scales:
            apply_text_scale(scale)
            for shot in TEXT_SIZE_SHOTS:
                window = MainWindow(workspace)  # a new window: every text translated as it is built
                assert window.backups is not None
                window.backups.replaced = True  # pictures only: no backup copy when the window closes
                window.resize(*size)
                window.show()
                app.processEvents()
                shown = shot.show(window)
                settle(app, window)
                path = out / f"{shot.name}-{LANGUAGE_TAGS[language]}-{scale}.png"
                shot.grab(window, shown).save(str(path))
                print(path)
                if shot.after is not None:
                    shot.after(shown)
                window.close()
                window.deleteLater()
                app.processEvents()
    apply_text_scale(100)
    return 0


def settle(app: Any, window: Any) -> None:
    """Let background work finish (the dashboard's check before signing) and layouts settle."""
    dashboard = window.page("home")
    deadline = time.monotonic() + 60
    while getattr(dashboard, "checking", False) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(3):  # layouts settle over a few passes (lists built on first use)
        app.processEvents()


if __name__ == "__main__":
    raise SystemExit(main())
