"""What a return's QR code and its PDF's Keywords carry: ``SHEQU1|code|period|V1|sha256``.

Standard library only: :mod:`db.returns.verify` reads it without loading the return's layout
(reportlab) or the data layer (:mod:`db.returns.compose` re-exports both functions).
"""

from __future__ import annotations

PAYLOAD_PREFIX = "SHEQU1"


def qr_payload(office_code: str, period_code: str, version: int, figures_sha256: str) -> str:
    """What the QR code (and the PDF's Keywords) carry: ``SHEQU1|code|period|V1|sha256``."""
    return f"{PAYLOAD_PREFIX}|{office_code}|{period_code}|V{version}|{figures_sha256}"


def parse_payload(text: str) -> dict[str, str] | None:
    """The fields of a :func:`qr_payload` string, or None when it is not one."""
    parts = (text or "").strip().split("|")
    if len(parts) != 5 or parts[0] != PAYLOAD_PREFIX or not parts[3].startswith("V"):
        return None
    return {"office_code": parts[1], "period": parts[2], "version": parts[3][1:], "figures_sha256": parts[4]}
