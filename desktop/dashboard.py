"""首页: the office's standing, pillar by pillar, against the city standards in force.

The figures come from :func:`db.compliance.evaluate`; this page only draws them. Each figure
is one row: a coloured status, its name, its value, a bar with the standard marked (when
the figure has a standard) and the one-sentence reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from db.periods import Period, current_period, parse_period
from db.timeutil import local_today
from desktop.i18n import label

STATUS_COLOURS = {"pass": "#2e7d32", "fail": "#c62828", "warning": "#e08a00"}
_STATUS_LABELS = {
    "pass": QT_TRANSLATE_NOOP("Dashboard", "达标"),
    "fail": QT_TRANSLATE_NOOP("Dashboard", "未达标"),
    "warning": QT_TRANSLATE_NOOP("Dashboard", "需说明"),
}
_TRACK = "#e6e6e6"
_STANDARD_LINE = "#333333"


def _t(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def status_label(status: str) -> str:
    return QCoreApplication.translate("Dashboard", _STATUS_LABELS.get(status, status))


def format_number(value: Any, unit: str = "") -> str:
    """A figure's number for people: money with two decimals, others without needless zeros."""
    if value is None:
        return "—"
    if "元" in unit:
        return f"{Decimal(value):,.2f}"
    number = Decimal(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return format(number.normalize(), "f")


def with_unit(number: str, unit: str) -> str:
    """``120 平方米``, ``90.9%``."""
    if not unit or number == "—":
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def period_choices(today: date, years: int = 3) -> list[Period]:
    """The periods offered: for this year and the ones before, the year then its quarters."""
    choices: list[Period] = []
    for year in range(today.year, today.year - years, -1):
        choices.append(parse_period(str(year)))
        choices.extend(
            parse_period(f"{year}Q{quarter}") for quarter in range(1, 5) if date(year, 3 * quarter - 2, 1) <= today
        )
    return choices


class FigureBar(QWidget):
    """A horizontal bar: the value against a scale, the standard drawn as a dark line."""

    HEIGHT = 14

    def __init__(self, value: Any, standard: Any, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = float(value) if value is not None else None
        self.standard = float(standard) if standard is not None else None
        self.colour = QColor(STATUS_COLOURS.get(status, "#777777"))
        self.setMinimumWidth(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(300, self.HEIGHT + 4)

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
        rect = QRectF(0, 2, self.width(), self.HEIGHT)
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


class StatusBadge(QLabel):
    """The status in words on its colour."""

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(status_label(status), parent)
        self.status = status
        colour = STATUS_COLOURS.get(status, "#777777")
        self.setStyleSheet(f"QLabel {{ background: {colour}; color: white; border-radius: 3px; padding: 1px 6px; }}")
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
        value_text = with_unit(format_number(figure.value, figure.unit), figure.unit)
        if figure.standard is not None:
            value_text += "　" + _t("标准 {0}").format(
                with_unit(format_number(figure.standard, figure.unit), figure.unit)
            )
        self.value_label = QLabel(value_text)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(StatusBadge(self.status))
        top.addWidget(name)
        top.addStretch(1)
        top.addWidget(self.value_label)

        self.reason_label = QLabel(figure.reason)
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.setStyleSheet("color: #444444;")

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
        colour = STATUS_COLOURS.get(self.status, "#777777")
        self.setStyleSheet(
            f"QFrame#pillar {{ border: 1px solid #cfcfcf; border-top: 4px solid {colour};"
            " border-radius: 4px; background: white; }"
        )

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


# The pillars as the app's navigation names them.
PILLAR_TITLES = {"people": "有人管事", "money": "有钱办事", "place": "有场所议事", "service": "一化服务"}


class DashboardPage(QWidget):
    """首页: choose a period, see each pillar's figures."""

    def __init__(
        self,
        session_factory: Callable[[], Session],
        office_name: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session_factory = session_factory
        today = today or local_today()
        self.sections: dict[str, PillarSection] = {}

        title = QLabel(_t("{0} “三有一化”达标情况").format(office_name).strip())
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.period_box = QComboBox()
        self.period_box.setAccessibleName(_t("报告期"))
        for period in period_choices(today):
            self.period_box.addItem(period.label, period.code)
        self.period_box.setCurrentIndex(self.period_box.findData(current_period(today, "year").code))
        self.overall = QLabel()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(_t("报告期：")))
        top.addWidget(self.period_box)

        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._grid_host)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.overall)
        layout.addWidget(scroll, 1)

        self.period_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    @property
    def period(self) -> Period:
        return parse_period(str(self.period_box.currentData()))

    def refresh(self) -> None:
        """Judge the chosen period again and redraw the sections."""
        from db.compliance import evaluate

        with self._session_factory() as session:
            result = evaluate(session, self.period)
        for section in self.sections.values():
            self._grid.removeWidget(section)
            section.deleteLater()
        self.sections = {}
        for position, pillar in enumerate(result.pillars):
            section = PillarSection(pillar, PILLAR_TITLES.get(pillar.key, pillar.label))
            self.sections[pillar.key] = section
            self._grid.addWidget(section, position // 2, position % 2)
        self._grid.setRowStretch((len(result.pillars) + 1) // 2, 1)  # sections keep their natural height
        status = str(result.status)
        self.overall.setText(
            _t("{0}总体：<b style='color:{1}'>{2}</b>　（按本期有效的市级标准评判）").format(
                result.period.label, STATUS_COLOURS.get(status, "#777777"), status_label(status)
            )
        )
