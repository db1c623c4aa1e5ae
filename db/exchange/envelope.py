"""The sealed bundle: a signed JWS inside an encrypted JWE (JOSE, RFC 7515/7516/7518), one file.

A bundle file is the JWE Compact Serialization (RFC 7516 §7.1) in ASCII, nothing before or after::

    BASE64URL(protected header) . BASE64URL(encrypted key) . BASE64URL(iv) . BASE64URL(ciphertext) . BASE64URL(tag)

* outer JWE: ``enc`` ``A256GCM``; ``alg`` ``ECDH-ES+A256KW`` to the recipient certificate's EC
  key (``kid`` = the hex SHA-256 of that public key, SubjectPublicKeyInfo DER), or ``PBES2-HS512+A256KW``
  under a passphrase between two devices of one office. The protected header — authenticated,
  not encrypted — carries the application fields (``typ`` "shequ-bundle", ``v``, ``kind``,
  ``from``, ``to``, ``seq``, ``prev``, ``iat``) so that a bundle can be named and ordered before
  it is opened; ``cty`` "JOSE" says the plaintext is itself a JOSE object;
* plaintext: a JWS Compact Serialization (``ES256``) over the payload (already compressed by the
  caller), its protected header carrying ``x5c`` (signer certificate and chain) and the same
  application fields. Opening checks that the two copies agree.

Sign-then-encrypt: a lost stick shows only the outer header (who, to whom, which number); the
signature and the certificate travel encrypted.

Opening reads the file (or the bytes) in steps of :data:`db.exchange.budgets.READ_STEP`: the five
segments are checked in one pass, the content key is unwrapped with jwcrypto, the ciphertext is
decrypted (AES-256-GCM, the tag checked at its end) and the inner JWS taken in as it is decrypted —
its payload decoded, its signing input hashed and the ES256 signature verified on that digest. So a
file is never held whole: garbage costs a few MB to refuse, a bundle only the payload it carries.

The format and the trust rules are written up in ``docs/bundle-format.md``. jwcrypto and
cryptography are imported inside the functions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from db import jsonlimits
from db.exchange.budgets import READ_STEP
from db.exchange.errors import (
    BundleDamaged,
    BundlePassphraseWeak,
    BundlePassphraseWrong,
    BundleTooNew,
    CertificateRevoked,
    NotABundle,
    PassphraseNeeded,
    UntrustedSigner,
    WrongRecipient,
)

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey

    from db.returns.sign import SigningIdentity

BUNDLE_TYPE = "shequ-bundle"
FORMAT_VERSION = 1
KIND_OFFICE_TO_CITY = "office-to-city"
KIND_CITY_TO_OFFICE = "city-to-office"
KIND_DEVICE = "device"
KIND_STREET_TO_OFFICE = "street-to-office"  # a street's receipt to an office (db.exchange.street_acks)
KIND_STREET_TO_CITY = "street-to-city"  # a street's forward to the city (db.exchange.street_forward)
KINDS = (KIND_OFFICE_TO_CITY, KIND_CITY_TO_OFFICE, KIND_DEVICE, KIND_STREET_TO_OFFICE, KIND_STREET_TO_CITY)
CITY = "city"  # the ``from`` of a bundle signed by the city; as ``expect_office``: "the city must have signed"

SIGNATURE_ALG = "ES256"
RECIPIENT_ALG = "ECDH-ES+A256KW"
PASSPHRASE_ALG = "PBES2-HS512+A256KW"
CONTENT_ENC = "A256GCM"
PBES2_ITERATIONS = 600_000  # PBKDF2-HMAC-SHA512; about 0.2 s on an office PC
PBES2_MIN_ITERATIONS = 310_000
PBES2_MAX_ITERATIONS = 2_000_000  # a bound, so that a forged header cannot make opening hang
MIN_BUNDLE_PASSPHRASE = 8
CLOCK_SKEW = timedelta(days=1)  # how far in the future a signing time may be (office PCs' clocks)
MAX_HEADER_BYTES = 64 * 1024

# JOSE header parameters (RFC 7515/7516/7518/7797); everything else in a header is an application field.
JOSE_PARAMETERS = frozenset(
    {
        "alg", "enc", "zip", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "cty", "crit",
        "epk", "apu", "apv", "iv", "tag", "p2s", "p2c", "b64",
    }
)  # fmt: skip
REQUIRED_FIELDS = ("kind", "from", "to", "seq")
_BASE64URL = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_BASE64URL_DOT = _BASE64URL + b"."
# The most characters each segment of the file may have: the header, the wrapped key (40 bytes), the
# IV (12), the ciphertext (bounded by the file's own limit, db.exchange.budgets), the tag (16).
_SEGMENT_LIMITS = (MAX_HEADER_BYTES, 1024, 64, 1 << 62, 64)
_SIGNATURE_CHARS = 128  # an ES256 signature is 64 bytes, 86 characters
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class TrustPolicy:
    """Whom a bundle's signer must chain to.

    ``anchors`` are trusted certificates: the city CA (a signer it issued is trusted), or a
    certificate trusted as it is (a signer whose certificate *is* an anchor, e.g. the office's
    own self-signed one between two of its devices). ``expect_office`` — when set, the signer's
    office code must equal it; :data:`CITY` asks for the city's own (exchange) certificate.
    """

    anchors: tuple[x509.Certificate, ...]
    revoked_serials: frozenset[int] = frozenset()
    expect_office: str | None = None
    expect_street: str | None = None
    """When set, the signer must be the certificate of the street with this code (the street's mark,
    :data:`STREET_CATEGORY`): a street's own file. Otherwise a street's certificate never signs."""


@dataclass(frozen=True)
class Opened:
    """An opened bundle: everything in it is authenticated."""

    header: dict[str, Any]  # the application fields (typ, v, kind, from, to, seq, prev, iat)
    payload: bytes
    signer: x509.Certificate
    office_code: str | None  # from the signer certificate's subject serialNumber; None for the city


# --- helpers -------------------------------------------------------------------------------------


def bundle_hash(data: bytes) -> str:
    """The hex SHA-256 of a bundle file's bytes (what the next bundle names as ``prev``)."""
    return hashlib.sha256(data).hexdigest()


def certificate_fingerprint(cert: x509.Certificate) -> str:
    """The hex SHA-256 of the certificate's DER (its usual fingerprint)."""
    from cryptography.hazmat.primitives import serialization

    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def key_fingerprint(public_key: Any) -> str:
    """The hex SHA-256 of a public key's SubjectPublicKeyInfo (DER): a recipient's ``kid``.

    The key, not the certificate: a bundle stays readable when the city renews the recipient's
    certificate for the same key (the new certificate may travel inside that very bundle)."""
    from cryptography.hazmat.primitives import serialization

    der = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def office_code_of(cert: x509.Certificate) -> str | None:
    """The office code in a certificate's subject (serialNumber), None when there is none (the city)."""
    from cryptography.x509.oid import NameOID

    values = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    return str(values[0].value) if values else None


STREET_CATEGORY = "shequ-street"
"""The subject ``businessCategory`` (OID 2.5.4.15) of a street's certificate: the one mark that tells
a street (街道/镇) from an office. The city puts it only into street certificates (it builds their
subject itself) and refuses an office request that carries any ``businessCategory``."""


def has_business_category(name: x509.Name) -> bool:
    """Whether a subject carries a ``businessCategory`` at all (an office request must not)."""
    from cryptography.x509.oid import NameOID

    return bool(name.get_attributes_for_oid(NameOID.BUSINESS_CATEGORY))


def is_street_name(name: x509.Name) -> bool:
    """Whether a subject is a street's: exactly one ``businessCategory``, equal to :data:`STREET_CATEGORY`."""
    from cryptography.x509.oid import NameOID

    values = name.get_attributes_for_oid(NameOID.BUSINESS_CATEGORY)
    return len(values) == 1 and values[0].value == STREET_CATEGORY


def is_street_certificate(cert: x509.Certificate) -> bool:
    """Whether ``cert`` is a street's certificate (see :data:`STREET_CATEGORY`)."""
    return is_street_name(cert.subject)


def _jose() -> None:
    """Load jwcrypto, with its PBKDF2 iteration ceiling raised to what passphrase bundles use.

    jwcrypto refuses ``p2c`` above 16384 by default (a guard against forged headers); we check
    ``p2c`` against our own bounds (:data:`PBES2_MAX_ITERATIONS`) before anything is derived.
    """
    from jwcrypto import jwa

    jwa.default_max_pbkdf2_iterations = max(jwa.default_max_pbkdf2_iterations, PBES2_MAX_ITERATIONS)


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, separators=(",", ":"), sort_keys=True)


def _application_fields(header: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in header.items() if key not in JOSE_PARAMETERS}


def _checked_header(header: dict[str, Any]) -> dict[str, Any]:
    """The caller's application fields, completed (``typ``, ``v``, ``prev``, ``iat``) and checked."""
    fields = dict(header)
    clash = sorted(set(fields) & JOSE_PARAMETERS)
    if clash:
        raise ValueError(f"bundle header fields clash with JOSE parameters: {clash}")
    missing = [name for name in REQUIRED_FIELDS if name not in fields]
    if missing:
        raise ValueError(f"bundle header lacks {missing}")
    if fields.setdefault("typ", BUNDLE_TYPE) != BUNDLE_TYPE:
        raise ValueError("bundle header typ must be " + BUNDLE_TYPE)
    if fields.setdefault("v", FORMAT_VERSION) != FORMAT_VERSION:
        raise ValueError(f"bundle header v must be {FORMAT_VERSION}")
    if fields["kind"] not in KINDS:
        raise ValueError(f"bundle kind must be one of {KINDS}")
    if not isinstance(fields["seq"], int) or isinstance(fields["seq"], bool):
        raise ValueError("bundle seq must be an int")
    fields.setdefault("prev", None)
    fields.setdefault("iat", int(time.time()))
    json.dumps(fields, allow_nan=False)  # TypeError/ValueError: not JSON-serialisable
    return fields


# --- sealing -------------------------------------------------------------------------------------


def _x5c(signer: SigningIdentity) -> list[str]:
    from cryptography.hazmat.primitives import serialization

    chain = [signer.certificate, *signer.chain]
    return [base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode("ascii") for cert in chain]


def _signed(payload: bytes, fields: dict[str, Any], signer: SigningIdentity) -> bytes:
    """The inner JWS (compact) over ``payload``."""
    _jose()
    from cryptography.hazmat.primitives.asymmetric import ec
    from jwcrypto import jwk, jws

    if not isinstance(signer.key, ec.EllipticCurvePrivateKey) or signer.key.curve.name != "secp256r1":
        raise ValueError("bundles are signed with an EC P-256 key (ES256)")
    token = jws.JWS(payload)
    protected = {**fields, "alg": SIGNATURE_ALG, "x5c": _x5c(signer)}
    token.add_signature(jwk.JWK.from_pyca(signer.key), None, _json(protected))
    return str(token.serialize(compact=True)).encode("ascii")


def _encrypted(inner: bytes, protected: dict[str, Any], key: Any) -> bytes:
    _jose()
    from jwcrypto import jwe

    token = jwe.JWE(inner, _json(protected))
    token.add_recipient(key)
    return str(token.serialize(compact=True)).encode("ascii")


def seal_for_recipient(
    payload: bytes, header: dict[str, Any], signer: SigningIdentity, recipient: x509.Certificate
) -> bytes:
    """``payload`` signed by ``signer`` and encrypted to ``recipient``'s EC public key (a bundle file)."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from jwcrypto import jwk

    fields = _checked_header(header)
    public = recipient.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise ValueError("the recipient certificate must hold an EC key")
    inner = _signed(payload, fields, signer)
    protected = {
        **fields,
        "alg": RECIPIENT_ALG,
        "enc": CONTENT_ENC,
        "cty": "JOSE",
        "kid": key_fingerprint(public),
    }
    return _encrypted(inner, protected, jwk.JWK.from_pyca(public))


def seal_for_recipients(
    payload: bytes, header: dict[str, Any], signer: SigningIdentity, recipients: Sequence[x509.Certificate]
) -> list[bytes]:
    """``payload`` signed once by ``signer`` and that same inner JWS encrypted to each recipient: one
    bundle file per recipient, byte for byte what :func:`seal_for_recipient` makes for each (an office
    routed via a street: the city's copy and the street's, see ``docs/bundle-format.md`` › Streets)."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from jwcrypto import jwk

    fields = _checked_header(header)
    inner = _signed(payload, fields, signer)
    sealed = []
    for recipient in recipients:
        public = recipient.public_key()
        if not isinstance(public, ec.EllipticCurvePublicKey):
            raise ValueError("the recipient certificate must hold an EC key")
        protected = {
            **fields,
            "alg": RECIPIENT_ALG,
            "enc": CONTENT_ENC,
            "cty": "JOSE",
            "kid": key_fingerprint(public),
        }
        sealed.append(_encrypted(inner, protected, jwk.JWK.from_pyca(public)))
    return sealed


def seal_with_passphrase(payload: bytes, header: dict[str, Any], signer: SigningIdentity, passphrase: str) -> bytes:
    """``payload`` signed by ``signer`` and encrypted under ``passphrase`` (PBES2), for another device."""
    if len(passphrase) < MIN_BUNDLE_PASSPHRASE:
        raise BundlePassphraseWeak(MIN_BUNDLE_PASSPHRASE)
    _jose()
    from jwcrypto import jwk

    fields = _checked_header(header)
    inner = _signed(payload, fields, signer)
    protected = {**fields, "alg": PASSPHRASE_ALG, "enc": CONTENT_ENC, "cty": "JOSE", "p2c": PBES2_ITERATIONS}
    return _encrypted(inner, protected, jwk.JWK.from_password(passphrase))


# --- opening -------------------------------------------------------------------------------------


def peek_header(data: bytes) -> dict[str, Any]:
    """The outer protected header, *not yet authenticated*: for messages and routing before opening.

    :class:`NotABundle` when the bytes are not a bundle at all, :class:`BundleDamaged` when they
    start like one but the header cannot be read, :class:`BundleTooNew` for a later format.
    """
    if not data.startswith(b"eyJ"):  # base64url of '{"': every JOSE header starts so
        raise NotABundle()
    end = data.find(b".", 0, MAX_HEADER_BYTES)
    if end < 0:
        if data[:MAX_HEADER_BYTES].translate(None, _BASE64URL):
            raise NotABundle()
        raise BundleDamaged("文件不完整")
    try:
        header = jsonlimits.loads(_b64url_decode(data[:end]).decode("utf-8"))  # TooDeep is a ValueError
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise BundleDamaged("文件头无法读取") from None
    if not isinstance(header, dict):
        raise BundleDamaged("文件头无法读取")
    if header.get("typ") != BUNDLE_TYPE:
        if "typ" in header and "alg" in header:
            raise NotABundle()
        raise BundleDamaged("文件头无法读取")
    version = header.get("v")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleDamaged("格式版本无法识别")
    if version > FORMAT_VERSION:
        raise BundleTooNew(version)
    return header


def _check_base64url(segment: bytes) -> None:
    """Only the base64url alphabet, no padding, canonical trailing bits (ValueError otherwise).

    Python's decoder ignores stray characters and unused trailing bits; a changed byte must
    never decode to the same content, so the file is checked strictly first."""
    if segment.translate(None, _BASE64URL) or len(segment) % 4 == 1:
        raise ValueError("not base64url")
    if segment and len(segment) % 4:
        unused = 4 if len(segment) % 4 == 2 else 2
        if _BASE64URL.index(segment[-1]) & ((1 << unused) - 1):
            raise ValueError("non-canonical base64url")


def _b64url_decode(segment: bytes) -> bytes:
    _check_base64url(segment)
    return base64.urlsafe_b64decode(segment + b"=" * (-len(segment) % 4))


class _Sealed:
    """A sealed file's bytes, in memory or on disk, read :data:`READ_STEP` at a time: opening a
    file never holds it whole (only the payload it carries, once decrypted)."""

    def __init__(self, data: bytes | Path) -> None:
        self._memory: memoryview | None = None
        self._handle: BinaryIO | None = None
        if isinstance(data, Path):
            self._handle = data.open("rb")
            self.size = os.fstat(self._handle.fileno()).st_size
        else:
            self._memory = memoryview(data)
            self.size = len(self._memory)

    def __enter__(self) -> _Sealed:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            self._handle.close()

    def read(self, start: int, end: int) -> bytes:
        if self._memory is not None:
            return bytes(self._memory[start:end])
        assert self._handle is not None
        self._handle.seek(start)
        return self._handle.read(max(end - start, 0))

    def steps(self, start: int, end: int) -> Iterator[bytes]:
        """The bytes from ``start`` to ``end`` in pieces of :data:`READ_STEP` (a multiple of 4)."""
        for offset in range(start, end, READ_STEP):
            piece = self.read(offset, min(offset + READ_STEP, end))
            if not piece:
                return
            yield piece


def _segments(sealed: _Sealed, sender: str) -> list[tuple[int, int]]:
    """The five segments of the JWE Compact Serialization as (start, end), each strict base64url,
    the small ones within their sizes; :class:`BundleDamaged` otherwise. One pass over the file."""
    dots: list[int] = []
    offset = 0
    for piece in sealed.steps(0, sealed.size):
        if piece.translate(None, _BASE64URL_DOT):
            raise BundleDamaged("文件内容无法读取", sender)
        at = piece.find(b".")
        while at >= 0:
            dots.append(offset + at)
            if len(dots) > 4:
                raise BundleDamaged("文件内容无法读取", sender)
            at = piece.find(b".", at + 1)
        offset += len(piece)
    if len(dots) < 4 or offset != sealed.size:
        raise BundleDamaged("文件不完整", sender)
    bounds = [(0, dots[0]), *((dots[i] + 1, dots[i + 1]) for i in range(3)), (dots[3] + 1, sealed.size)]
    for index, (start, end) in enumerate(bounds):
        length = end - start
        if length > _SEGMENT_LIMITS[index]:
            raise BundleDamaged("文件内容无法读取", sender)
        try:
            if index == 3:  # the ciphertext: its alphabet is checked above, its end here
                if length % 4 == 1:
                    raise ValueError("not base64url")
                if length % 4:
                    _check_base64url(sealed.read(end - (length % 4), end))
            else:
                _check_base64url(sealed.read(start, end))
        except ValueError:
            raise BundleDamaged("文件内容无法读取", sender) from None
    return bounds


def _sender_hint(header: dict[str, Any]) -> str:
    if header.get("kind") in (KIND_STREET_TO_OFFICE, KIND_STREET_TO_CITY):
        return "街道"
    return "市级" if header.get("kind") == KIND_CITY_TO_OFFICE else "发出方"


def _content_key(
    sealed: _Sealed,
    segments: list[tuple[int, int]],
    header: dict[str, Any],
    recipient_key: EllipticCurvePrivateKey | None,
    recipient_cert: x509.Certificate | None,
    passphrase: str | None,
) -> bytes:
    """The content encryption key, unwrapped for the recipient's key or the passphrase."""
    _jose()
    from jwcrypto import jwa, jwk

    if (
        recipient_cert is not None
        and recipient_key is not None
        and recipient_cert.public_key() != recipient_key.public_key()
    ):
        raise ValueError("recipient_cert does not hold recipient_key")
    sender = _sender_hint(header)
    if header.get("enc") != CONTENT_ENC or "zip" in header or "crit" in header:
        raise BundleDamaged("加密方式不受支持", sender)
    alg = header.get("alg")
    if alg == RECIPIENT_ALG:
        kid = header.get("kid")
        if not isinstance(kid, str) or not _HEX64.fullmatch(kid) or not isinstance(header.get("epk"), dict):
            raise BundleDamaged("文件头无法读取", sender)
        if recipient_key is None or kid != key_fingerprint(recipient_key.public_key()):
            to = header.get("to")
            raise WrongRecipient(str(to) if to and to != CITY else None)
        key = jwk.JWK.from_pyca(recipient_key)
    elif alg == PASSPHRASE_ALG:
        p2c = header.get("p2c")
        if (
            not isinstance(p2c, int)
            or isinstance(p2c, bool)
            or not PBES2_MIN_ITERATIONS <= p2c <= PBES2_MAX_ITERATIONS
            or not isinstance(header.get("p2s"), str)
        ):
            raise BundleDamaged("文件头无法读取", sender)
        if passphrase is None:
            if recipient_key is not None:  # a device bundle brought to the city (or to another office)
                raise WrongRecipient(None)
            raise PassphraseNeeded("交换文件的口令")
        key = jwk.JWK.from_password(passphrase)
    else:
        raise BundleDamaged("加密方式不受支持", sender)
    try:
        encrypted_key = _b64url_decode(sealed.read(*segments[1]))
        size = jwa.JWA.encryption_alg(CONTENT_ENC).wrap_key_size
        cek = bytes(jwa.JWA.keymgmt_alg(alg).unwrap(key, size, encrypted_key, header))
    except Exception:  # jwcrypto reports every failure (format, key agreement, key unwrap) alike
        if alg == PASSPHRASE_ALG:
            raise BundlePassphraseWrong() from None
        raise BundleDamaged("", sender) from None
    if len(cek) != 32:
        raise BundleDamaged("", sender)
    return cek


class _InnerJws:
    """The plaintext — a JWS Compact Serialization — taken in as it is decrypted: the header and
    signature kept, the payload decoded as it passes, the signing input hashed (ES256 is verified
    on its digest). Nothing is trusted before the tag and the signature are checked."""

    def __init__(self) -> None:
        self.part = 0  # 0 the header, 1 the payload, 2 the signature
        self.header = bytearray()
        self.signature = bytearray()
        self.payload = io.BytesIO()
        self.digest = hashlib.sha256()
        self.broken = False
        self._carry = b""

    def feed(self, data: bytes) -> None:
        while data and not self.broken:
            if self.part == 2:
                self.signature += data
                if b"." in data or len(self.signature) > _SIGNATURE_CHARS:
                    self.broken = True
                return
            dot = data.find(b".")
            piece, data = (data, b"") if dot < 0 else (data[:dot], data[dot + 1 :])
            self.digest.update(piece)
            if self.part == 0:
                self.header += piece
                self.broken = len(self.header) > MAX_HEADER_BYTES
            else:
                self._decode(piece)
            if dot >= 0:
                if self.part == 0:
                    self.digest.update(b".")
                self.part += 1

    def _decode(self, piece: bytes) -> None:
        if piece.translate(None, _BASE64URL):
            self.broken = True
            return
        text = self._carry + piece
        whole = len(text) - len(text) % 4
        self.payload.write(base64.urlsafe_b64decode(text[:whole]))
        self._carry = text[whole:]

    def finish(self) -> tuple[bytes, bytes, bytes, bytes]:
        """(header JSON, payload, SHA-256 of the signing input, signature); ValueError when not a JWS."""
        if self.broken or self.part != 2:
            raise ValueError("not a JWS")
        tail = _b64url_decode(self._carry)
        self.payload.write(tail)
        return (
            _b64url_decode(bytes(self.header)),
            self.payload.getvalue(),
            self.digest.digest(),
            _b64url_decode(bytes(self.signature)),
        )


def _decrypted(
    sealed: _Sealed,
    segments: list[tuple[int, int]],
    cek: bytes,
    sender: str,
    progress: Callable[[int, int], None] | None = None,
) -> _InnerJws:
    """The ciphertext decrypted (AES-256-GCM) in steps into an :class:`_InnerJws`; the tag checked
    at the end (:class:`BundleDamaged` when it does not match). ``progress(done, total)``, in bytes
    of the encrypted segment, after each step."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    iv, tag = _b64url_decode(sealed.read(*segments[2])), _b64url_decode(sealed.read(*segments[4]))
    if len(iv) != 12 or len(tag) != 16:
        raise BundleDamaged("", sender)
    decryptor = Cipher(algorithms.AES(cek), modes.GCM(iv, tag)).decryptor()
    decryptor.authenticate_additional_data(sealed.read(*segments[0]))
    inner = _InnerJws()
    start, end = segments[3]
    done = 0
    for piece in sealed.steps(start, end):
        inner.feed(decryptor.update(base64.urlsafe_b64decode(piece + b"=" * (-len(piece) % 4))))
        done += len(piece)
        if progress is not None:
            progress(done, end - start)
    try:
        decryptor.finalize()
    except InvalidTag:
        raise BundleDamaged("", sender) from None
    return inner


def _verify_inner(inner: _InnerJws) -> tuple[dict[str, Any], bytes, x509.Certificate]:
    """The inner JWS's header, payload and signer, its ES256 signature verified (any failure raises)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, utils

    header_bytes, payload, digest, signature = inner.finish()
    header = jsonlimits.loads(header_bytes)
    if not isinstance(header, dict) or header.get("alg") != SIGNATURE_ALG or "crit" in header or "b64" in header:
        raise ValueError("alg")
    chain = _load_x5c(header.get("x5c"))
    leaf = chain[0]
    public = leaf.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey) or public.curve.name != "secp256r1" or len(signature) != 64:
        raise ValueError("key")
    der = utils.encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))
    public.verify(der, digest, ec.ECDSA(utils.Prehashed(hashes.SHA256())))
    return header, payload, leaf


def _load_x5c(values: Any) -> list[x509.Certificate]:
    from cryptography import x509

    if not isinstance(values, list) or not values or not all(isinstance(item, str) for item in values):
        raise ValueError("x5c")
    return [x509.load_der_x509_certificate(base64.b64decode(item, validate=True)) for item in values]


def _valid_at(cert: x509.Certificate, moment: datetime) -> bool:
    return cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc


def _usable_issuer(anchor: x509.Certificate) -> bool:
    from cryptography import x509

    try:
        constraints = anchor.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return False
    if not constraints.ca:
        return False
    try:
        usage = anchor.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(usage.key_cert_sign)


def _usable_signer(leaf: x509.Certificate) -> bool:
    from cryptography import x509

    try:
        if leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            return False
    except x509.ExtensionNotFound:
        pass
    try:
        return bool(leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature)
    except x509.ExtensionNotFound:
        return False


def _check_chain(leaf: x509.Certificate, anchors: tuple[x509.Certificate, ...], moment: datetime) -> None:
    """``leaf`` is an anchor itself, or was issued (signed) by an anchor that is a CA; both valid at ``moment``."""
    from cryptography.exceptions import InvalidSignature

    if not _usable_signer(leaf):
        raise UntrustedSigner("证书不能用于签名")
    trusted = False
    if any(leaf == anchor for anchor in anchors):
        trusted = True
    else:
        for anchor in anchors:
            if anchor.subject != leaf.issuer or not _usable_issuer(anchor):
                continue
            try:
                leaf.verify_directly_issued_by(anchor)
            except (ValueError, TypeError, InvalidSignature):
                continue
            if not _valid_at(anchor, moment):
                raise UntrustedSigner("市级根证书在签名时不在有效期内")
            trusted = True
            break
    if not trusted:
        raise UntrustedSigner("证书不是由本市根证书颁发的")
    if not _valid_at(leaf, moment):
        raise UntrustedSigner("签名证书在签名时不在有效期内")


def open_sealed(
    data: bytes | Path,
    *,
    trust: TrustPolicy,
    recipient_key: EllipticCurvePrivateKey | None = None,
    recipient_cert: x509.Certificate | None = None,
    passphrase: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Opened:
    """Decrypt, verify and return a bundle, or refuse it with one :class:`~db.exchange.errors.BundleError`.

    ``progress(done, total)`` is called while the payload is decrypted, after each step of
    :data:`~db.exchange.budgets.READ_STEP` (bytes of the encrypted segment; it may raise to stop).

    In order: the header (:class:`NotABundle`, :class:`BundleTooNew`); the recipient
    (:class:`WrongRecipient` when ``kid`` is not the fingerprint of ``recipient_key``'s public key —
    nothing is decrypted; ``recipient_cert``, when given, must hold that key); decryption
    (:class:`BundleDamaged`, :class:`BundlePassphraseWrong`); the inner
    signature and the agreement of the inner and outer fields (:class:`BundleDamaged`); the
    signer's chain to ``trust.anchors`` at the signing time ``iat`` (:class:`UntrustedSigner`);
    revocation (:class:`CertificateRevoked`); the signer against ``from`` and
    ``trust.expect_office`` (:class:`UntrustedSigner`).
    """
    with _Sealed(data) as sealed:
        header = peek_header(sealed.read(0, MAX_HEADER_BYTES + 1))
        sender = _sender_hint(header)
        segments = _segments(sealed, sender)
        cek = _content_key(sealed, segments, header, recipient_key, recipient_cert, passphrase)
        decrypted = _decrypted(sealed, segments, cek, sender, progress)
    try:
        inner, payload, leaf = _verify_inner(decrypted)
    except Exception:  # anything wrong inside the encryption: not what the sender signed
        raise BundleDamaged("签名无法验证", sender) from None
    fields = _application_fields(inner)
    if fields != _application_fields(header):
        raise BundleDamaged("签名内外的文件信息不一致", sender)

    iat = fields.get("iat")
    now = datetime.now(UTC)
    if isinstance(iat, int) and not isinstance(iat, bool):
        try:
            signed_at = datetime.fromtimestamp(iat, UTC)
        except (OverflowError, OSError, ValueError):
            raise UntrustedSigner("签名时间无法识别") from None
        if signed_at > now + CLOCK_SKEW:
            raise UntrustedSigner("签名时间晚于现在，请检查发出方电脑的日期和时间")
    else:
        signed_at = now
    _check_chain(leaf, trust.anchors, signed_at)

    if trust.expect_street is not None:  # a street's own file: that street's certificate, nobody else's
        if not is_street_certificate(leaf) or office_code_of(leaf) != trust.expect_street:
            signer = office_code_of(leaf) or "市级"
            raise UntrustedSigner(f"应由街道 {trust.expect_street} 签名，实际签名者是“{signer}”")
    elif has_business_category(leaf.subject):  # a street's certificate never signs for an office or the city
        raise UntrustedSigner("签名证书属于街道，不是社区或市级的证书")
    office_code = office_code_of(leaf)
    if leaf.serial_number in trust.revoked_serials:
        raise CertificateRevoked(f"社区 {office_code} " if office_code else "签名者")
    claimed = fields.get("from")
    if claimed != (office_code if office_code is not None else CITY):
        raise UntrustedSigner(f"文件自称来自“{claimed}”，签名证书却属于“{office_code or '市级'}”")
    expected = trust.expect_office
    if expected is not None and (office_code or CITY) != expected:
        who = "市级" if expected == CITY else f"社区 {expected}"
        raise UntrustedSigner(f"应由{who}签名，实际签名者是“{office_code or '市级'}”")
    return Opened(header=fields, payload=payload, signer=leaf, office_code=office_code)
