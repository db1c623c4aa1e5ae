"""Going to a record from elsewhere in the window (首页's list of what to fix before signing).

The record is shown where it is kept: its ledger page with the editor open on it — a child
record (a member's post, a pairing's visit) in its dialog inside its parent's editor — and the
cursor in the field to fix. Without a record, the ledger's list is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from db.forms import LISTED_KINDS, parent_child, parent_id_of

if TYPE_CHECKING:
    from desktop.shell.main_window import MainWindow

# Records kept outside the ledgers, and the page that holds them.
OTHER_PAGES = {"operators": "settings"}


def page_for(kind_key: str) -> str | None:
    """The main window's page where records of ``kind_key`` are kept, or None (nowhere to go)."""
    if kind_key in LISTED_KINDS:
        return kind_key
    found = parent_child(kind_key)
    if found is not None:
        return found[0]
    return OTHER_PAGES.get(kind_key)


def go_to_record(window: MainWindow, kind_key: str, record_id: str = "", field: str = "") -> QWidget | None:
    """Show ``record_id`` of ``kind_key`` in ``window`` (see the module); the editor, the child's
    dialog or, failing those, the page shown; None when ``kind_key`` has no page."""
    from desktop.ledgers.list_page import ListPage

    page_key = page_for(kind_key)
    if page_key is None:
        return None
    page = window.show_page(page_key)
    if not isinstance(page, ListPage):
        return page
    if not record_id:
        page.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return page
    if page_key == kind_key:
        editor = page.open_record(record_id)
        if editor is None:
            return page
        editor.focus_field(field)
        return editor
    with window.workspace.store.session() as session:
        parent_id = parent_id_of(session, kind_key, record_id)
    parent = page.open_record(parent_id) if parent_id is not None else None
    if parent is None:
        return page
    return parent.open_child(kind_key, record_id, field) or parent
