"""Four installations for the review chain 社区 → 街道 → 市, built with the real functions: the city
(:func:`tests.support.exchange_sites.certified_city`), a street certified by it, an office routed via the
street (``via``) and one that reports straight to the city (``direct``). Real keys, real files.

``build_four(tmp_path)`` makes them; ``routed(four)`` routes ``via`` through the street and lets both
offices take the city's acknowledgement; ``street_site(four)`` opens the street's consolidated database
with the city's roster installed (what ``shequ street init`` / ``install-roster`` do)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from db.exchange.acks import AckResult
from db.exchange.bundle import export_ack, import_ack
from db.exchange.pki import CityAuthority
from db.exchange.street import StreetInstallation, issue_street, route
from db.exchange.street_import import install_roster, make_roster
from db.models import Activity
from db.returns.sign import KeyStore
from db.store import open_store
from tests.support.exchange_sites import OFFICE_PASSPHRASE, Site, certified_city, small_office
from tests.support.exchange_world import CITY_PASSPHRASE

STREET_CODE = "150802001000"
STREET_NAME = "胜利街道党工委"
STREET_PASSPHRASE = "胜利街道-街道口令-2026"
STREET_OFFICE = "150802001101"  # routed via the street
DIRECT_OFFICE = "150802001102"  # straight to the city


@dataclass
class Four:
    city: CityAuthority
    hub: Site  # the city's consolidated database
    street: StreetInstallation
    via: Site
    direct: Site
    stick: Path

    def ack(self, office: Site) -> Path:
        """The city's acknowledgement for ``office``, written to the stick."""
        return export_ack(self.hub.store, self.city, CITY_PASSPHRASE, office.code, self.stick).path

    def take(self, office: Site, path: Path) -> AckResult:
        """``office`` imports an acknowledgement file."""
        return import_ack(office.store, path, passphrase=OFFICE_PASSPHRASE)

    def close(self) -> None:
        for site in (self.via, self.direct, self.hub):
            site.close()


def build_four(tmp_path: Path) -> Four:
    """The city, a certified street, and two certified offices with their databases (close() them)."""
    via = small_office(tmp_path / "via", STREET_OFFICE, "团结社区")
    direct = small_office(tmp_path / "direct", DIRECT_OFFICE, "新华社区")
    city, hub, stick = certified_city(tmp_path, {"团结社区": via, "新华社区": direct})
    street = StreetInstallation(tmp_path / "street")
    issued = issue_street(city, street.init(STREET_CODE, STREET_NAME, STREET_PASSPHRASE), CITY_PASSPHRASE)
    street.install_certificate(issued.signed_file)
    return Four(city, hub, street, via, direct, stick)


def routed(four: Four) -> None:
    """The city routes ``via`` through the street; both offices take the city's acknowledgement."""
    route(four.city, STREET_OFFICE, STREET_CODE, CITY_PASSPHRASE)
    four.take(four.via, four.ack(four.via))
    four.take(four.direct, four.ack(four.direct))


def street_site(four: Four) -> Site:
    """The street's consolidated database, with the city's roster installed (close() it)."""
    install_roster(four.street, make_roster(four.city, STREET_CODE, CITY_PASSPHRASE))
    return Site(four.street.data_dir, open_store(four.street.data_dir, create=True), KeyStore(four.street.data_dir), "")


def add_activity(site: Site, title: str, held_on: date = date(2026, 3, 9)) -> None:
    """One more activity at ``site``, so that its next bundle has something new."""
    with site.store.transaction(site.actor()) as session:
        session.add(Activity(held_on=held_on, title=title, activity_kind="convenience", participants=12))
