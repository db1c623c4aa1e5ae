"""What the editors of one window share: sessions acting for the operator, the window's
:class:`~desktop.common.changes.ChangeHub`, and deletions to undo.

Deleting plans first (:func:`db.policy.plan_delete`, in a session closed before anything is
asked), asks (:func:`desktop.common.prompts.prompts`; the reason of a correction,
:mod:`desktop.ledgers.corrections`), tombstones the record in a fresh session
(:func:`db.policy.commit_delete`) and shows "已删除“X”  [撤销]" in the status bar; the button or
Ctrl+Z brings the last deleted record back — planned and asked the same way (a record of a signed
period needs a reason to come back too: :func:`db.policy.plan_undo`, :func:`db.policy.commit_undo`)
— also with the cursor in a text box that has no typing of its own to undo (:func:`undo_falls_through`). What changed is
published through ``hub``, from which pages refresh; ``deleted`` is for the status bar's notice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPlainTextEdit, QPushButton, QWidget
from sqlmodel import Session

from db import kinds
from db.audit import Actor, LedgerSession
from db.errors import NoOperator, ShequError
from db.forms import display_title
from db.policy import UndoPlan, UndoResult, commit_delete, commit_undo, plan_delete, plan_undo
from desktop.common.changes import ChangeHub
from desktop.common.i18n import error_text
from desktop.common.i18n import label as i18n_label
from desktop.common.prompts import prompts
from desktop.ledgers.corrections import correction_reason

MAX_UNDO = 20


def _t(text: str) -> str:
    return QCoreApplication.translate("Editing", text)


class _UndoFallsThrough(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # filtered out, Ctrl+Z is not claimed by the text box: the window's 撤销删除 takes it
        return (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not _has_own_undo(watched)
        )


def _has_own_undo(widget: QObject) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit):
        return widget.document().isUndoAvailable()
    return True


def undo_falls_through(widget: QWidget) -> None:
    """Ctrl+Z in ``widget`` (a text box) undoes its typing while there is some, else it brings the
    last deleted record back, as it does anywhere else in the window (a text box claims Ctrl+Z
    even with nothing to undo)."""
    _UndoFallsThrough(widget)


@dataclass(frozen=True)
class Deleted:
    kind_key: str
    record_id: str
    title: str


class EditingContext(QObject):
    """Sessions for reading and writing, the acting operator, and the deletions that can be undone."""

    deleted = Signal(str, str, str)  # kind key, record id, title: the status bar's notice
    restored = Signal(str, str)  # kind key, record id

    def __init__(
        self,
        session_factory: Callable[[], Session],
        actor_source: Callable[[], Actor | None],
        parent: QObject | None = None,
        *,
        hub: ChangeHub | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub if hub is not None else ChangeHub(self)  # the window's, or one of its own
        self.session_factory = session_factory
        self._actor_source = actor_source
        self.undo_stack: list[Deleted] = []
        self.notice: UndoNotice | None = None  # set by install_editing
        self.undo_action: QAction | None = None

    def actor(self) -> Actor | None:
        return self._actor_source()

    def write_session(self) -> LedgerSession:
        """A session whose changes are made (and audited) as the acting operator."""
        actor = self.actor()
        if actor is None:
            raise NoOperator()
        session = self.session_factory()
        if not isinstance(session, LedgerSession):
            session.close()
            raise TypeError("writing needs a LedgerSession")
        session.set_actor(actor)
        return session

    # --- delete and undo -----------------------------------------------------------------

    def delete(self, parent: QWidget | None, kind_key: str, record_id: str) -> bool:
        """Ask, then delete the record; True when it was deleted."""
        model = kinds.kind(kind_key).model
        try:
            with self.session_factory() as session:  # read the plan; closed before anything is asked
                record = session.get(model, record_id)
                if record is None or record.is_deleted:
                    return False
                title = display_title(session, kind_key, record.model_dump())
                plan = plan_delete(session, record)
        except ShequError as exc:
            prompts().error(parent, _t("没有删除"), error_text(exc))
            return False
        label = i18n_label(kinds.kind(kind_key).label)
        question = _t("要删除{0}“{1}”吗？\n删除后可以在窗口底部点“撤销”（或按 Ctrl+Z）恢复。").format(label, title)
        if not prompts().confirm(parent, _t("删除记录"), question, _t("删除"), danger=True):
            return False
        go_on, why = correction_reason(parent, plan.covering, context=self)
        if not go_on:
            return False
        try:
            with self.write_session() as session:
                result = commit_delete(session, plan, reason=why)
        except ShequError as exc:
            prompts().error(parent, _t("没有删除"), error_text(exc))
            return False
        if not result.deleted:
            return False
        self.undo_stack.append(Deleted(kind_key, record_id, title))
        del self.undo_stack[:-MAX_UNDO]
        self.hub.publish(result.changes)
        self.deleted.emit(kind_key, record_id, title)
        return True

    @property
    def last_deleted(self) -> Deleted | None:
        return self.undo_stack[-1] if self.undo_stack else None

    def undo_last(self, parent: QWidget | None = None) -> Deleted | None:
        """Bring the last deleted record back (asking why when it belongs to a signed period);
        what was restored, or None (also when the person cancelled: it stays undoable)."""
        if not self.undo_stack:
            return None
        item = self.undo_stack[-1]
        try:
            plan = self._plan_undo(item)
            go_on, why = correction_reason(parent, plan.covering, context=self) if plan is not None else (True, None)
            if not go_on:
                return None
            result: UndoResult | None = None
            if plan is not None:
                with self.write_session() as session:
                    result = commit_undo(session, plan, reason=why)
        except ShequError as exc:
            prompts().error(parent, _t("没有恢复"), error_text(exc))
            return None
        self.undo_stack.pop()
        if result is not None:
            self.hub.publish(result.changes)
        self.restored.emit(item.kind_key, item.record_id)
        return item

    def _plan_undo(self, item: Deleted) -> UndoPlan | None:
        """What bringing ``item`` back needs (None: it is not deleted any more); the session is
        closed before anything is asked."""
        with self.session_factory() as session:
            record = session.get(kinds.kind(item.kind_key).model, item.record_id)
            if record is None or not record.is_deleted:
                return None
            return plan_undo(session, record)


class UndoNotice(QWidget):
    """In the status bar: "已删除“X”  [撤销]" after a deletion, "已恢复“X”" after undoing it."""

    def __init__(self, context: EditingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.label = QLabel()
        self.button = QPushButton(_t("撤销"))
        self.button.setToolTip(_t("恢复刚删除的记录（Ctrl+Z）"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        context.deleted.connect(self._show_deleted)
        self.hide()

    def _show_deleted(self, _kind_key: str, _record_id: str, title: str) -> None:
        self.label.setText(_t("已删除“{0}”").format(title))
        self.button.show()
        self.show()

    def undo(self) -> None:
        item = self._context.undo_last(self.window())
        if item is None:
            return
        following = self._context.last_deleted
        if following is not None:
            self.label.setText(_t("已恢复“{0}”；上一条删除的是“{1}”").format(item.title, following.title))
        else:
            self.label.setText(_t("已恢复“{0}”").format(item.title))
            self.button.hide()


def install_editing(
    window: QMainWindow,
    session_factory: Callable[[], Session],
    actor_source: Callable[[], Actor | None],
    *,
    hub: ChangeHub | None = None,
) -> EditingContext:
    """Give a main window its editing context (publishing through ``hub``, the window's), the
    undo notice in its status bar and Ctrl+Z."""
    context = EditingContext(session_factory, actor_source, window, hub=hub)
    notice = UndoNotice(context)
    window.statusBar().addWidget(notice)
    undo = QAction(_t("撤销删除"), window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    undo.triggered.connect(notice.undo)
    window.addAction(undo)
    context.notice = notice
    context.undo_action = undo
    return context
