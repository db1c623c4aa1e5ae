"""Printing a PDF shown in the app (a return, the city's consolidated return): 打印… and 打印预览….

Both put the same pages on paper through :func:`print_document`: A4 (turned to landscape when the
PDF's first page is wider than tall), every page unless a range is chosen, each at true scale — one
PDF point is one point on paper, so a page made for A4 fills the sheet exactly as designed, neither
fitted to the printable area nor scaled twice (a page larger than the paper is the only one made
smaller, to fit). The PDF's pages are rendered by Qt PDF at the printer's resolution (at most
:data:`MAX_PRINT_DPI`; the preview's pages at :data:`PREVIEW_DPI`, which looks the same on screen and
keeps the preview's memory small).

- :func:`print_pdf` — 打印…: Qt's print dialog, then the pages;
- :func:`preview_pdf` — 打印预览…: Qt's print preview (``QPrintPreviewDialog``: zoom, one or two
  pages, page set-up); its 打印 button asks the print dialog and prints the same pages.

The dialogs are Qt's own, in Chinese through ``qtbase_zh_CN`` (:mod:`desktop.shell.qt_translations`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

MAX_PRINT_DPI = 300  # an A4 page at 300 dpi is a 35 MB image; more gains nothing on paper
PREVIEW_DPI = 150  # the preview keeps every page's image: 9 MB a page at 150 dpi

PrintTo = Callable[[QPrinter], int]


def _t(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def render_options() -> QPdfDocumentRenderOptions:
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    return options


def is_preview(printer: QPrinter) -> bool:
    """Whether ``printer`` is painting a print preview's pages (not paper, not a file)."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def new_printer(document: QPdfDocument, doc_name: str) -> QPrinter:
    """A printer set for ``document``: A4, portrait or landscape as its first page, no margins
    added (the PDF has its own), every page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    first = document.pagePointSize(0) if document.pageCount() > 0 else None
    landscape = first is not None and first.width() > first.height()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    if document.pageCount() > 0:
        printer.setFromTo(1, document.pageCount())
        printer.setPrintRange(QPrinter.PrintRange.AllPages)
    return printer


def page_target(printer: QPrinter, width_pt: float, height_pt: float) -> QRectF:
    """Where a PDF page ``width_pt`` × ``height_pt`` points goes on ``printer``'s paper, in device
    pixels: at true scale (shrunk only when larger than the paper), centred."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    dots_per_point = printer.resolution() / 72
    scale = min(
        dots_per_point, paper.width() / max(1.0, width_pt), paper.height() / max(1.0, height_pt)
    )  # 100 %, or smaller to fit
    width, height = width_pt * scale, height_pt * scale
    return QRectF(
        paper.left() + (paper.width() - width) / 2, paper.top() + (paper.height() - height) / 2, width, height
    )


def pages_to_print(document: QPdfDocument, printer: QPrinter) -> range:
    """The page numbers (from 1) the printer asks for: its range, else every page."""
    count = document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return range(max(1, printer.fromPage()), min(count, printer.toPage() or count) + 1)
    return range(1, count + 1)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Put ``document``'s pages on ``printer`` (see the module's notes); the pages printed."""
    if document.pageCount() <= 0:
        return 0
    printer.setFullPage(True)  # the PDF has its own margins
    dpi = min(printer.resolution(), PREVIEW_DPI if is_preview(printer) else MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_t("打印机无法开始打印。"))
    printed = 0
    try:
        options = render_options()
        for number in pages_to_print(document, printer):
            if printed:
                printer.newPage()
            points = document.pagePointSize(number - 1)
            size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
            image = document.render(number - 1, size, options)
            painter.drawImage(page_target(printer, points.width(), points.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed


def print_pdf(
    parent: QWidget | None,
    document: QPdfDocument,
    doc_name: str,
    *,
    error_title: str,
    title: str = "",
    print_to: PrintTo | None = None,
) -> int | None:
    """打印…: Qt's print dialog over ``parent``, then ``document``'s pages (through ``print_to``,
    else :func:`print_document`). The pages printed, or None: cancelled, or failed (said in a
    message box titled ``error_title``)."""
    if document.pageCount() <= 0:
        return None
    printer = new_printer(document, doc_name)
    dialog = QPrintDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    dialog.setMinMax(1, document.pageCount())
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return _print(parent, document, printer, error_title, print_to)


class PdfPrintPreview:
    """Qt's print preview of a PDF document (see :func:`preview_pdf`), not shown yet: ``dialog``,
    the ``printer`` it paints on, the pages painted each time (the preview's, then the paper's
    when 打印 is pressed) and what failed."""

    def __init__(
        self,
        parent: QWidget | None,
        document: QPdfDocument,
        doc_name: str,
        *,
        title: str = "",
        print_to: PrintTo | None = None,
    ) -> None:
        self.document = document
        self.print_to = print_to
        self.printer = new_printer(document, doc_name)
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        self.dialog.setWindowTitle(title or _t("打印预览"))
        self.painted: list[int] = []
        self.failures: list[OSError] = []
        self.dialog.paintRequested.connect(self._paint)
        _fit_to_screen(self.dialog, parent)

    def _paint(self, printer: QPrinter) -> None:
        try:
            pages = self.print_to(printer) if self.print_to is not None else print_document(self.document, printer)
        except OSError as exc:  # said once the dialog is closed
            self.failures.append(exc)
            return
        self.painted.append(pages)

    def exec(self) -> int | None:
        """Show the preview (modal); the pages printed, or None (closed without printing)."""
        accepted = self.dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
        return self.painted[-1] if accepted and self.painted and not self.failures else None


def _fit_to_screen(dialog: QWidget, parent: QWidget | None) -> None:
    """A tall window (a page is taller than wide), within the screen's free area."""
    from PySide6.QtGui import QGuiApplication

    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    dialog.resize(min(900, round(free.width() * 0.9)), round(free.height() * 0.9))


def preview_pdf(
    parent: QWidget | None,
    document: QPdfDocument,
    doc_name: str,
    *,
    error_title: str,
    title: str = "",
    print_to: PrintTo | None = None,
) -> int | None:
    """打印预览…: Qt's print preview of ``document``'s pages over ``parent`` (its 打印 button prints
    them). The pages printed, or None: closed without printing, or failed (said in a message box
    titled ``error_title``)."""
    if document.pageCount() <= 0:
        return None
    preview = PdfPrintPreview(parent, document, doc_name, title=title, print_to=print_to)
    try:
        printed = preview.exec()
    finally:
        preview.dialog.deleteLater()
    if preview.failures:
        _failed(parent, error_title, preview.failures[-1])
        return None
    return printed


def _print(
    parent: QWidget | None, document: QPdfDocument, printer: QPrinter, error_title: str, print_to: PrintTo | None
) -> int | None:
    try:
        return print_to(printer) if print_to is not None else print_document(document, printer)
    except OSError as exc:
        _failed(parent, error_title, exc)
        return None


def _failed(parent: QWidget | None, title: str, exc: OSError) -> None:
    from desktop.common.prompts import prompts

    prompts().error(parent, title, _t("没有打印：{0}").format(exc))
