"""Choosing a linked record by typing part of its name: a search-as-you-type picker.

The suggestions come from :func:`db.forms.search_records` (the same SQL search as the lists,
at most :data:`MAX_SUGGESTIONS` rows), read shortly after typing stops. Enter or a click takes
a suggestion; Enter with one match only takes it at once. Typed text that was never matched
to a record is reported (:meth:`RecordPicker.pending_text`) so the form can say so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QHBoxLayout, QLineEdit, QWidget
from sqlmodel import Session

from db.forms import Candidate, record_title, search_records

MAX_SUGGESTIONS = 30
SEARCH_DELAY_MS = 150
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordPicker", text)


class RecordPicker(QWidget):
    """A line edit that finds records of one kind and keeps the id of the one chosen."""

    changed = Signal()  # the chosen record changed, or the typed text did

    def __init__(self, session_factory: Callable[[], Session], kind_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_factory = session_factory
        self.kind_key = kind_key
        self._id: str | None = None
        self._text = ""  # the chosen record's text as shown
        self._exclude: str | None = None
        self.suggestions: list[Candidate] = []

        self.line = QLineEdit()
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(_t("输入名称查找…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)

        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.line)
        # the overload taking an index (the stubs do not know signals can be indexed by type)
        cast(Any, self.completer.activated)[QModelIndex].connect(self._on_activated)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.line.textEdited.connect(self._on_edited)

    # --- value ----------------------------------------------------------------------------

    def value(self) -> str | None:
        return self._id

    def set_value(self, record_id: str | None) -> None:
        """Show the record ``record_id`` (or nothing) as chosen, without emitting ``changed``."""
        self._id = record_id or None
        if self._id:
            with self._session_factory() as session:
                self._text = record_title(session, self.kind_key, self._id)
        else:
            self._text = ""
        self.line.setText(self._text)
        self.line.setCursorPosition(0)

    def set_exclude(self, record_id: str | None) -> None:
        """Never suggest this record (a party organization cannot be its own parent)."""
        self._exclude = record_id

    def pending_text(self) -> str:
        """Text typed but not matched to a record ("" when a record is chosen or nothing typed)."""
        text = self.line.text().strip()
        return text if text and self._id is None else ""

    # --- searching ------------------------------------------------------------------------

    def _on_edited(self, text: str) -> None:
        if self._id is not None and text != self._text:
            self._id = None
        if not text.strip():
            self._timer.stop()
            self._popup().hide()
        else:
            self._timer.start()
        self.changed.emit()

    def search_now(self, *, show: bool = True) -> list[Candidate]:
        """Look for records matching the typed text and (with ``show``) show them as suggestions."""
        self._timer.stop()
        text = self.line.text().strip()
        if not text or self._id is not None:
            return []
        with self._session_factory() as session:
            self.suggestions = search_records(
                session, self.kind_key, text, limit=MAX_SUGGESTIONS, exclude=self._exclude
            )
        self._model.clear()
        if not self.suggestions:
            item = QStandardItem(_t("没有找到“{0}”").format(text))
            item.setEnabled(False)
            item.setSelectable(False)
            self._model.appendRow(item)
        for candidate in self.suggestions:
            item = QStandardItem(candidate.text)
            item.setData(candidate.record_id, ID_ROLE)
            self._model.appendRow(item)
        if show and self.isVisible():
            self.completer.complete()
        return self.suggestions

    def choose(self, candidate: Candidate) -> None:
        self._id = candidate.record_id
        self._text = candidate.text
        self._popup().hide()
        self.line.setText(candidate.text)
        self.line.setCursorPosition(0)
        self.changed.emit()

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        for candidate in self.suggestions:
            if candidate.record_id == record_id:
                self.choose(candidate)
                return

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a QCompleter makes its popup when it is constructed
        return popup

    def handle_enter(self) -> bool:
        """Enter pressed in the picker: True when it was used to find or take a record."""
        if self._popup().isVisible():
            return True
        if not self.pending_text():
            return False
        found = self.search_now(show=False)
        if len(found) == 1:
            self.choose(found[0])
        else:
            self.completer.complete()
        return True
