"""The city's window as its action helpers see it: :class:`~desktop.city.services.CityServices`
and the tabs an action reads its selection from or shows its result on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from desktop.city.services import CityServices

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from desktop.city.imports_tab import ImportsTab
    from desktop.city.registry_tab import RegistryTab
    from desktop.city.return_tab import ReturnTab
    from desktop.city.status_tab import StatusTab
    from desktop.common.exchange_widgets import ConflictsPanel


class CityParts(CityServices, Protocol):
    @property
    def tabs(self) -> QTabWidget: ...
    @property
    def status(self) -> StatusTab: ...
    @property
    def imports(self) -> ImportsTab: ...
    @property
    def registry(self) -> RegistryTab: ...
    @property
    def return_tab(self) -> ReturnTab: ...
    @property
    def conflicts(self) -> ConflictsPanel: ...
