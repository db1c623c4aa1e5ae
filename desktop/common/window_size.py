"""Windows and dialogs sized for the text size (设置 ▸ 字号, :mod:`desktop.common.text_size`).

A window's sizes are chosen in pixels for the standard text size (the import wizard at least
820 × 560 px); at 150 % they are half as large again, so its words still fit. :func:`open_size`
is the size a window opens at; :func:`keep_minimum_size` keeps a minimum that grows and shrinks
with the text, also while the window is open (a window smaller than its new minimum grows). Neither
is ever larger than the screen (90 % of the room the screen leaves free), so at 200 % on a small
screen a window still fits and its title bar can be reached.

A dialog open when the text grows keeps its size, and Qt's minimum for a window ignores how many
lines its word-wrapped labels take: :func:`grow_with_text` makes such a dialog taller (never wider,
never shorter) until its words fit again at its width. Qt widgets only, quick to import.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.common.text_size import follow_font, scaled

SCREEN_SHARE = 0.9  # at most this share of the screen's free room


def on_screen(widget: QWidget, size: QSize) -> QSize:
    """``size``, no larger than the room the screen ``widget`` is (or will be) on leaves free."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return size
    free = screen.availableGeometry()
    room = QSize(round(free.width() * SCREEN_SHARE), round(free.height() * SCREEN_SHARE))
    return size.boundedTo(room) if room.isValid() and not room.isEmpty() else size


def open_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` × ``height`` px chosen for the standard text size, at the text size now, on screen."""
    return on_screen(widget, QSize(scaled(width), scaled(height)))


def keep_minimum_size(widget: QWidget, width: int, height: int = 0) -> None:
    """Keep ``widget`` at least ``width`` × ``height`` px chosen for the standard text size (0: no
    minimum that way), at the text size now and again whenever it changes, never beyond the screen."""

    def apply() -> None:
        wanted = on_screen(widget, QSize(scaled(width), scaled(height)))
        if width:
            widget.setMinimumWidth(wanted.width())
        if height:
            widget.setMinimumHeight(wanted.height())

    follow_font(widget, apply)


def grow_with_text(window: QWidget) -> None:
    """When ``window``'s font changes while it is shown, make it as tall as its layout needs at its
    width (word-wrapped labels take more lines), no taller than the screen; it never shrinks."""

    def grow() -> None:
        layout = window.layout()
        if layout is None or not window.isVisible():
            return
        layout.activate()
        width = window.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        needed = on_screen(window, QSize(width, needed)).height()
        if needed > window.height():
            window.resize(width, needed)

    follow_font(window, lambda: QTimer.singleShot(0, window, grow))  # once the children have the new font
