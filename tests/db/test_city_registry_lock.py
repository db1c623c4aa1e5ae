"""The city's registry of offices never loses a write: ``shequ city issue`` / ``city revoke`` run as
real processes beside each other and beside a process using the folder as the city's window does.

Each change of the registry is one transaction on the city's database holding the office's lock (the
database's write lock on SQLite); a command that cannot get it in time exits 2 with one Chinese line
and writes nothing. Nothing here is mocked: every
command is ``python -m desktop …`` in its own process, on a real city folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.citydb import write_database_setting
from db.exchange.pki import CityAuthority, make_request, read_certificate_file
from db.returns.sign import KeyStore
from db.store import open_store
from tests.support.city_state import city_rows
from tests.support.exchange_world import CITY_PASSPHRASE, OFFICE_PASSPHRASE, make_city

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 5
TIMEOUT = 180


@dataclass
class Folders:
    data: Path
    passphrase: Path
    requests: Path
    out: Path


def office_code(number: int) -> str:
    return f"150802{number:06d}"


def request_file(folders: Folders, code: str) -> Path:
    path = folders.requests / f"{code}-request.pem"
    path.write_bytes(make_request(KeyStore(folders.requests / code), OFFICE_PASSPHRASE, code, f"第{code[-3:]}社区"))
    return path


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def shequ(folders: Folders, *args: str) -> subprocess.Popen[str]:
    return start("-m", "desktop", "--data-dir", str(folders.data), "city", *args)


def issue(folders: Folders, request: Path) -> subprocess.Popen[str]:
    return shequ(
        folders, "issue", str(request), "--out", str(folders.out), "--passphrase-file", str(folders.passphrase)
    )


def revoke(folders: Folders, code: str) -> subprocess.Popen[str]:
    return shequ(folders, "revoke", code, "--reason", "调离，停用证书", "--passphrase-file", str(folders.passphrase))


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=TIMEOUT)
    return process.returncode, out, err


def wait_for(path: Path, process: subprocess.Popen[str]) -> None:
    """Until ``process`` wrote ``path`` (its READY file); a process that ended first fails the test."""
    while not path.exists():
        try:
            process.wait(timeout=0.02)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the helper ended before it was ready: {process.communicate()}")


def refused_cleanly(code: int, err: str) -> bool:
    """Exit 2 with one line of Chinese and no traceback."""
    lines = err.strip().splitlines()
    return code == 2 and len(lines) == 1 and "Traceback" not in err and any("\u4e00" <= c <= "\u9fff" for c in err)


@pytest.fixture
def folders(tmp_path: Path, city_database: str | None) -> Folders:
    """A city's folder: its database the folder's SQLite file, or a PostgreSQL database (the
    ``city_backend`` run of this module), which the commands and the window's process share."""
    data = tmp_path / "city"
    if city_database is not None:
        write_database_setting(data, city_database)
    make_city(data)
    with open_store(data, create=True):  # as `shequ city init` makes it: the city's database too
        pass
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(CITY_PASSPHRASE + "\n", encoding="utf-8")
    requests, out = tmp_path / "requests", tmp_path / "usb"
    requests.mkdir()
    out.mkdir()
    return Folders(data, passphrase, requests, out)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder but SQLite's write-ahead log and its index (readers mark their place in
    the index; the last connection to close removes both): the database's rows are compared apart."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith(("-shm", "-wal"))
    }


def test_concurrent_issue_and_revoke_beside_the_open_city_window_lose_nothing(folders: Folders) -> None:
    """Each round: two ``city issue`` and two ``city revoke`` commands at once, while a process with
    the city's folder open (as the window holds it) registers one office and revokes another."""
    authority = CityAuthority(folders.data)
    rounds = []
    for index in range(ROUNDS):
        codes = [office_code(index * 10 + n) for n in range(1, 7)]  # 3 to register, 3 to revoke
        for code in codes[3:]:  # registered before: the round revokes them
            authority.issue(request_file(folders, code).read_bytes(), CITY_PASSPHRASE)
        rounds.append((codes[:3], codes[3:]))
    requests = {code: request_file(folders, code) for to_issue, _ in rounds for code in to_issue}

    issued: dict[str, bool] = {}  # office → whether its registration was reported done
    revoked: dict[str, bool] = {}
    for index, (to_issue, to_revoke) in enumerate(rounds):
        signals = folders.requests / f"round-{index}"
        signals.mkdir()
        ready, go, result = signals / "ready", signals / "go", signals / "result.json"
        window = start(
            "-m", "tests.support.city_registry", "app", str(folders.data), str(ready), str(go),
            str(requests[to_issue[0]]), to_revoke[0], str(result),
        )  # fmt: skip
        wait_for(ready, window)  # the city's folder is open, as in the city's window
        commands = [("issue", code, issue(folders, requests[code])) for code in to_issue[1:]]
        commands += [("revoke", code, revoke(folders, code)) for code in to_revoke[1:]]
        go.write_text("go", encoding="utf-8")
        for kind, code, process in commands:
            status, out, err = finish(process)
            assert status in (0, 2) and "Traceback" not in err, (kind, code, status, out, err)
            if status == 2:
                assert refused_cleanly(status, err), (kind, code, err)
            (issued if kind == "issue" else revoked)[code] = status == 0
        assert finish(window)[0] == 0
        outcome = json.loads(result.read_text(encoding="utf-8"))
        issued[to_issue[0]] = outcome["issue"] == "ok"
        revoked[to_revoke[0]] = outcome["revoke"] == "ok"

    registry = {office.code: office for office in authority.offices()}
    revoked_serials = authority.revoked_serials()
    for code, done in issued.items():
        certificate = folders.out / f"{code}-certificate.json"
        if done:
            assert code in registry and not registry[code].revoked, code
            if certificate.exists():  # written by the command (the window's act gives no file here)
                cert, _ = read_certificate_file(certificate.read_bytes())
                assert cert.serial_number == registry[code].serial
        else:
            assert code not in registry and not certificate.exists(), code
    for code, done in revoked.items():
        assert registry[code].revoked is done, code
        assert (registry[code].serial in revoked_serials) is done, code
    # nobody held the registry for seconds here: every act went through, none refused
    assert all(issued.values()) and all(revoked.values()), (issued, revoked)
    assert len(registry) == 6 * ROUNDS


def test_a_registry_kept_locked_is_waited_for_then_refused_with_nothing_written(folders: Folders) -> None:
    authority = CityAuthority(folders.data)
    to_revoke = office_code(1)
    authority.issue(request_file(folders, to_revoke).read_bytes(), CITY_PASSPHRASE)
    to_issue = request_file(folders, office_code(2))
    ready, release = folders.requests / "ready", folders.requests / "release"
    holder = start(
        "-m", "tests.support.city_registry", "hold", str(folders.data), str(ready), str(release),
        to_revoke, office_code(2),
    )  # fmt: skip
    try:
        wait_for(ready, holder)
        before, rows = snapshot(folders.data), city_rows(authority)
        commands = [issue(folders, to_issue), revoke(folders, to_revoke)]
        results = [finish(process) for process in commands]
    finally:
        release.write_text("release", encoding="utf-8")
        holder.communicate(timeout=TIMEOUT)
    for status, out, err in results:
        assert refused_cleanly(status, err), (status, out, err)
        assert "市级数据正在被另一个窗口或命令修改" in err and "没有做任何修改" in err
    assert snapshot(folders.data) == before and city_rows(authority) == rows
    assert list(folders.out.iterdir()) == []

    # the lock given up: the same commands go through
    assert finish(issue(folders, to_issue))[0] == 0
    assert finish(revoke(folders, to_revoke))[0] == 0
    assert authority.office(office_code(2)) is not None
    office = authority.office(to_revoke)
    assert office is not None and office.revoked
