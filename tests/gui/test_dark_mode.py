"""A system in dark mode still gets the light app its colours were made for: make_application asks
Qt for the light scheme and replaces a palette that stays dark by a light one
(desktop/shell/colour_scheme.py); a light system palette (the native look) is left alone; the
colours the pages draw text in read on that palette; a real window comes out light."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop.common import figures, page_parts
from desktop.exchange.review_comments import COMMENT_COLOUR
from desktop.ledgers import fields, form
from desktop.sheets import import_texts
from desktop.sheets.import_texts import ACTION_COLOURS
from desktop.shell import first_run_pages, signin
from desktop.shell.app import make_application
from desktop.shell.colour_scheme import is_dark, light_palette
from tests.support.gui import open_window

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """WCAG's contrast ratio (1 … 21); 4.5 is the least for ordinary text."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


DARK_ROLES = {  # the colours of Qt's own dark Fusion palette
    Role.Window: "#323232",
    Role.WindowText: "#f0f0f0",
    Role.Base: "#242424",
    Role.AlternateBase: "#2c2c2c",
    Role.ToolTipBase: "#323232",
    Role.ToolTipText: "#f0f0f0",
    Role.PlaceholderText: "#80f0f0f0",
    Role.Text: "#f0f0f0",
    Role.Button: "#323232",
    Role.ButtonText: "#f0f0f0",
    Role.BrightText: "#ffffff",
    Role.Light: "#4b4b4b",
    Role.Midlight: "#3f3f3f",
    Role.Mid: "#262626",
    Role.Dark: "#212121",
    Role.Shadow: "#161616",
    Role.Highlight: "#308cc6",
    Role.HighlightedText: "#f0f0f0",
}


def dark_palette() -> QPalette:
    """A system palette in dark mode, every colour group."""
    palette = QPalette()
    for role, colour in DARK_ROLES.items():
        palette.setColor(role, QColor(colour))  # every group
    return palette


def style_colour(style: str) -> str:
    """The colour of a one-rule style sheet, ``color: #b3261e;``."""
    return style.split(":", 1)[1].strip().rstrip(";")


def mean_luminance(image: QImage) -> float:
    """The picture's mean grey level, 0 (black) … 255 (white)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    stride, width = grey.bytesPerLine(), grey.width()
    total = sum(sum(data[row * stride : row * stride + width]) for row in range(grey.height()))
    return total / (width * grey.height())


@pytest.fixture
def dark_system(qapp: QApplication) -> Iterator[QApplication]:
    """The application as a system in dark mode starts it: a dark palette, the dark scheme asked
    for (the offscreen platform has no dark mode of its own); as it was after the test."""
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    qapp.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    assert is_dark(qapp.palette())
    try:
        yield qapp
    finally:
        qapp.setPalette(before)
        make_application()


def test_a_dark_system_palette_is_replaced_by_a_light_one(dark_system: QApplication) -> None:
    app = make_application()
    palette = app.palette()
    assert not is_dark(palette)
    for text, background in [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.ButtonText, Role.Button),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.Text, Role.AlternateBase),
        (Role.PlaceholderText, Role.Base),
        (Role.PlaceholderText, Role.Window),  # the grey hints under controls
    ]:
        assert contrast(palette.color(text), palette.color(background)) >= 4.5, (text, background)
    assert luminance(palette.color(Role.Window)) > 0.8 and luminance(palette.color(Role.Base)) > 0.9
    assert luminance(palette.color(Role.WindowText)) < 0.1 and luminance(palette.color(Role.Text)) < 0.1
    # every colour group: a disabled or inactive window is light as well
    for group in (QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        assert luminance(palette.color(group, Role.Window)) > 0.8
        assert luminance(palette.color(group, Role.Base)) > 0.8
    # and the widgets made from then on are drawn with it
    assert not is_dark(QLabel().palette()) and not is_dark(QTreeWidget().palette())


def test_a_light_system_palette_is_kept(qapp: QApplication) -> None:
    """The native light look (here Windows 11's window colour) is not replaced by ours."""
    before = qapp.palette()
    native = QPalette(before)
    native.setColor(Role.Window, QColor("#f3f3f3"))
    qapp.setPalette(native)
    try:
        app = make_application()
        assert app.palette().color(Role.Window).name() == "#f3f3f3"
        assert app.palette().color(Role.Window) != light_palette().color(Role.Window)
    finally:
        qapp.setPalette(before)


def test_the_colours_text_is_drawn_in_read_on_the_light_palette() -> None:
    """Every colour the pages draw words in, against the window and the lists' white, at 4.5:1."""
    text_colours = {
        "page_parts.OK_COLOUR": page_parts.OK_COLOUR,
        "page_parts.ERROR_COLOUR": page_parts.ERROR_COLOUR,
        "page_parts.WARNING_COLOUR": page_parts.WARNING_COLOUR,
        "page_parts.NEUTRAL_COLOUR": page_parts.NEUTRAL_COLOUR,
        "form.ERROR_COLOR": form.ERROR_COLOR,
        "form.WARNING_COLOR": form.WARNING_COLOR,
        "fields.HINT_COLOR": fields.HINT_COLOR,
        "import_texts.ERROR_COLOUR": import_texts.ERROR_COLOUR,
        "import_texts.WARNING_COLOUR": import_texts.WARNING_COLOUR,
        "review_comments.COMMENT_COLOUR": COMMENT_COLOUR,
        "first_run_pages.ERROR_STYLE": style_colour(first_run_pages.ERROR_STYLE),
        "first_run_pages.WARNING_STYLE": style_colour(first_run_pages.WARNING_STYLE),
        "signin.ERROR_STYLE": style_colour(signin.ERROR_STYLE),
        **{f"figures.STATUS_COLOURS[{key}]": value for key, value in figures.STATUS_COLOURS.items()},
        # (a skipped row's grey is meant to look switched off, as disabled text does)
        **{
            f"ACTION_COLOURS[{action.name}]": value for action, value in ACTION_COLOURS.items() if action.name != "SKIP"
        },
    }
    palette = light_palette()
    for name, colour in text_colours.items():
        for role in (Role.Window, Role.Base):
            ratio = contrast(QColor(colour), palette.color(role))
            assert ratio >= 4.5, f"{name} {colour} on {role.name}: {ratio:.2f}"
    for status, colour in figures.STATUS_COLOURS.items():  # the 首页 badges: white words on the colour
        assert contrast(QColor(colour), QColor("white")) >= 4.5, status


def test_the_main_window_comes_out_light_on_a_dark_system(
    dark_system: QApplication, qtbot: QtBot, store: Store, base: object
) -> None:
    unforced = open_window(qtbot, store)  # 首页 as the dark system palette alone draws it
    unforced.resize(1200, 800)
    QApplication.processEvents()
    dark = mean_luminance(unforced.grab().toImage())
    assert dark < 110, dark  # the measure sees a dark window as dark
    unforced.close()

    make_application()  # as the app starts: before its first window
    window = open_window(qtbot, store)
    window.resize(1200, 800)
    QApplication.processEvents()
    assert not is_dark(window.palette())
    home = mean_luminance(window.grab().toImage())
    assert home > 200, home
    window.show_page("staff")  # a list: rows on the palette's base and alternate base
    QApplication.processEvents()
    listed = mean_luminance(window.grab().toImage())
    assert listed > 200, listed
