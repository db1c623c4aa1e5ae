"""Processes that use a city's folder beside the ``shequ city`` commands, for the registry-lock tests.

Run as ``python -m tests.support.city_registry …`` from the project's folder:

* ``app DATA_DIR READY GO REQUEST REVOKE_CODE RESULT`` — as the city's window does: the data folder
  opened (``shequ.lock`` held for the whole run), then, once the file ``GO`` exists, one office
  registered from ``REQUEST`` and office ``REVOKE_CODE`` revoked through :class:`CityAuthority`
  (what :mod:`desktop.city.certificates` runs in the window's worker). ``RESULT`` gets one JSON
  object: for each act, ``"ok"`` or the message it was refused with.
* ``hold DATA_DIR READY RELEASE CODE…`` — the registry's lock for the offices ``CODE…`` taken and held
  until the file ``RELEASE`` exists, as a writer that never finishes would: a write transaction on the
  city's database (on SQLite the database's write lock; on PostgreSQL each office's advisory lock).

``READY`` is written once the lock (or the folder) is held. Each waits at most ``LIMIT`` seconds for
its signal file, so a failed test never leaves a process behind.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from db.errors import ShequError
from db.exchange.pki import CityAuthority
from db.store import open_store
from tests.support.exchange_world import CITY_PASSPHRASE

LIMIT = 120.0


def _wait_for(path: Path) -> None:
    deadline = time.monotonic() + LIMIT
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def _act(work: Callable[[], object]) -> str:
    try:
        work()
    except ShequError as exc:
        return str(exc)
    return "ok"


def app(data_dir: Path, ready: Path, go: Path, request: Path, revoke_code: str, result: Path) -> None:
    authority = CityAuthority(data_dir)
    data = request.read_bytes()
    with open_store(data_dir):
        ready.write_text("ready", encoding="utf-8")
        _wait_for(go)
        outcome = {
            "issue": _act(lambda: authority.issue(data, CITY_PASSPHRASE, source=request.name)),
            "revoke": _act(lambda: authority.revoke(revoke_code, "U 盘丢失，密钥可能泄露", CITY_PASSPHRASE)),
        }
    result.write_text(json.dumps(outcome, ensure_ascii=False), encoding="utf-8")


def hold(data_dir: Path, ready: Path, release: Path, codes: list[str]) -> None:
    authority = CityAuthority(data_dir, registry_wait=LIMIT)
    with authority._writing(*codes):
        ready.write_text("ready", encoding="utf-8")
        _wait_for(release)


def main(argv: list[str]) -> int:
    command, *rest = argv
    if command == "app":
        data_dir, ready, go, request, code, result = rest
        app(Path(data_dir), Path(ready), Path(go), Path(request), code, Path(result))
    elif command == "hold":
        data_dir, ready, release, *codes = rest
        hold(Path(data_dir), Path(ready), Path(release), codes)
    else:
        return 64
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
