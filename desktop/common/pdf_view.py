"""Looking at a PDF inside the window (Qt PDF: PDFium under the hood), saving and printing it.

:class:`PdfPreview` shows a PDF given as bytes, all pages one below the other, fitted to the
width, with zoom buttons. :func:`save_pdf` is 另存为…; printing (打印…, 打印预览…) is in
:mod:`desktop.common.printing` (:func:`print_document` puts the pages on a printer — the buttons
and the tests use the same function). This module imports Qt PDF and is itself imported only when
the 报表 page is first built.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.common.printing import preview_pdf, print_document, print_pdf
from desktop.common.prompts import PDF

__all__ = ["PdfPreview", "preview_pdf", "print_document", "print_pdf", "print_preview", "save_pdf"]

ZOOM_STEP = 1.25


def _t(text: str) -> str:
    return QCoreApplication.translate("ReturnsPage", text)


def save_pdf(
    parent: QWidget,
    data: bytes,
    *,
    title: str,
    file_name: str,
    failed: Callable[[str], None],
    folder: str | None = None,
    purpose: str = PDF,
) -> Path | None:
    """另存为…: ``data`` written (whole or not at all) where the person chooses — the save dialog
    titled ``title`` suggests ``file_name`` in the folder last used for ``purpose`` (or ``folder``
    when given; see :mod:`desktop.common.file_dialogs`); ``.pdf`` is added when left out. The file
    written, or None: cancelled, or not written (``failed`` gets the words)."""
    from db.fileio import write_atomic
    from desktop.common.prompts import prompts

    suggested = str(Path(folder) / file_name) if folder else file_name
    target = prompts().save_file(parent, title, suggested, _t("PDF 文件 (*.pdf)"), purpose=purpose)
    if target is None:
        return None
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        write_atomic(target, data)
    except OSError as exc:
        failed(_t("没有保存：{0}（{1}）。请换一个文件夹再试。").format(target, exc.strerror or exc))
        return None
    return target


def print_preview(
    parent: QWidget,
    preview: PdfPreview,
    doc_name: str,
    *,
    error_title: str,
    dialog_title: str = "",
    print_to: Callable[[QPrinter], int] | None = None,
) -> int | None:
    """打印…: Qt's print dialog, then ``preview``'s pages (:func:`desktop.common.printing.print_pdf`).
    Kept for the callers that use this name; 打印预览… is :func:`desktop.common.printing.preview_pdf`."""
    return print_pdf(parent, preview.document, doc_name, error_title=error_title, title=dialog_title, print_to=print_to)


class PdfPreview(QWidget):
    """A PDF from bytes: every page, fitted to the width; a note in its place when empty."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8f94; }")
        self.view.setAccessibleName(_t("报表预览"))
        self._data = QByteArray()
        self._buffer: QBuffer | None = None

        self.placeholder = QLabel(placeholder)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setFrameShape(QFrame.Shape.StyledPanel)
        self.placeholder.setStyleSheet("QLabel { color: #555555; background: #f4f4f4; padding: 24px; }")

        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def load(self, data: bytes) -> int:
        """Show ``data``; its page count (0 when it cannot be read, and the note says so)."""
        self.clear()
        self._data = QByteArray(data)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() <= 0:
            self.clear(_t("这个文件无法显示（不是 PDF，或文件已损坏）。"))
            return 0
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.stack.setCurrentWidget(self.view)
        return self.document.pageCount()

    def clear(self, note: str | None = None) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._data = QByteArray()
        if note is not None:
            self.placeholder.setText(note)
        self.stack.setCurrentWidget(self.placeholder)

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.stack.currentWidget() is self.view else 0

    def zoom_in(self) -> None:
        self._zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.view.zoomFactor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom(self, factor: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            factor = self._fitted_factor() * (ZOOM_STEP if factor > self.view.zoomFactor() else 1 / ZOOM_STEP)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, factor)))

    def _fitted_factor(self) -> float:
        """The zoom factor that fitting to the width stands for now (points at screen resolution)."""
        if self.document.pageCount() <= 0:
            return 1.0
        points = self.document.pagePointSize(0)
        pixels = points.width() * self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return max(0.25, usable / max(1.0, pixels))
