"""An office writes only its own world: a bundle whose rows point at another office's records is
refused at the city before anything is written.

Two certified offices in one city: the demo office A (胜利社区) and a small office B (新华社区).
B's bundles are crafted as an attacker holding B's real key would: B's own payload, decrypted,
given rows that point at A's resident, volunteer and pairing, then signed again with B's key
and encrypted to the city — so the signature, the certificate and the office codes of the rows
are all right and only the reference check can catch them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from db.compliance import evaluate
from db.exchange.acks import ensure_city_standards
from db.exchange.bundle import export_bundle, import_bundle
from db.exchange.data_errors import CrossOfficeReference
from db.exchange.envelope import open_sealed, seal_for_recipient
from db.exchange.payload import column_names, decode_document, encode_document
from db.exchange.pki import CityAuthority
from db.models import Pairing, Resident, Volunteer
from db.periods import parse_period
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    OFFICE1,
    OFFICE2,
    OFFICE_PASSPHRASE,
    Site,
    certified_city,
    copy_site,
    demo_template,
    dump,
    small_office,
    table_rows,
)

PERIOD = "2026"


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_template(tmp_path_factory.mktemp("demo-template") / "data")


@dataclass
class World:
    city: CityAuthority
    hub: Site  # the city's installation
    office_a: Site  # the demo office
    office_b: Site  # the small office
    stick: Path

    def export(self, office: Site) -> Path:
        return export_bundle(office.store, office.keys, OFFICE_PASSPHRASE, self.stick).path

    def import_(self, path: Path) -> Any:
        return import_bundle(self.hub.store, path, city=self.city, passphrase=CITY_PASSPHRASE)

    def standing(self, code: str) -> dict[str, Any]:
        with self.hub.store.session() as session:
            return evaluate(session, parse_period(PERIOD), office_code=code).to_dict()


@pytest.fixture
def world(tmp_path: Path, template: Path) -> Iterator[World]:
    office_a = copy_site(template, tmp_path / "office-a")
    office_b = small_office(tmp_path / "office-b")
    city, hub, stick = certified_city(tmp_path, {"胜利社区": office_a, "新华社区": office_b})
    built = World(city, hub, office_a, office_b, stick)
    built.import_(built.export(office_a))
    ensure_city_standards(hub.store)
    yield built
    for site in (hub, office_a, office_b):
        site.close()


def _a_row(world: World, table: str, where: str = "") -> dict[str, Any]:
    """One of office A's rows of ``table`` as the city stores it (columns as they travel)."""
    columns = column_names(table)
    rows = table_rows(
        world.hub,
        f"SELECT {', '.join(columns)} FROM {table} WHERE office_code = ? {where} ORDER BY id LIMIT 1",
        (OFFICE1,),
    )
    assert rows, f"the demo office has no {table}"
    return dict(zip(columns, rows[0], strict=True))


def _add_row(document: dict[str, Any], table: str, values: dict[str, Any]) -> None:
    for item in document["tables"]:
        if item["name"] == table:
            item["rows"].append([values[column] for column in item["columns"]])
            return
    raise AssertionError(f"{table} does not travel")


def _craft(world: World, legit: Path, name: str, change: Any) -> Path:
    """B's bundle ``legit`` with its payload changed by ``change(document)``, signed again with
    B's real key and encrypted to the city, written next to it as ``name``."""
    opened = open_sealed(
        legit.read_bytes(),
        trust=world.city.trust_policy(),
        recipient_key=world.city.exchange_key(CITY_PASSPHRASE),
        recipient_cert=world.city.exchange_certificate(),
    )
    document = decode_document(opened.payload)
    change(document)
    identity = world.office_b.keys.load(OFFICE_PASSPHRASE)
    sealed = seal_for_recipient(
        encode_document(document), dict(opened.header), identity, world.city.exchange_certificate()
    )
    crafted = legit.parent / name
    crafted.write_bytes(sealed)
    return crafted


def _foreign_pairing(world: World) -> tuple[dict[str, Any], dict[str, Any]]:
    """A pairing of B's (B's office code, a new id) of A's resident and A's volunteer, and a visit of it."""
    pairing = _a_row(world, "pairing", "AND volunteer_id IS NOT NULL")
    pairing.update(id=str(uuid.uuid4()), office_code=OFFICE2, version=1, note="结对（伪造）")
    visit = _a_row(world, "visit")
    visit.update(id=str(uuid.uuid4()), office_code=OFFICE2, version=1, pairing_id=pairing["id"])
    return pairing, visit


def _refused(world: World, crafted: Path) -> str:
    """Import ``crafted`` at the city: refused, the database and B's standing exactly as they were."""
    before, standing = dump(world.hub), world.standing(OFFICE2)
    with pytest.raises(CrossOfficeReference) as refused:
        world.import_(crafted)
    assert dump(world.hub) == before
    assert world.standing(OFFICE2) == standing
    message = str(refused.value)
    assert "\n" not in message and "另一个社区" in message and OFFICE1 in message and "没有任何改动" in message
    return message


def test_a_pairing_of_another_offices_resident_and_volunteer_is_refused(world: World) -> None:
    legit = world.export(world.office_b)
    pairing, visit = _foreign_pairing(world)
    assert table_rows(world.hub, "SELECT office_code FROM resident WHERE id = ?", (pairing["resident_id"],)) == [
        (OFFICE1,)
    ]

    def attack(document: dict[str, Any]) -> None:
        _add_row(document, "pairing", pairing)
        _add_row(document, "visit", visit)

    message = _refused(world, _craft(world, legit, "crafted.shequ", attack))
    assert "pairing.resident_id" in message and "结对帮扶" in message and "帮扶对象" in message

    # only the volunteer is A's: still refused, naming that field
    own_resident = table_rows(world.office_b, "SELECT id FROM resident")[0][0]
    pairing["resident_id"] = own_resident

    def volunteer_only(document: dict[str, Any]) -> None:
        _add_row(document, "pairing", pairing)

    message = _refused(world, _craft(world, legit, "crafted-volunteer.shequ", volunteer_only))
    assert "pairing.volunteer_id" in message

    # B's real bundle still imports, and B's pairings are B's own
    result = world.import_(legit)
    assert result.total("inserted") > 0 and not result.conflicts
    assert table_rows(world.hub, "SELECT count(*) FROM pairing WHERE office_code = ?", (OFFICE2,)) == [(0,)]


def test_a_visit_of_another_offices_pairing_and_an_audit_entry_of_its_record_are_refused(world: World) -> None:
    legit = world.export(world.office_b)
    a_pairing = _a_row(world, "pairing")
    visit = _a_row(world, "visit")
    visit.update(id=str(uuid.uuid4()), office_code=OFFICE2, version=1, pairing_id=a_pairing["id"])
    message = _refused(world, _craft(world, legit, "visit.shequ", lambda doc: _add_row(doc, "visit", visit)))
    assert "visit.pairing_id" in message

    # an audit entry of B's about A's resident would show in that resident's history
    a_resident = _a_row(world, "resident")["id"]

    def history(document: dict[str, Any]) -> None:
        audit = next(item for item in document["tables"] if item["name"] == "audit_entry")
        entry = dict(zip(audit["columns"], audit["rows"][0], strict=True))
        entry.update(id=str(uuid.uuid4()), table_name="resident", record_id=a_resident, reason="伪造")
        audit["rows"].append([entry[column] for column in audit["columns"]])

    message = _refused(world, _craft(world, legit, "audit.shequ", history))
    assert "audit_entry.record_id" in message and "审计日志" in message


def test_references_to_the_offices_own_stored_records_import(world: World) -> None:
    """A later bundle of B's whose pairing points at B's resident and volunteer the city already has."""
    world.import_(world.export(world.office_b))
    with world.office_b.store.transaction(world.office_b.actor()) as session:
        resident_id = session.exec(select(Resident.id)).one()
        volunteer_id = session.exec(select(Volunteer.id)).one()
        session.add(
            Pairing(
                resident_id=resident_id,
                helper_kind="volunteer",
                volunteer_id=volunteer_id,
                start_date=date(2026, 3, 1),
                help_kind="daily_life",
            )
        )
    result = world.import_(world.export(world.office_b))
    assert result.tables["pairing"].inserted == 1 and result.seq == 2
    assert table_rows(world.hub, "SELECT resident_id FROM pairing WHERE office_code = ?", (OFFICE2,)) == [
        (resident_id,)
    ]
