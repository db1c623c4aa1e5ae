"""Streets, at the street: the city's roster, and importing the street's copy of an office's bundle.

The city tells the street which offices report through it and which certificates are revoked in a
signed roster (:func:`make_roster`, ``shequ city roster``), which the street keeps
(:func:`install_roster`, ``street/roster.json``). :func:`import_street_copy` opens the street's copy
(:func:`open_street_copy`: the city's checks against the city root) and applies it as the city
applies its own (``docs/bundle-format.md`` › Streets).
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from db import jsonlimits
from db.errors import ShequError
from db.exchange.pki import (
    CERTIFICATE_SIGNATURE_ALG,
    MAX_FILE_BYTES,
    OFFICE_CODE,
    CityAuthority,
    _iso,
    _issued_by,
)
from db.exchange.street import StreetFilesDamaged, StreetInstallation, StreetNotRegistered, street
from db.exchange.street_review import keep_imported_files, kept_files_present
from db.fileio import write_atomic
from db.i18n import tr
from db.timeutil import utcnow

# --- at the street: opening its copy ------------------------------------------------------------------


class StreetNotCertified(ShequError):
    def __init__(self, folder: str) -> None:
        super().__init__(
            tr(
                "街道 {folder} 还没有安装市级颁发的街道证书，无法打开社区的交换文件，没有导入任何内容。"
                "请先运行 “shequ street install-certificate 证书文件”。",
                folder=folder,
            )
        )


class NotRoutedHere(ShequError):
    def __init__(self, office: str, via: str, here: str) -> None:
        super().__init__(
            tr(
                "社区 {office} 的这个交换文件不是经本街道（{here}）报送的（文件写明经“{via}”），没有导入任何内容。"
                "请确认文件没有拿错。",
                office=office,
                via=via or "—",
                here=here,
            )
        )


def open_street_copy(street: StreetInstallation, path: Path | str, passphrase: str) -> Any:
    """Open the street's copy of an office's bundle: the same checks as the city's reading
    (:func:`db.exchange.envelope.open_sealed`, streaming, the file's size judged by ``stat`` first)
    against the city's root, then the kind (office → city), a signer with an office code, and
    ``via`` naming this street. The :class:`~db.exchange.envelope.Opened` bundle (its payload is the
    city copy's). Routing and revocation as the city knows them are checked by :func:`import_street_copy`."""

    from db.exchange.budgets import MAX_BUNDLE_BYTES, file_too_large
    from db.exchange.data_errors import WrongBundleKind
    from db.exchange.envelope import KIND_OFFICE_TO_CITY, TrustPolicy, open_sealed

    city = street.city()
    if city is None or not street.certified():
        raise StreetNotCertified(str(street.data_dir))
    target = Path(path)
    try:
        size = os.stat(target).st_size
    except OSError as exc:
        from db.exchange.data_errors import BundleUnreadable

        raise BundleUnreadable(str(target), exc.strerror or str(exc)) from None
    if size > MAX_BUNDLE_BYTES:
        raise file_too_large(size, MAX_BUNDLE_BYTES)
    key, trust = street.key(passphrase), TrustPolicy(anchors=(city.ca_certificate,))
    opened = open_sealed(target, trust=trust, recipient_key=key, recipient_cert=street.certificate())
    kind = str(opened.header.get("kind", ""))
    if kind != KIND_OFFICE_TO_CITY or opened.office_code is None:
        raise WrongBundleKind(kind, "社区报送市级的")
    via = opened.header.get("via")
    if via != street.code:
        raise NotRoutedHere(opened.office_code, str(via or ""), street.code)
    return opened


# --- the city's roster for a street: which offices report through it, which certificates are revoked -----

ROSTER_FILENAME = "roster.json"  # in street/: the last roster the city gave
ROSTER_TYPE = "shequ-street-roster"
ROSTER_VERSION = 1
ROSTER_SIGNING_CONTEXT = b"shequ-street-roster\n"


def street_roster_filename(code: str) -> str:
    return f"{code}-street-roster.json"


def _roster_signing_input(body: dict[str, Any]) -> bytes:
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return ROSTER_SIGNING_CONTEXT + text.encode("utf-8")


def make_roster(authority: CityAuthority, street_code: str, passphrase: str) -> bytes:
    """The city's roster for ``street_code``, signed by its exchange key: the offices routed via the
    street and not revoked, with every serial of their certificates, and every revoked serial."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    chosen = street(authority, street_code)
    if chosen is None or chosen.revoked:
        raise StreetNotRegistered(street_code)
    key = authority.exchange_key(passphrase)
    offices = [item for item in authority.offices() if item.via == street_code and not item.revoked]
    body: dict[str, Any] = {
        "type": ROSTER_TYPE,
        "v": ROSTER_VERSION,
        "city": authority.name,
        "street": {"code": chosen.code, "name": chosen.name},
        "issued_at": _iso(utcnow()),
        "offices": [
            {
                "code": item.code,
                "name": item.name,
                "serials": [format(serial, "x") for serial in (*item.previous_serials, item.serial)],
            }
            for item in offices
        ],
        "revoked": sorted(format(serial, "x") for serial in authority.revoked_serials()),
    }
    signature = key.sign(_roster_signing_input(body), ec.ECDSA(hashes.SHA256()))
    document = {**body, "signature": {"alg": CERTIFICATE_SIGNATURE_ALG, "value": base64.b64encode(signature).decode()}}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Roster:
    """The city's roster as the street keeps it."""

    issued_at: datetime
    offices: dict[str, tuple[str, frozenset[int]]]  # code → (name, serials of its certificates)
    revoked: frozenset[int]


class BadRoster(ShequError):
    def __init__(self, source: str, detail: str) -> None:
        super().__init__(
            tr("街道名单文件 {source} 不能采用（{detail}），没有做任何修改。", source=source or "—", detail=detail)
        )


class RosterMissing(ShequError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "本街道还没有市级的社区名单，无法确认社区是否经本街道报送，没有导入任何内容。"
                "请向市委组织部索取街道名单文件（shequ city roster），用 “shequ street install-roster 文件” 安装。"
            )
        )


def read_roster(street_obj: StreetInstallation, data: bytes, source: str = "") -> Roster:
    """A roster file checked: the city's exchange signature (the city the street trusts), this street."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    city = street_obj.city()
    if city is None:
        raise StreetNotCertified(str(street_obj.data_dir))
    if len(data) > MAX_FILE_BYTES * 16:
        raise BadRoster(source, "文件太大")
    try:
        document = jsonlimits.loads(data.decode("utf-8"))
        signature = base64.b64decode(document["signature"]["value"], validate=True)
        body = {key: value for key, value in document.items() if key != "signature"}
        if document.get("type") != ROSTER_TYPE or document.get("v") != ROSTER_VERSION:
            raise BadRoster(source, "不是街道名单文件")
        public = city.exchange_certificate.public_key()
        assert isinstance(public, ec.EllipticCurvePublicKey)
        public.verify(signature, _roster_signing_input(body), ec.ECDSA(hashes.SHA256()))
    except BadRoster:
        raise
    except InvalidSignature:
        raise BadRoster(source, "市级签名不符，文件被改动过或来自别的市") from None
    except (UnicodeError, ValueError, KeyError, TypeError, AttributeError, AssertionError):
        raise BadRoster(source, "文件已损坏") from None
    if not _issued_by(city.exchange_certificate, city.ca_certificate):
        raise BadRoster(source, "市级交换证书无效")
    street_info = body.get("street")
    if not isinstance(street_info, dict) or street_info.get("code") != street_obj.code:
        raise BadRoster(source, "名单不是给本街道的")
    try:
        issued_at = datetime.fromisoformat(str(body["issued_at"]))
        offices = {
            str(item["code"]): (str(item["name"]), frozenset(int(serial, 16) for serial in item["serials"]))
            for item in body["offices"]
        }
        revoked = frozenset(int(serial, 16) for serial in body["revoked"])
    except (KeyError, TypeError, ValueError):
        raise BadRoster(source, "文件已损坏") from None
    return Roster(issued_at, offices, revoked)


def install_roster(street_obj: StreetInstallation, data: bytes, source: str = "") -> Roster:
    """Keep the city's roster (``street/roster.json``); an older one than the installed one is refused."""
    roster = read_roster(street_obj, data, source)
    current = installed_roster(street_obj)
    if current is not None and current.issued_at > roster.issued_at:
        raise BadRoster(source, "比已安装的名单旧")
    write_atomic(street_obj.folder / ROSTER_FILENAME, data)
    return roster


def installed_roster(street_obj: StreetInstallation) -> Roster | None:
    path = street_obj.folder / ROSTER_FILENAME
    if not path.is_file():
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StreetFilesDamaged(str(path), exc.strerror or str(exc)) from None
    return read_roster(street_obj, data, str(path))


# --- at the street: importing an office's bundle ------------------------------------------------------


class CityCopyMissing(ShequError):
    def __init__(self, name: str) -> None:
        super().__init__(
            tr(
                "没有找到与街道副本放在一起的市级副本 {name}，没有导入任何内容。"
                "社区导出时会写出两个文件，请把两个文件放在同一个文件夹中再导入。",
                name=name,
            )
        )


class OfficeNotInRoster(ShequError):
    def __init__(self, office: str) -> None:
        super().__init__(
            tr(
                "按市级的街道名单，社区 {office} 不经本街道报送（或其证书已吊销），没有导入任何内容。"
                "如市级刚改过报送路径，请安装市级新的街道名单后再导入。",
                office=office,
            )
        )


def import_street_copy(
    store: Any, street_obj: StreetInstallation, path: Path | str, passphrase: str, *, allow_gap: bool = False
) -> Any:
    """Import the street's copy of an office's bundle into the street's database.

    Opened as :func:`open_street_copy` does; the office must be on the city's roster for this street
    with the signing certificate among its serials and not revoked. The chain is the city's: the
    bundle is recorded under the SHA-256 of the city's copy (``<office>-<seq>.shequ`` beside it, whose
    header must be the same), which is what the office's next bundle names as ``prev``, so the same
    rules hold (:func:`db.exchange.apply.apply_payload`: idempotent, ``SeqReused``, ``ChainBroken``,
    ``BundleMissing`` / ``allow_gap``) and the city's withheld fields are blanked as at the city.
    Returns the :class:`~db.exchange.apply.ApplyResult`."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from db.exchange.apply import ApplyResult, apply_payload
    from db.exchange.envelope import _application_fields
    from db.exchange.errors import CertificateRevoked
    from db.exchange.payload import check_payload
    from db.exchange.rawdb import exchange_connection
    from db.exchange.return_check import bundle_pdfs, check_bundle_returns

    roster = installed_roster(street_obj)
    if roster is None:
        raise RosterMissing()
    target = Path(path)
    city_copy, city_header, sha = _city_copy(target)
    seq = city_header.get("seq")
    with exchange_connection(store) as conn:
        known = conn.execute("SELECT 1 FROM bundle_received WHERE file_sha256 = ?", (sha,)).fetchone()
    sender = str(city_header.get("from", ""))
    if known and isinstance(seq, int) and kept_files_present(street_obj, sender, seq):
        return ApplyResult(sender, seq, str(city_header.get("kind", "")), sha, already_imported=True)
    opened = open_street_copy(street_obj, target, passphrase)
    if _application_fields(city_header) != opened.header:
        raise CityCopyMissing(city_copy.name)
    office = str(opened.office_code)
    entry = roster.offices.get(office)
    serial = opened.signer.serial_number
    if serial in roster.revoked:
        raise CertificateRevoked(f"社区 {office} ")
    if entry is None or serial not in entry[1]:
        raise OfficeNotInRoster(office)
    check_payload(opened.payload)
    city = street_obj.city()
    assert city is not None  # open_street_copy checked it
    findings = check_bundle_returns(
        bundle_pdfs(opened.payload), office, trust=[city.ca_certificate.public_bytes(Encoding.DER)]
    )
    result = apply_payload(
        store,
        opened.payload,
        header=opened.header,
        signer_office=office,
        bundle_sha256=sha,
        allow_gap=allow_gap,
        file_name=target.name,
        signer_serial=format(serial, "x"),
        findings=findings,
    )
    # After the commit: kept for forwarding to the city and for the street's receipts to the office.
    # A crash before these writes is mended by importing the same file again (it applies nothing twice).
    keep_imported_files(street_obj, office, int(opened.header["seq"]), city_copy, sha, opened.signer)
    return result


def _city_copy(street_copy: Path) -> tuple[Path, dict[str, Any], str]:
    """The city's copy beside ``street_copy`` (named from the street copy's unauthenticated header, its
    own header checked against the authenticated one later): its path, header and SHA-256 (read in steps)."""
    import hashlib

    from db.exchange.budgets import MAX_BUNDLE_BYTES, READ_STEP
    from db.exchange.envelope import MAX_HEADER_BYTES, peek_header

    try:
        with street_copy.open("rb") as handle:
            header = peek_header(handle.read(MAX_HEADER_BYTES + 1))
    except OSError as exc:
        from db.exchange.data_errors import BundleUnreadable

        raise BundleUnreadable(str(street_copy), exc.strerror or str(exc)) from None
    office, seq = header.get("from"), header.get("seq")
    if not (isinstance(office, str) and OFFICE_CODE.fullmatch(office) and type(seq) is int and seq > 0):
        from db.exchange.errors import BundleDamaged

        raise BundleDamaged("文件头不完整", "社区")
    city_copy = street_copy.with_name(f"{office}-{seq:04d}.shequ")
    digest = hashlib.sha256()
    try:
        with city_copy.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_BUNDLE_BYTES:
                raise CityCopyMissing(city_copy.name)
            first = handle.read(MAX_HEADER_BYTES + 1)
            digest.update(first)
            while piece := handle.read(READ_STEP):
                digest.update(piece)
        city_header = peek_header(first)
    except (OSError, ShequError):
        raise CityCopyMissing(city_copy.name) from None
    return city_copy, city_header, digest.hexdigest()
