"""PDF files dropped onto the window: which of the dropped things are local ``.pdf`` files.

:class:`PdfDropFilter` lets a window take a dropped PDF (the main window hands it to the 报表
page, which verifies it) without building that page before something is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def pdf_paths(mime: QMimeData | None) -> list[Path]:
    """The local ``.pdf`` files among the dropped URLs (any case of the extension)."""
    if mime is None or not mime.hasUrls():
        return []
    paths = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == ".pdf":
                paths.append(path)
    return paths


class PdfDropFilter(QObject):
    """Accepts PDF files dropped onto ``window`` and passes the first one to ``on_pdf``."""

    def __init__(self, window: QWidget, on_pdf: Callable[[Path], object]) -> None:
        super().__init__(window)
        self._on_pdf = on_pdf
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, (QDragEnterEvent, QDragMoveEvent)
        ):
            if pdf_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = pdf_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self._on_pdf(paths[0])
                return True
        return False
