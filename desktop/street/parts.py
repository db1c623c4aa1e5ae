"""The street's window as its action helpers see it: :class:`~desktop.street.services.StreetServices`
and the tabs an action reads its selection from."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.street.services import StreetServices

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from desktop.street.ledger_tab import LedgerTab
    from desktop.street.review_tab import ReviewTab
    from desktop.street.status_tab import StatusTab


class StreetParts(StreetServices, Protocol):
    """The window as the action helpers see it: the services and the tabs they read from."""

    @property
    def tabs(self) -> QTabWidget: ...
    @property
    def status(self) -> StatusTab: ...
    @property
    def review(self) -> ReviewTab: ...
    @property
    def ledger(self) -> LedgerTab: ...

    def open_document(self, path: Path) -> bool:
        """Open ``path`` with the computer's own program for it (查看报表); whether it could."""
        ...
