"""核验文件: choose a return's PDF (or drop one on the window) and see whether it is intact, who
signed it, whether the certificate is trusted — the answer of :func:`db.returns.verify.check_return_file`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from db.returns.verify import Verdict
from desktop.common.i18n import text as db_text
from desktop.common.page_parts import ERROR_COLOUR, bold, framed_style, hint
from desktop.returns.texts import VERDICT_COLOURS, _t, verdict_heading, verdict_rows


class VerifyTab(QWidget):
    """The button to choose a file and the framed verdict under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = hint(
            _t(
                "检查一份报表 PDF：是否完整、由谁签署、签署后有没有被改动。"
                "点下面的按钮选择文件，或直接把 PDF 文件拖到窗口中。"
            )
        )
        self.verify_button = QPushButton(_t("核验报表文件…"))
        button_row = QHBoxLayout()
        button_row.addWidget(self.verify_button)
        button_row.addStretch(1)

        self.verdict = QFrame()
        self.verdict.setObjectName("verdict")
        self.verdict_heading = QLabel()
        self.verdict_heading.setWordWrap(True)
        bold(self.verdict_heading, 1.25)
        self.verdict_text = QLabel()
        self.verdict_text.setWordWrap(True)
        self.verdict_form = QFormLayout()
        self.verdict_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        verdict_layout = QVBoxLayout(self.verdict)
        verdict_layout.setContentsMargins(14, 10, 14, 10)
        verdict_layout.addWidget(self.verdict_heading)
        verdict_layout.addWidget(self.verdict_text)
        verdict_layout.addLayout(self.verdict_form)
        self.verdict.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(button_row)
        layout.addWidget(self.verdict)
        layout.addStretch(1)

    def show_waiting(self, heading: str, *, show: bool = True) -> None:
        """A file is being checked, or will be once the work under way ends (``show``: the frame
        too, else only its heading changes until the answer comes)."""
        self.verdict_heading.setText(heading)
        if show:
            self.verdict.show()

    def show_verdict(self, verdict: Verdict) -> None:
        self._show(VERDICT_COLOURS[verdict.status], verdict_heading(verdict.status), db_text(verdict.explanation),
                   verdict_rows(verdict))  # fmt: skip

    def show_failure(self, message: str) -> None:
        """The file could not be checked at all (missing, unreadable, a bad trust file)."""
        self._show(ERROR_COLOUR, _t("无法核验"), message, [])

    def _show(self, colour: str, heading: str, text: str, rows: list[tuple[str, str]]) -> None:
        self.verdict.setStyleSheet(framed_style("verdict", colour, "palette(base)"))
        self.verdict_heading.setStyleSheet(f"color: {colour};")
        self.verdict_heading.setText(heading)
        self.verdict_text.setText(text)
        while self.verdict_form.rowCount():
            self.verdict_form.removeRow(0)
        for name, value in rows:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.verdict_form.addRow(name, shown)
        self.verdict.show()
