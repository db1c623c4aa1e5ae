"""A city and its offices with real key files, for the exchange tests (certificates and bundles)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey

from db.exchange.pki import CityAuthority, install_issued, make_request
from db.returns.sign import KeyStore, SigningIdentity

CITY_PASSPHRASE = "市委组织部-根证书口令-2026"
OFFICE_PASSPHRASE = "胜利社区2026口令"
CODE = "150802001001"
OTHER_CODE = "150802001002"


@dataclass
class Office:
    code: str
    keys: KeyStore
    identity: SigningIdentity

    @property
    def certificate(self) -> x509.Certificate:
        return self.identity.certificate


@dataclass
class City:
    authority: CityAuthority
    key: EllipticCurvePrivateKey  # the exchange key
    certificate: x509.Certificate  # the exchange certificate
    identity: SigningIdentity  # signs bundles to the offices


def make_city(folder: Path, name: str = "中共巴彦淖尔市委组织部") -> City:
    authority = CityAuthority(folder)
    authority.init(name, CITY_PASSPHRASE)
    return City(
        authority,
        authority.exchange_key(CITY_PASSPHRASE),
        authority.exchange_certificate(),
        authority.signing_identity(CITY_PASSPHRASE),
    )


def make_office(folder: Path, city: City | None, code: str = CODE, name: str = "胜利社区") -> Office:
    """An office key store; certified by ``city`` (request → issue → install) unless None."""
    keys = KeyStore(folder)
    request = make_request(keys, OFFICE_PASSPHRASE, code, name)
    if city is not None:
        issued = city.authority.issue(request, CITY_PASSPHRASE)
        install_issued(keys, issued.file_bytes())
    return Office(code, keys, keys.load(OFFICE_PASSPHRASE))
