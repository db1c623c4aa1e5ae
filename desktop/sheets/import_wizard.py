"""文件 ▸ 从 Excel 导入…: an office's own workbook (or CSV file) into a ledger, in four steps.

1. **选择文件** — a ``.xlsx`` or ``.csv`` file (浏览…, typed, or dropped onto the page or the main
   window) and, for a workbook of several sheets, which one (default: the one that looks most like
   a ledger). Next reads the file in the background (:func:`db.sheets.plan_import`).
2. **台账类型和列的对应** — the ledger guessed from the headers (the other guesses named), and a
   table of the file's columns, each with the field it fills or 不导入 (:class:`ColumnMapping`);
   required fields no column fills are named, with a box to fill them the same in every row.
   Next builds the preview in the background (:func:`db.sheets.build_preview`).
3. **预览** — every row (:class:`PreviewModel`, a table model over ``Preview.rows``: nothing is
   copied per row, so 20,000 rows stay fast) with what the import does with it (新增 / 更新 /
   无变化 / 有错误 / 跳过), its values as in the file, and its problems; cells with an error or a
   warning are coloured, changed cells of an update too. The person may show only the rows with
   problems, skip rows (Delete) and correct a cell (double-click or F2; :meth:`Preview.fix` checks
   the row again). 导入 writes the good rows in one transaction in the background
   (:func:`db.sheets.commit_preview`; the audit log's reason names the file) and remembers the
   column mapping for the next file (:class:`MappingMemory`).
4. **导入完成** — 已新增 N 条，更新 M 条，跳过 K 条; the lists refresh (:func:`refresh_after_import`).

A file that cannot be used (an ``.xls``, a password, too large, no header …) is a
:class:`db.sheets.SheetError`: its message is shown through :func:`desktop.common.prompts.prompts` and
nothing is written. Importing needs an operator signed in (the audit log names them).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.errors import ShequError
from db.forms import Input
from db.sheets import (
    IMPORTABLE_KINDS,
    ColumnMapping,
    CommitResult,
    ImportPlan,
    MappingMemory,
    Preview,
    PreviewRow,
    RowAction,
    SheetField,
    sheet_kind,
)
from db.sheets.convert import is_blank, text_of
from desktop.common.excel_files import default_folder, remember_folder
from desktop.common.file_drop import SHEET_SUFFIXES, dropped_paths
from desktop.common.i18n import label, text
from desktop.common.prompts import prompts
from desktop.common.tasks import Progress, TaskRunner

if TYPE_CHECKING:
    from desktop.common.excel_files import TemplateSaver
    from desktop.common.workspace import Workspace
    from desktop.shell.main_window import MainWindow

CONTEXT = "SheetImport"
T = TypeVar("T")


ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#9a6700"
HINT_STYLE = "color: palette(placeholder-text);"
ERROR_BACKGROUND = QColor("#fde4e4")
WARNING_BACKGROUND = QColor("#fff2cc")
CHANGED_BACKGROUND = QColor("#e2efff")
SKIPPED_FOREGROUND = QColor("#8a8a8a")
ACTION_COLOURS = {
    RowAction.CREATE: "#2e7d32",
    RowAction.UPDATE: "#1565c0",
    RowAction.UNCHANGED: "#616161",
    RowAction.ERROR: ERROR_COLOUR,
    RowAction.SKIP: "#8a8a8a",
}

COL_ROW, COL_ACTION, COL_PROBLEMS = range(3)
FIRST_FIELD = 3
ROW_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_text(action: RowAction) -> str:
    """What the import does with a row, in a word or two."""
    return {
        RowAction.CREATE: _t("新增"),
        RowAction.UPDATE: _t("更新"),
        RowAction.UNCHANGED: _t("无变化"),
        RowAction.ERROR: _t("有错误"),
        RowAction.SKIP: _t("跳过"),
    }[action]


def column_letter(index: int) -> str:
    """A column's letter as Excel shows it (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def sheet_paths(mime: QMimeData | None) -> list[Path]:
    """The local spreadsheet files among dropped URLs (``.xlsx``, ``.csv``; ``.xls`` to explain)."""
    return dropped_paths(mime, SHEET_SUFFIXES)


def file_stamp(path: Path) -> tuple[int, int] | None:
    """When ``path`` was last written, and its size: a file saved again is read again."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, ShequError):
        prompts().error(parent, _t("从 Excel 导入"), str(exc))
    else:  # a bug: the crash dialog and the log
        sys.excepthook(type(exc), exc, exc.__traceback__)


_ICONS: dict[str, QIcon] = {}


def _dot(colour: str) -> QIcon:
    """A small filled circle (made once, on the GUI thread)."""
    icon = _ICONS.get(colour)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = _ICONS[colour] = QIcon(pixmap)
    return icon


# --- the preview as a table ------------------------------------------------------------------


def _issues_text(row: PreviewRow) -> str:
    lines = [
        (_t("错误：{0}") if issue.is_error else _t("提醒：{0}")).format(text(issue.message))
        for issue in sorted(row.report, key=lambda issue: not issue.is_error)
    ]
    return "\n".join(lines)


def problem_summary(row: PreviewRow) -> str:
    """The row's first problem (errors first), and how many more there are."""
    issues = sorted(row.report, key=lambda issue: not issue.is_error)
    if not issues:
        return ""
    if len(issues) == 1:
        return text(issues[0].message)
    return _t("{0}（另有 {1} 个问题）").format(text(issues[0].message), len(issues) - 1)


def _choices(column: SheetField) -> list[str]:
    """What a cell of ``column`` may be chosen from while correcting it (as typed in a sheet)."""
    if column.input is Input.CHOICE and column.enum is not None:
        return [member.label for member in column.enum]
    if column.input is Input.FLAG:
        return ["是", "否"]
    return []


class PreviewModel(QAbstractTableModel):
    """The rows of a :class:`Preview`: 行号, 处理, 问题, then the fields the file fills.

    Reads the preview's rows as they are (no copy per row); :meth:`fix` (through ``setData``) and
    :meth:`set_skipped` change the preview and announce one change of the whole table, since
    correcting one row can change the matching of others.
    """

    edited = Signal()  # a row was corrected, skipped or taken back: the counts may have changed

    def __init__(self, preview: Preview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        filled = set(preview.mapping.mapped) | set(preview.mapping.constants)
        self.fields: list[SheetField] = [column for column in preview.columns if column.name in filled]
        self.problems_only = False
        self.locked = False  # while the rows are being written: no corrections, no skipping
        self._shown: list[int] = list(range(len(preview.rows)))

    # --- state ---------------------------------------------------------------------------------

    def row_at(self, view_row: int) -> PreviewRow:
        return self.preview.rows[self._shown[view_row]]

    def field_at(self, column: int) -> SheetField | None:
        return self.fields[column - FIRST_FIELD] if column >= FIRST_FIELD else None

    def view_row_of(self, number: int) -> int | None:
        """The table row showing sheet row ``number`` (None when filtered out)."""
        for view_row, position in enumerate(self._shown):
            if self.preview.rows[position].number == number:
                return view_row
        return None

    def set_problems_only(self, only: bool) -> None:
        """Show only the rows with errors or warnings (taken at this moment: a row corrected
        afterwards stays until the filter is applied again)."""
        self.beginResetModel()
        self.problems_only = only
        rows = self.preview.rows
        self._shown = [i for i, row in enumerate(rows) if len(row.report)] if only else list(range(len(rows)))
        self.endResetModel()

    def set_skipped(self, view_rows: Sequence[int], skipped: bool) -> None:
        """Leave these rows out of the import (or take them back in)."""
        if not view_rows or self.preview.committed or self.locked:
            return
        self.preview.skip_many([self.row_at(view_row).number for view_row in view_rows], skipped)
        self._all_changed()

    def fix(self, view_row: int, name: str, text: str) -> bool:
        """Correct one cell as it would be typed in the sheet; the row is checked again."""
        row = self.row_at(view_row)
        if self.preview.committed or self.locked or text == text_of(row.cells.get(name)):
            return False
        self.preview.fix(row.number, name, text or None)
        self._all_changed()
        return True

    def _all_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.edited.emit()

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_FIELD + len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_ROW:
                return _t("行号")
            if section == COL_ACTION:
                return _t("处理")
            if section == COL_PROBLEMS:
                return _t("问题")
            column = self.fields[section - FIRST_FIELD]
            return label(column.label) + ("*" if column.required else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_ROW:
                return _t("在 Excel 中的行号")
            if section >= FIRST_FIELD and self.fields[section - FIRST_FIELD].required:
                return _t("必填")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() >= FIRST_FIELD and not self.preview.committed and not self.locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self.row_at(index.row())
        column = index.column()
        field = self.field_at(column)
        if role == Qt.ItemDataRole.EditRole:
            return text_of(row.cells.get(field.name)) if field is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            if field is not None:
                return self._cell_text(row, field)
            if column == COL_ROW:
                return str(row.number)
            if column == COL_ACTION:
                return action_text(row.action)
            return problem_summary(row)
        if role == ROW_NUMBER_ROLE:
            return row.number
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, field) if field is not None else (_issues_text(row) or None)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, field, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.skipped or (field is not None and self._filled_in(row, field)):
                return QBrush(SKIPPED_FOREGROUND)
            if column == COL_ACTION:
                return QBrush(QColor(ACTION_COLOURS[row.action]))
            if column == COL_PROBLEMS and row.has_errors:
                return QBrush(QColor(ERROR_COLOUR))
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_ACTION:
            if row.skipped:
                return _dot(ACTION_COLOURS[RowAction.SKIP])
            if row.has_errors:
                return _dot(ERROR_COLOUR)
            if row.has_warnings:
                return _dot("#f0a500")
            return _dot(ACTION_COLOURS[row.action])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ROW:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.field_at(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or field is None:
            return False
        text = "" if value is None else str(value).strip()
        return self.fix(index.row(), field.name, text)

    # --- what a cell looks like ------------------------------------------------------------

    def _filled_in(self, row: PreviewRow, field: SheetField) -> bool:
        """Whether a cell blank in the file gets a value all the same (from the ID number, the
        record stored, or the ledger's default): shown in grey."""
        if row.skipped or row.has_errors or not is_blank(row.cells.get(field.name)):
            return False
        value = row.values.get(field.name)
        return value is not None and value != ""

    def _cell_text(self, row: PreviewRow, field: SheetField) -> str:
        if self._filled_in(row, field):
            return self.preview.value_text(field.name, row.values[field.name])
        return text_of(row.cells.get(field.name))

    def _tooltip(self, row: PreviewRow, field: SheetField) -> str | None:
        shown = self._cell_text(row, field)
        lines = [shown] if len(shown) > 12 else []
        lines += [
            (_t("错误：{0}") if issue.is_error else _t("提醒：{0}")).format(text(issue.message))
            for issue in row.report
            if issue.field == field.name
        ]
        if self._filled_in(row, field):
            if row.match_id is not None:
                lines.append(_t("表格中是空的，保留台账中的值"))
            elif field.name in ("birth_date", "gender") and row.values.get("id_number"):
                lines.append(_t("表格中是空的，按身份证号填入"))
            else:
                lines.append(_t("表格中是空的，填入默认值"))
        if field.name in row.changes:
            old, new = row.changes[field.name]
            stored = self.preview.value_text(field.name, old) or _t("（空）")
            lines.append(_t("台账中原为：{0}，导入后：{1}").format(stored, self.preview.value_text(field.name, new)))
        return "\n".join(lines) or None

    def _background(self, row: PreviewRow, field: SheetField | None, column: int) -> QBrush | None:
        if row.skipped:
            return None
        if field is None:
            if column == COL_ROW:
                return None
            if row.has_errors:
                return QBrush(ERROR_BACKGROUND)
            if row.has_warnings:
                return QBrush(WARNING_BACKGROUND)
            return None
        severity = None
        for issue in row.report:
            if issue.field == field.name:
                severity = "error" if issue.is_error else (severity or "warning")
        if severity == "error":
            return QBrush(ERROR_BACKGROUND)
        if severity == "warning":
            return QBrush(WARNING_BACKGROUND)
        if field.name in row.changes and row.match_id is not None:
            return QBrush(CHANGED_BACKGROUND)
        return None


class PreviewTable(QTableView):
    """The preview's table: Delete skips the selected rows (or takes them back in); Enter corrects
    the current cell (as F2 does) rather than reaching the wizard's 导入 button."""

    skip_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.skip_requested.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
            event.accept()
            return
        super().keyPressEvent(event)


class CellEditor(QStyledItemDelegate):
    """Correcting a cell: a line of text, or a drop-down of the choices (still free to type)."""

    def __init__(self, model: PreviewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        field = self._model.field_at(index.column())
        choices = _choices(field) if field is not None else []
        if choices:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(choices)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: _Index) -> None:  # type: ignore[override]
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


# --- step 1: the file ------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.template_link.linkActivated.connect(lambda _link: self._wizard().offer_template())

    def _wizard(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def choose_file(self) -> None:
        folder = str(Path(self.path.text()).parent) if self.path.text().strip() else str(default_folder())
        chosen = prompts().open_file(
            self, _t("选择要导入的表格"), folder, _t("Excel 或 CSV 文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)")
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
        if typed is not None and typed != self.tried and not self._wizard().busy:
            self._load(typed)

    def _load(self, path: Path) -> None:
        self.tried = path
        self.loaded = None
        self.error = ""
        self.sheet.clear()
        self.sheet.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(_t("正在打开…"))
        remember_folder(path)
        self.completeChanged.emit()
        self._wizard().list_sheets(path, lambda names: self._listed(path, names), lambda exc: self._failed(path, exc))

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
        wizard = self._wizard()
        wizard.button(QWizard.WizardButton.NextButton).setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, path: Path, exc: BaseException) -> None:
        if path != self.tried:
            return
        self.loaded = None
        self.error = str(exc) if isinstance(exc, ShequError) else _t("无法打开这个文件。")
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.status.setText(self.error)
        self.completeChanged.emit()
        _show_error(self, exc)

    def chosen_sheet(self) -> str | None:
        data = self.sheet.currentData()
        return None if data is None else str(data)

    def isComplete(self) -> bool:
        return self.loaded is not None and self._typed_path() == self.loaded and not self.error

    def validatePage(self) -> bool:
        wizard = self._wizard()
        if self.loaded is None or wizard.busy:
            return False
        source = (self.loaded, self.chosen_sheet(), file_stamp(self.loaded))
        if wizard.plan is not None and wizard.plan_source == source:
            return True  # the same file, unchanged since it was read: the choices made stay
        wizard.read_plan(self.loaded, self.chosen_sheet())
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if sheet_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if sheet_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = sheet_paths(event.mimeData())
        if paths and not self._wizard().busy:
            event.acceptProposedAction()
            self.set_path(paths[0])


# --- step 2: the ledger and the columns ------------------------------------------------------


class MappingPage(QWizardPage):
    COL_LETTER, COL_HEADER, COL_FIELD, COL_EXAMPLES = range(4)
    EXAMPLES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_t("台账类型和列的对应"))
        self.setSubTitle(_t("核对这份表格是哪一类台账，以及每一列导入到哪一项；用不上的列选“不导入”。"))
        self.plan: ImportPlan | None = None  # the plan shown
        self.mapping: ColumnMapping | None = None
        self.combos: list[QComboBox] = []
        self.constant_editors: dict[str, QWidget] = {}
        self._constants_shown: tuple[str | None, list[str]] = (None, [])

        self.source = QLabel()
        self.source.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(_t("台账类型"))
        self.kind.setMinimumWidth(160)
        kind_caption = QLabel(_t("台账类型(&T)："))
        kind_caption.setBuddy(self.kind)
        self.guess = QLabel()
        self.guess.setWordWrap(True)
        self.guess.setStyleSheet(HINT_STYLE)
        kind_row = QHBoxLayout()
        kind_row.addWidget(kind_caption)
        kind_row.addWidget(self.kind)
        kind_row.addSpacing(12)
        kind_row.addWidget(self.guess, 1)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([_t("列"), _t("表格中的列名"), _t("导入到"), _t("内容举例")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the drop-downs
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(self.COL_LETTER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(self.COL_HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.COL_EXAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_FIELD, QHeaderView.ResizeMode.Fixed)
        metrics = self.fontMetrics()
        header.resizeSection(self.COL_LETTER, max(44, metrics.horizontalAdvance(_t("列")) + 28))
        header.resizeSection(self.COL_HEADER, metrics.horizontalAdvance("身份证号码（必填）") + 24)
        header.resizeSection(self.COL_FIELD, metrics.horizontalAdvance("所在党组织（必填）") + 60)
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 6)

        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.missing.hide()
        self.constants = QGroupBox(_t("每行统一填写"))
        self.constants_form = QFormLayout(self.constants)
        self.constants.hide()
        memory_note = QLabel(_t("导入后会记住这些对应关系，下次导入列名相同的表格时自动选好。"))
        memory_note.setWordWrap(True)
        memory_note.setStyleSheet(HINT_STYLE)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(kind_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.constants)
        layout.addWidget(memory_note)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _wizard(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def initializePage(self) -> None:
        plan = self._wizard().plan
        if plan is None or plan is self.plan:
            return  # back and forth on the same file: the person's choices stay
        same_columns = self.plan is not None and self.plan.sheet.headers == plan.sheet.headers
        kept = self.mapping if same_columns else None  # the file saved again: the choices stay too
        self.plan = plan
        sheet = plan.sheet
        where = _t("，工作表“{0}”").format(sheet.sheet_name) if sheet.sheet_name else ""
        text = _t("文件“{0}”{1}：表头在第 {2} 行，下面有 {3} 行数据。").format(
            sheet.file_name, where, sheet.header_row, len(sheet.rows)
        )
        if sheet.ignored:
            text += _t("合计、表尾说明等 {0} 行不导入。").format(len(sheet.ignored))
        self.source.setText(text)
        self._fill_kinds(plan)
        self._fill_table(plan)
        if kept is not None:
            with QSignalBlocker(self.kind):
                self.kind.setCurrentIndex(max(self.kind.findData(kept.kind_key), 0))
            self._describe_choice(plan, kept.kind_key)
        self._set_mapping(kept or plan.mapping)

    def cleanupPage(self) -> None:
        """Going back keeps what was chosen here (the same file comes back to the same choices)."""

    def _fill_kinds(self, plan: ImportPlan) -> None:
        guessed = [guess.kind_key for guess in plan.guesses]
        order = guessed + [key for key in IMPORTABLE_KINDS if key not in guessed]
        with QSignalBlocker(self.kind):
            self.kind.clear()
            if plan.kind_key is None:
                self.kind.addItem(_t("请选择…"), None)
            for position, key in enumerate(order):
                if guessed and position == len(guessed) and position < len(order):
                    self.kind.insertSeparator(self.kind.count())  # the guesses first, then the others
                self.kind.addItem(label(sheet_kind(key).label), key)
            self.kind.setCurrentIndex(max(self.kind.findData(plan.kind_key), 0))
        self._describe_guess(plan)

    def _describe_guess(self, plan: ImportPlan) -> None:
        if plan.kind_key is None:
            self.guess.setText(_t("从列名看不出这是哪一类台账，请选择。"))
            self.guess.setStyleSheet(f"color: {WARNING_COLOUR};")
            return
        best = plan.guesses[0] if plan.guesses else None
        if best is None or best.kind_key != plan.kind_key:
            self.guess.setText("")
            return
        tied = [guess for guess in plan.guesses if guess.score == best.score]
        if len(tied) > 1:  # the headers fit several ledgers equally (姓名, 身份证号 …)
            names = _t("、").join(f"“{label(sheet_kind(guess.kind_key).label)}”" for guess in tied)
            self.guess.setText(
                _t("只看列名，分不清是{0}中的哪一类台账；先选了“{1}”，请核对，不对就在这里改。").format(
                    names, label(sheet_kind(best.kind_key).label)
                )
            )
            self.guess.setStyleSheet(f"color: {WARNING_COLOUR};")
            return
        self.guess.setStyleSheet(HINT_STYLE)
        text = _t("按列名看，这是“{0}”台账（认出 {1} 列）。").format(
            label(sheet_kind(best.kind_key).label), best.matched
        )
        others = [
            _t("{0}（{1} 列）").format(label(sheet_kind(guess.kind_key).label), guess.matched)
            for guess in plan.guesses[1:4]
        ]
        if others:
            text += _t("也可能是：{0}。").format(_t("、").join(others))
        self.guess.setText(text)

    def _fill_table(self, plan: ImportPlan) -> None:
        sheet = plan.sheet
        self.table.setRowCount(len(sheet.headers))
        self.combos = []
        for column, header in enumerate(sheet.headers):
            letter = QTableWidgetItem(column_letter(column))
            letter.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            name = QTableWidgetItem(header or _t("（无列名）"))
            if not header:
                name.setForeground(QBrush(SKIPPED_FOREGROUND))
            name.setToolTip(header)
            examples = self._examples(plan, column)
            sample = QTableWidgetItem(_t("、").join(examples))
            sample.setToolTip("\n".join(examples))
            sample.setForeground(QBrush(QColor("#555555")))
            self.table.setItem(column, self.COL_LETTER, letter)
            self.table.setItem(column, self.COL_HEADER, name)
            self.table.setItem(column, self.COL_EXAMPLES, sample)
            combo = QComboBox()
            combo.setAccessibleName(_t("“{0}”列导入到").format(header or column_letter(column)))
            combo.currentIndexChanged.connect(lambda _index, column=column: self._field_chosen(column))
            self.table.setCellWidget(column, self.COL_FIELD, combo)
            self.combos.append(combo)

    def _examples(self, plan: ImportPlan, column: int) -> list[str]:
        found: list[str] = []
        for row in plan.sheet.rows:
            if column < len(row.cells):
                text = text_of(row.cells[column])
                if text and text not in found:
                    found.append(text if len(text) <= 24 else text[:23] + "…")
                    if len(found) >= self.EXAMPLES:
                        break
        return found

    def _kind_changed(self) -> None:
        key = self.kind.currentData()
        if self.plan is None or key is None:
            self._set_mapping(None)
            return
        if self.mapping is not None and self.mapping.kind_key == key:
            return
        self._set_mapping(self.plan.with_kind(str(key)).mapping)
        self._describe_choice(self.plan, str(key))

    def _describe_choice(self, plan: ImportPlan, key: str) -> None:
        if key == plan.kind_key:
            self._describe_guess(plan)
            return
        self.guess.setStyleSheet(HINT_STYLE)  # the person's choice: the guess no longer needs a word
        guessed = plan.kind_key
        self.guess.setText(
            _t("已改为“{0}”台账（按列名猜的是“{1}”）。").format(
                label(sheet_kind(key).label), label(sheet_kind(guessed).label)
            )
            if guessed
            else ""
        )

    def _set_mapping(self, mapping: ColumnMapping | None) -> None:
        self.mapping = mapping
        fields = sheet_kind(mapping.kind_key).fields if mapping is not None else ()
        for column, combo in enumerate(self.combos):
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(_t("不导入"), None)
                for field in fields:
                    text = label(field.label) + (_t("（必填）") if field.required else "")
                    combo.addItem(text, field.name)
                combo.setEnabled(mapping is not None)
                chosen = mapping.fields[column] if mapping is not None else None
                combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        self._sync()

    def _field_chosen(self, column: int) -> None:
        if self.mapping is None:
            return
        data = self.combos[column].currentData()
        self.mapping = self.mapping.assign(column, None if data is None else str(data))
        for other, combo in enumerate(self.combos):  # a field is filled by one column only
            chosen = self.mapping.fields[other]
            if other != column and combo.currentData() != chosen:
                with QSignalBlocker(combo):
                    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        self._sync()

    def _sync(self) -> None:
        """The missing required fields, the boxes to fill them in every row, and Next."""
        mapping = self.mapping
        for combo, chosen in zip(self.combos, mapping.fields if mapping else [None] * len(self.combos), strict=True):
            font = combo.font()
            font.setBold(chosen is not None)
            combo.setFont(font)
        self._fill_constants()
        if mapping is None:
            self.missing.hide()
        elif not mapping.mapped:
            kind_name = label(sheet_kind(mapping.kind_key).label)
            self.missing.setText(
                _t("没有一列对应到{0}台账的项目：请核对台账类型，或在上表中为各列选择要导入到哪一项。").format(
                    kind_name
                )
            )
            self.missing.show()
        elif mapping.missing_required:
            kind = sheet_kind(mapping.kind_key)
            names = _t("、").join(f"“{label(kind.field(name).label)}”" for name in mapping.missing_required)
            self.missing.setText(
                _t(
                    "还缺少必填的{0}：请在上表中为它选一列，或在下面给每一行统一填写；否则每一行都会报错、无法导入。"
                ).format(names)
            )
            self.missing.show()
        else:
            self.missing.hide()
        self.completeChanged.emit()

    def _fill_constants(self) -> None:
        mapping = self.mapping
        wanted: list[SheetField] = []
        if mapping is not None:
            mapped = mapping.mapped
            wanted = [f for f in sheet_kind(mapping.kind_key).fields if f.required and f.name not in mapped]
        shown = (mapping.kind_key if mapping is not None else None, [f.name for f in wanted])
        if shown == self._constants_shown:
            return
        self._constants_shown = shown
        while self.constants_form.rowCount():
            self.constants_form.removeRow(0)
        self.constant_editors = {}
        for field in wanted:
            editor = self._constant_editor(field)
            caption = QLabel(_t("{0}：").format(label(field.label)))
            caption.setBuddy(editor)
            self.constants_form.addRow(caption, editor)
            self.constant_editors[field.name] = editor
        self.constants.setVisible(bool(wanted))

    def _constant_editor(self, field: SheetField) -> QWidget:
        assert self.mapping is not None
        current = self.mapping.constants.get(field.name)
        choices = _choices(field)
        if choices:
            combo = QComboBox()
            combo.addItem(_t("（不填）"), None)
            for choice in choices:
                combo.addItem(label(choice), choice)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.setMaximumWidth(360)
            combo.currentIndexChanged.connect(
                lambda _i, name=field.name, box=combo: self._constant(name, box.currentData())
            )
            return combo
        from db.sheets import column_hint

        edit = QLineEdit("" if current is None else str(current))
        hint = column_hint(field)
        edit.setPlaceholderText(hint.split("。", 1)[1] if "。" in hint else "")
        edit.setMaximumWidth(360)
        edit.textChanged.connect(lambda text, name=field.name: self._constant(name, text))
        return edit

    def _constant(self, name: str, value: object) -> None:
        if self.mapping is None:
            return
        self.mapping = self.mapping.with_constant(name, value)
        self._sync()

    def isComplete(self) -> bool:
        return self.mapping is not None and bool(self.mapping.mapped)

    def validatePage(self) -> bool:
        wizard = self._wizard()
        if self.mapping is None or wizard.busy or self.plan is None:
            return False
        if wizard.preview is not None and wizard.preview_mapping == self.mapping and not wizard.preview.committed:
            return True
        wizard.make_preview(self.plan, self.mapping)
        return False


# --- step 3: the preview ---------------------------------------------------------------------


class PreviewPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_t("预览"))
        self.setSubTitle(_t("核对每一行。有错误的行不会导入；双击单元格可以直接改正，改正后马上重新检查。"))
        self.setCommitPage(True)
        self.model: PreviewModel | None = None

        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.problems_only = QCheckBox(_t("只看有问题的行(&P)"))
        self.skip_button = QPushButton(_t("跳过所选行(&K)"))
        self.skip_button.setToolTip(_t("所选的行不导入（Delete）；再按一次恢复导入"))
        self.skip_button.setAutoDefault(False)
        tools = QHBoxLayout()
        tools.addWidget(self.problems_only)
        tools.addStretch(1)
        tools.addWidget(self.skip_button)

        self.table = PreviewTable()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(_t("所选行的详细情况"))
        self.details.setMaximumHeight(self.fontMetrics().height() * 4 + 16)
        self.details.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)

        self.problems_only.toggled.connect(self._filter)
        self.skip_button.clicked.connect(self.toggle_skip)
        self.table.skip_requested.connect(self.toggle_skip)

    def _wizard(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def initializePage(self) -> None:
        preview = self._wizard().preview
        if preview is None or (self.model is not None and self.model.preview is preview):
            self._update()
            return
        model = PreviewModel(preview, self)
        old = self.model
        self.model = model
        self.table.setModel(model)
        self.table.setItemDelegate(CellEditor(model, self.table))
        if old is not None:
            old.deleteLater()
        model.edited.connect(self._update)
        model.modelReset.connect(self._update)
        self.table.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._show_details())
        self.table.selectionModel().selectionChanged.connect(lambda _selected, _deselected: self._update_skip_button())
        self._size_columns(model)
        with QSignalBlocker(self.problems_only):
            self.problems_only.setChecked(False)
        if model.rowCount():  # the first row current, not selected: its colours stay visible
            self.table.selectionModel().setCurrentIndex(
                model.index(0, COL_ACTION), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._update()

    def cleanupPage(self) -> None:
        """Going back keeps the corrections (they are dropped only if the columns change)."""

    def _size_columns(self, model: PreviewModel) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        header_metrics = header.fontMetrics()

        def fit(text: str, padding: int = 24) -> int:
            return max(metrics.horizontalAdvance(text), header_metrics.horizontalAdvance(text)) + padding

        header.resizeSection(COL_ROW, fit("00000", 16))
        header.resizeSection(COL_ACTION, fit(_t("无变化"), 40))
        any_problem = any(len(row.report) for row in model.preview.rows)
        header.resizeSection(COL_PROBLEMS, metrics.horizontalAdvance("字") * 22 if any_problem else fit(_t("问题")))
        for position, field in enumerate(model.fields, FIRST_FIELD):
            title = str(model.headerData(position, Qt.Orientation.Horizontal))
            sample = {
                Input.ID_NUMBER: "150802198001011234",
                Input.DATE: "2024-05-01",
                Input.PHONE: "13912345678",
                Input.CHOICES: "字" * 8,
                Input.LONG_TEXT: "字" * 10,
                Input.TEXT: "字" * 5,
            }.get(field.input, "字" * 4)
            header.resizeSection(position, min(max(fit(title), fit(sample)), 260))

    def _filter(self, only: bool) -> None:
        if self.model is not None:
            self.model.set_problems_only(only)
            if self.model.rowCount():
                self.table.selectRow(0)

    def selected_view_rows(self) -> list[int]:
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows = sorted({index.row() for index in selection.selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return rows

    def toggle_skip(self) -> None:
        """Skip the selected rows (or, when all of them are skipped already, take them back in)."""
        if self.model is None or self._wizard().busy:
            return
        rows = self.selected_view_rows()
        if not rows:
            return
        skip = not all(self.model.row_at(row).skipped for row in rows)
        if len(rows) > 1:  # each row re-checks the file's matching: a moment for many rows
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.model.set_skipped(rows, skip)
        finally:
            if len(rows) > 1:
                QApplication.restoreOverrideCursor()

    def _update_skip_button(self) -> None:
        if self.model is None:
            return
        rows = self.selected_view_rows()
        all_skipped = bool(rows) and all(self.model.row_at(row).skipped for row in rows)
        self.skip_button.setText(_t("恢复导入所选行(&K)") if all_skipped else _t("跳过所选行(&K)"))
        self.skip_button.setEnabled(bool(rows) and not self.model.preview.committed)

    def _update(self) -> None:
        wizard = self._wizard()
        preview = wizard.preview
        if preview is None:
            return
        counts = preview.counts
        parts = [
            _t("共 {0} 行：").format(counts.rows),
            _strong(_t("新增 {0} 条").format(counts.create), ACTION_COLOURS[RowAction.CREATE], counts.create) + "，",
            _strong(_t("更新 {0} 条").format(counts.update), ACTION_COLOURS[RowAction.UPDATE], counts.update) + "，",
            _t("无变化 {0} 条").format(counts.unchanged) + "，",
            f"<b style='color:{ERROR_COLOUR}'>{_t('有错误 {0} 行（不导入）').format(counts.errors)}</b>"
            if counts.errors
            else _t("没有错误"),
            "，" + _t("跳过 {0} 行").format(counts.skipped) if counts.skipped else "",
            "。",
        ]
        notes = []
        if counts.warnings:
            warned = _t("有提醒 {0} 行（会导入，请核对）").format(counts.warnings)
            notes.append(f"<span style='color:{WARNING_COLOUR}'>{warned}</span>")
        if counts.duplicates:
            doubled = _t("疑似重复 {0} 行").format(counts.duplicates)
            notes.append(f"<span style='color:{WARNING_COLOUR}'>{doubled}</span>")
        if counts.ignored:
            notes.append(_t("合计、表尾、空行等 {0} 行已略过").format(counts.ignored))
        text = "".join(parts)
        if notes:
            text += "<br>" + _t("，").join(notes) + "。"
        if not counts.imported and not preview.committed:
            text += "<br>" + f"<b>{_t('没有可以导入的行。')}</b>"
        self.counts.setText(text)
        problems = sum(1 for row in preview.rows if len(row.report))
        self.problems_only.setText(_t("只看有问题的行（{0}）(&P)").format(problems))
        wizard.setButtonText(
            QWizard.WizardButton.CommitButton,
            _t("导入 {0} 条(&I)").format(counts.imported) if counts.imported else _t("导入(&I)"),
        )
        self._show_details()
        self._update_skip_button()
        self.completeChanged.emit()

    def _show_details(self) -> None:
        model = self.model
        index = self.table.currentIndex()
        if model is None or not index.isValid():
            self.details.clear()
            return
        self.details.setHtml(row_details(model.preview, model.row_at(index.row())))

    def isComplete(self) -> bool:
        preview = self._wizard().preview
        return preview is not None and preview.counts.imported > 0 and not preview.committed

    def validatePage(self) -> bool:
        wizard = self._wizard()
        if wizard.commit_result is not None:
            return True
        if not wizard.busy:
            wizard.commit()
        return False


def _strong(text: str, colour: str, count: int) -> str:
    """``text`` in bold and ``colour`` when ``count`` is not zero."""
    return f"<b style='color:{colour}'>{text}</b>" if count else text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def row_details(preview: Preview, row: PreviewRow) -> str:
    """One row as a few lines of HTML: what happens to it, what it matches, what changes, its problems."""
    colour = ACTION_COLOURS[row.action]
    title = row.title(preview.kind_key)
    head = _t("第 {0} 行").format(row.number) + (f"（{_escape(title)}）" if title else "")
    lines = [f"<b>{head}：<span style='color:{colour}'>{action_text(row.action)}</span></b>"]
    if row.skipped:
        lines.append(_t("这一行已跳过，不会导入。再按“恢复导入所选行”可以恢复。"))
    elif row.match_id is not None:
        how = {
            "id_number": _t("按身份证号"),
            "name_birth_date": _t("按姓名和出生日期"),
            "name_phone": _t("按姓名和电话"),
        }.get(row.match_by, _t("按名称"))
        kind = label(preview.kind_label)
        lines.append(_t("{0}对应到台账中已有的{1}“{2}”。").format(how, kind, _escape(row.match_title)))
        if row.changes:
            labels = {column.name: column.label for column in preview.columns}
            changes = [
                _t("{0}：{1} → {2}").format(
                    label(labels.get(name, name)),
                    _escape(preview.value_text(name, old) or _t("（空）")),
                    _escape(preview.value_text(name, new)),
                )
                for name, (old, new) in row.changes.items()
            ]
            lines.append(_t("将更新：") + _t("；").join(changes))
        else:
            lines.append(_t("与台账中的记录相同，不需要更新。"))
    for issue in sorted(row.report, key=lambda issue: not issue.is_error):
        colour = ERROR_COLOUR if issue.is_error else WARNING_COLOUR
        word = _t("错误") if issue.is_error else _t("提醒")
        lines.append(f"<span style='color:{colour}'>● {word}：{_escape(text(issue.message))}</span>")
    return "<br>".join(lines)


# --- step 4: done ----------------------------------------------------------------------------


class DonePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        result = wizard.commit_result
        if result is None:
            return
        self.summary.setText(summary_text(result))
        notes = []
        if result.errors or result.skipped:
            notes.append(_t("跳过的行中，有错误的 {0} 行，手动跳过的 {1} 行。").format(result.errors, result.skipped))
        if result.errors:
            notes.append(_t("有错误的行请在原表格中改正后再导入一次这个文件：已导入的记录会更新，不会重复。"))
        if result.unchanged:
            notes.append(_t("另有 {0} 条与台账中的记录相同，没有改动。").format(result.unchanged))
        notes.append(_t("这次导入已记入操作记录，原因为“{0}”。").format(result.reason))
        self.notes.setText("\n".join(notes))


def summary_text(result: CommitResult) -> str:
    """已新增 N 条，更新 M 条，跳过 K 条。"""
    return _t("已新增 {0} 条，更新 {1} 条，跳过 {2} 条。").format(
        result.created, result.updated, result.errors + result.skipped
    )


# --- the wizard ------------------------------------------------------------------------------


class ImportWizard(QWizard):
    """从 Excel 导入: see the module docstring. ``imported(kind_key, result)`` once the rows are in."""

    imported = Signal(str, object)

    PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_DONE = range(4)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store = workspace.store
        self.memory = MappingMemory(workspace.data_dir)
        self.runner = runner or TaskRunner(self)
        self.busy = False
        self.plan: ImportPlan | None = None
        self.plan_source: tuple[Path, str | None, tuple[int, int] | None] | None = None
        self.preview: Preview | None = None
        self.preview_mapping: ColumnMapping | None = None
        self.commit_result: CommitResult | None = None
        self.templates: TemplateSaver | None = None

        self.setWindowTitle(_t("从 Excel 导入"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, _t("上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.NextButton, _t("下一步(&N)"))
        self.setButtonText(QWizard.WizardButton.CommitButton, _t("导入(&I)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("完成(&F)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _t("取消"))
        self.file_page = FilePage()
        self.mapping_page = MappingPage()
        self.preview_page = PreviewPage()
        self.done_page = DonePage()
        self.setPage(self.PAGE_FILE, self.file_page)
        self.setPage(self.PAGE_MAPPING, self.mapping_page)
        self.setPage(self.PAGE_PREVIEW, self.preview_page)
        self.setPage(self.PAGE_DONE, self.done_page)
        self.setStartId(self.PAGE_FILE)
        self.setMinimumSize(820, 560)
        self.resize(1080, 720)
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
                (failed or (lambda error: _show_error(self, error)))(exc)

        def stopped() -> None:
            if shiboken6.isValid(self):
                self._set_busy(False)
                if cancelled is not None:
                    cancelled()

        self.runner.run(
            work, on_success=succeeded, on_error=went_wrong, on_cancel=stopped, parent_widget=self, title=title
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
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

        def work(progress: Progress) -> list[str]:
            from db.sheets import sheet_names

            return sheet_names(path)

        self._run(work, done, _t("正在打开“{0}”…").format(path.name), failed=failed)

    def read_plan(self, path: Path, sheet: str | None) -> None:
        """Read the file and guess its ledger and columns; then on to the next page."""
        memory = self.memory
        stamp = file_stamp(path)

        def work(progress: Progress) -> ImportPlan:
            from db.sheets import plan_import

            plan = plan_import(path, sheet=sheet, memory=memory)
            progress.check()
            return plan

        def done(plan: ImportPlan) -> None:
            self.plan = plan
            self.plan_source = (path, sheet, stamp)
            self.preview = self.preview_mapping = None
            self.next()

        self._run(work, done, _t("正在读取“{0}”…").format(path.name))

    def make_preview(self, plan: ImportPlan, mapping: ColumnMapping) -> None:
        """Check every row against the ledger (nothing is written); then on to the preview."""
        store, office_code = self.store, self.workspace.office_code or None
        checking = _t("正在检查：第 {0} / {1} 行…")

        def work(progress: Progress) -> Preview:
            from db.sheets import build_preview

            def report(done: int, total: int) -> None:
                progress.check()
                progress.update(done, total, checking.format(done, total))

            with store.session() as session:
                return build_preview(session, plan.sheet, mapping, office_code=office_code, progress=report)

        def done(preview: Preview) -> None:
            self.preview = preview
            self.preview_mapping = mapping
            self.next()

        self._run(work, done, _t("正在检查 {0} 行数据…").format(len(plan.sheet.rows)))

    def commit(self) -> None:
        """Write the good rows in one transaction (in the background); then the summary."""
        preview, mapping = self.preview, self.preview_mapping
        if preview is None or mapping is None:
            return
        actor = self.workspace.actor
        if actor is None:
            prompts().error(self, _t("从 Excel 导入"), no_operator_text())
            return
        store = self.store
        writing = _t("正在写入：{0} / {1} 条…")

        def work(progress: Progress) -> CommitResult:
            from db.sheets import commit_preview

            def report(done: int, total: int) -> None:
                progress.check()  # a cancel rolls the whole import back
                progress.update(done, total, writing.format(done, total))

            with store.session(actor) as session:
                return commit_preview(session, preview, progress=report)

        def done(result: CommitResult) -> None:
            self.commit_result = result
            with contextlib.suppress(OSError):  # remembering only saves typing next time
                self.memory.remember(mapping)
            self.imported.emit(preview.kind_key, result)
            self.next()

        def failed(exc: BaseException) -> None:
            _show_error(self, exc)
            from db.sheets.errors import SheetStale

            if isinstance(exc, SheetStale):  # records changed meanwhile: check again from the columns
                self.preview = self.preview_mapping = None
                self.back()

        def cancelled() -> None:
            prompts().info(self, _t("从 Excel 导入"), _t("已取消导入，没有写入任何数据。"))

        self._run(work, done, _t("正在导入…"), cancelled=cancelled, failed=failed)

    def offer_template(self) -> None:
        """下载空白模板… from the first page."""
        from desktop.common.excel_files import TemplateSaver

        if self.templates is None:
            self.templates = TemplateSaver(self)
        self.templates.choose()

    def reject(self) -> None:
        if self.busy:  # the file is being read or the rows written; the progress window can cancel
            return
        super().reject()


def no_operator_text() -> str:
    return _t("现在没有登录的操作人员，导入的记录无法记在谁的名下。请先点“文件 → 切换操作人员”登录，再导入。")


# --- from the main window --------------------------------------------------------------------


def start_import(window: MainWindow, path: Path | None = None) -> ImportWizard | None:
    """Open the import wizard over ``window`` (with ``path`` chosen already); None when it cannot
    start (the data is not open yet, or nobody is signed in — said so)."""
    workspace = window.workspace
    if not workspace.attached:
        return None
    if workspace.actor is None:
        prompts().error(window, _t("从 Excel 导入"), no_operator_text())
        return None
    wizard = ImportWizard(workspace, window, path=path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.imported.connect(lambda kind_key, _result: refresh_after_import(window, str(kind_key)))
    wizard.open()
    return wizard


def refresh_after_import(window: MainWindow, kind_key: str) -> None:
    """Records came in: every list built so far reads again (linked names and filter choices too),
    and the imported ledger is shown behind the wizard's summary."""
    for key in window.built_pages():
        reload = getattr(window.page(key), "reload", None)
        if callable(reload):
            reload()
    window.show_page(kind_key)
