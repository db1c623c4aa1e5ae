"""文件 ▸ 下载空白模板…: one ledger's blank workbook, to hand out and import later.

:class:`TemplateDialog` asks which ledger; :func:`save_template` asks where (``党员导入模板.xlsx``
in the folder used last) and writes :func:`db.sheets.write_template` in the background; the
window's status bar then says where it went (:mod:`desktop.common.excel_files`).
:class:`TemplateSaver` does both for a window (the main window's File menu, the import wizard's
first page). The texts keep the translation context ``SheetExport``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.common.excel_files import ask_target, kind_label, write_in_background
from desktop.common.prompts import TEMPLATE
from desktop.common.tasks import Progress, TaskHandle, TaskRunner
from desktop.common.window_size import grow_with_text, open_size

CONTEXT = "SheetExport"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def template_file_name(kind_key: str) -> str:
    """``党员导入模板.xlsx``."""
    return _t("{0}导入模板.xlsx").format(kind_label(kind_key))


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
        self.resize(open_size(self, 460, 200))
        grow_with_text(self)  # the intro's lines still fit after 设置 ▸ 字号

    @property
    def kind_key(self) -> str:
        return str(self.kind.currentData())


def save_template(
    parent: QWidget, runner: TaskRunner, kind_key: str, *, on_done: Callable[[Path], None] | None = None
) -> TaskHandle[Path] | None:
    """Ask where, then write the blank template of ``kind_key``; None when the person cancels."""
    target = ask_target(parent, _t("保存空白模板"), template_file_name(kind_key), TEMPLATE)
    if target is None:
        return None

    def work(progress: Progress) -> Path:
        from db.sheets import write_template

        return write_template(kind_key, target)

    def saved(path: Path) -> tuple[str, Path]:
        return _t("已保存{0}的空白模板：{1}").format(kind_label(kind_key), path.name), path

    return write_in_background(
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
