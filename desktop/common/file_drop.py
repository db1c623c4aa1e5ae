"""Files dropped onto a window: which of the dropped things are local files of the kinds wanted.

:class:`FileDropFilter` lets a window take a dropped file (a PDF to verify, a workbook to import)
without building the page that handles it before something is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

# Spreadsheets the import wizard takes (.xls only to say why it cannot be read).
SHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".csv", ".xls"})


def dropped_paths(mime: QMimeData | None, suffixes: Collection[str]) -> list[Path]:
    """The local files among the dropped URLs whose extension (in lower case) is in ``suffixes``."""
    if mime is None or not mime.hasUrls():
        return []
    paths = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in suffixes:
                paths.append(path)
    return paths


class FileDropFilter(QObject):
    """Accepts files with one of ``suffixes`` dropped onto ``window`` and passes the first one to
    ``on_file``."""

    def __init__(self, window: QWidget, suffixes: Collection[str], on_file: Callable[[Path], object]) -> None:
        super().__init__(window)
        self._suffixes = suffixes
        self._on_file = on_file
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, (QDragEnterEvent, QDragMoveEvent)
        ):
            if dropped_paths(event.mimeData(), self._suffixes):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = dropped_paths(event.mimeData(), self._suffixes)
            if paths:
                event.acceptProposedAction()
                self._on_file(paths[0])
                return True
        return False
