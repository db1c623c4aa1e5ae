"""One signal for what changed: the window's :class:`ChangeHub`.

An operation's :class:`db.changes.Changes` is published once through the hub of the window it
happened in; every page and banner listens to ``changed`` and reads again what the change touches
(right away when shown, else when next shown — :class:`StaleGuard`). No page calls another page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the main window makes its hub before it shows: keep its imports few
    from db.changes import Changes


class ChangeHub(QObject):
    """Carries each operation's :class:`Changes` to every page of one window."""

    changed = Signal(object)  # Changes
    operator_changed = Signal()  # someone else signed in: pages that show who may do what read it again

    def publish(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)


class StaleGuard:
    """Reads a page again when it is shown, or at once if it is on screen: a hidden page that a
    change touched is marked stale and refreshed by its next ``showEvent`` (call :meth:`shown`)."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        self._widget = widget
        self._refresh = refresh
        self.stale = False

    def touch(self) -> None:
        if self._widget.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def shown(self) -> None:
        if self.stale:
            self.stale = False
            self._refresh()
