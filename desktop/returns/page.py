"""报表: make, sign, look at, print, save and verify the office's returns.

On the left, three tabs: 生成与签署 (:mod:`.make_tab`: the period, the pre-flight — blocking
errors, warnings each with a box for the written explanation —, the 制表机关, then 生成报表 for a
draft or 签署报表 for the signed return), 已签署的报表 (:mod:`.signed_tab`: the office's stored signed
returns and their states) and 核验文件 (:mod:`.verify_tab`: is a return's PDF intact, signed,
trusted; a PDF dropped onto the window lands here). On the right, the PDF shown (:mod:`.preview_pane`)
with 打印… and 另存为….

The page keeps its state in plain Python (:mod:`.state`) and its words in :mod:`.texts`; checking,
making, signing, opening and verifying run in the background (:mod:`desktop.common.tasks`), the work
itself is :mod:`db.returns`. It reads again what a change published on the window's
:class:`~desktop.common.changes.ChangeHub` touches (hidden: when next shown), and publishes what
signing changed. Qt PDF, reportlab and pyHanko load only when this page is built or the work runs.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QTreeWidget, QVBoxLayout, QWidget

from db.changes import Changes
from db.errors import ShequError
from db.periods import Period
from db.timeutil import local_today
from desktop.common.changes import ChangeHub, StaleGuard
from desktop.common.i18n import period_label
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, bold
from desktop.common.processes import run_in_process
from desktop.common.prompts import PDF, prompts
from desktop.common.tasks import BusyWork, Progress, TaskHandle, TaskRunner
from desktop.common.text_size import follow_font, text_width
from desktop.common.workspace import Workspace
from desktop.returns import preload, texts
from desktop.returns.make_tab import MakeTab
from desktop.returns.pdf_drop import PdfDropTarget
from desktop.returns.preview_pane import PreviewPane
from desktop.returns.signed_tab import SignedTab
from desktop.returns.state import (
    NO_REASON,
    UNEXPLAINED,
    CheckResult,
    MakeState,
    Reload,
    Shown,
    SignedReturns,
    check_period,
    check_period_in,
    display_copy,
    load_signed,
    made_changes,
    make_to_show,
    reload_for,
    verify_file,
)
from desktop.returns.texts import _t
from desktop.returns.verify_tab import VerifyTab

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from db.returns.make import MadeReturn
    from db.returns.verify import Verdict

MAKE_TAB, SIGNED_TAB, VERIFY_TAB = range(3)


class ReturnsPage(BusyWork, PdfDropTarget):
    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
        *,
        hub: ChangeHub,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store = workspace.store
        self.hub = hub
        self.runner = runner or TaskRunner(self)
        self.today = today or local_today()
        self.state = MakeState()
        self.signed = SignedReturns()
        self.verification: Verdict | None = None  # the file verified last
        self.made: MadeReturn | None = None  # the return made last
        self._check_serial = 0
        self._check_handle: TaskHandle[Any] | None = None
        self._pending_verify: Path | None = None
        self._stale = Reload()
        self._guard = StaleGuard(self, self._reload_stale)
        self.setAcceptDrops(True)

        heading = QLabel(_t("报表"))
        bold(heading, 1.4)
        self.make_tab = MakeTab(self.today, self._explained)
        self.signed_tab = SignedTab()
        self.verify_tab = VerifyTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.make_tab, _t("生成与签署"))
        self.tabs.addTab(self.signed_tab, _t("已签署的报表"))
        self.tabs.addTab(self.verify_tab, _t("核验文件"))
        follow_font(self.tabs, lambda: self.tabs.setMinimumWidth(text_width(self.tabs, 22)))  # 293 px at 100 %
        self.pane = PreviewPane()
        self.preview = self.pane.preview

        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([text_width(self.tabs, 35), text_width(self.tabs, 48)])  # 460 : 640 px at 100 %
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

        self.make_tab.period_changed.connect(self._period_changed)
        self.make_tab.recheck_button.clicked.connect(self.run_check)
        self.make_tab.draft_button.clicked.connect(self.make_draft)
        self.make_tab.sign_button.clicked.connect(self.sign_return)
        self.signed_tab.open_requested.connect(self.open_snapshot)
        self.verify_tab.verify_button.clicked.connect(self.choose_and_verify)
        self.pane.print_button.clicked.connect(self.print_shown)
        self.pane.print_preview_button.clicked.connect(self.preview_shown)
        self.pane.save_button.clicked.connect(self.save_shown)
        hub.changed.connect(self._changed)
        hub.operator_changed.connect(self.run_check)  # the signature block offers who makes the return

        self._update_buttons()
        self._load_signed()
        self.run_check()
        preload.start()  # pyHanko on a background thread: the first signature need not wait for it

    # --- what others read ----------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return self.make_tab.period

    def set_period(self, code: str) -> None:
        """Choose the period ``code`` (``2026``, ``2026H1``, ``2026Q3``, ``2026-07``) and check it."""
        self.make_tab.set_period(code)

    @property
    def check(self) -> CheckResult | None:
        return self.state.check

    @property
    def explanations(self) -> dict[str, str]:
        return self.state.explanations

    @property
    def shown(self) -> Shown | None:
        return self.pane.shown

    @property
    def signed_list(self) -> QTreeWidget:
        return self.signed_tab.signed_list

    # --- changes published on the window's hub ---------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        stale = reload_for(changes, self.period.code)
        if stale:
            self._stale = self._stale | stale
            self._guard.touch()

    def _reload_stale(self) -> None:
        stale, self._stale = self._stale, Reload()
        if stale.signed:
            self._load_signed()
        if stale.check:
            self.run_check()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._guard.shown()

    # --- background work ---------------------------------------------------------------------

    def _show_cancelled(self) -> None:
        self._say(_t("已取消。"), NEUTRAL_COLOUR)

    def _task_ended(self) -> None:
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
        self.make_tab.say(text, colour)

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.make_tab.update_buttons(idle=idle, ready=self.state.ready)
        self.verify_tab.verify_button.setEnabled(idle)
        self.signed_tab.set_idle(idle)
        self.pane.update_buttons(idle)

    # --- the pre-flight ------------------------------------------------------------------------

    def _period_changed(self) -> None:
        self._say("")
        self.run_check()

    def run_check(self) -> None:
        """Check the chosen period again (after data was corrected, or another period chosen)."""
        period = self.period
        self._check_serial += 1
        serial = self._check_serial
        self.state.check = None
        self.make_tab.show_checking(_t("正在检查{0}的台账…").format(period_label(period)))
        store, office, operator = self.store, self.workspace.office_code, self.workspace.operator_id

        database = getattr(store, "db_path", None)

        def work(progress: Progress) -> CheckResult:
            if database is not None:  # the whole office's validation: in the helper process
                result = run_in_process(check_period_in, database, office, period, operator)
            else:
                result = check_period(store, office, period, operator)
            progress.check()  # superseded by a later check meanwhile
            return result

        def arrived(result: CheckResult) -> None:
            if serial == self._check_serial:
                self.state.check = result
                self.make_tab.show_check(result, self.state.explanations)
                self._update_buttons()

        def cancelled() -> None:
            if serial == self._check_serial:
                self.make_tab.show_checking(_t("检查已取消。点“重新检查”再查一次。"))

        if self._check_handle is not None:
            self._check_handle.cancel()
        self._check_handle = self._run(work, arrived, _t("正在检查台账…"), on_cancel=cancelled)

    def _explained(self, key: str, text: str) -> None:
        self.state.explanations[key] = text
        if self.make_tab.make_message.text() and self.state.missing_explanations() == []:
            self._say("")

    # --- making and signing ------------------------------------------------------------------

    def _ready_to_make(self, signing: bool) -> bool:
        if self.state.check is None or self.busy:
            return False
        reason = self.make_tab.correction_reason
        problem = self.state.problem(signing=signing, correction_reason=reason.text())
        if problem is None:
            return True
        if problem.kind == UNEXPLAINED:
            self.make_tab.mark_missing(problem.missing)
        elif problem.kind == NO_REASON:
            reason.setFocus()
        self._say(texts.problem_text(problem), ERROR_COLOUR)
        return False

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
        request = self.state.request(
            sign=sign,
            passphrase=passphrase,
            correction_reason=self.make_tab.correction_reason.text() if sign else "",
            authority=self.make_tab.authority.text(),
            signatories=self.make_tab.signatories(),
        )
        store, actor = self.store, self.workspace.actor

        def work(progress: Progress) -> tuple[MadeReturn, bytes]:
            preload.wait()  # never two threads importing pyHanko at once
            return make_to_show(store, request, actor, progress)

        self._say(texts.working_text(sign), NEUTRAL_COLOUR)
        self._run(work, self._made, texts.working_text(sign), cancellable=not sign, on_error=self._make_failed)

    def _make_failed(self, exc: BaseException) -> None:
        from db.returns.errors import MissingExplanations, ReturnBlocked

        if isinstance(exc, (MissingExplanations, ReturnBlocked)):  # the ledgers changed since the check
            self.run_check()
            self._say(texts.ledgers_changed_text(), ERROR_COLOUR)
            return
        self._show_error(exc)

    def _made(self, result: tuple[MadeReturn, bytes]) -> None:
        made, display = result
        self.made = made
        title, name = texts.made_title_and_name(made, self.workspace.office_name)
        self.show_pdf(Shown(made.pdf, display, title, name))
        self._say(texts.made_message(made, self.preview.page_count), OK_COLOUR)
        if made.signed:  # every page showing returns reads them again; this one re-checks the period
            self.hub.publish(made_changes(made))

    # --- the preview -------------------------------------------------------------------------

    def show_pdf(self, shown: Shown) -> None:
        """Show ``shown`` in the preview."""
        self.pane.show_pdf(shown)
        self._update_buttons()

    def print_to(self, printer: QPrinter) -> int:
        """Print the PDF shown (signature stamps drawn in) on ``printer``; the pages printed."""
        return self.pane.print_to(printer)

    def print_shown(self) -> None:
        """打印…: Qt's print dialog, then the pages at the printer's resolution."""
        pages = self.pane.print_shown()
        if pages is not None:
            self._say(_t("已送往打印机：{0} 页。").format(pages), OK_COLOUR)

    def preview_shown(self) -> None:
        """打印预览…: Qt's print preview of the PDF shown (A4, true scale); 打印 there prints it."""
        pages = self.pane.preview_shown()
        if pages is not None:
            self._say(_t("已送往打印机：{0} 页。").format(pages), OK_COLOUR)

    def save_shown(self) -> None:
        """另存为…: the original PDF (as signed) written where the person chooses."""
        target = self.pane.save_shown()
        if target is not None:
            self._say(_t("已保存：{0}").format(target), OK_COLOUR)

    # --- the signed returns ------------------------------------------------------------------

    def _load_signed(self) -> None:
        """Read the list of the office's signed returns (and their states) again."""
        self.signed = load_signed(self.store, self.workspace.office_code)
        self.signed_tab.show_returns(self.signed)

    def open_snapshot(self, snapshot_id: str) -> None:
        """Show a stored signed return (checked against its SHA-256)."""
        snapshot = self.signed.get(snapshot_id)
        if snapshot is None or self.busy:
            return
        from db.returns.snapshot import snapshot_pdf

        data_dir = self.store.data_dir
        title = texts.signed_title(snapshot.period_code, snapshot.return_version)
        name = texts.signed_file_name(self.workspace.office_name, snapshot.period_code, snapshot.return_version)

        def work(progress: Progress) -> Shown:
            pdf = snapshot_pdf(data_dir, snapshot)
            return Shown(pdf, display_copy(pdf), title, name)

        self._run(work, self.show_pdf, _t("正在打开报表…"))

    # --- verifying ---------------------------------------------------------------------------

    def choose_and_verify(self) -> None:
        """核验报表文件…: choose a PDF and check it."""
        path = prompts().open_file(self, _t("选择要核验的报表文件"), None, _t("PDF 文件 (*.pdf)"), purpose=PDF)
        if path is not None:
            self.verify_file(path)

    def verify_file(self, path: Path) -> None:
        """Check ``path`` in the background and show the answer (and the file)."""
        self.tabs.setCurrentIndex(VERIFY_TAB)
        if self.busy:  # after the work under way (a file dropped while the period is checked)
            self._pending_verify = path
            self.verify_tab.show_waiting(_t("稍后核验：{0}").format(path.name))
            return
        data_dir = self.store.data_dir

        def work(progress: Progress) -> tuple[Verdict, bytes | None]:
            preload.wait()
            return verify_file(path, data_dir)

        self.verify_tab.show_waiting(_t("正在核验…"), show=False)
        self._run(work, self._verified, _t("正在核验报表文件…"), on_error=self._verify_failed)

    def _verify_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ShequError):
            self._show_error(exc)
            return
        self.verification = None
        self.verify_tab.show_failure(str(exc))

    def _verified(self, result: tuple[Verdict, bytes | None]) -> None:
        verdict, display = result
        self.verification = verdict
        self.verify_tab.show_verdict(verdict)
        if display is not None:
            name = verdict.path.name
            self.show_pdf(Shown(verdict.data, display, _t("核验的文件：{0}").format(name), name))

    def pdf_dropped(self, path: Path) -> None:
        self.verify_file(path)
