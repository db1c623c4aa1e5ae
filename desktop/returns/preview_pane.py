"""The right-hand side of the 报表 page: the PDF shown (:class:`desktop.common.pdf_view.PdfPreview`),
its title, and 缩小 / 放大 / 适合宽度 / 打印预览… / 打印… / 另存为… (printing: :mod:`desktop.common.printing`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.common.button_rows import ButtonRows
from desktop.common.page_parts import bold
from desktop.common.pdf_view import PdfPreview, save_pdf
from desktop.common.printing import preview_pdf, print_document, print_pdf
from desktop.common.prompts import PDF, prompts
from desktop.returns.state import Shown
from desktop.returns.texts import _t

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class PreviewPane(QWidget):
    """The preview and its buttons; the page connects 打印预览…, 打印… and 另存为… to say what they did."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: Shown | None = None
        self.preview = PdfPreview(_t("生成或打开一份报表后，在这里预览。\n也可以把报表 PDF 文件拖到这里核验。"))
        self.title = QLabel()
        bold(self.title)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zoom_out_button = QPushButton(_t("缩小"))
        self.zoom_in_button = QPushButton(_t("放大"))
        self.fit_button = QPushButton(_t("适合宽度"))
        self.print_preview_button = QPushButton(_t("打印预览…"))
        self.print_preview_button.setToolTip(_t("先看看打印出来的样子（A4，原大），满意再打印"))
        self.print_button = QPushButton(_t("打印…"))
        self.save_button = QPushButton(_t("另存为…"))
        self.zoom_out_button.clicked.connect(self.preview.zoom_out)
        self.zoom_in_button.clicked.connect(self.preview.zoom_in)
        self.fit_button.clicked.connect(self.preview.fit_width)
        # the buttons take two lines when the pane is narrow (a large 设置 ▸ 字号, English words)
        self.tools = ButtonRows(
            (self.zoom_out_button, self.zoom_in_button, self.fit_button),
            (self.print_preview_button, self.print_button, self.save_button),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tools)
        layout.addWidget(self.preview, 1)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.shown = None
        self.title.setText(_t("预览"))

    def show_pdf(self, shown: Shown) -> int:
        """Show ``shown``; its page count (0: it could not be read, and the preview says so)."""
        self.shown = shown
        pages = self.preview.load(shown.display)
        self.title.setText(_t("{0}（共 {1} 页）").format(shown.title, pages) if pages else shown.title)
        return pages

    @property
    def has_pdf(self) -> bool:
        return self.shown is not None and self.preview.page_count > 0

    def update_buttons(self, idle: bool) -> None:
        enabled = idle and self.has_pdf
        buttons = (self.print_preview_button, self.print_button, self.save_button)
        for button in (*buttons, self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(enabled)

    def print_to(self, printer: QPrinter) -> int:
        """Print the PDF shown (signature stamps drawn in) on ``printer``; the pages printed."""
        return print_document(self.preview.document, printer)

    def print_shown(self) -> int | None:
        """打印…: Qt's print dialog, then the pages at the printer's resolution; the pages printed
        (None: nothing shown, cancelled, or failed — said in a message box)."""
        if self.shown is None or not self.preview.page_count:
            return None
        title = _t("打印报表")
        return print_pdf(
            self, self.preview.document, self.shown.file_name, error_title=title, title=title, print_to=self.print_to
        )

    def preview_shown(self) -> int | None:
        """打印预览…: the pages as they will be printed (A4, true scale), with a 打印 button; the
        pages printed (None: nothing shown, closed without printing, or failed — said)."""
        if self.shown is None or not self.preview.page_count:
            return None
        return preview_pdf(
            self,
            self.preview.document,
            self.shown.file_name,
            error_title=_t("打印报表"),
            title=_t("打印预览：{0}").format(self.shown.title),
            print_to=self.print_to,
        )

    def save_shown(self) -> Path | None:
        """另存为…: the original PDF (as signed, not the copy shown) written where the person
        chooses, starting in the folder last used for PDFs; the file written (None: nothing shown,
        cancelled, failed)."""
        if self.shown is None:
            return None
        title = _t("另存报表")
        return save_pdf(
            self,
            self.shown.pdf,
            title=title,
            file_name=self.shown.file_name,
            failed=lambda text: prompts().error(self, title, text),
            purpose=PDF,
        )
