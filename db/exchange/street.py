"""Streets (街道/镇): an installation between the offices and the city, certified by the city.

A street installation (``shequ street init``) holds, under ``<data folder>/street/``:

* ``installation.json`` — ``{"kind": "street", "code": …, "name": …, "created_at": …}``, written
  last: its presence is what makes the folder a street's;
* ``street-key.pem`` — the street's key, EC P-256, PKCS#8 encrypted under the street's passphrase
  (:func:`db.keycrypt.encrypt_private_key`, as strong as the city's, at least
  :data:`~db.exchange.pki.MIN_CITY_PASSPHRASE` characters: a street holds many offices' data);
* once certified (``shequ street install-certificate``): ``street-cert.pem`` (the certificate the
  city issued), ``city-ca.pem`` (the city's root, the street's trust anchor) and
  ``city-exchange.pem`` (the city's exchange certificate).

Its consolidated database ``shequ.sqlite`` sits in the data folder, as the city's does.

A street's certificate is marked as a street's by its subject: ``businessCategory`` =
:data:`~db.exchange.envelope.STREET_CATEGORY` (``C=CN, O=<name>, OU=街道, businessCategory=shequ-street,
serialNumber=<12-digit street code>, CN=<name>``). The city builds that subject itself when it issues
(:func:`issue_street`); it refuses an office request carrying any ``businessCategory``
(:meth:`~db.exchange.pki.CityAuthority.issue`), a bundle signed by a certificate carrying one is
refused (:func:`~db.exchange.envelope.open_sealed`), and a street installs only a certificate with the
mark: an office's certificate never passes as a street's, nor a street's as an office's.

The city's registry ``offices.json`` lists the streets (``"streets"``, entries shaped as the
offices') and, per office, ``"via"``: the street its returns go through (``shequ city route``), or
null for straight to the city. Both are written only under the registry's lock.

The street's certificate file is the office's format 2 (signed as a whole by the city's exchange
key, :func:`db.exchange.pki._certificate_signing_input`) with ``"type": "shequ-street-certificate"``
and ``"street": {"code", "name"}`` in place of ``"office"``.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import jsonlimits
from db.errors import ShequError
from db.exchange.envelope import (
    STREET_CATEGORY,
    certificate_fingerprint,
    is_street_certificate,
    is_street_name,
)
from db.exchange.errors import (
    BadCertificateFile,
    BadRequestFile,
    CityPassphraseWeak,
    OfficeNotRegistered,
)
from db.exchange.pki import (
    CERTIFICATE_FILE_VERSION,
    CERTIFICATE_SIGNATURE_ALG,
    INSTALLATION_FILENAME,
    MAX_CITY_NAME,
    MAX_FILE_BYTES,
    MIN_CITY_PASSPHRASE,
    OFFICE_CODE,
    OFFICE_YEARS,
    CityAuthority,
    RegisteredOffice,
    _certificate_signing_input,
    _check_city_signature,
    _common_name,
    _is_ca,
    _iso,
    _issued_by,
    _key_usage,
    _load_pem_certificate,
    _organization,
    _pem,
    _usage,
    office_code_of_name,
)
from db.fileio import write_atomic
from db.i18n import tr
from db.keycrypt import encrypt_private_key
from db.timeutil import utcnow

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey

STREET_DIRNAME = "street"
STREET_KEY_FILENAME = "street-key.pem"
STREET_PUBLIC_KEY_FILENAME = "street-key.pub.pem"
STREET_CERT_FILENAME = "street-cert.pem"
CITY_CA_FILENAME = "city-ca.pem"
CITY_EXCHANGE_FILENAME = "city-exchange.pem"
STREET_CERTIFICATE_FILE_TYPE = "shequ-street-certificate"
STREET_REQUEST_SUFFIX = "-street-request.pem"
STREET_CERTIFICATE_SUFFIX = "-street-certificate.json"
STREET_UNIT = "街道"  # the subject's OU, for people reading the certificate; the mark is businessCategory


def street_request_filename(code: str) -> str:
    """``<street code>-street-request.pem``: the request the street carries to the city."""
    return f"{code}{STREET_REQUEST_SUFFIX}"


def street_certificate_filename(code: str) -> str:
    """``<street code>-street-certificate.json``: the file the city gives back to the street."""
    return f"{code}{STREET_CERTIFICATE_SUFFIX}"


# --- refusals ----------------------------------------------------------------------------------------


class StreetExists(ShequError):
    def __init__(self, folder: str, name: str) -> None:
        super().__init__(tr("数据文件夹 {folder} 已经是街道“{name}”的安装，没有做任何修改。", folder=folder, name=name))


class FolderTaken(ShequError):
    """The folder already holds an office or the city: a street is made in a folder of its own."""

    def __init__(self, folder: str) -> None:
        super().__init__(
            tr(
                "数据文件夹 {folder} 已经有社区或市级的数据，不能再建立街道安装，没有做任何修改。"
                "请用 --data-dir 指定一个新的空文件夹。",
                folder=folder,
            )
        )


class StreetCodeInvalid(ShequError):
    def __init__(self, code: str) -> None:
        super().__init__(tr("街道代码“{code}”不是 12 位数字，没有做任何修改。", code=code))


class StreetNameInvalid(ShequError):
    def __init__(self) -> None:
        super().__init__(tr("街道名称不能为空，也不能超过 {limit} 个字，没有做任何修改。", limit=MAX_CITY_NAME))


class NotAStreetInstallation(ShequError):
    def __init__(self, folder: str) -> None:
        super().__init__(
            tr(
                "数据文件夹 {folder} 不是街道安装。请先运行 “shequ street init --code 代码 --name 名称”，"
                "或用 --data-dir 指定街道的数据文件夹。",
                folder=folder,
            )
        )


class StreetFilesDamaged(ShequError):
    def __init__(self, path: str, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(
            tr("街道的文件 {path} 无法读取或已损坏{extra}。请从备份恢复街道的数据文件夹。", path=path, extra=extra)
        )


class StreetPassphraseWrong(ShequError):
    def __init__(self) -> None:
        super().__init__(tr("街道口令不对，没有做任何修改。请重新输入。"))


class StreetCertificateCityChanged(ShequError):
    def __init__(self, installed: str, offered: str) -> None:
        super().__init__(
            tr(
                "这份街道证书来自“{offered}”，与已安装的市级“{installed}”的根证书不同，没有安装。"
                "请确认证书文件来自本市的市委组织部。",
                installed=installed,
                offered=offered,
            )
        )


class StreetNotRegistered(ShequError):
    def __init__(self, code: str) -> None:
        super().__init__(
            tr(
                "街道 {code} 没有在市级登记（或其证书已吊销），没有做任何修改。"
                "请先为该街道颁发证书（shequ city issue 街道的申请文件）。",
                code=code,
            )
        )


class CodeTaken(ShequError):
    def __init__(self, code: str) -> None:
        super().__init__(
            tr("代码 {code} 已登记为社区，不能再作为街道代码，没有做任何修改。请核对街道代码。", code=code)
        )


# --- the street's subject and request ------------------------------------------------------------------


def street_subject(code: str, name: str) -> x509.Name:
    """The subject of a street's request and certificate, with the street's mark."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, STREET_UNIT),
            x509.NameAttribute(NameOID.BUSINESS_CATEGORY, STREET_CATEGORY),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, code),
            x509.NameAttribute(NameOID.COMMON_NAME, name),
        ]
    )


def checked_street_code(code: str) -> str:
    code = code.strip()
    if not OFFICE_CODE.fullmatch(code):
        raise StreetCodeInvalid(code)
    return code


def checked_street_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_CITY_NAME:
        raise StreetNameInvalid()
    return name


def is_street_request(data: bytes) -> bool:
    """Whether request bytes (PEM or DER PKCS#10) carry the street's mark; False for anything unreadable."""
    from cryptography import x509

    try:
        csr = x509.load_pem_x509_csr(data) if b"-----BEGIN" in data else x509.load_der_x509_csr(data)
    except ValueError:
        return False
    return is_street_name(csr.subject)


def parse_street_request(data: bytes, path: str = "") -> tuple[x509.CertificateSigningRequest, str, str]:
    """A checked street request, its code and its name: :class:`BadRequestFile` saying what is wrong.

    The office request's checks (:func:`db.exchange.pki.parse_request`: size, self-signature, EC
    P-256, a 12-digit code, a name), and the street's mark."""
    from db.exchange.pki import parse_request

    csr = parse_request(data, path)
    if not is_street_name(csr.subject):
        raise BadRequestFile(path, "不是街道的证书申请")
    return csr, office_code_of_name(csr.subject) or "", _common_name(csr.subject)


# --- the street installation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StreetCity:
    """The city as the street knows it once certified: name, root and exchange certificate."""

    name: str
    ca_certificate: x509.Certificate
    exchange_certificate: x509.Certificate


class StreetInstallation:
    """A street's keys and certificates in ``<data folder>/street``."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.folder = self.data_dir / STREET_DIRNAME

    @property
    def installation_path(self) -> Path:
        return self.folder / INSTALLATION_FILENAME

    @property
    def key_path(self) -> Path:
        return self.folder / STREET_KEY_FILENAME

    @property
    def cert_path(self) -> Path:
        return self.folder / STREET_CERT_FILENAME

    @property
    def city_ca_path(self) -> Path:
        return self.folder / CITY_CA_FILENAME

    @property
    def city_exchange_path(self) -> Path:
        return self.folder / CITY_EXCHANGE_FILENAME

    @property
    def public_key_path(self) -> Path:
        return self.folder / STREET_PUBLIC_KEY_FILENAME

    def exists(self) -> bool:
        return self.installation_path.is_file()

    def public_key(self) -> Any:
        """The street's public key (kept beside the encrypted key: installing needs no passphrase)."""
        from cryptography.hazmat.primitives import serialization

        try:
            return serialization.load_pem_public_key(self.public_key_path.read_bytes())
        except (OSError, ValueError) as exc:
            raise StreetFilesDamaged(str(self.public_key_path), str(exc)) from None

    def _installation(self) -> dict[str, Any]:
        if not self.exists():
            raise NotAStreetInstallation(str(self.data_dir))
        try:
            value = jsonlimits.loads(self.installation_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StreetFilesDamaged(str(self.installation_path), str(exc)) from None
        if not isinstance(value, dict) or value.get("kind") != "street":
            raise StreetFilesDamaged(str(self.installation_path))
        return value

    @property
    def code(self) -> str:
        return str(self._installation().get("code", ""))

    @property
    def name(self) -> str:
        return str(self._installation().get("name", ""))

    def init(self, code: str, name: str, passphrase: str) -> bytes:
        """Make the street's key and return its certificate request (PEM); the installation file last.

        Refused, nothing written, when the folder is a street's, the city's or an office's already
        (the caller checks the office's database), or for a bad code, name or short passphrase."""
        from cryptography.hazmat.primitives.asymmetric import ec

        if self.exists():
            raise StreetExists(str(self.data_dir), self.name)
        if CityAuthority(self.data_dir).exists():
            raise FolderTaken(str(self.data_dir))
        code, name = checked_street_code(code), checked_street_name(name)
        if len(passphrase) < MIN_CITY_PASSPHRASE:
            raise CityPassphraseWeak(MIN_CITY_PASSPHRASE)
        key = ec.generate_private_key(ec.SECP256R1())
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.key_path, encrypt_private_key(key, passphrase), 0o600)
        write_atomic(self.public_key_path, _public_pem(key))
        installation = {"kind": "street", "code": code, "name": name, "created_at": _iso(utcnow())}
        write_atomic(self.installation_path, json.dumps(installation, ensure_ascii=False, indent=2).encode("utf-8"))
        return _request(key, code, name)

    def key(self, passphrase: str) -> EllipticCurvePrivateKey:
        """The street's key opened with ``passphrase`` (:class:`StreetPassphraseWrong`)."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        self._installation()
        try:
            data = self.key_path.read_bytes()
        except OSError as exc:
            raise StreetFilesDamaged(str(self.key_path), exc.strerror or str(exc)) from None
        try:
            key = serialization.load_pem_private_key(data, password=passphrase.encode("utf-8"))
        except (ValueError, TypeError) as exc:
            if b"ENCRYPTED" in data:
                raise StreetPassphraseWrong() from None
            raise StreetFilesDamaged(str(self.key_path), str(exc)) from None
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise StreetFilesDamaged(str(self.key_path), "不是本程序生成的密钥")
        if key.public_key() != self.public_key():
            raise StreetFilesDamaged(str(self.public_key_path), "公钥与密钥不匹配")
        if self.cert_path.is_file() and self.certificate().public_key() != key.public_key():
            raise StreetFilesDamaged(str(self.cert_path), "证书与密钥不匹配")
        return key

    def request(self, passphrase: str) -> bytes:
        """The street's certificate request again (PEM), signed with its key."""
        return _request(self.key(passphrase), self.code, self.name)

    def certified(self) -> bool:
        return self.exists() and self.cert_path.is_file()

    def certificate(self) -> x509.Certificate:
        """The certificate the city issued to the street (:class:`NotAStreetInstallation` when none)."""
        self._installation()
        try:
            return _load_pem_certificate(self.cert_path.read_bytes())
        except (OSError, ValueError) as exc:
            raise StreetFilesDamaged(str(self.cert_path), str(exc)) from None

    def city(self) -> StreetCity | None:
        """The city that certified the street, or None before ``install-certificate``."""
        if not (self.city_ca_path.is_file() and self.city_exchange_path.is_file()):
            return None
        try:
            ca_cert = _load_pem_certificate(self.city_ca_path.read_bytes())
            exchange = _load_pem_certificate(self.city_exchange_path.read_bytes())
        except (OSError, ValueError) as exc:
            raise StreetFilesDamaged(str(self.folder), str(exc)) from None
        return StreetCity(_organization(ca_cert.subject), ca_cert, exchange)

    def install_certificate(self, data: bytes, source: str = "") -> x509.Certificate:
        """Install the street certificate file the city issued (:func:`read_street_certificate_file`).

        Refused, nothing written, when it is for another street or another key, or when another
        city's root is installed already."""
        cert, city = read_street_certificate_file(data, source)
        code = office_code_of_name(cert.subject) or ""
        if code != self.code or _common_name(cert.subject) != self.name:
            raise BadCertificateFile(source, f"证书属于街道 {code}，不是本街道 {self.code} 的")
        if cert.public_key() != self.public_key():
            raise BadCertificateFile(source, "证书不是为本街道的密钥颁发的")
        previous = self.city()
        if previous is not None and previous.ca_certificate != city.ca_certificate:
            raise StreetCertificateCityChanged(previous.name, city.name)
        write_atomic(self.city_ca_path, _pem(city.ca_certificate))
        write_atomic(self.city_exchange_path, _pem(city.exchange_certificate))
        write_atomic(self.cert_path, _pem(cert))
        return cert


def _request(key: EllipticCurvePrivateKey, code: str, name: str) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    csr = x509.CertificateSigningRequestBuilder().subject_name(street_subject(code, name)).sign(key, hashes.SHA256())
    return csr.public_bytes(serialization.Encoding.PEM)


def _public_pem(key: EllipticCurvePrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


# --- the street's certificate file ----------------------------------------------------------------


def _street_file(
    cert: x509.Certificate,
    ca_cert: x509.Certificate,
    exchange_cert: x509.Certificate,
    city_name: str,
    code: str,
    name: str,
    exchange_key: EllipticCurvePrivateKey,
) -> bytes:
    """The street's certificate file: the office's format 2 with ``type`` and ``street``, signed as a whole."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    body: dict[str, Any] = {
        "type": STREET_CERTIFICATE_FILE_TYPE,
        "v": CERTIFICATE_FILE_VERSION,
        "city": city_name,
        "street": {"code": code, "name": name},
        "not_before": _iso(cert.not_valid_before_utc),
        "not_after": _iso(cert.not_valid_after_utc),
        "issued_at": _iso(utcnow()),
        "certificate": _pem(cert).decode("ascii"),
        "ca_certificate": _pem(ca_cert).decode("ascii"),
        "exchange_certificate": _pem(exchange_cert).decode("ascii"),
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


def read_street_certificate_file(data: bytes, source: str = "") -> tuple[x509.Certificate, StreetCity]:
    """The street's certificate and the city in a street certificate file, checked against each other:
    :class:`BadCertificateFile` saying what is wrong.

    The type and version; the chain (root self-signed CA, street and exchange certificates issued by
    it); the city's signature over the whole file; the street's mark in the certificate; every field
    shown (the city's name, the street's code and name, the validity) equal to the signed certificates."""
    if len(data) > MAX_FILE_BYTES:
        raise BadCertificateFile(source, "文件太大，不是证书文件")
    try:
        document = jsonlimits.loads(data.decode("utf-8-sig"))
    except jsonlimits.TooDeep as exc:
        raise BadCertificateFile(source, str(exc)) from None
    except (UnicodeDecodeError, ValueError):
        raise BadCertificateFile(source, "不是市里颁发的证书文件，或文件已损坏") from None
    if not isinstance(document, dict) or document.get("type") != STREET_CERTIFICATE_FILE_TYPE:
        raise BadCertificateFile(source, "不是市里颁发给街道的证书文件")
    version = document.get("v")
    if type(version) is not int or version != CERTIFICATE_FILE_VERSION:
        if type(version) is int and version > CERTIFICATE_FILE_VERSION:
            raise BadCertificateFile(source, "证书文件来自更新版本的社区台账，请先升级")
        raise BadCertificateFile(source, "不是市里颁发给街道的证书文件")
    try:
        cert = _load_pem_certificate(str(document["certificate"]).encode("ascii"))
        ca_cert = _load_pem_certificate(str(document["ca_certificate"]).encode("ascii"))
        exchange = _load_pem_certificate(str(document["exchange_certificate"]).encode("ascii"))
        city_name = document["city"]
        street = document["street"]
    except (KeyError, ValueError, UnicodeEncodeError):
        raise BadCertificateFile(source, "证书文件内容不完整或已损坏") from None
    if not (_is_ca(ca_cert) and _issued_by(ca_cert, ca_cert)):
        raise BadCertificateFile(source, "市级根证书无效")
    if not _issued_by(cert, ca_cert) or _is_ca(cert):
        raise BadCertificateFile(source, "街道证书不是由文件中的市级根证书颁发的")
    usage, exchange_usage = _usage(cert), _usage(exchange)
    if usage is None or not usage.key_agreement:
        raise BadCertificateFile(source, "街道证书不能用于接收加密文件")
    if (
        not _issued_by(exchange, ca_cert)
        or exchange_usage is None
        or not (exchange_usage.key_agreement and exchange_usage.digital_signature)
    ):
        raise BadCertificateFile(source, "市级交换证书无效")
    _check_city_signature(document, exchange, source)
    if not is_street_certificate(cert):
        raise BadCertificateFile(source, "证书不是街道证书（社区的证书不能当作街道证书使用）")
    signed_name = _organization(ca_cert.subject)
    if not signed_name or _organization(exchange.subject) != signed_name or city_name != signed_name:
        raise BadCertificateFile(source, "文件中的市级名称与市级根证书中的不符，文件被改动过")
    if (
        not isinstance(street, dict)
        or street.get("code") != office_code_of_name(cert.subject)
        or street.get("name") != _common_name(cert.subject)
    ):
        raise BadCertificateFile(source, "文件中的街道代码或名称与街道证书不符，文件被改动过")
    if document.get("not_before") != _iso(cert.not_valid_before_utc) or document.get("not_after") != _iso(
        cert.not_valid_after_utc
    ):
        raise BadCertificateFile(source, "文件中的有效期与街道证书不符，文件被改动过")
    return cert, StreetCity(signed_name, ca_cert, exchange)


# --- the city's side: certifying streets, routing offices ------------------------------------------


@dataclass(frozen=True)
class IssuedStreetCertificate:
    """What :func:`issue_street` made: the street's certificate and the signed file to give it."""

    certificate: x509.Certificate
    code: str
    name: str
    city_name: str
    signed_file: bytes
    replaced: RegisteredOffice | None = None

    @property
    def filename(self) -> str:
        return street_certificate_filename(self.code)


def streets(authority: CityAuthority) -> list[RegisteredOffice]:
    """The streets the city has certified, by code (entries shaped as the offices')."""
    authority._require()
    return authority._stored_streets()


def street(authority: CityAuthority, code: str) -> RegisteredOffice | None:
    return next((item for item in streets(authority) if item.code == code), None)


def _street_certificate(
    code: str, name: str, public: Any, ca_cert: x509.Certificate, ca_key: EllipticCurvePrivateKey,
    now: datetime, not_after: datetime,
) -> x509.Certificate:  # fmt: skip
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    return (
        x509.CertificateBuilder()
        .subject_name(street_subject(code, name))
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


def issue_street(
    authority: CityAuthority, request: bytes, passphrase: str, *, years: int = OFFICE_YEARS, source: str = ""
) -> IssuedStreetCertificate:
    """A street certificate for the street that made ``request``, and the signed file to give it.

    The subject is rebuilt from the request's checked code and name with the street's mark. A code
    registered as an office is refused (:class:`CodeTaken`); a new certificate for a registered
    street supersedes the old one. The registry is written under its lock, as for offices."""
    from cryptography.hazmat.primitives.asymmetric import ec

    csr, code, name = parse_street_request(request, source)
    name = checked_street_name(name)
    public = csr.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)  # parse_request checked it
    if authority.office(code) is not None:  # refused before the passphrase is checked
        raise CodeTaken(code)
    ca_cert, exchange_cert = authority.ca_certificate(), authority.exchange_certificate()
    ca_key = authority.ca_key(passphrase)
    exchange_key = authority.exchange_key(passphrase)
    city_name = authority.name
    with authority._registry_locked():
        offices, revoked = authority._read_registry()
        if any(item.code == code for item in offices):
            raise CodeTaken(code)
        known = authority._stored_streets()
        previous = next((item for item in known if item.code == code), None)
        revoked_serials = {item.serial for item in revoked}
        if previous is not None and any(
            serial in revoked_serials for serial in (previous.serial, *previous.previous_serials)
        ):
            from db.exchange.errors import KeyRevokedRequest

            raise KeyRevokedRequest(code)
        now = utcnow()
        not_after = min(now + timedelta(days=365 * years + years // 4), ca_cert.not_valid_after_utc)
        cert = _street_certificate(code, name, public, ca_cert, ca_key, now, not_after)
        signed = _street_file(cert, ca_cert, exchange_cert, city_name, code, name, exchange_key)
        entry = RegisteredOffice(
            code=code,
            name=name,
            serial=cert.serial_number,
            issued_at=now,
            not_after=not_after,
            previous_serials=(*previous.previous_serials, previous.serial) if previous else (),
        )
        authority.issued_folder.mkdir(parents=True, exist_ok=True)
        write_atomic(authority.issued_folder / f"street-{code}-{cert.serial_number:x}.pem", _pem(cert))
        authority._write_registry(offices, revoked, [item for item in known if item.code != code] + [entry])
    return IssuedStreetCertificate(cert, code, name, city_name, signed, previous)


def route(authority: CityAuthority, office_code: str, via: str | None, passphrase: str) -> RegisteredOffice:
    """The city's decision for one office: its returns go through the street ``via``, or (None)
    straight to the city. The passphrase is checked first (only the city's keeper decides); the
    registry is then read, changed and written under its lock. The office must be registered and
    not revoked, the street registered and not revoked (:class:`OfficeNotRegistered`,
    :class:`StreetNotRegistered`). Returns the office's entry as written."""
    office_code = office_code.strip()
    via = via.strip() if via is not None else None
    current = authority.office(office_code)
    if current is None or current.revoked:  # refused before the passphrase is checked
        raise OfficeNotRegistered(office_code)
    if via is not None:
        chosen = street(authority, via)
        if chosen is None or chosen.revoked:
            raise StreetNotRegistered(via)
    authority.ca_key(passphrase)
    with authority._registry_locked():
        offices, revoked = authority._read_registry()
        current = next((item for item in offices if item.code == office_code), None)
        if current is None or current.revoked:
            raise OfficeNotRegistered(office_code)
        if via is not None:
            chosen = next((item for item in authority._stored_streets() if item.code == via), None)
            if chosen is None or chosen.revoked:
                raise StreetNotRegistered(via)
        updated = replace(current, via=via)
        if updated != current:
            authority._write_registry([item for item in offices if item.code != office_code] + [updated], revoked)
    return updated


def certificate_summary(cert: x509.Certificate) -> dict[str, Any]:
    """What ``shequ street show`` says about a certificate."""
    return {
        "subject": cert.subject.rfc4514_string(),
        "serial": format(cert.serial_number, "x"),
        "not_before": _iso(cert.not_valid_before_utc),
        "not_after": _iso(cert.not_valid_after_utc),
        "sha256": certificate_fingerprint(cert),
        "street": is_street_certificate(cert),
    }


# --- the routing, as it reaches the office ----------------------------------------------------------

ROUTE_FILENAME = "route.json"  # in the office's keys/: the city's routing as the last acknowledgement said
ROUTE_STREET_CERT_FILENAME = "street-cert.pem"  # in the office's keys/: the street's certificate, when routed via one


class RouteRefused(ShequError):
    """The routing in an acknowledgement cannot be taken (the acknowledgement's data is kept)."""

    def __init__(self, detail: str) -> None:
        super().__init__(tr("回执中的报送路径没有采用：{detail}", detail=detail))


def issued_street_certificate(authority: CityAuthority, entry: RegisteredOffice) -> x509.Certificate:
    """The street's current certificate (``issued/street-<code>-<serial>.pem``)."""
    path = authority.issued_folder / f"street-{entry.code}-{entry.serial:x}.pem"
    try:
        return _load_pem_certificate(path.read_bytes())
    except (OSError, ValueError) as exc:
        from db.exchange.errors import CityFilesDamaged

        raise CityFilesDamaged(str(path), str(exc)) from None


def route_document(authority: CityAuthority, office_code: str) -> dict[str, Any]:
    """The routing the city's acknowledgement carries to ``office_code`` (signed with the rest of it):
    ``{"via": null}`` — straight to the city —, or ``{"via": {"code", "name", "certificate": PEM}}`` with
    the street's current certificate. A street revoked meanwhile is said as straight to the city."""
    office = authority.office(office_code)
    chosen = street(authority, office.via) if office is not None and office.via else None
    if chosen is None or chosen.revoked:
        return {"via": None}
    cert = issued_street_certificate(authority, chosen)
    return {"via": {"code": chosen.code, "name": chosen.name, "certificate": _pem(cert).decode("ascii")}}


@dataclass(frozen=True)
class OfficeRoute:
    """The office's way to the city, as the city's last acknowledgement said it."""

    via_code: str | None  # None: straight to the city
    via_name: str = ""
    certificate: x509.Certificate | None = None  # the street's, when via a street
    ack_seq: int = 0  # the acknowledgement that said it (an older one never overrides it)
    installed_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "via": {"code": self.via_code, "name": self.via_name} if self.via_code else None,
            "ack_seq": self.ack_seq,
            "installed_at": _iso(self.installed_at),
            "street_certificate_sha256": certificate_fingerprint(self.certificate) if self.certificate else None,
        }


def checked_route(route: Any, city_root: x509.Certificate) -> tuple[str | None, str, x509.Certificate | None]:
    """The street code, name and certificate an acknowledgement's ``route`` names (code None: direct),
    checked: the certificate is the street's (the mark, its code and name), issued by ``city_root``,
    usable to encrypt to, and valid now. :class:`RouteRefused` saying what is wrong."""
    from db.exchange.budgets import MAX_CERTIFICATE_BYTES

    if not isinstance(route, dict) or "via" not in route:
        raise RouteRefused("内容不完整")
    via = route["via"]
    if via is None:
        return None, "", None
    if not isinstance(via, dict):
        raise RouteRefused("内容不完整")
    code, name, pem = via.get("code"), via.get("name"), via.get("certificate")
    if not (isinstance(code, str) and isinstance(name, str) and isinstance(pem, str)):
        raise RouteRefused("内容不完整")
    if len(pem) > MAX_CERTIFICATE_BYTES:
        raise RouteRefused("街道证书太大")
    try:
        cert = _load_pem_certificate(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise RouteRefused("街道证书无法读取") from None
    if not is_street_certificate(cert):
        raise RouteRefused("证书不是街道证书")
    if not _issued_by(cert, city_root) or _is_ca(cert):
        raise RouteRefused("街道证书不是由本市根证书颁发的")
    usage = _usage(cert)
    if usage is None or not usage.key_agreement:
        raise RouteRefused("街道证书不能用于接收加密文件")
    if office_code_of_name(cert.subject) != code or _common_name(cert.subject) != name:
        raise RouteRefused("街道代码或名称与街道证书不符")
    now = utcnow()
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise RouteRefused("街道证书不在有效期内")
    return code, name, cert


def installed_route(keystore: Any) -> OfficeRoute | None:
    """The routing installed at the office (``keys/route.json``), or None before any acknowledgement said one."""
    folder = Path(keystore.folder)
    path = folder / ROUTE_FILENAME
    if not path.is_file():
        return None
    try:
        document = jsonlimits.loads(path.read_text(encoding="utf-8"))
        via = document["via"]
        cert = None
        if via is not None:
            cert = _load_pem_certificate((folder / ROUTE_STREET_CERT_FILENAME).read_bytes())
            code, name = str(via["code"]), str(via["name"])
            if office_code_of_name(cert.subject) != code or not is_street_certificate(cert):
                raise ValueError("street certificate does not match the route")
        else:
            code, name = None, ""
        installed_at = datetime.fromisoformat(document["installed_at"]) if document.get("installed_at") else None
        return OfficeRoute(code, name, cert, int(document.get("ack_seq", 0)), installed_at)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        from db.returns.errors import KeyDamaged

        raise KeyDamaged(str(path), str(exc)) from None


def install_route(keystore: Any, route: Any, ack_seq: int) -> OfficeRoute | None:
    """Take the routing of the city's acknowledgement number ``ack_seq`` (already opened, so signed by
    the city) into the office's ``keys/``: the street's certificate, then ``route.json``. An older
    acknowledgement than the one installed changes nothing (None). :class:`RouteRefused` when the
    office trusts no city yet or the routing does not hold (:func:`checked_route`), nothing written."""
    from db.exchange.pki import installed_city

    city = installed_city(keystore)
    if city is None:
        raise RouteRefused("本社区尚未安装市级证书")
    current = installed_route(keystore)
    if current is not None and current.ack_seq > ack_seq:
        return None
    code, name, cert = checked_route(route, city.ca_certificate)
    folder = Path(keystore.folder)
    street_cert_path = folder / ROUTE_STREET_CERT_FILENAME
    if cert is not None:
        write_atomic(street_cert_path, _pem(cert))
    document = {
        "via": {"code": code, "name": name} if code is not None else None,
        "ack_seq": ack_seq,
        "installed_at": _iso(utcnow()),
    }
    write_atomic(folder / ROUTE_FILENAME, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
    if cert is None:
        street_cert_path.unlink(missing_ok=True)
    return installed_route(keystore)


def route_note(before: OfficeRoute | None, after: OfficeRoute | None) -> str:
    """The clause an acknowledgement's import says about the routing, or "" when it did not change."""
    if after is None:
        return ""
    same = before is not None and before.via_code == after.via_code and before.certificate == after.certificate
    if same:
        return ""
    if after.via_code is None:
        return tr("市级决定本社区的数据直接报送市级") if before is not None else ""
    return tr("市级决定本社区的数据今后经{name}（{code}）报送", name=after.via_name, code=after.via_code)


def take_route(keystore: Any, route: Any, ack_seq: int) -> tuple[str, str]:
    """:func:`install_route` as an acknowledgement's import runs it after its commit: (the clause to
    say, "" when nothing changed; the problem, "" when none) — a refused routing never undoes the rest."""
    try:
        before = installed_route(keystore)
        return route_note(before, install_route(keystore, route, ack_seq)), ""
    except ShequError as exc:
        return "", str(exc)


# --- an office routed via a street: the street's copy of each bundle ---------------------------------


class StreetCertificateExpired(ShequError):
    def __init__(self, name: str, code: str) -> None:
        super().__init__(
            tr(
                "市级决定本社区经{name}（{code}）报送，但该街道的证书已不在有效期内，没有导出任何内容。"
                "请与市委组织部联系，导入市级新的回执后再导出。",
                name=name,
                code=code,
            )
        )


def street_copy_filename(street_code: str, office_code: str, seq: int) -> str:
    """``street-<street code>-<office code>-<seq>.shequ``: the street's copy of an office's bundle ``seq``."""
    return f"street-{street_code}-{office_code}-{seq:04d}.shequ"


def export_route(keystore: Any) -> OfficeRoute | None:
    """The street an office's next bundle for the city also goes to (None: straight to the city, as
    before any routing). :class:`StreetCertificateExpired` when the street's certificate is not valid now."""
    installed = installed_route(keystore)
    if installed is None or installed.via_code is None or installed.certificate is None:
        return None
    now = utcnow()
    cert = installed.certificate
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise StreetCertificateExpired(installed.via_name, installed.via_code)
    return installed


# --- at the street: opening its copy ------------------------------------------------------------------


class StreetNotCertified(ShequError):
    def __init__(self, folder: str) -> None:
        super().__init__(
            tr(
                "街道 {folder} 还没有安装市级颁发的街道证书，无法打开社区的交换文件，没有导入任何内容。"
                "请先运行 “shequ street install-certificate 证书文件”。",
                folder=folder,
            )
        )


class NotRoutedHere(ShequError):
    def __init__(self, office: str, via: str, here: str) -> None:
        super().__init__(
            tr(
                "社区 {office} 的这个交换文件不是经本街道（{here}）报送的（文件写明经“{via}”），没有导入任何内容。"
                "请确认文件没有拿错。",
                office=office,
                via=via or "—",
                here=here,
            )
        )


def open_street_copy(street: StreetInstallation, path: Path | str, passphrase: str) -> Any:
    """Open the street's copy of an office's bundle: the same checks as the city's reading
    (:func:`db.exchange.envelope.open_sealed`, streaming, the file's size judged by ``stat`` first)
    against the city's root, then the kind (office → city), a signer with an office code, and
    ``via`` naming this street. The :class:`~db.exchange.envelope.Opened` bundle (its payload is the
    city copy's). Routing and revocation as the city knows them are checked by :func:`import_street_copy`."""

    from db.exchange.budgets import MAX_BUNDLE_BYTES, file_too_large
    from db.exchange.data_errors import WrongBundleKind
    from db.exchange.envelope import KIND_OFFICE_TO_CITY, TrustPolicy, open_sealed

    city = street.city()
    if city is None or not street.certified():
        raise StreetNotCertified(str(street.data_dir))
    target = Path(path)
    try:
        size = os.stat(target).st_size
    except OSError as exc:
        from db.exchange.data_errors import BundleUnreadable

        raise BundleUnreadable(str(target), exc.strerror or str(exc)) from None
    if size > MAX_BUNDLE_BYTES:
        raise file_too_large(size, MAX_BUNDLE_BYTES)
    key, trust = street.key(passphrase), TrustPolicy(anchors=(city.ca_certificate,))
    opened = open_sealed(target, trust=trust, recipient_key=key, recipient_cert=street.certificate())
    kind = str(opened.header.get("kind", ""))
    if kind != KIND_OFFICE_TO_CITY or opened.office_code is None:
        raise WrongBundleKind(kind, "社区报送市级的")
    via = opened.header.get("via")
    if via != street.code:
        raise NotRoutedHere(opened.office_code, str(via or ""), street.code)
    return opened


# --- the city's roster for a street: which offices report through it, which certificates are revoked -----

ROSTER_FILENAME = "roster.json"  # in street/: the last roster the city gave
ROSTER_TYPE = "shequ-street-roster"
ROSTER_VERSION = 1
ROSTER_SIGNING_CONTEXT = b"shequ-street-roster\n"


def street_roster_filename(code: str) -> str:
    return f"{code}-street-roster.json"


def _roster_signing_input(body: dict[str, Any]) -> bytes:
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return ROSTER_SIGNING_CONTEXT + text.encode("utf-8")


def make_roster(authority: CityAuthority, street_code: str, passphrase: str) -> bytes:
    """The city's roster for ``street_code``, signed by its exchange key: the offices routed via the
    street and not revoked, with every serial of their certificates, and every revoked serial."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    chosen = street(authority, street_code)
    if chosen is None or chosen.revoked:
        raise StreetNotRegistered(street_code)
    key = authority.exchange_key(passphrase)
    offices = [item for item in authority.offices() if item.via == street_code and not item.revoked]
    body: dict[str, Any] = {
        "type": ROSTER_TYPE,
        "v": ROSTER_VERSION,
        "city": authority.name,
        "street": {"code": chosen.code, "name": chosen.name},
        "issued_at": _iso(utcnow()),
        "offices": [
            {
                "code": item.code,
                "name": item.name,
                "serials": [format(serial, "x") for serial in (*item.previous_serials, item.serial)],
            }
            for item in offices
        ],
        "revoked": sorted(format(serial, "x") for serial in authority.revoked_serials()),
    }
    signature = key.sign(_roster_signing_input(body), ec.ECDSA(hashes.SHA256()))
    document = {**body, "signature": {"alg": CERTIFICATE_SIGNATURE_ALG, "value": base64.b64encode(signature).decode()}}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Roster:
    """The city's roster as the street keeps it."""

    issued_at: datetime
    offices: dict[str, tuple[str, frozenset[int]]]  # code → (name, serials of its certificates)
    revoked: frozenset[int]


class BadRoster(ShequError):
    def __init__(self, source: str, detail: str) -> None:
        super().__init__(
            tr("街道名单文件 {source} 不能采用（{detail}），没有做任何修改。", source=source or "—", detail=detail)
        )


class RosterMissing(ShequError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "本街道还没有市级的社区名单，无法确认社区是否经本街道报送，没有导入任何内容。"
                "请向市委组织部索取街道名单文件（shequ city roster），用 “shequ street install-roster 文件” 安装。"
            )
        )


def read_roster(street_obj: StreetInstallation, data: bytes, source: str = "") -> Roster:
    """A roster file checked: the city's exchange signature (the city the street trusts), this street."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    city = street_obj.city()
    if city is None:
        raise StreetNotCertified(str(street_obj.data_dir))
    if len(data) > MAX_FILE_BYTES * 16:
        raise BadRoster(source, "文件太大")
    try:
        document = jsonlimits.loads(data.decode("utf-8"))
        signature = base64.b64decode(document["signature"]["value"], validate=True)
        body = {key: value for key, value in document.items() if key != "signature"}
        if document.get("type") != ROSTER_TYPE or document.get("v") != ROSTER_VERSION:
            raise BadRoster(source, "不是街道名单文件")
        public = city.exchange_certificate.public_key()
        assert isinstance(public, ec.EllipticCurvePublicKey)
        public.verify(signature, _roster_signing_input(body), ec.ECDSA(hashes.SHA256()))
    except BadRoster:
        raise
    except InvalidSignature:
        raise BadRoster(source, "市级签名不符，文件被改动过或来自别的市") from None
    except (UnicodeError, ValueError, KeyError, TypeError, AttributeError, AssertionError):
        raise BadRoster(source, "文件已损坏") from None
    if not _issued_by(city.exchange_certificate, city.ca_certificate):
        raise BadRoster(source, "市级交换证书无效")
    street_info = body.get("street")
    if not isinstance(street_info, dict) or street_info.get("code") != street_obj.code:
        raise BadRoster(source, "名单不是给本街道的")
    try:
        issued_at = datetime.fromisoformat(str(body["issued_at"]))
        offices = {
            str(item["code"]): (str(item["name"]), frozenset(int(serial, 16) for serial in item["serials"]))
            for item in body["offices"]
        }
        revoked = frozenset(int(serial, 16) for serial in body["revoked"])
    except (KeyError, TypeError, ValueError):
        raise BadRoster(source, "文件已损坏") from None
    return Roster(issued_at, offices, revoked)


def install_roster(street_obj: StreetInstallation, data: bytes, source: str = "") -> Roster:
    """Keep the city's roster (``street/roster.json``); an older one than the installed one is refused."""
    roster = read_roster(street_obj, data, source)
    current = installed_roster(street_obj)
    if current is not None and current.issued_at > roster.issued_at:
        raise BadRoster(source, "比已安装的名单旧")
    write_atomic(street_obj.folder / ROSTER_FILENAME, data)
    return roster


def installed_roster(street_obj: StreetInstallation) -> Roster | None:
    path = street_obj.folder / ROSTER_FILENAME
    if not path.is_file():
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StreetFilesDamaged(str(path), exc.strerror or str(exc)) from None
    return read_roster(street_obj, data, str(path))


# --- at the street: importing an office's bundle ------------------------------------------------------


class CityCopyMissing(ShequError):
    def __init__(self, name: str) -> None:
        super().__init__(
            tr(
                "没有找到与街道副本放在一起的市级副本 {name}，没有导入任何内容。"
                "社区导出时会写出两个文件，请把两个文件放在同一个文件夹中再导入。",
                name=name,
            )
        )


class OfficeNotInRoster(ShequError):
    def __init__(self, office: str) -> None:
        super().__init__(
            tr(
                "按市级的街道名单，社区 {office} 不经本街道报送（或其证书已吊销），没有导入任何内容。"
                "如市级刚改过报送路径，请安装市级新的街道名单后再导入。",
                office=office,
            )
        )


def import_street_copy(
    store: Any, street_obj: StreetInstallation, path: Path | str, passphrase: str, *, allow_gap: bool = False
) -> Any:
    """Import the street's copy of an office's bundle into the street's database.

    Opened as :func:`open_street_copy` does; the office must be on the city's roster for this street
    with the signing certificate among its serials and not revoked. The chain is the city's: the
    bundle is recorded under the SHA-256 of the city's copy (``<office>-<seq>.shequ`` beside it, whose
    header must be the same), which is what the office's next bundle names as ``prev``, so the same
    rules hold (:func:`db.exchange.apply.apply_payload`: idempotent, ``SeqReused``, ``ChainBroken``,
    ``BundleMissing`` / ``allow_gap``) and the city's withheld fields are blanked as at the city.
    Returns the :class:`~db.exchange.apply.ApplyResult`."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from db.exchange.apply import ApplyResult, apply_payload
    from db.exchange.envelope import _application_fields
    from db.exchange.errors import CertificateRevoked
    from db.exchange.payload import check_payload
    from db.exchange.rawdb import raw_connection
    from db.exchange.return_check import bundle_pdfs, check_bundle_returns

    roster = installed_roster(street_obj)
    if roster is None:
        raise RosterMissing()
    target = Path(path)
    city_copy, city_header, sha = _city_copy(target)
    with raw_connection(store) as conn:
        if conn.execute("SELECT 1 FROM bundle_received WHERE file_sha256 = ?", (sha,)).fetchone():
            seq = city_header.get("seq")
            return ApplyResult(
                str(city_header.get("from", "")), seq if isinstance(seq, int) else 0,
                str(city_header.get("kind", "")), sha, already_imported=True,
            )  # fmt: skip
    opened = open_street_copy(street_obj, target, passphrase)
    if _application_fields(city_header) != opened.header:
        raise CityCopyMissing(city_copy.name)
    office = str(opened.office_code)
    entry = roster.offices.get(office)
    serial = opened.signer.serial_number
    if serial in roster.revoked:
        raise CertificateRevoked(f"社区 {office} ")
    if entry is None or serial not in entry[1]:
        raise OfficeNotInRoster(office)
    check_payload(opened.payload)
    city = street_obj.city()
    assert city is not None  # open_street_copy checked it
    findings = check_bundle_returns(
        bundle_pdfs(opened.payload), office, trust=[city.ca_certificate.public_bytes(Encoding.DER)]
    )
    return apply_payload(
        store,
        opened.payload,
        header=opened.header,
        signer_office=office,
        bundle_sha256=sha,
        allow_gap=allow_gap,
        file_name=target.name,
        signer_serial=format(serial, "x"),
        findings=findings,
    )


def _city_copy(street_copy: Path) -> tuple[Path, dict[str, Any], str]:
    """The city's copy beside ``street_copy`` (named from the street copy's unauthenticated header, its
    own header checked against the authenticated one later): its path, header and SHA-256 (read in steps)."""
    import hashlib

    from db.exchange.budgets import MAX_BUNDLE_BYTES, READ_STEP
    from db.exchange.envelope import MAX_HEADER_BYTES, peek_header

    try:
        with street_copy.open("rb") as handle:
            header = peek_header(handle.read(MAX_HEADER_BYTES + 1))
    except OSError as exc:
        from db.exchange.data_errors import BundleUnreadable

        raise BundleUnreadable(str(street_copy), exc.strerror or str(exc)) from None
    office, seq = header.get("from"), header.get("seq")
    if not (isinstance(office, str) and OFFICE_CODE.fullmatch(office) and type(seq) is int and seq > 0):
        from db.exchange.errors import BundleDamaged

        raise BundleDamaged("文件头不完整", "社区")
    city_copy = street_copy.with_name(f"{office}-{seq:04d}.shequ")
    digest = hashlib.sha256()
    try:
        with city_copy.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_BUNDLE_BYTES:
                raise CityCopyMissing(city_copy.name)
            first = handle.read(MAX_HEADER_BYTES + 1)
            digest.update(first)
            while piece := handle.read(READ_STEP):
                digest.update(piece)
        city_header = peek_header(first)
    except (OSError, ShequError):
        raise CityCopyMissing(city_copy.name) from None
    return city_copy, city_header, digest.hexdigest()
