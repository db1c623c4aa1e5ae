"""报表: make, sign, look at, print, save and verify the office's returns.

On the left, three tabs: 生成与签署 (choose the period, see the pre-flight result — blocking
errors, warnings each with a box for the written explanation —, the 制表机关, then 生成报表 for
a draft or 签署报表 for the signed return), 已签署的报表 (the office's stored signed returns) and
核验文件 (is a return's PDF intact, signed, trusted; a PDF dropped onto the window lands here).
On the right, the PDF shown (:mod:`desktop.common.pdf_view`) with 打印… and 另存为….

Checking, making, signing, opening and verifying run in the background (:mod:`desktop.common.tasks`);
the work itself is :mod:`db.returns` (``run_preflight``, ``make_return``, ``verify_pdf``).
Qt PDF, reportlab and pyHanko are imported only when this page is built or the work runs.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
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
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import ShequError
from db.periods import Period, parse_period
from db.timeutil import format_local, local_today
from desktop.common.i18n import label
from desktop.common.i18n import text as db_text
from desktop.common.page_parts import (
    ERROR_COLOUR,
    NEUTRAL_COLOUR,
    OK_COLOUR,
    WARNING_COLOUR,
    bold,
    framed_style,
    hint,
    plain_list,
)
from desktop.common.prompts import prompts
from desktop.common.tasks import BusyWork, Progress, TaskHandle, TaskRunner
from desktop.common.workspace import Workspace
from desktop.returns.pdf_drop import pdf_paths

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from db.models import ReturnSnapshot
    from db.returns.make import MadeReturn
    from db.returns.preflight import Preflight
    from db.returns.verify import Verification

CONTEXT = "ReturnsPage"
VERDICT_COLOURS = {
    "valid": OK_COLOUR,
    "tampered": ERROR_COLOUR,
    "untrusted": WARNING_COLOUR,
    "unsigned": NEUTRAL_COLOUR,
}
SNAPSHOT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
YEARS_OFFERED = 5

# The part of the year after the year itself: "" the whole year, "H1", "Q3", "-07".
RANGES: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("ReturnsPage", "全年")),
    ("H1", QT_TRANSLATE_NOOP("ReturnsPage", "上半年")),
    ("H2", QT_TRANSLATE_NOOP("ReturnsPage", "下半年")),
    ("Q1", QT_TRANSLATE_NOOP("ReturnsPage", "第一季度")),
    ("Q2", QT_TRANSLATE_NOOP("ReturnsPage", "第二季度")),
    ("Q3", QT_TRANSLATE_NOOP("ReturnsPage", "第三季度")),
    ("Q4", QT_TRANSLATE_NOOP("ReturnsPage", "第四季度")),
    ("-01", QT_TRANSLATE_NOOP("ReturnsPage", "1月")),
    ("-02", QT_TRANSLATE_NOOP("ReturnsPage", "2月")),
    ("-03", QT_TRANSLATE_NOOP("ReturnsPage", "3月")),
    ("-04", QT_TRANSLATE_NOOP("ReturnsPage", "4月")),
    ("-05", QT_TRANSLATE_NOOP("ReturnsPage", "5月")),
    ("-06", QT_TRANSLATE_NOOP("ReturnsPage", "6月")),
    ("-07", QT_TRANSLATE_NOOP("ReturnsPage", "7月")),
    ("-08", QT_TRANSLATE_NOOP("ReturnsPage", "8月")),
    ("-09", QT_TRANSLATE_NOOP("ReturnsPage", "9月")),
    ("-10", QT_TRANSLATE_NOOP("ReturnsPage", "10月")),
    ("-11", QT_TRANSLATE_NOOP("ReturnsPage", "11月")),
    ("-12", QT_TRANSLATE_NOOP("ReturnsPage", "12月")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# --- the background work (no widgets here) -----------------------------------------------


@dataclass
class CheckResult:
    """The pre-flight of a period, and what the page needs to know around it."""

    preflight: Preflight
    latest_version: int  # the period's newest signed version (0: none yet)


@dataclass
class Shown:
    """A PDF in the preview: the bytes to save, the bytes to show (signature stamps drawn in)."""

    pdf: bytes
    display: bytes
    title: str
    file_name: str


@dataclass
class VerifyResult:
    path: Path
    verification: Verification
    shown: Shown | None
    own_certificate: bool  # signed with this office's own key


def check_period(store: Any, office_code: str, period: Period) -> CheckResult:
    from db.returns.preflight import run_preflight
    from db.returns.snapshot import latest_signed

    with store.session() as session:
        preflight = run_preflight(session, period, office_code)
        latest = latest_signed(session, office_code, period.code)
    return CheckResult(preflight, latest.return_version if latest is not None else 0)


def _display_copy(pdf: bytes) -> bytes:
    from db.returns.display import with_signature_stamps

    return with_signature_stamps(pdf)


def verify_file(path: Path, data_dir: Path) -> VerifyResult:
    """Read and check ``path`` as ``shequ verify`` does on this data folder (the city's certificate,
    when installed, is the trust anchor); also tell whether it was signed with the office's own key."""
    from db.returns.errors import UnreadablePdf
    from db.returns.sign import KeyStore
    from db.returns.verify import UNSIGNED, load_trust_file, verify_pdf

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadablePdf(str(path), exc.strerror or str(exc)) from None
    keys = KeyStore(data_dir)
    # The same trust as ``shequ verify`` on this data folder: the city's certificate only, so the
    # app and the command line always give the same answer. The office's own (self-signed)
    # certificate is recognised to explain an "untrusted" answer, never to turn it into "valid".
    trust: list[bytes] = []
    if keys.city_ca_path.is_file():
        trust.extend(load_trust_file(keys.city_ca_path))
    own_subject = ""
    if keys.exists():
        from asn1crypto import x509 as asn1_x509
        from cryptography.hazmat.primitives import serialization

        own_der = keys.certificate().public_bytes(serialization.Encoding.DER)
        own_subject = asn1_x509.Certificate.load(own_der).subject.human_friendly
    result = verify_pdf(data, trust)
    own = bool(own_subject) and result.status != UNSIGNED and result.certificate_subject == own_subject
    shown = None
    if data.lstrip()[:5].startswith(b"%PDF-"):
        shown = Shown(data, _display_copy(data), path.name, path.name)
    return VerifyResult(path, result, shown, own)


# --- the page ------------------------------------------------------------------------------


class ReturnsPage(BusyWork, QWidget):
    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from desktop.common.pdf_view import PdfPreview

        self.workspace = workspace
        self.store = workspace.store
        self.runner = runner or TaskRunner(self)
        self.today = today or local_today()
        self.check: CheckResult | None = None
        self.shown: Shown | None = None
        self.verification: VerifyResult | None = None
        self.made: MadeReturn | None = None  # the return made last
        self.explanations: dict[str, str] = {}  # typed so far, by warning key (kept across re-checks)
        self.explanation_boxes: dict[str, QPlainTextEdit] = {}
        self._check_serial = 0
        self._check_handle: TaskHandle[Any] | None = None
        self._pending_verify: Path | None = None
        self._snapshots: dict[str, ReturnSnapshot] = {}
        self._save_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.setAcceptDrops(True)

        heading = QLabel(_t("报表"))
        bold(heading, 1.4)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_make_tab(), _t("生成与签署"))
        self.tabs.addTab(self._build_signed_tab(), _t("已签署的报表"))
        self.tabs.addTab(self._build_verify_tab(), _t("核验文件"))
        self.tabs.setMinimumWidth(420)

        self.preview = PdfPreview(_t("生成或打开一份报表后，在这里预览。\n也可以把报表 PDF 文件拖到这里核验。"))
        self.preview_title = QLabel()
        bold(self.preview_title)
        self.preview_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zoom_out_button = QPushButton(_t("缩小"))
        self.zoom_in_button = QPushButton(_t("放大"))
        self.fit_button = QPushButton(_t("适合宽度"))
        self.print_button = QPushButton(_t("打印…"))
        self.save_button = QPushButton(_t("另存为…"))
        self.zoom_out_button.clicked.connect(self.preview.zoom_out)
        self.zoom_in_button.clicked.connect(self.preview.zoom_in)
        self.fit_button.clicked.connect(self.preview.fit_width)
        self.print_button.clicked.connect(self.print_shown)
        self.save_button.clicked.connect(self.save_shown)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.print_button)
        tools.addWidget(self.save_button)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addLayout(tools)
        preview_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 640])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

        self._show_nothing()
        self.refresh_signed()
        self.run_check()

    # --- building ------------------------------------------------------------------------------

    def _build_make_tab(self) -> QWidget:
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(_t("年份"))
        for year in range(self.today.year, self.today.year - YEARS_OFFERED, -1):
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
        self.authority = QLineEdit()
        from db.returns.content import DEFAULT_AUTHORITY

        self.authority.setText(DEFAULT_AUTHORITY)
        self.authority.setAccessibleName(_t("制表机关"))
        self.correction_reason = QLineEdit()
        self.correction_reason.setAccessibleName(_t("更正原因"))
        self.correction_reason.setPlaceholderText(_t("例如：更正党费支持金额"))
        self.correction_note = hint()
        info_box = QGroupBox(_t("报表信息"))
        self.info_form = QFormLayout(info_box)
        self.info_form.addRow(_t("制表机关："), self.authority)
        self.info_form.addRow(_t("更正原因："), self.correction_reason)
        self.info_form.addRow(self.correction_note)
        self._show_correction(0)

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
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.make_scroll = scroll

        self.year_box.currentIndexChanged.connect(self._year_changed)
        self.range_box.currentIndexChanged.connect(self._range_changed)
        self.recheck_button.clicked.connect(self.run_check)
        self.draft_button.clicked.connect(self.make_draft)
        self.sign_button.clicked.connect(self.sign_return)
        return scroll

    def _build_signed_tab(self) -> QWidget:
        self.signed_list = plain_list(
            [_t("报告期"), _t("版本"), _t("状态"), _t("签署时间"), _t("SHA-256")], (96, 56, 58, 124)
        )
        self.signed_list.setAccessibleName(_t("已签署的报表"))
        self.open_signed_button = QPushButton(_t("打开"))
        self.open_signed_button.setEnabled(False)
        self.signed_empty = hint(_t("还没有签署过报表。"))
        row = QHBoxLayout()
        row.addWidget(self.signed_empty, 1)
        row.addWidget(self.open_signed_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            hint(_t("签署后的报表保存在数据文件夹中，不能修改；如需更正，请重新签署，生成新的版本。双击一行打开。"))
        )
        layout.addWidget(self.signed_list, 1)
        layout.addLayout(row)
        self.signed_list.itemSelectionChanged.connect(
            lambda: self.open_signed_button.setEnabled(bool(self.signed_list.selectedItems()))
        )
        self.signed_list.itemActivated.connect(
            lambda item, _column: self.open_snapshot(str(item.data(0, SNAPSHOT_ID_ROLE)))
        )
        self.open_signed_button.clicked.connect(self._open_selected)
        return tab

    def _build_verify_tab(self) -> QWidget:
        intro = hint(
            _t(
                "检查一份报表 PDF：是否完整、由谁签署、签署后有没有被改动。"
                "点下面的按钮选择文件，或直接把 PDF 文件拖到窗口中。"
            )
        )
        self.verify_button = QPushButton(_t("核验报表文件…"))
        self.verify_button.clicked.connect(self.choose_and_verify)
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

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addLayout(button_row)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        return tab

    # --- the period ----------------------------------------------------------------------------

    def _fill_ranges(self, keep: str) -> None:
        year = int(self.year_box.currentData())
        self.range_box.blockSignals(True)
        self.range_box.clear()
        for suffix, text in RANGES:
            period = parse_period(f"{year}{suffix}")
            if period.start <= self.today:
                self.range_box.addItem(QCoreApplication.translate(CONTEXT, str(text)), suffix)
                if suffix in ("", "H2"):
                    self.range_box.insertSeparator(self.range_box.count())
        self.range_box.setCurrentIndex(max(0, self.range_box.findData(keep)))
        self.range_box.blockSignals(False)

    def _year_changed(self, _index: int) -> None:
        self._fill_ranges(str(self.range_box.currentData() or ""))
        self._range_changed(0)

    def _range_changed(self, _index: int) -> None:
        self._say("")
        self.run_check()

    @property
    def period(self) -> Period:
        return parse_period(f"{self.year_box.currentData()}{self.range_box.currentData() or ''}")

    def set_period(self, code: str) -> None:
        """Choose the period ``code`` (``2026``, ``2026H1``, ``2026Q3``, ``2026-07``)."""
        period = parse_period(code)
        suffix = period.code[4:]
        self.year_box.blockSignals(True)
        self.year_box.setCurrentIndex(self.year_box.findData(period.year))
        self.year_box.blockSignals(False)
        self._fill_ranges(suffix)
        self._range_changed(0)

    # --- background work -------------------------------------------------------------------

    def _show_cancelled(self) -> None:
        self._say(_t("已取消。"), NEUTRAL_COLOUR)

    def _task_ended(self) -> None:
        self._start_pending()

    def _start_pending(self) -> None:
        if not self.busy and self._pending_verify is not None:
            path, self._pending_verify = self._pending_verify, None
            self.verify_file(path)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ShequError):
            self._say(str(exc), ERROR_COLOUR)
            prompts().error(self, _t("报表"), str(exc))
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)  # a bug: the crash dialog and the log

    def _say(self, text: str, colour: str = OK_COLOUR) -> None:
        self.make_message.setStyleSheet(f"color: {colour};")
        self.make_message.setText(text)

    def _update_buttons(self) -> None:
        idle = not self.busy
        ready = idle and self.check is not None and self.check.preflight.ok
        self.draft_button.setEnabled(ready)
        self.sign_button.setEnabled(ready)
        self.recheck_button.setEnabled(idle)
        self.verify_button.setEnabled(idle)
        self.open_signed_button.setEnabled(idle and bool(self.signed_list.selectedItems()))
        has_pdf = self.shown is not None and self.preview.page_count > 0
        for button in (self.print_button, self.save_button, self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(idle and has_pdf)

    # --- pre-flight ------------------------------------------------------------------------------

    def run_check(self) -> None:
        """Check the chosen period again (after data was corrected, or another period chosen)."""
        period = self.period
        self._check_serial += 1
        serial = self._check_serial
        self.check = None
        self.check_status.setStyleSheet("")
        self.check_status.setText(_t("正在检查{0}的台账…").format(period.label))
        store, office = self.store, self.workspace.office_code

        def work(progress: Progress) -> CheckResult:
            result = check_period(store, office, period)
            progress.check()  # superseded by a later check meanwhile
            return result

        def arrived(result: CheckResult) -> None:
            if serial == self._check_serial:
                self._show_check(result)

        def cancelled() -> None:
            if serial == self._check_serial:
                self.check_status.setText(_t("检查已取消。点“重新检查”再查一次。"))

        if self._check_handle is not None:
            self._check_handle.cancel()
        self._check_handle = self._run(work, arrived, _t("正在检查台账…"), on_cancel=cancelled)

    def _clear_layout(self, layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def _show_check(self, result: CheckResult) -> None:
        self.check = result
        preflight = result.preflight
        period = preflight.period
        self._clear_layout(self.errors_layout)
        self._clear_layout(self.warnings_layout)
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
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
            box.setPlainText(self.explanations.get(warning.key, ""))
            box.textChanged.connect(lambda key=warning.key, widget=box: self._explained(key, widget))
            self.warnings_layout.addWidget(sentence)
            self.warnings_layout.addWidget(box)
            self.explanation_boxes[warning.key] = box
        self.warnings_box.setVisible(bool(preflight.warnings))

        if preflight.errors:
            self.check_status.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.check_status.setText(
                _t("{0}：有 {1} 个错误必须先改正，暂时不能生成报表。").format(period.label, len(preflight.errors))
            )
        elif preflight.warnings:
            self.check_status.setStyleSheet(f"color: {WARNING_COLOUR};")
            self.check_status.setText(
                _t("{0}：没有必须改正的错误；有 {1} 条提醒，每条都要写明说明。").format(
                    period.label, len(preflight.warnings)
                )
            )
        else:
            self.check_status.setStyleSheet(f"color: {OK_COLOUR};")
            self.check_status.setText(_t("{0}：检查通过，可以生成报表。").format(period.label))
        self._show_correction(result.latest_version)
        self._update_buttons()

    def _explained(self, key: str, box: QPlainTextEdit) -> None:
        self.explanations[key] = box.toPlainText()
        if box.toPlainText().strip():
            box.setStyleSheet("")
        if self.make_message.text() and self.missing_explanations() == []:
            self._say("")

    def _show_correction(self, latest_version: int) -> None:
        correcting = latest_version > 0
        self.info_form.setRowVisible(self.correction_reason, correcting)
        self.correction_note.setVisible(correcting)
        if correcting:
            self.correction_note.setText(
                _t(
                    "本报告期已签署第 {0} 版。再次签署将生成第 {1} 版（更正），报表会列出改动之处；请写明更正原因。"
                ).format(latest_version, latest_version + 1)
            )

    def missing_explanations(self) -> list[str]:
        """The keys of the warnings without an explanation yet."""
        if self.check is None:
            return []
        return [w.key for w in self.check.preflight.warnings if not self.explanations.get(w.key, "").strip()]

    def _ready_to_make(self, signing: bool) -> bool:
        if self.check is None or self.busy:
            return False
        if not self.check.preflight.ok:
            self._say(_t("有必须改正的错误，报表没有生成。请先在台账中改正，再点“重新检查”。"), ERROR_COLOUR)
            return False
        missing = self.missing_explanations()
        if missing:
            for key in missing:
                self.explanation_boxes[key].setStyleSheet(f"QPlainTextEdit {{ border: 2px solid {ERROR_COLOUR}; }}")
            first = self.explanation_boxes[missing[0]]
            first.setFocus()
            self.make_scroll.ensureWidgetVisible(first)
            self._say(
                _t("还有 {0} 条提醒没有写说明，报表没有生成。请在标红的框里逐条写明原因，再生成报表。").format(
                    len(missing)
                ),
                ERROR_COLOUR,
            )
            return False
        if signing and self.check.latest_version and not self.correction_reason.text().strip():
            self.correction_reason.setFocus()
            self._say(_t("这是更正版本，请先写明更正原因，再签署。"), ERROR_COLOUR)
            return False
        return True

    # --- making and signing ----------------------------------------------------------------

    def make_draft(self) -> None:
        """生成报表: a draft (not signed, not stored), shown in the preview."""
        if self._ready_to_make(signing=False):
            self._start_make(sign=False, passphrase=None)

    def sign_return(self) -> None:
        """签署报表: asks for the passphrase, then signs and stores the return."""
        if not self._ready_to_make(signing=True):
            return
        from db.returns.sign import KeyStore

        first_time = not KeyStore(self.store.data_dir).exists()
        passphrase = prompts().ask_passphrase(self, first_time=first_time)
        if passphrase is None:
            return
        self._start_make(sign=True, passphrase=passphrase)

    def _start_make(self, *, sign: bool, passphrase: str | None) -> None:
        from db.returns.make import ReturnRequest

        assert self.check is not None
        period = self.check.preflight.period
        explanations = {w.key: self.explanations.get(w.key, "").strip() for w in self.check.preflight.warnings}
        request = ReturnRequest(
            period=period,
            sign=sign,
            passphrase=passphrase,
            explanations=explanations,
            correction_reason=self.correction_reason.text().strip() if sign else "",
            authority=self.authority.text().strip(),
        )
        store, actor = self.store, self.workspace.actor

        def work(progress: Progress) -> tuple[MadeReturn, bytes]:
            from db.returns.make import make_return

            made = make_return(store, request, actor)
            if not sign:
                progress.check()  # a draft may be dropped; a signed return is stored already
            return made, _display_copy(made.pdf) if made.signed else made.pdf

        self._say(_t("正在签署报表…") if sign else _t("正在生成报表…"), NEUTRAL_COLOUR)
        self._run(
            work,
            self._made,
            _t("正在签署报表…") if sign else _t("正在生成报表…"),
            cancellable=not sign,
            on_error=self._make_failed,
        )

    def _make_failed(self, exc: BaseException) -> None:
        from db.returns.errors import MissingExplanations, ReturnBlocked

        if isinstance(exc, (MissingExplanations, ReturnBlocked)):  # the ledgers changed since the check
            self.run_check()
            self._say(
                _t("台账在检查之后有了变化，报表没有生成。请看更新后的检查结果，写好说明或改正错误后再试。"),
                ERROR_COLOUR,
            )
            return
        self._show_error(exc)

    def _made(self, result: tuple[MadeReturn, bytes]) -> None:
        made, display = result
        period, office_name = made.content.period, self.workspace.office_name
        if made.signed:
            title = _t("已签署：{0}报表 第 {1} 版").format(period.label, made.version)
            name = _t("{0}{1}报表（第{2}版）.pdf").format(office_name, period.label, made.version)
        else:
            title = _t("草稿（未签署）：{0}报表").format(period.label)
            name = _t("{0}{1}报表（草稿）.pdf").format(office_name, period.label)
        self.made = made
        self.show_pdf(Shown(made.pdf, display, title, name))
        pages = self.preview.page_count
        if made.signed:
            text = _t(
                "已签署并保存{0}报表第 {1} 版（共 {2} 页）。可以打印、另存为，或在“已签署的报表”中再次打开。"
            ).format(made.content.period.label, made.version, pages)
            if made.key_created:
                text += "\n" + _t("已为本社区生成签名密钥和自签名证书（保存在数据文件夹的 keys 中，由口令加密）。")
            if made.content.self_signed:
                text += "\n" + _t("市委组织部尚未为本社区颁发证书，本报表以自签名证书签署，报表中已注明。")
            self._say(text, OK_COLOUR)
            self.refresh_signed()
            self.run_check()  # the next signature is a correction now
        else:
            self._say(
                _t("已生成{0}报表草稿（共 {1} 页，未签署）。正式报送前请签署。").format(
                    made.content.period.label, pages
                ),
                OK_COLOUR,
            )

    # --- the preview -----------------------------------------------------------------------

    def _show_nothing(self) -> None:
        self.shown = None
        self.preview_title.setText(_t("预览"))
        self._update_buttons()

    def show_pdf(self, shown: Shown) -> int:
        """Show ``shown`` in the preview; its page count."""
        self.shown = shown
        pages = self.preview.load(shown.display)
        if pages:
            self.preview_title.setText(_t("{0}（共 {1} 页）").format(shown.title, pages))
        else:
            self.preview_title.setText(shown.title)
        self._update_buttons()
        return pages

    def print_to(self, printer: QPrinter) -> int:
        """Print the PDF shown (signature stamps drawn in) on ``printer``; the pages printed."""
        from desktop.common.pdf_view import print_document

        return print_document(self.preview.document, printer)

    def print_shown(self) -> None:
        """打印…: Qt's print dialog, then the pages at the printer's resolution."""
        if self.shown is None or not self.preview.page_count:
            return
        from desktop.common.pdf_view import print_preview

        pages = print_preview(
            self,
            self.preview,
            self.shown.file_name,
            error_title=_t("打印报表"),
            dialog_title=_t("打印报表"),
            print_to=self.print_to,
        )
        if pages is not None:
            self._say(_t("已送往打印机：{0} 页。").format(pages), OK_COLOUR)

    def save_shown(self) -> None:
        """另存为…: the original PDF (as signed) written where the person chooses."""
        if self.shown is None:
            return
        from desktop.common.pdf_view import save_pdf

        title = _t("另存报表")
        target = save_pdf(
            self,
            self.shown.pdf,
            title=title,
            folder=self._save_folder,
            file_name=self.shown.file_name,
            failed=lambda text: prompts().error(self, title, text),
        )
        if target is None:
            return
        self._save_folder = str(target.parent)
        self._say(_t("已保存：{0}").format(target), OK_COLOUR)

    # --- the signed returns ----------------------------------------------------------------

    def refresh_signed(self) -> None:
        """Read the list of the office's signed returns again."""
        from db.enums import ReturnState
        from db.exchange.acks import returned_reason
        from db.returns.snapshot import office_signed_returns

        with self.store.session() as session:
            snapshots = office_signed_returns(session, self.workspace.office_code)
            sent_back = {
                snapshot.id: returned_reason(session, snapshot) or ""
                for snapshot in snapshots
                if snapshot.state == ReturnState.RETURNED.value
            }
        self._snapshots = {snapshot.id: snapshot for snapshot in snapshots}
        self.signed_list.clear()
        for snapshot in snapshots:
            try:
                period_text = parse_period(snapshot.period_code).label
            except ShequError:
                period_text = snapshot.period_code
            item = QTreeWidgetItem(
                [
                    period_text,
                    _t("第 {0} 版").format(snapshot.return_version),
                    label(ReturnState.label_of(snapshot.state)),
                    format_local(snapshot.signed_at),
                    snapshot.pdf_sha256[:10],
                ]
            )
            item.setData(0, SNAPSHOT_ID_ROLE, snapshot.id)
            item.setToolTip(4, snapshot.pdf_sha256)
            item.setToolTip(0, _t("签名人：{0}").format(snapshot.signer))
            if snapshot.id in sent_back:  # the city's reason, as the 数据交换 page shows it too
                item.setToolTip(2, _t("市级退回原因：{0}").format(sent_back[snapshot.id]))
                item.setForeground(2, QBrush(QColor(ERROR_COLOUR)))
            self.signed_list.addTopLevelItem(item)
        self.signed_empty.setText(_t("共 {0} 份。").format(len(snapshots)) if snapshots else _t("还没有签署过报表。"))

    def _open_selected(self) -> None:
        items = self.signed_list.selectedItems()
        if items:
            self.open_snapshot(str(items[0].data(0, SNAPSHOT_ID_ROLE)))

    def open_snapshot(self, snapshot_id: str) -> None:
        """Show a stored signed return (checked against its SHA-256)."""
        snapshot = self._snapshots.get(snapshot_id)
        if snapshot is None or self.busy:
            return
        from db.returns.snapshot import snapshot_pdf

        data_dir = self.store.data_dir
        period_text = parse_period(snapshot.period_code).label
        title = _t("已签署：{0}报表 第 {1} 版").format(period_text, snapshot.return_version)
        name = _t("{0}{1}报表（第{2}版）.pdf").format(self.workspace.office_name, period_text, snapshot.return_version)

        def work(progress: Progress) -> Shown:
            pdf = snapshot_pdf(data_dir, snapshot)
            return Shown(pdf, _display_copy(pdf), title, name)

        self._run(work, self.show_pdf, _t("正在打开报表…"))

    # --- verifying -------------------------------------------------------------------------

    def choose_and_verify(self) -> None:
        """核验报表文件…: choose a PDF and check it."""
        path = prompts().open_file(self, _t("选择要核验的报表文件"), self._save_folder, _t("PDF 文件 (*.pdf)"))
        if path is not None:
            self.verify_file(path)

    def verify_file(self, path: Path) -> None:
        """Check ``path`` in the background and show the answer (and the file)."""
        self.tabs.setCurrentIndex(2)
        if self.busy:  # after the work under way (a file dropped while the period is checked)
            self._pending_verify = path
            self.verdict_heading.setText(_t("稍后核验：{0}").format(path.name))
            self.verdict.show()
            return
        data_dir = self.store.data_dir

        def work(progress: Progress) -> VerifyResult:
            return verify_file(path, data_dir)

        self.verdict_heading.setText(_t("正在核验…"))
        self._run(work, self._verified, _t("正在核验报表文件…"), on_error=self._verify_failed)

    def _verify_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ShequError):
            self._show_error(exc)
            return
        self.verification = None
        self._show_verdict(ERROR_COLOUR, _t("无法核验"), str(exc), [])

    def _verified(self, result: VerifyResult) -> None:
        from db.returns.verify import TAMPERED, UNSIGNED, UNTRUSTED, VALID

        self.verification = result
        check = result.verification
        headings = {
            VALID: _t("✔ 有效：签名可信，签署后没有被改动"),
            TAMPERED: _t("✘ 无效：文件已被改动或已损坏"),
            UNTRUSTED: _t("！已签名，但签名证书不受信任"),
            UNSIGNED: _t("未签名：这个文件没有电子签名"),
        }
        if check.status == UNTRUSTED and result.own_certificate:
            text = _t(
                "这份报表由本社区的签名密钥签署，签署后没有被改动；但证书还是本社区自签的，"
                "要等市委组织部颁发证书后，才能被认定为可信。"
            )
        elif check.status == VALID:
            text = _t("这份报表的签名证书由市委组织部颁发，内容与签署时完全一致。")
        elif check.status == TAMPERED:
            text = _t("这份文件在签署之后被改动过，或者文件已损坏，不能作为正式报表。请向报送单位重新索取。")
        elif check.status == UNTRUSTED:
            text = _t("文件签署后没有被改动，但签名证书既不是市委组织部颁发的，也不是本社区自己的，无法确认由谁签署。")
        else:
            text = _t("这可能是草稿或打印前导出的文件。正式报送的报表必须签署。")
        rows: list[tuple[str, str]] = [(_t("文件："), str(result.path))]
        if check.signer:
            rows.append((_t("签名人："), check.signer))
        if check.signed_at is not None:
            rows.append((_t("签署时间："), _t("{0}（北京时间）").format(format_local(check.signed_at))))
        if check.office_name or check.office_code:
            rows.append((_t("填报单位："), f"{check.office_name}（{check.office_code}）"))
        if check.period:
            try:
                period_text = parse_period(check.period).label
            except ShequError:
                period_text = check.period
            version = _t("，第 {0} 版").format(check.version) if check.version else ""
            rows.append((_t("报告期："), period_text + version))
        if result.own_certificate:
            rows.append((_t("证书："), _t("本社区的签名证书")))
        elif check.certificate_subject:
            rows.append((_t("证书："), check.certificate_subject))
        if check.reason and check.status != VALID:
            rows.append((_t("原因："), check.reason))
        self._show_verdict(VERDICT_COLOURS[check.status], headings[check.status], text, rows)
        if result.shown is not None:
            result.shown.title = _t("核验的文件：{0}").format(result.path.name)
            self.show_pdf(result.shown)

    def _show_verdict(self, colour: str, heading: str, text: str, rows: list[tuple[str, str]]) -> None:
        self.verdict.setStyleSheet(framed_style("verdict", colour, "white"))
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

    # --- dropping a PDF --------------------------------------------------------------------

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
        self.verify_file(paths[0])
