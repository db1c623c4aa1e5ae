"""One of the city's workstations, as a process of its own: ``python -m tests.support.workstation``.

``python -m tests.support.workstation FOLDER GO ACTION ARGS…`` opens the city's data folder
``FOLDER`` (its database named in ``city/database.json``), loads everything the action needs, then
waits until the file ``GO`` exists — so that two workstations started one after the other begin
their work together — does the action with the city's passphrase, and prints what happened as one
JSON line:

* ``import BUNDLE`` — :func:`db.exchange.bundle.import_bundle` (``{"already_imported": …,
  "audit_added": …}``);
* ``issue REQUEST OUT`` — :meth:`CityAuthority.issue`, the certificate file written to ``OUT``
  (``{"serial": …}``);
* ``revoke CODE`` — :meth:`CityAuthority.revoke` (``{"revoked": …}``);
* ``ack CODE OUT`` — :func:`db.exchange.bundle.export_ack` into the folder ``OUT`` (``{"seq": …,
  "file": …}``).

A refusal prints ``{"error": <class>, "message": …}`` and exits 2. Used by
tests/db/test_two_workstations.py; nothing here is a stand-in: real processes, a real database.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

READY_SUFFIX = ".ready"
WAIT_SECONDS = 120.0


def _wait_for(go: Path, me: str) -> None:
    Path(f"{go}.{me}{READY_SUFFIX}").touch()
    deadline = time.monotonic() + WAIT_SECONDS
    while not go.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"{go} never appeared")
        time.sleep(0.005)


def _act(folder: Path, go: Path, action: str, args: list[str]) -> dict[str, Any]:
    from db.exchange.bundle import export_ack, import_bundle
    from db.exchange.pki import CityAuthority
    from db.store import open_store
    from tests.support.exchange_sites import CITY_PASSPHRASE

    authority = CityAuthority(folder)
    with open_store(folder) as store:
        authority.name  # noqa: B018 (the city's engine is open before the start)
        _wait_for(go, f"{action}-{folder.name}")
        if action == "import":
            result = import_bundle(store, Path(args[0]), city=authority, passphrase=CITY_PASSPHRASE)
            return {"already_imported": result.already_imported, "audit_added": result.audit_added}
        if action == "issue":
            issued = authority.issue(Path(args[0]).read_bytes(), CITY_PASSPHRASE)
            Path(args[1]).write_bytes(issued.file_bytes())
            return {"serial": issued.certificate.serial_number}
        if action == "revoke":
            office = authority.revoke(args[0], "证书遗失", CITY_PASSPHRASE, by="测试员")
            return {"revoked": office.revoked}
        if action == "ack":
            written = export_ack(store, authority, CITY_PASSPHRASE, args[0], Path(args[1]))
            return {"seq": written.seq, "file": written.path.name}
    raise SystemExit(f"unknown action {action!r}")


def main(argv: list[str]) -> int:
    from db.errors import ShequError

    folder, go, action, *rest = argv
    try:
        outcome = _act(Path(folder), Path(go), action, rest)
    except ShequError as exc:
        print(json.dumps({"error": type(exc).__name__, "message": str(exc)}, ensure_ascii=False))
        return 2
    print(json.dumps(outcome, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
