"""The record editor: one generic editor for every kind, as a side panel or as a dialog.

Tabs: 基本信息 (the form, :class:`desktop.ledgers.form.RecordForm`), one tab per kind of record
that belongs to this one (a member's posts, a pairing's visits, a unit's contributions, an
activity's partner units — each a small table, :class:`desktop.ledgers.child_lists.ChildList`;
adding or opening one opens its own editor in a dialog), and 修改记录 (the history from the audit
log).

Saving: Save (Ctrl+S, or Enter on the last field) is enabled only while the form has no errors.
On save the database plans the change (:func:`db.policy.plan_save`: its checks, the warnings
that need a note, the signed or locked returns that make it a correction) in a session closed
before anything is asked; a likely duplicate ID number offers to open the other record; new
warnings ask for a note and a correction for its reason; then :func:`db.policy.commit_save`
writes in a fresh session as the acting operator (refusing, nothing written, if an answer is
missing) — see :mod:`desktop.ledgers.editor_save`. What changed is published through the window's
:class:`~desktop.common.changes.ChangeHub`; the editor refreshes its child lists and history
from it too. Esc or Close with unsaved changes asks first. The texts of the heading and the
status line are in :mod:`desktop.ledgers.editor_state`.

Staying still: a record shown (new, or another one opened) starts on 基本信息, scrolled to the top,
with the cursor in the first field; the record just saved, read again, keeps its place. The status
line keeps two lines of room (a :class:`~desktop.ledgers.message_line.MessageLine`) whether it says
something or not, and names the problem of the field being typed in first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import kinds
from db.changes import Changes
from db.forms import display_title, form_for, new_values, record_values
from desktop.common.changes import ChangeHub
from desktop.common.prompts import Choice, prompts
from desktop.common.window_size import open_size
from desktop.ledgers.child_lists import ChildList
from desktop.ledgers.deletions import EditingContext
from desktop.ledgers.editor_save import SaveFlow
from desktop.ledgers.editor_state import _t, heading_text, kind_label, may_be_gone, status_line
from desktop.ledgers.form import RecordForm
from desktop.ledgers.history import HistoryView
from desktop.ledgers.message_line import MessageLine


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
        self._saving = SaveFlow(self, self)
        self._just_saved = False

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        # the city's review comment on this record (shequ city comment), above its fields; hidden when none
        self.city_comment = QLabel()
        self.city_comment.setObjectName("city_comment")
        self.city_comment.setWordWrap(True)
        self.city_comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.city_comment.setStyleSheet(
            "QLabel#city_comment { color: #8a4b00; background: #fff6e5; border: 1px solid #e0b060;"
            " border-radius: 3px; padding: 4px; }"
        )
        self.city_comment.hide()

        self.form = RecordForm(kind_key, context.session_factory, hidden=self._fixed)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the tabs to the first field
        self.form_scroll.setWidget(self.form)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.form_scroll, _t("基本信息"))
        self.children_lists: dict[str, ChildList[EditorDialog]] = {}
        for child in self.spec.children:
            child_list = ChildList(context, child, self._child_dialog)
            self.children_lists[child.kind_key] = child_list
            self.tabs.addTab(child_list, kind_label(child.kind_key))
        self.history = HistoryView(context.session_factory)
        self.history_tab = self.tabs.addTab(self.history, _t("修改记录"))
        self.tabs.currentChanged.connect(self._on_tab)

        self.status = MessageLine(2)  # its room is kept: the form above never moves
        self.status.setObjectName("editor_status")
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
        layout.addWidget(self.city_comment)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.request_close)
        self.delete_button.clicked.connect(self.delete)
        self.form.changed.connect(self.update_state)
        self.form.submit.connect(self._submit)
        self.form.id_number_completed.connect(self._saving.check_duplicate)
        self.hub.changed.connect(self._on_changes)

        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence(Qt.Key.Key_Escape), self._escape),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _child_dialog(self, kind_key: str, fixed: dict[str, Any], parent: QWidget) -> EditorDialog:
        """The editor of a record that belongs to this one, in its dialog (for its list)."""
        return EditorDialog(self.context, kind_key, fixed=fixed, parent=parent, hub=self.hub)

    # --- what is shown ---------------------------------------------------------------------

    @property
    def is_new(self) -> bool:
        return self.record_id is None

    def is_dirty(self) -> bool:
        """Changed since shown — text typed that could not be read yet counts (closing asks first)."""
        return self.form.values() != self._loaded or self.form.has_unread_text()

    def new_record(self, prefill: dict[str, Any] | None = None) -> None:
        """Show an empty form for a new record (the model's defaults, today's date, ``prefill``)."""
        values = new_values(self.kind_key)
        values.update(self._fixed)
        values.update(prefill or {})
        self.record_id = None
        self._saving.forget_declined()
        self.form.set_values(values, stored=False)
        if "parent_id" in self.spec.names:
            self.form.set_exclude("parent_id", None)
        self._loaded = self.form.values()
        self._after_load()
        self._to_start()

    def open_record(self, record_id: str, *, keep_place: bool = False) -> bool:
        """Show a stored record; False when it does not exist (any more). It starts at the top
        with the cursor in the first field, unless ``keep_place`` (the record just saved, read
        again: the tab, the scrolling and the cursor stay)."""
        with self.context.session_factory() as session:
            record = session.get(self.model, record_id)
            if record is None or record.is_deleted:
                return False
            values = record_values(record)
        self.record_id = record_id
        self._saving.forget_declined()
        self.form.set_values(values, stored=True)
        if "parent_id" in self.spec.names:
            self.form.set_exclude("parent_id", record_id)
        self._loaded = self.form.values()
        self._after_load()
        if not keep_place:
            self._to_start()
        return True

    def open_other(self, record_id: str) -> None:
        """Show another record of this kind (a likely duplicate) instead, and say so (``opened``)."""
        if self.open_record(record_id):
            self.opened.emit(self.kind_key, record_id)

    def focus_field(self, name: str = "") -> None:
        """Show the 基本信息 tab with the cursor in field ``name`` (the first field when the form
        shows no such field)."""
        self.tabs.setCurrentIndex(0)
        if name and name in self.spec.names and name not in self._fixed:
            self.form.focus_field(name)  # scrolled to where it shows
            return
        first = self.form.first_widget()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _to_start(self) -> None:
        """基本信息, scrolled to the top, the cursor in the first field (a record newly shown)."""
        self.tabs.setCurrentIndex(0)
        self.form_scroll.verticalScrollBar().setValue(0)
        self.form_scroll.horizontalScrollBar().setValue(0)
        first = self.form.first_widget()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(first, QLineEdit):
            first.selectAll()  # as after Tab: what is typed replaces what is there (today's date put in)

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
        self.update_state()

    def _update_heading(self) -> None:
        if self.record_id is None:
            self.heading.setText(heading_text(self.kind_key, None))
        else:
            with self.context.session_factory() as session:
                title = display_title(session, self.kind_key, self.form.values())
            self.heading.setText(heading_text(self.kind_key, title))
        self.delete_button.setVisible(self.record_id is not None)
        self._show_city_comment()

    def _show_city_comment(self) -> None:
        """The reviewers' comments on this record that stand (on its period's latest signed return): the
        city's, and the street's (街道意见) for an office reporting through a street."""
        from db.exchange.comments import record_comments
        from desktop.common.i18n import label
        from desktop.common.page_parts import local_time

        lines: list[str] = []
        if self.record_id is not None:
            with self.context.session_factory() as session:
                found = record_comments(session, str(self.model.__tablename__), self.record_id)
            for comment in found:
                who = _t("{0}（{1}），{2}").format(
                    comment.written_by, label(comment.level), local_time(comment.written_at)
                )
                said = _t("街道意见：{0}（{1}）") if comment.level == "街道" else _t("市级意见：{0}（{1}）")
                lines.append(said.format(comment.text, who))
        self.city_comment.setText("\n".join(lines))
        self.city_comment.setVisible(bool(lines))

    def _on_tab(self, index: int) -> None:
        if index == self.history_tab and not self.history_loaded:
            self._load_history()

    def _load_history(self) -> None:
        self.history.load(self.kind_key, self.record_id)
        self.history_loaded = True

    def update_state(self) -> None:
        """Enable Save and set the status line for the form as it is now."""
        report = self.form.report
        dirty = self.is_dirty()
        self.save_button.setEnabled(not report.has_errors and (dirty or self.is_new))
        problem = self.form.first_problem(prefer=self.form.focused_field())
        self.set_status(*status_line(report, problem, dirty=dirty, just_saved=self._just_saved))

    def set_status(self, text: str, color: str) -> None:
        """Say ``text`` in the status line (its room stays when it is empty)."""
        self.status.set_message(text, color)

    # --- saving (desktop.ledgers.editor_save) -----------------------------------------------

    def _submit(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> bool:
        """Check and save; True when the record was written (or nothing needed saving)."""
        return self._saving.save()

    def mark_saved(self) -> None:
        """The record shown was just saved (the status line says so while it is unchanged)."""
        self._just_saved = True
        self.update_state()

    # --- deleting and closing ----------------------------------------------------------------

    def delete(self) -> bool:
        if self.record_id is None:
            return False
        return self.context.delete(self, self.kind_key, self.record_id)

    def _on_changes(self, changes: Changes) -> None:
        """Something changed in this window: close when this record was deleted, read again the
        lists of its records and its history when they were touched."""
        if may_be_gone(changes, self.kind_key, self.record_id):
            with self.context.session_factory() as session:
                record = session.get(self.model, self.record_id)
                gone = record is None or record.is_deleted
            if gone:
                self.record_id = None
                self._loaded = self.form.values()
                self.closed.emit()
                return
        if changes.touches_returns():  # an acknowledgement brought the city's comments, or a new version
            self._show_city_comment()
        touched = [child for key, child in self.children_lists.items() if changes.touches(key)]
        for child_list in touched:
            child_list.reload()
        # its own record: named, or any of its kind (no ids known), or everything (a backup restored)
        if touched or may_be_gone(changes, self.kind_key, self.record_id):
            if self.tabs.currentIndex() == self.history_tab:
                self._load_history()
            else:
                self.history_loaded = False

    def maybe_leave(self) -> bool:
        """Ask about unsaved changes; True when it is fine to show something else or close."""
        if not self.is_dirty():
            return True
        label = kind_label(self.kind_key)
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

    def _escape(self) -> None:
        """Esc: an open pop-up of the form (a date's calendar, a picker's suggestions) closes
        alone — this shortcut sees the key before the pop-up does —, else the editor closes."""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            return
        self.request_close()

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
        self.setWindowTitle(kind_label(kind_key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        self.resize(open_size(self, 520, 560))  # px at the standard text size
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
