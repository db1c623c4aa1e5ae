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

The city's registry (``city_registration`` in the city's database, :mod:`db.exchange.pki`) holds the
streets (``kind`` "street", entries shaped as the offices') and, per office, ``via``: the street its
returns go through (``shequ city route``), or NULL for straight to the city. A street's issue and
revocation are one transaction each holding the street's lock; a route holds the office's and the
street's, so a route and the street's revocation at once never leave an office routed through a
revoked street. A code is an office's or a street's, never both (the registry's primary key).

The street's certificate file is the office's format 2 (signed as a whole by the city's exchange
key, :func:`db.exchange.pki._certificate_signing_input`) with ``"type": "shequ-street-certificate"``
and ``"street": {"code", "name"}`` in place of ``"office"``.

The routing at the office and the street's copy of a bundle: :mod:`db.exchange.street_route`; the
city's roster and the import at the street: :mod:`db.exchange.street_import`.
"""

from __future__ import annotations

import json
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
    OfficeNotRegistered,
)
from db.exchange.pki import (
    CERTIFICATE_FILE_VERSION,
    INSTALLATION_FILENAME,
    MAX_CITY_NAME,
    MAX_FILE_BYTES,
    MIN_CITY_PASSPHRASE,
    OFFICE,
    OFFICE_CODE,
    OFFICE_YEARS,
    STREET,
    CityAuthority,
    RegisteredOffice,
    _check_city_signature,
    _common_name,
    _db_time,
    _is_ca,
    _iso,
    _issued_by,
    _key_usage,
    _load_pem_certificate,
    _organization,
    _pem,
    _usage,
    office_code_of_name,
    signed_certificate_document,
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


class StreetPassphraseWeak(ShequError):
    def __init__(self, minimum: int) -> None:
        super().__init__(
            tr(
                "街道口令太短：它保护街道的密钥（打开各社区经街道报送的交换文件），至少需要 {minimum} 个字符，"
                "没有做任何修改。",
                minimum=minimum,
            )
        )


class StreetFolderNotOffice(ShequError):
    """An office command (stats, check, export …) run in a street's data folder."""

    def __init__(self, folder: str) -> None:
        super().__init__(
            tr(
                "这是街道的数据文件夹：{folder}，不是社区台账，社区的命令不能在这里使用，没有做任何修改。"
                "请用 “shequ street …” 的命令，或用 --data-dir 指定社区的数据文件夹。",
                folder=folder,
            )
        )


def is_street_folder(data_dir: Path | str) -> bool:
    """Whether ``data_dir`` holds a street's installation (one file check, nothing loaded)."""
    from db.folder import is_street_folder as marked

    return marked(data_dir)


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
            raise StreetPassphraseWeak(MIN_CITY_PASSPHRASE)
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
    return signed_certificate_document(
        STREET_CERTIFICATE_FILE_TYPE,
        ("street", {"code": code, "name": name}),
        cert,
        ca_cert,
        exchange_cert,
        city_name,
        exchange_key,
    )


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
    return authority.streets()


def street(authority: CityAuthority, code: str) -> RegisteredOffice | None:
    return authority.street(code)


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
    street supersedes the old one. Written in one transaction holding the street's lock, as for offices."""
    from cryptography.hazmat.primitives.asymmetric import ec

    from db.exchange.errors import KeyRevokedRequest

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
    with authority._writing(code) as db:
        if authority._registered_kind(db, code) == OFFICE:
            raise CodeTaken(code)
        found = authority._registrations(db, STREET, code)
        previous = found[0] if found else None
        revoked_serials = {item.serial for item in authority._revocations(db)}
        if previous is not None and any(
            serial in revoked_serials for serial in (previous.serial, *previous.previous_serials)
        ):
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
        authority._register(db, STREET, entry, cert)
    return IssuedStreetCertificate(cert, code, name, city_name, signed, previous)


def route(authority: CityAuthority, office_code: str, via: str | None, passphrase: str) -> RegisteredOffice:
    """The city's decision for one office: its returns go through the street ``via``, or (None)
    straight to the city. The passphrase is checked first (only the city's keeper decides); the
    registry is then read, changed and written in one transaction holding the office's and the
    street's locks. The office must be registered and not revoked, the street registered and not
    revoked (:class:`OfficeNotRegistered`, :class:`StreetNotRegistered`). Returns the office's
    entry as written."""
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
    with authority._writing(office_code, *([via] if via is not None else [])) as db:
        found = authority._registrations(db, OFFICE, office_code)
        current = found[0] if found else None
        if current is None or current.revoked:
            raise OfficeNotRegistered(office_code)
        if via is not None:
            streets_found = authority._registrations(db, STREET, via)
            if not streets_found or streets_found[0].revoked:
                raise StreetNotRegistered(via)
        updated = replace(current, via=via)
        if updated != current:
            db.execute("UPDATE city_registration SET via = ? WHERE code = ?", (via, office_code))
    return updated


def revoke_street(
    authority: CityAuthority, code: str, reason: str, passphrase: str, *, by: str | None = None
) -> RegisteredOffice:
    """Stop trusting every certificate ever issued to the street ``code``, as
    :meth:`CityAuthority.revoke` does for an office: its serials join the city's revocations (so
    its forwards and receipts are refused from then on, and the roster names them), and every office
    routed through it goes straight to the city again (``via`` None; the next acknowledgement tells
    the office, and removes the street's certificate there). The passphrase is checked first; the
    change is one transaction holding the street's lock. Already revoked: returned as it is."""
    from db.exchange.errors import RevocationReasonMissing
    from db.exchange.pki import _workstation

    code, reason = code.strip(), reason.strip()
    if not reason:
        raise RevocationReasonMissing()
    if street(authority, code) is None:  # refused before the passphrase is checked
        raise StreetNotRegistered(code)
    authority.ca_key(passphrase)
    with authority._writing(code) as db:
        found = authority._registrations(db, STREET, code)
        if not found:
            raise StreetNotRegistered(code)
        current = found[0]
        if current.revoked:
            return current
        now = utcnow()
        authority._add_revocations(
            db, code, (*current.previous_serials, current.serial), now, reason, by or _workstation()
        )
        db.execute(
            "UPDATE city_registration SET revoked_at = ?, revoke_reason = ? WHERE code = ?",
            (_db_time(now), reason, code),
        )
        db.execute("UPDATE city_registration SET via = NULL WHERE kind = ? AND via = ?", (OFFICE, code))
        updated = replace(current, revoked_at=now, revoke_reason=reason)
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
