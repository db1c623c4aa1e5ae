"""The one form engine behind every record editor, built from a kind's spec in :mod:`db.forms`.

Every field gets a Chinese label, its input (:mod:`desktop.ledgers.fields`) and a message line under
it. As people type, the form checks its values with :func:`db.validation.validate_values`
(no database access) and shows each field's problems under it: errors in red, warnings in
amber. A field's messages appear once it has been edited, after a save was tried, or at once
for a stored record. The message line keeps its room (one line of the current font,
:class:`desktop.ledgers.message_line.MessageLine`) whether a message shows or not, so no field
moves while people type; a message too long for it ends in "…" with the whole in its tooltip.

Typing a valid ID number fills in the birth date and gender — unless the person put something else
there themselves (then the mismatch is reported, nothing they typed is changed) — and the messages
are redone before anyone is asked about a duplicate, so what shows always describes the text in the
field. Enter in a one-line field moves to the next field; on the last one it asks to save (``submit``).
A field given the cursor by the form (Enter, :meth:`RecordForm.focus_field`) is scrolled into view
with its message line.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget
from sqlmodel import Session

from db.forms import FormSpec, Input, effective_values, form_for, model_default, visible
from db.validation import IdInfo, Issue, Report, Severity, is_valid_id_number, parse_id_number, validate_values
from desktop.common.i18n import label
from desktop.common.i18n import text as msg
from desktop.common.text_size import follow_font, text_width
from desktop.ledgers.choice_fields import ChoiceInput
from desktop.ledgers.date_fields import DateInput
from desktop.ledgers.deletions import undo_falls_through
from desktop.ledgers.field_factory import make_input
from desktop.ledgers.fields import FieldInput
from desktop.ledgers.message_line import MessageLine, label_column, set_text_color

ERROR_COLOR = "#c62828"
WARNING_COLOR = "#9a5b00"  # amber dark enough to read on white


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


class _Row:
    def __init__(
        self, field_input: FieldInput, label: QLabel, label_box: QWidget, container: QWidget, message: MessageLine
    ) -> None:
        self.input = field_input
        self.label = label
        self.label_box = label_box
        self.container = container
        self.message = message
        self.touched = False


NAME_CHARACTERS = 8  # a field's name wider than this many Chinese characters wraps (long English names)


def _fit_name(name_label: QLabel) -> None:
    """The name beside an input: whole on one line, or wrapped onto two when longer than
    :data:`NAME_CHARACTERS` (an English "Secretary also committee director" would otherwise
    push the inputs out of the editor); follows the text size."""

    def fit() -> None:
        name_label.setWordWrap(False)
        widest = text_width(name_label, NAME_CHARACTERS)
        if name_label.sizeHint().width() > widest:
            name_label.setWordWrap(True)
            name_label.setFixedWidth(widest)
        else:
            name_label.setMinimumWidth(name_label.sizeHint().width())
            name_label.setMaximumWidth(16_777_215)

    follow_font(name_label, fit)


class RecordForm(QWidget):
    """The fields of one kind of record, with live checks."""

    changed = Signal()  # any value changed (also after the checks were redone)
    submit = Signal()  # Enter on the last field
    id_number_completed = Signal(str)  # a valid ID number was typed (the editor may look for duplicates)

    def __init__(
        self,
        kind_key: str,
        session_factory: Callable[[], Session],
        *,
        hidden: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind_key = kind_key
        self.spec: FormSpec = form_for(kind_key)
        self._hidden = frozenset(hidden)  # fields fixed by the caller (a visit's pairing)
        self._rows: dict[str, _Row] = {}
        self._loading = False
        self._show_all = False
        self._external: list[Issue] = []  # issues found on save (database checks)
        self._stored = False  # the values shown are a stored record's
        self._id_info: IdInfo | None = None  # what the last valid ID number in the form said
        self.report = Report()
        self._unread: frozenset[str] = frozenset()  # fields shown holding text their input could not read

        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setVerticalSpacing(4)
        self._layout = layout

        for form_field in self.spec.fields:
            default = model_default(kind_key, form_field.name)
            field_input = make_input(form_field, kind_key, session_factory, default)
            if form_field.section:
                heading = QLabel(label(form_field.section))
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setContentsMargins(0, 8, 0, 2)
                layout.addRow(heading)
                if form_field.name in self._hidden:
                    heading.hide()
            text = label(self.spec.label(form_field.name))
            if field_input.required:
                text = f"{text} *"
            name_label = QLabel(text)
            _fit_name(name_label)
            message = MessageLine(1)
            message.setObjectName(f"message_{form_field.name}")
            container = QWidget()
            column = QVBoxLayout(container)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(field_input.widget)
            column.addWidget(message)
            name_label.setBuddy(field_input.focus_widgets()[0])
            tall = field_input.widget.sizeHint().height() > 2 * name_label.sizeHint().height()
            label_box = label_column(name_label, top=tall or not field_input.single_line())
            layout.addRow(label_box, container)
            row = _Row(field_input, name_label, label_box, container, message)
            self._rows[form_field.name] = row
            field_input.changed.connect(self._changer(row))
            for widget in field_input.focus_widgets():
                widget.installEventFilter(self)
                undo_falls_through(widget)  # Ctrl+Z with no typing to undo: the last deletion

        self.general_message = QLabel()  # problems with fields the form does not show
        self.general_message.setWordWrap(True)
        self.general_message.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addLayout(layout)
        outer.addWidget(self.general_message)
        outer.addStretch(1)
        self._apply_visibility()
        self._set_tab_order()
        # 字号 changed while typing: the field being typed in stays in view (its rows grew above it)
        follow_font(self, lambda: QTimer.singleShot(0, self, self._reveal_focused))

    # --- access ---------------------------------------------------------------------------

    def input(self, name: str) -> FieldInput:
        return self._rows[name].input

    def widget(self, name: str) -> QWidget:
        """The widget that takes the keyboard for field ``name`` (its first one)."""
        return self._rows[name].input.focus_widgets()[0]

    def message(self, name: str) -> str:
        """The message shown under field ``name`` ("" when none is shown)."""
        return self._rows[name].message.message()

    def message_line(self, name: str) -> MessageLine:
        """The line under field ``name`` that shows its messages."""
        return self._rows[name].message

    def label_text(self, name: str) -> str:
        return self._rows[name].label.text()

    def label_widget(self, name: str) -> QLabel:
        """The label with field ``name``'s name."""
        return self._rows[name].label

    def _visible_names(self) -> list[str]:
        values = self.raw_values()
        return [n for n in self.spec.names if n not in self._hidden and visible(self.spec, n, values)]

    # --- values ---------------------------------------------------------------------------

    def raw_values(self) -> dict[str, Any]:
        return {name: row.input.value() for name, row in self._rows.items()}

    def values(self) -> dict[str, Any]:
        """The form's values as they would be saved (fields hidden by a choice left blank)."""
        return effective_values(self.spec, self.raw_values())

    def set_values(self, values: Mapping[str, Any], *, stored: bool) -> None:
        """Show these values; ``stored``: they are a saved record's (its problems show at once)."""
        self._loading = True
        try:
            for name, row in self._rows.items():
                if name in values:
                    row.input.set_value(values[name])
                row.touched = False
        finally:
            self._loading = False
        self._show_all = stored
        self._stored = stored
        self._external = []
        self._id_info = self._id_number_info()
        self._apply_visibility()
        self.revalidate()

    def set_exclude(self, name: str, record_id: str | None) -> None:
        picker = getattr(self._rows[name].input, "picker", None)
        if picker is not None:
            picker.set_exclude(record_id)

    # --- checks ---------------------------------------------------------------------------

    def show_all_issues(self) -> None:
        self._show_all = True
        self.revalidate()

    def set_external_issues(self, issues: Iterable[Issue]) -> None:
        """Problems found by the database checks on save; shown until their field changes."""
        self._external = list(issues)
        self._show_all = True
        self.revalidate()

    def revalidate(self) -> Report:
        values = self.values()
        checked = validate_values(self.kind_key, values)
        # text an input could not read (a date, an amount, a name not matched to a record): its
        # own message is the one true sentence for the field, so the checks of the value drop out
        pending = {
            name: unread
            for name, row in self._rows.items()
            if (unread := row.input.pending_issue()) and name not in self._hidden and visible(self.spec, name, values)
        }
        self._unread = frozenset(pending)
        report = Report(issue for issue in checked if issue.field not in pending)
        for name, message in pending.items():
            report.error(name, f"{name}.unreadable", message)
        known = {(issue.field, issue.code) for issue in report}
        for issue in self._external:
            if (issue.field, issue.code) not in known:
                report.add(issue)
        self.report = report
        self._render(report)
        return report

    def has_errors(self) -> bool:
        return self.report.has_errors

    def has_unread_text(self) -> bool:
        """Some field shows text typed that its input could not read (an amount with three
        decimals, a name not yet matched to a record): a change even when no value changed."""
        return bool(self._unread)

    def first_problem(self, prefer: str | None = None) -> Issue | None:
        """The first error (else warning) in form order; of the errors, field ``prefer``'s first
        (the field being typed in), of the warnings too when there are no errors."""
        order = {name: position for position, name in enumerate(self.spec.names)}
        issues = sorted(
            self.report,
            key=lambda i: (not i.is_error, i.field != prefer, order.get(i.field, len(order))),
        )
        return issues[0] if issues else None

    def focused_field(self) -> str | None:
        """The field whose input has the keyboard focus in this window (also while the window is
        not the active one), if any."""
        focus = self.window().focusWidget()
        if focus is None:
            return None
        for name, row in self._rows.items():
            if any(widget is focus or widget.isAncestorOf(focus) for widget in row.input.focus_widgets()):
                return name
        return None

    def focus_field(self, name: str) -> None:
        if name in self._rows and name not in self._hidden:
            self.widget(name).setFocus(Qt.FocusReason.OtherFocusReason)
            self._reveal(self.widget(name))

    def _reveal(self, widget: QWidget) -> None:
        """Scroll the form (when it is in a scroll area) so that ``widget`` and its message show."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            row = self._row_of(widget)
            area.ensureWidgetVisible(row.container if row is not None else widget, 0, 0)

    def _reveal_focused(self) -> None:
        name = self.focused_field()
        if name is not None:
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the rows' new heights first
            self._reveal(self.widget(name))

    def _render(self, report: Report) -> None:
        shown = set(self._visible_names())
        general: list[Issue] = []
        for name, row in self._rows.items():
            issues = report.for_field(name)
            if name not in shown:
                general.extend(issues)
                issues = []
            if issues and (self._show_all or row.touched):
                issue = issues[0]
                color = ERROR_COLOR if issue.severity is Severity.ERROR else WARNING_COLOR
                row.message.set_message("\n".join(msg(i.message) for i in issues), color)
            else:
                row.message.clear_message()
        general.extend(issue for issue in report if issue.field not in self._rows)
        if general and (self._show_all or any(r.touched for r in self._rows.values())):
            color = ERROR_COLOR if any(i.is_error for i in general) else WARNING_COLOR
            set_text_color(self.general_message, color)
            self.general_message.setText("\n".join(dict.fromkeys(msg(i.message) for i in general)))
            self.general_message.show()
        else:
            self.general_message.clear()
            self.general_message.hide()

    # --- reacting to edits ----------------------------------------------------------------

    def _changer(self, row: _Row) -> Callable[[], None]:
        def changed() -> None:
            if self._loading:
                return
            row.touched = True
            name = row.input.name
            self._external = [i for i in self._external if i.field != name]
            completed = ""
            if row.input.spec.input is Input.ID_NUMBER:
                completed = self._fill_from_id_number(row.input.value())
            if any(f.show_if and f.show_if[0] == name for f in self.spec.fields):
                self._apply_visibility()
            self.revalidate()
            self.changed.emit()
            if completed:  # asked (a likely duplicate) only once the messages describe this number
                self.id_number_completed.emit(completed)

        return changed

    def _fill_from_id_number(self, text: str) -> str:
        """Fill the birth date and gender from a valid ID number; the number ("" when not valid).

        A field is filled when it is a new record's untouched default, empty, or what the last
        valid ID number said; what the person put there themselves is kept (and the check then
        says that it does not match the ID number)."""
        if not is_valid_id_number(text):
            return ""
        info = parse_id_number(text)
        assert info is not None
        before = self._id_info
        self._loading = True
        try:
            for name, kind, value, said in (
                ("birth_date", DateInput, info.birth_date, before.birth_date if before else None),
                ("gender", ChoiceInput, info.gender, before.gender if before else None),
            ):
                row = self._rows.get(name)
                if row is not None and isinstance(row.input, kind) and self._may_fill(row, said):
                    row.input.set_value(value)
                    self._external = [i for i in self._external if i.field != name]
        finally:
            self._loading = False
        self._id_info = info
        return text

    def _may_fill(self, row: _Row, from_last_id: object) -> bool:
        if not self._stored and not row.touched:
            return True  # a new record's default: nobody chose it
        current = row.input.value()
        if current in (None, "") and not row.input.pending_issue():
            return True  # empty (and nothing half-typed in it)
        return from_last_id is not None and current == from_last_id

    def _id_number_info(self) -> IdInfo | None:
        """What the (first) valid ID number in the form says, else None."""
        for row in self._rows.values():
            if row.input.spec.input is Input.ID_NUMBER:
                text = row.input.value()
                if isinstance(text, str) and is_valid_id_number(text):
                    return parse_id_number(text)
        return None

    def _apply_visibility(self) -> None:
        shown = set(self._visible_names())
        for name, row in self._rows.items():
            on = name in shown
            row.label_box.setVisible(on)
            row.container.setVisible(on)

    def _set_tab_order(self) -> None:
        widgets = [w for name in self.spec.names for w in self._rows[name].input.focus_widgets()]
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    # --- Enter moves on -------------------------------------------------------------------

    def _row_of(self, widget: QObject) -> _Row | None:
        for row in self._rows.values():
            if widget in row.input.focus_widgets():
                return row
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                row = self._row_of(watched)
                if row is not None and row.input.single_line():
                    if not row.input.handle_enter():
                        self._advance(row, watched)
                    return True
        return super().eventFilter(watched, event)

    def _advance(self, row: _Row, watched: QObject) -> None:
        names = self._visible_names()
        if row.input.name not in names:
            return
        position = names.index(row.input.name)
        if position + 1 < len(names):
            self.widget(names[position + 1]).setFocus(Qt.FocusReason.TabFocusReason)
            self._reveal(self.widget(names[position + 1]))
        else:
            self.submit.emit()

    def first_widget(self) -> QWidget | None:
        """The first field's input that takes the keyboard (skipping any that cannot)."""
        for name in self._visible_names():
            widget = self.widget(name)
            read_only = bool(getattr(widget, "isReadOnly", lambda: False)())
            if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not read_only:
                return widget
        return None
