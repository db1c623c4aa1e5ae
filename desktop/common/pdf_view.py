"""Looking at and printing a PDF inside the window (Qt PDF: PDFium under the hood).

:class:`PdfPreview` shows a PDF given as bytes, all pages one below the other, fitted to the
width, with zoom buttons. :func:`print_document` renders its pages onto a printer — the print
button and the tests use the same function. This module imports Qt PDF and is itself imported
only when the 报表 page is first built.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

MAX_PRINT_DPI = 300  # an A4 page at 300 dpi is a 35 MB image; more gains nothing on paper
ZOOM_STEP = 1.25


def _t(text: str) -> str:
    return QCoreApplication.translate("ReturnsPage", text)


def render_options() -> QPdfDocumentRenderOptions:
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    return options


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print ``document``'s pages (the printer's page range, else all) at the printer's
    resolution (at most :data:`MAX_PRINT_DPI`), each fitted to the paper; the pages printed."""
    count = document.pageCount()
    if count <= 0:
        return 0
    printer.setFullPage(True)  # the return has its own margins
    first = max(1, printer.fromPage() or 1)
    last = min(count, printer.toPage() or count)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_t("打印机无法开始打印。"))
    printed = 0
    try:
        options = render_options()
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(number - 1)
            image = document.render(
                number - 1,
                QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72))),
                options,
            )
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            scale = min(paper.width() / max(1.0, points.width()), paper.height() / max(1.0, points.height()))
            width, height = points.width() * scale, points.height() * scale
            target = QRectF(
                paper.left() + (paper.width() - width) / 2, paper.top() + (paper.height() - height) / 2, width, height
            )
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


def save_pdf(
    parent: QWidget, data: bytes, *, title: str, folder: str, file_name: str, failed: Callable[[str], None]
) -> Path | None:
    """另存为…: ``data`` written (whole or not at all) where the person chooses — the save dialog
    titled ``title`` in ``folder`` (else the home folder) suggests ``file_name``; ``.pdf`` is added
    when left out. The file written, or None: cancelled, or not written (``failed`` gets the words)."""
    from db.fileio import write_atomic
    from desktop.common.prompts import prompts

    suggested = str(Path(folder or Path.home()) / file_name)
    target = prompts().save_file(parent, title, suggested, _t("PDF 文件 (*.pdf)"))
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
    """打印…: Qt's print dialog over ``parent``, then ``preview``'s pages (through ``print_to``, else
    :func:`print_document`). The pages printed, or None: cancelled, or failed (said in a message box
    titled ``error_title``)."""
    from PySide6.QtPrintSupport import QPrintDialog

    from desktop.common.prompts import prompts

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    dialog = QPrintDialog(printer, parent)
    if dialog_title:
        dialog.setWindowTitle(dialog_title)
    dialog.setMinMax(1, preview.page_count)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    try:
        return print_to(printer) if print_to is not None else print_document(preview.document, printer)
    except OSError as exc:
        prompts().error(parent, error_title, _t("没有打印：{0}").format(exc))
        return None


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
