"""Checking a return's PDF: intact, signed by a trusted certificate, unchanged since signing.

:func:`verify_pdf` answers with a :class:`Verification`:

* ``valid`` (exit 0): the signature covers the whole file, the signed bytes are intact, the
  signature is cryptographically sound and the signer's certificate chains to a trust anchor;
* ``tampered`` (exit 3): the file cannot be read, a signed byte was changed, the signature does
  not verify, or anything was added after signing (an incremental update — Shequ signs a return
  once, so any later revision counts as a change; a re-saved file fails the digest);
* ``mismatch`` (exit 3): intact and soundly signed, but not by the one the return belongs to: an
  office's return (its QR payload names the office code) must be signed by a certificate carrying
  that office code (subject serialNumber); the city's consolidated return (its payload names the
  city) by a city certificate (no office code) of that city (subject O). Checked whether or not
  the certificate is trusted: a valid certificate of another office proves nothing about this one;
* ``untrusted`` (exit 4): intact and soundly signed, but by a certificate no trust anchor
  vouches for (e.g. the office's self-signed certificate);
* ``unsigned`` (exit 4): no signature at all.

A return the street approved carries a second signature, the street's countersignature
(:mod:`db.returns.countersign`), appended as an incremental update: the office's signature then covers
its own revision, which is accepted when pyHanko's difference analysis finds only a signature added
after it (``docmdp_ok``, modification level at most form filling) and the last signature covers the
whole file. The first signature must be the one the return belongs to (the office's, or the city's for
a consolidated return); a later one a street's or the city's. Every signer is listed in ``signers``
with its level (社区 / 街道 / 市级, :func:`signer_level`).

pyHanko is judged by ``intact``/``valid``/``trusted``/``coverage`` (``bottom_line`` needs all);
``valid`` alone stays true after tampering. Trust anchors come from a file (``--trust``) or the
installation's city certificate (``<data folder>/keys/city-ca.pem``). Nothing is fetched from the
network: revocation is not checked (offline).

:func:`check_return_file` is the one answer about a file on disk that both ``shequ verify`` and
the app's 报表 page (and a PDF dropped on its window) give: it chooses the trust anchors, checks the
file, recognises the office's own certificate and says in a sentence what the answer means — a
:class:`Verdict`.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from db.i18n import Text, tr
from db.localtime import format_local
from db.returns.errors import BadTrustFile, UnreadablePdf
from db.returns.payload import parse_payload

VALID = "valid"
TAMPERED = "tampered"
MISMATCH = "mismatch"
UNTRUSTED = "untrusted"
UNSIGNED = "unsigned"

EXIT_CODES = {VALID: 0, TAMPERED: 3, MISMATCH: 3, UNTRUSTED: 4, UNSIGNED: 4}
_LABELS = {
    VALID: "有效：文件完整，签名可信，签署后未被改动",
    TAMPERED: "无效：文件已被改动或损坏，签名不能证明其内容",
    MISMATCH: "无效：签名人不是这份报表所属的单位，签名不能证明其内容",
    UNTRUSTED: "已签名但证书不受信任：文件签署后未被改动，但签名证书不是由所信任的市级证书颁发",
    UNSIGNED: "未签名：这个文件没有电子签名",
}


OFFICE_LEVEL = "社区"
STREET_LEVEL = "街道"
CITY_LEVEL = "市级"
_STREET_CATEGORY = "shequ-street"  # db.exchange.envelope.STREET_CATEGORY (db.returns imports no exchange module)


def signer_level(names: dict[str, Any]) -> str:
    """The level of a signer, from its certificate's subject (asn1crypto's ``native`` names): the
    street's mark (``businessCategory``) → 街道; no office code (``serialNumber``) → 市级 (the city's
    exchange certificate); else 社区."""
    category = names.get("business_category")
    if category == _STREET_CATEGORY or (isinstance(category, list) and _STREET_CATEGORY in category):
        return STREET_LEVEL
    if not names.get("serial_number"):
        return CITY_LEVEL
    return OFFICE_LEVEL


@dataclass(frozen=True)
class Signer:
    """One signature of the file: who, at which level, when, and whether its certificate is trusted."""

    level: str
    name: str  # the signature's /Name, else the certificate's common name
    organisation: str
    code: str  # the certificate's serialNumber: an office's or a street's code ("" for the city)
    certificate_subject: str
    signed_at: datetime | None
    trusted: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "name": self.name,
            "organisation": self.organisation,
            "code": self.code,
            "certificate_subject": self.certificate_subject,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "trusted": self.trusted,
        }


@dataclass
class Verification:
    """The answer about one PDF."""

    status: str
    reason: str = ""
    signer: str = ""  # the signature's /Name, else the certificate's common name
    certificate_subject: str = ""
    signed_at: datetime | None = None
    signer_office_code: str = ""  # the office code in the signing certificate ("" for a city's)
    signer_organisation: str = ""  # the signing certificate's O (the office's or the city's name)
    office_code: str = ""
    city_name: str = ""  # the city named by a consolidated return's payload
    office_name: str = ""
    period: str = ""
    version: str = ""
    figures_sha256: str = ""
    details: list[str] = field(default_factory=list)
    signers: list[Signer] = field(default_factory=list)  # every signature read, in file order

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.status]

    @property
    def label(self) -> str:
        return _LABELS[self.status]

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "exit_code": self.exit_code,
            "label": self.label,
            "reason": self.reason,
            "signer": self.signer,
            "certificate_subject": self.certificate_subject,
            "signer_office_code": self.signer_office_code,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "signed_at_local": format_local(self.signed_at) if self.signed_at else None,
            "office": {"code": self.office_code, "name": self.office_name},
            "city": self.city_name,
            "period": self.period,
            "version": self.version,
            "figures_sha256": self.figures_sha256,
            "details": list(self.details),
            "signers": [item.to_dict() for item in self.signers],
        }


def load_trust_file(path: Path | str) -> list[bytes]:
    """The DER certificates in a PEM (one or more) or DER file."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BadTrustFile(str(path), exc.strerror or str(exc)) from None
    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise BadTrustFile(str(path), str(exc)) from None
    return [cert.public_bytes(serialization.Encoding.DER) for cert in certs]


def _document_info(reader: Any) -> dict[str, str]:
    try:
        info = reader.trailer_view["/Info"]
    except (KeyError, Exception):  # no /Info, or an unreadable one
        return {}
    values: dict[str, str] = {}
    for key in ("/Keywords", "/Author", "/Title"):
        try:
            values[key] = str(info[key])
        except KeyError:
            continue
    return values


CITY_PAYLOAD_PREFIX = "SHEQU1C"


def city_payload(city_name: str, period_code: str) -> str:
    """What a city's consolidated return carries in its Keywords: ``SHEQU1C|period|city name``
    (the city it speaks for, checked against the signer's certificate by :func:`verify_pdf`)."""
    return f"{CITY_PAYLOAD_PREFIX}|{period_code}|{city_name}"


def parse_city_payload(text: str) -> dict[str, str] | None:
    """The fields of a :func:`city_payload` string, or None when it is not one."""
    parts = text.strip().split("|", 2)
    if len(parts) != 3 or parts[0] != CITY_PAYLOAD_PREFIX or not parts[2]:
        return None
    return {"period": parts[1], "city": parts[2]}


def _fill_metadata(result: Verification, info: dict[str, str]) -> None:
    keywords = info.get("/Keywords", "")
    payload = parse_payload(keywords)
    if payload:
        result.office_code = payload["office_code"]
        result.period = payload["period"]
        result.version = payload["version"]
        result.figures_sha256 = payload["figures_sha256"]
    city = parse_city_payload(keywords)
    if city:
        result.city_name = city["city"]
        result.period = city["period"]
    result.office_name = info.get("/Author", "")


def _signer_mismatch(result: Verification) -> Text | None:
    """Why the signer is not the one the return belongs to (None when it is, or when the file
    names no office nor city: then there is nothing to bind)."""
    signer = result.signer_organisation or result.signer
    if result.office_code:
        if not result.signer_office_code:
            return tr(
                "报表属于社区代码 {code}，但签名证书不是社区的证书（签名证书：{signer}），签名人与报表不符",
                code=result.office_code,
                signer=signer,
            )
        if result.signer_office_code != result.office_code:
            return tr(
                "报表属于社区代码 {code}，签名证书却属于社区代码 {other}（{signer}），签名人与报表不符",
                code=result.office_code,
                other=result.signer_office_code,
                signer=signer,
            )
        return None
    if result.city_name:
        if result.signer_office_code:
            return tr(
                "这是{city}的汇总表，签名证书却属于社区代码 {other}（{signer}），签名人与报表不符",
                city=result.city_name,
                other=result.signer_office_code,
                signer=signer,
            )
        if result.signer_organisation != result.city_name:
            return tr(
                "这是{city}的汇总表，签名证书却属于{signer}，签名人与报表不符",
                city=result.city_name,
                signer=signer,
            )
    return None


def _countersigner_mismatch(signer: Signer, index: int) -> Text | None:
    """A later signature must be a street's or the city's (an office never signs another's return)."""
    if signer.level == OFFICE_LEVEL:
        return tr(
            "第 {index} 个签名由社区的证书签署（{signer}），追加的签名只能是街道或市级的，签名人与报表不符",
            index=index,
            signer=signer.organisation or signer.name,
        )
    return None


def _quiet_pyhanko_logs() -> None:
    """pyHanko logs each failed check with a traceback; the answer says it in one line."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
            logger.addHandler(logging.NullHandler())
            logger.propagate = False


def verify_pdf(data: bytes, trust: Sequence[bytes] = ()) -> Verification:
    """Check a return's PDF against the trust anchors ``trust`` (DER certificates)."""
    _quiet_pyhanko_logs()
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    if not data.lstrip()[:5].startswith(b"%PDF-"):
        return Verification(TAMPERED, "不是 PDF 文件，或文件头已损坏")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        return Verification(TAMPERED, f"文件结构已损坏，无法读取（{exc}）")
    result = Verification(UNSIGNED)
    _fill_metadata(result, _document_info(reader))
    if not signatures:
        result.reason = "文件中没有电子签名"
        return result

    roots = [asn1_x509.Certificate.load(item) for item in trust]
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    untrusted = False
    for index, embedded in enumerate(signatures, 1):
        try:
            status = validate_pdf_signature(embedded, signer_validation_context=context)
        except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as exc:
            result.status = TAMPERED
            result.reason = f"第 {index} 个签名无法验证（{exc}）"
            return result
        cert = status.signing_cert
        subject = cert.subject.human_friendly if cert is not None else ""
        names: dict[str, Any] = dict(cert.subject.native) if cert is not None else {}
        common_name = str(names.get("common_name", "") or "")
        name = embedded.sig_object.get("/Name")
        signer = Signer(
            level=signer_level(names),
            name=str(name) if name is not None else common_name,
            organisation=str(names.get("organization_name", "") or ""),
            code=str(names.get("serial_number", "") or ""),
            certificate_subject=subject,
            signed_at=status.signer_reported_dt,
            trusted=bool(status.trusted),
        )
        result.signers.append(signer)
        if index == 1:  # the return's own signature: the one that binds it to its office (or city)
            result.signer = signer.name
            result.certificate_subject = subject
            result.signer_office_code = signer.code
            result.signer_organisation = signer.organisation
            result.signed_at = signer.signed_at
        if not status.intact:
            result.status, result.reason = TAMPERED, "签名之后文件内容被改动（摘要不符）"
            return result
        if not status.valid:
            result.status, result.reason = TAMPERED, "签名值验证失败"
            return result
        if index == len(signatures):
            whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        else:  # signed again later: only a signature may have been added after this one
            level = status.modification_level
            whole = (
                status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
                and bool(status.docmdp_ok)
                and level is not None
                and level.value <= ModificationLevel.FORM_FILLING.value
            )
        if not whole:
            result.status, result.reason = TAMPERED, "签名之后文件又被追加了修改（增量更新）"
            return result
        mismatch = _signer_mismatch(result) if index == 1 else _countersigner_mismatch(signer, index)
        if mismatch is not None:
            result.status, result.reason = MISMATCH, mismatch
            return result
        if not status.trusted:
            untrusted = True
            result.details.append(f"证书：{subject}")
    if untrusted:
        result.status = UNTRUSTED
        result.reason = "签名证书不在信任范围内" + ("（未指定市级根证书）" if not roots else "")
    else:
        result.status, result.reason = VALID, "签名有效，证书可信"
    return result


# --- a file on disk, judged once for the command line and the app ---------------------------


@dataclass
class Verdict:
    """What :func:`check_return_file` found: the :class:`Verification`, whether the signature is
    the office's own certificate, and the sentence that explains the answer."""

    path: Path
    verification: Verification
    own_certificate: bool  # signed with this data folder's own (office) certificate
    explanation: Text  # what the answer means, in a sentence (the app's text under its heading)
    data: bytes = field(default=b"", repr=False)  # the file as read

    @property
    def status(self) -> str:
        return self.verification.status

    @property
    def exit_code(self) -> int:
        return self.verification.exit_code

    @property
    def label(self) -> str:
        return self.verification.label

    @property
    def signer(self) -> str:
        return self.verification.signer

    @property
    def office_code(self) -> str:
        return self.verification.office_code

    @property
    def office_name(self) -> str:
        return self.verification.office_name

    @property
    def period(self) -> str:
        return self.verification.period

    @property
    def version(self) -> str:
        return self.verification.version

    @property
    def is_pdf(self) -> bool:
        """Whether the bytes look like a PDF at all (worth showing)."""
        return self.data.lstrip()[:5].startswith(b"%PDF-")

    def to_dict(self) -> dict[str, Any]:
        payload = self.verification.to_dict()
        payload["file"] = str(self.path)
        payload["own_certificate"] = self.own_certificate
        payload["explanation"] = str(self.explanation)
        return payload


def explain(status: str, own_certificate: bool) -> Text:
    """The sentence under the answer: what ``status`` means for a return (self-signed by this office
    when ``own_certificate``)."""
    if status == UNTRUSTED and own_certificate:
        return tr(
            "这份报表由本社区的签名密钥签署，签署后没有被改动；但证书还是本社区自签的，"
            "要等市委组织部颁发证书后，才能被认定为可信。"
        )
    if status == VALID:
        return tr("这份报表的签名证书由市委组织部颁发，内容与签署时完全一致。")
    if status == MISMATCH:
        return tr(
            "这份报表的签名人不是报表所属的单位：它由另一个单位的证书签署，不能证明是报表所属单位报送的。"
            "请向报表所属单位核实，并索取由其本单位签署的报表。"
        )
    if status == TAMPERED:
        return tr("这份文件在签署之后被改动过，或者文件已损坏，不能作为正式报表。请向报送单位重新索取。")
    if status == UNTRUSTED:
        return tr("文件签署后没有被改动，但签名证书既不是市委组织部颁发的，也不是本社区自己的，无法确认由谁签署。")
    return tr("这可能是草稿或打印前导出的文件。正式报送的报表必须签署。")


def trust_anchors(data_dir: Path | str, trust: Path | str | None = None) -> list[bytes]:
    """The trust anchors of a check: the certificates in ``trust`` when given, else the data
    folder's city certificate (``keys/city-ca.pem``) when installed, else none. The office's own
    (self-signed) certificate is never one: it explains an "untrusted" answer, never turns it
    into "valid"."""
    from db.returns.sign import KeyStore

    if trust is not None:
        return load_trust_file(Path(trust).expanduser())
    city = KeyStore(data_dir).city_ca_path
    return load_trust_file(city) if city.is_file() else []


def _own_subject(data_dir: Path | str) -> str:
    """The subject of the data folder's own certificate ("" when there is none or it is unreadable)."""
    from db.errors import ShequError
    from db.returns.sign import KeyStore

    keys = KeyStore(data_dir)
    try:
        if not keys.exists():
            return ""
        from asn1crypto import x509 as asn1_x509
        from cryptography.hazmat.primitives import serialization

        own_der = keys.certificate().public_bytes(serialization.Encoding.DER)
        return str(asn1_x509.Certificate.load(own_der).subject.human_friendly)
    except (ShequError, OSError, ValueError):  # a damaged key file does not change the answer
        return ""


def check_return_file(data_dir: Path | str, path: Path | str, trust: Path | str | None = None) -> Verdict:
    """Read and check the return's PDF at ``path`` as this data folder sees it: against ``trust`` (a
    PEM or DER file) when given, else the installation's city certificate (:func:`trust_anchors`);
    whether it was signed with the office's own certificate; and the sentence explaining the answer.
    Raises :class:`UnreadablePdf` (no such file) and :class:`BadTrustFile`."""
    target = Path(path).expanduser()
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise UnreadablePdf(str(target), exc.strerror or str(exc)) from None
    anchors = trust_anchors(data_dir, trust)
    result = verify_pdf(data, anchors)
    own = False
    if result.status != UNSIGNED and result.certificate_subject:
        own = result.certificate_subject == _own_subject(data_dir)
    return Verdict(target, result, own, explain(result.status, own), data)
