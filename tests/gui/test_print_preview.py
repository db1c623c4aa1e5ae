"""打印预览… and 打印… of a real signed return (desktop/common/printing.py, the 报表 page's preview pane):
every page, on A4, at true scale; Qt's preview and print dialogs in Chinese."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget

from db.periods import parse_period
from db.returns.make import ReturnRequest, make_return
from db.store import Store
from desktop.common.printing import PdfPrintPreview, new_printer, page_target, print_document
from desktop.common.prompts import ScriptedPrompts
from desktop.returns.preview_pane import PreviewPane
from desktop.returns.state import Shown, display_copy
from desktop.shell.app import make_application
from tests.support.returns import EXPLAIN, NOW, PASSPHRASE, build_office

A4_POINTS = (595.28, 841.89)


@pytest.fixture
def signed(store: Store) -> bytes:
    """红柳湾社区's 2026 return, signed."""
    build_office(store)
    request = ReturnRequest(parse_period("2026"), sign=True, passphrase=PASSPHRASE, explanations=EXPLAIN, now=NOW)
    return make_return(store, request).pdf


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def pane(qtbot, qapp: QApplication, signed: bytes) -> PreviewPane:
    make_application()  # Chinese, Qt's catalogue loaded
    shown = PreviewPane()
    qtbot.addWidget(shown)
    shown.resize(900, 900)
    shown.show()
    assert shown.show_pdf(Shown(signed, display_copy(signed), "2026年度报表", "红柳湾社区-2026.pdf")) == pages_of(
        signed
    )
    shown.update_buttons(True)
    return shown


def test_the_return_is_a4_and_every_page_previews_on_a4(qtbot, pane: PreviewPane, signed: bytes) -> None:
    document = pane.preview.document
    count = pages_of(signed)
    assert count >= 2
    for number in range(count):
        size = document.pagePointSize(number)
        assert (size.width(), size.height()) == pytest.approx(A4_POINTS, abs=0.5)
    preview = PdfPrintPreview(pane, document, "红柳湾社区-2026.pdf", title="打印预览：2026年度报表")
    qtbot.addWidget(preview.dialog)
    preview.dialog.show()
    widget = preview.dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == count, timeout=20_000)
    assert preview.painted[-1] == count and not preview.failures
    layout = preview.printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    assert preview.printer.printRange() == QPrinter.PrintRange.AllPages and preview.printer.fullPage()
    assert preview.dialog.windowTitle() == "打印预览：2026年度报表"
    actions = {action.text() for action in preview.dialog.findChildren(QAction)}
    assert {"适应宽度", "适应页面", "单页显示", "对页显示", "打印设置", "打印"} <= actions
    preview.dialog.reject()


def test_pages_go_on_paper_at_true_scale(pane: PreviewPane, signed: bytes, tmp_path: Path) -> None:
    """One PDF point is one point on paper: the printed file's pages are the return's, A4, every one."""
    printer = new_printer(pane.preview.document, "红柳湾社区-2026.pdf")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(300)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    placed = page_target(printer, *A4_POINTS)
    assert placed.width() == pytest.approx(A4_POINTS[0] * 300 / 72, rel=0.002)  # 100 %, not fitted
    assert placed.height() == pytest.approx(A4_POINTS[1] * 300 / 72, rel=0.002)
    larger = page_target(printer, 841.89, 1190.55)  # an A3 page: made smaller, to fit the sheet
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    assert larger.width() <= paper.width() + 0.5 and larger.height() <= paper.height() + 0.5

    assert print_document(pane.preview.document, printer) == pages_of(signed)
    printed = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(printed.pages) == pages_of(signed)
    for page in printed.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(A4_POINTS, abs=1.5)


def test_the_preview_prints_the_same_pages(qtbot, pane: PreviewPane, signed: bytes, tmp_path: Path) -> None:
    """打印 in the preview paints the paper through the same handler as the preview's pages."""
    preview = PdfPrintPreview(pane, pane.preview.document, "红柳湾社区-2026.pdf")
    qtbot.addWidget(preview.dialog)
    paper = QPrinter(QPrinter.PrinterMode.HighResolution)
    paper.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    paper.setResolution(150)
    paper.setOutputFileName(str(tmp_path / "paper.pdf"))
    preview.dialog.paintRequested.emit(paper)  # what Qt does once its print dialog is accepted
    assert preview.painted == [pages_of(signed)]
    assert pages_of((tmp_path / "paper.pdf").read_bytes()) == pages_of(signed)


def _when_shown(kind: type[QWidget], check: Callable[[QWidget], bool], seen: list[QWidget]) -> None:
    """Once a ``kind`` dialog is up and ``check`` says it is ready, keep it in ``seen`` and close it."""
    attempts = [0]

    def look() -> None:
        attempts[0] += 1
        shown = [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, kind) and widget.isVisible()]
        if shown and (check(shown[0]) or attempts[0] > 400):
            seen.append(shown[0])
            shown[0].reject()  # type: ignore[attr-defined]
            return
        QTimer.singleShot(25, look)

    QTimer.singleShot(0, look)


def test_the_pane_has_print_preview_and_print(qtbot, pane: PreviewPane, signed: bytes) -> None:
    assert pane.print_preview_button.text() == "打印预览…" and pane.print_preview_button.isEnabled()
    assert pane.print_button.text() == "打印…" and pane.print_button.isEnabled()

    previews: list[QWidget] = []
    pages: list[int] = []

    def ready(dialog: QWidget) -> bool:
        widget = dialog.findChild(QPrintPreviewWidget)
        if widget is not None and widget.pageCount() == pages_of(signed):
            pages.append(widget.pageCount())
            return True
        return False

    _when_shown(QPrintPreviewDialog, ready, previews)
    assert pane.preview_shown() is None  # closed without printing
    assert pages == [pages_of(signed)]
    assert previews[0].windowTitle() == "打印预览：2026年度报表"

    dialogs: list[QWidget] = []
    _when_shown(QPrintDialog, lambda dialog: True, dialogs)
    assert pane.print_shown() is None  # cancelled
    assert dialogs[0].windowTitle() == "打印报表"
    assert isinstance(dialogs[0], QPrintDialog) and dialogs[0].maxPage() == pages_of(signed)


def test_nothing_shown_nothing_printed(qtbot, answers: ScriptedPrompts) -> None:
    empty = PreviewPane()
    qtbot.addWidget(empty)
    empty.update_buttons(True)
    assert not empty.print_preview_button.isEnabled() and not empty.print_button.isEnabled()
    assert empty.preview_shown() is None and empty.print_shown() is None
    assert answers.asked == []
