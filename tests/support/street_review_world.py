"""What the street-review tests do to the four installations of :mod:`tests.support.street_world`: an
office's signed return that reached the street and the city, a street revoked in the city's registry,
and forward files re-sealed after a change (as a forger holding a key would make them). Real keys,
real files; nothing mocked."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.exchange.bundle import ExportResult, export_bundle, import_bundle
from db.exchange.envelope import open_sealed, seal_for_recipient
from db.exchange.street_import import import_street_copy
from db.returns.sign import SigningIdentity
from tests.support.exchange_sites import OFFICE_PASSPHRASE, Site, sign_return
from tests.support.exchange_world import CITY_PASSPHRASE
from tests.support.street_world import STREET_PASSPHRASE, Four

PERIOD = "2026H1"


@dataclass
class Arrived:
    """An office's signed return at the street (and the bundle that carried it)."""

    return_id: str
    bundle: ExportResult


def return_at_street(four: Four, at_street: Site, *, to_city: bool = True) -> Arrived:
    """The routed office signs its return for :data:`PERIOD` and exports; the street imports its copy
    and, with ``to_city``, the city imports the city's copy (as the street forwards it untouched)."""
    return_id = sign_return(four.via, PERIOD)
    bundle = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
    assert bundle.street_path is not None
    import_street_copy(at_street.store, four.street, bundle.street_path, STREET_PASSPHRASE)
    if to_city:
        import_bundle(four.hub.store, bundle.path, city=four.city, passphrase=CITY_PASSPHRASE)
    return Arrived(return_id, bundle)


def street_identity(four: Four) -> SigningIdentity:
    city = four.street.city()
    assert city is not None
    return SigningIdentity(four.street.key(STREET_PASSPHRASE), four.street.certificate(), [city.ca_certificate])


def forward_document(four: Four, path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """A forward file opened with the city's key: its header and its JSON document."""
    from db.exchange.envelope import TrustPolicy

    opened = open_sealed(
        path,
        trust=TrustPolicy(anchors=(four.city.ca_certificate(),), expect_street=four.street.code),
        recipient_key=four.city.exchange_key(CITY_PASSPHRASE),
        recipient_cert=four.city.exchange_certificate(),
    )
    return opened.header, json.loads(zlib.decompress(opened.payload))


def reseal(
    four: Four,
    path: Path,
    out: Path,
    change: Callable[[dict[str, Any]], None],
    *,
    identity: SigningIdentity | None = None,
    header: dict[str, Any] | None = None,
) -> Path:
    """``path``'s document changed by ``change``, sealed again to the city by ``identity`` (the
    street's by default) under ``header`` (the original's application fields by default); written to
    ``out`` (a folder) under the same name."""
    original, document = forward_document(four, path)
    change(document)
    fields = {key: value for key, value in (header or original).items() if key not in ("typ", "v", "iat")}
    payload = zlib.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    sealed = seal_for_recipient(payload, fields, identity or street_identity(four), four.city.exchange_certificate())
    out.mkdir(parents=True, exist_ok=True)
    target = out / path.name
    target.write_bytes(sealed)
    return target


def revoke_street(four: Four, reason: str = "街道撤并") -> None:
    """The city stops trusting the street (what ``shequ city revoke STREET_CODE`` does)."""
    from db.exchange.street import revoke_street as city_revokes_street

    city_revokes_street(four.city, four.street.code, reason, CITY_PASSPHRASE)
