"""Saving the record editor's form: plan → questions → commit → publish.

The database plans the change (:func:`db.policy.plan_save`: its checks, the warnings that need a
note, the signed or locked returns that make it a correction) in a session closed before anything
is asked; a likely duplicate ID number offers to open the other record; new warnings ask for a note
and a correction — any change to a signed period, a new record dated in one included — for its
reason (the wording of :mod:`desktop.ledgers.corrections`: a period the city accepted is said as
such); then :func:`db.policy.commit_save` writes in a fresh session as the
acting operator (refusing, nothing written, if an answer is missing). What changed is published
through the editor's :class:`~desktop.common.changes.ChangeHub`.

The flow sees the editor through :class:`SavingEditor` (it is
:class:`desktop.ledgers.editor.RecordEditor`, which this module does not import).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from db import kinds
from db.errors import ShequError
from db.forms import apply_values
from db.models import SyncedRecord, new_id
from db.policy import SaveAnswers, SavePlan, commit_save, plan_save
from db.validation import Issue, normalize_id_number, validate_record
from desktop.common.changes import ChangeHub
from desktop.common.i18n import error_text
from desktop.common.i18n import text as db_text
from desktop.common.prompts import prompts
from desktop.ledgers.corrections import correction_reason
from desktop.ledgers.deletions import EditingContext
from desktop.ledgers.editor_state import _t
from desktop.ledgers.form import WARNING_COLOR, RecordForm


class SavingEditor(Protocol):
    """The record editor as its save flow sees it."""

    @property
    def context(self) -> EditingContext: ...
    @property
    def hub(self) -> ChangeHub: ...
    @property
    def kind_key(self) -> str: ...
    @property
    def model(self) -> type[SyncedRecord]: ...
    @property
    def record_id(self) -> str | None: ...
    @property
    def form(self) -> RecordForm: ...
    @property
    def is_new(self) -> bool: ...
    @property
    def saved(self) -> SignalInstance: ...

    def is_dirty(self) -> bool: ...
    def update_state(self) -> None: ...
    def set_status(self, text: str, color: str) -> None: ...
    def open_record(self, record_id: str, *, keep_place: bool = False) -> bool: ...
    def open_other(self, record_id: str) -> None:
        """Show another record (a likely duplicate) instead, and say so."""
        ...

    def mark_saved(self) -> None:
        """The record shown was just saved (the status line says so)."""
        ...


class SaveFlow:
    """Saves one editor's form, asking on the way; remembers the likely duplicates the person
    chose not to open until another record is shown (:meth:`forget_declined`). ``parent`` is the
    widget the questions are asked over (the editor)."""

    def __init__(self, editor: SavingEditor, parent: QWidget) -> None:
        self.editor = editor
        self.parent = parent
        self.declined: set[str] = set()

    def forget_declined(self) -> None:
        self.declined = set()

    def save(self) -> bool:
        """Check and save; True when the record was written (or nothing needed saving)."""
        editor, form = self.editor, self.editor.form
        report = form.revalidate()
        if report.has_errors:
            form.show_all_issues()
            editor.update_state()
            problem = form.first_problem()
            if problem is not None:
                form.focus_field(problem.field)
            return False
        if not editor.is_new and not editor.is_dirty():
            return True
        try:
            plan = self._plan()
        except ShequError as exc:
            prompts().error(self.parent, _t("没有保存"), error_text(exc))
            return False
        if plan is None:
            prompts().error(self.parent, _t("没有保存"), _t("这条记录已被删除，不能再保存修改。"))
            return False
        if plan.blocked:
            self._show_refused(plan.report.errors)
            return False
        # the questions, with no session open
        new_warnings = list(plan.notes_needed)
        other = self._duplicate_to_open(new_warnings)
        if other is not None:
            editor.open_other(other)
            return False
        note = None
        if new_warnings:
            note = self._ask_reason(new_warnings)
            if note is None:
                editor.set_status(_t("没有保存：需要写明原因才能保存。"), WARNING_COLOR)
                return False
        go_on, why = correction_reason(self.parent, plan.covering, context=editor.context)
        if not go_on:
            if any(item.locked for item in plan.covering):
                editor.set_status(_t("没有保存：这个报告期已由市级审核通过并锁定。"), WARNING_COLOR)
            else:
                editor.set_status(_t("没有保存：改动已签署报表的报告期，需要写明原因。"), WARNING_COLOR)
            return False
        try:
            with editor.context.write_session() as session:
                result = commit_save(session, plan, SaveAnswers(note=note, correction=why))
        except ShequError as exc:
            prompts().error(self.parent, _t("没有保存"), error_text(exc))
            return False
        if not result.saved:
            self._show_refused(result.report.errors)
            return False
        saved_id = result.record_id
        editor.open_record(saved_id, keep_place=True)  # the saved record stays where it was
        editor.mark_saved()
        editor.hub.publish(result.changes)
        editor.saved.emit(editor.kind_key, saved_id)
        return True

    def _plan(self) -> SavePlan | None:
        """What saving the form would do (None: the record was deleted meanwhile); the session
        is closed before anything is asked, and nothing is written."""
        editor = self.editor
        with editor.context.write_session() as session:
            record = editor.model() if editor.record_id is None else session.get(editor.model, editor.record_id)
            if record is None or record.is_deleted:
                return None
            apply_values(record, editor.form.values())
            plan = plan_save(session, record)
            session.rollback()
        return plan

    def _show_refused(self, errors: list[Issue]) -> None:
        form = self.editor.form
        form.set_external_issues(errors)
        self.editor.update_state()
        problem = form.first_problem()
        if problem is not None:
            form.focus_field(problem.field)

    def _ask_reason(self, warnings: list[Issue]) -> str | None:
        lines = "\n".join(f"· {db_text(issue.message)}" for issue in warnings)
        label = _t("请核对：\n{0}\n\n核对无误后，请写明原因（会记入修改记录）：").format(lines)
        note = prompts().ask_text(self.parent, _t("保存前请写明原因"), label)
        if note is None or not note.strip():
            return None
        return note.strip()

    def _duplicate_to_open(self, warnings: list[Issue]) -> str | None:
        """The id of a likely duplicate the person wants to open instead, or None."""
        for issue in warnings:
            other = issue.param("other_id")
            if not issue.code.endswith(".duplicate") or not other or other in self.declined:
                continue
            if self._offer_duplicate(issue, other):
                return other
        return None

    def _offer_duplicate(self, issue: Issue, other_id: str) -> bool:
        question = _t("{0}\n\n要打开那条记录吗？（这里填写的内容不会保存）").format(db_text(issue.message))
        # asked on the number's last digit, while people may still be typing: Enter or Space typed
        # on before reading it keeps this form (what opening the other record would drop)
        if prompts().confirm(self.parent, _t("可能重复录入"), question, _t("打开那条记录"), danger=True):
            return True
        self.declined.add(other_id)
        return False

    def check_duplicate(self, number: str) -> None:
        """A valid ID number was typed: look once for another record with it."""
        editor = self.editor
        kind = kinds.kind(editor.kind_key)
        if kind.person_id_field is None:
            return
        actor = editor.context.actor()
        probe = editor.model(id=editor.record_id or new_id(), office_code=actor.office_code if actor else "")
        setattr(probe, kind.person_id_field, normalize_id_number(number))
        with editor.context.session_factory() as session, session.no_autoflush:
            report = validate_record(session, probe)
        for issue in report.warnings:
            other = issue.param("other_id")
            if issue.code.endswith(".duplicate") and other and other not in self.declined:
                if self._offer_duplicate(issue, other):
                    editor.open_other(other)
                return
