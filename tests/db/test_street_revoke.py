"""The city revokes a street (``shequ city revoke STREET_CODE``): its certificates join the
revocations, the offices routed through it go straight to the city again (the next acknowledgement
tells them and removes the street's certificate), and nothing the street signs is taken any more."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.exchange.errors import RevocationReasonMissing
from db.exchange.street import StreetNotRegistered, revoke_street, route, street
from db.exchange.street_import import make_roster
from db.exchange.street_route import installed_route
from db.returns.sign import KeyStore
from tests.support.city_state import city_rows
from tests.support.cli import shequ
from tests.support.exchange_sites import OFFICE_PASSPHRASE, dump
from tests.support.exchange_world import CITY_PASSPHRASE
from tests.support.street_world import (
    DIRECT_OFFICE,
    STREET_CODE,
    STREET_OFFICE,
    Four,
    build_four,
    routed,
)


@pytest.fixture
def four(tmp_path: Path) -> Iterator[Four]:
    world = build_four(tmp_path)
    routed(world)
    yield world
    world.close()


def registry(four: Four) -> dict[str, object]:
    return city_rows(four.city)  # type: ignore[return-value]


def test_revoking_a_street_reroutes_its_offices_and_revokes_its_serials(four: Four) -> None:
    serial = four.street.certificate().serial_number
    revoked = revoke_street(four.city, STREET_CODE, "街道撤并", CITY_PASSPHRASE)
    assert revoked.revoked and revoked.revoke_reason == "街道撤并"
    assert serial in four.city.revoked_serials()
    assert {item.code: item.via for item in four.city.offices()} == {STREET_OFFICE: None, DIRECT_OFFICE: None}
    entry = street(four.city, STREET_CODE)
    assert entry is not None and entry.revoked

    # the office learns it reports straight to the city again; the street's certificate is removed
    four.take(four.via, four.ack(four.via))
    installed = installed_route(four.via.keys)
    assert installed is not None and installed.via_code is None
    assert not (four.via.keys.folder / "street-cert.pem").exists()
    from db.exchange.bundle import export_bundle

    written = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
    assert written.street_path is None  # one file, for the city

    # nothing routes through it any more, and it gets no roster
    with pytest.raises(StreetNotRegistered):
        route(four.city, STREET_OFFICE, STREET_CODE, CITY_PASSPHRASE)
    with pytest.raises(StreetNotRegistered):
        make_roster(four.city, STREET_CODE, CITY_PASSPHRASE)

    # again: nothing changes
    before = registry(four)
    assert revoke_street(four.city, STREET_CODE, "再次吊销", CITY_PASSPHRASE).revoke_reason == "街道撤并"
    assert registry(four) == before


def test_refusals_write_nothing(four: Four) -> None:
    before, city_db = registry(four), dump(four.hub)
    with pytest.raises(RevocationReasonMissing):
        revoke_street(four.city, STREET_CODE, "  ", CITY_PASSPHRASE)
    with pytest.raises(StreetNotRegistered):
        revoke_street(four.city, "150802009000", "无此街道", CITY_PASSPHRASE)
    with pytest.raises(Exception, match="口令"):
        revoke_street(four.city, STREET_CODE, "街道撤并", "wrong passphrase here")
    assert registry(four) == before and dump(four.hub) == city_db
    assert KeyStore(four.via.folder).exists()


def test_the_command_revokes_a_street_by_its_code(four: Four, tmp_path: Path) -> None:
    secret = tmp_path / "city-pass.txt"
    secret.write_text(CITY_PASSPHRASE + "\n", encoding="utf-8")
    four.hub.close()  # the command opens the city's folder itself
    code, out, err = shequ(
        "--data-dir", str(four.city.data_dir), "city", "revoke", STREET_CODE, "--reason", "街道撤并",
        "--passphrase-file", str(secret),
    )  # fmt: skip
    assert code == 0, err
    assert "已吊销街道" in out and "改为直接报送市级" in out and STREET_OFFICE in out
    code, out, err = shequ(
        "--data-dir", str(four.city.data_dir), "city", "revoke", STREET_CODE, "--reason", "再次",
        "--passphrase-file", str(secret),
    )  # fmt: skip
    assert code == 0 and "无需再次吊销" in out
