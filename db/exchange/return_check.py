"""The city's check of the returns inside an office's bundle: each one is that office's.

An office's bundle is sealed with the office's certificate (:mod:`db.exchange.envelope`), but the
returns' PDFs inside it are signed separately. Before anything is applied, every PDF is checked with
:func:`db.returns.verify.verify_pdf`: the return must say it is the sending office's (its payload's
office code) and be signed by a certificate carrying that office code. One that is not refuses the
whole bundle (:class:`db.returns.errors.ReturnSignerMismatch`), the database unchanged — also when the
file is damaged but still names another office or signer. A damaged PDF naming nobody else is left to
the receipts' own rule (its digest against its snapshot: sent back when they differ).
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


def check_bundle_returns(pdfs: Mapping[str, bytes], sender: str, trust: Sequence[bytes] = ()) -> None:
    """Refuse (raise :class:`~db.returns.errors.ReturnSignerMismatch`) when a signed return among
    ``pdfs`` (snapshot id → PDF) is about another office than ``sender`` or signed by another's
    certificate."""
    from db.returns.errors import ReturnSignerMismatch
    from db.returns.verify import MISMATCH, UNTRUSTED, VALID, verify_pdf

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
        # otherwise damaged or unsigned, and nothing in it names another office: the receipt's own
        # rule (the PDF's digest against its snapshot) decides
