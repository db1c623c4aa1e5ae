"""Street → office: the street's receipt (街道回执) to one office it reviews for.

An office the city routed via a street (:mod:`db.exchange.street_route`) sends its returns to the
street first; the street reviews them (:mod:`db.exchange.street_review`) and tells the office in a
receipt of its own, as the city does in its acknowledgement (:mod:`db.exchange.acks`):

* :func:`export_street_ack` (at the street): kind ``street-to-office``, from the street's code to the
  office's, numbered per office (``bundle_sent`` purpose :data:`PURPOSE_STREET_ACK`, its own
  ``seq``/``prev``), signed by the street's key (chain: the street's certificate and the city root),
  encrypted to the office's certificate the street kept when it imported the office's bundle
  (:func:`db.exchange.street_review.office_certificate`), written atomically as
  ``<office code>-street-ack-<seq>.shequ``. It is cumulative — every bundle of the office the street
  imported (``receipts``: sha256s), the street's decision on each of the office's returns
  (``decisions``: 通过 / 退回 / 有问题 with the reason, who and when, level 街道; undecided ones as
  待街道审核) and the street's comments on them (``comments``, level 街道) — and read under the
  acknowledgement's limits (:mod:`db.exchange.budgets`).
* :func:`import_street_ack` (at the office; :func:`db.exchange.bundle.import_ack` dispatches the kind
  to it): the signer must be the street of the office's installed route — the certificate in
  ``keys/street-cert.pem`` itself, with the street's mark, chained to the installed city root — else
  the receipt is refused in one line (also when the office reports straight to the city). The same
  file twice changes nothing; a receipt older (lower ``seq``) than one already imported from the
  street changes nothing either. Otherwise, in one transaction: the ``street_*`` columns of the
  office's ``return_receipt`` (a later street decision wins; the city's decision fields are never
  touched), the street's comments (same ids, always level 街道), and the returns' states — a street
  退回 / 有问题 moves the return to RETURNED / PROBLEM (its period reopens for a correction, as for the
  city's), a street 通过 leaves it waiting for the city (SENT). Once the city has decided, the city's
  decision stands whatever the street's receipt says.

The street's receipt never marks a bundle as acknowledged by the city (the office's next bundle for
the city still holds what the city has not confirmed).
"""

from __future__ import annotations

import contextlib
import json
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from db import jsonlimits
from db.audit import system_actor
from db.changes import Changes
from db.enums import ReturnState
from db.errors import ShequError
from db.exchange import budgets
from db.exchange.acks import AckResult, BuiltAck
from db.exchange.comments import ack_comments, store_ack_comments
from db.exchange.data_errors import NotThisOffice, PayloadDamaged, PayloadTooNew, WrongBundleKind
from db.exchange.envelope import KIND_OFFICE_TO_CITY, KIND_STREET_TO_OFFICE
from db.exchange.ledger import db_time
from db.exchange.payload import PURPOSE_CITY, inflate, office_code_of
from db.exchange.rawdb import Db, exchange_connection, rollback
from db.i18n import Joined, tr
from db.models import ReturnSnapshot
from db.timeutil import utcnow

if TYPE_CHECKING:
    from db.exchange.street import StreetInstallation
    from db.returns.sign import KeyStore

__all__ = [
    "KIND_STREET_TO_OFFICE",
    "PURPOSE_STREET_ACK",
    "STREET_ACK_FORMAT",
    "StreetAckResult",
    "export_street_ack",
    "import_street_ack",
    "street_ack_filename",
]

STREET_ACK_FORMAT = "shequ-street-ack"
STREET_ACK_VERSION = 1
PURPOSE_STREET_ACK = "street-ack"  # bundle_sent at the street: its receipts, numbered per office
STREET_ACK_REASON = "街道回执"
STREET_LEVEL = "街道"  # = db.exchange.street_review.STREET_LEVEL (the street's decisions and comments)
DECISIONS = (ReturnState.RECEIVED.value, ReturnState.RETURNED.value, ReturnState.PROBLEM.value)
_SENT_BACK = (ReturnState.RETURNED.value, ReturnState.PROBLEM.value)


def street_ack_filename(office_code: str, seq: int) -> str:
    """``<office code>-street-ack-<seq>.shequ``: the street's receipt number ``seq`` to an office."""
    return f"{office_code}-street-ack-{seq:04d}.shequ"


# --- refusals ----------------------------------------------------------------------------------


class StreetAckRefused(ShequError):
    """A street's receipt the office does not take (nothing written)."""


def _not_routed() -> StreetAckRefused:
    return StreetAckRefused(
        tr(
            "按市级的安排，本社区直接向市级报送，不经过街道，不能导入街道的回执，没有做任何修改。"
            "如市级已改为经街道报送，请先导入市级新的回执。"
        )
    )


def _other_street(sender: str, name: str, code: str) -> StreetAckRefused:
    return StreetAckRefused(
        tr(
            "这是街道 {sender} 的回执，而本社区按市级的安排经{name}（{code}）报送，没有导入任何内容。"
            "请确认文件没有拿错。",
            sender=sender or "—",
            name=name,
            code=code,
        )
    )


def _other_certificate(code: str) -> StreetAckRefused:
    return StreetAckRefused(
        tr(
            "回执的签名证书不是市级回执中登记的街道 {code} 的证书，没有导入任何内容。"
            "如街道刚换了证书，请先导入市级新的回执。",
            code=code,
        )
    )


class OfficeCertificateUnknown(ShequError):
    def __init__(self, office_code: str) -> None:
        super().__init__(
            tr(
                "本街道还没有导入过社区 {office} 的数据包，不知道它的证书，无法给它写回执，没有写出任何文件。"
                "请先导入该社区经本街道报送的数据包。",
                office=office_code,
            )
        )


class OfficeCertificateRevoked(ShequError):
    def __init__(self, office_code: str) -> None:
        super().__init__(
            tr(
                "按市级的街道名单，社区 {office} 的证书已吊销，不能给它写回执，没有写出任何文件。",
                office=office_code,
            )
        )


# --- at the street -----------------------------------------------------------------------------


def build_street_ack_payload(store: Any, street_code: str, office_code: str) -> BuiltAck:
    """The street's receipt for ``office_code``: compressed JSON (see the module docstring). Refused
    (:class:`~db.exchange.budgets.OverBudget`) when it would not fit the limits the office reads it under."""
    with exchange_connection(store) as conn:
        conn.begin()
        try:
            receipts = [
                {"chain_id": r[0], "seq": r[1], "sha256": r[2], "imported_at": r[3]}
                for r in conn.execute(
                    "SELECT chain_id, seq, file_sha256, imported_at FROM bundle_received"
                    " WHERE kind = ? AND sender = ? ORDER BY imported_at, id",
                    (KIND_OFFICE_TO_CITY, office_code),
                )
            ]
            decisions = [
                {
                    "return_id": r[0],
                    "period_code": r[1],
                    "return_version": r[2],
                    "arrived_at": r[3],
                    "status": r[4] if r[4] in DECISIONS else "",  # "" 待街道审核
                    "reason": r[5],
                    "decided_at": r[6],
                    "decided_by": r[7],
                    "level": STREET_LEVEL,
                }
                for r in conn.execute(
                    "SELECT return_id, period_code, return_version, arrived_at, street_status, street_reason,"
                    " street_decided_at, street_decided_by FROM return_receipt WHERE office_code = ?"
                    " ORDER BY arrived_at, period_code, return_version, id",
                    (office_code,),
                )
            ]
            comments = [
                item
                for item in ack_comments(conn, office_code, [str(item["return_id"]) for item in decisions])
                if item.get("level") == STREET_LEVEL
            ]
        finally:
            rollback(conn)
    for rows in (receipts, decisions):
        if len(rows) > budgets.MAX_ACK_ROWS:
            raise budgets.too_many_rows(len(rows), budgets.MAX_ACK_ROWS)
    if len(comments) > budgets.MAX_ACK_COMMENTS:
        raise budgets.too_many_rows(len(comments), budgets.MAX_ACK_COMMENTS)
    document = {
        "format": STREET_ACK_FORMAT,
        "v": STREET_ACK_VERSION,
        "street_code": street_code,
        "office_code": office_code,
        "created_at": db_time(utcnow()),
        "receipts": receipts,
        "decisions": decisions,
        "comments": comments,
    }
    data = zlib.compress(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    if len(data) > budgets.MAX_ACK_BYTES // 2:  # sealing adds a third (base64) and a little
        raise budgets.file_too_large(len(data), budgets.MAX_ACK_BYTES // 2)
    counts = {
        "receipts": len(receipts),
        "decisions": sum(1 for item in decisions if item["status"]),
        "pending": sum(1 for item in decisions if not item["status"]),
        "comments": len(comments),
    }
    return BuiltAck(data, counts)


def _write(path: Path, data: bytes) -> None:
    from db.exchange.data_errors import ExportFailed
    from db.fileio import DiskFull, write_atomic

    try:
        write_atomic(path, data)
    except DiskFull:
        raise  # said as such, naming the stick's folder
    except OSError as exc:
        raise ExportFailed(str(path), exc.strerror or str(exc)) from None


def _settle(store: Any, street_code: str, office_code: str, folder: Path) -> None:
    """A receipt an interrupted export noted and did not record: recorded when its file is found whole
    (where it went, or in ``folder``), else its number is never given again."""
    from db.exchange.envelope import bundle_hash
    from db.exchange.ledger import clear_pending, pending_bundle, raise_floor, record_sent

    with exchange_connection(store) as conn:
        pending = pending_bundle(conn, PURPOSE_STREET_ACK, office_code)
    if pending is None:
        return
    whole = False
    for place in dict.fromkeys([Path(pending.folder), folder]):
        try:
            whole = bundle_hash((place / pending.file_name).read_bytes()) == pending.file_sha256
        except OSError:
            continue
        if whole:
            break
    with store.transaction(system_actor(street_code, reason=STREET_ACK_REASON)) as session:
        conn = Db(session.connection(), owns_transactions=False)
        if whole:
            record_sent(
                conn, purpose=PURPOSE_STREET_ACK, recipient=office_code, chain=pending.chain, seq=pending.seq,
                file_name=pending.file_name, file_sha256=pending.file_sha256, prev_sha256=pending.prev_sha256,
                since_watermark=None, watermark=0, counts=pending.counts,
            )  # fmt: skip
        else:
            raise_floor(conn, PURPOSE_STREET_ACK, office_code, pending.seq)
        clear_pending(conn, PURPOSE_STREET_ACK, office_code)


def export_street_ack(
    store: Any, street: StreetInstallation, passphrase: str, office_code: str, out_dir: Path | str
) -> Path:
    """Write the street's next receipt for ``office_code`` into ``out_dir`` (see the module docstring);
    its path. Refused, nothing written, for a wrong passphrase, an office whose bundle the street never
    imported (:class:`OfficeCertificateUnknown`) or whose certificate the city's roster says is revoked.

    Numbered as every exchange file is (:mod:`db.exchange.ledger`): noted before the file is written,
    recorded after; a receipt a killed export left is settled by the next one, a number never reused."""
    from db.exchange.data_errors import ExportFailed
    from db.exchange.envelope import bundle_hash, seal_for_recipient
    from db.exchange.ledger import (
        PendingBundle,
        clear_pending,
        current_chain,
        new_chain,
        next_seq,
        note_pending,
        previous_hash,
        record_sent,
    )
    from db.exchange.street_import import StreetNotCertified, installed_roster
    from db.exchange.street_review import office_certificate
    from db.returns.sign import SigningIdentity

    office_code = office_code.strip()
    city = street.city()
    if city is None or not street.certified():
        raise StreetNotCertified(str(street.data_dir))
    recipient = office_certificate(street, office_code)
    if recipient is None:
        raise OfficeCertificateUnknown(office_code)
    roster = installed_roster(street)
    if roster is not None and recipient.serial_number in roster.revoked:
        raise OfficeCertificateRevoked(office_code)
    identity = SigningIdentity(street.key(passphrase), street.certificate(), [city.ca_certificate])
    street_code = street.code
    folder = Path(out_dir)
    if not folder.is_dir():
        raise ExportFailed(str(folder), "文件夹不存在")
    _settle(store, street_code, office_code, folder)
    built = build_street_ack_payload(store, street_code, office_code)
    with exchange_connection(store) as conn:
        seq = next_seq(conn, PURPOSE_STREET_ACK, office_code)
        prev = previous_hash(conn, PURPOSE_STREET_ACK, office_code)
        chain = current_chain(conn, PURPOSE_STREET_ACK, office_code) or new_chain(seq)
    header = {"kind": KIND_STREET_TO_OFFICE, "from": street_code, "to": office_code, "seq": seq, "prev": prev}
    sealed = seal_for_recipient(built.data, header, identity, recipient)
    sha = bundle_hash(sealed)
    path = folder / street_ack_filename(office_code, seq)
    pending = PendingBundle(
        PURPOSE_STREET_ACK, office_code, chain, seq, str(folder.absolute()), path.name, sha, prev, None, 0, built.counts
    )
    actor = system_actor(street_code, reason=STREET_ACK_REASON)
    with store.transaction(actor) as session:  # noted before the file: a kill after it never reuses seq
        note_pending(Db(session.connection(), owns_transactions=False), pending)
    try:
        _write(path, sealed)
        with store.transaction(actor) as session:
            conn = Db(session.connection(), owns_transactions=False)
            record_sent(
                conn, purpose=PURPOSE_STREET_ACK, recipient=office_code, chain=chain, seq=seq, file_name=path.name,
                file_sha256=sha, prev_sha256=prev, since_watermark=None, watermark=0, counts=built.counts,
            )  # fmt: skip
            clear_pending(conn, PURPOSE_STREET_ACK, office_code)
    except BaseException:
        path.unlink(missing_ok=True)  # not recorded: the office must not import it either
        with contextlib.suppress(Exception), store.transaction(actor) as session:
            clear_pending(Db(session.connection(), owns_transactions=False), PURPOSE_STREET_ACK, office_code)
        raise
    return path


# --- at the office -----------------------------------------------------------------------------


@dataclass
class StreetAckResult(AckResult):
    """What importing a street's receipt did (an :class:`~db.exchange.acks.AckResult`, so the screens and
    the command line take either): ``returned`` / ``problems`` are the street's 退回 / 有问题, ``passed``
    its 通过 (waiting for the city), ``pending`` 待街道审核; ``received`` stays empty (only the city locks)."""

    street_code: str = ""
    street_name: str = ""
    passed: list[tuple[str, int]] = field(default_factory=list)  # (period, version): 街道通过, on to the city
    bundles_at_street: int = 0  # this office's bundles for the city the street says it imported
    older_than: int = 0  # a newer receipt of the street already imported (its seq): this one changed nothing

    @property
    def changes(self) -> Changes:
        if self.already_imported or self.older_than:
            return Changes()
        periods = {period for period, _ in self.passed} | {period for period, _, _ in self.returned}
        periods |= {period for period, _, _ in self.problems}
        return Changes(periods=frozenset(periods), returns=True, exchange=True)

    def message(self) -> str:
        from db.periods import parse_period

        if self.already_imported:
            return tr("街道第 {seq} 号回执以前已经导入过，这次没有任何改动。", seq=self.seq)
        if self.older_than:
            return tr(
                "街道第 {seq} 号回执比已经导入的第 {newer} 号旧，这次没有任何改动。",
                seq=self.seq,
                newer=self.older_than,
            )
        parts: list[str] = [
            tr(
                "已导入{name}第 {seq} 号回执：街道确认收到数据包 {count} 个",
                name=self.street_name or self.street_code,
                seq=self.seq,
                count=self.bundles_at_street,
            )
        ]
        for period, version in self.passed:
            parts.append(
                tr(
                    "{period}报表（第 {version} 版）街道审核通过，等待市级审核",
                    period=parse_period(period).label_text,
                    version=version,
                )
            )
        for period, version, reason in self.returned:
            parts.append(
                tr(
                    "{period}报表（第 {version} 版）被街道退回：{reason}",
                    period=parse_period(period).label_text,
                    version=version,
                    reason=_clause(reason),
                )
            )
        for period, version, reason in self.problems:
            parts.append(
                tr(
                    "{period}报表（第 {version} 版）街道审核认为有问题：{reason}",
                    period=parse_period(period).label_text,
                    version=version,
                    reason=_clause(reason),
                )
            )
        for period, version in self.pending:
            parts.append(
                tr(
                    "{period}报表（第 {version} 版）街道待审核",
                    period=parse_period(period).label_text,
                    version=version,
                )
            )
        if self.comments:
            parts.append(tr("街道审核意见 {count} 条（见数据交换页和相关的指标、记录）", count=self.comments))
        return tr("{clauses}。", clauses=Joined(parts, "；"))


def _clause(text: str) -> str:
    return text.rstrip().rstrip("。；;.!！，,").rstrip()


def read_street_ack_payload(data: bytes) -> dict[str, Any]:
    """The street's receipt in ``data``, within the acknowledgement's limits and checked for its shape
    (:class:`PayloadDamaged` when it is not one)."""
    text = inflate(data, budgets.MAX_ACK_PAYLOAD_BYTES)
    try:
        document = jsonlimits.loads(text)
    except jsonlimits.TooDeep as exc:
        raise budgets.too_deep(exc.text) from None
    except ValueError as exc:
        raise PayloadDamaged(type(exc).__name__) from exc
    del text
    if not isinstance(document, dict) or document.get("format") != STREET_ACK_FORMAT:
        raise PayloadDamaged("不是街道回执")
    version = document.get("v")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PayloadDamaged("缺少格式版本")
    if version > STREET_ACK_VERSION:
        raise PayloadTooNew(version)
    for name in ("receipts", "decisions", "comments"):
        if not isinstance(document.get(name), list):
            raise PayloadDamaged("回执内容不完整")
    for rows in (document["receipts"], document["decisions"]):
        if len(rows) > budgets.MAX_ACK_ROWS:
            raise budgets.too_many_rows(len(rows), budgets.MAX_ACK_ROWS)
    if len(document["comments"]) > budgets.MAX_ACK_COMMENTS:
        raise budgets.too_many_rows(len(document["comments"]), budgets.MAX_ACK_COMMENTS)
    return document


def _read(target: Path) -> tuple[Path, bytes]:
    """The file's bytes, its size judged (``stat``) before it is read, under the acknowledgement's limit."""
    import os

    from db.exchange.data_errors import BundleUnreadable

    limit = budgets.MAX_ACK_BYTES
    try:
        with target.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise budgets.file_too_large(size, limit)
            data = handle.read(limit + 1)
    except OSError as exc:
        raise BundleUnreadable(str(target), exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise budgets.file_too_large(len(data), limit)
    return target, data


def _opened(data: bytes, keys: KeyStore, passphrase: str, sender: str) -> tuple[Any, Any]:
    """The receipt opened at the office, and the installed route it was checked against: the signer
    is the route's street, by the very certificate the city's acknowledgement installed."""
    from db.exchange.envelope import TrustPolicy, open_sealed
    from db.exchange.errors import OfficePassphraseWrong
    from db.exchange.pki import installed_city
    from db.exchange.street_route import installed_route
    from db.returns.errors import WrongPassphrase

    route = installed_route(keys)
    if route is None or route.via_code is None or route.certificate is None:
        raise _not_routed()
    if sender != route.via_code:
        raise _other_street(sender, route.via_name, route.via_code)
    city = installed_city(keys)
    if city is None:
        raise _not_routed()
    try:
        identity = keys.load(passphrase)
    except WrongPassphrase:
        raise OfficePassphraseWrong() from None
    opened = open_sealed(
        data,
        trust=TrustPolicy(anchors=(city.ca_certificate,), expect_street=route.via_code),
        recipient_key=identity.key,
        recipient_cert=identity.certificate,
    )
    if opened.signer != route.certificate:
        raise _other_certificate(route.via_code)
    return opened, route


def import_street_ack(
    store: Any, path: Path | str, *, passphrase: str, keystore: KeyStore | None = None
) -> StreetAckResult:
    """Import a street's receipt at the office (``passphrase`` opens the office key, which decrypts it);
    see the module docstring."""
    from db.exchange.envelope import bundle_hash, peek_header
    from db.returns.sign import KeyStore

    target, data = _read(Path(path))
    header = peek_header(data)
    if header.get("kind") != KIND_STREET_TO_OFFICE:
        raise WrongBundleKind(str(header.get("kind", "")), "街道回执")
    sha = bundle_hash(data)
    seq = header.get("seq")
    sender = str(header.get("from", ""))
    with exchange_connection(store) as conn:
        already = conn.execute("SELECT 1 FROM bundle_received WHERE file_sha256 = ?", (sha,)).fetchone() is not None
    if already:
        return StreetAckResult(
            seq=int(seq) if isinstance(seq, int) else 0, bundle_sha256=sha, already_imported=True, street_code=sender
        )
    keys = keystore or KeyStore(Path(store.data_dir))
    opened, route = _opened(data, keys, passphrase, sender)
    return apply_street_ack(
        store,
        opened.payload,
        header=opened.header,
        bundle_sha256=sha,
        file_name=target.name,
        street_name=route.via_name,
        signer_serial=format(opened.signer.serial_number, "x"),
    )


def apply_street_ack(
    store: Any,
    payload_bytes: bytes,
    *,
    header: dict[str, Any],
    bundle_sha256: str,
    file_name: str = "",
    street_name: str = "",
    signer_serial: str = "",
) -> StreetAckResult:
    """Apply an opened street → office receipt at the office, in one transaction."""
    if header.get("kind") != KIND_STREET_TO_OFFICE:
        raise WrongBundleKind(str(header.get("kind", "")), "街道回执")
    seq = header.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool):
        raise PayloadDamaged("回执编号不对")
    street_code = str(header.get("from", ""))
    result = StreetAckResult(seq=seq, bundle_sha256=bundle_sha256, street_code=street_code, street_name=street_name)
    document = read_street_ack_payload(payload_bytes)
    with exchange_connection(store) as probe:
        here = office_code_of(probe) or ""
        if probe.execute("SELECT 1 FROM bundle_received WHERE file_sha256 = ?", (bundle_sha256,)).fetchone():
            result.already_imported = True
            return result
        newest = probe.execute(
            "SELECT max(seq) FROM bundle_received WHERE kind = ? AND sender = ?", (KIND_STREET_TO_OFFICE, street_code)
        ).fetchone()[0]
    target = str(document.get("office_code", ""))
    if target != here or str(header.get("to", "")) != here:
        raise NotThisOffice(target or str(header.get("to", "")), here)
    if str(document.get("street_code", "")) != street_code:
        raise PayloadDamaged("回执中的街道代码与签名者不符")
    if newest is not None and int(newest) > seq:
        result.older_than = int(newest)  # carried late: what a newer receipt said stands
        return result

    stamp = db_time(utcnow())
    with store.transaction(system_actor(here, reason=STREET_ACK_REASON)) as session:
        conn = Db(session.connection(), owns_transactions=False)
        hashes = {str(item.get("sha256", "")) for item in document["receipts"] if isinstance(item, dict)}
        sent = {
            str(row[0])
            for row in conn.execute("SELECT file_sha256 FROM bundle_sent WHERE purpose = ?", (PURPOSE_CITY,))
        }
        result.bundles_at_street = len(hashes & sent)

        listed: set[str] = set()
        changed: set[str] = set()
        for item in document["decisions"]:
            if not isinstance(item, dict) or not item.get("return_id"):
                continue
            return_id = str(item["return_id"])[:36]
            listed.add(return_id)
            if _store_decision(conn, here, street_code, item):
                changed.add(return_id)
        _move_returns(session, conn, here, listed, changed, result)

        comments = [{**item, "level": STREET_LEVEL} for item in document["comments"] if isinstance(item, dict)]
        result.comments = store_ack_comments(conn, here, comments)  # a street's comment is always 街道
        conn.execute(
            "INSERT INTO bundle_received (id, kind, sender, chain_id, seq, file_sha256, prev_sha256, file_name,"
            " signer_serial, imported_at, counts_json, gap_note, audit_rowid_first, audit_rowid_last)"
            " VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, '', NULL, NULL)",
            (
                str(uuid.uuid4()),
                KIND_STREET_TO_OFFICE,
                street_code,
                seq,
                bundle_sha256,
                header.get("prev"),
                file_name,
                signer_serial,
                stamp,
                json.dumps(
                    {
                        "at_street": result.bundles_at_street,
                        "passed": len(result.passed),
                        "returned": len(result.returned),
                        "problems": len(result.problems),
                        "pending": len(result.pending),
                        "comments": result.comments,
                    },
                    sort_keys=True,
                ),
            ),
        )
    return result


def _store_decision(conn: Db, here: str, street_code: str, item: dict[str, Any]) -> bool:
    """One return's standing at the street into the office's ``return_receipt`` (``street_*`` only; a
    later decision wins, 待街道审核 never replaces a decision); whether a new decision was stored."""
    status = str(item.get("status") or "")
    decided_by = str(item.get("decided_by") or "").strip()
    try:
        version = int(item.get("return_version") or 1)
    except (TypeError, ValueError):
        version = 1
    values = (str(uuid.uuid4()), str(item["return_id"])[:36], here, str(item.get("period_code") or "")[:8], version)
    if status not in DECISIONS or not decided_by:  # nobody decided (yet): 待街道审核
        conn.execute(
            "INSERT INTO return_receipt (id, return_id, office_code, period_code, return_version, arrived_at,"
            " bundle_seq, status, reason, decided_at, decided_by, decided_level, finding, street_code)"
            " VALUES (?, ?, ?, ?, ?, NULL, NULL, '', '', NULL, '', '', '', ?)"
            " ON CONFLICT(return_id) DO UPDATE SET street_code = excluded.street_code"
            " WHERE return_receipt.street_code = ''",
            (*values, street_code),
        )
        return False
    cursor = conn.execute(
        "INSERT INTO return_receipt (id, return_id, office_code, period_code, return_version, arrived_at,"
        " bundle_seq, status, reason, decided_at, decided_by, decided_level, finding, street_code, street_status,"
        " street_reason, street_decided_by, street_decided_at)"
        " VALUES (?, ?, ?, ?, ?, NULL, NULL, '', '', NULL, '', '', '', ?, ?, ?, ?, ?)"
        " ON CONFLICT(return_id) DO UPDATE SET street_code = excluded.street_code,"
        " street_status = excluded.street_status, street_reason = excluded.street_reason,"
        " street_decided_by = excluded.street_decided_by, street_decided_at = excluded.street_decided_at"
        " WHERE coalesce(excluded.street_decided_at, '') > coalesce(return_receipt.street_decided_at, '')",
        (*values, street_code, status, str(item.get("reason") or ""), decided_by, item.get("decided_at")),
    )
    return cursor.rowcount > 0


def _move_returns(
    session: Any, conn: Db, here: str, listed: set[str], changed: set[str], result: StreetAckResult
) -> None:
    """The returns the receipt lists, moved as the street's standing says (stamped and audited as any
    change): 退回 / 有问题 → RETURNED / PROBLEM, 通过 → SENT (on to the city); never once the city decided.
    ``result`` says the decisions new in this receipt (``changed``) and every return still 待街道审核."""
    if not listed:
        return
    standing = {
        str(r[0]): (str(r[1]), str(r[2]), str(r[3]))
        for r in conn.execute(
            "SELECT return_id, status, street_status, street_reason FROM return_receipt WHERE office_code = ?", (here,)
        )
        if r[0] in listed
    }
    snapshots = session.exec(
        select(ReturnSnapshot).where(
            col(ReturnSnapshot.id).in_(list(standing)), col(ReturnSnapshot.signed_at).is_not(None)
        )
    ).all()
    for snapshot in snapshots:
        city_status, street_status, reason = standing[snapshot.id]
        key = (snapshot.period_code, snapshot.return_version)
        if street_status not in DECISIONS:
            result.pending.append(key)
            continue
        if snapshot.id not in changed:
            pass
        elif street_status == ReturnState.RECEIVED.value:
            result.passed.append(key)
        elif street_status == ReturnState.PROBLEM.value:
            result.problems.append((*key, reason))
        else:
            result.returned.append((*key, reason))
        if city_status:  # the city decided: its decision is final, whatever the street said
            continue
        wanted = street_status if street_status in _SENT_BACK else ReturnState.SENT.value
        if snapshot.state not in (wanted, ReturnState.RECEIVED.value):
            snapshot.state = wanted
            session.add(snapshot)


def street_returned_reason(session: Any, snapshot: ReturnSnapshot) -> str | None:
    """The street's comment when it sent ``snapshot`` back (退回) or found a problem in it (有问题) and the
    city has not decided on it, else None (see :func:`db.exchange.acks.returned_reason` for the city's)."""
    from db.models import ReturnReceipt

    receipt = session.exec(select(ReturnReceipt).where(col(ReturnReceipt.return_id) == snapshot.id)).first()
    if receipt is None or receipt.status or receipt.street_status not in _SENT_BACK:
        return None
    return str(receipt.street_reason)
