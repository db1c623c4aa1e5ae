"""生成与签署: the period, the pre-flight (errors; warnings each with a box for its explanation),
the return's header (制表机关, 更正原因), its signature block (单位负责人, 填表人, 联系电话: offered
from the operators' roles and the office profile, editable; what the clerk typed is never replaced)
and the 生成报表 / 签署报表… buttons.

A thin widget: it shows what :mod:`desktop.returns.state` holds, in the words of
:mod:`desktop.returns.texts`, and says when the period or an explanation changed; the page decides.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.periods import Period, parse_period
from db.returns.content import Signatories
from desktop.common.i18n import text as db_text
from desktop.common.page_parts import ERROR_COLOUR, OK_COLOUR, bold, hint
from desktop.common.text_size import follow_font
from desktop.returns.state import SEPARATOR_AFTER, CheckResult, ranges_offered, years_offered
from desktop.returns.texts import _t, check_status, correction_note, range_label


class MakeTab(QScrollArea):
    """The 生成与签署 tab (scrolls when the pre-flight is long)."""

    period_changed = Signal()  # the year or the part of it was chosen

    def __init__(self, today: date, on_explained: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._on_explained = on_explained  # (warning key, text) as it is typed
        self.explanation_boxes: dict[str, QPlainTextEdit] = {}

        self.year_box = QComboBox()
        self.year_box.setAccessibleName(_t("年份"))
        for year in years_offered(today.year):
            self.year_box.addItem(_t("{0}年").format(year), year)
        self.range_box = QComboBox()
        self.range_box.setAccessibleName(_t("报告期"))
        self.range_box.setMinimumContentsLength(6)
        self._fill_ranges("")
        self.recheck_button = QPushButton(_t("重新检查"))
        self.recheck_button.setToolTip(_t("在台账中改正数据后，点这里重新检查"))
        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(_t("报告期：")))
        period_row.addWidget(self.year_box)
        period_row.addWidget(self.range_box)
        period_row.addStretch(1)
        period_row.addWidget(self.recheck_button)

        # the pre-flight result
        self.check_status = QLabel()
        self.check_status.setWordWrap(True)
        bold(self.check_status)
        self.errors_box = QGroupBox(_t("必须先改正的错误"))
        self.errors_layout = QVBoxLayout(self.errors_box)
        self.warnings_box = QGroupBox(_t("需要书面说明的提醒"))
        self.warnings_layout = QVBoxLayout(self.warnings_box)

        # the return's header
        from db.returns.content import DEFAULT_AUTHORITY

        self.authority = QLineEdit()
        self.authority.setText(DEFAULT_AUTHORITY)
        self.authority.setAccessibleName(_t("制表机关"))
        self.correction_reason = QLineEdit()
        self.correction_reason.setAccessibleName(_t("更正原因"))
        self.correction_reason.setPlaceholderText(_t("例如：更正党费支持金额"))
        self.correction_note = hint()
        self.head_name = QLineEdit()
        self.head_name.setAccessibleName(_t("单位负责人"))
        self.filler_name = QLineEdit()
        self.filler_name.setAccessibleName(_t("填表人"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(_t("联系电话"))
        self.phone.setPlaceholderText(_t("例如：0478-8123456"))
        info_box = QGroupBox(_t("报表信息"))
        self.info_form = QFormLayout(info_box)
        self.info_form.addRow(_t("制表机关："), self.authority)
        self.info_form.addRow(_t("单位负责人："), self.head_name)
        self.info_form.addRow(_t("填表人："), self.filler_name)
        self.info_form.addRow(_t("联系电话："), self.phone)
        self.info_form.addRow(_t("更正原因："), self.correction_reason)
        self.info_form.addRow(self.correction_note)
        self.show_correction(0)

        self.draft_button = QPushButton(_t("生成报表"))
        self.draft_button.setToolTip(_t("生成草稿（不签署），可以预览、打印、另存"))
        self.sign_button = QPushButton(_t("签署报表…"))
        self.sign_button.setToolTip(_t("用本社区的签名密钥签署，签署后保存为正式报表，不能再修改"))
        bold(self.sign_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        self.make_message = QLabel()
        self.make_message.setWordWrap(True)
        self.make_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(period_row)
        layout.addWidget(self.check_status)
        layout.addWidget(self.errors_box)
        layout.addWidget(self.warnings_box)
        layout.addWidget(info_box)
        layout.addLayout(buttons)
        layout.addWidget(self.make_message)
        layout.addStretch(1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        self.year_box.currentIndexChanged.connect(self._year_changed)
        self.range_box.currentIndexChanged.connect(lambda _index: self.period_changed.emit())

    # --- the period ----------------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return parse_period(f"{self.year_box.currentData()}{self.range_box.currentData() or ''}")

    def set_period(self, code: str) -> None:
        """Choose the period ``code`` (``2026``, ``2026H1``, ``2026Q3``, ``2026-07``)."""
        period = parse_period(code)
        self.year_box.blockSignals(True)
        self.year_box.setCurrentIndex(self.year_box.findData(period.year))
        self.year_box.blockSignals(False)
        self._fill_ranges(period.code[4:])
        self.period_changed.emit()

    def _fill_ranges(self, keep: str) -> None:
        self.range_box.blockSignals(True)
        self.range_box.clear()
        for suffix in ranges_offered(int(self.year_box.currentData()), self.today):
            self.range_box.addItem(range_label(suffix), suffix)
            if suffix in SEPARATOR_AFTER:
                self.range_box.insertSeparator(self.range_box.count())
        self.range_box.setCurrentIndex(max(0, self.range_box.findData(keep)))
        self.range_box.blockSignals(False)

    def _year_changed(self, _index: int) -> None:
        self._fill_ranges(str(self.range_box.currentData() or ""))
        self.period_changed.emit()

    # --- the pre-flight ------------------------------------------------------------------------

    def show_checking(self, text: str) -> None:
        self.check_status.setStyleSheet("")
        self.check_status.setText(text)

    def show_check(self, result: CheckResult, explanations: dict[str, str]) -> None:
        """The pre-flight ``result``; each warning's box holds what ``explanations`` has for it."""
        preflight = result.preflight
        _clear(self.errors_layout)
        _clear(self.warnings_layout)
        self.explanation_boxes = {}

        for number, error in enumerate(preflight.errors, 1):
            line = QLabel(f"{number}. {db_text(error)}")
            line.setWordWrap(True)
            line.setStyleSheet(f"color: {ERROR_COLOUR};")
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.errors_layout.addWidget(line)
        if preflight.errors:
            self.errors_layout.addWidget(hint(_t("请到相应的台账中改正这些记录，然后点“重新检查”。")))
        self.errors_box.setVisible(bool(preflight.errors))

        for number, warning in enumerate(preflight.warnings, 1):
            sentence = QLabel(f"{number}. {db_text(warning.text)}")
            sentence.setWordWrap(True)
            sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            sentence.setToolTip(warning.key)
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setPlaceholderText(_t("在这里写明原因（必填），会印在报表的“情况说明”中"))
            box.setAccessibleName(_t("第 {0} 条提醒的说明").format(number))
            follow_font(box, partial(_three_lines_high, box))  # and again when 设置 ▸ 字号 changes
            box.setPlainText(explanations.get(warning.key, ""))
            box.textChanged.connect(lambda key=warning.key, widget=box: self._explained(key, widget))
            self.warnings_layout.addWidget(sentence)
            self.warnings_layout.addWidget(box)
            self.explanation_boxes[warning.key] = box
        self.warnings_box.setVisible(bool(preflight.warnings))

        text, colour = check_status(preflight)
        self.check_status.setStyleSheet(f"color: {colour};")
        self.check_status.setText(text)
        self.show_correction(result.latest_version)
        if result.signatories is not None:
            self.offer_signatories(result.signatories)

    # --- the signature block -----------------------------------------------------------------

    def offer_signatories(self, offered: Signatories) -> None:
        """Fill the signature block with what the office's operators and profile say, leaving
        alone every line the clerk has typed in."""
        for line, value in (
            (self.head_name, offered.head_name),
            (self.filler_name, offered.filler_name),
            (self.phone, offered.phone),
        ):
            if not line.isModified():
                line.setText(value)

    def signatories(self) -> Signatories:
        """The signature block as it stands (printed as typed, spaces around trimmed)."""
        return Signatories(self.head_name.text().strip(), self.filler_name.text().strip(), self.phone.text().strip())

    def _explained(self, key: str, box: QPlainTextEdit) -> None:
        if box.toPlainText().strip():
            box.setStyleSheet("")
        self._on_explained(key, box.toPlainText())

    def show_correction(self, latest_version: int) -> None:
        correcting = latest_version > 0
        self.info_form.setRowVisible(self.correction_reason, correcting)
        self.correction_note.setVisible(correcting)
        if correcting:
            self.correction_note.setText(correction_note(latest_version))

    def mark_missing(self, keys: list[str]) -> None:
        """Frame the boxes of ``keys`` in red and go to the first."""
        for key in keys:
            self.explanation_boxes[key].setStyleSheet(f"QPlainTextEdit {{ border: 2px solid {ERROR_COLOUR}; }}")
        first = self.explanation_boxes[keys[0]]
        first.setFocus()
        self.ensureWidgetVisible(first)

    def say(self, text: str, colour: str = OK_COLOUR) -> None:
        self.make_message.setStyleSheet(f"color: {colour};")
        self.make_message.setText(text)

    def update_buttons(self, *, idle: bool, ready: bool) -> None:
        self.draft_button.setEnabled(idle and ready)
        self.sign_button.setEnabled(idle and ready)
        self.recheck_button.setEnabled(idle)


def _three_lines_high(box: QPlainTextEdit) -> None:
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
