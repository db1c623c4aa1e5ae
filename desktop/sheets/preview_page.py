"""Step 3 of the import wizard, 预览: every row with what the import does with it (新增 / 更新 /
无变化 / 有错误 / 跳过), its values as in the file, and its problems (:class:`PreviewModel`). The
person may show only the rows with problems, skip rows (Delete) and correct a cell (double-click,
F2 or Enter). 导入 writes the good rows in the background."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QObject,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.forms import Input
from desktop.common.text_size import follow_font, text_width
from desktop.sheets.import_state import ImportSteps
from desktop.sheets.import_texts import (
    choices,
    commit_button_text,
    counts_html,
    problems_only_text,
    row_details,
    skip_button_text,
)
from desktop.sheets.preview_model import COL_ACTION, COL_PROBLEMS, COL_ROW, FIRST_FIELD, Index, PreviewModel

CONTEXT = "SheetImport"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


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

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        field = self._model.field_at(index.column())
        offered = choices(field) if field is not None else []
        if offered:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(offered)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:  # type: ignore[override]
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class PreviewPage(QWizardPage):
    def __init__(self, steps: ImportSteps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = steps
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
        follow_font(self.table, lambda: vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 10))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(_t("所选行的详细情况"))
        follow_font(self.details, lambda: self.details.setMaximumHeight(self.details.fontMetrics().height() * 4 + 16))
        self.details.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)

        self.problems_only.toggled.connect(self._filter)
        self.skip_button.clicked.connect(self.toggle_skip)
        self.table.skip_requested.connect(self.toggle_skip)

    def initializePage(self) -> None:
        preview = self.steps.state.preview
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
            header.resizeSection(position, min(max(fit(title), fit(sample)), text_width(self.table, 20)))

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
        if self.model is None or self.steps.state.busy:
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
        self.skip_button.setText(skip_button_text(all_skipped))
        self.skip_button.setEnabled(bool(rows) and not self.model.preview.committed)

    def _update(self) -> None:
        preview = self.steps.state.preview
        if preview is None:
            return
        self.counts.setText(counts_html(preview))
        self.problems_only.setText(problems_only_text(preview))
        self.wizard().setButtonText(QWizard.WizardButton.CommitButton, commit_button_text(preview))
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
        preview = self.steps.state.preview
        return preview is not None and preview.counts.imported > 0 and not preview.committed

    def validatePage(self) -> bool:
        state = self.steps.state
        if state.commit_result is not None:
            return True
        if not state.busy:
            self.steps.commit()
        return False
