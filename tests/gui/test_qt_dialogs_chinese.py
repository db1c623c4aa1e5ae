"""Qt's own dialogs in the app's language: the file dialog (Qt's, not a native one: what Linux
desktops without a platform dialog and these offscreen tests get), the print and preview dialogs,
the colour dialog and message boxes — from ``qtbase_zh_CN`` plus the words it lacks for today's Qt
(desktop/shell/qt_translations.py) — and the file list's sizes and dates in the app's locale, not
the system's (desktop/common/file_dialogs.py). The bundle's self-check runs the same code."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from desktop.common.file_dialogs import DialogKind, LocalisedFileDialog, make_dialog
from desktop.shell.app import install_translations, locale_for, make_application, run_app
from desktop.shell.qt_selfcheck import QT_DIALOGS, SELF_CHECK_ENV
from desktop.shell.qt_translations import split_mnemonic, with_mnemonic

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[QApplication]:
    """The app as it starts with the default settings: Chinese, Qt's catalogue loaded."""
    make_application()
    assert QLocale().name() == "zh_CN"
    yield qapp
    install_translations(qapp, "zh_CN")
    QLocale.setDefault(locale_for("zh_CN"))


def words(widget: QWidget) -> list[str]:
    """Every label, button, group and action text the widget shows."""
    found = [label.text() for label in widget.findChildren(QLabel)]
    found += [button.text() for button in widget.findChildren(QAbstractButton)]
    found += [group.title() for group in widget.findChildren(QGroupBox)]
    found += [action.text() for action in widget.findChildren(QAction)]
    return [text for text in found if text.strip()]


def qt_file_dialog(qtbot, kind: DialogKind, folder: Path, file_filter: str = "") -> LocalisedFileDialog:
    dialog = make_dialog(None, kind, "", folder, file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # offscreen has none anyway
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_file_dialog_labels_are_chinese(qtbot, chinese: QApplication, tmp_path: Path) -> None:
    dialog = qt_file_dialog(qtbot, DialogKind.OPEN, tmp_path, "PDF 文件 (*.pdf)")
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："  # Qt 6 says "&Look in:", the catalogue "Look in:"
    assert labels["fileNameLabel"] == "文件名称(&N)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："  # "Files of &type:"
    assert dialog.windowTitle() == "打开"
    assert {"打开(&O)", "取消"} <= set(words(dialog))
    assert not [text for text in words(dialog) if ENGLISH_WORD.search(text)]

    save = qt_file_dialog(qtbot, DialogKind.SAVE, tmp_path, "PDF 文件 (*.pdf)")
    assert save.windowTitle() == "另存为" and "保存(&S)" in words(save)
    folder = qt_file_dialog(qtbot, DialogKind.FOLDER, tmp_path)
    assert folder.windowTitle() == "查找目录" and "选择(&C)" in words(folder)
    for shown in (save, folder):
        assert not [text for text in words(shown) if ENGLISH_WORD.search(text)]


def _cell(view: QTreeView, index: QModelIndex) -> str:
    """The text the list draws for ``index`` (its delegate's, as painting does)."""
    option = QStyleOptionViewItem()
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.text


def test_sizes_and_dates_follow_the_app_language(qtbot, chinese: QApplication, tmp_path: Path) -> None:
    report = tmp_path / "报表.pdf"
    report.write_bytes(b"%" * 25_900)
    modified = datetime(2026, 12, 2, 9, 51).timestamp()  # local time, as the list shows it
    os.utime(report, (modified, modified))
    (tmp_path / "U盘").mkdir()
    dialog = qt_file_dialog(qtbot, DialogKind.OPEN, tmp_path, "所有文件 (*)")
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2, timeout=10_000)
    rows = {model.index(row, 0, view.rootIndex()).data(): row for row in range(2)}

    def row_text(name: str) -> list[str]:
        return [_cell(view, model.index(rows[name], column, view.rootIndex())) for column in range(4)]

    assert [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)] == [
        "名称",
        "体积",
        "类型",
        "修改日期",
    ]
    assert row_text("报表.pdf")[1] == "25.3 kB"  # not "25.3 KiB" (an English system's)
    assert row_text("报表.pdf")[3] == "2026/12/2 09:51"  # not "2 12 2026 09:51" (the C locale's)
    assert row_text("U盘")[1:3] == ["", "文件夹"]  # not "Folder"

    install_translations(chinese, "en")
    QLocale.setDefault(locale_for("en"))
    assert row_text("报表.pdf")[3].startswith("12/2/26")
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Folder"


def test_the_print_dialog_speaks_chinese(qtbot, chinese: QApplication) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = words(dialog)
    assert dialog.windowTitle() == "打印"
    assert {"打印机", "打印范围", "打印全部", "份数：", "打印(&P)", "取消"} <= set(shown)
    assert "页面组(&S)：" in shown  # Qt 6 says "Page &Set:", the catalogue "Page Set:"
    assert not [text for text in shown if ENGLISH_WORD.search(text) and "PDF" not in text]


def test_the_preview_colour_dialog_and_message_boxes_speak_chinese(qtbot, chinese: QApplication) -> None:
    printer = QPrinter()
    preview = QPrintPreviewDialog(printer)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.windowTitle() == "打印预览"
    assert {"适应宽度", "适应页面", "放大", "缩小", "单页显示", "对页显示", "打印设置", "打印"} <= set(words(preview))
    assert not [text for text in words(preview) if ENGLISH_WORD.search(text)]

    colours = QColorDialog()
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
    qtbot.addWidget(colours)
    colours.show()
    assert {"基本颜色(&B)", "自定义颜色(&C)", "红(&R)：", "确定", "取消"} <= set(words(colours))
    assert not [text for text in words(colours) if ENGLISH_WORD.search(text) and "HTML" not in text]

    Button = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "问", "确定吗？", Button.NoButton)
    qtbot.addWidget(box)
    expected = {
        Button.Ok: "确定",
        Button.Cancel: "取消",
        Button.Yes: "是(&Y)",
        Button.No: "否(&N)",
        Button.Save: "保存",
        Button.Discard: "丢弃",
        Button.Close: "关闭",
    }
    for which in expected:
        box.addButton(which)
    assert {which: box.button(which).text() for which in expected} == expected


def test_the_gap_translator_adds_only_what_the_catalogue_lacks(chinese: QApplication) -> None:
    translate = QCoreApplication.translate
    assert translate("QFileDialog", "&Look in:") == "查找范围(&L)："
    assert translate("QFileDialog", "Look in:") == "查找范围："  # the catalogue's own, untouched
    assert translate("QPageSetupWidget", "Pages &per sheet:") == "每张页数(&P)："
    assert translate("QAbstractFileIconProvider", "Drive") == "驱动器"
    assert translate("QFileDialog", "&Unheard of:") == "&Unheard of:"  # unknown: Qt's English stays
    assert translate("ReturnsPage", "打印(&P)") == "打印(&P)"  # the app's own words are not Qt's
    assert split_mnemonic("Save && &Quit") == ("Save && Quit", "Q")
    assert split_mnemonic("Fish && Chips") is None
    assert with_mnemonic("页面顺序：", "o") == "页面顺序(&o)："
    assert with_mnemonic("打开(&O)", "P") == "打开(&O)"  # already has one
    assert with_mnemonic("保存…", "S") == "保存(&S)…"


def test_english_leaves_qt_in_english(chinese: QApplication) -> None:
    assert "qtbase_zh_CN" not in install_translations(chinese, "en")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_bundle_self_check_reports_the_chinese_words(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(SELF_CHECK_ENV, QT_DIALOGS)
    folder = tmp_path / "office"
    assert run_app(folder) == 0
    out = capsys.readouterr().out
    assert out.startswith("shequ: qt dialogs ") and "查找范围(&L)：" in out and "页面组(&S)：" in out
    assert "qtbase_zh_CN.qm" in out
    assert not folder.exists()  # the data folder is not opened
