"""What the 数据交换 page shows, read from the data folder, and what its actions changed — plain
Python, no widgets: the certificate (:class:`CertificateState`), the lists on the right
(:class:`Overview`), and the :class:`~db.changes.Changes` each action publishes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.changes import Changes
from db.errors import ShequError

if TYPE_CHECKING:
    from db.exchange.apply import Conflict
    from db.exchange.history import ReceivedEntry, ReturnStatus, SentEntry


# --- the certificate ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateState:
    """The office's key and certificate, as the page shows them."""

    has_key: bool = False
    self_signed: bool = True
    city_name: str = ""
    not_after: datetime | None = None
    key_fingerprint: str = ""  # spoken (groups of four hex digits)
    city_fingerprint: str = ""
    problem: str = ""  # the key folder could not be read


def read_certificate_state(data_dir: Path) -> CertificateState:
    from db.exchange.envelope import certificate_fingerprint, key_fingerprint
    from db.exchange.pki import installed_city, spoken_fingerprint
    from db.returns.sign import KeyStore

    keys = KeyStore(data_dir)
    if not keys.exists():
        return CertificateState()
    try:
        cert = keys.certificate()
        city = installed_city(keys)
    except ShequError as exc:
        return CertificateState(has_key=True, problem=str(exc))
    self_signed = cert.issuer == cert.subject
    return CertificateState(
        has_key=True,
        self_signed=self_signed,
        city_name=city.name if city is not None and not self_signed else "",
        not_after=cert.not_valid_after_utc,
        key_fingerprint=spoken_fingerprint(key_fingerprint(cert.public_key())),
        city_fingerprint=spoken_fingerprint(certificate_fingerprint(city.ca_certificate)) if city else "",
    )


# --- the lists on the right --------------------------------------------------------------------


@dataclass
class Overview:
    """The lists on the right of the page, read in one go."""

    returns: list[ReturnStatus] = field(default_factory=list)
    returned: list[ReturnStatus] = field(default_factory=list)
    sent: list[SentEntry] = field(default_factory=list)
    received: list[ReceivedEntry] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def read_overview(store: Any, office_code: str) -> Overview:
    from db.exchange.apply import list_conflicts
    from db.exchange.history import received_bundles, returned_returns, returns_with_receipts, sent_bundles

    with store.session() as session:
        return Overview(
            returns=returns_with_receipts(session, office_code),
            returned=returned_returns(session, office_code),
            sent=sent_bundles(session),
            received=received_bundles(session),
            conflicts=list_conflicts(store),
        )


# --- what the page reads again -----------------------------------------------------------------


def shown_by_page(changes: Changes) -> bool:
    """Whether ``changes`` touch anything the page shows: the returns' states, the exchange's
    history and conflicts, the certificate."""
    return changes.touches_returns() or changes.touches_exchange()


def certificate_touched(changes: Changes) -> bool:
    """Whether the certificate may have changed (read again from the key folder)."""
    return changes.touches_exchange() or changes.touches_office()


# --- what an action changed --------------------------------------------------------------------

CERTIFICATE_CHANGED = Changes(exchange=True)
"""A key made or a certificate installed."""
