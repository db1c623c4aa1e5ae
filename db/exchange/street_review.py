"""Streets, at the street: what it keeps of each office's bundles, its review, and forwarding to the city.

What the street keeps when it imports an office's bundle (:func:`keep_imported_files`, called by
:func:`db.exchange.street_import.import_street_copy` after the bundle is applied):

* ``street/forward/<office code>-<seq>.shequ`` — the city's copy of the bundle, byte for byte, which
  the street forwards untouched with its own decisions;
* ``street/offices/<office code>.pem`` — the office's signing certificate (the newest the street has
  seen), to which the street encrypts its receipts (:func:`office_certificate`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from db.exchange.street import StreetFilesDamaged, StreetInstallation
from db.fileio import write_atomic

if TYPE_CHECKING:
    from cryptography import x509

STREET_LEVEL = "街道"
FORWARD_DIRNAME = "forward"  # in street/: the offices' city copies, kept to forward untouched
OFFICES_DIRNAME = "offices"  # in street/: each office's signing certificate, <office code>.pem


def forward_folder(street: StreetInstallation) -> Path:
    return street.folder / FORWARD_DIRNAME


def offices_folder(street: StreetInstallation) -> Path:
    return street.folder / OFFICES_DIRNAME


def forward_copy_name(office_code: str, seq: int) -> str:
    """The city copy's own name, ``<office code>-<seq>.shequ`` (as the office wrote it)."""
    return f"{office_code}-{seq:04d}.shequ"


def office_certificate_path(street: StreetInstallation, office_code: str) -> Path:
    return offices_folder(street) / f"{office_code}.pem"


def office_certificate(street: StreetInstallation, office_code: str) -> x509.Certificate | None:
    """The office's signing certificate as the street last saw it on an imported bundle, or None."""
    from cryptography import x509

    path = office_certificate_path(street, office_code)
    if not path.is_file():
        return None
    try:
        return x509.load_pem_x509_certificate(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise StreetFilesDamaged(str(path), str(exc)) from None


def kept_files_present(street: StreetInstallation, office_code: str, seq: int) -> bool:
    """Whether the forward copy of ``office_code``'s bundle ``seq`` and the office's certificate are kept."""
    return (forward_folder(street) / forward_copy_name(office_code, seq)).is_file() and office_certificate_path(
        street, office_code
    ).is_file()


def keep_imported_files(
    street: StreetInstallation,
    office_code: str,
    seq: int,
    city_copy: Path,
    sha256: str,
    signer: x509.Certificate | None,
) -> None:
    """Keep the city's copy (unchanged bytes, which must still hash to ``sha256``, the digest the
    bundle was recorded under) and the office's signing certificate, each atomically.

    Idempotent: the same file imported again writes nothing new. The certificate is replaced only by
    one issued later (an older bundle imported late never brings back an older certificate)."""
    import hashlib

    from cryptography.hazmat.primitives.serialization import Encoding

    target = forward_folder(street) / forward_copy_name(office_code, seq)
    try:
        data = city_copy.read_bytes()
        same = target.is_file() and target.read_bytes() == data
    except OSError as exc:
        raise StreetFilesDamaged(str(city_copy), exc.strerror or str(exc)) from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise StreetFilesDamaged(str(city_copy), "导入时文件被改动")
    if not same:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
    if signer is None:
        return
    current = office_certificate(street, office_code)
    if current is None or (current != signer and signer.not_valid_before_utc >= current.not_valid_before_utc):
        path = office_certificate_path(street, office_code)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, signer.public_bytes(Encoding.PEM))
