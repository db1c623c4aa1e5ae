"""Going to a record from elsewhere in the window (首页's list of what to fix before signing).

The record is shown where it is kept: its ledger page with the editor open on it — a child
record (a member's post, a pairing's visit) in its dialog inside its parent's editor — and the
cursor in the field to fix. Without a record, the ledger's list is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from db.forms import parent_id_of
from db.store import Store
from desktop.shell.navigation import page_for


def go_to_record(
    show_page: Callable[[str], QWidget], store: Store, kind_key: str, record_id: str = "", field: str = ""
) -> QWidget | None:
    """Show ``record_id`` of ``kind_key`` (see the module) through ``show_page(page key)``; the
    editor, the child's dialog or, failing those, the page shown; None when ``kind_key`` has no page."""
    from desktop.ledgers.list_page import ListPage

    page_key = page_for(kind_key)
    if page_key is None:
        return None
    page = show_page(page_key)
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
    with store.session() as session:
        parent_id = parent_id_of(session, kind_key, record_id)
    parent = page.open_record(parent_id) if parent_id is not None else None
    if parent is None:
        return page
    return parent.open_child(kind_key, record_id, field) or parent
