"""The street window's installations: the four of :mod:`tests.support.street_world` (the city, a
certified street, an office routed via it and a direct one), routed, with the street's database made
as ``shequ street init`` makes it and the city's roster for the street written to the stick (the window
installs it). Nothing is mocked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.exchange.bundle import export_bundle
from db.exchange.street_import import make_roster, street_roster_filename
from db.fileio import write_atomic
from db.store import open_store
from desktop.common.drives import Drive
from tests.support.exchange_sites import OFFICE_PASSPHRASE, sign_return
from tests.support.exchange_world import CITY_PASSPHRASE
from tests.support.street_world import STREET_CODE, Four, build_four, routed

STICK_FREE = 15_400_000_000


@dataclass
class WindowWorld:
    four: Four

    @property
    def street(self):  # type: ignore[no-untyped-def]
        return self.four.street

    @property
    def stick(self) -> Path:
        return self.four.stick

    def drives(self) -> list[Drive]:
        return [Drive(self.four.stick, "KINGSTON", STICK_FREE, True)]

    @property
    def roster_path(self) -> Path:
        return self.four.stick / street_roster_filename(STREET_CODE)

    def sign_and_send(self, period: str = "2026Q1") -> Path:
        """The routed office signs the period's return and exports: the street's copy (the city's beside it)."""
        sign_return(self.four.via, period)
        written = export_bundle(self.four.via.store, self.four.via.keys, OFFICE_PASSPHRASE, self.four.stick)
        assert written.street_path is not None
        return written.street_path

    def close(self) -> None:
        self.four.close()


def window_world(folder: Path) -> WindowWorld:
    four = build_four(folder)
    routed(four)
    with open_store(four.street.data_dir, create=True):
        pass
    write_atomic(four.stick / street_roster_filename(STREET_CODE), make_roster(four.city, STREET_CODE, CITY_PASSPHRASE))
    return WindowWorld(four)
