"""The street's forward to the city (街道转报市级): its decisions, comments and countersigned PDFs.

The street writes (:func:`db.exchange.street_review.export_street_forward`) the offices' city copies
it kept, unchanged, plus one sealed file ``street-<street code>-city-<seq>.shequ`` of kind
:data:`KIND_STREET_TO_CITY`: signed by the street's key (its certificate and the city's root in
``x5c``), encrypted to the city's exchange certificate, numbered in its own chain (``seq`` / ``prev``,
``bundle_sent`` purpose :data:`PURPOSE_STREET`). Its payload (zlib-compressed JSON,
:func:`encode_forward`) is described in ``docs/bundle-format.md`` › Streets.

At the city :func:`import_street_forward` (dispatched by :func:`db.exchange.bundle.import_bundle`)
checks everything before it writes anything, then applies it in one transaction: the street's
decision columns (``street_*``, ``street_code``, ``countersigned_sha256``) of each return's receipt,
the countersigned PDF (in the database's ``stored_file``, named by its SHA-256:
:mod:`db.exchange.blobs`), and the street's comments (level 街道, same ids). The city's own decision
columns are never touched: the city still decides itself.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from db.changes import Changes
from db.errors import ShequError
from db.exchange.apply import ApplyResult
from db.exchange.envelope import KIND_STREET_TO_CITY
from db.i18n import tr

STREET_LEVEL = "街道"  # review_comment.level and the decided level of the street's review
PURPOSE_STREET = "street"  # bundle_sent.purpose of the street's forward files
RECIPIENT_CITY = "city"
FORWARD_TYPE = "shequ-street-forward"
FORWARD_VERSION = 1
DECISION_CODES = ("received", "returned", "problem")  # ReturnState codes a person may decide
COUNTERSIGNED_INFIX = ".street-"  # <office PDF stem>.street-<street code>.pdf, beside the office's PDF
MAX_NAME_CHARS = 100
_CODE = re.compile(r"\d{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_FORWARDED_FILE = re.compile(r"(\d{12})-(\d{4,})\.shequ")

__all__ = [
    "KIND_STREET_TO_CITY",
    "STREET_LEVEL",
    "ForwardRefused",
    "StreetForwardImported",
    "countersigned_path",
    "import_street_forward",
]


def forward_filename(street_code: str, seq: int) -> str:
    return f"street-{street_code}-city-{seq:04d}.shequ"


def countersigned_path(pdf_path: str, street_code: str) -> str:
    """Where the countersigned PDF is kept, relative to the data folder: beside the office's PDF
    (``returns/<office>/<name>.pdf`` → ``returns/<office>/<name>.street-<street code>.pdf``)."""
    path = PurePosixPath(pdf_path.replace("\\", "/"))
    return str(path.with_name(f"{path.stem}{COUNTERSIGNED_INFIX}{street_code}.pdf"))


def reviewed_pdf(data_dir: Path | str, snapshot: Any, receipt: Any | None, *, source: Any = None) -> bytes:
    """The PDF a reviewer above the street looks at: the street's countersigned copy when the receipt
    records one (``countersigned_sha256``, checked: :class:`StoredReturnDamaged` if it is missing
    or no longer matches), else the office's own signed PDF (:func:`db.returns.snapshot.snapshot_pdf`).

    ``source`` (the store): each is read from the database's ``stored_file`` first
    (:func:`db.exchange.blobs.get_file`), then from the file in ``data_dir`` (a city or street made
    before the files moved into the database)."""

    from db.returns.errors import StoredReturnDamaged
    from db.returns.snapshot import snapshot_pdf

    sha = str(getattr(receipt, "countersigned_sha256", "") or "")
    street_code = str(getattr(receipt, "street_code", "") or "")
    if not sha or not street_code:
        return snapshot_pdf(Path(data_dir), snapshot, source=source)
    if source is not None:
        from db.exchange.blobs import get_file

        stored = get_file(source, sha)
        if stored is not None:
            return stored
    relative = countersigned_path(snapshot.pdf_path, street_code)
    try:
        data = (Path(data_dir) / relative).read_bytes()
    except OSError as exc:
        raise StoredReturnDamaged(relative, exc.strerror or str(exc)) from exc
    if hashlib.sha256(data).hexdigest() != sha:
        raise StoredReturnDamaged(relative, "SHA-256")
    return data


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


# --- the payload --------------------------------------------------------------------------------


def encode_forward(document: dict[str, Any]) -> bytes:
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return zlib.compress(text.encode("utf-8"), 6)


@dataclass(frozen=True)
class ForwardDecision:
    return_id: str
    office_code: str
    period_code: str
    return_version: int
    status: str
    reason: str
    decided_by: str
    decided_at: datetime
    countersigned_sha256: str


@dataclass
class ForwardDocument:
    street_code: str
    street_name: str
    files: list[tuple[str, str]]  # (city copy's name, its SHA-256)
    decisions: list[ForwardDecision]
    comments: list[dict[str, Any]]
    pdfs: dict[str, bytes]  # return id → countersigned PDF


class ForwardRefused(ShequError):
    """The street's forward file cannot be taken: one line, nothing written."""

    def __init__(self, street: str, detail: str) -> None:
        super().__init__(
            tr(
                "街道 {street} 的转报文件没有导入（{detail}），数据库没有任何改动。",
                street=street or "—",
                detail=detail,
            )
        )


class ForwardReturnMissing(ShequError):
    def __init__(self, street: str, office: str, period: str) -> None:
        super().__init__(
            tr(
                "街道 {street} 的转报文件审核了社区 {office} {period}的报表，但市级还没有收到这份报表，"
                "没有导入任何内容。请先导入该社区的数据文件（街道转来的 {office}-编号.shequ），再导入街道的转报文件。",
                street=street,
                office=office,
                period=period,
            )
        )


def _damaged(street: str, what: str) -> ForwardRefused:
    return ForwardRefused(street, tr("文件内容不完整或已损坏：{what}", what=what))


def _text(item: dict[str, Any], key: str, street: str, limit: int, *, required: bool = True) -> str:
    value = item.get(key)
    if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
        raise _damaged(street, key)
    return value


def _moment(value: Any, street: str, what: str) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise _damaged(street, what) from None
    if moment.tzinfo is None:
        raise _damaged(street, what)
    return moment.astimezone(UTC)


def decode_forward(payload: bytes, street: str) -> ForwardDocument:
    """The forward's document, read within :mod:`db.exchange.budgets`' limits and checked for shape."""
    from db import jsonlimits
    from db.exchange import budgets
    from db.exchange.comments import MAX_COMMENT_CHARS
    from db.exchange.payload import inflate

    data = inflate(payload, budgets.MAX_FORWARD_PAYLOAD_BYTES)
    try:
        document = jsonlimits.loads(data.decode("utf-8"))
    except jsonlimits.TooDeep as exc:
        raise budgets.too_deep(exc.text) from None
    except (UnicodeDecodeError, ValueError):
        raise _damaged(street, "JSON") from None
    if not isinstance(document, dict) or document.get("type") != FORWARD_TYPE:
        raise _damaged(street, "type")
    if document.get("v") != FORWARD_VERSION:
        raise _damaged(street, "v")
    info = document.get("street")
    if not isinstance(info, dict):
        raise _damaged(street, "street")
    code, name = _text(info, "code", street, 12), _text(info, "name", street, MAX_NAME_CHARS)
    files_in, decisions_in = document.get("files"), document.get("decisions")
    comments_in, pdfs_in = document.get("comments"), document.get("pdfs")
    if not (isinstance(files_in, list) and isinstance(decisions_in, list) and isinstance(comments_in, list)):
        raise _damaged(street, "lists")
    if not isinstance(pdfs_in, dict):
        raise _damaged(street, "pdfs")
    for items in (files_in, decisions_in, comments_in, pdfs_in):
        if len(items) > budgets.MAX_FORWARD_ITEMS:
            raise budgets.too_many_rows(len(items), budgets.MAX_FORWARD_ITEMS)
    files: list[tuple[str, str]] = []
    for item in files_in:
        if not isinstance(item, dict):
            raise _damaged(street, "files")
        file_name, sha = _text(item, "name", street, 200), _text(item, "sha256", street, 64)
        if not _FORWARDED_FILE.fullmatch(file_name) or not _HEX64.fullmatch(sha):
            raise _damaged(street, "files")
        files.append((file_name, sha))
    decisions: list[ForwardDecision] = []
    for item in decisions_in:
        if not isinstance(item, dict):
            raise _damaged(street, "decisions")
        version = item.get("return_version")
        if type(version) is not int or version < 1:
            raise _damaged(street, "return_version")
        status = _text(item, "status", street, 20)
        if status not in DECISION_CODES:
            raise _damaged(street, "status")
        reason = _text(item, "reason", street, MAX_COMMENT_CHARS, required=False)
        if status != "received" and not reason.strip():
            raise _damaged(street, "reason")
        sha = _text(item, "countersigned_sha256", street, 64, required=False)
        if (status == "received") != bool(_HEX64.fullmatch(sha)):
            raise _damaged(street, "countersigned_sha256")
        office = _text(item, "office_code", street, 12)
        if not _CODE.fullmatch(office):
            raise _damaged(street, "office_code")
        decisions.append(
            ForwardDecision(
                return_id=_text(item, "return_id", street, 36),
                office_code=office,
                period_code=_text(item, "period_code", street, 8),
                return_version=version,
                status=status,
                reason=reason,
                decided_by=_text(item, "decided_by", street, MAX_NAME_CHARS),
                decided_at=_moment(item.get("decided_at"), street, "decided_at"),
                countersigned_sha256=sha,
            )
        )
    if len({item.return_id for item in decisions}) != len(decisions):
        raise _damaged(street, "decisions")
    comments: list[dict[str, Any]] = []
    for item in comments_in:
        if not isinstance(item, dict):
            raise _damaged(street, "comments")
        text = _text(item, "text", street, MAX_COMMENT_CHARS)
        figure = _text(item, "figure_key", street, 80, required=False)
        table = _text(item, "table_name", street, 40, required=False)
        record = _text(item, "record_id", street, 36, required=False)
        if bool(figure) == bool(table and record):
            raise _damaged(street, "comments")
        version = item.get("return_version")
        if type(version) is not int or version < 1:
            raise _damaged(street, "comments")
        office = _text(item, "office_code", street, 12)
        if not _CODE.fullmatch(office):
            raise _damaged(street, "comments")
        comments.append(
            {
                "id": _text(item, "id", street, 36),
                "return_id": _text(item, "return_id", street, 36),
                "office_code": office,
                "period_code": _text(item, "period_code", street, 8),
                "return_version": version,
                "figure_key": figure,
                "table_name": table,
                "record_id": record,
                "text": text,
                "written_by": _text(item, "written_by", street, MAX_NAME_CHARS),
                "written_at": _moment(item.get("written_at"), street, "written_at"),
                "level": STREET_LEVEL,
            }
        )
    pdfs: dict[str, bytes] = {}
    total = 0
    for return_id, encoded in pdfs_in.items():
        if not isinstance(encoded, str) or len(encoded) > 4 * -(-budgets.MAX_FORWARD_PDF_BYTES // 3):
            raise budgets.pdf_too_large(budgets.MAX_FORWARD_PDF_BYTES)
        try:
            pdf = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise _damaged(street, "pdfs") from None
        total += len(pdf)
        if total > budgets.MAX_FORWARD_PDF_TOTAL_BYTES:
            raise budgets.pdfs_too_large(budgets.MAX_FORWARD_PDF_TOTAL_BYTES)
        pdfs[str(return_id)] = pdf
    wanted = {item.return_id for item in decisions if item.status == "received"}
    if set(pdfs) != wanted:
        raise _damaged(street, "pdfs")
    return ForwardDocument(code, name, files, decisions, comments, pdfs)


# --- at the city -----------------------------------------------------------------------------------


@dataclass
class StreetForwardImported(ApplyResult):
    """What importing a street's forward did (an :class:`ApplyResult`, so the city's screens and
    command show it as any import): decisions taken, countersigned PDFs kept, comments added."""

    street_name: str = ""
    decisions: int = 0
    countersigned: int = 0
    comments_added: int = 0
    files_listed: list[str] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        if self.already_imported:
            return Changes()
        return Changes(returns=True, exchange=True)

    def counts(self) -> dict[str, Any]:
        return {"decisions": self.decisions, "countersigned": self.countersigned, "comments": self.comments_added}

    def message(self) -> str:
        who = tr("街道 {street} 的第 {seq} 号转报文件", street=self.street_name or self.sender, seq=self.seq)
        if self.already_imported:
            return str(tr("{who}以前已经导入过，这次没有任何改动。", who=who))
        return str(
            tr(
                "已导入{who}：街道审核意见 {decisions} 份（其中通过并会签 {countersigned} 份），"
                "街道意见 {comments} 条。街道的意见仅供参考，市级仍需逐份审核（请在“报送情况”中审核）。",
                who=who,
                decisions=self.decisions,
                countersigned=self.countersigned,
                comments=self.comments_added,
            )
        )


def _db_time(moment: datetime) -> str:
    from db.exchange.ledger import db_time

    return db_time(moment)


def _check_countersigned(
    street_code: str, original: bytes, countersigned: bytes, serials: set[int], ca_der: bytes, label: str
) -> None:
    """``countersigned`` is ``original`` plus exactly one signature, by that street's certificate (its
    mark, its code, one of its serials), valid against the city's root."""
    from cryptography import x509

    from db.exchange.envelope import is_street_certificate, office_code_of
    from db.returns.countersign import signatures_of, validate_signatures

    if not countersigned.startswith(original) or len(countersigned) == len(original):
        raise ForwardRefused(street_code, tr("{label}的会签 PDF 不是社区签署的原件加上街道的签名", label=label))
    try:
        before, after = signatures_of(original), signatures_of(countersigned)
    except ValueError:
        raise ForwardRefused(street_code, tr("{label}的会签 PDF 无法读取", label=label)) from None
    if len(after) != len(before) + 1 or after[-1].covered_until != len(countersigned):
        raise ForwardRefused(street_code, tr("{label}的会签 PDF 不是恰好多了一个签名", label=label))
    certificate = x509.load_der_x509_certificate(after[-1].certificate_der)
    if (
        not is_street_certificate(certificate)
        or office_code_of(certificate) != street_code
        or certificate.serial_number not in serials
    ):
        raise ForwardRefused(street_code, tr("{label}的会签不是本街道的证书签署的", label=label))
    answers = validate_signatures(countersigned, [ca_der])
    if len(answers) != len(after) or not answers[-1]:
        raise ForwardRefused(street_code, tr("{label}的街道签名无效或不是本市根证书颁发的证书", label=label))


def import_street_forward(
    store: Any, authority: Any, path: Path | str, passphrase: str | None, *, now: datetime | None = None
) -> StreetForwardImported:
    """Import a street's forward file at the city (see the module docstring); refused whole, nothing
    written, unless: the signer is the certificate of the street named by ``from`` (its mark, issued by
    the city's root, registered and not revoked); every decision's office is routed via that street and
    its return is already at the city; every countersigned PDF starts with the exact bytes of the
    office's PDF the city holds and adds exactly one signature, the street's, valid against the root.
    The same file again, or an older file already imported, changes nothing."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from db.exchange import budgets
    from db.exchange.comments import store_ack_comments
    from db.exchange.data_errors import BundleUnreadable, WrongBundleKind
    from db.exchange.envelope import TrustPolicy, open_sealed, peek_header
    from db.exchange.errors import NotACityInstallation, PassphraseNeeded
    from db.exchange.locks import review_lock
    from db.exchange.rawdb import exchange_connection, rollback
    from db.exchange.street import StreetNotRegistered, street
    from db.timeutil import utcnow

    target = Path(path)
    try:
        size = os.stat(target).st_size
        with target.open("rb") as handle:
            from db.exchange.envelope import MAX_HEADER_BYTES

            header = peek_header(handle.read(MAX_HEADER_BYTES + 1))
    except OSError as exc:
        raise BundleUnreadable(str(target), exc.strerror or str(exc)) from None
    if size > budgets.MAX_FORWARD_BYTES:
        raise budgets.file_too_large(size, budgets.MAX_FORWARD_BYTES)
    kind = str(header.get("kind", ""))
    if kind != KIND_STREET_TO_CITY:
        raise WrongBundleKind(kind, "街道转报市级的")
    code, seq = str(header.get("from", "")), header.get("seq")
    if not _CODE.fullmatch(code) or type(seq) is not int or seq < 1:
        raise ForwardRefused(code, tr("文件头不完整"))
    digest = hashlib.sha256()
    try:
        with target.open("rb") as handle:
            while piece := handle.read(budgets.READ_STEP):
                digest.update(piece)
    except OSError as exc:
        raise BundleUnreadable(str(target), exc.strerror or str(exc)) from None
    sha = digest.hexdigest()
    with exchange_connection(store) as conn:
        known = conn.execute("SELECT 1 FROM bundle_received WHERE file_sha256 = ?", (sha,)).fetchone()
        reused = conn.execute(
            "SELECT file_sha256 FROM bundle_received WHERE kind = ? AND sender = ? AND seq = ?", (kind, code, seq)
        ).fetchone()
    if known:
        return StreetForwardImported(code, seq, kind, sha, already_imported=True)
    if authority is None or not authority.exists():
        raise NotACityInstallation(str(getattr(store, "data_dir", "")))
    entry = street(authority, code)
    if entry is None or entry.revoked:
        raise StreetNotRegistered(code)
    if reused:
        raise ForwardRefused(code, tr("第 {seq} 号转报文件已经导入过另一份内容不同的文件", seq=seq))
    if passphrase is None:
        raise PassphraseNeeded("市级口令")
    ca = authority.ca_certificate()
    revoked = authority.revoked_serials()
    opened = open_sealed(
        target,
        trust=TrustPolicy(anchors=(ca,), revoked_serials=revoked, expect_street=code),
        recipient_key=authority.exchange_key(passphrase),
        recipient_cert=authority.exchange_certificate(),
    )
    serials = {entry.serial, *entry.previous_serials} - set(revoked)
    if opened.signer.serial_number not in serials:
        raise ForwardRefused(code, tr("签名证书不是市级为该街道登记的证书"))
    document = decode_forward(opened.payload, code)
    if document.street_code != code:
        raise _damaged(code, "street")
    name = entry.name or document.street_name

    # every decision and comment: an office routed via this street, its return already here
    routed = {item.code for item in authority.offices() if item.via == code and not item.revoked}
    data_dir = Path(store.data_dir)
    ca_der = ca.public_bytes(Encoding.DER)
    to_keep: list[bytes] = []  # the countersigned PDFs, kept in the database (stored_file)
    with exchange_connection(store) as conn:
        for decision in document.decisions:
            if decision.office_code not in routed:
                raise ForwardRefused(
                    code, tr("社区 {office} 不是经本街道报送的（市级的报送路径）", office=decision.office_code)
                )
            row = conn.execute(
                "SELECT r.office_code, r.period_code, r.return_version, s.pdf_path, s.pdf_sha256"
                " FROM return_receipt r LEFT JOIN return_snapshot s ON s.id = r.return_id WHERE r.return_id = ?",
                (decision.return_id,),
            ).fetchone()
            if row is None:
                raise ForwardReturnMissing(code, decision.office_code, _period_label(decision.period_code))
            if (row[0], row[1], int(row[2])) != (
                decision.office_code,
                decision.period_code,
                decision.return_version,
            ):
                raise _damaged(code, "return_id")
            if decision.status != "received":
                continue
            label = tr(
                "社区 {office} {period}第 {version} 版",
                office=decision.office_code,
                period=_period_label(decision.period_code),
                version=decision.return_version,
            )
            pdf = document.pdfs[decision.return_id]
            if hashlib.sha256(pdf).hexdigest() != decision.countersigned_sha256:
                raise ForwardRefused(code, tr("{label}的会签 PDF 与转报文件中的摘要不符", label=label))
            original = _office_pdf(conn, data_dir, row[3], row[4])
            if original is None:
                raise ForwardRefused(code, tr("市级保存的{label}报表 PDF 缺失或已损坏，无法核对会签", label=label))
            _check_countersigned(code, original, pdf, serials, ca_der, str(label))
            to_keep.append(pdf)
        listed, params = conn.in_list("return_id", [item["return_id"] for item in document.comments])
        return_offices = {
            str(r[0]): str(r[1])
            for r in conn.execute(f"SELECT return_id, office_code FROM return_receipt WHERE {listed}", params)
        }
    for comment in document.comments:
        office = return_offices.get(comment["return_id"])
        if office is None:
            raise ForwardReturnMissing(code, comment["office_code"], _period_label(comment["period_code"]))
        if office != comment["office_code"] or office not in routed:
            raise ForwardRefused(
                code, tr("社区 {office} 不是经本街道报送的（市级的报送路径）", office=comment["office_code"])
            )

    # everything checked: one transaction, the countersigned PDFs in it (stored_file)
    from db.exchange.blobs import put_file

    added = 0
    stamp = _db_time(now or utcnow())
    with exchange_connection(store) as conn:
        conn.begin_write()
        try:
            conn.lock(f"forward:{code}")  # two workstations importing this street's files: one after the other
            if conn.execute("SELECT 1 FROM bundle_received WHERE file_sha256 = ?", (sha,)).fetchone():
                conn.rollback()
                return StreetForwardImported(code, seq, kind, sha, already_imported=True)
            if conn.execute(
                "SELECT 1 FROM bundle_received WHERE kind = ? AND sender = ? AND seq = ?", (kind, code, seq)
            ).fetchone():
                raise ForwardRefused(code, tr("第 {seq} 号转报文件已经导入过另一份内容不同的文件", seq=seq))
            for pdf in to_keep:
                put_file(conn, pdf)
            for office in sorted({decision.office_code for decision in document.decisions}):
                conn.lock(review_lock(office))  # the same order everywhere: never a deadlock
            for decision in document.decisions:
                conn.execute(
                    "UPDATE return_receipt SET street_code = ?, street_status = ?, street_reason = ?,"
                    " street_decided_by = ?, street_decided_at = ?, countersigned_sha256 = ?"
                    " WHERE return_id = ? AND (street_decided_at IS NULL OR street_decided_at <= ?)",
                    (
                        code,
                        decision.status,
                        decision.reason,
                        decision.decided_by,
                        _db_time(decision.decided_at),
                        decision.countersigned_sha256,
                        decision.return_id,
                        _db_time(decision.decided_at),
                    ),
                )
            by_office: dict[str, list[dict[str, Any]]] = {}
            for comment in document.comments:
                values = {**comment, "written_at": _db_time(comment["written_at"])}
                by_office.setdefault(comment["office_code"], []).append(values)
            for office, items in by_office.items():
                added += store_ack_comments(conn, office, items)
            conn.execute(
                "INSERT INTO bundle_received (id, kind, sender, chain_id, seq, file_sha256, prev_sha256, file_name,"
                " signer_serial, imported_at, counts_json, gap_note) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, '')",
                (
                    _new_id(),
                    kind,
                    code,
                    seq,
                    sha,
                    opened.header.get("prev") if isinstance(opened.header.get("prev"), str) else None,
                    target.name,
                    format(opened.signer.serial_number, "x"),
                    stamp,
                    json.dumps(
                        {"decisions": len(document.decisions), "comments": len(document.comments)},
                        sort_keys=True,
                    ),
                ),
            )
            conn.commit()
        except BaseException:
            rollback(conn)
            raise
    return StreetForwardImported(
        code,
        seq,
        kind,
        sha,
        street_name=name,
        decisions=len(document.decisions),
        countersigned=len(to_keep),
        comments_added=added,
        files_listed=[item[0] for item in document.files],
    )


def _new_id() -> str:
    import uuid

    return str(uuid.uuid4())


def _period_label(code: str) -> str:
    from db.periods import parse_period

    try:
        return str(parse_period(code).label_text)
    except (ShequError, ValueError):
        return code


def _office_pdf(conn: Any, data_dir: Path, pdf_path: Any, pdf_sha256: Any) -> bytes | None:
    """The office's signed PDF as the city keeps it (in the database, else the file of a city made
    before), when it is there and matches its snapshot's SHA-256."""
    from db.exchange.blobs import get_file

    if not pdf_sha256:
        return None
    stored = get_file(conn, str(pdf_sha256))
    if stored is not None:
        return stored
    if not pdf_path:
        return None
    try:
        data = (data_dir / str(pdf_path)).read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == pdf_sha256 else None
