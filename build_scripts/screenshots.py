"""Screenshots of the main window for review: the dashboard and a few ledger lists.

    python build_scripts/screenshots.py DATA_DIR OUT_DIR [--size 1280x800] [--lists staff,residents] [--font F.ttc]
                                        [--editor]

``--editor`` adds the staff editor holding a new record with a wrong ID number (an error) and a
phone number without area code (a warning), as typed: ``editor-validation.png``.

Runs offscreen unless QT_QPA_PLATFORM says otherwise (e.g. ``xcb`` under Xvfb). The data folder
must hold an office (``shequ demo --data-dir DATA_DIR`` makes one).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def show_editor_with_messages(window: object) -> Any:
    """The staff list with its editor open on a new record typed with mistakes."""
    from PySide6.QtCore import QDate
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.list_page import ListPage
    from desktop.main_window import MainWindow

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
    form.widget("start_date").setDate(QDate(2021, 5, 1))  # type: ignore[attr-defined]
    form.widget("end_date").setDate(QDate(2020, 1, 1))  # type: ignore[attr-defined]
    name.setFocus()
    return editor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--lists", default="staff,residents,funding")
    parser.add_argument("--font", type=Path, help="a font file to use (when the system has no Chinese font)")
    parser.add_argument("--editor", action="store_true", help="also the record editor showing validation messages")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtGui import QFontDatabase

    from desktop.app import make_application
    from desktop.main_window import MainWindow
    from desktop.workspace import open_workspace

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
    try:
        window = MainWindow(workspace)
        window.resize(width, height)
        window.show()
        app.processEvents()

        def save(name: str) -> None:
            app.processEvents()
            path = out / f"{name}.png"
            window.grab().save(str(path))
            print(path)

        save("dashboard")
        for key in [part.strip() for part in args.lists.split(",") if part.strip()]:
            window.show_page(key)
            save(f"list-{key}")
        window.show_page("reports")
        save("later-reports")
        if args.editor:
            editor = show_editor_with_messages(window)
            save("editor-validation")
            editor.discard()  # closing the window would ask about the unsaved record
        window.close()
    finally:
        workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
