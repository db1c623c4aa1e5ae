"""Offline certificates: the city's authority, the office's request, the installation of what the city issues.

The city (``shequ city init``) keeps under ``<data folder>/city/`` only ``installation.json`` —
``{"kind": "city", "name": …, "created_at": …}``, written last: its presence is what makes the
folder a city installation — and, for a city on PostgreSQL, ``database.json`` (:mod:`db.citydb`).
Everything else is in the city's database (migration 0011), so that every workstation sharing it
sees the same:

* ``city_state`` — the city's name and its two key pairs: the root (EC P-384, self-signed, CA with
  path length 0, keyCertSign + cRLSign, 20 years; it signs only the offices' and streets'
  certificates and the city's own exchange certificate) and the exchange key (EC P-256, issued by
  the root, keyAgreement + digitalSignature + contentCommitment: offices encrypt their bundles to
  it (ECDH-ES) and the city signs its bundles to the offices, and its consolidated return (PAdES),
  with it). Certificates in PEM; the private keys as PKCS#8 ``ENCRYPTED PRIVATE KEY`` PEM (PBES2:
  PBKDF2-HMAC-SHA256 with 600,000 iterations, AES-256-CBC) under the city's passphrase, written by
  :func:`db.keycrypt.encrypt_private_key` — the same helper, and strength, as the office's key;
* ``city_registration`` — the registry: each office and street certified (name, current serial,
  validity, revocation, and for an office ``via``, the street its returns go through);
* ``city_certificate`` — every certificate issued (PEM, serial, holder, when), superseded ones too;
* ``city_revocation`` — every serial revoked: when, why, by whom (``user@computer``).

The office (``shequ keys request``) sends a PKCS#10 request signed with its key (made on first
use, :class:`~db.returns.sign.KeyStore`); the city issues a certificate for it (``shequ city
issue``) into one JSON file that also carries the city's root and exchange certificates and its
name; the office installs it (``shequ keys install``), which makes the city's root the trust
anchor of ``shequ verify`` and of the bundles. Every file is written atomically.

The certificate file is signed as a whole (format version 2): an ECDSA P-256/SHA-256 signature by
the city's exchange key over the canonical JSON of every other field (sorted keys, no spaces,
UTF-8) after the line ``shequ-certificate-file``. The installer checks the chain in the file (root
self-signed, office and exchange certificates issued by it), the signature with the exchange
certificate, and that every field shown — the city's name, the office's code and name, the
validity — equals what the signed certificates say. A version-1 file (unsigned, made before) is
still read: each of its fields is checked against the certificates the same way, so nothing shown
comes from unsigned text.

Every change of the registry (issue, revoke, a street's issue and revocation, a route) is one
transaction of the city's database, serialised with every other change of the same office or street:
``BEGIN IMMEDIATE`` on SQLite (one writer at a time), a transaction-scoped advisory lock per code on
PostgreSQL (:meth:`db.exchange.rawdb.Db.lock`), taken before the registry is read again and checked;
certificate serials are primary keys, a revocation is stored once per serial. So two workstations, or
the window and a ``shequ city`` command, issuing and revoking at once lose nothing and double nothing.
A writer waits for another at most :data:`REGISTRY_WAIT_SECONDS` (then :class:`CityRegistryBusy`,
nothing written). Readers need no lock.

A city made by an older version kept all of this in files (``ca-key.pem``, ``ca-cert.pem``,
``exchange-key.pem``, ``exchange-cert.pem``, ``offices.json`` with ``offices.json.lock``,
``issued/<code>-<serial>.pem``). The first time this version opens its database, they are moved in:
read and checked against each other, written in one transaction, read back and compared before the
commit; then each is renamed with :data:`MOVED_SUFFIX` (``offices.json.moved-to-database`` …) and
kept as a record, never read again (:meth:`CityAuthority._move_files_in`). Files that disagree are
not moved (:class:`CityFilesNotMoved`): they stay as they were, and the city does not open.
"""

from __future__ import annotations

import base64
import binascii
import errno
import json
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import jsonlimits, keycrypt
from db.errors import ShequError
from db.exchange.envelope import TrustPolicy, certificate_fingerprint, has_business_category, office_code_of
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
from db.fileio import replace_file, write_atomic
from db.i18n import tr
from db.keycrypt import encrypt_private_key
from db.returns.errors import CertificateMismatch, WrongPassphrase
from db.timeutil import utcnow

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey
    from sqlalchemy import Engine

    from db.exchange.rawdb import Db
    from db.returns.sign import KeyStore, SigningIdentity

CITY_DIRNAME = "city"
INSTALLATION_FILENAME = "installation.json"
CA_KEY_FILENAME = "ca-key.pem"
CA_CERT_FILENAME = "ca-cert.pem"
EXCHANGE_KEY_FILENAME = "exchange-key.pem"
EXCHANGE_CERT_FILENAME = "exchange-cert.pem"
ISSUED_DIRNAME = "issued"
REGISTRY_FILENAME = "offices.json"  # an older city's registry, moved into the database
REGISTRY_LOCK_FILENAME = "offices.json.lock"  # and its lock file
REGISTRY_WAIT_SECONDS = 10.0
"""How long issuing or revoking waits for another writer of the city's registry (each holds it for a
few milliseconds: a read, a signature, a few rows) before it gives up. On SQLite the database's own
busy wait (5 s, :func:`db.store.make_engine`) is the shortest wait."""
REGISTRY_POLL_SECONDS = 0.05

REQUEST_SUFFIX = "-request.pem"
CERTIFICATE_SUFFIX = "-certificate.json"
CERTIFICATE_FILE_TYPE = "shequ-certificate"
CERTIFICATE_FILE_VERSION = 2  # signed as a whole by the city's exchange key
UNSIGNED_CERTIFICATE_FILE_VERSION = 1  # made before the signature: every field checked against the certificates
CERTIFICATE_SIGNATURE_ALG = "ES256"
CERTIFICATE_SIGNING_CONTEXT = b"shequ-certificate-file\n"
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


class CityRegistryBusy(ShequError):
    """Another window or command kept the city's registry of offices locked too long: nothing written."""

    def __init__(self, seconds: float = REGISTRY_WAIT_SECONDS) -> None:
        super().__init__(
            tr(
                "市级数据正在被另一个窗口或命令修改（等了 {seconds} 秒仍未完成），没有做任何修改。"
                "请稍等片刻再试；如一直如此，请关闭其他正在颁发或吊销证书的社区台账窗口和命令后重试。",
                seconds=round(seconds),
            )
        )


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


def _db_time(moment: datetime) -> str:
    """A time as the city's tables store it through :class:`~db.exchange.rawdb.Db`: naive UTC text
    (SQLAlchemy's form on SQLite; PostgreSQL reads it into its timestamp column)."""
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _time_or_none(moment: datetime | None) -> str | None:
    return None if moment is None else _db_time(moment)


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
    via: str | None = None  # the street its returns go through (``shequ city route``); None: straight to the city

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
            "via": self.via,
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
            via=str(item["via"]) if item.get("via") else None,
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
    signed_file: bytes = b""  # the certificate file, signed by the city's exchange key when issued

    @property
    def filename(self) -> str:
        return certificate_filename(self.office_code)

    def file_bytes(self) -> bytes:
        """The single JSON file the office installs (``shequ keys install``), signed as a whole."""
        return self.signed_file


def _certificate_signing_input(body: dict[str, Any]) -> bytes:
    """What the city signs: a fixed first line, then ``body`` as canonical JSON (sorted keys, no
    spaces, UTF-8). The reader rebuilds it from what it parsed, so the signature covers exactly the
    values the installer uses and shows. ``UnicodeEncodeError`` for a lone surrogate."""
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return CERTIFICATE_SIGNING_CONTEXT + text.encode("utf-8")


def _signed_certificate_file(
    certificate: x509.Certificate,
    ca_certificate: x509.Certificate,
    exchange_certificate: x509.Certificate,
    city_name: str,
    office_code: str,
    office_name: str,
    exchange_key: EllipticCurvePrivateKey,
) -> bytes:
    """The certificate file (format 2): every field, then the exchange key's signature over them."""
    return signed_certificate_document(
        CERTIFICATE_FILE_TYPE,
        ("office", {"code": office_code, "name": office_name}),
        certificate,
        ca_certificate,
        exchange_certificate,
        city_name,
        exchange_key,
    )


def signed_certificate_document(
    file_type: str,
    holder: tuple[str, dict[str, str]],
    certificate: x509.Certificate,
    ca_certificate: x509.Certificate,
    exchange_certificate: x509.Certificate,
    city_name: str,
    exchange_key: EllipticCurvePrivateKey,
) -> bytes:
    """A certificate file of format 2 — an office's, or a street's (``holder``: ``("office", {code,
    name})`` or ``("street", …)``) — every field, then the city exchange key's signature over them."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    body: dict[str, Any] = {
        "type": file_type,
        "v": CERTIFICATE_FILE_VERSION,
        "city": city_name,
        holder[0]: holder[1],
        "not_before": _iso(certificate.not_valid_before_utc),
        "not_after": _iso(certificate.not_valid_after_utc),
        "issued_at": _iso(utcnow()),
        "certificate": _pem(certificate).decode("ascii"),
        "ca_certificate": _pem(ca_certificate).decode("ascii"),
        "exchange_certificate": _pem(exchange_certificate).decode("ascii"),
    }
    signature = exchange_key.sign(_certificate_signing_input(body), ec.ECDSA(hashes.SHA256()))
    document = {
        **body,
        "signature": {
            "alg": CERTIFICATE_SIGNATURE_ALG,
            "signer": "exchange_certificate",
            "value": base64.b64encode(signature).decode("ascii"),
        },
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class CityStateMissing(ShequError):
    """The folder is marked as the city's, but its database holds no city (keys, certificates)."""

    def __init__(self, folder: str) -> None:
        super().__init__(
            tr(
                "数据文件夹 {folder} 是市级安装，但市级数据库中没有市级的证书和密钥，没有做任何修改。"
                "请检查这台电脑连接的是不是本市的市级数据库，或从备份恢复市级数据。",
                folder=folder,
            )
        )


class CityStateDamaged(ShequError):
    """A certificate or key the city keeps in its database cannot be read."""

    def __init__(self, what: str, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(
            tr(
                "市级数据库中的{what}无法读取或已损坏{extra}，没有做任何修改。请从备份恢复市级数据。",
                what=what,
                extra=extra,
            )
        )


class CityFilesNotMoved(ShequError):
    """An older city's files could not be moved into its database: they are left as they were."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            tr(
                "市级文件 {path} 无法移入市级数据库（{detail}），没有做任何修改，原有文件保持不变。"
                "请从备份恢复数据文件夹中的 city 文件夹后再打开。",
                path=path,
                detail=detail,
            )
        )


OFFICE = "office"
STREET = "street"
MOVED_SUFFIX = ".moved-to-database"
"""What an older city's files are renamed with once their content is in the database (kept as a
record, never read again): ``offices.json.moved-to-database``, ``issued.moved-to-database/`` …"""
LEGACY_FILES = (CA_KEY_FILENAME, CA_CERT_FILENAME, EXCHANGE_KEY_FILENAME, EXCHANGE_CERT_FILENAME, REGISTRY_FILENAME)
_REGISTRATION_COLUMNS = "code, name, serial, issued_at, not_after, revoked_at, revoke_reason, via"


def _hex(serial: int) -> str:
    return format(serial, "x")


def _stored_time(value: Any) -> datetime | None:
    """A time read through :class:`~db.exchange.rawdb.Db` (naive UTC text) as an aware UTC datetime."""
    if value is None or value == "":
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _workstation() -> str:
    """Who acts, as ``user@computer``: the city's revocations say by whom."""
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    return f"{user}@{socket.gethostname()}" if user else socket.gethostname()


def _busy(exc: BaseException) -> bool:
    """Another writer holds the city's registry: SQLite's write lock, or PostgreSQL's lock timeout."""
    original = getattr(exc, "orig", None)
    if getattr(original, "sqlstate", None) == "55P03":  # lock_not_available
        return True
    text = str(original if original is not None else exc).lower()
    return "database is locked" in text or "database is busy" in text


class CityAuthority:
    """The city's certificate authority and its registry of offices and streets.

    ``<data folder>/city/installation.json`` marks the folder as the city's; everything else —
    keys, certificates, the registry, revocations — is in the city's database: the folder's SQLite
    file, or the PostgreSQL database ``city/database.json`` names (:func:`db.citydb.open_city_engine`),
    or ``engine`` when the caller has it open already (the city's window: its store's engine).

    Every change (init, issue, revoke, a street's issue and revocation, a route) is one transaction
    serialised with every other change of the same office or street: ``BEGIN IMMEDIATE`` on SQLite
    (one writer at a time), and ``pg_advisory_xact_lock`` per code on PostgreSQL, so two workstations
    issuing and revoking at once never lose nor double a write. A change waits for another writer at
    most :attr:`registry_wait` seconds, then :class:`CityRegistryBusy`, nothing written.
    """

    def __init__(
        self, data_dir: Path | str, *, registry_wait: float = REGISTRY_WAIT_SECONDS, engine: Engine | None = None
    ) -> None:
        self.data_dir = Path(data_dir)
        self.folder = self.data_dir / CITY_DIRNAME
        self.registry_wait = registry_wait
        self._engine = engine
        self._owns_engine = engine is None
        self._state_checked = False
        self._opening = threading.RLock()

    @classmethod
    def of_store(cls, store: Any, **options: Any) -> CityAuthority:
        """The city of an open store (its folder, its engine)."""
        return cls(store.data_dir, engine=store.engine, **options)

    def close(self) -> None:
        """Dispose of the engine this authority opened itself (never the one it was given)."""
        if self._owns_engine and self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._state_checked = False

    # paths

    @property
    def installation_path(self) -> Path:
        return self.folder / INSTALLATION_FILENAME

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

    # the database

    def _database(self) -> Engine:
        """The city's engine, opened (and the schema brought up to date) on first use; an older
        city's files are moved in then (:meth:`_move_files_in`)."""
        with self._opening:  # the window's worker threads and its own may ask at once
            if self._engine is None:
                from db.citydb import open_city_engine

                self._engine = open_city_engine(self.data_dir)
            if not self._state_checked:
                if self.folder.joinpath(CA_CERT_FILENAME).exists() and self.exists():
                    self._move_files_in()
                self._state_checked = True
            return self._engine

    @property
    def engine(self) -> Engine:
        """The city's database (opened on first use)."""
        return self._database()

    @contextmanager
    def _reading(self) -> Iterator[Db]:
        """One read transaction (a consistent view of the registry)."""
        from db.exchange.rawdb import exchange_connection

        with exchange_connection(self._database()) as db:
            db.begin()
            try:
                yield db
            finally:
                db.rollback()

    @contextmanager
    def _writing(self, *codes: str) -> Iterator[Db]:
        """One write transaction holding the registry's lock for ``codes`` (each office or street
        it changes), committed at the end; :class:`CityRegistryBusy` after :attr:`registry_wait`."""
        from sqlalchemy.exc import OperationalError

        from db.exchange.rawdb import exchange_connection

        deadline = time.monotonic() + self.registry_wait
        with exchange_connection(self._database()) as db:
            while True:
                try:
                    db.begin_write(wait=deadline - time.monotonic())  # this process's writers: as long as is left
                    if not db.is_sqlite:  # wait for another writer's advisory lock no longer than is left
                        left = max(1, round((deadline - time.monotonic()) * 1000))
                        db.execute(f"SET LOCAL lock_timeout = '{left}ms'")
                    for code in sorted(set(codes)):
                        db.lock("city-registry:" + code)
                    break
                except OperationalError as exc:
                    db.rollback()
                    if not _busy(exc):
                        raise
                    if time.monotonic() >= deadline:
                        raise CityRegistryBusy(self.registry_wait) from None
                    time.sleep(REGISTRY_POLL_SECONDS)
            try:
                yield db
                db.commit()
            except OperationalError as exc:
                db.rollback()
                if _busy(exc):
                    raise CityRegistryBusy(self.registry_wait) from None
                raise
            except BaseException:
                db.rollback()
                raise

    def _state(self, db: Db) -> tuple[Any, ...]:
        row = db.execute(
            "SELECT name, created_at, ca_certificate, ca_key, exchange_certificate, exchange_key, files_moved_at "
            "FROM city_state WHERE id = 1"
        ).fetchone()
        if row is None:
            raise CityStateMissing(str(self.data_dir))
        return tuple(row)

    def _state_value(self, index: int) -> Any:
        self._require()
        with self._reading() as db:
            return self._state(db)[index]

    @property
    def name(self) -> str:
        return str(self._state_value(0))

    @property
    def created_at(self) -> datetime:
        moment = _stored_time(self._state_value(1))
        assert moment is not None
        return moment

    @property
    def files_moved_at(self) -> datetime | None:
        """When an older city's files were moved into the database (None: made in it)."""
        return _stored_time(self._state_value(6))

    def init(self, name: str, passphrase: str) -> None:
        """Make the root and the exchange key and certificate, in the city's database (made now
        when the folder has none), then the installation file. Refused when the city exists."""
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec

        from db.folder import DB_FILENAME

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
        sqlite_file = self.data_dir / DB_FILENAME
        new_file = not sqlite_file.exists()
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            with self._writing("city") as db:
                found = db.execute("SELECT name FROM city_state WHERE id = 1").fetchone()
                if found is not None:
                    registered = db.scalar("SELECT count(*) FROM city_certificate")
                    if not db.is_sqlite or registered:  # a server's city, or one that issued: never replaced
                        raise CityExists(str(self.data_dir), str(found[0]))
                    db.execute("DELETE FROM city_state WHERE id = 1")  # left by an init stopped before its last step
                db.execute(
                    "INSERT INTO city_state (id, name, created_at, ca_certificate, ca_key, exchange_certificate, "
                    "exchange_key, files_moved_at) VALUES (1, ?, ?, ?, ?, ?, ?, NULL)",
                    (
                        name,
                        _db_time(now),
                        _pem(ca_cert).decode("ascii"),
                        encrypt_private_key(ca_key, passphrase).decode("ascii"),
                        _pem(exchange_cert).decode("ascii"),
                        encrypt_private_key(exchange_key, passphrase).decode("ascii"),
                    ),
                )
            installation = {"kind": "city", "name": name, "created_at": _iso(now)}
            write_atomic(self.installation_path, json.dumps(installation, ensure_ascii=False, indent=2).encode("utf-8"))
        except BaseException:
            if new_file and self._owns_engine and not self.exists():  # the database this init made: gone again
                self.close()
                for suffix in ("", "-wal", "-shm", "-journal"):
                    sqlite_file.with_name(sqlite_file.name + suffix).unlink(missing_ok=True)
            raise

    # certificates and keys

    def _certificate(self, index: int, what: str) -> x509.Certificate:
        try:
            return _load_pem_certificate(str(self._state_value(index)).encode("ascii"))
        except (ValueError, UnicodeEncodeError) as exc:
            raise CityStateDamaged(what, str(exc)) from None

    def ca_certificate(self) -> x509.Certificate:
        return self._certificate(2, "市级根证书")

    def exchange_certificate(self) -> x509.Certificate:
        return self._certificate(4, "市级交换证书")

    def encrypted_keys(self) -> dict[str, bytes]:
        """The root's and the exchange key's PKCS#8 PEM as stored (encrypted under the passphrase)."""
        self._require()
        with self._reading() as db:
            state = self._state(db)
        return {"ca": str(state[3]).encode("ascii"), "exchange": str(state[5]).encode("ascii")}

    def _key(self, which: str, passphrase: str, certificate: x509.Certificate) -> EllipticCurvePrivateKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        what = "市级根证书的密钥" if which == "ca" else "市级交换证书的密钥"
        data = self.encrypted_keys()[which]
        try:
            key = serialization.load_pem_private_key(data, password=passphrase.encode("utf-8"))
        except (ValueError, TypeError) as exc:
            if b"ENCRYPTED" in data:
                raise CityPassphraseWrong() from None
            raise CityStateDamaged(what, str(exc)) from None
        if not isinstance(key, ec.EllipticCurvePrivateKey) or key.public_key() != certificate.public_key():
            raise CityStateDamaged(what, "密钥与证书不匹配")
        return key

    def ca_key(self, passphrase: str) -> EllipticCurvePrivateKey:
        return self._key("ca", passphrase, self.ca_certificate())

    def exchange_key(self, passphrase: str) -> EllipticCurvePrivateKey:
        return self._key("exchange", passphrase, self.exchange_certificate())

    def signing_identity(self, passphrase: str) -> SigningIdentity:
        """The city's exchange key and certificate (chain: the root), to sign bundles to the offices."""
        from db.returns.sign import SigningIdentity

        return SigningIdentity(self.exchange_key(passphrase), self.exchange_certificate(), [self.ca_certificate()])

    def trust_policy(self, expect_office: str | None = None) -> TrustPolicy:
        """Trust in the city's root, minus every revoked certificate (read from the city's database
        each time, so a revocation made at another workstation counts at once)."""
        return TrustPolicy(
            anchors=(self.ca_certificate(),), revoked_serials=self.revoked_serials(), expect_office=expect_office
        )

    # the registry

    def _registrations(self, db: Db, kind: str, code: str | None = None) -> list[RegisteredOffice]:
        """The offices (or streets) registered, by code, each with the serials it held before."""
        where, params = "kind = ?", [kind]
        if code is not None:
            where, params = "kind = ? AND code = ?", [kind, code]
        rows = db.execute(
            f"SELECT {_REGISTRATION_COLUMNS} FROM city_registration WHERE {where} ORDER BY code", params
        ).fetchall()
        if not rows:
            return []
        earlier: dict[str, list[int]] = {}
        joined = "r.kind = ?" + (" AND r.code = ?" if code is not None else "")
        certificates = db.execute(
            "SELECT c.code, c.serial FROM city_certificate c JOIN city_registration r ON r.code = c.code "
            f"WHERE {joined} AND c.serial <> r.serial ORDER BY c.code, c.issued_at, c.serial",
            params,
        ).fetchall()
        for item_code, serial in certificates:
            earlier.setdefault(str(item_code), []).append(int(str(serial), 16))
        entries = []
        for row in rows:
            issued_at = _stored_time(row[3])
            assert issued_at is not None
            entries.append(
                RegisteredOffice(
                    code=str(row[0]),
                    name=str(row[1]),
                    serial=int(str(row[2]), 16),
                    issued_at=issued_at,
                    not_after=_stored_time(row[4]),
                    revoked_at=_stored_time(row[5]),
                    revoke_reason=str(row[6] or ""),
                    previous_serials=tuple(earlier.get(str(row[0]), ())),
                    via=str(row[7]) if row[7] else None,
                )
            )
        return entries

    def _registered_kind(self, db: Db, code: str) -> str | None:
        found = db.scalar("SELECT kind FROM city_registration WHERE code = ?", (code,))
        return None if found is None else str(found)

    def _revocations(self, db: Db) -> list[Revocation]:
        rows = db.execute("SELECT serial, code, revoked_at, reason FROM city_revocation ORDER BY revoked_at, serial")
        revocations = []
        for serial, code, revoked_at, reason in rows.fetchall():
            moment = _stored_time(revoked_at)
            assert moment is not None
            revocations.append(Revocation(int(str(serial), 16), str(code), moment, str(reason or "")))
        return revocations

    def _register(self, db: Db, kind: str, entry: RegisteredOffice, certificate: x509.Certificate) -> None:
        """Store a certificate just issued and make it ``entry``'s current one (in ``db``'s transaction)."""
        serial = _hex(entry.serial)
        db.execute(
            "INSERT INTO city_certificate (serial, code, kind, pem, issued_at) VALUES (?, ?, ?, ?, ?)",
            (serial, entry.code, kind, _pem(certificate).decode("ascii"), _db_time(entry.issued_at)),
        )
        values = (
            entry.name, serial, _db_time(entry.issued_at), _time_or_none(entry.not_after),
            _time_or_none(entry.revoked_at), entry.revoke_reason,
        )  # fmt: skip
        updated = db.execute(  # ``via`` is the route's alone (db.exchange.street.route, revoke_street)
            "UPDATE city_registration SET name = ?, serial = ?, issued_at = ?, not_after = ?, revoked_at = ?, "
            "revoke_reason = ? WHERE code = ? AND kind = ?",
            (*values, entry.code, kind),
        ).rowcount
        if not updated:
            db.execute(
                f"INSERT INTO city_registration (kind, {_REGISTRATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (kind, entry.code, *values, entry.via),
            )

    def _add_revocations(self, db: Db, code: str, serials: Iterable[int], now: datetime, reason: str, by: str) -> None:
        db.executemany(
            "INSERT INTO city_revocation (serial, code, revoked_at, reason, revoked_by) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (serial) DO NOTHING",
            [(_hex(serial), code, _db_time(now), reason, by) for serial in serials],
        )

    def offices(self) -> list[RegisteredOffice]:
        """The offices the city has issued a certificate to, by code: the city's list of known offices."""
        self._require()
        with self._reading() as db:
            return self._registrations(db, OFFICE)

    def office(self, code: str) -> RegisteredOffice | None:
        self._require()
        with self._reading() as db:
            found = self._registrations(db, OFFICE, code)
        return found[0] if found else None

    def streets(self) -> list[RegisteredOffice]:
        """The streets the city has certified, by code (entries shaped as the offices')."""
        self._require()
        with self._reading() as db:
            return self._registrations(db, STREET)

    def street(self, code: str) -> RegisteredOffice | None:
        self._require()
        with self._reading() as db:
            found = self._registrations(db, STREET, code)
        return found[0] if found else None

    def revocations(self) -> list[Revocation]:
        self._require()
        with self._reading() as db:
            return self._revocations(db)

    def revoked_serials(self) -> frozenset[int]:
        self._require()
        with self._reading() as db:
            rows = db.execute("SELECT serial FROM city_revocation").fetchall()
        return frozenset(int(str(row[0]), 16) for row in rows)

    # issuing and revoking

    def issue(
        self, request: bytes, passphrase: str, *, years: int = OFFICE_YEARS, source: str = ""
    ) -> IssuedCertificate:
        """A certificate for the office that made ``request`` (PEM or DER PKCS#10), and the signed
        file to give it (:meth:`IssuedCertificate.file_bytes`).

        The request must carry a valid self-signature (proof that the office holds the key), an
        EC P-256 key, a 12-digit office code (subject serialNumber) and a name (CN or O). A new
        certificate for an office already registered supersedes the old one. The keys are opened
        first; then, in one transaction holding the office's lock, the registry is read, checked
        and written with the certificate (:class:`CityRegistryBusy` when another writer keeps it,
        nothing written).
        """
        from cryptography.hazmat.primitives.asymmetric import ec

        csr = parse_request(request, source)
        if has_business_category(csr.subject):  # a street's request (or a forged mark): never an office certificate
            raise BadRequestFile(source, "这是街道的证书申请，不是社区的")
        code = office_code_of_name(csr.subject) or ""
        office_name = _common_name(csr.subject)
        ca_cert = self.ca_certificate()
        exchange_cert = self.exchange_certificate()
        public = csr.public_key()
        assert isinstance(public, ec.EllipticCurvePublicKey)  # parse_request checked it
        if self._revoked_key(code, public):  # refused before the passphrase is checked
            raise KeyRevokedRequest(code)
        ca_key = self.ca_key(passphrase)
        exchange_key = self.exchange_key(passphrase)
        city_name = self.name
        with self._writing(code) as db:
            if self._revoked_key_in(db, code, public):  # revoked meanwhile
                raise KeyRevokedRequest(code)
            if self._registered_kind(db, code) == STREET:
                raise BadRequestFile(source, f"代码 {code} 已登记为街道，不能再作为社区代码")
            now = utcnow()
            not_after = min(now + timedelta(days=365 * years + years // 4), ca_cert.not_valid_after_utc)
            cert = _office_certificate(csr.subject, public, ca_cert, ca_key, now, not_after)
            signed_file = _signed_certificate_file(
                cert, ca_cert, exchange_cert, city_name, code, office_name, exchange_key
            )
            found = self._registrations(db, OFFICE, code)
            previous = found[0] if found else None
            entry = RegisteredOffice(
                code=code,
                name=office_name,
                serial=cert.serial_number,
                issued_at=now,
                not_after=not_after,
                previous_serials=(*previous.previous_serials, previous.serial) if previous else (),
                via=previous.via if previous else None,
            )
            self._register(db, OFFICE, entry, cert)
        return IssuedCertificate(
            cert, ca_cert, exchange_cert, city_name, code, office_name, previous, signed_file=signed_file
        )

    def _issued_in(self, db: Db, code: str) -> list[x509.Certificate]:
        certs = []
        for serial, pem in db.execute(
            "SELECT serial, pem FROM city_certificate WHERE code = ? ORDER BY issued_at, serial", (code,)
        ).fetchall():
            try:
                certs.append(_load_pem_certificate(str(pem).encode("ascii")))
            except (ValueError, UnicodeEncodeError) as exc:
                raise CityStateDamaged(f"证书 {serial}", str(exc)) from None
        return sorted(certs, key=lambda cert: cert.not_valid_before_utc)

    def issued_certificates(self, office_code: str) -> list[x509.Certificate]:
        """Every certificate issued to ``office_code`` (an office's or a street's), oldest first."""
        self._require()
        with self._reading() as db:
            return self._issued_in(db, office_code)

    def issued_certificate(self, serial: int) -> x509.Certificate | None:
        """The certificate the city issued with ``serial`` (None: it issued none)."""
        self._require()
        with self._reading() as db:
            pem = db.scalar("SELECT pem FROM city_certificate WHERE serial = ?", (_hex(serial),))
        if pem is None:
            return None
        try:
            return _load_pem_certificate(str(pem).encode("ascii"))
        except (ValueError, UnicodeEncodeError) as exc:
            raise CityStateDamaged(f"证书 {_hex(serial)}", str(exc)) from None

    def _revoked_key_in(self, db: Db, office_code: str, public: Any) -> bool:
        revoked = {
            int(str(row[0]), 16)
            for row in db.execute("SELECT serial FROM city_revocation WHERE code = ?", (office_code,)).fetchall()
        }
        return any(
            cert.serial_number in revoked and cert.public_key() == public for cert in self._issued_in(db, office_code)
        )

    def _revoked_key(self, office_code: str, public: Any) -> bool:
        self._require()
        with self._reading() as db:
            return self._revoked_key_in(db, office_code, public)

    def revoke(self, office_code: str, reason: str, passphrase: str, *, by: str | None = None) -> RegisteredOffice:
        """Stop trusting every certificate ever issued to ``office_code`` (checked at import).

        The passphrase is asked (and checked) so that only the city's keeper can revoke. The
        registry is read again, changed and written in one transaction holding the office's lock
        (:class:`CityRegistryBusy` when another writer keeps it, nothing written); already revoked
        meanwhile: returned as it is. ``by``: who revokes (default ``user@computer``)."""
        reason = reason.strip()
        if not reason:
            raise RevocationReasonMissing()
        if self.office(office_code) is None:  # refused before the passphrase is checked
            raise OfficeNotRegistered(office_code)
        self.ca_key(passphrase)
        with self._writing(office_code) as db:
            found = self._registrations(db, OFFICE, office_code)
            if not found:
                raise OfficeNotRegistered(office_code)
            current = found[0]
            if current.revoked:
                return current
            now = utcnow()
            self._add_revocations(
                db, office_code, (*current.previous_serials, current.serial), now, reason, by or _workstation()
            )
            db.execute(
                "UPDATE city_registration SET revoked_at = ?, revoke_reason = ? WHERE code = ?",
                (_db_time(now), reason, office_code),
            )
            updated = replace(current, revoked_at=now, revoke_reason=reason)
        return updated

    # an older city's files

    def _move_files_in(self) -> None:
        """Move an older city's state — its keys and certificates, ``offices.json`` (offices,
        streets, routes, revocations) and ``issued/`` — into the database, in one transaction,
        read back and compared before it commits; then rename each file with
        :data:`MOVED_SUFFIX`, kept as a record and never read again (a file that cannot be renamed
        is left as it is: the database's ``city_state`` row says the move is done). Anything
        unreadable or inconsistent refuses the move (:class:`CityFilesNotMoved`), files untouched."""
        from db.exchange.rawdb import exchange_connection

        assert self._engine is not None
        with exchange_connection(self._engine) as db:
            done = db.scalar("SELECT count(*) FROM city_state")
        if not done:
            legacy = _read_legacy_city(self)
            self._state_checked = True  # the writes below must not come back here
            try:
                with self._writing("city") as db:
                    if not db.scalar("SELECT count(*) FROM city_state"):  # nobody moved it meanwhile
                        _store_legacy_city(self, db, legacy)
                        _check_legacy_city(self, db, legacy)
            except BaseException:
                self._state_checked = False  # refused: asked again next time
                raise
        names = [name for name in (*LEGACY_FILES, REGISTRY_LOCK_FILENAME, ISSUED_DIRNAME) if name != CA_CERT_FILENAME]
        for name in (*names, CA_CERT_FILENAME):  # the root's certificate last: until it goes, this runs again
            path = self.folder / name
            if path.exists():
                with suppress(OSError):  # a folder that cannot be written: the files stay, never read again
                    replace_file(path, path.with_name(name + MOVED_SUFFIX))


def _office_certificate(
    subject: x509.Name,
    public: Any,
    ca_cert: x509.Certificate,
    ca_key: EllipticCurvePrivateKey,
    now: datetime,
    not_after: datetime,
) -> x509.Certificate:
    """An office's certificate: ``subject`` and its key, under the root."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(digital_signature=True, content_commitment=True, key_agreement=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA384())
    )


def office_name_of_name(name: x509.Name) -> str:
    """The office's name in a request's or certificate's subject (CN, else O)."""
    return _common_name(name)


def office_code_of_name(name: x509.Name) -> str | None:
    from cryptography.x509.oid import NameOID

    values = name.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    return str(values[0].value) if values else None


def read_small_file(path: Path) -> bytes:
    """A request or certificate file's bytes, its size judged before it is read (they are a few
    kilobytes; at most :data:`MAX_FILE_BYTES` + 1 bytes are ever read, which the readers refuse as
    too large). ``OSError`` when it cannot be read or is far too large."""
    with path.open("rb") as handle:
        if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
            raise OSError(errno.EFBIG, "文件太大，不是证书申请文件或证书文件")
        return handle.read(MAX_FILE_BYTES + 1)


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


# --- an older city's folder, moved into the database -------------------------------------------------


@dataclass(frozen=True)
class _LegacyCity:
    """What an older city kept in files under ``city/``, read and checked (nothing written)."""

    name: str
    created_at: datetime
    ca_certificate: str
    ca_key: str
    exchange_certificate: str
    exchange_key: str
    offices: tuple[RegisteredOffice, ...]
    streets: tuple[RegisteredOffice, ...]
    revoked: tuple[Revocation, ...]
    certificates: tuple[tuple[str, str, str, str, datetime], ...]  # serial hex, code, kind, PEM, issued at


_ISSUED_NAME = re.compile(r"(street-)?([0-9]{12})-([0-9a-f]{1,40})\.pem")


def _read_legacy_city(authority: CityAuthority) -> _LegacyCity:
    """An older city's files, each read and checked against the others: :class:`CityFilesNotMoved`
    naming the first that is missing, unreadable or inconsistent."""
    folder = authority.folder

    def read(name: str) -> str:
        path = folder / name
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise CityFilesNotMoved(str(path), str(exc)) from None

    installation = authority._installation()
    created_at = _parse_time(installation.get("created_at")) or utcnow()
    pems = {
        name: read(name) for name in (CA_CERT_FILENAME, CA_KEY_FILENAME, EXCHANGE_CERT_FILENAME, EXCHANGE_KEY_FILENAME)
    }
    try:
        ca_cert = _load_pem_certificate(pems[CA_CERT_FILENAME].encode("ascii"))
        exchange_cert = _load_pem_certificate(pems[EXCHANGE_CERT_FILENAME].encode("ascii"))
    except ValueError as exc:
        raise CityFilesNotMoved(str(folder), str(exc)) from None
    if not _issued_by(ca_cert, ca_cert) or not _issued_by(exchange_cert, ca_cert):
        raise CityFilesNotMoved(str(folder / EXCHANGE_CERT_FILENAME), "交换证书不是由根证书颁发的")
    for name in (CA_KEY_FILENAME, EXCHANGE_KEY_FILENAME):
        if "-----BEGIN ENCRYPTED PRIVATE KEY-----" not in pems[name]:
            raise CityFilesNotMoved(str(folder / name), "不是加密的密钥")
    try:
        document = jsonlimits.loads((folder / REGISTRY_FILENAME).read_text(encoding="utf-8"))
        offices = tuple(RegisteredOffice.from_dict(item) for item in document["offices"])
        streets = tuple(RegisteredOffice.from_dict(item) for item in document.get("streets", []))
        revoked = tuple(
            Revocation(
                serial=int(item["serial"], 16),
                code=str(item["code"]),
                revoked_at=datetime.fromisoformat(item["revoked_at"]),
                reason=str(item.get("reason") or ""),
            )
            for item in document.get("revoked", [])
        )
    except FileNotFoundError:
        offices, streets, revoked = (), (), ()
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CityFilesNotMoved(str(folder / REGISTRY_FILENAME), str(exc)) from None
    codes = [item.code for item in (*offices, *streets)]
    if len(codes) != len(set(codes)):
        raise CityFilesNotMoved(str(folder / REGISTRY_FILENAME), "同一代码登记了两次")
    current = {item.serial: item for item in (*offices, *streets)}
    certificates = []
    issued = folder / ISSUED_DIRNAME
    for path in sorted(issued.iterdir()) if issued.is_dir() else []:
        match = _ISSUED_NAME.fullmatch(path.name)
        if match is None:
            continue  # not a certificate the city wrote (e.g. a leftover *.partial)
        try:
            pem = path.read_text(encoding="ascii")
            cert = _load_pem_certificate(pem.encode("ascii"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise CityFilesNotMoved(str(path), str(exc)) from None
        if _hex(cert.serial_number) != match.group(3) or office_code_of_name(cert.subject) != match.group(2):
            raise CityFilesNotMoved(str(path), "文件名与证书内容不符")
        if not _issued_by(cert, ca_cert):
            raise CityFilesNotMoved(str(path), "证书不是由本市根证书颁发的")
        holder = current.get(cert.serial_number)
        issued_at = holder.issued_at if holder is not None else cert.not_valid_before_utc + timedelta(days=1)
        kind = STREET if match.group(1) else OFFICE
        certificates.append((_hex(cert.serial_number), match.group(2), kind, pem, issued_at))
    held = {serial for serial, *_ in certificates}
    for item in (*offices, *streets):
        for serial in (*item.previous_serials, item.serial):
            if _hex(serial) not in held:
                raise CityFilesNotMoved(str(issued), f"缺少 {item.code} 的证书 {_hex(serial)}")
    return _LegacyCity(
        name=str(installation.get("name", "")) or _organization(ca_cert.subject),
        created_at=created_at,
        ca_certificate=pems[CA_CERT_FILENAME],
        ca_key=pems[CA_KEY_FILENAME],
        exchange_certificate=pems[EXCHANGE_CERT_FILENAME],
        exchange_key=pems[EXCHANGE_KEY_FILENAME],
        offices=offices,
        streets=streets,
        revoked=revoked,
        certificates=tuple(certificates),
    )


def _store_legacy_city(authority: CityAuthority, db: Db, legacy: _LegacyCity) -> None:
    """Write what :func:`_read_legacy_city` read, in ``db``'s transaction."""
    db.execute(
        "INSERT INTO city_state (id, name, created_at, ca_certificate, ca_key, exchange_certificate, exchange_key, "
        "files_moved_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
        (
            legacy.name, _db_time(legacy.created_at), legacy.ca_certificate, legacy.ca_key,
            legacy.exchange_certificate, legacy.exchange_key, _db_time(utcnow()),
        ),
    )  # fmt: skip
    db.executemany(
        "INSERT INTO city_certificate (serial, code, kind, pem, issued_at) VALUES (?, ?, ?, ?, ?)",
        [(serial, code, kind, pem, _db_time(at)) for serial, code, kind, pem, at in legacy.certificates],
    )
    db.executemany(
        f"INSERT INTO city_registration (kind, {_REGISTRATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                kind,
                item.code,
                item.name,
                _hex(item.serial),
                _db_time(item.issued_at),
                _time_or_none(item.not_after),
                _time_or_none(item.revoked_at),
                item.revoke_reason,
                item.via,
            )
            for kind, items in ((OFFICE, legacy.offices), (STREET, legacy.streets))
            for item in items
        ],
    )
    db.executemany(
        "INSERT INTO city_revocation (serial, code, revoked_at, reason, revoked_by) VALUES (?, ?, ?, ?, ?)",
        [(_hex(item.serial), item.code, _db_time(item.revoked_at), item.reason, "") for item in legacy.revoked],
    )


def _check_legacy_city(authority: CityAuthority, db: Db, legacy: _LegacyCity) -> None:
    """Read back what was moved in (same transaction) and compare it with the files: any difference
    refuses the move (the transaction rolls back, the files stay)."""
    state = authority._state(db)
    problems = []
    stored_state = (state[0], state[2], state[3], state[4], state[5])
    files = (legacy.name, legacy.ca_certificate, legacy.ca_key, legacy.exchange_certificate, legacy.exchange_key)
    if stored_state != files:
        problems.append("keys")
    for kind, expected in ((OFFICE, legacy.offices), (STREET, legacy.streets)):
        stored = {item.code: item for item in authority._registrations(db, kind)}
        if set(stored) != {item.code for item in expected}:
            problems.append(kind)
            continue
        for item in expected:
            got = stored[item.code]
            if replace(got, previous_serials=()) != replace(item, previous_serials=()) or not set(
                item.previous_serials
            ) <= set(got.previous_serials):
                problems.append(item.code)
    if {(item.serial, item.code, item.revoked_at, item.reason) for item in authority._revocations(db)} != {
        (item.serial, item.code, item.revoked_at, item.reason) for item in legacy.revoked
    }:
        problems.append("revoked")
    if db.scalar("SELECT count(*) FROM city_certificate") != len(legacy.certificates):
        problems.append("issued")
    if problems:
        raise CityFilesNotMoved(str(authority.folder), "读回的内容与文件不符：" + "、".join(problems))


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
            replace_file(path, target / path.name)
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
    version = document.get("v")
    if type(version) is not int or version not in (CERTIFICATE_FILE_VERSION, UNSIGNED_CERTIFICATE_FILE_VERSION):
        if type(version) is int and version > CERTIFICATE_FILE_VERSION:
            raise BadCertificateFile(source, "证书文件来自更新版本的社区台账，请先升级")
        raise BadCertificateFile(source, "不是市里颁发的证书文件")
    return document


def _organization(name: x509.Name) -> str:
    """The O of a subject ("" when there is none): the city's name in its root and exchange certificates."""
    from cryptography.x509.oid import NameOID

    values = name.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return str(values[0].value) if len(values) == 1 else ""


def _check_city_signature(document: dict[str, Any], exchange: x509.Certificate, source: str) -> None:
    """The exchange key's signature over every other field of a version-2 file (see the module docstring)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    tampered = "证书文件的市级签名不符，文件在颁发后被改动过"
    signature = document.get("signature")
    if not isinstance(signature, dict) or not isinstance(signature.get("value"), str):
        raise BadCertificateFile(source, "证书文件没有市级签名，可能被改动过")
    if signature.get("alg") != CERTIFICATE_SIGNATURE_ALG or signature.get("signer") != "exchange_certificate":
        raise BadCertificateFile(source, "证书文件的签名方式不对，不是社区台账颁发的")
    public = exchange.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise BadCertificateFile(source, "市级交换证书无效")
    try:
        value = base64.b64decode(signature["value"].encode("ascii"), validate=True)
        signed = _certificate_signing_input({key: item for key, item in document.items() if key != "signature"})
        public.verify(value, signed, ec.ECDSA(hashes.SHA256()))
    except (binascii.Error, UnicodeEncodeError, ValueError, InvalidSignature):
        raise BadCertificateFile(source, tampered) from None


def read_certificate_file(data: bytes, source: str = "") -> tuple[x509.Certificate, InstalledCity]:
    """The office certificate and the city in a certificate file (``source``: its path, for
    messages), checked against each other: :class:`BadCertificateFile` saying what is wrong.

    The chain (root self-signed, office and exchange certificates issued by it), then — version
    2 — the city's signature over the whole file, then every field people are shown against the
    signed certificates: the city's name (the O of the root and of the exchange certificate), the
    office's code and name, the validity. A version-1 file has no signature; the same comparisons
    make sure none of its unsigned text is taken on trust."""
    document = _certificate_document(data, source)
    try:
        cert = _load_pem_certificate(str(document["certificate"]).encode("ascii"))
        ca_cert = _load_pem_certificate(str(document["ca_certificate"]).encode("ascii"))
        exchange = _load_pem_certificate(str(document["exchange_certificate"]).encode("ascii"))
        city_name = document["city"]
        office = document["office"]
    except (KeyError, ValueError, UnicodeEncodeError):
        raise BadCertificateFile(source, "证书文件内容不完整或已损坏") from None
    if not isinstance(city_name, str) or not city_name.strip():
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
    if document["v"] == CERTIFICATE_FILE_VERSION:
        if not exchange_usage.digital_signature:
            raise BadCertificateFile(source, "市级交换证书不能用于签名")
        _check_city_signature(document, exchange, source)
    signed_name = _organization(ca_cert.subject)
    if not signed_name or _organization(exchange.subject) != signed_name:
        raise BadCertificateFile(source, "市级证书中没有一致的市级名称")
    if city_name != signed_name:
        raise BadCertificateFile(source, "文件中的市级名称与市级根证书中的不符，文件被改动过")
    if (
        not isinstance(office, dict)
        or office.get("code") != office_code_of_name(cert.subject)
        or office.get("name") != office_name_of_name(cert.subject)
    ):
        raise BadCertificateFile(source, "文件中的社区代码或名称与社区证书不符，文件被改动过")
    if document["v"] == CERTIFICATE_FILE_VERSION and (
        document.get("not_before") != _iso(cert.not_valid_before_utc)
        or document.get("not_after") != _iso(cert.not_valid_after_utc)
    ):
        raise BadCertificateFile(source, "文件中的有效期与社区证书不符，文件被改动过")
    return cert, InstalledCity(signed_name, ca_cert, exchange)


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
    """The city installed in the office's key store, or None (still self-signed, no city yet).

    Its name is the one its root certificate carries (``keys/city.json`` only for a root without
    one): an older version wrote there whatever name an unsigned certificate file gave."""
    from db.returns.errors import KeyDamaged

    paths = (keystore.city_ca_path, keystore.city_exchange_path, keystore.city_info_path)
    if not all(path.is_file() for path in paths):
        return None
    try:
        ca_cert = _load_pem_certificate(keystore.city_ca_path.read_bytes())
        exchange = _load_pem_certificate(keystore.city_exchange_path.read_bytes())
        info = jsonlimits.loads(keystore.city_info_path.read_text(encoding="utf-8"))
        name = _organization(ca_cert.subject) or str(info["name"])
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
