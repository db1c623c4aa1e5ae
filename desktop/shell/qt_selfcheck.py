"""A self-check for the bundle's smoke test (``build_scripts/smoke_test.sh``), nothing a user runs:
with ``SHEQU_SELF_CHECK=qt-dialogs`` in the environment, ``shequ`` starts the Qt application as it
always does (:func:`desktop.shell.app.make_application`: the language chosen, Qt's catalogues from
the folder QLibraryInfo names), builds Qt's own file dialog (the non-native one), print dialog and a
message box, prints one line ``shequ: qt dialogs {json}`` with the words they show, and exits — 0
when the Chinese words are there, 1 when not. With ``SHEQU_SELF_CHECK=helper-process`` it asks the
helper process (:mod:`desktop.common.processes`) for its process id and prints
``shequ: helper process {pid} (app {pid})``: exit 0 when the helper is another process, 1 when the
call fell back to the app's own. With ``SHEQU_SELF_CHECK=rl-accel`` it prints ``shequ: rl_accel {json}``
(:func:`db.returns.fonts.accelerator`): exit 0 when reportlab uses its C accelerator for every function
it has one for. The data folder is not opened.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QMessageBox, QWidget

SELF_CHECK_ENV = "SHEQU_SELF_CHECK"
QT_DIALOGS = "qt-dialogs"
HELPER_PROCESS = "helper-process"
RL_ACCEL = "rl-accel"
EXPECTED_CHINESE = ("查找范围", "文件类型", "页面组", "确定")  # file dialog, print dialog, message box


def _words(widget: QWidget) -> list[str]:
    found = [label.text() for label in widget.findChildren(QLabel) if label.text()]
    return found + [button.text() for button in widget.findChildren(QAbstractButton) if button.text()]


def qt_dialog_words(app: QApplication, loaded: list[str]) -> dict[str, Any]:
    """What Qt's file dialog, print dialog and a message box say, and where Qt's words came from
    (``loaded``: the catalogues in place)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from desktop.common.file_dialogs import DialogKind, make_dialog
    from desktop.shell.qt_translations import qt_translations_folder

    with tempfile.TemporaryDirectory() as folder:
        dialog = make_dialog(None, DialogKind.OPEN, "", Path(folder), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.show()
        app.processEvents()
        file_dialog = _words(dialog)
        dialog.close()
    printer = QPrinter()
    printing = QPrintDialog(printer)
    printing.show()
    app.processEvents()
    print_dialog = _words(printing)
    printing.close()
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Ok)
    message_box = _words(box)
    return {
        "locale": QLocale().name(),
        "translations_folder": qt_translations_folder(),
        "loaded": loaded,
        "file_dialog": file_dialog,
        "print_dialog": print_dialog,
        "message_box": message_box,
    }


def run_self_check(app: QApplication, what: str, loaded: list[str]) -> int:
    """Print the self-check's line (``loaded``: the catalogues in place); its exit code."""
    if what == HELPER_PROCESS:
        return _helper_process_check()
    if what == RL_ACCEL:  # reportlab's C accelerator is in the bundle and in use
        from db.returns.fonts import accelerator

        used = accelerator()
        print("shequ: rl_accel " + json.dumps(used), flush=True)
        return 0 if used["c"] and not used["python"] else 1
    if what != QT_DIALOGS:
        print(f"shequ: unknown self-check {what!r}", flush=True)
        return 2
    words = qt_dialog_words(app, loaded)
    print("shequ: qt dialogs " + json.dumps(words, ensure_ascii=False), flush=True)
    shown = " ".join(text for key in ("file_dialog", "print_dialog", "message_box") for text in words[key])
    return 0 if all(word in shown for word in EXPECTED_CHINESE) else 1


def _helper_process_check() -> int:
    import os

    from desktop.common.processes import run_in_process, stop_helper

    try:
        helper = run_in_process(os.getpid)
    finally:
        stop_helper()
    print(f"shequ: helper process {helper} (app {os.getpid()})", flush=True)
    return 0 if helper != os.getpid() else 1
