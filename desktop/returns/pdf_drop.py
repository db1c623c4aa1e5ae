"""PDF files dropped onto the window: which of the dropped things are local ``.pdf`` files.

:class:`PdfDropFilter` lets a window take a dropped PDF (the main window hands it to the 报表
page, which verifies it) without building that page before something is dropped;
:class:`PdfDropTarget` lets a widget take one itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from desktop.common.file_drop import FileDropFilter, dropped_paths

PDF_SUFFIXES = frozenset({".pdf"})


def pdf_paths(mime: QMimeData | None) -> list[Path]:
    """The local ``.pdf`` files among the dropped URLs (any case of the extension)."""
    return dropped_paths(mime, PDF_SUFFIXES)


class PdfDropFilter(FileDropFilter):
    """Accepts PDF files dropped onto ``window`` and passes the first one to ``on_pdf``."""

    def __init__(self, window: QWidget, on_pdf: Callable[[Path], object]) -> None:
        super().__init__(window, PDF_SUFFIXES, on_pdf)


class PdfDropTarget(QWidget):
    """A widget that takes a PDF dropped on it and hands the first one to :meth:`pdf_dropped`
    (call ``setAcceptDrops(True)``); anything else is left to Qt."""

    def pdf_dropped(self, path: Path) -> None:
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if pdf_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if pdf_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = pdf_paths(event.mimeData())
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.pdf_dropped(paths[0])
