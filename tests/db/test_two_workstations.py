"""Two workstations, two processes, one PostgreSQL city: nothing lost, nothing doubled.

The city is made on a PostgreSQL database of the test run's cluster (tests/support/pg.py) in one
data folder and joined from a second (``shequ city join``), as two people's PCs would. Each act runs
in a process of its own (``python -m tests.support.workstation``), which opens its folder, loads
what it needs, then waits for one file so that both begin together: concurrent imports of two
offices, one office's bundle imported on both at once, a certificate issued on one while an office
is revoked on the other. The outcome is checked in the database afterwards — the order the two
happened to run in never matters to the assertions. Skipped without PostgreSQL (failed in CI).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from db.exchange.bundle import export_bundle
from db.exchange.pki import CityAuthority, make_request
from db.returns.sign import KeyStore
from tests.support import pg
from tests.support.cli import shequ
from tests.support.exchange_sites import (
    OFFICE_PASSPHRASE,
    Site,
    certify,
    make_city,
    small_office,
)

REPO = Path(__file__).resolve().parents[2]
OFFICE_A = "150802002001"
OFFICE_B = "150802003001"
OFFICE_C = "150802004001"
START_SECONDS = 120.0


@dataclass
class City:
    url: str
    desks: tuple[Path, Path]
    offices: dict[str, Site]
    stick: Path

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        engine = create_engine(self.url)
        try:
            with engine.connect() as connection:
                return [tuple(row) for row in connection.execute(text(sql), params or {})]
        finally:
            engine.dispose()

    def count(self, sql: str, params: dict[str, Any] | None = None) -> int:
        return int(self.rows(sql, params)[0][0])


@pytest.fixture
def city(tmp_path: Path) -> Any:
    url = pg.new_database_or_skip()
    desk1, desk2 = tmp_path / "desk1", tmp_path / "desk2"
    authority, hub = make_city(desk1, database_url=url)
    offices = {
        OFFICE_A: small_office(tmp_path / "office-a", OFFICE_A, "新华社区"),
        OFFICE_B: small_office(tmp_path / "office-b", OFFICE_B, "团结社区"),
    }
    try:
        for code, site in offices.items():
            certify(authority, site, f"社区{code[-3:]}")
        hub.close()
        authority.close()
        code, _, err = shequ("--data-dir", str(desk2), "city", "join", "--database", url)
        assert (code, err) == (0, "")
        stick = tmp_path / "usb"
        stick.mkdir()
        yield City(url, (desk1, desk2), offices, stick)
    finally:
        for site in offices.values():
            site.close()


def at_once(tmp_path: Path, *acts: tuple[Path, str, list[str]]) -> list[dict[str, Any]]:
    """Run each act (desk, action, args) in a process of its own, started together; their outcomes."""
    go = tmp_path / f"go-{time.monotonic_ns()}"
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.support.workstation", str(desk), str(go), action, *args],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for desk, action, args in acts
    ]
    try:
        deadline = time.monotonic() + START_SECONDS
        while len(list(tmp_path.glob(f"{go.name}.*.ready"))) < len(workers):
            failed = [worker for worker in workers if worker.poll() is not None]
            assert not failed, [worker.communicate() for worker in failed]
            assert time.monotonic() < deadline, "the workstations did not get ready"
            time.sleep(0.01)
        go.touch()
        outcomes = []
        for worker in workers:
            out, err = worker.communicate(timeout=START_SECONDS)
            assert worker.returncode in (0, 2), err
            outcomes.append(json.loads(out.strip().splitlines()[-1]))
        return outcomes
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()


def bundle(city: City, code: str) -> Path:
    site = city.offices[code]
    return Path(export_bundle(site.store, site.keys, OFFICE_PASSPHRASE, city.stick).path)


def office_audit_rows(site: Site) -> int:
    with site.store.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM audit_entry")).scalar_one())


def office_staff(site: Site) -> set[str]:
    with site.store.engine.connect() as connection:
        return {str(row[0]) for row in connection.execute(text("SELECT id FROM staff"))}


def test_two_offices_imported_at_once_on_two_workstations(city: City, tmp_path: Path) -> None:
    first, second = bundle(city, OFFICE_A), bundle(city, OFFICE_B)
    outcomes = at_once(tmp_path, (city.desks[0], "import", [str(first)]), (city.desks[1], "import", [str(second)]))
    assert [outcome.get("already_imported") for outcome in outcomes] == [False, False], outcomes
    for code, outcome in zip((OFFICE_A, OFFICE_B), outcomes, strict=True):
        site = city.offices[code]
        assert 0 < outcome["audit_added"] <= office_audit_rows(site)  # less what the city never gets
        stored = city.rows("SELECT id FROM staff WHERE office_code = :code", {"code": code})
        assert {str(row[0]) for row in stored} == office_staff(site)
        assert (
            city.count("SELECT count(*) FROM audit_entry WHERE office_code = :code", {"code": code})
            == (outcome["audit_added"])
        )
    assert city.count("SELECT count(*) FROM bundle_received") == 2


def test_one_bundle_imported_on_both_workstations_at_once_is_applied_once(city: City, tmp_path: Path) -> None:
    path = bundle(city, OFFICE_A)
    outcomes = at_once(tmp_path, (city.desks[0], "import", [str(path)]), (city.desks[1], "import", [str(path)]))
    assert "error" not in outcomes[0] and "error" not in outcomes[1], outcomes
    assert sorted(outcome["already_imported"] for outcome in outcomes) == [False, True]  # one applied it, one found it
    site = city.offices[OFFICE_A]
    applied = next(outcome for outcome in outcomes if not outcome["already_imported"])
    assert (
        city.count("SELECT count(*) FROM audit_entry WHERE office_code = :c", {"c": OFFICE_A})
        == (applied["audit_added"])
    )
    assert applied["audit_added"] > 0
    assert city.count("SELECT count(*) FROM staff WHERE office_code = :c", {"c": OFFICE_A}) == len(office_staff(site))
    assert city.count("SELECT count(*) FROM bundle_received") == 1


def test_a_certificate_issued_while_another_office_is_revoked(city: City, tmp_path: Path) -> None:
    keys = KeyStore(tmp_path / "office-c")
    request = tmp_path / "office-c-request.pem"
    request.write_bytes(make_request(keys, OFFICE_PASSPHRASE, OFFICE_C, "胜利社区"))
    issued_file = tmp_path / "office-c-certificate.json"
    outcomes = at_once(
        tmp_path,
        (city.desks[0], "issue", [str(request), str(issued_file)]),
        (city.desks[1], "revoke", [OFFICE_B]),
    )
    assert "serial" in outcomes[0] and outcomes[1] == {"revoked": True}, outcomes
    assert issued_file.is_file()
    for desk in city.desks:  # both workstations see both changes
        authority = CityAuthority(desk)
        try:
            offices = {office.code: office for office in authority.offices()}
            assert set(offices) == {OFFICE_A, OFFICE_B, OFFICE_C}
            assert offices[OFFICE_B].revoked and not offices[OFFICE_A].revoked and not offices[OFFICE_C].revoked
            issued = authority.issued_certificate(outcomes[0]["serial"])
            assert issued is not None and issued.serial_number not in authority.revoked_serials()
        finally:
            authority.close()


def test_two_certificates_issued_at_once_on_two_workstations(city: City, tmp_path: Path) -> None:
    acts = []
    for code, name in ((OFFICE_C, "胜利社区"), ("150802005001", "光明社区")):
        request = tmp_path / f"{code}-request.pem"
        request.write_bytes(make_request(KeyStore(tmp_path / code), OFFICE_PASSPHRASE, code, name))
        acts.append([str(request), str(tmp_path / f"{code}-certificate.json")])
    outcomes = at_once(tmp_path, (city.desks[0], "issue", acts[0]), (city.desks[1], "issue", acts[1]))
    serials = [outcome.get("serial") for outcome in outcomes]
    assert None not in serials and serials[0] != serials[1], outcomes
    assert city.count("SELECT count(*) FROM city_certificate") == 4  # A, B, and the two new ones


def test_one_office_acknowledged_on_both_workstations_at_once_gets_two_numbers(city: City, tmp_path: Path) -> None:
    """Each workstation writes its acknowledgement onto its own stick; the second waits for the first
    (the export is held per office) and takes the next number: never two files with one number."""
    sticks = (tmp_path / "ack-stick-1", tmp_path / "ack-stick-2")
    for stick in sticks:
        stick.mkdir()
    outcomes = at_once(
        tmp_path,
        (city.desks[0], "ack", [OFFICE_A, str(sticks[0])]),
        (city.desks[1], "ack", [OFFICE_A, str(sticks[1])]),
    )
    assert all("error" not in outcome for outcome in outcomes), outcomes
    assert sorted(outcome["seq"] for outcome in outcomes) == [1, 2]
    assert (
        city.count(
            "SELECT count(DISTINCT seq) FROM bundle_sent WHERE purpose = 'ack' AND recipient = :c", {"c": OFFICE_A}
        )
        == 2
    )
