"""汇总报表: the consolidated return made or signed for the period chosen — or an office's return
opened from 报送情况 — in the preview, to print or save."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.city.texts import _t
from desktop.common.page_parts import bold

if TYPE_CHECKING:
    from desktop.city.services import CityServices


class ReturnTab(QWidget):
    """汇总报表 (see the module's notes)."""

    def __init__(self, services: CityServices) -> None:
        super().__init__()
        from desktop.common.pdf_view import PdfPreview

        self.services = services
        self.shown: tuple[bytes, str] | None = None  # the PDF shown, as made, and its file name
        self.preview = PdfPreview(_t("点“生成汇总表”或“签署汇总表…”后在这里预览；也可以在“报送情况”中查看社区的报表。"))
        self.draft_button = QPushButton(_t("生成汇总表"))
        self.draft_button.setToolTip(_t("按所选报告期生成市级汇总表（不签名），可预览、打印、另存"))
        self.sign_button = QPushButton(_t("签署汇总表…"))
        self.sign_button.setToolTip(_t("用市级密钥签名，社区和上级可以核验"))
        bold(self.sign_button)
        self.save_button = QPushButton(_t("另存为…"))
        self.print_preview_button = QPushButton(_t("打印预览…"))
        self.print_button = QPushButton(_t("打印…"))
        self.preview_title = QLabel()
        bold(self.preview_title)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview, 1)

    def show_pdf(self, pdf: bytes, display: bytes, title: str, file_name: str) -> None:
        """``display`` in the preview (``pdf`` as made is what is saved and printed), titled ``title``."""
        self.shown = (pdf, file_name)
        pages = self.preview.load(display)
        self.preview_title.setText(_t("{0}（共 {1} 页）").format(title, pages) if pages else title)
        self.update_buttons()

    def update_buttons(self) -> None:
        idle = not self.services.busy
        self.draft_button.setEnabled(idle)
        self.sign_button.setEnabled(idle)
        has_pdf = self.shown is not None and self.preview.page_count > 0
        self.save_button.setEnabled(idle and has_pdf)
        self.print_button.setEnabled(idle and has_pdf)
        self.print_preview_button.setEnabled(idle and has_pdf)
