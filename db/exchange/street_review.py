"""Streets, at the street: what it keeps of each office's bundles, its review, and forwarding to the city.

What the street keeps when it imports an office's bundle (:func:`keep_imported_files`, called by
:func:`db.exchange.street_import.import_street_copy` after the bundle is applied):

* ``street/forward/<office code>-<seq>.shequ`` — the city's copy of the bundle, byte for byte, which
  the street forwards untouched with its own decisions;
* ``street/offices/<office code>.pem`` — the office's signing certificate (the newest the street has
  seen), to which the street encrypts its receipts (:func:`office_certificate`).

The street's review: :func:`street_decide` (通过 countersigns the office's stored PDF with the
street's key, :func:`db.returns.countersign.countersign_pdf`, and keeps the countersigned PDF in the
database's ``stored_file`` with the decision, :mod:`db.exchange.blobs`; 退回 / 有问题 need a reason; a name
always; a later decision replaces an earlier one until it is forwarded), :func:`street_comment`
(:func:`db.exchange.comments.add_comment` at level 街道), :func:`street_returns` (what the street
holds), and :func:`export_street_forward` (the city copies and the street's sealed forward file,
:mod:`db.exchange.street_forward`).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from db.changes import Changes
from db.enums import ReturnState
from db.errors import ShequError
from db.exchange.street import StreetFilesDamaged, StreetInstallation
from db.exchange.street_forward import (
    KIND_STREET_TO_CITY,
    PURPOSE_STREET,
    RECIPIENT_CITY,
    STREET_LEVEL,
    countersigned_path,
    forward_filename,
)
from db.fileio import write_atomic
from db.i18n import tr

if TYPE_CHECKING:
    from cryptography import x509

    from db.exchange.comments import Comment
    from db.periods import Period

__all__ = [
    "STREET_LEVEL",
    "ForwardResult",
    "StreetReturn",
    "export_street_forward",
    "office_certificate",
    "street_comment",
    "street_decide",
    "street_returns",
    "viewing_copy",
]
FORWARD_DIRNAME = "forward"  # in street/: the offices' city copies, kept to forward untouched
OFFICES_DIRNAME = "offices"  # in street/: each office's signing certificate, <office code>.pem


def forward_folder(street: StreetInstallation) -> Path:
    return street.folder / FORWARD_DIRNAME


def offices_folder(street: StreetInstallation) -> Path:
    return street.folder / OFFICES_DIRNAME


def forward_copy_name(office_code: str, seq: int) -> str:
    """The city copy's own name, ``<office code>-<seq>.shequ`` (as the office wrote it)."""
    return f"{office_code}-{seq:04d}.shequ"


def office_certificate_path(street: StreetInstallation, office_code: str) -> Path:
    return offices_folder(street) / f"{office_code}.pem"


def office_certificate(street: StreetInstallation, office_code: str) -> x509.Certificate | None:
    """The office's signing certificate as the street last saw it on an imported bundle, or None."""
    from cryptography import x509

    path = office_certificate_path(street, office_code)
    if not path.is_file():
        return None
    try:
        return x509.load_pem_x509_certificate(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise StreetFilesDamaged(str(path), str(exc)) from None


def kept_files_present(street: StreetInstallation, office_code: str, seq: int) -> bool:
    """Whether the forward copy of ``office_code``'s bundle ``seq`` and the office's certificate are kept."""
    return (forward_folder(street) / forward_copy_name(office_code, seq)).is_file() and office_certificate_path(
        street, office_code
    ).is_file()


def keep_imported_files(
    street: StreetInstallation,
    office_code: str,
    seq: int,
    city_copy: Path,
    sha256: str,
    signer: x509.Certificate | None,
) -> None:
    """Keep the city's copy (unchanged bytes, which must still hash to ``sha256``, the digest the
    bundle was recorded under) and the office's signing certificate, each atomically.

    Idempotent: the same file imported again writes nothing new. The certificate is replaced only by
    one issued later (an older bundle imported late never brings back an older certificate)."""
    import hashlib

    from cryptography.hazmat.primitives.serialization import Encoding

    target = forward_folder(street) / forward_copy_name(office_code, seq)
    try:
        data = city_copy.read_bytes()
        same = target.is_file() and target.read_bytes() == data
    except OSError as exc:
        raise StreetFilesDamaged(str(city_copy), exc.strerror or str(exc)) from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise StreetFilesDamaged(str(city_copy), "导入时文件被改动")
    if not same:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
    if signer is None:
        return
    current = office_certificate(street, office_code)
    if current is None or (current != signer and signer.not_valid_before_utc >= current.not_valid_before_utc):
        path = office_certificate_path(street, office_code)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, signer.public_bytes(Encoding.PEM))


# --- refusals -------------------------------------------------------------------------------------


class StreetReviewRefused(ShequError):
    """A street decision or forward that cannot be made: one line, nothing written."""


class StreetReturnNotHere(StreetReviewRefused):
    def __init__(self, return_id: str) -> None:
        super().__init__(
            tr(
                "本街道没有收到报表 {id}，没有做任何修改。请先导入该社区的交换文件（shequ street import），"
                "再用 “shequ street returns” 查看报表编号。",
                id=return_id,
            )
        )


class StreetAlreadyForwarded(StreetReviewRefused):
    def __init__(self, return_id: str) -> None:
        super().__init__(
            tr(
                "报表 {id} 的街道审核意见已经转报市级，不能再改，没有做任何修改。如需更正，请与市委组织部联系。",
                id=return_id,
            )
        )


class StreetPassphraseNeeded(StreetReviewRefused):
    def __init__(self) -> None:
        super().__init__(tr("审核通过要用街道的密钥在报表上会签，需要街道口令，没有做任何修改。请输入街道口令后重试。"))


class StreetCannotCountersign(StreetReviewRefused):
    def __init__(self, detail: str) -> None:
        super().__init__(
            tr(
                "社区的报表 PDF 无法会签（{detail}），没有做任何修改。可以把这份报表退回或标记为有问题。",
                detail=detail,
            )
        )


class StreetUncertified(StreetReviewRefused):
    def __init__(self, folder: str) -> None:
        super().__init__(
            tr(
                "街道 {folder} 还没有安装市级颁发的街道证书，不能会签或转报，没有做任何修改。"
                "请先运行 “shequ street install-certificate 证书文件”。",
                folder=folder,
            )
        )


class ForwardTargetTaken(StreetReviewRefused):
    def __init__(self, path: str) -> None:
        super().__init__(
            tr(
                "目标文件夹里已有同名但内容不同的文件 {path}，没有写出任何文件。请换一个空文件夹或 U 盘后重试。",
                path=path,
            )
        )


# --- deciding ----------------------------------------------------------------------------------------


def _forwarded(conn: Any) -> tuple[set[str], set[str], set[tuple[str, str]]]:
    """What the street's forward files already carried: return ids, comment ids, (file name, SHA-256)."""
    returns: set[str] = set()
    comments: set[str] = set()
    files: set[tuple[str, str]] = set()
    for (text,) in conn.execute("SELECT counts_json FROM bundle_sent WHERE purpose = ?", (PURPOSE_STREET,)):
        try:
            counts = json.loads(text or "{}")
        except ValueError:
            continue
        returns.update(str(item) for item in counts.get("return_ids", []))
        comments.update(str(item) for item in counts.get("comment_ids", []))
        files.update((str(item[0]), str(item[1])) for item in counts.get("files", []))
    return returns, comments, files


def _certified_city(street: StreetInstallation) -> Any:
    city = street.city()
    if city is None or not street.certified():
        raise StreetUncertified(str(street.data_dir))
    return city


def street_decide(
    store: Any,
    street: StreetInstallation,
    return_id: str,
    status: ReturnState,
    *,
    reason: str = "",
    decided_by: str,
    passphrase: str | None = None,
    now: datetime | None = None,
) -> Changes:
    """The street's decision on an office's return it holds: 通过 (``received``: the stored PDF is
    countersigned with the street's key, kept in ``stored_file`` in the decision's transaction, its
    SHA-256 recorded), 退回 or 有问题 (a reason needed; an earlier countersigned PDF no longer counts).
    Recorded in the receipt's ``street_*`` columns (never the city's ``status``). Refused, nothing
    written: a return not at the street, no name, no reason where needed, no or a wrong passphrase
    for 通过, a PDF that cannot be countersigned, a decision already forwarded."""
    from db.exchange.acks import DECISIONS, CommentNeeded, DeciderNeeded
    from db.exchange.blobs import put_file
    from db.exchange.ledger import db_time
    from db.exchange.locks import review_lock
    from db.exchange.rawdb import exchange_connection, rollback
    from db.timeutil import utcnow

    if status not in DECISIONS:
        raise ValueError("a return is received, returned or has a problem")
    return_id, reason, decided_by = return_id.strip(), reason.strip(), decided_by.strip()
    if status != ReturnState.RECEIVED and not reason:
        raise CommentNeeded(status)
    if not decided_by:
        raise DeciderNeeded()
    with exchange_connection(store) as conn:
        row = conn.execute(
            "SELECT r.office_code, s.pdf_path, s.pdf_sha256, r.countersigned_sha256 FROM return_receipt r"
            " LEFT JOIN return_snapshot s ON s.id = r.return_id WHERE r.return_id = ?",
            (return_id,),
        ).fetchone()
        forwarded = _forwarded(conn)[0]
    if row is None:
        raise StreetReturnNotHere(return_id)
    if return_id in forwarded:
        raise StreetAlreadyForwarded(return_id)
    pdf_path, pdf_sha = str(row[1] or ""), str(row[2] or "")
    moment = now or utcnow()
    signed: bytes | None = None
    if status == ReturnState.RECEIVED:
        if passphrase is None:
            raise StreetPassphraseNeeded()
        city = _certified_city(street)
        key = street.key(passphrase)  # StreetPassphraseWrong before anything is read or written
        if not pdf_path and not pdf_sha:
            raise StreetCannotCountersign(tr("这份报表没有 PDF"))
        original = _original_pdf(store, pdf_path, pdf_sha)
        from db.returns.countersign import countersign_pdf, street_field_name

        try:
            signed = countersign_pdf(
                original,
                key,
                street.certificate(),
                [city.ca_certificate],
                name=decided_by,
                field_name=street_field_name(street.code),
                location=street.name,
            )
        except ValueError as exc:
            raise StreetCannotCountersign(str(exc)) from exc
    signed_sha = hashlib.sha256(signed).hexdigest() if signed is not None else ""

    with exchange_connection(store) as conn:
        conn.begin_write()
        try:
            conn.lock(review_lock(str(row[0])))
            if return_id in _forwarded(conn)[0]:  # forwarded meanwhile
                raise StreetAlreadyForwarded(return_id)
            if signed is not None:  # the countersigned PDF with its row, in the same transaction
                put_file(conn, signed)
            conn.execute(
                "UPDATE return_receipt SET street_code = ?, street_status = ?, street_reason = ?,"
                " street_decided_by = ?, street_decided_at = ?, countersigned_sha256 = ? WHERE return_id = ?",
                (street.code, status.value, reason, decided_by, db_time(moment), signed_sha, return_id),
            )
            conn.commit()
        except BaseException:
            rollback(conn)
            raise
    if pdf_path:  # the file a street made before kept it beside the office's PDF: its 通过 no longer stands
        stale = Path(store.data_dir) / countersigned_path(pdf_path, street.code)
        stale.unlink(missing_ok=True)
    return Changes(returns=True)


def _original_pdf(store: Any, pdf_path: str, pdf_sha: str) -> bytes:
    """The office's signed PDF as the street keeps it: in the database (``stored_file``), else the
    file beside the database (a street made before); :class:`StreetCannotCountersign` when neither
    is there or it no longer matches the digest the office signed."""
    from db.exchange.blobs import get_file

    stored = get_file(store, pdf_sha) if pdf_sha else None
    if stored is not None:
        return stored
    original_path = Path(store.data_dir) / pdf_path
    try:
        original = original_path.read_bytes()
    except OSError as exc:
        raise StreetCannotCountersign(tr("找不到文件 {path}", path=str(original_path))) from exc
    if hashlib.sha256(original).hexdigest() != pdf_sha:
        raise StreetCannotCountersign(tr("文件与社区签署时的摘要不符"))
    return original


VIEW_DIRNAME = "view"  # in street/: the copy of a return the street's 查看报表 opens in the PDF reader


def viewing_copy(store: Any, street: StreetInstallation, return_id: str) -> Path:
    """The return's PDF as the street keeps it (countersigned once the street passed it, else the
    office's), checked against its digest and written to ``street/view/`` for the computer's PDF
    reader (the PDFs themselves are kept in the database); :class:`StoredReturnDamaged` when it is
    missing or damaged, :class:`StreetReturnNotHere` for a return the street does not hold."""
    from sqlmodel import col, select

    from db.exchange.street_forward import reviewed_pdf
    from db.models import ReturnReceipt, ReturnSnapshot

    with store.session() as session:
        snapshot = session.get(ReturnSnapshot, return_id)
        receipt = session.exec(select(ReturnReceipt).where(col(ReturnReceipt.return_id) == return_id)).first()
        if snapshot is None:
            raise StreetReturnNotHere(return_id)
        pdf = reviewed_pdf(store.data_dir, snapshot, receipt, source=store)
        name = PurePosixPath(snapshot.pdf_path.replace("\\", "/")).name or f"{return_id}.pdf"
        if receipt is not None and receipt.countersigned_sha256 and receipt.street_code:
            name = PurePosixPath(countersigned_path(name, receipt.street_code)).name
    target = street.folder / VIEW_DIRNAME / name
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, pdf)
    return target


def _countersigned_pdf(conn: Any, data_dir: Path, pdf_path: str, street_code: str, sha: str) -> bytes:
    """The street's countersigned PDF of a return: in the database (``stored_file``), else the file a
    street made before kept beside the office's PDF; :class:`StreetFilesDamaged` when neither matches."""
    from db.exchange.blobs import get_file

    stored = get_file(conn, sha) if sha else None
    if stored is not None:
        return stored
    target = data_dir / countersigned_path(pdf_path, street_code)
    try:
        pdf = target.read_bytes()
    except OSError as exc:
        raise StreetFilesDamaged(str(target), exc.strerror or str(exc)) from None
    if not sha or hashlib.sha256(pdf).hexdigest() != sha:
        raise StreetFilesDamaged(str(target), "会签 PDF 与记录的摘要不符")
    return pdf


def street_comment(
    store: Any,
    office_code: str,
    period: Period,
    *,
    text: str,
    written_by: str,
    figure_key: str = "",
    record: tuple[str, str] | None = None,
    now: datetime | None = None,
) -> Comment:
    """The street's comment on one figure or one record of the office's latest return of ``period``
    (:func:`db.exchange.comments.add_comment` at level 街道); forwarded to the city with the decisions."""
    from db.exchange.comments import add_comment

    return add_comment(
        store,
        office_code,
        period,
        text=text,
        written_by=written_by,
        figure_key=figure_key,
        record=record,
        now=now,
        level=STREET_LEVEL,
    )


# --- what the street holds --------------------------------------------------------------------------


@dataclass(frozen=True)
class StreetReturn:
    """One office return at the street, with the street's decision and whether it went to the city."""

    office_code: str
    office_name: str
    period_code: str
    return_id: str
    return_version: int
    arrived_at: datetime | None
    street_status: str  # a ReturnState code; "" while 待街道审核
    street_reason: str
    street_decided_by: str
    street_decided_at: datetime | None
    finding: str
    countersigned: bool
    forwarded: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "office_code": self.office_code,
            "office_name": self.office_name,
            "period": self.period_code,
            "return_id": self.return_id,
            "return_version": self.return_version,
            "arrived_at": self.arrived_at.isoformat() if self.arrived_at else None,
            "street_status": self.street_status,
            "street_reason": self.street_reason,
            "street_decided_by": self.street_decided_by,
            "street_decided_at": self.street_decided_at.isoformat() if self.street_decided_at else None,
            "finding": self.finding,
            "countersigned": self.countersigned,
            "forwarded": self.forwarded,
        }


def street_returns(store: Any) -> list[StreetReturn]:
    """Every office return the street holds, by office, period and version."""
    from sqlmodel import select

    from db.exchange.rawdb import exchange_connection
    from db.models import Office, ReturnReceipt

    with exchange_connection(store) as conn:
        forwarded = _forwarded(conn)[0]
    with store.session() as session:
        names = {row.code: row.name for row in session.exec(select(Office)).all()}
        receipts = session.exec(select(ReturnReceipt)).all()
        found = [
            StreetReturn(
                office_code=item.office_code,
                office_name=names.get(item.office_code, ""),
                period_code=item.period_code,
                return_id=item.return_id,
                return_version=item.return_version,
                arrived_at=item.arrived_at,
                street_status=item.street_status,
                street_reason=item.street_reason,
                street_decided_by=item.street_decided_by,
                street_decided_at=item.street_decided_at,
                finding=item.finding,
                countersigned=bool(item.countersigned_sha256),
                forwarded=item.return_id in forwarded,
            )
            for item in receipts
        ]
    return sorted(found, key=lambda item: (item.office_code, item.period_code, item.return_version))


# --- forwarding to the city -------------------------------------------------------------------------


@dataclass
class ForwardResult:
    """What :func:`export_street_forward` wrote: the sealed file (None when there was nothing to
    forward), the city copies beside it, and what it carried."""

    path: Path | None
    seq: int = 0
    copies: list[Path] = field(default_factory=list)
    decisions: int = 0
    countersigned: int = 0
    comments: int = 0
    deferred: int = 0  # 通过 decisions left for the next file (the file's PDF budget)

    @property
    def files(self) -> list[Path]:
        return [*self.copies, *([self.path] if self.path is not None else [])]

    @property
    def changes(self) -> Changes:
        return Changes(returns=bool(self.decisions), exchange=self.path is not None)

    def message(self) -> str:
        if self.path is None:
            return str(tr("没有需要转报市级的内容：街道的审核意见、意见和社区的数据文件都已转报过。"))
        text = tr(
            "已写出街道转报文件 {name}（第 {seq} 号）：审核意见 {decisions} 份（其中通过并会签 {countersigned} 份），"
            "意见 {comments} 条；另原样转交社区的数据文件 {copies} 个。请把这些文件都交给市委组织部导入。",
            name=self.path.name,
            seq=self.seq,
            decisions=self.decisions,
            countersigned=self.countersigned,
            comments=self.comments,
            copies=len(self.copies),
        )
        if self.deferred:
            text = tr(
                "{text}还有 {count} 份通过的报表超出一个文件的大小，请再转报一次。", text=text, count=self.deferred
            )
        return str(text)


def export_street_forward(
    store: Any,
    street: StreetInstallation,
    passphrase: str,
    out_dir: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> ForwardResult:
    """Write what the street has not forwarded yet into ``out_dir``: the offices' city copies kept in
    ``street/forward/`` (unchanged bytes) and one sealed ``street-<street code>-city-<seq>.shequ`` with
    the street's decisions, its comments and the countersigned PDFs (see :mod:`db.exchange.street_forward`).

    Recorded as forwarded (``bundle_sent``, purpose ``street``) in the same step that gives the sealed
    file its name; any failure removes the files this call wrote and records nothing."""
    from db.exchange import budgets
    from db.exchange.envelope import bundle_hash, seal_for_recipient
    from db.exchange.ledger import current_chain, db_time, new_chain, next_seq, previous_hash, save_chain
    from db.exchange.rawdb import exchange_connection, rollback
    from db.exchange.street_forward import FORWARD_TYPE, FORWARD_VERSION, encode_forward, iso
    from db.returns.sign import SigningIdentity
    from db.timeutil import utcnow

    city = _certified_city(street)
    identity = SigningIdentity(street.key(passphrase), street.certificate(), [city.ca_certificate])
    folder = Path(out_dir)
    if not folder.is_dir():
        from db.exchange.data_errors import ExportFailed

        raise ExportFailed(str(folder), "文件夹不存在")
    with exchange_connection(store) as conn:
        sent_returns, sent_comments, sent_files = _forwarded(conn)
        decided = conn.execute(
            "SELECT r.return_id, r.office_code, r.period_code, r.return_version, r.street_status, r.street_reason,"
            " r.street_decided_by, r.street_decided_at, r.countersigned_sha256, s.pdf_path FROM return_receipt r"
            " LEFT JOIN return_snapshot s ON s.id = r.return_id WHERE r.street_status != ''"
            " ORDER BY r.street_decided_at, r.id"
        ).fetchall()
        comment_rows = conn.execute(
            "SELECT id, return_id, office_code, period_code, return_version, figure_key, table_name, record_id, text,"
            " written_by, written_at FROM review_comment WHERE level = ? ORDER BY written_at, id",
            (STREET_LEVEL,),
        ).fetchall()
    decisions: list[dict[str, Any]] = []
    pdfs: dict[str, str] = {}
    total = deferred = 0
    for row in decided:
        return_id = str(row[0])
        if return_id in sent_returns:
            continue
        sha = str(row[8] or "")
        if row[4] == ReturnState.RECEIVED.value:
            pdf = _countersigned_pdf(store, Path(store.data_dir), str(row[9] or ""), street.code, sha)
            if total + len(pdf) > budgets.MAX_FORWARD_PDF_TOTAL_BYTES and decisions:
                deferred += 1
                continue
            total += len(pdf)
            pdfs[return_id] = base64.b64encode(pdf).decode("ascii")
        decisions.append(
            {
                "return_id": return_id,
                "office_code": str(row[1]),
                "period_code": str(row[2]),
                "return_version": int(row[3]),
                "status": str(row[4]),
                "reason": str(row[5] or ""),
                "decided_by": str(row[6] or ""),
                "decided_at": iso(_stored_time(row[7])),
                "countersigned_sha256": sha if row[4] == ReturnState.RECEIVED.value else "",
            }
        )
    comments = [
        {
            "id": str(row[0]),
            "return_id": str(row[1]),
            "office_code": str(row[2]),
            "period_code": str(row[3]),
            "return_version": int(row[4]),
            "figure_key": str(row[5] or ""),
            "table_name": str(row[6] or ""),
            "record_id": str(row[7] or ""),
            "text": str(row[8]),
            "written_by": str(row[9]),
            "written_at": iso(_stored_time(row[10])),
        }
        for row in comment_rows
        if str(row[0]) not in sent_comments
    ]
    copies: list[tuple[Path, str]] = []
    kept = forward_folder(street)
    # a kept copy never changes under its name (the import keeps it only once the bundle is applied, and
    # a number is never applied with other content): one forwarded is known by its name, not hashed again
    sent_names = {name for name, _digest in sent_files}
    for source in sorted(kept.glob("*.shequ")) if kept.is_dir() else []:
        if source.name not in sent_names:
            copies.append((source, _file_sha256(source)))
    if not decisions and not comments and not copies:
        return ForwardResult(None)

    document = {
        "type": FORWARD_TYPE,
        "v": FORWARD_VERSION,
        "street": {"code": street.code, "name": street.name},
        "files": [{"name": source.name, "sha256": digest} for source, digest in copies],
        "decisions": decisions,
        "comments": comments,
        "pdfs": pdfs,
    }
    payload = encode_forward(document)
    with exchange_connection(store) as conn:
        seq = next_seq(conn, PURPOSE_STREET, RECIPIENT_CITY)
        prev = previous_hash(conn, PURPOSE_STREET, RECIPIENT_CITY)
        chain = current_chain(conn, PURPOSE_STREET, RECIPIENT_CITY) or new_chain(seq)
    header = {"kind": KIND_STREET_TO_CITY, "from": street.code, "to": "city", "seq": seq, "prev": prev}
    sealed = seal_for_recipient(payload, header, identity, city.exchange_certificate)
    sha = bundle_hash(sealed)
    path = folder / forward_filename(street.code, seq)
    if path.exists():
        raise ForwardTargetTaken(str(path))
    counts = {
        "decisions": len(decisions),
        "comments": len(comments),
        "copies": len(copies),
        "return_ids": [item["return_id"] for item in decisions],
        "comment_ids": [item["id"] for item in comments],
        "files": [[source.name, digest] for source, digest in copies],
    }
    stamp = db_time(now or utcnow())

    def record() -> None:
        with exchange_connection(store) as conn:
            conn.begin_write()
            try:
                conn.execute(
                    "INSERT INTO bundle_sent (id, purpose, recipient, chain_id, seq, file_name, file_sha256,"
                    " prev_sha256, since_watermark, watermark, \"full\", counts_json, created_at, acknowledged_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?, NULL)",
                    (
                        _new_id(), PURPOSE_STREET, RECIPIENT_CITY, chain.chain_id, seq, path.name, sha, prev, True,
                        json.dumps(counts, ensure_ascii=False, sort_keys=True), stamp,
                    ),
                )  # fmt: skip
                save_chain(conn, PURPOSE_STREET, RECIPIENT_CITY, chain)
                conn.commit()
            except BaseException:
                rollback(conn)
                raise

    written: list[Path] = []
    steps = len(copies) + 1
    try:
        for index, (source, digest) in enumerate(copies):
            copy = folder / source.name
            data = source.read_bytes()
            if hashlib.sha256(data).hexdigest() != digest:
                raise StreetFilesDamaged(str(source), "读取时文件被改动")
            if copy.exists():
                if copy.read_bytes() != data:
                    raise ForwardTargetTaken(str(copy))
            else:
                write_atomic(copy, data)
                written.append(copy)
            if progress is not None:
                progress(index + 1, steps)
        write_atomic(path, sealed, before_replace=record)
        if progress is not None:
            progress(steps, steps)
    except BaseException:
        for item in written:
            item.unlink(missing_ok=True)
        raise
    return ForwardResult(
        path,
        seq,
        copies=[folder / source.name for source, _ in copies],
        decisions=len(decisions),
        countersigned=len(pdfs),
        comments=len(comments),
        deferred=deferred,
    )


def _file_sha256(path: Path) -> str:
    from db.exchange.budgets import READ_STEP

    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while piece := handle.read(READ_STEP):
                digest.update(piece)
    except OSError as exc:
        raise StreetFilesDamaged(str(path), exc.strerror or str(exc)) from None
    return digest.hexdigest()


def _stored_time(value: Any) -> datetime:
    """A time as SQLite holds it (naive UTC text, :func:`db.exchange.ledger.db_time`), aware."""
    from datetime import UTC

    moment = datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _new_id() -> str:
    import uuid

    return str(uuid.uuid4())
