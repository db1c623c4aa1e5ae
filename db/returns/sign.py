"""The office's signing key and certificate, and the PAdES signature of a return (pyHanko).

The key lives in ``<data folder>/keys/office-key.pem`` as an encrypted PKCS#8 (under the
office's passphrase, PBKDF2-HMAC-SHA256 with 600,000 rounds and AES-256-CBC like the city's
keys: :mod:`db.keycrypt`; a key written by an earlier version with 2,048 rounds is encrypted
again the first time it is opened with the right passphrase); ``office-cert.pem`` is its
certificate and ``chain.pem`` the issuing chain, when the city has issued one. Until then (a
later step installs the city's certificate with :meth:`KeyStore.install_certificate`), the
office signs with a self-signed certificate made with the key, and the return says so.

The signature is a PAdES baseline signature (``ETSI.CAdES.detached``, SHA-256, ECDSA P-256)
with a visible stamp — office name, signer and time in Asia/Shanghai — in the box the
composer left for it at the signature block. pyHanko and the crypto libraries are imported
inside the functions (importing pyHanko's signer costs about a third of a second);
:func:`preload_signing` imports them ahead, on a thread the app starts when its 报表 page opens, so
that the first signature does not wait for them (the command line pays once, when it signs).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.fileio import write_atomic
from db.keycrypt import encrypt_private_key, needs_stronger_encryption
from db.localtime import to_local, utcnow
from db.returns.errors import CertificateMismatch, KeyDamaged, WeakPassphrase, WrongPassphrase

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey

KEYS_DIRNAME = "keys"
KEY_FILENAME = "office-key.pem"
CERT_FILENAME = "office-cert.pem"
CHAIN_FILENAME = "chain.pem"
CITY_CA_FILENAME = "city-ca.pem"  # the city's root certificate, trusted by `shequ verify`
CITY_EXCHANGE_FILENAME = "city-exchange.pem"  # the city's exchange certificate: bundles are encrypted to it
CITY_INFO_FILENAME = "city.json"  # the city's name, from the installed certificate file
MIN_PASSPHRASE = 8
SELF_SIGNED_YEARS = 10
SIGNATURE_FIELD = "ShequSignature"

# What signing (sign_pdf, KeyStore.load) and checking a signature (db.returns.verify) import on first
# use — about 0.4 s, mostly pyHanko; a test keeps the list in step with what a first signature loads.
SIGNING_MODULES: tuple[str, ...] = (
    "asn1crypto.keys",
    "asn1crypto.x509",
    "cryptography.x509",
    "cryptography.hazmat.primitives.serialization",
    "cryptography.hazmat.primitives.kdf.pbkdf2",
    "cryptography.hazmat.primitives.ciphers",
    "cryptography.hazmat.backends.openssl.backend",
    "pyhanko.pdf_utils.content",
    "pyhanko.pdf_utils.filters",
    "pyhanko.pdf_utils.incremental_writer",
    "pyhanko.pdf_utils.layout",
    "pyhanko.pdf_utils.metadata.xmp_xml",
    "pyhanko.pdf_utils.reader",
    "pyhanko.sign.fields",
    "pyhanko.sign.signers",
    "pyhanko.stamp",
    "pyhanko_certvalidator",
    "pyhanko_certvalidator.registry",
    "pyhanko.sign.validation",
    "pyhanko.sign.diff_analysis",
)


def preload_signing() -> None:
    """Import :data:`SIGNING_MODULES` (harmless when they are loaded already, or never used).

    Meant for a background thread: a module that fails to import here fails again, and is reported,
    where it is used. (Warnings are left as they are: the filters are not thread-safe to change.)"""
    import importlib

    for name in SIGNING_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the import where it is used reports it
            continue


@dataclass(frozen=True)
class SigningIdentity:
    """An opened key with its certificate (and chain)."""

    key: EllipticCurvePrivateKey
    certificate: x509.Certificate
    chain: list[x509.Certificate] = field(default_factory=list)

    @property
    def self_signed(self) -> bool:
        return self.certificate.issuer == self.certificate.subject

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    @property
    def common_name(self) -> str:
        from cryptography.x509.oid import NameOID

        names = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(names[0].value) if names else self.subject


def office_subject(office_code: str, office_name: str) -> x509.Name:
    """The subject of an office's certificate (and of its request to the city)."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.LOCALITY_NAME, "巴彦淖尔市"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, office_name),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, office_code),
            x509.NameAttribute(NameOID.COMMON_NAME, office_name),
        ]
    )


class KeyStore:
    """The office's key and certificates in ``<data folder>/keys``."""

    def __init__(self, data_dir: Path | str) -> None:
        self.folder = Path(data_dir) / KEYS_DIRNAME

    @property
    def key_path(self) -> Path:
        return self.folder / KEY_FILENAME

    @property
    def cert_path(self) -> Path:
        return self.folder / CERT_FILENAME

    @property
    def chain_path(self) -> Path:
        return self.folder / CHAIN_FILENAME

    @property
    def city_ca_path(self) -> Path:
        return self.folder / CITY_CA_FILENAME

    @property
    def city_exchange_path(self) -> Path:
        return self.folder / CITY_EXCHANGE_FILENAME

    @property
    def city_info_path(self) -> Path:
        return self.folder / CITY_INFO_FILENAME

    def exists(self) -> bool:
        return self.key_path.is_file() and self.cert_path.is_file()

    def certificate(self) -> x509.Certificate:
        """The office's certificate (no passphrase needed)."""
        from cryptography import x509

        try:
            return x509.load_pem_x509_certificate(self.cert_path.read_bytes())
        except (OSError, ValueError) as exc:
            raise KeyDamaged(str(self.cert_path), str(exc)) from exc

    def is_self_signed(self) -> bool:
        """Whether the office still signs with its own (self-signed) certificate."""
        if not self.exists():
            return True
        cert = self.certificate()
        return cert.issuer == cert.subject

    def create(self, passphrase: str, office_code: str, office_name: str) -> SigningIdentity:
        """A new key, encrypted under ``passphrase``, with a self-signed certificate."""
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        if len(passphrase) < MIN_PASSPHRASE:
            raise WeakPassphrase(MIN_PASSPHRASE)
        key = ec.generate_private_key(ec.SECP256R1())
        name = office_subject(office_code, office_name)
        now = utcnow()
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365 * SELF_SIGNED_YEARS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=True,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.key_path, encrypt_private_key(key, passphrase), 0o600)
        write_atomic(self.cert_path, cert.public_bytes(serialization.Encoding.PEM))
        return SigningIdentity(key, cert)

    def load(self, passphrase: str) -> SigningIdentity:
        """The key opened with ``passphrase`` (:class:`WrongPassphrase` if it does not open it)."""
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        try:
            data = self.key_path.read_bytes()
        except OSError as exc:
            raise KeyDamaged(str(self.key_path), str(exc)) from exc
        try:
            key = serialization.load_pem_private_key(data, password=passphrase.encode("utf-8"))
        except (ValueError, TypeError) as exc:
            if b"ENCRYPTED" in data:
                raise WrongPassphrase() from exc
            raise KeyDamaged(str(self.key_path), str(exc)) from exc
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise KeyDamaged(str(self.key_path), "不是本程序生成的密钥")
        cert = self.certificate()
        if cert.public_key() != key.public_key():
            raise KeyDamaged(str(self.cert_path), "证书与密钥不匹配")
        chain: list[x509.Certificate] = []
        if self.chain_path.is_file():
            try:
                chain = x509.load_pem_x509_certificates(self.chain_path.read_bytes())
            except ValueError as exc:
                raise KeyDamaged(str(self.chain_path), str(exc)) from exc
        if needs_stronger_encryption(data):
            self._encrypt_again(key, passphrase)
        return SigningIdentity(key, cert, chain)

    def _encrypt_again(self, key: EllipticCurvePrivateKey, passphrase: str) -> None:
        """Write the key again with today's strength (a key made by an earlier version has
        2,048 PBKDF2 rounds). Atomic: the old file stays whole until the new one replaces it.
        When the folder cannot be written (read-only, full) the key stays as it was — it still
        opens with the same passphrase — and the next unlock tries again."""
        try:
            write_atomic(self.key_path, encrypt_private_key(key, passphrase), 0o600)
        except OSError as exc:
            import logging

            logging.getLogger(__name__).warning("office key not re-encrypted: %s", exc)

    def load_or_create(self, passphrase: str, office_code: str, office_name: str) -> tuple[SigningIdentity, bool]:
        """The office's key (made on first use); and whether it was just made."""
        if self.exists():
            return self.load(passphrase), False
        return self.create(passphrase, office_code, office_name), True

    def install_certificate(self, cert_pem: bytes, chain_pem: bytes = b"") -> None:
        """Install a certificate issued for the office's key (and its chain), replacing the
        self-signed one. :class:`CertificateMismatch` when it is for another key."""
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        try:
            cert = x509.load_pem_x509_certificate(cert_pem)
            chain = x509.load_pem_x509_certificates(chain_pem) if chain_pem.strip() else []
        except ValueError as exc:
            raise KeyDamaged("证书文件", str(exc)) from exc
        if cert.public_key() != self.certificate().public_key():
            raise CertificateMismatch()
        write_atomic(self.cert_path, cert.public_bytes(serialization.Encoding.PEM))
        if chain:
            data = b"".join(item.public_bytes(serialization.Encoding.PEM) for item in chain)
            write_atomic(self.chain_path, data)
        elif self.chain_path.exists():
            self.chain_path.unlink()


def stamp_time_text(moment: datetime) -> str:
    """The signing time as the stamp shows it: ``2026-11-28 14:21:05（北京时间）``."""
    return to_local(moment).strftime("%Y-%m-%d %H:%M:%S") + "（北京时间）"


def _asn1(identity: SigningIdentity) -> tuple[Any, Any, list[Any]]:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization

    cert = asn1_x509.Certificate.load(identity.certificate.public_bytes(serialization.Encoding.DER))
    key = asn1_keys.PrivateKeyInfo.load(
        identity.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    chain = [asn1_x509.Certificate.load(item.public_bytes(serialization.Encoding.DER)) for item in identity.chain]
    return cert, key, chain


def _PdfBytesPage(data: bytes) -> Any:
    """pyHanko's ImportedPdfPage, reading the page from bytes instead of a file name."""
    import binascii
    import uuid

    from pyhanko.pdf_utils.content import ImportedPdfPage
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader

    class PdfBytesPage(ImportedPdfPage):
        def render(self) -> bytes:
            writer = self._ensure_writer
            xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(data)), page_ix=0)
            name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
            self.resources.xobject[name.decode("ascii")] = xobject
            x1, y1, x2, y2 = xobject.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return name + b" Do"

    return PdfBytesPage("", page_ix=0)  # type: ignore[no-untyped-call]


def sign_pdf(
    pdf: bytes,
    identity: SigningIdentity,
    *,
    page: int,
    box: tuple[float, float, float, float],
    office_name: str,
    signer_name: str,
    when: datetime,
    location: str = "巴彦淖尔市",
    reason: str = "报送社区党建“三有一化”报表",
) -> bytes:
    """``pdf`` with a PAdES signature and its visible stamp (an incremental update)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    from db.returns.compose import compose_stamp

    cert, key, chain = _asn1(identity)
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([cert, *chain]),  # type: ignore[no-untyped-call]
    )
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=signer_name or None,
        location=location,
        reason=reason,
    )
    x1, y1, x2, y2 = box
    inset = 4.0
    left, bottom, right, top = int(x1 + inset), int(y1 + inset), int(x2 - inset), int(y2 - inset - 9)
    kind = "自签名证书（待市级颁发）" if identity.self_signed else "市级颁发证书"
    appearance = compose_stamp(
        right - left,
        top - bottom,
        [
            f"{office_name} 电子签名",
            f"签名人：{signer_name or identity.common_name}",
            f"时间：{stamp_time_text(when)}",
            kind,
        ],
    )
    style = StaticStampStyle(background=_PdfBytesPage(appearance), border_width=0)
    spec = fields.SigFieldSpec(SIGNATURE_FIELD, on_page=page, box=(left, bottom, right, top))
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style, new_field_spec=spec)
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()
