"""Step 2 of the import wizard, 台账类型和列的对应: the ledger guessed from the headers (the other
guesses named), and a table of the file's columns, each with the field it fills or 不导入
(:class:`db.sheets.ColumnMapping`); required fields no column fills are named, with a box to fill
them the same in every row. Next checks the rows in the background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from db.sheets import IMPORTABLE_KINDS, ColumnMapping, ImportPlan, SheetField, sheet_kind
from db.sheets.convert import text_of
from desktop.common.i18n import label
from desktop.common.text_size import follow_font, text_width
from desktop.sheets.import_state import ImportSteps
from desktop.sheets.import_texts import (
    ERROR_COLOUR,
    HINT_STYLE,
    WARNING_COLOUR,
    choice_text,
    choices,
    column_letter,
    guess_text,
    kind_name,
    missing_text,
    source_text,
)
from desktop.sheets.preview_model import SKIPPED_FOREGROUND

CONTEXT = "SheetImport"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MappingPage(QWizardPage):
    COL_LETTER, COL_HEADER, COL_FIELD, COL_EXAMPLES = range(4)
    EXAMPLES = 3

    def __init__(self, steps: ImportSteps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = steps
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
        follow_font(self.kind, lambda: self.kind.setMinimumWidth(text_width(self.kind, 12)))  # 160 px at 100 %
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

    def initializePage(self) -> None:
        plan = self.steps.state.plan
        if plan is None or plan is self.plan:
            return  # back and forth on the same file: the person's choices stay
        same_columns = self.plan is not None and self.plan.sheet.headers == plan.sheet.headers
        kept = self.mapping if same_columns else None  # the file saved again: the choices stay too
        self.plan = plan
        self.source.setText(source_text(plan.sheet))
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
                self.kind.addItem(kind_name(key), key)
            self.kind.setCurrentIndex(max(self.kind.findData(plan.kind_key), 0))
        self._describe_guess(plan)

    def _describe_guess(self, plan: ImportPlan) -> None:
        said, needs_attention = guess_text(plan)
        self.guess.setText(said)
        self.guess.setStyleSheet(f"color: {WARNING_COLOUR};" if needs_attention else HINT_STYLE)

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
        self.guess.setText(choice_text(plan, key))

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
        missing = missing_text(mapping) if mapping is not None else ""
        self.missing.setText(missing)
        self.missing.setVisible(bool(missing))
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
        offered = choices(field)
        if offered:
            combo = QComboBox()
            combo.addItem(_t("（不填）"), None)
            for choice in offered:
                combo.addItem(label(choice), choice)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            follow_font(combo, lambda: combo.setMaximumWidth(text_width(combo, 28)))  # 360 px at 100 %
            combo.currentIndexChanged.connect(
                lambda _i, name=field.name, box=combo: self._constant(name, box.currentData())
            )
            return combo
        from db.sheets import column_hint

        edit = QLineEdit("" if current is None else str(current))
        hint = column_hint(field)
        edit.setPlaceholderText(hint.split("。", 1)[1] if "。" in hint else "")
        follow_font(edit, lambda: edit.setMaximumWidth(text_width(edit, 28)))
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
        if self.mapping is None or self.steps.state.busy or self.plan is None:
            return False
        if self.steps.state.has_preview_for(self.mapping):
            return True
        self.steps.make_preview(self.plan, self.mapping)
        return False
