"""Lists out to Excel and blank templates, from the app.

A list page's 导出 Excel… writes what the list shows — its search, its filters, its order —
with :func:`db.sheets.export_list`; 文件 ▸ 下载空白模板… writes one ledger's blank workbook
(:func:`db.sheets.write_template`, chosen in :class:`TemplateDialog`). Where to save is asked
through :func:`desktop.common.prompts.prompts` (first the Documents folder, then the folder used last;
names like ``党员-2026-11-28.xlsx`` and ``党员导入模板.xlsx``). The work runs in the background
with progress (:class:`desktop.common.tasks.TaskRunner`); a cancelled export writes nothing. When it is
done the window's status bar says so, with an 打开文件夹 button (:class:`SavedFileNotice`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import ShequError
from db.listing import ListFilter, SortKey
from desktop.common.i18n import label
from desktop.common.prompts import prompts
from desktop.common.tasks import Progress, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from sqlmodel import Session

    from db.sheets import ExportResult

CONTEXT = "SheetExport"
NOTICE_MS = 30_000  # how long the status bar shows where a file went

_folders: dict[str, Path] = {}  # "last": the folder a workbook was last saved to or opened from


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def excel_filter() -> str:
    return _t("Excel 工作簿 (*.xlsx)")


# --- where files go ------------------------------------------------------------------------


def default_folder() -> Path:
    """The folder last used for a workbook in this session, else the user's Documents folder."""
    last = _folders.get("last")
    if last is not None and last.is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(path: Path) -> None:
    """Start the next file dialog in the folder of ``path``."""
    _folders["last"] = path.parent if path.suffix else path


def with_xlsx(path: Path) -> Path:
    """``path``, ending in ``.xlsx`` (a name typed without it gets it)."""
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def kind_label(kind_key: str) -> str:
    from db.kinds import kind

    return label(kind(kind_key).label)


def export_file_name(kind_key: str, today: date) -> str:
    """``党员-2026-11-28.xlsx``."""
    return f"{kind_label(kind_key)}-{today.isoformat()}.xlsx"


def template_file_name(kind_key: str) -> str:
    """``党员导入模板.xlsx``."""
    return _t("{0}导入模板.xlsx").format(kind_label(kind_key))


def _show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if isinstance(exc, ShequError):
        prompts().error(parent, title, str(exc))
    else:  # a bug: the crash dialog and the log
        sys.excepthook(type(exc), exc, exc.__traceback__)


# --- telling where the file went -----------------------------------------------------------


class SavedFileNotice(QWidget):
    """In the status bar: "已导出 … ：党员-2026-11-28.xlsx  [打开文件夹]" for a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel()
        self.button = QPushButton(_t("打开文件夹"))
        self.button.setToolTip(_t("在文件管理器中打开保存这个文件的文件夹"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_file(self, text: str, path: Path, shown_ms: int = NOTICE_MS) -> None:
        self.path = path
        self.label.setText(text)
        self.label.setToolTip(str(path))
        self.show()
        self._timer.start(shown_ms)

    def open_folder(self) -> bool:
        if self.path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def tell_saved(parent: QWidget, title: str, text: str, path: Path) -> None:
    """Say that ``path`` was written: in the main window's status bar (with 打开文件夹), or in a
    message box for a widget that is not in one."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        notice = window.findChild(SavedFileNotice)
        if notice is None:
            notice = SavedFileNotice()
            window.statusBar().addWidget(notice)
        notice.show_file(text, path)
        return
    prompts().info(parent, title, f"{text}\n{path}")


def _ask_target(parent: QWidget, dialog_title: str, suggested: Path) -> Path | None:
    """Where to write a workbook (``.xlsx`` added when left out; the folder remembered), or None."""
    chosen = prompts().save_file(parent, dialog_title, str(suggested), excel_filter())
    if chosen is None:
        return None
    target = with_xlsx(chosen)
    remember_folder(target)
    return target


Written = TypeVar("Written")


def _write_in_background(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    work: Callable[[Progress], Written],
    saved: Callable[[Written], tuple[str, Path]],
    on_done: Callable[[Written], None] | None,
    *,
    progress_title: str,
    cancellable: bool = True,
) -> TaskHandle[Written]:
    """Run ``work``; then say what ``saved`` says was written where (:func:`tell_saved`) and call
    ``on_done``, or show the refusal in a box titled ``title``."""

    def done(result: Written) -> None:
        text, path = saved(result)
        tell_saved(parent, title, text, path)
        if on_done is not None:
            on_done(result)

    return runner.run(
        work,
        on_success=done,
        on_error=lambda exc: _show_error(parent, title, exc),
        parent_widget=parent.window(),
        title=progress_title,
        cancellable=cancellable,
    )


# --- lists ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListView:
    """What a list page shows: its kind, search, filters and order (as :func:`db.listing.page_ids` takes them)."""

    kind_key: str
    search: str = ""
    filters: ListFilter | None = None
    order_by: SortKey | None = None
    descending: bool = False


def export_list_to_excel(
    parent: QWidget,
    runner: TaskRunner,
    session_factory: Callable[[], Session],
    view: ListView,
    *,
    on_done: Callable[[ExportResult], None] | None = None,
    today: date | None = None,
) -> TaskHandle[ExportResult] | None:
    """导出 Excel…: ask where, then write the list in the background; None when the person cancels."""
    suggested = default_folder() / export_file_name(view.kind_key, today or date.today())
    target = _ask_target(parent, _t("把列表导出为 Excel"), suggested)
    if target is None:
        return None
    reading = _t("正在导出：已读取 {0} / {1} 条…")

    def work(progress: Progress) -> ExportResult:
        from db.sheets import export_list

        def report(done: int, total: int) -> None:
            progress.check()
            progress.update(done, total, reading.format(done, total))

        with session_factory() as session:
            result = export_list(
                session,
                view.kind_key,
                target,
                search=view.search,
                filters=view.filters,
                order_by=view.order_by,
                descending=view.descending,
                progress=report,
            )
        return result

    def saved(result: ExportResult) -> tuple[str, Path]:
        text = _t("已导出 {0} 条{1}记录：{2}").format(result.rows, kind_label(result.kind_key), result.path.name)
        return text, result.path

    return _write_in_background(
        parent, runner, _t("导出 Excel"), work, saved, on_done, progress_title=_t("正在导出 {0}…").format(target.name)
    )


# --- templates -----------------------------------------------------------------------------


class TemplateDialog(QDialog):
    """下载空白模板: which ledger; then where to save it."""

    def __init__(self, kind_key: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from db.sheets import IMPORTABLE_KINDS

        self.setWindowTitle(_t("下载空白模板"))
        intro = QLabel(
            _t(
                "空白模板是一个 Excel 工作簿：列名已经写好（带 * 的必须填写），选择项有下拉列表，"
                "另有一页“填写说明”。可以发给居民小组、网格员填写，填好后用“文件 → 从 Excel 导入…”导入。"
            )
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(_t("台账"))
        for key in IMPORTABLE_KINDS:
            self.kind.addItem(kind_label(key), key)
        found = self.kind.findData(kind_key) if kind_key else -1
        self.kind.setCurrentIndex(max(found, 0))
        form = QFormLayout()
        caption = QLabel(_t("台账(&L)："))
        caption.setBuddy(self.kind)
        form.addRow(caption, self.kind)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(_t("保存模板…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(_t("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(460, 200)

    @property
    def kind_key(self) -> str:
        return str(self.kind.currentData())


def save_template(
    parent: QWidget, runner: TaskRunner, kind_key: str, *, on_done: Callable[[Path], None] | None = None
) -> TaskHandle[Path] | None:
    """Ask where, then write the blank template of ``kind_key``; None when the person cancels."""
    target = _ask_target(parent, _t("保存空白模板"), default_folder() / template_file_name(kind_key))
    if target is None:
        return None

    def work(progress: Progress) -> Path:
        from db.sheets import write_template

        return write_template(kind_key, target)

    def saved(path: Path) -> tuple[str, Path]:
        return _t("已保存{0}的空白模板：{1}").format(kind_label(kind_key), path.name), path

    return _write_in_background(
        parent, runner, _t("下载空白模板"), work, saved, on_done, progress_title=_t("正在生成模板…"), cancellable=False
    )


class TemplateSaver(TaskRunner):
    """文件 ▸ 下载空白模板… for a window: the dialog (``dialog`` while open), then the file."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: TemplateDialog | None = None

    def choose(self, kind_key: str | None = None) -> TemplateDialog:
        dialog = TemplateDialog(kind_key, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: save_template(self.window, self, dialog.kind_key))
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: TemplateDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
