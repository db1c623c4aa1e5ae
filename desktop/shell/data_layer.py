"""The data layer, loaded on a background thread while the first window shows.

:class:`DataLayerLoader` imports :data:`DATA_LAYER_MODULES` (SQLAlchemy, SQLModel and the models,
~0.4 s) off the GUI thread; :class:`desktop.shell.startup.StartUp` attaches the store once they have
loaded. Only modules free of Qt are imported there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

# What the pages need from the data layer; imported in the background while the first window shows.
DATA_LAYER_MODULES = (
    "db.store",
    "db.models",
    "db.office",
    "db.operators",
    "db.ops",
    "db.forms",
    "db.listing",
    "db.compliance",
    "db.validation",
    "db.backup",
)


class DataLayerLoader(QObject):
    """Imports the data layer (SQLAlchemy, SQLModel, the models: about 0.4 s) on a background
    thread, so the first window appears and stays responsive meanwhile. Only modules free of Qt
    are imported there; :meth:`whenLoaded` calls back on the GUI thread."""

    loaded = Signal(object)  # None, or the exception the import raised

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.started = False
        self.done = False
        self.error: BaseException | None = None
        self._waiting: list[Callable[[BaseException | None], None]] = []
        self.loaded.connect(self._finished)  # queued: emitted from the loading thread

    def start(self) -> None:
        """Start loading (once; later calls do nothing)."""
        if self.started:
            return
        self.started = True
        import threading

        threading.Thread(target=self._load, name="shequ-data-layer", daemon=True).start()

    def _load(self) -> None:
        import importlib

        error: BaseException | None = None
        try:
            for name in DATA_LAYER_MODULES:
                importlib.import_module(name)
        except BaseException as exc:  # reported on the GUI thread
            error = exc
        self.loaded.emit(error)

    def warm_up(self) -> None:
        """Load the pinyin dictionaries for sort keys on a background thread (otherwise the first
        record saved would wait for them); called once the window shows its current page: loading
        them holds Python's lock for ~0.5 s, which the page's first judgement would wait for."""
        import threading

        threading.Thread(target=self._warm_up, name="shequ-pinyin", daemon=True).start()

    @staticmethod
    def _warm_up() -> None:
        import importlib
        import logging

        try:
            importlib.import_module("db.sortkey").warm_up()
        except Exception:  # the first save loads them instead
            logging.getLogger(__name__).warning("could not load the pinyin dictionaries", exc_info=True)

    def _finished(self, error: BaseException | None) -> None:
        self.done, self.error = True, error
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(error)

    def whenLoaded(self, callback: Callable[[BaseException | None], None]) -> None:
        """Call ``callback(error)`` on the GUI thread once loaded (at once if it already is)."""
        if self.done:
            callback(self.error)
        else:
            self._waiting.append(callback)
