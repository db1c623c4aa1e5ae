"""The record editor: one generic editor for every kind, as a side panel or as a dialog.

Tabs: 基本信息 (the form, :class:`desktop.ledgers.form.RecordForm`), one tab per kind of record
that belongs to this one (a member's posts, a pairing's visits, a unit's contributions, an
activity's partner units — each a small table; adding or opening one opens its own editor in a
dialog), and 修改记录 (the history from the audit log).

Saving: Save (Ctrl+S, or Enter on the last field) is enabled only while the form has no errors.
On save the database plans the change (:func:`db.policy.plan_save`: its checks, the warnings
that need a note, the signed or locked returns that make it a correction) in a session closed
before anything is asked; a likely duplicate ID number offers to open the other record; new
warnings ask for a note and a correction for its reason; then :func:`db.policy.commit_save`
writes in a fresh session as the acting operator (refusing, nothing written, if an answer is
missing). What changed is published through the window's
:class:`~desktop.common.changes.ChangeHub`; the editor refreshes its child lists and history
from it too. Esc or Close with unsaved changes asks first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import kinds
from db.changes import Changes
from db.errors import ShequError
from db.forms import ChildForm, apply_values, child_rows, display_title, form_for, new_values, record_values
from db.models import new_id
from db.policy import SaveAnswers, SavePlan, commit_save, plan_save
from db.validation import Issue, normalize_id_number, validate_record
from desktop.common.changes import ChangeHub
from desktop.common.i18n import label
from desktop.common.i18n import text as db_text
from desktop.common.prompts import Choice, prompts
from desktop.ledgers.corrections import correction_reason
from desktop.ledgers.deletions import EditingContext, error_text
from desktop.ledgers.form import ERROR_COLOR, WARNING_COLOR, RecordForm
from desktop.ledgers.history import HistoryView


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordEditor", text)


def _kind_label(kind_key: str) -> str:
    return label(kinds.kind(kind_key).label)


class RecordEditor(QWidget):
    """Edits one record of one kind (new or stored)."""

    saved = Signal(str, str)  # kind key, record id: the dialog closes, the list selects the row
    opened = Signal(str, str)  # kind key, record id: another record is now shown
    closed = Signal()

    def __init__(
        self,
        context: EditingContext,
        kind_key: str,
        *,
        fixed: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        hub: ChangeHub | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.hub = hub if hub is not None else context.hub
        self.kind_key = kind_key
        self.model = kinds.kind(kind_key).model
        self.spec = form_for(kind_key)
        self._fixed = dict(fixed or {})  # fields set by the caller and not shown (a visit's pairing)
        self.record_id: str | None = None
        self._loaded: dict[str, Any] = {}
        self._declined_duplicates: set[str] = set()
        self._just_saved = False

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.form = RecordForm(kind_key, context.session_factory, hidden=self._fixed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)

        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, _t("基本信息"))
        self.children_lists: dict[str, ChildList] = {}
        for child in self.spec.children:
            child_list = ChildList(context, child, self)
            self.children_lists[child.kind_key] = child_list
            self.tabs.addTab(child_list, _kind_label(child.kind_key))
        self.history = HistoryView(context.session_factory)
        self.history_tab = self.tabs.addTab(self.history, _t("修改记录"))
        self.tabs.currentChanged.connect(self._on_tab)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.delete_button = QPushButton(_t("删除"))
        self.delete_button.setToolTip(_t("删除这条记录（可撤销）"))
        self.close_button = QPushButton(_t("关闭"))
        self.close_button.setToolTip(_t("关闭（Esc）"))
        self.save_button = QPushButton(_t("保存"))
        self.save_button.setToolTip(_t("保存（Ctrl+S）"))
        self.save_button.setDefault(True)
        for button in (self.delete_button, self.close_button, self.save_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.request_close)
        self.delete_button.clicked.connect(self.delete)
        self.form.changed.connect(self._update_state)
        self.form.submit.connect(self._submit)
        self.form.id_number_completed.connect(self._check_duplicate)
        self.hub.changed.connect(self._on_changes)

        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence(Qt.Key.Key_Escape), self.request_close),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- what is shown ---------------------------------------------------------------------

    @property
    def is_new(self) -> bool:
        return self.record_id is None

    def is_dirty(self) -> bool:
        return self.form.values() != self._loaded

    def new_record(self, prefill: dict[str, Any] | None = None) -> None:
        """Show an empty form for a new record (the model's defaults, today's date, ``prefill``)."""
        values = new_values(self.kind_key)
        values.update(self._fixed)
        values.update(prefill or {})
        self.record_id = None
        self._declined_duplicates = set()
        self.form.set_values(values, stored=False)
        if "parent_id" in self.spec.names:
            self.form.set_exclude("parent_id", None)
        self._loaded = self.form.values()
        self._after_load()

    def open_record(self, record_id: str) -> bool:
        """Show a stored record; False when it does not exist (any more)."""
        with self.context.session_factory() as session:
            record = session.get(self.model, record_id)
            if record is None or record.is_deleted:
                return False
            values = record_values(record)
        self.record_id = record_id
        self._declined_duplicates = set()
        self.form.set_values(values, stored=True)
        if "parent_id" in self.spec.names:
            self.form.set_exclude("parent_id", record_id)
        self._loaded = self.form.values()
        self._after_load()
        return True

    def focus_field(self, name: str = "") -> None:
        """Show the 基本信息 tab with the cursor in field ``name`` (the first field when the form
        shows no such field)."""
        self.tabs.setCurrentIndex(0)
        if name and name in self.spec.names and name not in self._fixed:
            self.form.focus_field(name)
            return
        first = self.form.first_widget()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_child(self, child_kind: str, record_id: str, field: str = "") -> EditorDialog | None:
        """Open one of this record's child records (a member's post) in its dialog, on its tab,
        with the cursor in ``field``; None when it is not (any more) among them."""
        child_list = self.children_lists.get(child_kind)
        if child_list is None:
            return None
        self.tabs.setCurrentWidget(child_list)
        child_list.reload()
        if record_id not in child_list.ids:
            return None
        row = child_list.ids.index(record_id)
        child_list.table.selectRow(row)
        dialog = child_list.open_row(row)
        if dialog is not None:
            dialog.editor.focus_field(field)
        return dialog

    def _after_load(self) -> None:
        self._just_saved = False
        self._update_heading()
        for child_list in self.children_lists.values():
            child_list.set_parent(self.record_id)
        self.history_loaded = False
        if self.tabs.currentIndex() == self.history_tab:
            self._load_history()
        self._update_state()

    def _update_heading(self) -> None:
        label = _kind_label(self.kind_key)
        if self.record_id is None:
            self.heading.setText(_t("新增{0}").format(label))
        else:
            with self.context.session_factory() as session:
                title = display_title(session, self.kind_key, self.form.values())
            self.heading.setText(_t("{0}：{1}").format(label, title))
        self.delete_button.setVisible(self.record_id is not None)

    def _on_tab(self, index: int) -> None:
        if index == self.history_tab and not self.history_loaded:
            self._load_history()

    def _load_history(self) -> None:
        self.history.load(self.kind_key, self.record_id)
        self.history_loaded = True

    def _update_state(self) -> None:
        report = self.form.report
        dirty = self.is_dirty()
        self.save_button.setEnabled(not report.has_errors and (dirty or self.is_new))
        problem = self.form.first_problem()
        if report.has_errors and problem is not None:
            count = len(report.errors)
            more = _t("（共 {0} 处要改）").format(count) if count > 1 else ""
            self._set_status(_t("还不能保存：{0}{1}").format(db_text(problem.message), more), ERROR_COLOR)
        elif report.has_warnings and dirty:
            self._set_status(_t("有 {0} 处需要核对；保存时请写明原因。").format(len(report.warnings)), WARNING_COLOR)
        elif dirty:
            self._set_status(_t("有未保存的修改。"), "")
        elif self._just_saved:
            self._set_status(_t("已保存。"), "")
        else:
            self._set_status("", "")

    def _set_status(self, text: str, color: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color};" if color else "")
        self.status.setVisible(bool(text))

    # --- saving ------------------------------------------------------------------------------

    def _submit(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> bool:
        """Check and save; True when the record was written (or nothing needed saving)."""
        report = self.form.revalidate()
        if report.has_errors:
            self.form.show_all_issues()
            self._update_state()
            problem = self.form.first_problem()
            if problem is not None:
                self.form.focus_field(problem.field)
            return False
        if not self.is_new and not self.is_dirty():
            return True
        try:
            plan = self._plan()
        except ShequError as exc:
            prompts().error(self, _t("没有保存"), error_text(exc))
            return False
        if plan is None:
            prompts().error(self, _t("没有保存"), _t("这条记录已被删除，不能再保存修改。"))
            return False
        if plan.blocked:
            self._show_refused(plan.report.errors)
            return False
        # the questions, with no session open
        new_warnings = list(plan.notes_needed)
        other = self._duplicate_to_open(new_warnings)
        if other is not None:
            self._open_other(other)
            return False
        note = None
        if new_warnings:
            note = self._ask_reason(new_warnings)
            if note is None:
                self._set_status(_t("没有保存：需要写明原因才能保存。"), WARNING_COLOR)
                return False
        go_on, why = correction_reason(self, plan.covering)
        if not go_on:
            self._set_status(_t("没有保存：修改已签署报表中的记录，需要写明原因。"), WARNING_COLOR)
            return False
        try:
            with self.context.write_session() as session:
                result = commit_save(session, plan, SaveAnswers(note=note, correction=why))
        except ShequError as exc:
            prompts().error(self, _t("没有保存"), error_text(exc))
            return False
        if not result.saved:
            self._show_refused(result.report.errors)
            return False
        saved_id = result.record_id
        self.open_record(saved_id)
        self._just_saved = True
        self._update_state()
        self.hub.publish(result.changes)
        self.saved.emit(self.kind_key, saved_id)
        return True

    def _plan(self) -> SavePlan | None:
        """What saving the form would do (None: the record was deleted meanwhile); the session
        is closed before anything is asked, and nothing is written."""
        with self.context.write_session() as session:
            record = self.model() if self.record_id is None else session.get(self.model, self.record_id)
            if record is None or record.is_deleted:
                return None
            apply_values(record, self.form.values())
            plan = plan_save(session, record)
            session.rollback()
        return plan

    def _show_refused(self, errors: list[Issue]) -> None:
        self.form.set_external_issues(errors)
        self._update_state()
        problem = self.form.first_problem()
        if problem is not None:
            self.form.focus_field(problem.field)

    def _ask_reason(self, warnings: list[Issue]) -> str | None:
        lines = "\n".join(f"· {db_text(issue.message)}" for issue in warnings)
        label = _t("请核对：\n{0}\n\n核对无误后，请写明原因（会记入修改记录）：").format(lines)
        note = prompts().ask_text(self, _t("保存前请写明原因"), label)
        if note is None or not note.strip():
            return None
        return note.strip()

    def _duplicate_to_open(self, warnings: list[Issue]) -> str | None:
        """The id of a likely duplicate the person wants to open instead, or None."""
        for issue in warnings:
            other = issue.param("other_id")
            if not issue.code.endswith(".duplicate") or not other or other in self._declined_duplicates:
                continue
            if self._offer_duplicate(issue, other):
                return other
        return None

    def _offer_duplicate(self, issue: Issue, other_id: str) -> bool:
        question = _t("{0}\n\n要打开那条记录吗？（这里填写的内容不会保存）").format(db_text(issue.message))
        if prompts().confirm(self, _t("可能重复录入"), question, _t("打开那条记录")):
            return True
        self._declined_duplicates.add(other_id)
        return False

    def _check_duplicate(self, number: str) -> None:
        """A valid ID number was typed: look once for another record with it."""
        kind = kinds.kind(self.kind_key)
        if kind.person_id_field is None:
            return
        actor = self.context.actor()
        probe = self.model(id=self.record_id or new_id(), office_code=actor.office_code if actor else "")
        setattr(probe, kind.person_id_field, normalize_id_number(number))
        with self.context.session_factory() as session, session.no_autoflush:
            report = validate_record(session, probe)
        for issue in report.warnings:
            other = issue.param("other_id")
            if issue.code.endswith(".duplicate") and other and other not in self._declined_duplicates:
                if self._offer_duplicate(issue, other):
                    self._open_other(other)
                return

    def _open_other(self, record_id: str) -> None:
        if self.open_record(record_id):
            self.opened.emit(self.kind_key, record_id)

    # --- deleting and closing ----------------------------------------------------------------

    def delete(self) -> bool:
        if self.record_id is None:
            return False
        return self.context.delete(self, self.kind_key, self.record_id)

    def _may_be_gone(self, changes: Changes) -> bool:
        if self.record_id is None or not changes.touches(self.kind_key):
            return False
        return changes.everything or not changes.records or self.record_id in changes.records

    def _on_changes(self, changes: Changes) -> None:
        """Something changed in this window: close when this record was deleted, read again the
        lists of its records and its history when they were touched."""
        if self._may_be_gone(changes):
            with self.context.session_factory() as session:
                record = session.get(self.model, self.record_id)
                gone = record is None or record.is_deleted
            if gone:
                self.record_id = None
                self._loaded = self.form.values()
                self.closed.emit()
                return
        touched = [child for key, child in self.children_lists.items() if changes.touches(key)]
        for child_list in touched:
            child_list.reload()
        if touched or (self.record_id is not None and self.record_id in changes.records):
            if self.tabs.currentIndex() == self.history_tab:
                self._load_history()
            else:
                self.history_loaded = False

    def maybe_leave(self) -> bool:
        """Ask about unsaved changes; True when it is fine to show something else or close."""
        if not self.is_dirty():
            return True
        label = _kind_label(self.kind_key)
        choice = prompts().save_discard_cancel(
            self, _t("有未保存的修改"), _t("这条{0}有未保存的修改，要保存吗？").format(label)
        )
        if choice is Choice.SAVE:
            return self.save()
        return choice is Choice.DISCARD

    def discard(self) -> None:
        """Close without saving and without asking (unsaved changes are dropped)."""
        self._loaded = self.form.values()
        self.closed.emit()

    def request_close(self) -> bool:
        """Close (asking first about unsaved changes); True when closed."""
        if not self.maybe_leave():
            return False
        self._loaded = self.form.values()
        self.closed.emit()
        return True

    def child_saved(self, child_kind: str) -> None:
        """Read again the list of ``child_kind`` records and the history (the hub does this
        after every save made in this window)."""
        self.children_lists[child_kind].reload()
        self.history_loaded = False
        if self.tabs.currentIndex() == self.history_tab:
            self._load_history()


class ChildList(QWidget):
    """The records that belong to the one being edited, with Add / Open / Delete."""

    def __init__(self, context: EditingContext, child: ChildForm, owner: RecordEditor) -> None:
        super().__init__()
        self.context = context
        self.child = child
        self.owner = owner
        self.parent_id: str | None = None
        self.ids: list[str] = []
        spec = form_for(child.kind_key)

        self.hint = QLabel(_t("先保存这条记录，再添加{0}。").format(_kind_label(child.kind_key)))
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, len(child.columns))
        self.table.setHorizontalHeaderLabels([label(spec.label(name)) for name in child.columns])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column in range(len(child.columns)):
            header.resizeSection(column, 110)
        self.table.activated.connect(self._open_index)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        self.add_button = QPushButton(_t("添加…"))
        self.open_button = QPushButton(_t("打开…"))
        self.delete_button = QPushButton(_t("删除"))
        for button in (self.add_button, self.open_button, self.delete_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_parent(None)

    def set_parent(self, parent_id: str | None) -> None:
        self.parent_id = parent_id
        self.hint.setVisible(parent_id is None)
        for widget in (self.table, self.add_button, self.open_button, self.delete_button):
            widget.setEnabled(parent_id is not None)
        self.reload()

    def reload(self) -> None:
        rows: list[tuple[str, tuple[str, ...]]] = []
        if self.parent_id is not None:
            with self.context.session_factory() as session:
                rows = child_rows(session, self.child, self.parent_id)
        self.ids = [record_id for record_id, _ in rows]
        self.table.setRowCount(len(rows))
        for row, (_, texts) in enumerate(rows):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def row_texts(self) -> list[tuple[str, ...]]:
        return [
            tuple(self._cell(row, column) for column in range(self.table.columnCount()))
            for row in range(self.table.rowCount())
        ]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _dialog(self) -> EditorDialog:
        assert self.parent_id is not None
        return EditorDialog(
            self.context,
            self.child.kind_key,
            fixed={self.child.parent_field: self.parent_id},
            parent=self,
            hub=self.owner.hub,
        )

    def add(self) -> EditorDialog | None:
        """Open the editor of a new child record (a dialog); returns it (shown, not waited for)."""
        if self.parent_id is None:
            return None
        dialog = self._dialog()
        dialog.editor.new_record()
        dialog.open()
        dialog.activateWindow()
        first = dialog.editor.form.first_widget()
        if first is not None:
            first.setFocus()
        return dialog

    def open_row(self, row: int) -> EditorDialog | None:
        if not 0 <= row < len(self.ids):
            return None
        dialog = self._dialog()
        if not dialog.editor.open_record(self.ids[row]):
            self.reload()
            return None
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.open_row(index.row())

    def open_selected(self) -> EditorDialog | None:
        return self.open_row(self.table.currentRow())

    def delete_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.ids):
            return False
        return self.context.delete(self, self.child.kind_key, self.ids[row])


class EditorDialog(QDialog):
    """A record editor in its own window (used for the records that belong to another)."""

    def __init__(
        self,
        context: EditingContext,
        kind_key: str,
        *,
        fixed: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        hub: ChangeHub | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = RecordEditor(context, kind_key, fixed=fixed, parent=self, hub=hub)
        self.setWindowTitle(_kind_label(kind_key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        self.resize(520, 560)
        self.editor.closed.connect(self._closed)
        self.editor.saved.connect(lambda _kind, _id: self.accept())
        self.finished.connect(self.deleteLater)
        self._closing = False

    def _closed(self) -> None:
        self._closing = True
        super().reject()

    def reject(self) -> None:  # Esc
        if self._closing:
            super().reject()
        else:
            self.editor.request_close()  # emits closed (→ _closed) unless the person cancels

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing or self.editor.maybe_leave():
            self._closing = True
            event.accept()
            super().closeEvent(event)
        else:
            event.ignore()
