"""Offline certificates: the city's authority, the office's request, the installation of what the city issues.

The city (``shequ city init``) holds, under ``<data folder>/city/``:

* ``installation.json`` — ``{"kind": "city", "name": …, "created_at": …}``, written last: its
  presence is what makes the folder a city installation;
* ``ca-key.pem`` / ``ca-cert.pem`` — the root: EC P-384, self-signed, CA with path length 0,
  keyCertSign + cRLSign, 20 years. It signs only the offices' certificates and the city's own
  exchange certificate;
* ``exchange-key.pem`` / ``exchange-cert.pem`` — EC P-256, issued by the root, keyAgreement +
  digitalSignature + contentCommitment: offices encrypt their bundles to it (ECDH-ES) and the
  city signs its bundles to the offices, and its consolidated return (PAdES), with it;
* ``issued/<office code>-<serial hex>.pem`` — every certificate issued, and ``offices.json``,
  the registry of the offices known to the city (current certificate, revocations).

The private keys are PKCS#8 ``ENCRYPTED PRIVATE KEY`` files (PBES2: PBKDF2-HMAC-SHA256 with
600,000 iterations, AES-256-CBC) under the city's passphrase, written by
:func:`db.keycrypt.encrypt_private_key` — the same helper, and strength, as the office's key.

The office (``shequ keys request``) sends a PKCS#10 request signed with its key (made on first
use, :class:`~db.returns.sign.KeyStore`); the city issues a certificate for it (``shequ city
issue``) into one JSON file that also carries the city's root and exchange certificates and its
name; the office installs it (``shequ keys install``), which makes the city's root the trust
anchor of ``shequ verify`` and of the bundles. Every file is written atomically.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import jsonlimits, keycrypt
from db.exchange.envelope import TrustPolicy, certificate_fingerprint, office_code_of
from db.exchange.errors import (
    BadCertificateFile,
    BadRequestFile,
    CertificateForAnotherOffice,
    CityChanged,
    CityExists,
    CityFilesDamaged,
    CityNameInvalid,
    CityPassphraseWeak,
    CityPassphraseWrong,
    KeyRevokedRequest,
    NoCityCertificate,
    NoOfficeKey,
    NotACityInstallation,
    OfficeNotRegistered,
    OfficePassphraseWrong,
    RevocationReasonMissing,
)
from db.fileio import write_atomic
from db.keycrypt import encrypt_private_key
from db.returns.errors import CertificateMismatch, WrongPassphrase
from db.timeutil import utcnow

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey

    from db.returns.sign import KeyStore, SigningIdentity

CITY_DIRNAME = "city"
INSTALLATION_FILENAME = "installation.json"
CA_KEY_FILENAME = "ca-key.pem"
CA_CERT_FILENAME = "ca-cert.pem"
EXCHANGE_KEY_FILENAME = "exchange-key.pem"
EXCHANGE_CERT_FILENAME = "exchange-cert.pem"
ISSUED_DIRNAME = "issued"
REGISTRY_FILENAME = "offices.json"

REQUEST_SUFFIX = "-request.pem"
CERTIFICATE_SUFFIX = "-certificate.json"
CERTIFICATE_FILE_TYPE = "shequ-certificate"
CERTIFICATE_FILE_VERSION = 1
REGISTRY_TYPE = "shequ-city-offices"

MIN_CITY_PASSPHRASE = 12
MAX_CITY_NAME = 64
CA_YEARS = 20
OFFICE_YEARS = 3
KEY_ITERATIONS = keycrypt.KEY_ITERATIONS  # the city's keys: the same strength as the office's
OFFICE_CODE = re.compile(r"[0-9]{12}")
MAX_FILE_BYTES = 1024 * 1024  # request and certificate files are a few kilobytes


def request_filename(office_code: str) -> str:
    """``<office code>-request.pem``: the request the office carries to the city."""
    return f"{office_code}{REQUEST_SUFFIX}"


def certificate_filename(office_code: str) -> str:
    """``<office code>-certificate.json``: the file the city gives back to the office."""
    return f"{office_code}{CERTIFICATE_SUFFIX}"


# --- keys and certificates -------------------------------------------------------------------------


def spoken_fingerprint(hex_digest: str, groups: int = 6) -> str:
    """The first ``groups`` groups of four hex digits, upper case, for people to compare by phone."""
    return " ".join(hex_digest[index : index + 4].upper() for index in range(0, 4 * groups, 4))


def _pem(cert: x509.Certificate) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return cert.public_bytes(serialization.Encoding.PEM)


def _key_usage(**flags: bool) -> x509.KeyUsage:
    from cryptography import x509

    names = (
        "digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
        "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only",
    )  # fmt: skip
    return x509.KeyUsage(**{name: flags.get(name, False) for name in names})


def _city_name(name: str, role: str) -> x509.Name:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "社区台账"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"{name} {role}"),
        ]
    )


def _load_pem_certificate(data: bytes) -> x509.Certificate:
    from cryptography import x509

    return x509.load_pem_x509_certificate(data)


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _is_ca(cert: x509.Certificate) -> bool:
    from cryptography import x509

    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _usage(cert: x509.Certificate) -> x509.KeyUsage | None:
    from cryptography import x509

    try:
        return cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return None


def _common_name(cert_or_name: x509.Name) -> str:
    from cryptography.x509.oid import NameOID

    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        values = cert_or_name.get_attributes_for_oid(oid)
        if values and str(values[0].value).strip():
            return str(values[0].value).strip()
    return ""


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _parse_time(text: Any) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) and text else None


# --- the city --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisteredOffice:
    """An office known to the city: its current certificate and whether it was revoked."""

    code: str
    name: str
    serial: int
    issued_at: datetime
    revoked_at: datetime | None = None
    revoke_reason: str = ""
    not_after: datetime | None = None
    previous_serials: tuple[int, ...] = ()  # certificates it was issued before (superseded)

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "serial": format(self.serial, "x"),
            "issued_at": _iso(self.issued_at),
            "not_after": _iso(self.not_after),
            "revoked_at": _iso(self.revoked_at),
            "revoke_reason": self.revoke_reason,
            "previous_serials": [format(item, "x") for item in self.previous_serials],
        }

    @classmethod
    def from_dict(cls, item: dict[str, Any]) -> RegisteredOffice:
        issued_at = _parse_time(item["issued_at"])
        if issued_at is None:
            raise ValueError("issued_at")
        return cls(
            code=str(item["code"]),
            name=str(item["name"]),
            serial=int(item["serial"], 16),
            issued_at=issued_at,
            revoked_at=_parse_time(item.get("revoked_at")),
            revoke_reason=str(item.get("revoke_reason") or ""),
            not_after=_parse_time(item.get("not_after")),
            previous_serials=tuple(int(value, 16) for value in item.get("previous_serials", [])),
        )


@dataclass(frozen=True)
class Revocation:
    serial: int
    code: str
    revoked_at: datetime
    reason: str


@dataclass(frozen=True)
class IssuedCertificate:
    """What :meth:`CityAuthority.issue` made: the office's certificate and the file to give it."""

    certificate: x509.Certificate
    ca_certificate: x509.Certificate
    exchange_certificate: x509.Certificate
    city_name: str
    office_code: str
    office_name: str
    replaced: RegisteredOffice | None = None  # the office's previous registration, if any

    @property
    def filename(self) -> str:
        return certificate_filename(self.office_code)

    def file_bytes(self) -> bytes:
        """The single JSON file the office installs (``shequ keys install``)."""
        document = {
            "type": CERTIFICATE_FILE_TYPE,
            "v": CERTIFICATE_FILE_VERSION,
            "city": self.city_name,
            "office": {"code": self.office_code, "name": self.office_name},
            "issued_at": _iso(utcnow()),
            "certificate": _pem(self.certificate).decode("ascii"),
            "ca_certificate": _pem(self.ca_certificate).decode("ascii"),
            "exchange_certificate": _pem(self.exchange_certificate).decode("ascii"),
        }
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class CityAuthority:
    """The city's certificate authority and its registry of offices, in ``<data folder>/city``."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.folder = self.data_dir / CITY_DIRNAME

    # paths

    @property
    def installation_path(self) -> Path:
        return self.folder / INSTALLATION_FILENAME

    @property
    def ca_key_path(self) -> Path:
        return self.folder / CA_KEY_FILENAME

    @property
    def ca_cert_path(self) -> Path:
        return self.folder / CA_CERT_FILENAME

    @property
    def exchange_key_path(self) -> Path:
        return self.folder / EXCHANGE_KEY_FILENAME

    @property
    def exchange_cert_path(self) -> Path:
        return self.folder / EXCHANGE_CERT_FILENAME

    @property
    def issued_folder(self) -> Path:
        return self.folder / ISSUED_DIRNAME

    @property
    def registry_path(self) -> Path:
        return self.folder / REGISTRY_FILENAME

    # the installation

    def exists(self) -> bool:
        return self.installation_path.is_file()

    def _require(self) -> None:
        if not self.exists():
            raise NotACityInstallation(str(self.data_dir))

    def _installation(self) -> dict[str, Any]:
        self._require()
        try:
            value = json.loads(self.installation_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CityFilesDamaged(str(self.installation_path), str(exc)) from None
        if not isinstance(value, dict) or value.get("kind") != "city":
            raise CityFilesDamaged(str(self.installation_path))
        return value

    @property
    def name(self) -> str:
        return str(self._installation().get("name", ""))

    def init(self, name: str, passphrase: str) -> None:
        """Make the root and the exchange key and certificate (refused when the city exists)."""
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec

        name = name.strip()
        if self.exists():
            raise CityExists(str(self.data_dir), self.name)
        if not name or len(name) > MAX_CITY_NAME:
            raise CityNameInvalid()
        if len(passphrase) < MIN_CITY_PASSPHRASE:
            raise CityPassphraseWeak(MIN_CITY_PASSPHRASE)
        now = utcnow()
        not_after = now + timedelta(days=365 * CA_YEARS + CA_YEARS // 4)
        ca_key = ec.generate_private_key(ec.SECP384R1())
        ca_name = _city_name(name, "社区台账根证书")
        ca_cert = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(key_cert_sign=True, crl_sign=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA384())
        )
        exchange_key = ec.generate_private_key(ec.SECP256R1())
        exchange_cert = (
            x509.CertificateBuilder()
            .subject_name(_city_name(name, "交换证书"))
            .issuer_name(ca_name)
            .public_key(exchange_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                # contentCommitment (nonRepudiation): PAdES validators want it on the signer of the
                # city's consolidated return, which this key signs
                _key_usage(digital_signature=True, content_commitment=True, key_agreement=True),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(exchange_key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA384())
        )
        self.issued_folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.ca_key_path, encrypt_private_key(ca_key, passphrase), 0o600)
        write_atomic(self.exchange_key_path, encrypt_private_key(exchange_key, passphrase), 0o600)
        write_atomic(self.ca_cert_path, _pem(ca_cert))
        write_atomic(self.exchange_cert_path, _pem(exchange_cert))
        self._write_registry([], [])
        installation = {"kind": "city", "name": name, "created_at": _iso(now)}
        write_atomic(self.installation_path, json.dumps(installation, ensure_ascii=False, indent=2).encode("utf-8"))

    # certificates and keys

    def _certificate(self, path: Path) -> x509.Certificate:
        self._require()
        try:
            return _load_pem_certificate(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise CityFilesDamaged(str(path), str(exc)) from None

    def ca_certificate(self) -> x509.Certificate:
        return self._certificate(self.ca_cert_path)

    def exchange_certificate(self) -> x509.Certificate:
        return self._certificate(self.exchange_cert_path)

    def _key(self, path: Path, passphrase: str, certificate: x509.Certificate) -> EllipticCurvePrivateKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        self._require()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CityFilesDamaged(str(path), exc.strerror or str(exc)) from None
        try:
            key = serialization.load_pem_private_key(data, password=passphrase.encode("utf-8"))
        except (ValueError, TypeError) as exc:
            if b"ENCRYPTED" in data:
                raise CityPassphraseWrong() from None
            raise CityFilesDamaged(str(path), str(exc)) from None
        if not isinstance(key, ec.EllipticCurvePrivateKey) or key.public_key() != certificate.public_key():
            raise CityFilesDamaged(str(path), "密钥与证书不匹配")
        return key

    def ca_key(self, passphrase: str) -> EllipticCurvePrivateKey:
        return self._key(self.ca_key_path, passphrase, self.ca_certificate())

    def exchange_key(self, passphrase: str) -> EllipticCurvePrivateKey:
        return self._key(self.exchange_key_path, passphrase, self.exchange_certificate())

    def signing_identity(self, passphrase: str) -> SigningIdentity:
        """The city's exchange key and certificate (chain: the root), to sign bundles to the offices."""
        from db.returns.sign import SigningIdentity

        return SigningIdentity(self.exchange_key(passphrase), self.exchange_certificate(), [self.ca_certificate()])

    def trust_policy(self, expect_office: str | None = None) -> TrustPolicy:
        """Trust in the city's root, minus every revoked certificate."""
        return TrustPolicy(
            anchors=(self.ca_certificate(),), revoked_serials=self.revoked_serials(), expect_office=expect_office
        )

    # the registry

    def _read_registry(self) -> tuple[list[RegisteredOffice], list[Revocation]]:
        self._require()
        try:
            document = json.loads(self.registry_path.read_text(encoding="utf-8"))
            offices = [RegisteredOffice.from_dict(item) for item in document["offices"]]
            revoked = [
                Revocation(
                    serial=int(item["serial"], 16),
                    code=str(item["code"]),
                    revoked_at=datetime.fromisoformat(item["revoked_at"]),
                    reason=str(item.get("reason") or ""),
                )
                for item in document.get("revoked", [])
            ]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CityFilesDamaged(str(self.registry_path), str(exc)) from None
        return offices, revoked

    def _write_registry(self, offices: list[RegisteredOffice], revoked: list[Revocation]) -> None:
        document = {
            "type": REGISTRY_TYPE,
            "v": 1,
            "offices": [item.to_dict() for item in sorted(offices, key=lambda item: item.code)],
            "revoked": [
                {"serial": format(item.serial, "x"), "code": item.code, "revoked_at": _iso(item.revoked_at),
                 "reason": item.reason}
                for item in revoked
            ],
        }  # fmt: skip
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        write_atomic(self.registry_path, data)

    def offices(self) -> list[RegisteredOffice]:
        """The offices the city has issued a certificate to, by code: the city's list of known offices."""
        return self._read_registry()[0]

    def office(self, code: str) -> RegisteredOffice | None:
        return next((item for item in self.offices() if item.code == code), None)

    def revocations(self) -> list[Revocation]:
        return self._read_registry()[1]

    def revoked_serials(self) -> frozenset[int]:
        return frozenset(item.serial for item in self.revocations())

    # issuing and revoking

    def issue(
        self, request: bytes, passphrase: str, *, years: int = OFFICE_YEARS, source: str = ""
    ) -> IssuedCertificate:
        """A certificate for the office that made ``request`` (PEM or DER PKCS#10).

        The request must carry a valid self-signature (proof that the office holds the key), an
        EC P-256 key, a 12-digit office code (subject serialNumber) and a name (CN or O). A new
        certificate for an office already registered supersedes the old one.
        """
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec

        csr = parse_request(request, source)
        code = office_code_of_name(csr.subject) or ""
        office_name = _common_name(csr.subject)
        ca_cert = self.ca_certificate()
        exchange_cert = self.exchange_certificate()
        if self._revoked_key(code, csr.public_key()):
            raise KeyRevokedRequest(code)
        ca_key = self.ca_key(passphrase)
        public = csr.public_key()
        assert isinstance(public, ec.EllipticCurvePublicKey)  # parse_request checked it
        now = utcnow()
        not_after = min(now + timedelta(days=365 * years + years // 4), ca_cert.not_valid_after_utc)
        cert = (
            x509.CertificateBuilder()
            .subject_name(csr.subject)
            .issuer_name(ca_cert.subject)
            .public_key(public)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                _key_usage(digital_signature=True, content_commitment=True, key_agreement=True), critical=True
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA384())
        )
        offices, revoked = self._read_registry()
        previous = next((item for item in offices if item.code == code), None)
        entry = RegisteredOffice(
            code=code,
            name=office_name,
            serial=cert.serial_number,
            issued_at=now,
            not_after=not_after,
            previous_serials=(*previous.previous_serials, previous.serial) if previous else (),
        )
        self.issued_folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.issued_folder / f"{code}-{cert.serial_number:x}.pem", _pem(cert))
        self._write_registry([item for item in offices if item.code != code] + [entry], revoked)
        return IssuedCertificate(cert, ca_cert, exchange_cert, self.name, code, office_name, previous)

    def issued_certificates(self, office_code: str) -> list[x509.Certificate]:
        """Every certificate issued to ``office_code`` (from ``issued/``), oldest first."""
        certs = []
        for path in sorted(self.issued_folder.glob(f"{office_code}-*.pem")):
            try:
                certs.append(_load_pem_certificate(path.read_bytes()))
            except (OSError, ValueError) as exc:
                raise CityFilesDamaged(str(path), str(exc)) from None
        return sorted(certs, key=lambda cert: cert.not_valid_before_utc)

    def _revoked_key(self, office_code: str, public: Any) -> bool:
        revoked = self.revoked_serials()
        return any(
            cert.serial_number in revoked and cert.public_key() == public
            for cert in self.issued_certificates(office_code)
        )

    def revoke(self, office_code: str, reason: str, passphrase: str) -> RegisteredOffice:
        """Stop trusting every certificate ever issued to ``office_code`` (checked at import).

        The passphrase is asked (and checked) so that only the city's keeper can revoke."""
        reason = reason.strip()
        if not reason:
            raise RevocationReasonMissing()
        offices, revoked = self._read_registry()
        current = next((item for item in offices if item.code == office_code), None)
        if current is None:
            raise OfficeNotRegistered(office_code)
        self.ca_key(passphrase)
        if current.revoked:
            return current
        now = utcnow()
        known = {item.serial for item in revoked}
        for serial in (*current.previous_serials, current.serial):
            if serial not in known:
                revoked.append(Revocation(serial, office_code, now, reason))
        updated = RegisteredOffice(
            code=current.code,
            name=current.name,
            serial=current.serial,
            issued_at=current.issued_at,
            revoked_at=now,
            revoke_reason=reason,
            not_after=current.not_after,
            previous_serials=current.previous_serials,
        )
        self._write_registry([item for item in offices if item.code != office_code] + [updated], revoked)
        return updated


def office_name_of_name(name: x509.Name) -> str:
    """The office's name in a request's or certificate's subject (CN, else O)."""
    return _common_name(name)


def office_code_of_name(name: x509.Name) -> str | None:
    from cryptography.x509.oid import NameOID

    values = name.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    return str(values[0].value) if values else None


def parse_request(data: bytes, path: str = "") -> x509.CertificateSigningRequest:
    """A checked office request: :class:`BadRequestFile` saying what is wrong with it."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec

    if len(data) > MAX_FILE_BYTES:
        raise BadRequestFile(path, "文件太大，不是证书申请文件")
    try:
        csr = x509.load_pem_x509_csr(data) if b"-----BEGIN" in data else x509.load_der_x509_csr(data)
    except ValueError:
        raise BadRequestFile(path, "不是证书申请文件，或文件已损坏") from None
    try:
        if not csr.is_signature_valid:
            raise BadRequestFile(path, "申请文件的签名不符，文件可能被改动")
        public = csr.public_key()
    except (ValueError, TypeError):
        raise BadRequestFile(path, "申请文件的签名不符，文件可能被改动") from None
    if not isinstance(public, ec.EllipticCurvePublicKey) or public.curve.name != "secp256r1":
        raise BadRequestFile(path, "密钥类型不对，不是社区台账生成的申请")
    code = office_code_of_name(csr.subject) or ""
    if not OFFICE_CODE.fullmatch(code):
        raise BadRequestFile(path, "申请中没有 12 位社区代码")
    if not _common_name(csr.subject):
        raise BadRequestFile(path, "申请中没有社区名称")
    return csr


# --- the office side -------------------------------------------------------------------------------


RETIRED_DIRNAME = "retired"


def _retire_key(keystore: KeyStore) -> Path:
    """Move the office's key, certificate and chain into ``keys/retired/<time>/`` (kept, not deleted:
    returns signed with them still verify from their own embedded certificate)."""
    from db.fileio import fsync_folder

    stamp = utcnow().strftime("%Y%m%dT%H%M%S%fZ")
    target = keystore.folder / RETIRED_DIRNAME / stamp
    target.mkdir(parents=True)
    for path in (keystore.chain_path, keystore.cert_path, keystore.key_path):  # the key last: exists() turns false
        if path.exists():
            os.replace(path, target / path.name)
    fsync_folder(keystore.folder)
    return target


def make_request(
    keystore: KeyStore, passphrase: str, office_code: str, office_name: str, *, new_key: bool = False
) -> bytes:
    """A PKCS#10 request (PEM) signed with the office's key.

    The key is made now, encrypted under ``passphrase``, if the office has none yet — or, with
    ``new_key``, in place of the current one (which moves to ``keys/retired/``), e.g. after the
    city revoked it. Otherwise the current key is opened with ``passphrase``
    (:class:`OfficePassphraseWrong`)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    from db.returns.errors import WeakPassphrase
    from db.returns.sign import MIN_PASSPHRASE, office_subject

    if keystore.exists() and new_key:
        if len(passphrase) < MIN_PASSPHRASE:
            raise WeakPassphrase(MIN_PASSPHRASE)
        _retire_key(keystore)
    if keystore.exists():
        try:
            identity = keystore.load(passphrase)
        except WrongPassphrase:
            raise OfficePassphraseWrong() from None
    else:
        identity = keystore.create(passphrase, office_code, office_name)
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(office_subject(office_code, office_name))
        .sign(identity.key, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class InstalledCity:
    """The city as the office knows it: name, root (trust anchor) and exchange certificate."""

    name: str
    ca_certificate: x509.Certificate
    exchange_certificate: x509.Certificate


@dataclass(frozen=True)
class InstalledCertificate:
    """What :func:`install_issued` installed."""

    certificate: x509.Certificate
    office_code: str
    city: InstalledCity
    replaced_city: bool = False  # a different city root was installed before (``replace_city``)


def _certificate_document(data: bytes, source: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise BadCertificateFile(source, "文件太大，不是证书文件")
    try:
        document = jsonlimits.loads(data.decode("utf-8-sig"))
    except jsonlimits.TooDeep as exc:
        raise BadCertificateFile(source, str(exc)) from None
    except (UnicodeDecodeError, ValueError):
        raise BadCertificateFile(source, "不是市里颁发的证书文件，或文件已损坏") from None
    if not isinstance(document, dict) or document.get("type") != CERTIFICATE_FILE_TYPE:
        raise BadCertificateFile(source, "不是市里颁发的证书文件")
    if document.get("v") != CERTIFICATE_FILE_VERSION:
        raise BadCertificateFile(source, "证书文件来自更新版本的社区台账，请先升级")
    return document


def read_certificate_file(data: bytes, source: str = "") -> tuple[x509.Certificate, InstalledCity]:
    """The office certificate and the city in a certificate file (``source``: its path, for
    messages), checked against each other: :class:`BadCertificateFile` saying what is wrong."""
    document = _certificate_document(data, source)
    try:
        cert = _load_pem_certificate(str(document["certificate"]).encode("ascii"))
        ca_cert = _load_pem_certificate(str(document["ca_certificate"]).encode("ascii"))
        exchange = _load_pem_certificate(str(document["exchange_certificate"]).encode("ascii"))
        city_name = str(document["city"]).strip()
    except (KeyError, ValueError, UnicodeEncodeError):
        raise BadCertificateFile(source, "证书文件内容不完整或已损坏") from None
    if not city_name:
        raise BadCertificateFile(source, "证书文件中没有市级名称")
    if not (_is_ca(ca_cert) and _issued_by(ca_cert, ca_cert)):
        raise BadCertificateFile(source, "市级根证书无效")
    if not _issued_by(cert, ca_cert) or _is_ca(cert):
        raise BadCertificateFile(source, "社区证书不是由文件中的市级根证书颁发的")
    usage = _usage(cert)
    if usage is None or not usage.digital_signature:
        raise BadCertificateFile(source, "社区证书不能用于签名")
    exchange_usage = _usage(exchange)
    if not _issued_by(exchange, ca_cert) or exchange_usage is None or not exchange_usage.key_agreement:
        raise BadCertificateFile(source, "市级交换证书无效")
    return cert, InstalledCity(city_name, ca_cert, exchange)


def install_issued(
    keystore: KeyStore, data: bytes, *, replace_city: bool = False, source: str = ""
) -> InstalledCertificate:
    """Install the certificate file the city issued: the office's certificate (replacing the
    self-signed one) with the root as its chain, the city's root as the trust anchor
    (``keys/city-ca.pem``, which ``shequ verify`` trusts), the city's exchange certificate
    (``keys/city-exchange.pem``) and the city's name (``keys/city.json``).

    Refused — nothing written — when the office has no key, when the certificate is for another
    key (:class:`CertificateMismatch`) or another office code, and when a *different* city root
    is already installed, unless ``replace_city``.
    """
    cert, city = read_certificate_file(data, source)
    if not keystore.exists():
        raise NoOfficeKey()
    current = keystore.certificate()
    if cert.public_key() != current.public_key():
        raise CertificateMismatch()
    expected, got = office_code_of(current) or "", office_code_of(cert) or ""
    if expected != got:
        raise CertificateForAnotherOffice(expected, got)
    previous = installed_city(keystore)
    replaced = previous is not None and previous.ca_certificate != city.ca_certificate
    if replaced and not replace_city:
        assert previous is not None
        raise CityChanged(previous.name, city.name)
    info = {
        "name": city.name,
        "ca_sha256": certificate_fingerprint(city.ca_certificate),
        "exchange_sha256": certificate_fingerprint(city.exchange_certificate),
        "installed_at": _iso(utcnow()),
    }
    keystore.folder.mkdir(parents=True, exist_ok=True)
    write_atomic(keystore.city_ca_path, _pem(city.ca_certificate))
    write_atomic(keystore.city_exchange_path, _pem(city.exchange_certificate))
    write_atomic(keystore.city_info_path, json.dumps(info, ensure_ascii=False, indent=2).encode("utf-8"))
    keystore.install_certificate(_pem(cert), _pem(city.ca_certificate))
    return InstalledCertificate(cert, got, city, replaced)


def installed_city(keystore: KeyStore) -> InstalledCity | None:
    """The city installed in the office's key store, or None (still self-signed, no city yet)."""
    from db.returns.errors import KeyDamaged

    paths = (keystore.city_ca_path, keystore.city_exchange_path, keystore.city_info_path)
    if not all(path.is_file() for path in paths):
        return None
    try:
        ca_cert = _load_pem_certificate(keystore.city_ca_path.read_bytes())
        exchange = _load_pem_certificate(keystore.city_exchange_path.read_bytes())
        info = json.loads(keystore.city_info_path.read_text(encoding="utf-8"))
        name = str(info["name"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyDamaged(str(keystore.folder), str(exc)) from None
    return InstalledCity(name, ca_cert, exchange)


def city_recipient(keystore: KeyStore) -> x509.Certificate:
    """The city's exchange certificate, to seal a bundle to the city (:class:`NoCityCertificate`)."""
    city = installed_city(keystore)
    if city is None or keystore.is_self_signed():
        raise NoCityCertificate()
    return city.exchange_certificate


def office_trust_policy(keystore: KeyStore, expect_office: str | None = None) -> TrustPolicy:
    """What an office trusts: the installed city root, and its own certificate (for its devices)."""
    anchors: list[x509.Certificate] = []
    city = installed_city(keystore)
    if city is not None:
        anchors.append(city.ca_certificate)
    if keystore.exists():
        anchors.append(keystore.certificate())
    return TrustPolicy(anchors=tuple(anchors), expect_office=expect_office)
