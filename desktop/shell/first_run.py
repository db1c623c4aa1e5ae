"""The first start: a short wizard instead of an error when the data folder has no office yet.

Page 1 asks what to do: set up our own community's ledgers, or open the demo community.
For our own: the office profile (the 12-digit code is checked as it is typed, with the
messages of :func:`db.validation.validate_values`), then the first administrator; Finish
writes them with :func:`db.office.create_office`. For the demo: :func:`db.demo.build_demo`
runs in the background (:class:`desktop.common.tasks.TaskRunner`) with a progress bar on the page.

Keyboard: Enter goes to the next page (or finishes), Esc cancels; nothing is written before
the last step. The pages are in :mod:`desktop.shell.first_run_pages`, their checks in
:mod:`desktop.shell.first_run_checks`; this module is the wizard, which does the writing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget, QWizard

from db.errors import ShequError
from db.store import Store, open_store
from desktop.common.manual import add_help_button
from desktop.common.tasks import Progress, TaskRunner
from desktop.common.window_size import keep_minimum_size
from desktop.shell import first_run_pages as pages
from desktop.shell.first_run_pages import AdminPage, ChoicePage, DemoPage, OfficePage

CONTEXT = "FirstRun"
NEVER_MS = 2**31 - 1  # the demo page shows its own progress bar, so the task's dialog never pops up


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class FirstRunWizard(QWizard):
    """Set up the data folder. After ``accept()``, :attr:`store` is open and has an office;
    :attr:`admin_id` is the administrator just created (None for the demo). When the wizard is
    cancelled, :attr:`store` is whatever was opened so far (the caller closes it)."""

    PAGE_CHOICE = pages.PAGE_CHOICE
    PAGE_OFFICE = pages.PAGE_OFFICE
    PAGE_ADMIN = pages.PAGE_ADMIN
    PAGE_DEMO = pages.PAGE_DEMO

    def __init__(
        self,
        data_dir: Path,
        store: Store | None = None,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.store = store
        self.admin_id: str | None = None
        self.busy = False
        self.runner = runner or TaskRunner(self)
        self.setWindowTitle(_t("第一次使用"))  # Qt adds " — 社区台账"
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, _t("上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.NextButton, _t("下一步(&N)"))
        self.setButtonText(QWizard.WizardButton.CommitButton, _t("生成演示数据(&N)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("完成(&F)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _t("取消"))
        add_help_button(self, {self.PAGE_OFFICE: "first-run-office", self.PAGE_ADMIN: "first-run-admin"}, "first-run")
        self.choice_page = ChoicePage(data_dir)
        self.office_page = OfficePage()
        self.admin_page = AdminPage(self.create_office)
        self.demo_page = DemoPage(self.build_demo)
        self.setPage(self.PAGE_CHOICE, self.choice_page)
        self.setPage(self.PAGE_OFFICE, self.office_page)
        self.setPage(self.PAGE_ADMIN, self.admin_page)
        self.setPage(self.PAGE_DEMO, self.demo_page)
        self.setStartId(self.PAGE_CHOICE)
        keep_minimum_size(self, 640, 480)  # px at the standard text size: larger with 设置 ▸ 字号

    def _open(self) -> Store:
        if self.store is None:
            self.store = open_store(self.data_dir, create=True)
        return self.store

    def create_office(self, admin_name: str, admin_password: str) -> None:
        """Write the office, its standards and the first administrator (Finish on page 3)."""
        from db.office import checked_setup_values, create_office
        from db.operators import active_operators

        setup = self.office_page.setup()
        checked_setup_values(setup)  # nothing is made on disk for values that will be refused
        store = self._open()
        create_office(store, setup, admin_name=admin_name, admin_password=admin_password or None)
        with store.session() as session:
            admins = [op for op in active_operators(session) if op.name == admin_name.strip()]
        self.admin_id = admins[0].id if admins else None

    def build_demo(self, page: DemoPage) -> None:
        """Build the demo office in the background; the page shows progress and the outcome."""
        from db.demo import build_demo

        try:
            store = self._open()
        except ShequError as exc:
            page.failed(str(exc))
            return
        relay = page.relay

        def work(progress: Progress) -> int:
            def report(done: int, total: int) -> None:
                progress.check()  # a cancel rolls the whole demo back
                relay.progressed.emit(done, total)

            counts = build_demo(store, progress=report)
            return sum(counts.values())

        def succeeded(records: int) -> None:
            self._set_busy(False)
            page.finished(records)
            self.button(QWizard.WizardButton.FinishButton).setFocus()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if not isinstance(exc, ShequError):
                raise exc
            page.failed(str(exc))

        self._set_busy(True)
        self.runner.run(
            work,
            on_success=succeeded,
            on_error=failed,
            on_cancel=lambda: self._set_busy(False),
            parent_widget=self,
            title=_t("正在生成演示数据"),
            show_after_ms=NEVER_MS,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)

    def reject(self) -> None:
        if self.busy:  # the demo is being written; it takes a moment
            return
        super().reject()
