"""Nothing the city needs lives only in a loose file: its keys, certificates, registry and revocations
are in its database (migration 0011), on SQLite and on PostgreSQL.

* An older city's folder (``tests/fixtures/city-bbc9999``, made by the release of commit bbc9999:
  ``city/*.pem``, ``offices.json``, ``issued/``) moves into the database the first time this version
  opens it: one transaction, read back and compared; the files are renamed ``*.moved-to-database``
  and never read again. A folder whose files disagree is not moved, and its files stay as they were.
* Issuing and revoking from several workers at once (each with its own connection, as workstations
  have) lose nothing and double nothing: every serial is stored once, every revocation once.
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from db.exchange.envelope import certificate_fingerprint
from db.exchange.errors import CityExists
from db.exchange.pki import (
    MOVED_SUFFIX,
    CityAuthority,
    CityFilesNotMoved,
    CityRegistryBusy,
    make_request,
    read_certificate_file,
)
from db.exchange.street import revoke_street, route
from db.returns.sign import KeyStore
from db.store import DB_FILENAME, make_engine, open_store, run_migrations
from tests.support import pg
from tests.support.city_state import city_rows
from tests.support.exchange_sites import make_city
from tests.support.exchange_world import CITY_PASSPHRASE, OFFICE_PASSPHRASE

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "city-bbc9999"
MANIFEST: dict[str, Any] = json.loads((FIXTURE / "manifest.json").read_text(encoding="utf-8"))
OLD_FILES = ("ca-cert.pem", "ca-key.pem", "exchange-cert.pem", "exchange-key.pem", "offices.json", "offices.json.lock")
WORKERS = 4


def older_city(folder: Path) -> Path:
    """A city's data folder as commit bbc9999 left it: the fixture's files and a database at 0008."""
    folder.mkdir(parents=True)
    shutil.copytree(FIXTURE / "city", folder / "city")
    engine = make_engine(folder / DB_FILENAME)
    try:
        run_migrations(engine, "0008")
    finally:
        engine.dispose()
    return folder


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def request(folder: Path, code: str, *, new_key: bool = False) -> bytes:
    return make_request(KeyStore(folder / code), OFFICE_PASSPHRASE, code, f"第{code[-3:]}社区", new_key=new_key)


# --- an older city's files move in -------------------------------------------------------------------


def test_an_older_city_moves_into_its_database_on_first_open(tmp_path: Path) -> None:
    folder = older_city(tmp_path / "city-data")
    before = files_of(folder / "city")
    with open_store(folder) as store:  # as the city's window opens it: the schema migrated first
        authority = CityAuthority.of_store(store)
        offices = authority.offices()

        # the registry as offices.json held it: offices, routes, previous certificates, revocations
        assert [item.to_dict() for item in offices] == MANIFEST["offices"]
        assert [item.to_dict() for item in authority.streets()] == MANIFEST["streets"]
        assert sorted(format(item.serial, "x") for item in authority.revocations()) == sorted(MANIFEST["revoked"])
        assert authority.name == MANIFEST["city"] and authority.files_moved_at is not None
        # every certificate issued, by code
        issued = {
            format(cert.serial_number, "x")
            for code in ("150802001001", "150802001002", "150802001003", "150802001000", "150802002000")
            for cert in authority.issued_certificates(code)
        }
        assert {name.rsplit("-", 1)[1].removesuffix(".pem") for name in MANIFEST["issued"]} == issued
        # the keys, still encrypted under the passphrase, open with it and match the certificates
        keys = authority.encrypted_keys()
        assert keys == {"ca": before["ca-key.pem"], "exchange": before["exchange-key.pem"]}
        assert authority.ca_key(CITY_PASSPHRASE).public_key() == authority.ca_certificate().public_key()
        assert authority.exchange_certificate().public_bytes(_pem()) == before["exchange-cert.pem"]

    # the old files are kept as a record under new names, byte for byte, and nothing else is left
    after = files_of(folder / "city")
    renamed = {name.replace("issued/", "issued" + MOVED_SUFFIX + "/") if name.startswith("issued/") else
               (name if name == "installation.json" else name + MOVED_SUFFIX): data
               for name, data in before.items()}  # fmt: skip
    assert after == renamed
    for name in OLD_FILES:
        assert not (folder / "city" / name).exists()

    # never read again: the record damaged, the city still works from its database
    for path in (folder / "city").glob("*" + MOVED_SUFFIX):
        if path.is_file():
            path.write_bytes(b"damaged")
    authority = CityAuthority(folder)
    assert [item.to_dict() for item in authority.offices()] == MANIFEST["offices"]
    issued_now = authority.issue(request(tmp_path, "150802001004"), CITY_PASSPHRASE)
    cert, city = read_certificate_file(issued_now.file_bytes())
    assert certificate_fingerprint(city.ca_certificate) == certificate_fingerprint(authority.ca_certificate())
    revoked = authority.revoke("150802001002", "调离", CITY_PASSPHRASE, by="王芳@市委组织部-2")
    assert revoked.revoked and "150802001002" in {item.code for item in authority.revocations()}
    assert (
        authority.office("150802001004") is not None and cert.serial_number == authority.office("150802001004").serial
    )  # type: ignore[union-attr]


def _pem() -> Any:
    from cryptography.hazmat.primitives import serialization

    return serialization.Encoding.PEM


def test_an_older_city_whose_files_disagree_is_not_moved_and_keeps_them(tmp_path: Path) -> None:
    folder = older_city(tmp_path / "city-data")
    missing = next((folder / "city" / "issued").glob("150802001001-f0f*.pem"))  # a superseded certificate
    missing.unlink()
    before = files_of(folder / "city")
    authority = CityAuthority(folder)
    with pytest.raises(CityFilesNotMoved) as refused:
        authority.offices()
    assert "无法移入市级数据库" in str(refused.value) and "没有做任何修改" in str(refused.value)
    assert files_of(folder / "city") == before
    engine = make_engine(folder / DB_FILENAME)
    try:
        assert all(rows == [] for rows in city_rows(engine).values())
    finally:
        engine.dispose()

    with pytest.raises(CityFilesNotMoved):  # asked again, refused again
        authority.streets()

    # put back, it moves
    shutil.copyfile(FIXTURE / "city" / "issued" / missing.name, missing)
    assert [item.to_dict() for item in authority.offices()] == MANIFEST["offices"]


# --- several writers at once, SQLite and PostgreSQL -------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def city(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    url = None
    if request.param == "postgresql":
        pg.require()  # skipped here without PostgreSQL, failed in CI
        url = pg.new_database()
    authority, site = make_city(tmp_path / "city", database_url=url)
    yield authority
    site.store.close()
    authority.close()


def test_issue_and_revoke_at_once_from_several_workers_lose_nothing_and_double_nothing(
    city: CityAuthority, tmp_path: Path
) -> None:
    to_revoke = [f"150802005{n:03d}" for n in range(WORKERS)]
    to_issue = [f"150802006{n:03d}" for n in range(WORKERS)]
    for code in to_revoke:
        city.issue(request(tmp_path, code), CITY_PASSPHRASE)
    again = to_revoke[0]  # issued anew (a new key) while others revoke: both kept
    requests = {code: request(tmp_path, code) for code in to_issue}
    requests[again] = request(tmp_path, again, new_key=True)
    errors: list[BaseException] = []
    start = threading.Barrier(2 * WORKERS + 1)

    def work(act: Any) -> None:
        authority = CityAuthority(city.data_dir, registry_wait=120)  # a workstation: its own connection
        try:
            start.wait()
            act(authority)
        except BaseException as exc:
            errors.append(exc)
        finally:
            authority.close()

    acts = [lambda a, code=code: a.issue(requests[code], CITY_PASSPHRASE) for code in [*to_issue, again]]
    acts += [lambda a, code=code: a.revoke(code, "调离", CITY_PASSPHRASE) for code in to_revoke[1:]]
    threads = [threading.Thread(target=work, args=(act,)) for act in acts]
    for thread in threads:
        thread.start()
    start.wait()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []

    registry = {item.code: item for item in city.offices()}
    assert sorted(registry) == sorted([*to_issue, *to_revoke])
    for code in to_issue:
        assert not registry[code].revoked and len(city.issued_certificates(code)) == 1
    for code in to_revoke[1:]:
        assert registry[code].revoked and registry[code].serial in city.revoked_serials()
    assert not registry[again].revoked and len(registry[again].previous_serials) == 1
    rows = city_rows(city)
    serials = [row[0] for row in rows["city_certificate"]]
    assert len(serials) == len(set(serials)) == len(to_issue) + len(to_revoke) + 1
    assert len(rows["city_revocation"]) == len(to_revoke) - 1
    assert all(row[4] for row in rows["city_revocation"])  # by whom: user@workstation

    # revoked twice: the first revocation stands, nothing doubled
    first = city.office(to_revoke[1])
    assert city.revoke(to_revoke[1], "再次吊销", CITY_PASSPHRASE) == first
    assert len(city_rows(city)["city_revocation"]) == len(to_revoke) - 1


def test_a_route_and_a_street_revoked_at_once_leave_no_office_routed_through_a_revoked_street(
    city: CityAuthority, tmp_path: Path
) -> None:
    from db.exchange.street import StreetInstallation, issue_street

    office = "150802007001"
    city.issue(request(tmp_path, office), CITY_PASSPHRASE)
    street = StreetInstallation(tmp_path / "street")
    issue_street(city, street.init("150802007000", "新华街道", CITY_PASSPHRASE), CITY_PASSPHRASE)
    outcome: list[Any] = []
    start = threading.Barrier(3)

    def act(work: Any) -> None:
        authority = CityAuthority(city.data_dir, registry_wait=120)
        try:
            start.wait()
            outcome.append(work(authority))
        except Exception as exc:
            outcome.append(exc)
        finally:
            authority.close()

    threads = [
        threading.Thread(target=act, args=(lambda a: route(a, office, "150802007000", CITY_PASSPHRASE),)),
        threading.Thread(target=act, args=(lambda a: revoke_street(a, "150802007000", "撤并", CITY_PASSPHRASE),)),
    ]
    for thread in threads:
        thread.start()
    start.wait()
    for thread in threads:
        thread.join(timeout=300)
    assert len(outcome) == 2
    entry = city.office(office)
    assert entry is not None and entry.via is None  # routed first then rerouted, or refused


def test_init_refuses_a_database_that_holds_a_city(city: CityAuthority, tmp_path: Path) -> None:
    """A second ``init`` on the same database (another workstation, or the same folder without its
    installation file) never replaces the city's keys once it issued a certificate."""
    city.issue(request(tmp_path, "150802008001"), CITY_PASSPHRASE)
    before = city_rows(city)
    city.installation_path.unlink()
    with pytest.raises(CityExists):
        CityAuthority(city.data_dir).init("另一个市", CITY_PASSPHRASE)
    assert city_rows(city) == before


def test_a_writer_kept_out_waits_then_is_refused_with_nothing_written(city: CityAuthority, tmp_path: Path) -> None:
    code = "150802009001"
    city.issue(request(tmp_path, code), CITY_PASSPHRASE)
    before = city_rows(city)
    holder = CityAuthority(city.data_dir, registry_wait=30)
    try:
        with holder._writing(code):
            with pytest.raises(CityRegistryBusy) as refused:
                CityAuthority(city.data_dir, registry_wait=0.2).revoke(code, "调离", CITY_PASSPHRASE)
            assert "没有做任何修改" in str(refused.value)
    finally:
        holder.close()
    assert city_rows(city) == before
    with city.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM city_revocation")).scalar() == 0
