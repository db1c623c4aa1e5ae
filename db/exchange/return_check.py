"""The city's check of the returns inside an office's bundle: each one is that office's, signed
with the key the city certified.

An office's bundle is sealed with the office's certificate (:mod:`db.exchange.envelope`), but the
returns' PDFs inside it are signed separately. Before anything is applied, every PDF is checked with
:func:`db.returns.verify.verify_pdf` against the city's root certificate:

* a return that says it is another office's (its payload's office code), or is signed by a
  certificate carrying another office code, refuses the whole bundle
  (:class:`db.returns.errors.ReturnSignerMismatch`), the database unchanged — also when the file is
  damaged but still names another office or signer;
* anything else wrong — the signature broken or missing, the file changed after signing, a
  certificate the city did not issue (the office's own temporary one, a forged one) — is a
  *finding*: :func:`check_bundle_returns` returns it (snapshot id → sentence), the import records
  it on the return's receipt and the reviewer sees it. A finding never decides: the return waits
  as 待审核 like any other (:func:`db.exchange.apply.apply_payload` adds the digest check of the PDF
  against its snapshot).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import deque
from collections.abc import Mapping, Sequence

from db.i18n import tr


def bundle_pdfs(payload_bytes: bytes) -> dict[str, bytes]:
    """The returns' PDFs of an opened payload (snapshot id → PDF), read without parsing its
    records: the head names the PDFs, which are the payload's last lines
    (:func:`db.exchange.payload.encode_document`). Empty when the payload cannot be read this way:
    :func:`db.exchange.apply.apply_payload` then refuses it as damaged."""
    from db.errors import ShequError
    from db.exchange.payload import _lines

    try:
        lines = _lines(payload_bytes)
        head = json.loads(next(lines))
        ids = head.get("pdfs") if isinstance(head, dict) else None
        if not isinstance(ids, list) or not ids:
            return {}
        last: deque[bytes] = deque(lines, maxlen=len(ids))
        if len(last) != len(ids):
            return {}
        return {
            str(key): base64.b64decode(json.loads(line), validate=True) for key, line in zip(ids, last, strict=True)
        }
    except (ShequError, StopIteration, UnicodeDecodeError, ValueError, TypeError, RecursionError, binascii.Error):
        return {}


def _period_text(code: str, fallback: str) -> str:
    """The period as people read it (``2026年上半年``), else the code as written, else ``fallback``."""
    from db.errors import ShequError
    from db.periods import parse_period

    try:
        return parse_period(code).label_text
    except (ShequError, ValueError):
        return code or fallback


def check_bundle_returns(pdfs: Mapping[str, bytes], sender: str, trust: Sequence[bytes] = ()) -> dict[str, str]:
    """Refuse (raise :class:`~db.returns.errors.ReturnSignerMismatch`) when a signed return among
    ``pdfs`` (snapshot id → PDF) is about another office than ``sender`` or signed by another's
    certificate; otherwise the findings for the reviewer (snapshot id → sentence) of the returns
    whose signature is not intact, not there, or not by a certificate chaining to ``trust`` (the
    city's root certificate, DER)."""
    from db.returns.errors import ReturnSignerMismatch
    from db.returns.verify import MISMATCH, TAMPERED, UNSIGNED, UNTRUSTED, VALID, verify_pdf

    findings: dict[str, str] = {}
    for snapshot_id in sorted(pdfs):
        check = verify_pdf(pdfs[snapshot_id], trust)
        period, version = _period_text(check.period, snapshot_id), check.version or "?"
        if check.status == MISMATCH:
            raise ReturnSignerMismatch(sender, period, version, check.reason)
        # what could be read is checked even when the file is damaged: a damaged return of another
        # office is still not the sender's to send
        sound = check.status in (VALID, UNTRUSTED)
        if (check.office_code or sound) and check.office_code != sender:
            reason = tr(
                "报表属于社区代码 {code}，不是报送数据包的社区",
                code=check.office_code or tr("（未注明）"),
            )
            raise ReturnSignerMismatch(sender, period, version, reason)
        if (check.signer_office_code or sound) and check.signer_office_code != sender:
            reason = tr(
                "签名证书属于社区代码 {code}，不是报送数据包的社区",
                code=check.signer_office_code or tr("（未注明）"),
            )
            raise ReturnSignerMismatch(sender, period, version, reason)
        if check.status == TAMPERED:
            findings[snapshot_id] = tr("签名无效：{reason}", reason=check.reason)
        elif check.status == UNSIGNED:
            findings[snapshot_id] = tr("没有有效的电子签名：{reason}", reason=check.reason)
        elif check.status == UNTRUSTED:
            findings[snapshot_id] = tr(
                "签名证书不是市级为该社区颁发的证书（{subject}）",
                subject=check.certificate_subject or tr("（未注明）"),
            )
    return findings
