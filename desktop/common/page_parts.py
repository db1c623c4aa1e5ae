"""Small parts the pages and windows are built from: the colours of outcomes, bold text, the grey
hints under a control, a plain list (a ``QTreeWidget`` without a tree), a framed box in a colour.

Used by the 报表 and 数据交换 pages and the city's window, so they look alike. Qt widgets only:
no translations, nothing slow to import.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QWidget

from db.timeutil import format_local
from desktop.common.text_size import scaled

OK_COLOUR = "#2b7a30"  # 4.5:1 on the window grey too (#2e7d32 was 4.46:1)
ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#9a5b00"  # amber dark enough to read on white and on the window grey (5.4:1, 4.7:1)
NEUTRAL_COLOUR = "#546e7a"
HINT_STYLE = "color: palette(placeholder-text);"


def bold(widget: QWidget, scale: float = 1.0) -> None:
    """Make ``widget``'s text bold (and ``scale`` times as large)."""
    font = widget.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


def hint(text: str = "") -> QLabel:
    """A grey, word-wrapped note."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def local_time(moment: datetime | None) -> str:
    """A stored UTC time as people read it here; blank for none."""
    return format_local(moment) if moment is not None else ""


def plain_list(headers: list[str], widths: tuple[int, ...]) -> QTreeWidget:
    """A list of rows with ``headers``, one row selectable, the columns ``widths`` wide (the last
    stretches)."""
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setHeaderLabels(headers)
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        header.resizeSection(column, scaled(width))  # widths chosen for the standard text size
    return tree


def framed_style(object_name: str, colour: str, background: str) -> str:
    """The style sheet of a ``QFrame`` named ``object_name``: a thin border in ``colour``, thick on
    the left."""
    return (
        f"QFrame#{object_name} {{ border: 1px solid {colour}; border-left: 6px solid {colour};"
        f" border-radius: 4px; background: {background}; }}"
    )
