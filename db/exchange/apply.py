"""Applying a payload: one transaction, idempotent, in order, and nothing silently lost.

:func:`apply_payload` takes the opened payload of an office → city bundle (at the city) or of a
device bundle (at another device of the same office) and writes it in ONE transaction with plain SQL
and Core ``insert()`` executemany (:class:`db.exchange.rawdb.Db`; no ORM objects: 100,000 records
apply in seconds), the same on SQLite and PostgreSQL:

* the same bundle (same file SHA-256) imported again changes nothing and says so; two imports of
  one office's bundles take turns (the office's lock, :meth:`~db.exchange.rawdb.Db.lock`, on
  PostgreSQL; the write lock on SQLite), so the second finds the first's and does nothing;
* within a chain bundle *n* needs *n − 1* (:class:`BundleMissing` names the missing numbers and
  nothing is written), unless ``allow_gap`` — then it is applied and the gap is recorded;
* an office writes only rows with its own office code (:class:`ForeignRecords` refuses the
  whole bundle otherwise), also for ids that already exist;
* an office writes only its own world: every reference of every row (a pairing's resident, a
  visit's pairing, a counted record, an audit entry's record …) points at a row of the sender's
  office — in the bundle or already stored — or at nothing stored yet (a missing parent, below);
  one pointing at another office's record refuses the whole bundle before anything is written
  (:class:`CrossOfficeReference`), one query per reference column (:meth:`~db.exchange.rawdb.Db.in_list`);
* per record: a new one is inserted; a higher version replaces the stored one; the same version
  with the same values is left alone; a lower version is not applied (the newer stays); the
  same version with other values — or, between devices, edits made on both sides since they
  last exchanged — is a conflict: the stored row stays, both sides are kept in
  ``exchange_conflict`` and listed (:func:`list_conflicts`, :func:`resolve_conflict`);
* audit entries and counted records are append-only: inserted once (by id); the audit entries
  get this database's next numbers in the sender's change sequence (:func:`db.audit.allocate_seq`),
  a contiguous range noted with the import (``bundle_received.audit_rowid_first/last``);
* at the city the withheld fields (:data:`db.exchange.payload.CITY_WITHHELD`) are blanked
  before anything is stored, even if a bundle carries them;
* references are checked at the end, by query (a child whose parent is missing means a bundle
  is missing in between: refused, or recorded with ``allow_gap``);
* at the city (and a street) the returns' PDFs go into the database (``stored_file``,
  :mod:`db.exchange.blobs`) in the same transaction; between devices they are files in
  ``returns/`` as the office keeps its own.

Any error rolls everything back: the database is as it was (a dump before and after is equal).
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import Boolean
from sqlalchemy import exc as sa_exc

from db.audit import allocate_seq
from db.changes import Changes
from db.exchange import blobs
from db.exchange.data_errors import (
    BundleMissing,
    ChainBroken,
    ConflictNotFound,
    CrossOfficeReference,
    ForeignRecords,
    ImportFailed,
    NotThisOffice,
    OrphanRecords,
    PayloadDamaged,
    SeqReused,
    WrongBundleKind,
)
from db.exchange.ledger import all_chain_ids, db_time
from db.exchange.payload import (
    APPEND_ONLY_TABLES,
    AUDIT_TABLE,
    PURPOSE_CITY,
    PURPOSE_DEVICE,
    RECORD_TABLES,
    RETURN_RECORD_TABLE,
    SNAPSHOT_TABLE,
    STAMP_FIELDS,
    Payload,
    TableData,
    blank_value,
    column_names,
    office_code_of,
    read_payload,
    strip_audit,
    strip_fields,
    table,
    withheld_fields,
    withheld_tables,
)
from db.exchange.rawdb import Db, exchange_connection, quoted, rollback
from db.leftovers import clear_pending
from db.sortkey import pinyin_key, refresh_sort_keys, sorted_fields
from db.timeutil import utcnow

_log = logging.getLogger(__name__)

KIND_OFFICE_TO_CITY = "office-to-city"
KIND_CITY_TO_OFFICE = "city-to-office"
KIND_DEVICE = "device"

CHUNK = 5000  # rows per executemany (and per progress report)
SQL_VARIABLES = 500  # ids per "IN (…)" query
MANY_ROWS = 5000  # past this many rows of a table, a check reads the sender's rows rather than list their ids
STATISTICS_AFTER_ROWS = 1000  # a city import writing this many rows looks for tables to ANALYZE (PostgreSQL)

CONFLICT_SAME_VERSION = "same_version"
CONFLICT_DIVERGED = "diverged"
PDF_MISSING_FINDING = "报表 PDF 缺失：数据包中没有这份报表的 PDF 文件"
PDF_MISMATCH_FINDING = "PDF 与签署摘要不符：数据包中的报表 PDF 与签署时记录的摘要不一致"

Progress = Callable[[int, int], None]


def _foreign_key_columns() -> dict[str, tuple[tuple[str, str], ...]]:
    """Record table → its reference columns and the table each points at (from the schema)."""
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for name in RECORD_TABLES:
        pairs = tuple(
            (column.name, foreign.column.table.name)
            for column in table(name).columns
            for foreign in column.foreign_keys
            if foreign.column.table.name in RECORD_TABLES
        )
        if pairs:
            found[name] = pairs
    return found


def _references_of(name: str) -> tuple[tuple[str, str, str], ...]:
    """A table's references as the schema declares them: (column, parent table, parent column)."""
    return tuple(
        (foreign.parent.name, foreign.column.table.name, foreign.column.name) for foreign in table(name).foreign_keys
    )


def _references_unchecked(conn: Db) -> bool:
    """Let this import write a child before its parent, or without it (a missing bundle, with
    ``allow_gap``): :meth:`_Apply._check_foreign_keys` checks this bundle's rows at the end. On
    SQLite the connection's foreign-key enforcement is switched off (before the transaction; True:
    switch it on again after); a PostgreSQL city has no foreign keys between the records (migration
    0012) and nothing to switch."""
    if not conn.is_sqlite or conn.in_transaction:
        return False
    conn.execute("PRAGMA foreign_keys=OFF")
    return True


def _check_references_again(conn: Db) -> None:
    conn.execute("PRAGMA foreign_keys=ON")


def _typed_values(conn: Db, name: str, columns: Sequence[str]) -> Callable[[list[Any]], list[Any]]:
    """A function giving a row's values (storage form, in ``columns``' order) as the database
    takes them in an UPDATE: PostgreSQL's booleans from 0/1; SQLite takes them as they are."""
    if conn.is_sqlite:
        return _same
    booleans = [i for i, column in enumerate(columns) if isinstance(table(name).c[column].type, Boolean)]
    if not booleans:
        return _same

    def adapt(values: list[Any]) -> list[Any]:
        for i in booleans:
            if values[i] is not None:
                values[i] = bool(values[i])
        return values

    return adapt


def _same(values: list[Any]) -> list[Any]:
    return values


def _insert(
    conn: Db, name: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], *, ignore_existing: bool = False
) -> int:
    """:meth:`Db.insert_rows`, the values put in the table's column order first when they are not
    (a payload from an older version without a column, whose blank is added at the end)."""
    ordered = [column.name for column in table(name).columns if column.name in columns]
    if ordered == list(columns):
        return conn.insert_rows(name, columns, rows, ignore_existing=ignore_existing)
    slots = [list(columns).index(column) for column in ordered]
    moved = [[row[i] for i in slots] for row in rows]
    return conn.insert_rows(name, ordered, moved, ignore_existing=ignore_existing)


# How the refusal names the append-only tables' reference (table label, field label).
_LOG_LABELS = {AUDIT_TABLE: ("审计日志", "所记录的记录"), RETURN_RECORD_TABLE: ("报表计入的记录", "所计入的记录")}

# Reference columns of the synced tables; return_record and audit_entry name theirs per row
# (table_name + record_id). Checked by :meth:`_Apply._check_references`.
REFERENCE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = _foreign_key_columns()
# References without a foreign key, added by hand: an unlock request names the locked return
REFERENCE_COLUMNS["unlock_request"] = (("return_id", SNAPSHOT_TABLE),)


@dataclass
class TableOutcome:
    """What applying one table did."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_newer: int = 0  # the receiver had a newer version: the bundle's was not applied
    conflicts: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "kept_newer": self.kept_newer,
            "conflicts": self.conflicts,
        }


@dataclass(frozen=True)
class ConflictInfo:
    conflict_id: str
    table: str
    record_id: str
    kind: str
    local_version: int
    incoming_version: int


@dataclass
class ApplyResult:
    """What an import did (or, with ``already_imported``, that it did nothing)."""

    sender: str
    seq: int
    kind: str
    bundle_sha256: str
    chain_id: str = ""
    already_imported: bool = False
    tables: dict[str, TableOutcome] = field(default_factory=dict)
    audit_added: int = 0
    return_records_added: int = 0
    conflicts: list[ConflictInfo] = field(default_factory=list)
    gap_note: str = ""
    returns_arrived: list[str] = field(default_factory=list)  # snapshot ids (city)
    returns_with_findings: list[str] = field(default_factory=list)  # arrived with a finding for the reviewer (city)
    withheld_dropped: int = 0  # personal values the bundle carried that were not stored
    pdfs_written: int = 0

    def total(self, what: str) -> int:
        return sum(getattr(outcome, what) for outcome in self.tables.values())

    @property
    def changed(self) -> bool:
        return not self.already_imported

    @property
    def changes(self) -> Changes:
        """The ledgers whose rows came in, the returns that arrived, the exchange's history."""
        if self.already_imported:
            return Changes()
        from db.kinds import kind_of_table

        touched = {
            kind.key
            for name, outcome in self.tables.items()
            if (outcome.inserted or outcome.updated or outcome.conflicts) and (kind := kind_of_table(name)) is not None
        }
        arrived = bool(self.returns_arrived or self.return_records_added)
        office = any(
            outcome.inserted or outcome.updated
            for name, outcome in self.tables.items()
            if kind_of_table(name) is None and name not in ("audit_entry", "return_record", "return_snapshot")
        )
        return Changes(kinds=frozenset(touched), returns=arrived, exchange=True, office=office)

    def counts(self) -> dict[str, Any]:
        return {
            "tables": {name: outcome.as_dict() for name, outcome in self.tables.items()},
            "audit_added": self.audit_added,
            "return_records_added": self.return_records_added,
            "conflicts": len(self.conflicts),
            "returns_arrived": len(self.returns_arrived),
        }

    def message(self) -> str:
        """One paragraph in Chinese for the command line and the app."""
        who = f"社区 {self.sender} 的第 {self.seq} 号数据包"
        if self.already_imported:
            return f"{who}以前已经导入过，这次没有任何改动。"
        parts = [
            f"已导入{who}：新增 {self.total('inserted')} 条、更新 {self.total('updated')} 条、"
            f"未变 {self.total('unchanged')} 条记录，审计日志 {self.audit_added} 条"
        ]
        if self.total("kept_newer"):
            parts.append(f"本机已有更新版本而保留本机的 {self.total('kept_newer')} 条")
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} 处冲突已保留，请在冲突列表中处理")
        if self.returns_arrived:
            parts.append(f"收到报表 {len(self.returns_arrived)} 份，待审核（请在“报送情况”中审核）")
        if self.returns_with_findings:
            parts.append(f"其中 {len(self.returns_with_findings)} 份的 PDF 核验发现问题，请审核时查看")
        if self.withheld_dropped:
            parts.append(f"未保存数据包中多带的个人信息 {self.withheld_dropped} 项")
        if self.gap_note:
            parts.append(f"已记录缺口：{self.gap_note}")
        return "；".join(parts) + "。"


# ---------------------------------------------------------------------------------------
# Entry point


def apply_payload(
    target: Any,
    payload_bytes: bytes,
    *,
    header: Mapping[str, Any],
    signer_office: str | None,
    bundle_sha256: str,
    allow_gap: bool = False,
    progress: Progress | None = None,
    data_dir: Path | None = None,
    file_name: str = "",
    signer_serial: str = "",
    findings: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> ApplyResult:
    """Apply an opened office → city or device payload in one transaction (see the module doc).

    ``target`` is a store, session, engine or ``sqlite3`` connection; ``header`` the bundle's
    authenticated header; ``signer_office`` the office code of the signing certificate;
    ``bundle_sha256`` the SHA-256 of the bundle file (:func:`db.exchange.envelope.bundle_hash`).
    ``data_dir`` is where the returns' PDFs are written (``returns/``); by default the store's.
    ``progress(done, total)`` is called as rows are written. ``now`` is the import time recorded
    (the receiving clock; default: now). ``findings`` (snapshot id → what the signature check
    found, :func:`db.exchange.return_check.check_bundle_returns`) are recorded on the returns'
    receipts for the reviewer. A return that arrives is never decided here: it waits as 待审核.
    """
    kind = str(header.get("kind", ""))
    if kind not in (KIND_OFFICE_TO_CITY, KIND_DEVICE):
        raise WrongBundleKind(kind, "社区报送市级或本社区设备之间的数据包")
    sender = str(header.get("from", ""))
    if signer_office is not None and sender != signer_office:
        raise ForeignRecords(signer_office, "文件头", sender)
    payload = read_payload(
        payload_bytes, progress=(lambda done, total: progress(done, 2 * total)) if progress else None
    )
    expected_purpose = PURPOSE_CITY if kind == KIND_OFFICE_TO_CITY else PURPOSE_DEVICE
    if payload.purpose != expected_purpose:
        raise PayloadDamaged("数据内容与文件头的种类不一致")
    if payload.office_code != sender:
        raise ForeignRecords(sender, "数据内容", payload.office_code)
    try:
        seq = int(header.get("seq", 0))
    except (TypeError, ValueError) as exc:
        raise PayloadDamaged("数据包编号不对") from exc
    if seq < 1:
        raise PayloadDamaged("数据包编号不对")
    if data_dir is None:
        folder = getattr(target, "data_dir", None)
        data_dir = Path(folder) if folder is not None else None
    job = _Apply(
        payload=payload,
        kind=kind,
        sender=sender,
        seq=seq,
        prev=header.get("prev"),
        bundle_sha256=bundle_sha256,
        allow_gap=allow_gap,
        progress=progress,
        data_dir=data_dir,
        file_name=file_name,
        signer_serial=signer_serial,
        findings=findings or {},
        now=now,
    )
    with exchange_connection(target) as conn:
        return job.run(conn)


# ---------------------------------------------------------------------------------------
# The work


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _values_json(columns: Sequence[str], row: Sequence[Any]) -> str:
    return json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, sort_keys=True)


class _Apply:
    def __init__(
        self,
        *,
        payload: Payload,
        kind: str,
        sender: str,
        seq: int,
        prev: Any,
        bundle_sha256: str,
        allow_gap: bool,
        progress: Progress | None,
        data_dir: Path | None,
        file_name: str,
        signer_serial: str,
        findings: Mapping[str, str],
        now: datetime | None,
    ) -> None:
        self.payload = payload
        self.kind = kind
        self.city = kind == KIND_OFFICE_TO_CITY
        self.sender = sender
        self.seq = seq
        self.prev = prev if isinstance(prev, str) else None
        self.sha = bundle_sha256
        self.allow_gap = allow_gap
        self.progress = progress
        self.data_dir = data_dir
        self.file_name = file_name
        self.signer_serial = signer_serial
        self.findings = dict(findings)
        self.now = db_time(now or utcnow())
        self.result = ApplyResult(sender, seq, kind, bundle_sha256, chain_id=payload.chain_id)
        self.total = sum(len(t.rows) for t in payload.tables.values()) or 1
        self.done = self.total  # the first half of the progress was reading the payload
        self.touched: dict[str, set[str]] = {}  # table → ids inserted or updated
        self.applied_snapshots: list[dict[str, Any]] = []
        self.audit_range: tuple[int, int] | None = None
        self.written_files: list[Path] = []
        self.dirty: set[tuple[str, str]] = set()
        self.new_history: set[tuple[str, str]] = set()

    # --- the transaction ------------------------------------------------------------

    def run(self, conn: Db) -> ApplyResult:
        unchecked = _references_unchecked(conn)  # checked at the end, for this bundle's rows
        try:
            conn.begin_write(wait=None)  # behind another import of this process for as long as it takes
            conn.lock(self.sender)  # the office's imports take turns: the second finds the first's
            try:
                if self._already_imported(conn):
                    rollback(conn)
                    self.result.already_imported = True
                    return self.result
                self._check_chain(conn)
                if not self.city:
                    here = office_code_of(conn)
                    if here is not None and here != self.sender:
                        raise NotThisOffice(self.sender, here)
                    self._find_divergence(conn)
                self._check_references(conn)
                self._report()
                for name in RECORD_TABLES:
                    data = self.payload.tables.get(name)
                    if data is not None:
                        self._apply_records(conn, data)
                self._apply_append_only(conn)
                self._check_foreign_keys(conn)
                if self.city:
                    self._receipts(conn)
                self._record_bundle(conn)
                conn.commit()
            except BaseException:
                rollback(conn)
                for path in self.written_files:
                    path.unlink(missing_ok=True)
                    clear_pending(path)
                raise
            for path in self.written_files:
                clear_pending(path)
            self._refresh_statistics(conn)
        except (sa_exc.IntegrityError, sa_exc.InterfaceError, sa_exc.ProgrammingError, sa_exc.DataError) as exc:
            raise PayloadDamaged(str(exc)) from exc
        except (IndexError, TypeError, KeyError) as exc:
            raise PayloadDamaged(type(exc).__name__) from exc
        except sa_exc.OperationalError as exc:
            raise ImportFailed(str(exc)) from exc
        finally:
            if unchecked:
                _check_references_again(conn)
        if self.progress is not None:
            self.progress(2 * self.total, 2 * self.total)
        return self.result

    def _refresh_statistics(self, conn: Db) -> None:
        """After a large import at the city, let the planner learn of it (:meth:`Db.refresh_statistics`).
        The import is committed: a failure here is logged, never reported as the import's."""
        written = {name: len(ids) for name, ids in self.touched.items()}
        if self.audit_range is not None:
            written["audit_entry"] = self.audit_range[1] - self.audit_range[0] + 1
        if not self.city or conn.is_sqlite or sum(written.values()) < STATISTICS_AFTER_ROWS:
            return
        try:
            conn.refresh_statistics(written)
        except sa_exc.SQLAlchemyError as exc:
            _log.warning("statistics not refreshed after %s's bundle %s: %s", self.sender, self.seq, exc)

    def _report(self, count: int = 0) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(min(self.done, 2 * self.total), 2 * self.total)

    def _already_imported(self, conn: Db) -> bool:
        return conn.execute("SELECT 1 FROM bundle_received WHERE file_sha256 = ?", (self.sha,)).fetchone() is not None

    def _check_chain(self, conn: Db) -> None:
        rows = conn.execute(
            "SELECT seq, file_sha256 FROM bundle_received WHERE kind = ? AND sender = ? AND chain_id = ?",
            (self.kind, self.sender, self.payload.chain_id),
        ).fetchall()
        imported = {int(seq): str(sha) for seq, sha in rows}
        if self.seq in imported:
            raise SeqReused(self.sender, self.seq)
        first = self.payload.chain_first_seq
        if self.seq <= first:
            return  # the chain starts here (a full bundle)
        before = imported.get(self.seq - 1)
        if before is not None:
            if self.prev is not None and self.prev != before:
                raise ChainBroken(self.sender, self.seq)
            return
        lower = [seq for seq in imported if seq < self.seq]
        start = max(lower, default=first - 1) + 1
        missing = list(range(start, self.seq))
        if not self.allow_gap:
            raise BundleMissing(self.sender, missing)
        shown = "、".join(str(seq) for seq in missing)
        self.result.gap_note = f"导入第 {self.seq} 号时缺少第 {shown} 号数据包"

    # --- references: an office writes only its own world ------------------------------

    def _check_references(self, conn: Db) -> None:
        """Refuse the bundle (nothing written yet) when a row points at another office's record.

        A reference may point at a row the bundle brings (those of another office are refused
        as they are applied), at a row of the sender already stored, or at nothing stored (a
        parent in a missing bundle: :meth:`_check_foreign_keys` decides). Shared reference data
        (the city's standards) is never pointed at by a travelling column. One query per
        reference column (per referenced table for the per-row ``table_name`` columns).
        """
        brought: dict[str, set[Any]] = {}

        def in_bundle(target: str) -> set[Any]:
            if target not in brought:
                data = self.payload.tables.get(target)
                brought[target] = {row[data.index("id")] for row in data.rows} if data is not None else set()
            return brought[target]

        for name, references in REFERENCE_COLUMNS.items():
            data = self.payload.tables.get(name)
            if data is None or not data.rows:
                continue
            for column, target in references:
                if column not in data.columns:
                    continue
                slot = data.index(column)
                wanted = {row[slot] for row in data.rows if row[slot] is not None} - in_bundle(target)
                self._refuse_foreign(conn, name, column, target, wanted)
        skipped = withheld_tables(PURPOSE_CITY) if self.city else frozenset()
        for name in APPEND_ONLY_TABLES:
            data = self.payload.tables.get(name)
            if data is None or not data.rows or not {"table_name", "record_id"} <= set(data.columns):
                continue
            t_slot, r_slot = data.index("table_name"), data.index("record_id")
            by_table: dict[Any, set[Any]] = {}
            for row in data.rows:
                by_table.setdefault(row[t_slot], set()).add(row[r_slot])
            for target, ids in by_table.items():
                if target in RECORD_TABLES and target not in skipped:
                    self._refuse_foreign(conn, name, "record_id", str(target), ids - in_bundle(str(target)))

    def _refuse_foreign(self, conn: Db, name: str, column: str, target: str, ids: set[Any]) -> None:
        """:class:`CrossOfficeReference` when one of ``ids`` is a stored row of ``target`` of another office."""
        if not ids:
            return
        if not all(isinstance(value, (str, int)) and not isinstance(value, bool) for value in ids):
            raise PayloadDamaged(f"{name} 表的 {column} 不对")
        fragment, params = conn.in_list("id", sorted(ids, key=str))
        found = conn.execute(
            f"SELECT office_code FROM {quoted(target)} WHERE {fragment} AND office_code != ? LIMIT 1",
            (*params, self.sender),
        ).fetchone()
        if found is None:
            return
        from db.kinds import kind_of_table
        from db.validation import field_label

        kind = kind_of_table(name)
        if kind is not None:
            label, field_name = kind.label, field_label(column, kind.key)
        else:
            label, field_name = _LOG_LABELS.get(name, (name, column))
        raise CrossOfficeReference(self.sender, label, field_name, f"{name}.{column}", str(found[0]))

    # --- devices: edits made on both sides ------------------------------------------

    def _find_divergence(self, conn: Db) -> None:
        """Records changed here since the sender last saw this device's bundles (``dirty``),
        and records the bundle brings new history for (``new_history``)."""
        seen = self.payload.meta.get("seen") or {}
        mine = all_chain_ids(conn, PURPOSE_DEVICE)
        watermark = 0
        if isinstance(seen, dict):
            for chain_id, seq in seen.items():
                if chain_id in mine:
                    row = conn.execute(
                        "SELECT watermark FROM bundle_sent WHERE purpose = ? AND chain_id = ? AND seq = ?",
                        (PURPOSE_DEVICE, chain_id, seq),
                    ).fetchone()
                    if row is not None:
                        watermark = max(watermark, int(row[0]))
        # the office's change sequence here: the rows received from the other devices lie in the
        # ranges their imports noted; any other row after the watermark was written here
        ranges = [
            (int(a), int(b))
            for a, b in conn.execute(
                "SELECT audit_rowid_first, audit_rowid_last FROM bundle_received"
                " WHERE sender = ? AND audit_rowid_last IS NOT NULL AND audit_rowid_last > ?",
                (self.sender, watermark),
            ).fetchall()
        ]
        for number, table_name, record_id in conn.execute(
            "SELECT seq, table_name, record_id FROM audit_entry WHERE office_code = ? AND seq > ?",
            (self.sender, watermark),
        ):
            if not any(a <= number <= b for a, b in ranges):
                self.dirty.add((str(table_name), str(record_id)))
        if not self.dirty:
            return
        audit = self.payload.tables.get(AUDIT_TABLE)
        if audit is None:
            return
        id_i, t_i, r_i = audit.index("id"), audit.index("table_name"), audit.index("record_id")
        candidates = [row for row in audit.rows if (row[t_i], row[r_i]) in self.dirty]
        known: set[str] = set()
        for chunk in _chunks([row[id_i] for row in candidates], SQL_VARIABLES):
            marks = ", ".join("?" * len(chunk))
            known.update(r[0] for r in conn.execute(f"SELECT id FROM audit_entry WHERE id IN ({marks})", tuple(chunk)))
        self.new_history = {(row[t_i], row[r_i]) for row in candidates if row[id_i] not in known}

    # --- records ------------------------------------------------------------------

    def _apply_records(self, conn: Db, data: TableData) -> None:
        name = data.name
        if self.city and name in withheld_tables(PURPOSE_CITY):
            self._report(len(data.rows))
            return
        columns, rows = data.columns, data.rows
        if self.city:
            fields = withheld_fields(PURPOSE_CITY).get(name)
            if fields:
                self.result.withheld_dropped += strip_fields(name, columns, rows, fields)
        if name == SNAPSHOT_TABLE:
            self._normalise_pdf_paths(columns, rows)
        outcome = self.result.tables.setdefault(name, TableOutcome())
        id_i, office_i, version_i = columns.index("id"), columns.index("office_code"), columns.index("version")

        existing: dict[str, tuple[int, str]] = {}
        if rows and conn.execute(f"SELECT 1 FROM {quoted(name)} LIMIT 1").fetchone() is not None:
            # the sender's stored rows (a city holds every office's: only this one's are read) …
            existing = {
                str(rid): (int(version), self.sender)
                for rid, version in conn.execute(
                    f"SELECT id, version FROM {quoted(name)} WHERE office_code = ?", (self.sender,)
                )
            }
            # … and any of the bundle's ids stored under another office (refused below)
            fragment, params = conn.in_list("id", [row[id_i] for row in rows])
            for rid, version, office in conn.execute(
                f"SELECT id, version, office_code FROM {quoted(name)} WHERE {fragment} AND office_code != ?",
                (*params, self.sender),
            ):
                existing[str(rid)] = (int(version), str(office))

        inserts: list[list[Any]] = []
        updates: list[list[Any]] = []
        same_version: list[list[Any]] = []
        sender = self.sender
        for row in rows:
            if row[office_i] != sender:
                raise ForeignRecords(sender, name, str(row[office_i]))
            version = row[version_i]
            if type(version) is not int:
                raise PayloadDamaged(f"{name} 表的版本号不对")
            found = existing.get(row[id_i])
            if found is None:
                inserts.append(row)
                continue
            local_version, local_office = found
            if local_office != sender:
                raise ForeignRecords(sender, name, local_office)
            key = (name, row[id_i])
            if key in self.new_history and key in self.dirty:
                same_version.append(row)  # both sides changed it: compared below
            elif version > local_version:
                updates.append(row)
            elif version < local_version:
                outcome.kept_newer += 1
            else:
                same_version.append(row)

        if same_version:
            self._compare(conn, data, same_version, existing, updates, outcome)

        all_columns = column_names(name)
        missing = [c for c in all_columns if c not in columns]
        blanks = [blank_value(name, c) for c in missing]
        # the pinyin sort keys do not travel: derived here from the text the rows bring (or the blank)
        whole = columns + missing
        keyed = [(whole.index(field), key) for field, key in sorted_fields(table(name)).items() if field in whole]
        insert_columns = whole + [key for _i, key in keyed]
        for chunk in _chunks(inserts, CHUNK):
            values = (
                [full + [pinyin_key(full[i]) for i, _key in keyed] for full in (row + blanks for row in chunk)]
                if blanks or keyed
                else chunk
            )
            _insert(conn, name, insert_columns, values)
            self._report(len(chunk))
        outcome.inserted += len(inserts)

        others = [i for i, c in enumerate(columns) if c != "id"]
        update_sql = f"UPDATE {quoted(name)} SET {', '.join(quoted(columns[i]) + ' = ?' for i in others)} WHERE id = ?"
        adapt = _typed_values(conn, name, [columns[i] for i in others])
        for chunk in _chunks(updates, CHUNK):
            conn.executemany(update_sql, [[*adapt([row[i] for i in others]), row[id_i]] for row in chunk])
            self._report(len(chunk))
        outcome.updated += len(updates)
        if updates:
            refresh_sort_keys(conn, table(name), [row[id_i] for row in updates])
        self._report(len(rows) - len(inserts) - len(updates))

        touched = self.touched.setdefault(name, set())
        touched.update(row[id_i] for row in inserts)
        touched.update(row[id_i] for row in updates)
        if name == SNAPSHOT_TABLE:
            self.applied_snapshots = [dict(zip(columns, row, strict=True)) for row in inserts + updates]
            if self.city:
                self._store_pdfs(conn, inserts + updates, columns)
            else:
                self._write_pdfs(inserts + updates, columns)

    def _compare(
        self,
        conn: Db,
        data: TableData,
        rows: list[list[Any]],
        existing: Mapping[str, tuple[int, str]],
        updates: list[list[Any]],
        outcome: TableOutcome,
    ) -> None:
        """Rows whose version equals the stored one (or that both sides changed): unchanged,
        a conflict, or — when only this side is behind — an update."""
        name, columns = data.name, data.columns
        id_i, version_i = columns.index("id"), columns.index("version")
        compared = [i for i, c in enumerate(columns) if c not in STAMP_FIELDS and c not in ("version", "deleted_at")]
        deleted_i = columns.index("deleted_at") if "deleted_at" in columns else None
        all_columns = column_names(name)
        listed = ", ".join(quoted(c) for c in all_columns)
        local: dict[str, tuple[Any, ...]] = {}
        for chunk in _chunks([row[id_i] for row in rows], SQL_VARIABLES):
            marks = ", ".join("?" * len(chunk))
            for found in conn.execute(f"SELECT {listed} FROM {quoted(name)} WHERE id IN ({marks})", tuple(chunk)):
                local[str(found[0])] = tuple(found)
        position = {c: i for i, c in enumerate(all_columns)}
        for row in rows:
            stored = local[row[id_i]]
            same = all(row[i] == stored[position[columns[i]]] for i in compared)
            if same and deleted_i is not None:
                same = (row[deleted_i] is None) == (stored[position["deleted_at"]] is None)
            local_version = existing[row[id_i]][0]
            if same:
                if row[version_i] > local_version:
                    updates.append(row)  # the same content under a newer version number
                else:
                    outcome.unchanged += 1
                continue
            key = (name, row[id_i])
            diverged = key in self.new_history and key in self.dirty
            if not diverged and row[version_i] > local_version:
                updates.append(row)
                continue
            if not diverged and row[version_i] < local_version:
                outcome.kept_newer += 1
                continue
            self._conflict(
                conn,
                name,
                row,
                columns,
                stored,
                all_columns,
                CONFLICT_DIVERGED if diverged else CONFLICT_SAME_VERSION,
                local_version,
            )
            outcome.conflicts += 1

    def _conflict(
        self,
        conn: Db,
        name: str,
        row: list[Any],
        columns: list[str],
        stored: tuple[Any, ...],
        stored_columns: list[str],
        kind: str,
        local_version: int,
    ) -> None:
        record_id = str(row[columns.index("id")])
        incoming_version = int(row[columns.index("version")])
        incoming_json = _values_json(columns, row)
        duplicate = conn.execute(
            "SELECT id FROM exchange_conflict WHERE table_name = ? AND record_id = ? AND incoming_version = ?"
            " AND incoming_values_json = ? AND resolved_at IS NULL",
            (name, record_id, incoming_version, incoming_json),
        ).fetchone()
        if duplicate is not None:
            conflict_id = str(duplicate[0])
        else:
            conflict_id = str(uuid.uuid4())
            conn.execute(
                "INSERT INTO exchange_conflict (id, office_code, table_name, record_id, conflict_kind, local_version,"
                " local_values_json, incoming_version, incoming_values_json, bundle_sender, bundle_seq,"
                " bundle_sha256, detected_at, resolved_at, resolution)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '')",
                (
                    conflict_id,
                    self.sender,
                    name,
                    record_id,
                    kind,
                    local_version,
                    _values_json(stored_columns, stored),
                    incoming_version,
                    incoming_json,
                    self.sender,
                    self.seq,
                    self.sha,
                    self.now,
                ),
            )
        self.result.conflicts.append(ConflictInfo(conflict_id, name, record_id, kind, local_version, incoming_version))

    # --- returns' PDFs ------------------------------------------------------------

    def _pdf_relative(self, path: str, snapshot_id: str) -> str:
        base = PurePosixPath(str(path).replace("\\", "/")).name or f"{snapshot_id}.pdf"
        if not base.lower().endswith(".pdf") or base.startswith("."):
            base = f"{snapshot_id}.pdf"
        if self.city:
            return f"returns/{self.sender}/{base}"
        return f"returns/{base}"

    def _normalise_pdf_paths(self, columns: list[str], rows: list[list[Any]]) -> None:
        """Where this installation keeps each return's PDF (the city: one folder per office)."""
        id_i, path_i = columns.index("id"), columns.index("pdf_path") if "pdf_path" in columns else -1
        if path_i < 0:
            return
        for row in rows:
            if row[path_i]:
                row[path_i] = self._pdf_relative(str(row[path_i]), str(row[id_i]))

    def _store_pdfs(self, conn: Db, rows: list[list[Any]], columns: list[str]) -> None:
        """The city's (a street's): each return's PDF into ``stored_file`` in this transaction,
        found again by the return's ``pdf_sha256`` (``pdf_path`` keeps its relative name)."""
        if "pdf_sha256" not in columns:
            return
        id_i, sha_i = columns.index("id"), columns.index("pdf_sha256")
        for row in rows:
            data = self.payload.pdfs.get(str(row[id_i]))
            if data is None or not row[sha_i]:
                continue
            if blobs.sha256_hex(data) != row[sha_i]:
                continue  # not stored; the receipt records the finding for the reviewer
            if blobs.has_file(conn, str(row[sha_i])):
                continue
            blobs.put_file(conn, data)
            self.result.pdfs_written += 1

    def _write_pdfs(self, rows: list[list[Any]], columns: list[str]) -> None:
        """Between devices: each return's PDF as a file in ``returns/``, as the office keeps its own."""
        if self.data_dir is None or "pdf_path" not in columns:
            return
        id_i, path_i = columns.index("id"), columns.index("pdf_path")
        sha_i = columns.index("pdf_sha256") if "pdf_sha256" in columns else None
        for row in rows:
            data = self.payload.pdfs.get(str(row[id_i]))
            if data is None or not row[path_i]:
                continue
            if sha_i is not None and hashlib.sha256(data).hexdigest() != row[sha_i]:
                continue  # not stored; the receipt records the finding for the reviewer
            target = self.data_dir / str(row[path_i])
            if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
                continue
            from db.fileio import write_atomic

            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():  # marked until committed: a killed import leaves no PDF without its row
                from db.leftovers import mark_pending

                mark_pending(target)
                self.written_files.append(target)
            write_atomic(target, data)
            self.result.pdfs_written += 1

    # --- audit log and counted records --------------------------------------------

    def _apply_append_only(self, conn: Db) -> None:
        for name in APPEND_ONLY_TABLES:
            data = self.payload.tables.get(name)
            if data is None:
                continue
            columns, rows = data.columns, data.rows
            if name == AUDIT_TABLE:
                if self.city:
                    rows = strip_audit(columns, rows, PURPOSE_CITY)
                office_i = columns.index("office_code")
                for row in rows:
                    if row[office_i] != self.sender:
                        raise ForeignRecords(self.sender, name, str(row[office_i]))
            all_columns = column_names(name)
            missing = [c for c in all_columns if c not in columns]
            blanks = [blank_value(name, c) for c in missing]
            insert_columns = columns + missing
            added = 0
            if name == AUDIT_TABLE:
                # this database's next numbers in the sender's sequence, in the bundle's order (an
                # entry already stored keeps its number: its new one is a gap)
                first = allocate_seq(conn.connection, self.sender, len(rows)) if rows else 0
                for number, row in enumerate(rows, start=first):  # the payload's rows, numbered in place
                    if blanks:
                        row.extend(blanks)
                    row.append(number)
                for chunk in _chunks(rows, CHUNK):
                    added += _insert(conn, name, [*insert_columns, "seq"], chunk, ignore_existing=True)
                    self._report(len(chunk))
                self.result.audit_added = added
                if added:
                    self.audit_range = (first, first + len(rows) - 1)
            else:
                for part in _chunks(rows, CHUNK):
                    added += _insert(
                        conn,
                        name,
                        insert_columns,
                        [row + blanks for row in part] if blanks else part,
                        ignore_existing=True,
                    )
                    self._report(len(part))
                self.result.return_records_added = added
                self._refuse_foreign_counted(conn, columns, rows)
                if added:
                    self.touched.setdefault(RETURN_RECORD_TABLE, set()).update(row[columns.index("id")] for row in rows)
            self._report(len(data.rows) - len(rows))

    def _refuse_foreign_counted(self, conn: Db, columns: list[str], rows: list[list[Any]]) -> None:
        """:class:`ForeignRecords` when a counted record names another office's stored return."""
        if "return_id" not in columns:
            return
        slot = columns.index("return_id")
        returns = sorted({str(row[slot]) for row in rows if row[slot] is not None})
        if not returns:
            return
        fragment, params = conn.in_list("id", returns)
        foreign = conn.execute(
            f"SELECT office_code FROM return_snapshot WHERE {fragment} AND office_code != ? LIMIT 1",
            (*params, self.sender),
        ).fetchone()
        if foreign is not None:
            raise ForeignRecords(self.sender, RETURN_RECORD_TABLE, str(foreign[0]))

    # --- references -------------------------------------------------------------

    def _check_foreign_keys(self, conn: Db) -> None:
        """Rows of this bundle whose parent is missing (a bundle in between is missing): for each
        reference the schema declares, this bundle's rows whose parent is not stored."""
        orphans: list[tuple[str, str]] = []
        for name, ids in self.touched.items():
            references = _references_of(name)
            if not ids or not references:
                continue
            if len(ids) > MANY_ROWS and "office_code" in table(name).c:  # the sender's rows by their index
                mine, params = "c.office_code = ?", (self.sender,)
            else:
                mine, params = conn.in_list("c.id", sorted(ids))
            missing = " OR ".join(
                f"(c.{quoted(column)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {quoted(parent)} AS p"
                f" WHERE p.{quoted(parent_column)} = c.{quoted(column)}))"
                for column, parent, parent_column in references
            )
            found = conn.execute(f"SELECT c.id FROM {quoted(name)} AS c WHERE {mine} AND ({missing})", params)
            orphans.extend((name, str(record_id)) for (record_id,) in found.fetchall() if record_id in ids)
        if not orphans:
            return
        if not self.allow_gap:
            table_name, record_id = orphans[0]
            raise OrphanRecords(self.sender, len(orphans), f"{table_name} 表的 {record_id}")
        note = f"{len(orphans)} 条记录引用的记录尚未收到"
        self.result.gap_note = f"{self.result.gap_note}；{note}" if self.result.gap_note else note

    # --- the city's receipts of returns --------------------------------------------

    def _receipts(self, conn: Db) -> None:
        for snapshot in self.applied_snapshots:
            if snapshot.get("signed_at") is None:
                continue
            snapshot_id = str(snapshot["id"])
            exists = conn.execute("SELECT 1 FROM return_receipt WHERE return_id = ?", (snapshot_id,)).fetchone()
            if exists is not None:
                continue
            # never decided here: the return waits for a person (待审核); what the checks found is
            # recorded for them to see
            data = self.payload.pdfs.get(snapshot_id)
            found: list[str] = []
            if data is None:
                found.append(PDF_MISSING_FINDING)
            elif hashlib.sha256(data).hexdigest() != snapshot.get("pdf_sha256"):
                found.append(PDF_MISMATCH_FINDING)
            if self.findings.get(snapshot_id):
                found.append(self.findings[snapshot_id])
            finding = "；".join(found)
            if finding:
                self.result.returns_with_findings.append(snapshot_id)
            conn.execute(
                "INSERT INTO return_receipt (id, return_id, office_code, period_code, return_version, arrived_at,"
                " bundle_seq, status, reason, decided_at, decided_by, decided_level, finding)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, '', '', NULL, '', '', ?)",
                (
                    str(uuid.uuid4()),
                    snapshot_id,
                    self.sender,
                    str(snapshot.get("period_code", "")),
                    int(snapshot.get("return_version", 1)),
                    self.now,
                    self.seq,
                    finding,
                ),
            )
            self.result.returns_arrived.append(snapshot_id)

    # --- the import's own record ------------------------------------------------------

    def _record_bundle(self, conn: Db) -> None:
        audit_range = self.audit_range
        conn.execute(
            "INSERT INTO bundle_received (id, kind, sender, chain_id, seq, file_sha256, prev_sha256, file_name,"
            " signer_serial, imported_at, counts_json, gap_note, audit_rowid_first, audit_rowid_last)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()),
                self.kind,
                self.sender,
                self.payload.chain_id,
                self.seq,
                self.sha,
                self.prev,
                self.file_name,
                self.signer_serial,
                self.now,
                json.dumps(self.result.counts(), ensure_ascii=False, sort_keys=True),
                self.result.gap_note,
                audit_range[0] if audit_range else None,
                audit_range[1] if audit_range else None,
            ),
        )


# ---------------------------------------------------------------------------------------
# Conflicts


@dataclass(frozen=True)
class Conflict:
    """A conflict as listed: both sides' values, and whether it has been resolved."""

    conflict_id: str
    office_code: str
    table: str
    record_id: str
    kind: str
    local_version: int
    local_values: dict[str, Any]
    incoming_version: int
    incoming_values: dict[str, Any]
    bundle_seq: int
    detected_at: str
    resolved_at: str | None
    resolution: str

    def differing_fields(self) -> list[str]:
        return sorted(
            key
            for key in set(self.local_values) | set(self.incoming_values)
            if key not in STAMP_FIELDS
            and key != "version"
            and self.local_values.get(key) != self.incoming_values.get(key)
        )


def list_conflicts(source: Any, *, office_code: str | None = None, unresolved_only: bool = True) -> list[Conflict]:
    """The conflicts kept by imports, oldest first."""
    where, params = [], []
    if office_code is not None:
        where.append("office_code = ?")
        params.append(office_code)
    if unresolved_only:
        where.append("resolved_at IS NULL")
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    with exchange_connection(source) as conn:
        rows = conn.execute(
            "SELECT id, office_code, table_name, record_id, conflict_kind, local_version, local_values_json,"
            " incoming_version, incoming_values_json, bundle_seq, detected_at, resolved_at, resolution"
            f" FROM exchange_conflict {clause} ORDER BY detected_at, id",
            tuple(params),
        ).fetchall()
    return [
        Conflict(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            str(r[4]),
            int(r[5]),
            json.loads(r[6]),
            int(r[7]),
            json.loads(r[8]),
            int(r[9]),
            str(r[10]),
            r[11],
            str(r[12]),
        )
        for r in rows
    ]


def resolve_conflict(
    source: Any,
    conflict_id: str,
    *,
    keep: str,
    operator_id: str | None = None,
    operator_name: str = "系统",
    bump_version: bool = True,
) -> Changes:
    """Settle a conflict: ``keep="local"`` keeps the stored row, ``keep="incoming"`` takes the
    bundle's values (with an audit entry per field that changes).

    With ``bump_version`` (an office device) the kept row gets a version above both sides, so
    that it wins on the other device at the next exchange; the city (which never edits an
    office's records) resolves with ``bump_version=False``.
    """
    if keep not in ("local", "incoming"):
        raise ValueError("keep is 'local' or 'incoming'")
    conflicts = {c.conflict_id: c for c in list_conflicts(source, unresolved_only=True)}
    conflict = conflicts.get(conflict_id)
    if conflict is None:
        raise ConflictNotFound(conflict_id)
    name = conflict.table
    if name not in RECORD_TABLES:
        raise ConflictNotFound(conflict_id)
    now = utcnow()
    stamp = db_time(now)
    with exchange_connection(source) as conn:
        conn.begin_write()
        try:
            conn.lock(conflict.office_code)  # with the office's imports, one at a time
            columns = column_names(name)
            current = conn.execute(
                f"SELECT {', '.join(quoted(c) for c in columns)} FROM {quoted(name)} WHERE id = ?",
                (conflict.record_id,),
            ).fetchone()
            if current is None:
                raise ConflictNotFound(conflict_id)
            stored = dict(zip(columns, current, strict=True))
            chosen = dict(stored)
            if keep == "incoming":
                chosen.update({k: v for k, v in conflict.incoming_values.items() if k in stored})
            version = max(int(stored["version"]), conflict.incoming_version)
            if bump_version:
                version += 1
                chosen["modified_at"] = stamp
                chosen["modified_by"] = operator_id
            elif keep == "incoming":
                version = conflict.incoming_version
            chosen["version"] = version
            changed = [c for c in columns if c != "id" and chosen[c] != stored[c]]
            if changed:
                conn.execute(
                    f"UPDATE {quoted(name)} SET {', '.join(quoted(c) + ' = ?' for c in changed)} WHERE id = ?",
                    [*_typed_values(conn, name, changed)([chosen[c] for c in changed]), conflict.record_id],
                )
                refresh_sort_keys(conn, table(name), [conflict.record_id])
            reason = "处理同步冲突：" + ("采用对方的版本" if keep == "incoming" else "保留本机的版本")
            fields = [c for c in changed if c not in STAMP_FIELDS and c not in ("version", "deleted_at")] or [""]
            first = allocate_seq(conn.connection, str(stored["office_code"]), len(fields))
            for number, field_name in enumerate(fields, start=first):
                conn.execute(
                    "INSERT INTO audit_entry (id, office_code, at, operator_id, operator_name, action, table_name,"
                    " record_id, field, old_value, new_value, reason, seq)"
                    " VALUES (?, ?, ?, ?, ?, 'update', ?, ?, ?, ?, ?, ?, ?)",
                    (
                        str(uuid.uuid4()),
                        stored["office_code"],
                        stamp,
                        operator_id,
                        operator_name,
                        name,
                        conflict.record_id,
                        field_name,
                        None if not field_name else _text(stored[field_name]),
                        None if not field_name else _text(chosen[field_name]),
                        reason,
                        number,
                    ),
                )
            conn.execute(
                "UPDATE exchange_conflict SET resolved_at = ?, resolution = ? WHERE id = ?",
                (stamp, keep, conflict_id),
            )
            conn.commit()
        except BaseException:
            rollback(conn)
            raise
    from db.kinds import kind_of_table

    settled = kind_of_table(name)
    records = Changes.of_records(settled.key, [conflict.record_id]) if settled is not None else Changes()
    return records | Changes(exchange=True)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)
