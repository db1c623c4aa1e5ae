"""The pillars' cards on 首页: each figure as a row with its status, value, a bar against the
standard line and the one-sentence reason (plain drawing; the figures come from
:func:`db.compliance.evaluate`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.common.figures import STATUS_COLOURS, format_number, status_label, with_unit
from desktop.common.i18n import label, text
from desktop.common.text_size import follow_font, text_width

_TRACK = "#e6e6e6"
_STANDARD_LINE = "#333333"


def _t(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


class FigureBar(QWidget):
    """A horizontal bar: the value against a scale, the standard drawn as a dark line; as thick as
    the text is high (14 px at the standard size), so it grows with 设置 ▸ 字号."""

    def __init__(self, value: Any, standard: Any, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = float(value) if value is not None else None
        self.standard = float(standard) if standard is not None else None
        self.colour = QColor(STATUS_COLOURS.get(status, "#666666"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        follow_font(self, lambda: self.setMinimumWidth(text_width(self, 12)))

    @property
    def bar_height(self) -> int:
        return max(8, round(self.fontMetrics().height() * 0.75))

    def sizeHint(self) -> QSize:
        return QSize(text_width(self, 22), self.bar_height + 4)

    @property
    def scale(self) -> float:
        """The value the full bar stands for: a fifth beyond the standard, or the value."""
        standard = self.standard or 0.0
        return max(standard * 1.2, self.value or 0.0, 1.0)

    def fill_fraction(self) -> float:
        return 0.0 if self.value is None else max(0.0, min(1.0, self.value / self.scale))

    def standard_fraction(self) -> float | None:
        return None if self.standard is None else self.standard / self.scale

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, 2, self.width(), self.bar_height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_TRACK))
        painter.drawRoundedRect(rect, 4, 4)
        fill = self.fill_fraction()
        if fill > 0:
            painter.setBrush(self.colour)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), rect.width() * fill, rect.height()), 4, 4)
        mark = self.standard_fraction()
        if mark is not None:
            x = rect.left() + rect.width() * mark
            painter.setPen(QPen(QColor(_STANDARD_LINE), 2))
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.end()


def _section_style() -> str:
    """One style sheet for a pillar's card and everything in it (a sheet per badge and label cost
    ~1 ms each to parse and apply: 首页 is on the start-up path), chosen by properties."""
    rules = [
        "QFrame#pillar { border: 1px solid #cfcfcf; border-top: 4px solid #666666; border-radius: 4px;"
        " background: palette(base); }",
        "QLabel[badge] { background: #666666; color: white; border-radius: 3px; padding: 1px 6px; }",
        "QLabel#reason { color: #444444; }",
    ]
    for status, colour in STATUS_COLOURS.items():
        rules.append(f'QFrame#pillar[status="{status}"] {{ border-top: 4px solid {colour}; }}')
        rules.append(f'QLabel[badge="{status}"] {{ background: {colour}; }}')
    return "\n".join(rules)


SECTION_STYLE = _section_style()


class StatusBadge(QLabel):
    """The status in words on its colour (drawn by the style sheet of the card it is in)."""

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(status_label(status), parent)
        self.status = status
        self.setProperty("badge", status)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class FigureRow(QWidget):
    """One figure: status, name, value (and standard), bar, reason."""

    def __init__(self, figure: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure_key: str = figure.key
        self.status = str(figure.status)

        name = QLabel(label(figure.label))
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        name.setWordWrap(True)  # long names (in English, at a large 字号) take a second line, never cut
        value_text = with_unit(format_number(figure.value, figure.unit), figure.unit)
        if figure.standard is not None:
            value_text += "　" + _t("标准 {0}").format(
                with_unit(format_number(figure.standard, figure.unit), figure.unit)
            )
        self.value_label = QLabel(value_text)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value_label.setWordWrap(True)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(StatusBadge(self.status))
        top.addWidget(name, 1)
        top.addWidget(self.value_label, 1)

        self.reason_label = QLabel(text(figure.reason))
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.setObjectName("reason")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addLayout(top)
        self.bar: FigureBar | None = None
        if figure.standard is not None:
            self.bar = FigureBar(figure.value, figure.standard, self.status)
            layout.addWidget(self.bar)
        layout.addWidget(self.reason_label)


class PillarSection(QFrame):
    """One pillar: its title with its overall status, then its figures."""

    def __init__(self, pillar: Any, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: str = pillar.key
        self.status = str(pillar.status)
        self.setObjectName("pillar")
        self.setProperty("status", self.status)

        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        self.badge = StatusBadge(self.status)
        top.addWidget(self.badge)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        self.rows = [FigureRow(figure) for figure in pillar.figures]
        for row in self.rows:
            layout.addWidget(row)
        layout.addStretch(1)
        self.setStyleSheet(SECTION_STYLE)  # once, with everything in it


PILLAR_TITLES = {"people": "有人管事", "money": "有钱办事", "place": "有场所议事", "service": "一化服务"}
