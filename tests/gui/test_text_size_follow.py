"""字号 changed while windows are open: the sizes in pixels that hold text grow and shrink with it.

Each test opens the real widget (an editor, the import wizard on a real CSV file, the exchange page,
the passphrase and operator dialogs, 设置 and 关于), then changes the size with
:func:`desktop.common.text_size.apply_text_scale` as 设置 ▸ 字号 and Ctrl+= do, and checks the sizes
now fit the new font — including labels coloured with a style sheet, which Qt would otherwise leave at
their old size.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QWizard

from db.store import Store
from desktop.common.passphrase import PassphraseDialog
from desktop.common.text_size import apply_text_scale, base_point_size, scaled, text_width
from desktop.common.window_size import on_screen
from desktop.exchange.page import ExchangePage
from desktop.ledgers.date_fields import DateInput
from desktop.ledgers.fields import LongTextInput, TypedLine
from desktop.settings.about import AboutDialog
from desktop.settings.operators import AddOperatorDialog
from desktop.settings.page import SettingsPage
from desktop.sheets.import_wizard import ImportWizard
from desktop.shell.main_window import MainWindow
from tests.support.gui import list_page, new_editor, settle_fonts
from tests.support.sheets_support import make_id

WAIT_MS = 15_000

pytestmark = pytest.mark.usefixtures("standard_text_size")


def grow(percent: int) -> None:
    apply_text_scale(percent)
    settle_fonts()


def test_the_editors_inputs_follow_the_text(qtbot, window: MainWindow) -> None:
    page = list_page(window, "activities")
    editor = new_editor(qtbot, page)
    notes = editor.form.input("description")
    count = editor.form.input("participants")
    day = editor.form.input("held_on")
    assert isinstance(notes, LongTextInput) and isinstance(count, TypedLine) and isinstance(day, DateInput)
    box, line, date_line = notes.edit, count.line, day.edit.line
    heights = box.height(), line.maximumWidth(), date_line.maximumWidth()
    search, editor_width = page.search.minimumWidth(), editor.minimumWidth()
    assert box.height() == box.fontMetrics().lineSpacing() * 4 + 12

    grow(150)
    assert box.height() == box.fontMetrics().lineSpacing() * 4 + 12  # still four lines, of the larger text
    assert box.height() >= 4 * box.fontMetrics().lineSpacing() > heights[0] * 1.3
    assert line.maximumWidth() == text_width(line, 14) > heights[1] * 1.4  # 1.2万 still fits
    assert date_line.maximumWidth() > heights[2] * 1.4
    assert date_line.maximumWidth() >= date_line.fontMetrics().horizontalAdvance("0000年00月00日")
    assert page.search.minimumWidth() > search * 1.4
    assert editor.minimumWidth() > editor_width * 1.4

    grow(100)
    assert (box.height(), line.maximumWidth(), date_line.maximumWidth()) == heights


def _residents_csv(folder: Path) -> Path:
    path = folder / "困难户.csv"
    rows = [
        "姓名,身份证号,家庭住址,备注",
        f"赵大娘,{make_id(date(1950, 2, 2), 22)},胜利路1号,独居",
        f"钱大爷,{make_id(date(1948, 3, 3), 33)},胜利路2号,",
    ]
    path.write_bytes("\r\n".join(rows).encode("gb18030"))
    return path


def _next(qtbot, wizard: ImportWizard, page_id: int) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id, timeout=WAIT_MS)


def test_the_import_wizard_follows_the_text(qtbot, window: MainWindow, tmp_path: Path) -> None:
    wizard = ImportWizard(window.workspace, window.hub, path=_residents_csv(tmp_path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=WAIT_MS)
    assert wizard.minimumSize() == on_screen(wizard, QSize(820, 560))
    _next(qtbot, wizard, ImportWizard.PAGE_MAPPING)
    mapping = wizard.mapping_page
    mapping.kind.setCurrentIndex(mapping.kind.findData("residents"))
    category = mapping.constant_editors["category"]  # 帮扶对象类别, asked for every row
    assert isinstance(category, QComboBox)
    assert mapping.missing.isVisible() and mapping.missing.styleSheet().startswith("color:")
    widths = mapping.kind.minimumWidth(), category.maximumWidth()

    grow(150)
    base = base_point_size()
    # the wizard is larger (as far as the screen allows: the offscreen screen is 800 px high)
    assert wizard.minimumSize() == on_screen(wizard, QSize(scaled(820), scaled(560)))
    assert wizard.minimumHeight() > 560 and wizard.height() >= wizard.minimumHeight()
    assert mapping.kind.minimumWidth() == text_width(mapping.kind, 12) > widths[0] * 1.4
    assert category.maximumWidth() == text_width(category, 28) > widths[1] * 1.4
    for coloured in (mapping.missing, mapping.guess):  # labels coloured with a style sheet follow too
        assert coloured.font().pointSizeF() == pytest.approx(base * 1.5)
    grow(100)

    category.setCurrentIndex(category.findData("低保户"))
    _next(qtbot, wizard, ImportWizard.PAGE_PREVIEW)
    preview = wizard.preview_page
    details, rows = preview.details, preview.table.verticalHeader()
    sizes = details.maximumHeight(), rows.defaultSectionSize()
    grow(200)
    assert details.maximumHeight() == details.fontMetrics().height() * 4 + 16 > sizes[0] * 1.8  # four lines
    assert rows.defaultSectionSize() == preview.table.fontMetrics().height() + 10 > sizes[1] * 1.6
    grow(100)
    assert (details.maximumHeight(), rows.defaultSectionSize()) == sizes


def test_the_exchange_page_keeps_its_left_side_wide_enough(qtbot, window: MainWindow) -> None:
    page = window.show_page("exchange")
    assert isinstance(page, ExchangePage)
    (scroll,) = [area for area in page.findChildren(QScrollArea) if area.widget() is page.drive_box.parentWidget()]
    narrowest = scroll.minimumWidth()
    assert narrowest == text_width(scroll, 32)
    grow(150)
    assert scroll.minimumWidth() == text_width(scroll, 32) > narrowest * 1.4
    assert scroll.width() >= scroll.minimumWidth()


def test_the_passphrase_dialog_grows_so_its_words_fit(qtbot) -> None:
    dialog = PassphraseDialog(first_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.problem.setText("两次输入的口令不一样。")
    settle_fonts()
    width = dialog.minimumWidth()

    grow(150)
    assert dialog.minimumWidth() > width * 1.4
    assert dialog.problem.font().pointSizeF() == pytest.approx(base_point_size() * 1.5)  # red, by style sheet
    layout = dialog.layout()
    assert layout is not None
    # the intro's lines, longer now, all fit: the dialog grew taller at its width
    qtbot.waitUntil(lambda: dialog.height() >= layout.totalHeightForWidth(dialog.width()))
    assert dialog.intro.height() >= dialog.intro.heightForWidth(dialog.intro.width())


def test_settings_operators_and_about_follow_the_text(qtbot, window: MainWindow, store: Store) -> None:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    table = page.operators.table
    add = AddOperatorDialog(set())
    about = AboutDialog(store.data_dir)
    for dialog in (add, about):
        qtbot.addWidget(dialog)
        dialog.show()
    settle_fonts()
    sizes = table.maximumHeight(), add.minimumWidth(), about.licence_view.minimumHeight()
    hint = next(label for label in add.findChildren(QLabel) if "设了密码" in label.text())

    grow(200)
    assert table.maximumHeight() == table.fontMetrics().lineSpacing() * 14 > sizes[0] * 1.8
    assert add.minimumWidth() > sizes[1] * 1.6  # 800 px, or as wide as the screen allows (720 px offscreen)
    assert about.licence_view.minimumHeight() == about.licence_view.fontMetrics().lineSpacing() * 12
    assert about.licence_view.minimumHeight() > sizes[2] * 1.6
    assert hint.font().pointSizeF() == pytest.approx(base_point_size() * 2)  # a grey hint, by style sheet
