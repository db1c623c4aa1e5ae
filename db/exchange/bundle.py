"""Bundle files end to end: export at the office, import at the city, and back (acknowledgements).

* :func:`export_bundle` (office): the payload of what changed since the range the city
  acknowledged (or ``full``), sealed — signed with the office key, encrypted to the city's
  exchange certificate (or, between two devices of the office, under a passphrase) — and written
  atomically as ``<office code>-<seq>.shequ`` (``<office code>-device-<seq>.shequ``). Only once
  the file is durably on the stick is the export recorded (and signed returns become 已报送).
  A number is never given twice (:mod:`db.exchange.ledger`): the bundle is noted before it is
  written, and the next export first settles what a killed export left — its file found whole on
  the stick is recorded, a file there this office cannot vouch for makes the numbers go on after
  it, and its own unfinished ``.partial`` files on the stick are removed. A full stick or data
  folder is :class:`db.fileio.DiskFull`: no file, no record, no number used.
* :func:`import_bundle` (city, or another device of the office): the same file twice changes
  nothing; otherwise open it (signature, certificate, recipient, revocation; the office must be
  in the city's registry) and apply it in one transaction (:mod:`db.exchange.apply`).
* :func:`export_ack` (city) and :func:`import_ack` (office): the acknowledgement.

A refused file leaves the database as it was; every refusal is a
:class:`~db.errors.ShequError` with one clear reason.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from db.audit import system_actor
from db.changes import Changes
from db.enums import ReturnState
from db.errors import ShequError
from db.exchange.acks import (
    CITY_SENDER,
    KIND_CITY_TO_OFFICE,
    AckResult,
    apply_ack_payload,
    build_ack_payload,
    ensure_city_standards,
)
from db.exchange.apply import KIND_DEVICE, KIND_OFFICE_TO_CITY, ApplyResult, apply_payload
from db.exchange.budgets import MAX_ACK_BYTES, MAX_BUNDLE_BYTES, READ_STEP, file_too_large
from db.exchange.data_errors import (
    BundleUnreadable,
    ExportFailed,
    NoOfficeHere,
    OfficeRevokedHere,
    WrongBundleKind,
)
from db.exchange.ledger import (
    PURPOSE_ACK,
    RECIPIENT_CITY,
    Chain,
    PendingBundle,
    clear_pending,
    covered_watermark,
    current_chain,
    new_chain,
    next_seq,
    note_pending,
    pending_bundle,
    previous_hash,
    raise_floor,
    record_sent,
    seen_chains,
)
from db.exchange.payload import PURPOSE_CITY, PURPOSE_DEVICE, build_payload, office_code_of
from db.exchange.rawdb import Db, exchange_connection, exclusive
from db.models import ReturnSnapshot

if TYPE_CHECKING:
    from db.exchange.pki import CityAuthority
    from db.returns.sign import KeyStore, SigningIdentity

BUNDLE_SUFFIX = ".shequ"
EXPORT_REASON = "导出报送数据包"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    """A bundle written: where, its number, what it holds."""

    path: Path
    seq: int
    counts: dict[str, int]
    purpose: str
    full: bool
    sha256: str
    returns_sent: int = 0
    recovered_seq: int | None = None
    """A bundle an earlier, interrupted export wrote whole on the stick, recorded now."""
    taken_up_to: int = 0
    """Numbers up to this one were taken by files this office cannot vouch for (0: none)."""
    street_path: Path | None = None
    """An office routed via a street (:mod:`db.exchange.street`): the street's copy, beside ``path``."""

    @property
    def records(self) -> int:
        return sum(v for k, v in self.counts.items() if k not in ("audit_entry", "return_record", "pdfs"))

    @property
    def changes(self) -> Changes:
        """A bundle sent: the exchange's history, and the returns it marked 已报送."""
        return Changes(exchange=True, returns=self.returns_sent > 0)

    def message(self) -> str:
        what = {PURPOSE_CITY: "报送市级的", PURPOSE_DEVICE: "本社区设备之间的", PURPOSE_ACK: "给社区的回执"}.get(
            self.purpose, ""
        )
        scope = "完整" if self.full else "增量"
        if self.purpose == PURPOSE_ACK:
            return f"已写出{what}第 {self.seq} 号交换文件：{self.path}"
        sent = f"，其中报表 {self.returns_sent} 份已标记为已报送" if self.returns_sent else ""
        text = f"已写出{what}第 {self.seq} 号交换文件（{scope}，记录 {self.records} 条{sent}）：{self.path}"
        if self.recovered_seq is not None:
            text += f"\n上次导出中断时已写到 U 盘上的第 {self.recovered_seq} 号交换文件完整无误，现已补记为已导出。"
        if self.taken_up_to:
            text += (
                f"\n第 {self.taken_up_to} 号及以前的编号已被本机没有记录的交换文件占用，"
                f"这次从后面的编号接着编（市级如提示缺少数据包，请把那些文件一并交去）。"
            )
        if self.street_path is not None:
            text += f"\n按市级决定经街道报送，另写出街道的副本：{self.street_path}"
        return text


def bundle_filename(office_code: str, seq: int, purpose: str) -> str:
    if purpose == PURPOSE_DEVICE:
        return f"{office_code}-device-{seq:04d}{BUNDLE_SUFFIX}"
    if purpose == PURPOSE_ACK:
        return f"city-{office_code}-{seq:04d}{BUNDLE_SUFFIX}"
    return f"{office_code}-{seq:04d}{BUNDLE_SUFFIX}"


def _write(path: Path, data: bytes) -> None:
    from db.fileio import DiskFull, write_atomic

    if not path.parent.is_dir():
        raise ExportFailed(str(path), "文件夹不存在")
    try:
        write_atomic(path, data)
    except DiskFull:
        raise  # said as such, naming the stick's folder
    except OSError as exc:
        raise ExportFailed(str(path), exc.strerror or str(exc)) from None


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


IMPORT_SCALE = 1000  # an import's progress: decrypting the file, then applying it
DECRYPT_SHARE = 250


def _share(progress: Progress | None, start: int, width: int) -> Progress | None:
    """``progress`` for one step of an import: its ``(done, total)`` as ``start`` + ``width`` parts
    of :data:`IMPORT_SCALE`."""
    if progress is None:
        return None
    report = progress
    return lambda done, total: report(start + done * width // max(total, 1), IMPORT_SCALE)


# ---------------------------------------------------------------------------------------
# Office → city, device → device


def export_bundle(
    store: Any,
    keystore: KeyStore,
    passphrase: str,
    out_dir: Path | str,
    *,
    full: bool = False,
    purpose: str = PURPOSE_CITY,
    device_passphrase: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the office's next bundle into ``out_dir`` (see the module docstring).

    ``passphrase`` opens the office key (it signs the bundle). For ``purpose="device"`` the
    bundle is encrypted under ``device_passphrase`` and carries every field.
    """
    from db.exchange.envelope import bundle_hash, seal_for_recipient, seal_with_passphrase
    from db.exchange.errors import PassphraseNeeded
    from db.exchange.pki import city_recipient

    if purpose not in (PURPOSE_CITY, PURPOSE_DEVICE):
        raise ValueError(f"unknown purpose {purpose!r}")
    _report(progress, 0, 100)
    recipient_cert = city_recipient(keystore) if purpose == PURPOSE_CITY else None
    via = None
    if purpose == PURPOSE_CITY:
        from db.exchange.street_route import export_route

        via = export_route(keystore)  # the street's copy too (docs/bundle-format.md › Streets)
    if purpose == PURPOSE_DEVICE and not device_passphrase:
        raise PassphraseNeeded("设备之间交换文件的口令")
    identity = _office_key(keystore, passphrase)
    folder = Path(out_dir)
    if not folder.is_dir():
        raise ExportFailed(str(folder), "文件夹不存在")

    with exchange_connection(store) as conn:
        office_code = office_code_of(conn)
        if office_code is None:
            raise NoOfficeHere(str(getattr(store, "data_dir", "")))
    recipient = RECIPIENT_CITY if purpose == PURPOSE_CITY else office_code
    recovered = _settle_pending(store, office_code, purpose, recipient, folder)
    _remove_own_partials(folder, office_code)

    with exchange_connection(store) as conn:
        since = None if full else covered_watermark(conn, purpose, recipient)
        recorded = _recorded_max(conn, purpose, recipient)
        taken = _taken_on_stick(folder, office_code, purpose, recorded, previous_hash(conn, purpose, recipient))
        seq = max(next_seq(conn, purpose, recipient), taken + 1)
        prev = previous_hash(conn, purpose, recipient)
        chain: Chain | None = current_chain(conn, purpose, recipient) if since is not None else None
        if chain is None:
            since, chain = None, new_chain(seq)  # a full bundle starts a new chain
        meta: dict[str, Any] = {"chain_id": chain.chain_id, "chain_first_seq": chain.first_seq, "seq": seq}
        if purpose == PURPOSE_DEVICE:
            meta["seen"] = seen_chains(conn, KIND_DEVICE, office_code)
        built = build_payload(
            conn,
            purpose=purpose,
            since=since,
            office_code=office_code,
            pdf_dir=Path(store.data_dir) if getattr(store, "data_dir", None) else None,
            meta=meta,
            progress=lambda done, total: _report(progress, done * 80 // max(total, 1), 100),
        )
    _report(progress, 80, 100)

    header = {
        "kind": KIND_OFFICE_TO_CITY if purpose == PURPOSE_CITY else KIND_DEVICE,
        "from": office_code,
        "to": RECIPIENT_CITY if purpose == PURPOSE_CITY else office_code,
        "seq": seq,
        "prev": prev,
    }
    street_sealed: bytes | None = None
    if recipient_cert is not None and via is not None:
        from db.exchange.envelope import seal_for_recipients

        assert via.certificate is not None
        header["via"] = via.via_code
        sealed, street_sealed = seal_for_recipients(built.data, header, identity, [recipient_cert, via.certificate])
    elif recipient_cert is not None:
        sealed = seal_for_recipient(built.data, header, identity, recipient_cert)
    else:
        assert device_passphrase is not None
        sealed = seal_with_passphrase(built.data, header, identity, device_passphrase)
    sha = bundle_hash(sealed)
    _report(progress, 90, 100)

    path = folder / bundle_filename(office_code, seq, purpose)
    where = str(folder.absolute())
    pending = PendingBundle(
        purpose, recipient, chain, seq, where, path.name, sha, prev, since, built.watermark, built.counts
    )
    _note_pending(store, office_code, pending, taken=seq - 1 if seq - 1 > recorded else 0)  # before the file
    street_path = None
    try:
        if street_sealed is not None and via is not None and via.via_code is not None:
            from db.exchange.street_route import street_copy_filename

            street_path = folder / street_copy_filename(via.via_code, office_code, seq)
            _write(street_path, street_sealed)  # before the city's copy, whose file settles an interrupted export
        _write(path, sealed)
    except BaseException:
        if street_path is not None:
            street_path.unlink(missing_ok=True)
        _forget_pending(store, office_code, purpose, recipient)
        raise
    try:
        _report(progress, 97, 100)  # a progress callback that raises (a cancel) must not leave the file
        returns_sent = _record_export(
            store,
            office_code,
            purpose=purpose,
            recipient=recipient,
            chain=chain,
            seq=seq,
            path=path,
            sha=sha,
            prev=prev,
            since=since,
            watermark=built.watermark,
            counts=built.counts,
        )
    except BaseException:
        path.unlink(missing_ok=True)  # not recorded: the file must not be imported either
        if street_path is not None:
            street_path.unlink(missing_ok=True)
        _forget_pending(store, office_code, purpose, recipient)
        raise
    _report(progress, 100, 100)
    taken_up_to = seq - 1 if seq - 1 > max(recorded, recovered or 0) else 0
    return ExportResult(
        path, seq, built.counts, purpose, since is None, sha, returns_sent, recovered, taken_up_to, street_path
    )


# --- what an interrupted export left -------------------------------------------------------


def _bundle_name_pattern(office_code: str, purpose: str) -> re.Pattern[str]:
    middle = "-device" if purpose == PURPOSE_DEVICE else ""
    return re.compile(rf"{re.escape(office_code)}{middle}-(\d+){re.escape(BUNDLE_SUFFIX)}")


def _taken_on_stick(folder: Path, office_code: str, purpose: str, recorded: int, last_sha: str | None) -> int:
    """The highest number a file in ``folder`` took after the last bundle recorded (0: none).

    Only files that continue this installation's own run count: named as this office's bundles
    of ``purpose``, their header (read, not trusted) naming the office, the kind and that number,
    and ``prev`` the last recorded bundle's hash — or a file that so counted — since another
    computer of the same office numbers its own bundles under the same names. (Before the first
    bundle is recorded there is nothing to continue; an interrupted first export is settled by
    its note.)"""
    from db.exchange.envelope import bundle_hash

    if last_sha is None:
        return 0
    kind = KIND_OFFICE_TO_CITY if purpose == PURPOSE_CITY else KIND_DEVICE
    pattern = _bundle_name_pattern(office_code, purpose)
    found: dict[int, Path] = {}
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = pattern.fullmatch(entry.name)
            if match is not None and int(match.group(1)) > recorded:
                found[int(match.group(1))] = entry
    known, taken = {last_sha}, 0
    for number in sorted(found):
        try:
            header = peek_bundle_file(found[number])
            data = found[number].read_bytes()
        except (ShequError, OSError, ValueError):
            continue
        if (header.get("from"), header.get("kind"), header.get("seq")) != (office_code, kind, number):
            continue
        if header.get("prev") in known:
            known.add(bundle_hash(data))
            taken = number
    return taken


def _recorded_max(conn: Db, purpose: str, recipient: str) -> int:
    row = conn.execute(
        "SELECT coalesce(max(seq), 0) FROM bundle_sent WHERE purpose = ? AND recipient = ?", (purpose, recipient)
    ).fetchone()
    return int(row[0])


def _own_partials(folder: Path, office_code: str) -> list[Path]:
    """The unfinished files (:func:`db.fileio.write_atomic`'s temporaries) of this office's bundles."""
    from db.fileio import PARTIAL_SUFFIX

    pattern = re.compile(
        rf"\.{re.escape(office_code)}(?:-device)?-\d+{re.escape(BUNDLE_SUFFIX)}\..*{re.escape(PARTIAL_SUFFIX)}"
    )
    with contextlib.suppress(OSError):
        return [entry for entry in folder.iterdir() if pattern.fullmatch(entry.name)]
    return []


def _remove_own_partials(folder: Path, office_code: str) -> None:
    for partial in _own_partials(folder, office_code):
        with contextlib.suppress(OSError):
            partial.unlink()


def _settle_pending(store: Any, office_code: str, purpose: str, recipient: str, folder: Path) -> int | None:
    """Settle the bundle an interrupted export noted and did not record: recorded when its file is
    found whole (byte for byte what was noted), on the stick it went to or on ``folder``; given up
    when its write clearly never finished (its ``.partial`` is there and it is not); otherwise its
    number is never given again. The number recorded, if any."""
    from db.exchange.envelope import bundle_hash

    with exchange_connection(store) as conn:
        pending = pending_bundle(conn, purpose, recipient)
    if pending is None:
        return None
    places = list(dict.fromkeys([Path(pending.folder), folder]))
    unfinished = False
    for place in places:
        candidate = place / pending.file_name
        try:
            data = candidate.read_bytes()
        except OSError:
            unfinished = unfinished or any(
                p.name.startswith(f".{pending.file_name}.") for p in _own_partials(place, office_code)
            )
            continue
        if bundle_hash(data) == pending.file_sha256:
            _record_export(
                store,
                office_code,
                purpose=purpose,
                recipient=recipient,
                chain=pending.chain,
                seq=pending.seq,
                path=candidate,
                sha=pending.file_sha256,
                prev=pending.prev_sha256,
                since=pending.since_watermark,
                watermark=pending.watermark,
                counts=pending.counts,
            )
            return pending.seq
        unfinished = False  # another file under its name: the number is taken
        break
    with store.transaction(system_actor(office_code, reason=EXPORT_REASON)) as session:
        conn = _driver(session)
        if not unfinished:  # it may be on another stick: its number stays used
            raise_floor(conn, purpose, recipient, pending.seq)
        clear_pending(conn, purpose, recipient)
    return None


def _driver(session: Any) -> Db:
    conn = Db(session.connection(), owns_transactions=False)
    return conn


def _note_pending(store: Any, office_code: str, pending: PendingBundle, *, taken: int) -> None:
    """Note the bundle about to be written (and that numbers up to ``taken`` are used), committed."""
    with store.transaction(system_actor(office_code, reason=EXPORT_REASON)) as session:
        conn = _driver(session)
        raise_floor(conn, pending.purpose, pending.recipient, taken)
        note_pending(conn, pending)


def _forget_pending(store: Any, office_code: str, purpose: str, recipient: str) -> None:
    """The noted bundle was not written after all. Best effort: left noted (a full data folder),
    the next export finds no file and settles it."""
    with contextlib.suppress(Exception), store.transaction(system_actor(office_code, reason=EXPORT_REASON)) as session:
        clear_pending(_driver(session), purpose, recipient)


def _record_export(
    store: Any,
    office_code: str,
    *,
    purpose: str,
    recipient: str,
    chain: Chain,
    seq: int,
    path: Path,
    sha: str,
    prev: str | None,
    since: int | None,
    watermark: int,
    counts: dict[str, int],
) -> int:
    """Record the written bundle; signed returns it carried to the city become 已报送."""
    sent = 0
    with store.transaction(system_actor(office_code, reason=EXPORT_REASON)) as session:
        if purpose == PURPOSE_CITY:
            conn = Db(session.connection(), owns_transactions=False)
            carried = sorted(  # by the table's index: a few rows per return
                {
                    str(record_id)
                    for record_id, office, number in conn.execute(
                        "SELECT record_id, office_code, seq FROM audit_entry WHERE table_name = 'return_snapshot'"
                    )
                    if office == office_code and number <= watermark
                }
            )
            for start in range(0, len(carried), 500):
                for snapshot in session.exec(
                    select(ReturnSnapshot).where(
                        col(ReturnSnapshot.id).in_(carried[start : start + 500]),
                        col(ReturnSnapshot.state) == ReturnState.SIGNED.value,
                        col(ReturnSnapshot.signed_at).is_not(None),
                    )
                ).all():
                    snapshot.state = ReturnState.SENT.value
                    session.add(snapshot)
                    sent += 1
            session.flush()
        conn = Db(session.connection(), owns_transactions=False)
        record_sent(
            conn,
            purpose=purpose,
            recipient=recipient,
            chain=chain,
            seq=seq,
            file_name=path.name,
            file_sha256=sha,
            prev_sha256=prev,
            since_watermark=since,
            watermark=watermark,
            counts=counts,
        )
        clear_pending(conn, purpose, recipient)
    return sent


def _read(path: Path | str, limit: int = MAX_BUNDLE_BYTES) -> tuple[Path, bytes]:
    """The file's bytes; its size is checked (``stat``) before it is read, and refused past ``limit``."""
    target = Path(path)
    try:
        with target.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise file_too_large(size, limit)
            data = handle.read(limit + 1)  # a file still growing is not read past the limit either
    except OSError as exc:
        raise BundleUnreadable(str(target), exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise file_too_large(len(data), limit)
    return target, data


def _stat(path: Path | str, limit: int) -> tuple[Path, tuple[int, int]]:
    """The file, checked (``stat``) to be within ``limit`` before anything of it is read; with its
    size and modification time, to tell whether it changed while it was read in steps."""
    target = Path(path)
    try:
        status = target.stat()
    except OSError as exc:
        raise BundleUnreadable(str(target), exc.strerror or str(exc)) from None
    if status.st_size > limit:
        raise file_too_large(status.st_size, limit)
    return target, (status.st_size, status.st_mtime_ns)


def _file_hash(target: Path) -> str:
    """The hex SHA-256 of the file (:func:`db.exchange.envelope.bundle_hash` of its bytes), read in steps."""
    digest = hashlib.sha256()
    try:
        with target.open("rb") as handle:
            while piece := handle.read(READ_STEP):
                digest.update(piece)
    except OSError as exc:
        raise BundleUnreadable(str(target), exc.strerror or str(exc)) from None
    return digest.hexdigest()


def _already(store: Any, sha: str) -> bool:
    with exchange_connection(store) as conn:
        return conn.execute("SELECT 1 FROM bundle_received WHERE file_sha256 = ?", (sha,)).fetchone() is not None


def import_bundle(
    store: Any,
    path: Path | str,
    *,
    city: CityAuthority | None,
    passphrase: str | None,
    allow_gap: bool = False,
    progress: Progress | None = None,
    keystore: KeyStore | None = None,
    now: datetime | None = None,
) -> ApplyResult:
    """Import an office → city bundle (at the city: ``city`` and its passphrase) or a device
    bundle (at a device of the office: ``passphrase`` is the bundle's passphrase). ``now`` is
    the import time recorded (the receiving clock, which decides whether a return is late).
    ``progress(done, total)`` counts to :data:`IMPORT_SCALE`: decrypting the file the first
    :data:`DECRYPT_SHARE`, applying it the rest."""
    from db.exchange.envelope import open_sealed
    from db.exchange.errors import NotACityInstallation, UnknownOffice

    target, stamp = _stat(path, MAX_BUNDLE_BYTES)  # the file is read in steps, never whole
    header = peek_bundle_file(target)
    kind = str(header.get("kind", ""))
    from db.exchange.envelope import KIND_STREET_TO_CITY

    if kind == KIND_STREET_TO_CITY:  # a street's forward (its decisions, comments, countersigned PDFs)
        from db.exchange.street_forward import import_street_forward

        return import_street_forward(store, city, target, passphrase, now=now)
    if kind not in (KIND_OFFICE_TO_CITY, KIND_DEVICE):
        raise WrongBundleKind(kind, "社区报送市级或本社区设备之间的数据包")
    sha = _file_hash(target)
    seq = header.get("seq")
    if _already(store, sha):  # byte for byte a file already opened and applied
        return ApplyResult(
            str(header.get("from", "")), int(seq) if isinstance(seq, int) else 0, kind, sha, already_imported=True
        )

    if kind == KIND_OFFICE_TO_CITY:
        if city is None or not city.exists():
            raise NotACityInstallation(str(getattr(store, "data_dir", "")))
        if passphrase is None:
            from db.exchange.errors import PassphraseNeeded

            raise PassphraseNeeded("市级口令")
        opened = open_sealed(
            target,
            trust=city.trust_policy(),
            recipient_key=city.exchange_key(passphrase),
            recipient_cert=city.exchange_certificate(),
            progress=_share(progress, 0, DECRYPT_SHARE),
        )
        if opened.office_code is None or city.office(opened.office_code) is None:
            raise UnknownOffice(opened.office_code or str(header.get("from", "")))
        from db.exchange.payload import check_payload
        from db.exchange.return_check import bundle_pdfs, check_bundle_returns

        check_payload(opened.payload)  # within every limit before its PDFs are read (and checked only once)
        from cryptography.hazmat.primitives.serialization import Encoding

        # each return is the sender's own; a signature not intact or not certified by the city is a finding
        findings = check_bundle_returns(
            bundle_pdfs(opened.payload), opened.office_code, trust=[city.ca_certificate().public_bytes(Encoding.DER)]
        )
    else:
        from db.exchange.pki import office_trust_policy
        from db.returns.sign import KeyStore

        keys = keystore or KeyStore(Path(store.data_dir))
        with exchange_connection(store) as conn:
            here = office_code_of(conn)
        opened = open_sealed(
            target,
            trust=office_trust_policy(keys, expect_office=here),
            passphrase=passphrase,
            progress=_share(progress, 0, DECRYPT_SHARE),
        )
        findings = {}
    if _stat(target, MAX_BUNDLE_BYTES)[1] != stamp:  # what was opened is what was hashed
        raise BundleUnreadable(str(target), "读取时文件被改动")
    return apply_payload(
        store,
        opened.payload,
        header=opened.header,
        signer_office=opened.office_code,
        bundle_sha256=sha,
        allow_gap=allow_gap,
        progress=_share(progress, DECRYPT_SHARE, IMPORT_SCALE - DECRYPT_SHARE),
        file_name=target.name,
        signer_serial=format(opened.signer.serial_number, "x"),
        findings=findings,
        now=now,
    )


# ---------------------------------------------------------------------------------------
# City → office


def export_ack(
    store: Any,
    city: CityAuthority,
    passphrase: str,
    office_code: str,
    out_dir: Path | str,
    *,
    certificate_file: bytes | None = None,
) -> ExportResult:
    """Write the acknowledgement for ``office_code`` (signed by the city, encrypted to the office).

    Two workstations of a city never write one office's acknowledgements at once (the second waits,
    then takes the next number): the whole export holds :func:`db.exchange.rawdb.exclusive`."""
    with exclusive(store, f"ack-export:{office_code}"):
        return _export_ack(store, city, passphrase, office_code, out_dir, certificate_file=certificate_file)


def _export_ack(
    store: Any,
    city: CityAuthority,
    passphrase: str,
    office_code: str,
    out_dir: Path | str,
    *,
    certificate_file: bytes | None,
) -> ExportResult:
    from db.exchange.envelope import bundle_hash, seal_for_recipient
    from db.exchange.errors import OfficeNotRegistered

    registered = city.office(office_code)
    if registered is None:
        raise OfficeNotRegistered(office_code)
    if registered.revoked:
        raise OfficeRevokedHere(office_code)
    certificates = [c for c in city.issued_certificates(office_code) if c.serial_number == registered.serial]
    if not certificates:
        raise OfficeNotRegistered(office_code)
    identity = city.signing_identity(passphrase)
    folder = Path(out_dir)
    recovered = _settle_pending(store, office_code, PURPOSE_ACK, office_code, folder)  # as export_bundle does
    ensure_city_standards(store)
    from db.exchange.street_route import route_document

    built = build_ack_payload(
        store, office_code, certificate_file=certificate_file, route=route_document(city, office_code)
    )
    with exchange_connection(store) as conn:
        seq = next_seq(conn, PURPOSE_ACK, office_code)
        prev = previous_hash(conn, PURPOSE_ACK, office_code)
        chain = current_chain(conn, PURPOSE_ACK, office_code) or new_chain(seq)
    header = {"kind": KIND_CITY_TO_OFFICE, "from": CITY_SENDER, "to": office_code, "seq": seq, "prev": prev}
    sealed = seal_for_recipient(built.data, header, identity, certificates[-1])
    sha = bundle_hash(sealed)
    path = folder / bundle_filename(office_code, seq, PURPOSE_ACK)
    pending = PendingBundle(
        PURPOSE_ACK, office_code, chain, seq, str(folder.absolute()), path.name, sha, prev, None, 0, built.counts
    )
    _note_pending(store, office_code, pending, taken=0)  # before the file: a kill after it never reuses seq
    try:
        _write(path, sealed)
    except BaseException:
        _forget_pending(store, office_code, PURPOSE_ACK, office_code)
        raise
    try:
        _record_export(
            store,
            office_code,
            purpose=PURPOSE_ACK,
            recipient=office_code,
            chain=chain,
            seq=seq,
            path=path,
            sha=sha,
            prev=prev,
            since=None,
            watermark=0,
            counts=built.counts,
        )
    except BaseException:
        path.unlink(missing_ok=True)  # not recorded: the office must not import it either
        _forget_pending(store, office_code, PURPOSE_ACK, office_code)
        raise
    return ExportResult(path, seq, built.counts, PURPOSE_ACK, True, sha, recovered_seq=recovered)


def _office_key(keystore: KeyStore, passphrase: str) -> SigningIdentity:
    """The office's key opened for the exchange; a wrong passphrase is said as the exchange's
    refusal (nothing made or changed), not as a return left unsigned."""
    from db.exchange.errors import OfficePassphraseWrong
    from db.returns.errors import WrongPassphrase

    try:
        return keystore.load(passphrase)
    except WrongPassphrase:
        raise OfficePassphraseWrong() from None


def import_ack(store: Any, path: Path | str, *, passphrase: str, keystore: KeyStore | None = None) -> AckResult:
    """Import the city's acknowledgement at the office (``passphrase`` opens the office key,
    which decrypts it); installs a certificate it carries after the data is committed. A street's
    receipt (kind ``street-to-office``) goes to :func:`db.exchange.street_acks.import_street_ack`."""
    from db.exchange.envelope import CITY, KIND_STREET_TO_OFFICE, bundle_hash, open_sealed, peek_header
    from db.exchange.pki import install_issued, office_trust_policy
    from db.returns.sign import KeyStore

    target, data = _read(path, MAX_ACK_BYTES)
    header = peek_header(data)
    if header.get("kind") == KIND_STREET_TO_OFFICE:  # the street's receipt (db.exchange.street_acks)
        from db.exchange.street_acks import import_street_ack

        return import_street_ack(store, target, passphrase=passphrase, keystore=keystore)
    if header.get("kind") != KIND_CITY_TO_OFFICE:
        raise WrongBundleKind(str(header.get("kind", "")), "市级回执或街道回执")
    sha = bundle_hash(data)
    seq = header.get("seq")
    if _already(store, sha):
        return AckResult(seq=int(seq) if isinstance(seq, int) else 0, bundle_sha256=sha, already_imported=True)
    keys = keystore or KeyStore(Path(store.data_dir))
    identity = _office_key(keys, passphrase)
    opened = open_sealed(
        data,
        trust=office_trust_policy(keys, expect_office=CITY),
        recipient_key=identity.key,
        recipient_cert=identity.certificate,
    )
    result = apply_ack_payload(store, opened.payload, header=opened.header, bundle_sha256=sha, file_name=target.name)
    if result.certificate_file:
        from db.errors import ShequError

        try:
            install_issued(keys, result.certificate_file, source=target.name)
            result.certificate_installed = True
        except ShequError as exc:
            result.certificate_problem = str(exc)
    if result.route is not None:
        from db.exchange.street_route import take_route

        result.route_note, result.route_problem = take_route(keys, result.route, result.seq)
    return result


def peek_bundle_file(path: Path | str) -> dict[str, Any]:
    """The outer header of a bundle file — who sent it, to whom, its number and kind — read from
    the start of the file only (unauthenticated: for messages and for choosing how to import it)."""
    from db.exchange.envelope import MAX_HEADER_BYTES, peek_header

    target = Path(path)
    try:
        with target.open("rb") as handle:
            data = handle.read(MAX_HEADER_BYTES + 1)
    except OSError as exc:
        raise BundleUnreadable(str(target), exc.strerror or str(exc)) from None
    return peek_header(data)


def bundle_kind(path: Path | str) -> str:
    """The kind a bundle file says it is (unauthenticated: for choosing how to import it)."""
    return str(peek_bundle_file(path).get("kind", ""))
