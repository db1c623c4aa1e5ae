"""The size of the text (设置 ▸ 字号, 查看 ▸ 放大字号 Ctrl+= / 缩小字号 Ctrl+- / 恢复标准字号 Ctrl+0).

The text size is a percentage (:data:`~desktop.common.settings.TEXT_SCALES`) of the *base* size that
:func:`desktop.shell.app.make_application` works out at start (the bundled font, at least 10 pt);
:func:`start` records that base and applies the remembered percentage before the first window shows.
:func:`apply_text_scale` then sets the application's font, so every window, dialog and widget follows
(Qt posts ``ApplicationFontChange`` to each), and it keeps in proportion what does not follow by itself:

* a widget with a style sheet (colours, borders) follows its parent's font like any other
  (``AA_UseStyleSheetPropagationInWidgetStyles``; by default Qt leaves it at the size it had — the
  style sheets here never set a font);
* a widget that sets its own point size (a heading 1.4 times the text) keeps its factor;
* the columns of lists and tables (``QHeaderView`` sections the program or the person sized in pixels)
  and the row height of tables grow and shrink with the text.

Anything else sized in pixels works its size out from the font (``fontMetrics()``) and does it again
when the font changes: :func:`follow_font` runs a function now and on every ``FontChange`` of a widget,
:func:`text_width` gives a width in characters of the widget's text.

:func:`add_text_size_actions` gives a window the 查看 menu's three actions; :func:`change_text_scale`
applies a size and remembers it; :data:`notifier` says when the size changed (the 设置 page shows it).
Qt widgets only, nothing slow to import: this module is on the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QHeaderView, QMainWindow, QMenu, QWidget

from desktop.common.settings import DEFAULT_TEXT_SCALE, TEXT_SCALES, Settings

CONTEXT = "TextSize"
_BASE_PROPERTY = "shequBasePointSize"  # on the QApplication: the point size at 100 %
_SCALE_PROPERTY = "shequTextScale"  # on the QApplication: the percentage applied
_SIZE_RESOLVED = 0x0002  # QFont::SizeResolved in the resolve mask (PySide6 does not name it)
_SIZED_BY_HAND = (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the text size needs a QApplication")
    return app


class _Notifier(QObject):
    changed = Signal(int)  # the new percentage


_notifiers: list[_Notifier] = []  # the one notifier, made on first use


def notifier() -> _Notifier:
    """The object whose ``changed(int)`` signal says the text size changed (to that percentage)."""
    if not _notifiers:
        _notifiers.append(_Notifier(_app()))  # lives as long as the application
    return _notifiers[0]


# --- the size ------------------------------------------------------------------------------------


def start(app: QApplication, font: QFont, percent: int) -> None:
    """Record ``font``'s point size as the base (100 %) — unless a base was recorded before (a second
    call keeps the first: the application's font is scaled by then) — and show the text at ``percent``."""
    if not isinstance(app.property(_BASE_PROPERTY), float):
        app.setProperty(_BASE_PROPERTY, float(font.pointSizeF()))
        app.setProperty(_SCALE_PROPERTY, DEFAULT_TEXT_SCALE)
        app.setFont(font)
    apply_text_scale(percent)


def base_point_size() -> float:
    """The point size of the text at 100 % (the application's font size if none was recorded)."""
    app = _app()
    value = app.property(_BASE_PROPERTY)
    return value if isinstance(value, float) and value > 0 else float(app.font().pointSizeF())


def current_text_scale() -> int:
    """The percentage the text is shown at now."""
    value = _app().property(_SCALE_PROPERTY)
    return value if isinstance(value, int) and value in TEXT_SCALES else DEFAULT_TEXT_SCALE


def apply_text_scale(percent: int) -> None:
    """Show every text at ``percent`` of the base size, in every window, open or still to open."""
    if percent not in TEXT_SCALES:
        raise ValueError(f"unknown text scale {percent!r}")
    app = _app()
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True)
    base = base_point_size()
    old_size = app.font().pointSizeF()
    new_size = base * percent / 100
    app.setProperty(_BASE_PROPERTY, base)
    app.setProperty(_SCALE_PROPERTY, percent)
    if old_size <= 0 or abs(new_size - old_size) < 0.01:
        return
    ratio = new_size / old_size
    for widget in app.allWidgets():
        _keep_in_proportion(widget, old_size, ratio)
    font = app.font()
    font.setPointSizeF(new_size)
    app.setFont(font)  # every widget that does not set its own size follows (posted events)
    notifier().changed.emit(percent)


def _keep_in_proportion(widget: QWidget, old_size: float, ratio: float) -> None:
    if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        font = widget.font()
        if font.resolveMask() & _SIZE_RESOLVED and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * ratio)  # a heading stays 1.4 times the text
            widget.setFont(font)
    if isinstance(widget, QHeaderView):
        _scale_header(widget, ratio)


def _scale_header(header: QHeaderView, ratio: float) -> None:
    if header.orientation() == Qt.Orientation.Vertical:  # a table's rows
        if header.count() == 0 or header.sectionResizeMode(0) in _SIZED_BY_HAND:
            header.setDefaultSectionSize(max(1, round(header.defaultSectionSize() * ratio)))
        return
    stretched = header.logicalIndex(header.count() - 1) if header.stretchLastSection() else -1  # fills the rest
    for section in range(header.count()):  # columns sized in pixels (by the program or by hand)
        if section == stretched or header.isSectionHidden(section):
            continue
        if header.sectionResizeMode(section) in _SIZED_BY_HAND:
            header.resizeSection(section, max(1, round(header.sectionSize(section) * ratio)))


def step(percent: int, direction: int) -> int:
    """The next size in ``TEXT_SCALES`` after ``percent`` in ``direction`` (+1 larger, -1 smaller);
    ``percent`` itself at either end."""
    sizes = sorted(TEXT_SCALES)
    if direction > 0:
        return next((size for size in sizes if size > percent), percent)
    return next((size for size in reversed(sizes) if size < percent), percent)


def change_text_scale(percent: int, settings: Settings | None = None) -> int:
    """Show the text at ``percent`` and remember it for the next start; ``percent``."""
    (settings if settings is not None else Settings()).set_text_scale(percent)
    apply_text_scale(percent)
    return percent


def scale_text(percent: int) -> str:
    """``字号：130%`` — what the status bar says after a change."""
    return _t("字号：{0}%").format(percent)


# --- pixel sizes that follow the font ---------------------------------------------------------------


class _FontFollower(QObject):
    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self._apply()
        return False


def follow_font(widget: QWidget, apply: Callable[[], None]) -> None:
    """Run ``apply`` now and again whenever ``widget``'s font changes (sizes in pixels worked out from
    ``widget.fontMetrics()``: a fixed height of three lines, a width of twenty characters)."""
    _FontFollower(widget, apply)
    apply()


def scaled(pixels: int) -> int:
    """A size chosen in pixels for the standard text size (a column 110 px wide), at the size now."""
    return round(pixels * current_text_scale() / 100)


def text_width(widget: QWidget, characters: float) -> int:
    """The width of ``characters`` Chinese characters in ``widget``'s font, in pixels."""
    return round(widget.fontMetrics().horizontalAdvance("中") * characters)


# --- the 查看 menu -----------------------------------------------------------------------------------


def add_text_size_actions(
    window: QMainWindow, menu: QMenu, settings: Callable[[], Settings] = Settings
) -> tuple[QAction, QAction, QAction]:
    """Add 放大字号 (Ctrl+= and Ctrl++), 缩小字号 (Ctrl+-) and 恢复标准字号 (Ctrl+0) to ``menu`` and
    ``window``; each applies at once, is remembered and says the new size in the status bar."""

    def choose(percent: Callable[[int], int]) -> Callable[[], None]:
        def act() -> None:
            wanted = percent(current_text_scale())
            change_text_scale(wanted, settings())
            window.statusBar().showMessage(scale_text(wanted), 4000)

        return act

    made: list[QAction] = []
    for text, keys, percent in (
        (_t("放大字号"), ("Ctrl+=", "Ctrl++"), lambda now: step(now, 1)),
        (_t("缩小字号"), ("Ctrl+-",), lambda now: step(now, -1)),
        (_t("恢复标准字号"), ("Ctrl+0",), lambda _now: DEFAULT_TEXT_SCALE),
    ):
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(choose(percent))
        window.addAction(action)
        menu.addAction(action)
        made.append(action)
    return made[0], made[1], made[2]
