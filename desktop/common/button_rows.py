"""A row of button groups that takes two lines when it must: side by side while there is room, one
group under the other when the space is narrower (a larger 设置 ▸ 字号, longer English words), so a
page never grows wider than the window nor cuts a button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget


class ButtonRows(QWidget):
    """``groups`` of widgets: the first at the left, the last at the right when they fit on one line;
    else each group on a line of its own, at the left. Placed by hand (no layout of its own), so the
    page's layout asks this widget for its height at a given width."""

    def __init__(self, *groups: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[QWidget] = []
        self._spacing = 6
        for widgets in groups:
            group = QWidget(self)
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
            self._spacing = max(0, row.spacing())
            self.groups.append(group)
        self.one_line = True
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _line_width(self) -> int:
        widths = [group.sizeHint().width() for group in self.groups]
        return sum(widths) + self._spacing * max(0, len(widths) - 1)

    def sizeHint(self) -> QSize:
        return QSize(self._line_width(), self.heightForWidth(self._line_width()))

    def minimumSizeHint(self) -> QSize:
        narrowest = max((group.sizeHint().width() for group in self.groups), default=0)
        return QSize(narrowest, self.heightForWidth(narrowest))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        heights = [group.sizeHint().height() for group in self.groups]
        if not heights:
            return 0
        if width >= self._line_width():
            return max(heights)
        return sum(heights) + self._spacing * (len(heights) - 1)

    def _place(self) -> None:
        one_line = self.width() >= self._line_width()
        x = y = 0
        for number, group in enumerate(self.groups):
            size = group.sizeHint()
            if one_line:
                last = number == len(self.groups) - 1
                left = self.width() - size.width() if last and number else x
                group.setGeometry(left, 0, size.width(), size.height())
                x += size.width() + self._spacing
            else:
                group.setGeometry(0, y, size.width(), size.height())
                y += size.height() + self._spacing
        if one_line != self.one_line:
            self.one_line = one_line
            self.updateGeometry()  # another height

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a group's size changed (its font, its words)
            self.updateGeometry()
            self._place()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.updateGeometry()
            self._place()
