"""The import preview as a table model: 行号, 处理, 问题, then the fields the file fills.

:class:`PreviewModel` reads ``Preview.rows`` as they are (nothing is copied per row, so 20,000
rows stay fast), colours the cells with an error or a warning (and an update's changed cells),
shows in grey what a blank cell gets all the same, and lets the person skip rows and correct a
cell (:meth:`db.sheets.Preview.fix` checks the row again).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from db.sheets import Preview, PreviewRow, RowAction, SheetField
from db.sheets.convert import is_blank, text_of
from desktop.common.i18n import label, text
from desktop.sheets.import_texts import (
    ACTION_COLOURS,
    ERROR_COLOUR,
    WARNING_DOT,
    action_text,
    issues_text,
    problem_summary,
)

CONTEXT = "SheetImport"

ERROR_BACKGROUND = QColor("#fde4e4")
WARNING_BACKGROUND = QColor("#fff2cc")
CHANGED_BACKGROUND = QColor("#e2efff")
SKIPPED_FOREGROUND = QColor("#8a8a8a")

COL_ROW, COL_ACTION, COL_PROBLEMS = range(3)
FIRST_FIELD = 3
ROW_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() >= FIRST_FIELD and not self.preview.committed and not self.locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
            return self._tooltip(row, field) if field is not None else (issues_text(row) or None)
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
                return _dot(WARNING_DOT)
            return _dot(ACTION_COLOURS[row.action])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ROW:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
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
