"""A message that keeps its room: a label whose height is a fixed number of text lines, always there,
so nothing around it moves when a message appears, changes or goes.

The height follows the font: that many lines of Chinese text in the label's font (a Chinese glyph
may come from a fallback font taller than the font's own line spacing), worked out again on
``FontChange`` and ``ApplicationFontChange``, so a larger text size gives larger room. A message
wraps within its lines; one too long for them ends in "…" and the whole of it is the tooltip. The
label never asks for more width than the layout gives it (a long message does not widen the form).
Its colour is set in its palette, not with a style sheet: a widget with a style sheet keeps the font
it had when the application's font changes. :func:`label_column` puts a field's name beside an input
that has a message line under it (the name stays level with the input at every text size).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

ELLIPSIS = "…"
_TALL = 1_000_000  # the height of the rectangle text is wrapped in to measure it
_SAMPLE_LINE = "中Ag"  # a line as tall as a line of a message gets (Chinese, capitals, descenders)


def _height(metrics: QFontMetrics, text: str, width: int) -> int:
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRect(0, 0, max(width, 1), _TALL), flags, text).height()


def text_room(metrics: QFontMetrics, lines: int) -> int:
    """The height of ``lines`` lines of a message in this font, in pixels."""
    return _height(metrics, "\n".join([_SAMPLE_LINE] * lines), _TALL)


def fits(metrics: QFontMetrics, text: str, width: int, lines: int) -> bool:
    """Whether ``text`` wrapped to ``width`` pixels takes at most ``lines`` lines."""
    return not text or _height(metrics, text, width) <= text_room(metrics, lines)


def fit_text(metrics: QFontMetrics, text: str, width: int, lines: int) -> str:
    """``text`` when it fits in ``lines`` lines of ``width`` pixels, else its longest beginning that
    fits with "…" after it."""
    if fits(metrics, text, width, lines):
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis is in [low, high)
    while high - low > 1:
        middle = (low + high) // 2
        if fits(metrics, text[:middle].rstrip() + ELLIPSIS, width, lines):
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + ELLIPSIS


def set_text_color(widget: QWidget, color: str) -> None:
    """Show ``widget``'s text in ``color`` ("" for the usual colour) through its palette, so it keeps
    following the application's font (a style sheet would fix the font it has now)."""
    palette = QPalette()  # only the text's colour set: the rest follows the parent's
    if color:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    widget.setPalette(palette)


class MessageLine(QLabel):
    """``lines`` lines of room for a message, kept whether a message is shown or not."""

    def __init__(self, lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self._message = ""
        self._color = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(1)
        self._fix_height()

    def color(self) -> str:
        """The colour the message is shown in ("" for the usual text colour)."""
        return self._color

    def message(self) -> str:
        """The whole message ("" when none), also when what is shown is cut short."""
        return self._message

    def is_cut(self) -> bool:
        """Whether the message shown ends in "…" (the whole of it is the tooltip)."""
        return bool(self._message) and self.text() != self._message

    def set_message(self, text: str, color: str = "") -> None:
        if text == self._message and color == self._color:
            return
        self._message = text
        if color != self._color:
            self._color = color
            set_text_color(self, color)
        self._fit()

    def clear_message(self) -> None:
        self.set_message("", self._color)

    def room(self) -> int:
        """The height kept for the message, in pixels."""
        margins = self.contentsMargins()
        return text_room(self.fontMetrics(), self.lines) + margins.top() + margins.bottom()

    def _fix_height(self) -> None:
        self.setFixedHeight(self.room())

    def _fit(self) -> None:
        width = self.contentsRect().width()
        shown = fit_text(self.fontMetrics(), self._message, width, self.lines)
        self.setText(shown)
        self.setToolTip(self._message if shown != self._message else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fix_height()
            self._fit()


def label_column(name_label: QLabel, *, top: bool) -> QWidget:
    """The field's name beside its input: as tall as the input (above an empty line as tall as the
    message line), in the middle of a one-line input and at the top of a taller one (long text,
    rows of check boxes)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)  # as between an input and its message line in the form
    vertical = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
    name_label.setAlignment(Qt.AlignmentFlag.AlignRight | vertical)
    column.addWidget(name_label, 1)
    column.addWidget(MessageLine(1))  # keeps the room of the message line under the input
    return box
