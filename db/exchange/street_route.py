"""Streets, at the office: the city's routing as its acknowledgement brings it, and the street's copy.

The city's acknowledgement carries the office's routing (``route``: straight to the city, or via a
street with the street's certificate), signed with the rest of it (:func:`route_document`). The office
checks it (:func:`checked_route`) and keeps it in ``keys/route.json`` and ``keys/street-cert.pem``
(:func:`install_route`); an older acknowledgement never brings an older routing back. An office
routed via a street writes the street's copy of each bundle beside the city's
(:func:`export_route`, :func:`street_copy_filename`; ``docs/bundle-format.md`` › Streets).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import jsonlimits
from db.errors import ShequError
from db.exchange.envelope import certificate_fingerprint, is_street_certificate
from db.exchange.pki import (
    CityAuthority,
    RegisteredOffice,
    _common_name,
    _is_ca,
    _iso,
    _issued_by,
    _load_pem_certificate,
    _pem,
    _usage,
    office_code_of_name,
)
from db.exchange.street import street
from db.fileio import write_atomic
from db.i18n import tr
from db.timeutil import utcnow

if TYPE_CHECKING:
    from cryptography import x509


# --- the routing, as it reaches the office ----------------------------------------------------------

ROUTE_FILENAME = "route.json"  # in the office's keys/: the city's routing as the last acknowledgement said
ROUTE_STREET_CERT_FILENAME = "street-cert.pem"  # in the office's keys/: the street's certificate, when routed via one


class RouteRefused(ShequError):
    """The routing in an acknowledgement cannot be taken (the acknowledgement's data is kept)."""

    def __init__(self, detail: str) -> None:
        super().__init__(tr("回执中的报送路径没有采用：{detail}", detail=detail))


def issued_street_certificate(authority: CityAuthority, entry: RegisteredOffice) -> x509.Certificate:
    """The street's current certificate (kept in the city's database)."""
    from db.exchange.pki import CityStateDamaged

    cert = authority.issued_certificate(entry.serial)
    if cert is None:
        raise CityStateDamaged(f"街道 {entry.code} 的证书 {entry.serial:x}", "没有找到")
    return cert


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
