"""A second signature on an office's signed return: the street's countersignature (街道审核通过).

:func:`countersign_pdf` appends a PAdES signature (``ETSI.CAdES.detached``, SHA-256, ECDSA P-256,
no visible stamp) as an incremental update: the office's bytes stay exactly as they were, so its
signature still verifies (covering its revision), and the new one covers the whole file. The field
is ``Street-<street code>`` (:func:`street_field_name`). :func:`signatures_of` lists the signatures
of a PDF with their signed byte ranges, for the city's check that a countersigned PDF is the office's
PDF plus exactly one more signature.

pyHanko and the crypto libraries are imported inside the functions, as in :mod:`db.returns.sign`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey

STREET_FIELD_PREFIX = "Street-"
COUNTERSIGN_REASON = "街道审核通过"


def street_field_name(street_code: str) -> str:
    return f"{STREET_FIELD_PREFIX}{street_code}"


def countersign_pdf(
    pdf: bytes,
    key: EllipticCurvePrivateKey,
    certificate: x509.Certificate,
    chain: Sequence[x509.Certificate],
    *,
    name: str,
    field_name: str = "",
    reason: str = COUNTERSIGN_REASON,
    location: str = "",
) -> bytes:
    """``pdf`` with one more signature by ``certificate`` (its ``chain`` embedded), appended as an
    incremental update; ``name`` is the person who decided (the signature's /Name). The input's
    bytes are the output's first bytes. Raises ``ValueError`` for a PDF pyHanko cannot read."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = serialization.Encoding.DER
    cert = asn1_x509.Certificate.load(certificate.public_bytes(der))
    others = [asn1_x509.Certificate.load(item.public_bytes(der)) for item in chain]
    private = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=private,
        cert_registry=SimpleCertificateStore.from_certs([cert, *others]),  # type: ignore[no-untyped-call]
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name or "StreetSignature",
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=name or None,
        reason=reason or None,
        location=location or None,
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        out = io.BytesIO()
        signers.PdfSigner(meta, signer=signer).sign_pdf(writer, output=out)
    except (PdfError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise ValueError(f"PDF cannot be countersigned: {exc}") from exc
    signed = out.getvalue()
    if not signed.startswith(pdf):  # an incremental update never rewrites what was signed
        raise ValueError("the countersignature changed the signed bytes")
    return signed


@dataclass(frozen=True)
class EmbeddedSignature:
    """One signature of a PDF: its field, signer certificate (DER) and the bytes it covers."""

    field_name: str
    certificate_der: bytes
    covered_until: int  # the end of the signed byte range: the revision it signs ends there


def signatures_of(pdf: bytes) -> list[EmbeddedSignature]:
    """The PDF's signatures, in file order (raises ``ValueError`` for an unreadable PDF)."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        found: list[EmbeddedSignature] = []
        for embedded in reader.embedded_signatures:
            cert: Any = embedded.signer_cert
            byte_range = [int(value) for value in embedded.sig_object["/ByteRange"]]
            found.append(EmbeddedSignature(str(embedded.field_name), cert.dump(), byte_range[2] + byte_range[3]))
    except (PdfError, KeyError, TypeError, IndexError, AttributeError, ValueError) as exc:
        raise ValueError(f"PDF signatures unreadable: {exc}") from exc
    return found


def validate_signatures(pdf: bytes, trust: Sequence[bytes]) -> list[bool]:
    """For each signature, whether pyHanko's ``bottom_line`` holds against the DER ``trust`` anchors
    (intact, valid, trusted, and the later revisions allowed); offline, no revocation fetched."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko_certvalidator import ValidationContext

    from db.returns.verify import _quiet_pyhanko_logs

    _quiet_pyhanko_logs()
    roots = [asn1_x509.Certificate.load(item) for item in trust]
    answers: list[bool] = []
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        for embedded in reader.embedded_signatures:
            context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
            try:
                status = validate_pdf_signature(embedded, signer_validation_context=context)
            except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError):
                answers.append(False)
                continue
            answers.append(bool(status.bottom_line and status.intact))
    except (PdfError, KeyError, TypeError, IndexError, AttributeError, ValueError):
        return []
    return answers
