"""Telephone numbers as people in Bayannur write them.

Mobile numbers have 11 digits starting 13–19 (``138 1234 5678``, ``+86 13812345678``).
Fixed lines have an area code (010 or 02x, else 0 and 3 digits; Bayannur is 0478), then a 7–8 digit local
number, maybe an extension: ``0478-8123456``, ``(0478)8123456``, ``0478-8123456转123``.
Full-width digits and punctuation typed with a Chinese input method are accepted.
"""

from __future__ import annotations

import re
import unicodedata

from db.i18n import Label, tr
from db.validation.report import Severity

BAYANNUR_AREA_CODE = "0478"

_SPACES_DASHES = re.compile(r"[\s\-‐‑‒–—―]+")
# Area codes: 010 and 02x have three digits, all others (03xx–09xx) four; so a number written
# without a dash still splits one way only.
_AREA = r"0(?:10|2\d|[3-9]\d{2})"
_MOBILE = re.compile(r"^(?:\+?86|0086)?(1[3-9]\d{9})$")
_LANDLINE = re.compile(
    rf"^(?:\(({_AREA})\)-?|({_AREA})-?)"  # area code, in brackets or followed by an optional dash
    r"([2-9]\d{6,7})"  # local number
    r"(?:(?:-|转|ext\.?|x|分机)(\d{1,6}))?$",  # extension
    re.IGNORECASE,
)
_LOCAL_ONLY = re.compile(r"^([2-9]\d{6,7})(?:(?:-|转|ext\.?|x|分机)\d{1,6})?$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[/,;、，；]|\s{2,}")


def _unify(text: str) -> str:
    """Full-width characters as half-width, surrounding space removed."""
    return unicodedata.normalize("NFKC", text or "").strip()


def _compact(text: str) -> str:
    """Without spaces (any dash kept as one ASCII dash)."""
    unified = _unify(text)
    unified = re.sub(r"[‐‑‒–—―]", "-", unified)
    unified = re.sub(r"\s+", "", unified)
    return re.sub(r"-{2,}", "-", unified)


def _mobile_digits(text: str) -> str | None:
    match = _MOBILE.match(_SPACES_DASHES.sub("", _unify(text)))
    return match.group(1) if match else None


def is_mobile(text: str) -> bool:
    """A mainland mobile number (11 digits 1[3-9]…, optional +86 / 86 prefix, spaces or dashes)."""
    return _mobile_digits(text) is not None


def _landline_parts(text: str) -> tuple[str, str, str | None] | None:
    compact = _compact(text)
    # A space between area code and number is fine ("0478 8123456"); _compact removed it.
    match = _LANDLINE.match(compact)
    if match is None:
        return None
    area = match.group(1) or match.group(2)
    return area, match.group(3), match.group(4)


def is_landline(text: str) -> bool:
    """A fixed-line number with its area code, optionally with an extension."""
    return _landline_parts(text) is not None


def normalize_phone(text: str) -> str:
    """A phone number in one canonical form.

    Mobiles become their 11 digits (``13812345678``); fixed lines ``0478-8123456`` (with
    ``-123`` for an extension). Anything else is returned trimmed, full-width characters made
    half-width, so that nothing the clerk typed is lost.
    """
    mobile = _mobile_digits(text)
    if mobile is not None:
        return mobile
    parts = _landline_parts(text)
    if parts is not None:
        area, local, extension = parts
        return f"{area}-{local}" + (f"-{extension}" if extension else "")
    return _unify(text)


def split_phones(text: str) -> list[str]:
    """The numbers in a field that holds several (``13812345678/0478-8123456``)."""
    return [part.strip() for part in _SEPARATORS.split(_unify(text)) if part.strip()]


def _check_one(number: str, label: str) -> tuple[Severity, str, str] | None:
    if is_mobile(number) or is_landline(number):
        return None
    compact = _compact(number)
    local = _LOCAL_ONLY.match(compact)
    if local is not None:
        return (
            Severity.WARNING,
            "phone.no_area_code",
            tr(
                "{label}“{number}”没有区号，请加上区号，如 {example}",
                label=Label(label),
                number=number,
                example=f"{BAYANNUR_AREA_CODE}-{local.group(1)}",
            ),
        )
    digits = re.sub(r"\D", "", compact)
    if re.sub(r"[\d\-+()]", "", compact):
        return (
            Severity.ERROR,
            "phone.invalid",
            tr(
                "{label}“{number}”里有不是数字的字符，请只填写号码，如 13812345678 或 0478-8123456",
                label=Label(label),
                number=number,
            ),
        )
    if digits.startswith("86") and len(digits) > 11:
        digits = digits[2:]
    if digits.startswith("1"):
        if len(digits) != 11:
            return (
                Severity.ERROR,
                "phone.mobile_length",
                tr(
                    "{label}“{number}”是 {digits} 位，手机号应为 11 位，请核对",
                    label=Label(label),
                    number=number,
                    digits=len(digits),
                ),
            )
        return (
            Severity.ERROR,
            "phone.mobile_prefix",
            tr("{label}“{number}”不是有效的手机号（第二位应为 3 至 9），请核对", label=Label(label), number=number),
        )
    return (
        Severity.ERROR,
        "phone.invalid",
        tr(
            "{label}“{number}”格式不对：手机号应为 11 位，固定电话请写成 {area}-8123456 的样式",
            label=Label(label),
            number=number,
            area=BAYANNUR_AREA_CODE,
        ),
    )


def check_phone(text: str, label: str = Label("电话号码")) -> tuple[Severity, str, str] | None:
    """None when the field is empty or holds valid numbers; else (severity, code, message).

    Several numbers may be separated by ``/``, ``、``, ``,`` or ``;``; the first problem found is
    returned. A 7–8 digit local number without area code is a warning; anything else invalid
    is an error. ``label`` names the field in the message.
    """
    if not text or not text.strip():
        return None
    found: tuple[Severity, str, str] | None = None
    for number in split_phones(text):
        problem = _check_one(number, label)
        if problem is None:
            continue
        if problem[0] is Severity.ERROR:
            return problem
        found = found or problem
    return found
