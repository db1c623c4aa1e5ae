"""Step 1 of the import wizard, 选择文件: a ``.xlsx`` or ``.csv`` file (浏览…, typed, or dropped
onto the page or the main window) and, for a workbook of several sheets, which one (default: the
one that looks most like a ledger). Next reads the file in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QSignalBlocker, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.errors import ShequError
from desktop.common.excel_files import show_error
from desktop.common.file_drop import SHEET_SUFFIXES, dropped_paths
from desktop.common.i18n import error_text
from desktop.common.prompts import EXCEL, prompts
from desktop.sheets.import_state import ImportSteps, source_of
from desktop.sheets.import_texts import ERROR_COLOUR, HINT_STYLE, import_title

CONTEXT = "SheetImport"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def sheet_paths(mime: QMimeData | None) -> list[Path]:
    """The local spreadsheet files among dropped URLs (``.xlsx``, ``.csv``; ``.xls`` to explain)."""
    return dropped_paths(mime, SHEET_SUFFIXES)


class FilePage(QWizardPage):
    def __init__(self, steps: ImportSteps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = steps
        self.setTitle(_t("选择文件"))
        self.setSubTitle(
            _t(
                "选择要导入的 Excel 工作簿（.xlsx）或 CSV 文件。表格可以带标题行、合并单元格、序号和合计行，"
                "列的顺序和列名的写法都不限。"
            )
        )
        self.loaded: Path | None = None  # the file whose sheets are listed
        self.tried: Path | None = None  # the file last opened (or tried)
        self.error = ""

        self.path = QLineEdit()
        self.path.setPlaceholderText(_t("点“浏览…”选择文件，或把文件拖到这里"))
        self.path.setAccessibleName(_t("文件"))
        self.browse = QPushButton(_t("浏览(&B)…"))
        self.browse.setAutoDefault(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)

        self.sheet = QComboBox()
        self.sheet.setAccessibleName(_t("工作表"))
        self.sheet.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        file_caption = QLabel(_t("文件(&F)："))
        file_caption.setBuddy(self.path)
        sheet_caption = QLabel(_t("工作表(&S)："))
        sheet_caption.setBuddy(self.sheet)
        form.addRow(file_caption, file_row)
        form.addRow(sheet_caption, self.sheet)
        form.addRow("", self.status)

        notes = QLabel(
            _t(
                "提示：旧版 Excel 文件（.xls）请先在 Excel 或 WPS 中“另存为” .xlsx；设有打开密码的工作簿请先取消密码。"
                "导入前会先预览每一行，确认后才写入台账。"
            )
        )
        notes.setWordWrap(True)
        notes.setStyleSheet(HINT_STYLE)
        self.template_link = QLabel(f"<a href='template'>{_t('没有现成的表格？下载空白模板…')}</a>")
        self.template_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(notes)
        layout.addStretch(1)
        layout.addWidget(self.template_link)
        self.setAcceptDrops(True)

        self.browse.clicked.connect(self.choose_file)
        self.path.returnPressed.connect(self._path_typed)
        self.path.editingFinished.connect(self._path_typed)
        self.path.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.template_link.linkActivated.connect(lambda _link: self.steps.offer_template())

    def choose_file(self) -> None:
        folder = Path(self.path.text().strip()).parent if self.path.text().strip() else None  # else the last used
        chosen = prompts().open_file(
            self,
            _t("选择要导入的表格"),
            folder,
            _t("Excel 或 CSV 文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)"),
            purpose=EXCEL,
        )
        if chosen is not None:
            self.set_path(chosen)

    def set_path(self, path: Path) -> None:
        """Take ``path`` and list its sheets (in the background)."""
        with QSignalBlocker(self.path):
            self.path.setText(str(path))
        self._load(path)

    def _path_typed(self) -> None:
        typed = self._typed_path()
        if typed is not None and typed != self.tried and not self.steps.state.busy:
            self._load(typed)

    def _load(self, path: Path) -> None:
        self.tried = path
        self.loaded = None
        self.error = ""
        self.sheet.clear()
        self.sheet.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(_t("正在打开…"))
        self.completeChanged.emit()
        self.steps.list_sheets(path, lambda names: self._listed(path, names), lambda exc: self._failed(path, exc))

    def _typed_path(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def _listed(self, path: Path, names: list[str]) -> None:
        if path != self.tried:
            return  # another file was chosen meanwhile
        self.loaded = path
        self.sheet.clear()
        if names:
            self.sheet.addItem(_t("自动选择（列名最像台账的一张）"), None)
            for name in names:
                self.sheet.addItem(name, name)
            self.sheet.setEnabled(len(names) > 1)
            if len(names) == 1:
                self.sheet.setCurrentIndex(1)
                self.status.setText(_t("工作簿里只有一张工作表。"))
            else:
                self.status.setText(_t("工作簿里有 {0} 张工作表，可以指定要导入哪一张。").format(len(names)))
        else:
            self.sheet.addItem(_t("（CSV 文件只有一张表）"), None)
            self.status.setText(_t("CSV 文件：文字编码会自动识别（UTF-8、GBK 等）。"))
        self.status.setStyleSheet(HINT_STYLE)
        self.completeChanged.emit()
        self.wizard().button(QWizard.WizardButton.NextButton).setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, path: Path, exc: BaseException) -> None:
        if path != self.tried:
            return
        self.loaded = None
        self.error = error_text(exc) if isinstance(exc, ShequError) else _t("无法打开这个文件。")
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.status.setText(self.error)
        self.completeChanged.emit()
        show_error(self, import_title(), exc)

    def chosen_sheet(self) -> str | None:
        data = self.sheet.currentData()
        return None if data is None else str(data)

    def isComplete(self) -> bool:
        return self.loaded is not None and self._typed_path() == self.loaded and not self.error

    def validatePage(self) -> bool:
        state = self.steps.state
        if self.loaded is None or state.busy:
            return False
        if state.has_plan_for(source_of(self.loaded, self.chosen_sheet())):
            return True  # the same file, unchanged since it was read: the choices made stay
        self.steps.read_plan(self.loaded, self.chosen_sheet())
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if sheet_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if sheet_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = sheet_paths(event.mimeData())
        if paths and not self.steps.state.busy:
            event.acceptProposedAction()
            self.set_path(paths[0])
