"""文件 ▸ 从 Excel 导入…: an office's own workbook (or CSV file) into a ledger, in four steps.

1. **选择文件** (:mod:`desktop.sheets.file_page`) — a ``.xlsx`` or ``.csv`` file and, for a workbook of
   several sheets, which one. Next reads the file in the background (:func:`db.sheets.plan_import`).
2. **台账类型和列的对应** (:mod:`desktop.sheets.mapping_page`) — the ledger guessed from the headers and
   the field each column fills (:class:`db.sheets.ColumnMapping`). Next builds the preview in the
   background (:func:`db.sheets.build_preview`).
3. **预览** (:mod:`desktop.sheets.preview_page`, the table model in :mod:`desktop.sheets.preview_model`)
   — every row with what the import does with it; skip rows, correct cells. 导入 writes the good
   rows in one transaction in the background (:func:`db.sheets.commit_preview`; the audit log's
   reason names the file) and remembers the column mapping for the next file
   (:class:`db.sheets.MappingMemory`).
4. **导入完成** (:mod:`desktop.sheets.done_page`) — 已新增 N 条，更新 M 条，跳过 K 条.

What the wizard knows so far and the work it runs are plain Python (:mod:`desktop.sheets.import_state`),
its words too (:mod:`desktop.sheets.import_texts`). The wizard knows no window: it is given a parent
widget, the :class:`Workspace` and the window's :class:`ChangeHub`, and after a commit publishes one
:class:`db.changes.Changes` (the imported ledger's new and updated records) there; the lists read again
from the hub. ``imported(kind_key, result)`` is emitted too, e.g. to show the imported ledger.

A file that cannot be used (an ``.xls``, a password, too large, no header …) is a
:class:`db.sheets.SheetError`: its message is shown through :func:`desktop.common.prompts.prompts` and
nothing is written. Importing needs an operator signed in (the audit log names them).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from db.sheets import ColumnMapping, CommitResult, ImportPlan, MappingMemory, Preview
from desktop.common.excel_files import show_error
from desktop.common.manual import add_help_button
from desktop.common.prompts import prompts
from desktop.common.tasks import Progress, TaskRunner
from desktop.common.window_size import keep_minimum_size, open_size
from desktop.sheets.done_page import DonePage
from desktop.sheets.file_page import FilePage
from desktop.sheets.import_state import (
    ImportState,
    commit_job,
    import_changes,
    plan_job,
    preview_job,
    remember_mapping,
    sheets_job,
    source_of,
)
from desktop.sheets.import_texts import import_title, no_operator_text
from desktop.sheets.mapping_page import MappingPage
from desktop.sheets.preview_page import PreviewPage

if TYPE_CHECKING:
    from desktop.common.changes import ChangeHub
    from desktop.common.workspace import Workspace
    from desktop.sheets.templates import TemplateSaver

CONTEXT = "SheetImport"
T = TypeVar("T")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ImportWizard(QWizard):
    """从 Excel 导入: see the module docstring. ``imported(kind_key, result)`` once the rows are in
    (after the change was published on ``hub``)."""

    imported = Signal(str, object)

    PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_DONE = range(4)

    def __init__(
        self,
        workspace: Workspace,
        hub: ChangeHub,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.hub = hub
        self.store = workspace.store
        self.memory = MappingMemory(workspace.data_dir)
        self.runner = runner or TaskRunner(self)
        self.state = ImportState()
        self.templates: TemplateSaver | None = None

        self.setWindowTitle(import_title())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, _t("上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.NextButton, _t("下一步(&N)"))
        self.setButtonText(QWizard.WizardButton.CommitButton, _t("导入(&I)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("完成(&F)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _t("取消"))
        steps = dict(enumerate(("import-file", "import-mapping", "import-preview", "import-done")))  # PAGE_FILE… (0–3)
        add_help_button(self, steps, "import")  # 帮助 and F1: the manual at the step shown
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        self.setPage(self.PAGE_FILE, self.file_page)
        self.setPage(self.PAGE_MAPPING, self.mapping_page)
        self.setPage(self.PAGE_PREVIEW, self.preview_page)
        self.setPage(self.PAGE_DONE, self.done_page)
        self.setStartId(self.PAGE_FILE)
        keep_minimum_size(self, 820, 560)  # px at the standard text size: larger with 设置 ▸ 字号
        self.resize(open_size(self, 1080, 720))
        if path is not None:
            self.file_page.set_path(path)

    # --- the work, in the background -----------------------------------------------------------

    def _run(
        self,
        work: Callable[[Progress], T],
        done: Callable[[T], None],
        title: str,
        *,
        cancelled: Callable[[], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._set_busy(True)

        def succeeded(result: T) -> None:
            if shiboken6.isValid(self):  # not closed meanwhile
                self._set_busy(False)
                done(result)

        def went_wrong(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._set_busy(False)
                (failed or (lambda error: show_error(self, import_title(), error)))(exc)

        def stopped() -> None:
            if shiboken6.isValid(self):
                self._set_busy(False)
                if cancelled is not None:
                    cancelled()

        self.runner.run(
            work, on_success=succeeded, on_error=went_wrong, on_cancel=stopped, parent_widget=self, title=title
        )

    def _set_busy(self, busy: bool) -> None:
        self.state.busy = busy
        model = self.preview_page.model
        if model is not None:
            model.locked = busy  # the preview is being written (or replaced): hands off
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)

    def list_sheets(
        self, path: Path, done: Callable[[list[str]], None], failed: Callable[[BaseException], None]
    ) -> None:
        """The visible sheets of ``path`` ([] for a CSV file), after the file's checks."""
        self._run(sheets_job(path), done, _t("正在打开“{0}”…").format(path.name), failed=failed)

    def read_plan(self, path: Path, sheet: str | None) -> None:
        """Read the file and guess its ledger and columns; then on to the next page."""
        source = source_of(path, sheet)

        def done(plan: ImportPlan) -> None:
            self.state.planned(plan, source)
            self.next()

        self._run(plan_job(path, sheet, self.memory), done, _t("正在读取“{0}”…").format(path.name))

    def make_preview(self, plan: ImportPlan, mapping: ColumnMapping) -> None:
        """Check every row against the ledger (nothing is written); then on to the preview."""
        office_code = self.workspace.office_code or None
        work = preview_job(self.store, plan, mapping, office_code, _t("正在检查：第 {0} / {1} 行…"))

        def done(preview: Preview) -> None:
            self.state.previewed(preview, mapping)
            self.next()

        self._run(work, done, _t("正在检查 {0} 行数据…").format(len(plan.sheet.rows)))

    def commit(self) -> None:
        """Write the good rows in one transaction (in the background); then publish what changed
        and show the summary."""
        preview, mapping = self.state.preview, self.state.preview_mapping
        if preview is None or mapping is None:
            return
        actor = self.workspace.actor
        if actor is None:
            prompts().error(self, import_title(), no_operator_text())
            return
        work = commit_job(self.store, actor, preview, _t("正在写入：{0} / {1} 条…"))

        def done(result: CommitResult) -> None:
            self.state.commit_result = result
            remember_mapping(self.memory, mapping)
            self.hub.publish(import_changes(preview.kind_key, result))
            self.imported.emit(preview.kind_key, result)
            self.next()

        def failed(exc: BaseException) -> None:
            show_error(self, import_title(), exc)
            from db.sheets.errors import SheetStale

            if isinstance(exc, SheetStale):  # records changed meanwhile: check again from the columns
                self.state.forget_preview()
                self.back()

        def cancelled() -> None:
            prompts().info(self, import_title(), _t("已取消导入，没有写入任何数据。"))

        self._run(work, done, _t("正在导入…"), cancelled=cancelled, failed=failed)

    def offer_template(self) -> None:
        """下载空白模板… from the first page."""
        from desktop.sheets.templates import TemplateSaver

        if self.templates is None:
            self.templates = TemplateSaver(self)
        self.templates.choose()

    def reject(self) -> None:
        if self.state.busy:  # the file is being read or the rows written; the progress window can cancel
            return
        super().reject()


def start_import(
    parent: QWidget, workspace: Workspace, hub: ChangeHub, path: Path | None = None
) -> ImportWizard | None:
    """Open the import wizard over ``parent`` (with ``path`` chosen already); None when it cannot
    start (the data is not open yet, or nobody is signed in — said so). A commit publishes its
    :class:`db.changes.Changes` on ``hub``; the wizard deletes itself when closed."""
    if not workspace.attached:
        return None
    if workspace.actor is None:
        prompts().error(parent, import_title(), no_operator_text())
        return None
    wizard = ImportWizard(workspace, hub, parent, path=path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
