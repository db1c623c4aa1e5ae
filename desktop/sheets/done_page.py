"""Step 4 of the import wizard, 导入完成: 已新增 N 条，更新 M 条，跳过 K 条, what was left out and
why, and the reason the audit log gives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from desktop.sheets.import_state import ImportSteps
from desktop.sheets.import_texts import done_notes, summary_text

CONTEXT = "SheetImport"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DonePage(QWizardPage):
    def __init__(self, steps: ImportSteps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = steps
        self.setTitle(_t("导入完成"))
        self.setSubTitle(_t("记录已写入台账，列表已刷新。"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary.setFont(font)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.steps.state.commit_result
        if result is None:
            return
        self.summary.setText(summary_text(result))
        self.notes.setText(done_notes(result))
