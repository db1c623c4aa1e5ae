"""Screenshots for the user manual: ``docs/manual/images/*.png``, the pictures its pages show.

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python build_scripts/screenshots_manual.py [OUT_DIR] [--size 1120x720] [--width 900]

Builds everything in a temporary folder: an empty data folder for the first-run wizard, the demo office
(as the tests build it, ``tests/support/exchange_sites.demo_template``) for the main window's pages, and
the city with three offices of ``build_scripts/screenshots_exchange.py`` for the USB exchange. The
windows are set up by the helpers of ``build_scripts/screenshots.py`` and
``build_scripts/screenshots_exchange.py`` (imported, not copied). Each picture is taken at ``--size``,
scaled to ``--width`` pixels wide and stored as a 256-colour PNG, so the manual stays small.

OUT_DIR defaults to ``docs/manual/images``. Runs offscreen unless QT_QPA_PLATFORM says otherwise (the
real windowing system under Xvfb gives the truest pictures). Preferences go to the temporary folder.
The pictures, by page of the manual: ``first-run-welcome``, ``first-run-office``, ``signin``
(first-run.html); ``dashboard`` (home.html); ``editor`` (entry.html); ``list-activities``
(ledgers.html); ``import-mapping``, ``import-preview`` (import.html); ``returns-make``
(returns.html); ``exchange-office``, ``exchange-history`` (exchange.html); ``city-status``,
``city-registry`` (city.html); ``restore`` (backups.html); ``settings``
(settings.html).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the pictures of screenshots_exchange.py that exchange.html and city.html show
EXCHANGE_PICTURES = ("exchange-office", "exchange-history", "city-status", "city-registry")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=ROOT / "docs" / "manual" / "images")
    parser.add_argument("--size", default="1120x720", help="the windows' size when taken")
    parser.add_argument("--width", type=int, default=900, help="the pictures' width in the manual")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shequ-manual-shots-") as temp:
        take(Path(temp), args.out_dir, (width, height), args.width)
    return 0


class Shots:
    """Saves pictures: scaled to the manual's width, reduced to 256 colours."""

    def __init__(self, app: Any, out: Path, width: int) -> None:
        self.app = app
        self.out = out
        self.width = width

    def settle(self, until: Callable[[], bool] | None = None, timeout: float = 60) -> None:
        """Let background work finish (``until`` says when) and layouts settle."""
        deadline = time.monotonic() + timeout
        while until is not None and not until() and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.02)
        for _ in range(5):
            self.app.processEvents()

    def save(self, widget: Any, name: str) -> None:
        self.settle()
        self.store(widget.grab().toImage(), name)

    def store(self, image: Any, name: str) -> None:
        from PIL import Image
        from PySide6.QtCore import QBuffer, QIODevice, Qt

        if image.width() > self.width:
            image = image.scaledToWidth(self.width, Qt.TransformationMode.SmoothTransformation)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        picture = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
        small = picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        path = self.out / f"{name}.png"
        small.save(path, optimize=True)
        print(path)

    def store_file(self, source: Path, name: str) -> None:
        from PySide6.QtGui import QImage

        image = QImage(str(source))
        if image.isNull():
            raise SystemExit(f"no picture {source}")
        self.store(image, name)


def take(root: Path, out: Path, size: tuple[int, int], width: int) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "settings"))
    from desktop.shell.app import make_application

    app = make_application([])
    shots = Shots(app, out, width)
    first_run(shots, size)
    main_window(shots, root, size)
    exchange(shots, root, size)


def first_run(shots: Shots, size: tuple[int, int]) -> None:
    """The first-run wizard: its first page, then the office's details typed in; the sign-in."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.shell.first_run import FirstRunWizard
    from desktop.shell.signin import SignInDialog

    # The folder a Windows PC offers (platformdirs' user data folder); the wizard only shows it, as it
    # is closed before it writes anything.
    wizard = FirstRunWizard(Path("C:\\Users\\社区\\AppData\\Local\\Shequ"))
    wizard.resize(760, 560)
    wizard.show()
    shots.save(wizard, "first-run-welcome")
    wizard.choice_page.real.setChecked(True)
    wizard.next()
    shots.settle()
    page = wizard.office_page
    QTest.keyClicks(page.code, "150802001001")

    def type_chinese(widget: Any, text: str) -> None:
        widget.setFocus()
        commit = QInputMethodEvent("", [])
        commit.setCommitString(text)  # as a Pinyin input method types it
        QApplication.sendEvent(widget, commit)

    type_chinese(page.name, "胜利社区")
    type_chinese(page.street, "车站街道")
    page.code.setFocus()
    shots.save(wizard, "first-run-office")
    wizard.reject()

    people = [
        SimpleNamespace(id="1", name="王玥", role="admin", password_hash="set"),
        SimpleNamespace(id="2", name="李娜", role="filler", password_hash=None),
        SimpleNamespace(id="3", name="赵海燕", role="head", password_hash="set"),
    ]
    dialog = SignInDialog(people, "胜利社区")
    dialog.show()
    shots.save(dialog, "signin")
    dialog.reject()


def main_window(shots: Shots, root: Path, size: tuple[int, int]) -> None:
    """The demo office's pages: 首页, a list, an editor with messages, the import wizard, 报表, 设置,
    and the 恢复备份 dialog."""
    from build_scripts.screenshots import filter_list, members_workbook, show_editor_with_messages, show_import_wizard
    from db.backup import list_backups, make_backup
    from desktop.common.workspace import open_workspace
    from desktop.shell.main_window import MainWindow
    from desktop.shell.restore_dialog import RestoreDialog
    from tests.support.exchange_sites import demo_template

    data = demo_template(root / "demo")
    workspace = open_workspace(data)
    try:
        window = MainWindow(workspace)
        assert window.backups is not None
        window.backups.replaced = True  # pictures only: no backup copy when the window closes
        window.resize(*size)
        window.show()
        dashboard = window.show_page("home")
        shots.settle(lambda: not getattr(dashboard, "checking", False))
        shots.save(window, "dashboard")

        filter_list(window, "activities")
        shots.save(window, "list-activities")

        editor = staff_editor(window, show_editor_with_messages)
        shots.save(window, "editor")
        editor.discard()  # closing the window would ask about the unsaved record

        sheets = root / "sheets"
        sheets.mkdir()
        raw = root / "raw-import"
        raw.mkdir()
        show_import_wizard(window, shots.app, members_workbook(sheets), raw)
        for name in ("import-mapping", "import-preview"):
            shots.store_file(raw / f"{name}.png", name)

        returns = window.show_page("reports")
        shots.settle(lambda: not returns.busy)
        explain_and_draft(shots, returns)
        shots.save(window, "returns-make")

        window.show_page("settings")
        shots.save(window, "settings")

        for reason in ("daily", "exit"):
            make_backup(workspace.store, reason)
        dialog = RestoreDialog(list_backups(data), data / "backups", window)
        dialog.show()
        shots.save(dialog, "restore")
        dialog.reject()
        window.close()
    finally:
        workspace.close()


EXPLANATIONS = (
    "13 名党员为新转入，岗位正在安排，下季度认领完毕。",
    "已核对，该党员已于预备期满后按期转正，转正材料在街道党工委。",
    "已核对，预备期未满一年，正在考察中。",
)


def explain_and_draft(shots: Shots, returns: Any) -> None:
    """The 报表 page with its warnings explained and the draft made, shown in the preview."""
    boxes = list(returns.make_tab.explanation_boxes.values())
    for number, box in enumerate(boxes):
        box.setPlainText(EXPLANATIONS[number % len(EXPLANATIONS)])
    returns.make_draft()
    shots.settle(lambda: not returns.busy)
    deadline = time.monotonic() + 2  # the preview draws its pages after the file is loaded
    while time.monotonic() < deadline:
        shots.app.processEvents()
        time.sleep(0.05)


def staff_editor(window: Any, typed_with_mistakes: Callable[[Any], Any]) -> Any:
    """The staff editor on a new record typed with mistakes (``screenshots.show_editor_with_messages``);
    its dates typed as people type them when the date inputs are line edits."""
    from PySide6.QtTest import QTest

    def type_into(form: Any, name: str, text: str) -> None:
        widget = form.input(name).focus_widgets()[0]
        widget.setFocus()
        QTest.keyClicks(widget, text)

    try:
        editor = typed_with_mistakes(window)
    except AttributeError:  # date inputs without setDate: type the dates
        editor = window.show_page("staff").editor
        for name, text in (("start_date", "2021-05-01"), ("end_date", "2020-01-01")):
            type_into(editor.form, name, text)
    type_into(editor.form, "birth_date", "1985.3.12")  # a date as people type it, and the reading beside it
    editor.form.widget("name").setFocus()
    return editor


def exchange(shots: Shots, root: Path, size: tuple[int, int]) -> None:
    """The office's 数据交换 page and the city's window, as ``screenshots_exchange.py`` takes them."""
    from build_scripts import screenshots_exchange

    raw = root / "raw-exchange"
    raw.mkdir()
    default = argparse.Namespace(scale=None, lang=None, text_sizes=False)  # its own defaults: Chinese, 100 %
    screenshots_exchange.take(root / "exchange", raw, *size, default)
    for name in EXCHANGE_PICTURES:
        shots.store_file(raw / f"{name}.png", name)
    shutil.rmtree(raw, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
