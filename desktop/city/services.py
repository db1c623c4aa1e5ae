"""What the city's tabs and actions use of their window, as a protocol: the city's data, the one
change hub, the period chosen, the background runner and the result frame. The tabs and the action
helpers depend on this, never on :mod:`desktop.city.window` (which assembles them)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from db.exchange.pki import CityAuthority
    from db.periods import Period
    from db.store import Store
    from desktop.common.changes import ChangeHub
    from desktop.common.drives import DriveChooser
    from desktop.common.import_run import ImportRun
    from desktop.common.tasks import Progress, TaskHandle


class CityServices(Protocol):
    """The city's window as its tabs and actions see it."""

    last_import: ImportRun | None  # the files of the last 导入数据包…

    @property
    def store(self) -> Store: ...
    @property
    def authority(self) -> CityAuthority: ...
    @property
    def hub(self) -> ChangeHub: ...
    @property
    def city_name(self) -> str: ...
    @property
    def today(self) -> date: ...
    @property
    def clock(self) -> Callable[[], datetime] | None: ...
    @property
    def drives(self) -> DriveChooser: ...
    @property
    def period(self) -> Period: ...
    @property
    def busy(self) -> bool: ...

    def window(self) -> QWidget:
        """The parent of the questions asked."""
        ...

    def run(
        self,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        title: str,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        cancellable: bool = True,
    ) -> TaskHandle[Any]:
        """``work`` in the background with a progress window (:meth:`desktop.common.tasks.BusyWork._run`)."""
        ...

    def say(self, colour: str, heading: str, text: str = "") -> None: ...
    def show_error(self, exc: BaseException, title: str = "") -> None: ...
    def ask_passphrase(self, title: str, ok_label: str, why: str) -> str | None:
        """The city's passphrase: the one kept for the session, else asked; None when the person cancels."""
        ...

    def passphrase_worked(self, passphrase: str) -> None:
        """``passphrase`` opened the city's key: keep it for the session (a wrong one is never kept)."""
        ...

    def folder_or_ask(self, title: str) -> Path | None:
        """Where to write: the stick chosen; with none, a folder asked for; None when the person cancels."""
        ...
