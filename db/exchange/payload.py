"""The payload of a bundle: what changed, as compact columnar JSON compressed with zlib.

A payload is built from one office database (:func:`build_payload`) and read back, checked,
by :func:`read_payload`. It is the plaintext the envelope (:mod:`db.exchange.envelope`) signs
and encrypts; ``docs/bundle-format.md`` ("## Payload") describes it for other implementers.

What travels
    Every ledger table (:data:`db.kinds.KINDS`), the office profile, the operators, the city
    standards, the requests to unlock a locked period (``unlock_request``), the returns
    (``return_snapshot`` with each signed return's PDF, and the ``return_record`` rows it
    counted) and the audit log — each row with its UUID, version and
    tombstone. Parents come before children (:data:`RECORD_TABLES` is in foreign-key order).

What changed (the watermark)
    Office clocks are wrong, so time is never used. Every change writes audit entries in the
    same transaction (:mod:`db.audit`; bulk paths write theirs too), each numbered in the
    office's change sequence (``audit_entry.seq``, given in commit order: :func:`db.audit.allocate_seq`).
    A payload "since W" holds the records that have an audit entry of the office with
    ``seq > W``, those audit entries, and the returns among them with their counted records;
    its new watermark is the office's highest ``seq`` when it was read (one read transaction,
    so nothing falls between two bundles). ``since=None`` is a full payload: every row. The
    numbers are this database's own and never travel (``seq`` is not among the columns); the
    metadata's ``since`` / ``watermark`` are the sender's, for people reading a payload
    (``"marks": "seq"``; a payload without ``marks`` counted audit rowids).

For the city (purpose ``"city"``)
    The fields the city does not need are withheld: :data:`CITY_WITHHELD` is the single table
    of them (``docs/bundle-format.md`` reproduces it). A withheld field travels blank, its
    audit entries travel without their old and new values, and a withheld table does not
    travel at all (nor its audit entries). Between two devices of the same office (purpose
    ``"device"``) everything travels.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Table
from sqlmodel import SQLModel

from db import (
    jsonlimits,
    models,  # noqa: F401  (registers every table on SQLModel.metadata)
)
from db.exchange import budgets
from db.exchange.data_errors import PayloadDamaged, PayloadTooNew
from db.exchange.rawdb import Db, exchange_connection, quoted, rollback
from db.kinds import KINDS
from db.models import LOCAL_ONLY
from db.sortkey import SORT_KEY_OF

PAYLOAD_FORMAT = "shequ-payload"
PAYLOAD_VERSION = 1
WATERMARK_MARKS = "seq"  # what "since" / "watermark" count (docs/bundle-format.md › Watermarks)
PURPOSE_CITY = "city"
PURPOSE_DEVICE = "device"
PURPOSES = (PURPOSE_CITY, PURPOSE_DEVICE)

AUDIT_TABLE = "audit_entry"
RETURN_RECORD_TABLE = "return_record"
SNAPSHOT_TABLE = "return_snapshot"
ZLIB_LEVEL = 6
ROWS_PER_LINE = 2000  # rows per JSON line (the reader's step)

Row = list[Any]

# Fields every synced row carries; equal versions are compared without the modification stamps.
STAMP_FIELDS = frozenset({"modified_at", "modified_by"})

UNLOCK_REQUEST_TABLE = "unlock_request"  # an administrator's request to unlock a locked period (db.exchange.unlock)
_EXTRA_SYNCED = ("office", "operator", "city_standard", SNAPSHOT_TABLE, UNLOCK_REQUEST_TABLE)
_SYNCED_NAMES = frozenset({str(kind.model.__tablename__) for kind in KINDS} | set(_EXTRA_SYNCED))

# The synced tables (uuid, office_code, version, tombstone), parents before children.
RECORD_TABLES: tuple[str, ...] = tuple(t.name for t in SQLModel.metadata.sorted_tables if t.name in _SYNCED_NAMES)
# Append-only tables: a row is written once and never changes.
APPEND_ONLY_TABLES: tuple[str, ...] = (RETURN_RECORD_TABLE, AUDIT_TABLE)
TRAVELLING_TABLES: tuple[str, ...] = RECORD_TABLES + APPEND_ONLY_TABLES


@dataclass(frozen=True)
class Withheld:
    """Fields (or, with no fields, a whole table) the city's bundles leave out, and why."""

    table: str
    fields: tuple[str, ...]
    why: str

    @property
    def whole_table(self) -> bool:
        return not self.fields


# The single table of what the city does not receive (docs/bundle-format.md reproduces it).
CITY_WITHHELD: tuple[Withheld, ...] = (
    Withheld("operator", (), "操作人员名单和密码摘要只在本社区使用"),
    Withheld("city_standard", (), "城市标准由市级下发，不由社区上报"),
    Withheld("staff", ("id_number", "phone"), "社区工作者的身份证号、电话"),
    Withheld("party_member", ("id_number", "phone", "address"), "党员的身份证号、电话、住址"),
    Withheld("resident", ("id_number", "phone", "address"), "帮扶对象的身份证号、电话、住址"),
    Withheld("volunteer", ("id_number", "phone"), "志愿者的身份证号、电话"),
)


def withheld_tables(purpose: str) -> frozenset[str]:
    """The tables that do not travel for ``purpose``."""
    if purpose != PURPOSE_CITY:
        return frozenset()
    return frozenset(item.table for item in CITY_WITHHELD if item.whole_table)


def withheld_fields(purpose: str) -> dict[str, frozenset[str]]:
    """Table → fields that travel blank for ``purpose``."""
    if purpose != PURPOSE_CITY:
        return {}
    return {item.table: frozenset(item.fields) for item in CITY_WITHHELD if item.fields}


def table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def column_names(name: str) -> list[str]:
    """The columns that travel: all but the derived pinyin sort keys and the local change
    sequence (the receiver makes its own)."""
    return [
        column.name
        for column in table(name).columns
        if SORT_KEY_OF not in column.info and LOCAL_ONLY not in column.info
    ]


def blank_value(table_name: str, column_name: str) -> Any:
    """What a withheld (or missing) column holds: its plain default, else NULL or ""."""
    column = table(table_name).c[column_name]
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg  # type: ignore[attr-defined]
    return None if column.nullable else ""


# ---------------------------------------------------------------------------------------
# The payload as data


@dataclass
class TableData:
    """One table of a payload: column names and rows (lists in column order)."""

    name: str
    columns: list[str]
    rows: list[Row]

    def index(self, column: str) -> int:
        return self.columns.index(column)


@dataclass
class Payload:
    """A payload read back: its metadata, its tables (in travelling order) and the PDFs."""

    meta: dict[str, Any]
    tables: dict[str, TableData]
    pdfs: dict[str, bytes] = field(default_factory=dict)

    @property
    def purpose(self) -> str:
        return str(self.meta.get("purpose", ""))

    @property
    def office_code(self) -> str:
        return str(self.meta.get("office_code", ""))

    @property
    def chain_id(self) -> str:
        return str(self.meta.get("chain_id", ""))

    @property
    def chain_first_seq(self) -> int:
        return int(self.meta.get("chain_first_seq", 1))

    @property
    def full(self) -> bool:
        return bool(self.meta.get("full", False))

    def counts(self) -> dict[str, int]:
        return {name: len(data.rows) for name, data in self.tables.items()}


class BuiltPayload(NamedTuple):
    """What :func:`build_payload` returns: the compressed bytes, the new watermark, rows per table."""

    data: bytes
    watermark: int
    counts: dict[str, int]


def current_watermark(conn: Db, office_code: str) -> int:
    """The office's highest change sequence number here (0 before its first change)."""
    return int(
        conn.execute(
            f"SELECT coalesce(max(seq), 0) FROM {AUDIT_TABLE} WHERE office_code = ?", (office_code,)
        ).fetchone()[0]
    )


def office_code_of(conn: Db) -> str | None:
    """The code of the office this database belongs to (its first live profile), if any."""
    row = conn.execute("SELECT code FROM office WHERE deleted_at IS NULL ORDER BY modified_at, id LIMIT 1").fetchone()
    return str(row[0]) if row else None


def _key_slots(name: str, columns: Sequence[str]) -> list[int] | None:
    """Where the table's key columns are among ``columns`` (None: the audit log, or a key not read)."""
    if name == AUDIT_TABLE:
        return None
    keys = [column.name for column in table(name).primary_key.columns]
    if not all(key in columns for key in keys):
        return None
    return [list(columns).index(key) for key in keys]


def _select(conn: Db, name: str, columns: Sequence[str], where: str = "", params: Sequence[Any] = ()) -> list[Row]:
    """The rows in a stable order: the audit log in its sequence (its index's order), the others by
    key, sorted here (by code point on both databases; SQLite read a text key's index row by row)."""
    listed = ", ".join(quoted(c) for c in columns)
    slots = _key_slots(name, columns)
    if slots is None:
        order = "seq, id" if name == AUDIT_TABLE else ", ".join(quoted(c.name) for c in table(name).primary_key.columns)
        return conn.fetch_lists(f"SELECT {listed} FROM {quoted(name)} {where} ORDER BY {order}", tuple(params))
    rows = conn.fetch_lists(f"SELECT {listed} FROM {quoted(name)} {where}", tuple(params))
    rows.sort(key=itemgetter(*slots))
    return rows


def strip_fields(name: str, columns: list[str], rows: list[Row], fields: frozenset[str]) -> int:
    """Blank the withheld ``fields`` of ``rows`` in place; how many values were not blank."""
    slots = [(columns.index(f), blank_value(name, f)) for f in sorted(fields) if f in columns]
    dropped = 0
    for row in rows:
        for slot, blank in slots:
            if row[slot] != blank:
                dropped += 1
                row[slot] = blank
    return dropped


def strip_audit(columns: list[str], rows: list[Row], purpose: str) -> list[Row]:
    """The audit rows that travel for ``purpose``: none of a withheld table, and no values
    for a withheld field."""
    tables = withheld_tables(purpose)
    fields = withheld_fields(purpose)
    if not tables and not fields:
        return rows
    t_slot, f_slot = columns.index("table_name"), columns.index("field")
    old_slot, new_slot = columns.index("old_value"), columns.index("new_value")
    kept: list[Row] = []
    for row in rows:
        name = row[t_slot]
        if name in tables:
            continue
        if row[f_slot] in fields.get(name, ()):
            row[old_slot] = None
            row[new_slot] = None
        kept.append(row)
    return kept


def build_payload(
    source: Any,
    *,
    purpose: str,
    since: int | None,
    office_code: str | None = None,
    pdf_dir: Path | None = None,
    meta: Mapping[str, Any] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BuiltPayload:
    """The payload of everything changed after watermark ``since`` (everything when None).

    ``source`` is a store, session, engine or ``sqlite3`` connection. Rows are read with plain
    SQL in one read transaction. ``pdf_dir`` is the data folder the returns' PDFs are read from
    (``return_snapshot.pdf_path`` is relative to it); without it no PDF travels. ``meta`` adds
    fields to the payload's metadata (chain id, sequence, what this device has seen …).
    ``progress(tables read, tables in all)`` is called as each table is read.
    """
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")
    skip = withheld_tables(purpose)
    blanks = withheld_fields(purpose)
    with exchange_connection(source) as conn:
        conn.begin()
        if not conn.is_sqlite:  # one snapshot for every table (SQLite's read transaction is one)
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        try:
            code = office_code or office_code_of(conn) or ""
            watermark = current_watermark(conn, code)
            tables: list[dict[str, Any]] = []
            counts: dict[str, int] = {}
            snapshot_rows: list[Row] = []
            snapshot_columns: list[str] = []
            steps = len(TRAVELLING_TABLES) + 1
            for step, name in enumerate(RECORD_TABLES):
                if progress is not None:
                    progress(step, steps)
                if name in skip:
                    continue
                columns = column_names(name)
                if since is None:
                    rows = _select(conn, name, columns)
                else:
                    rows = _select(
                        conn,
                        name,
                        columns,
                        f"WHERE id IN (SELECT record_id FROM {AUDIT_TABLE}"
                        " WHERE office_code = ? AND seq > ? AND table_name = ?)",
                        (code, since, name),
                    )
                if name in blanks:
                    strip_fields(name, columns, rows, blanks[name])
                if name == SNAPSHOT_TABLE:
                    snapshot_rows, snapshot_columns = rows, columns
                tables.append({"name": name, "columns": columns, "rows": rows})
                counts[name] = len(rows)

            columns = column_names(RETURN_RECORD_TABLE)
            if since is None:
                rows = _select(conn, RETURN_RECORD_TABLE, columns)
            else:
                rows = _select(
                    conn,
                    RETURN_RECORD_TABLE,
                    columns,
                    f"WHERE return_id IN (SELECT record_id FROM {AUDIT_TABLE}"
                    " WHERE office_code = ? AND seq > ? AND table_name = ?)",
                    (code, since, SNAPSHOT_TABLE),
                )
            tables.append({"name": RETURN_RECORD_TABLE, "columns": columns, "rows": rows})
            counts[RETURN_RECORD_TABLE] = len(rows)

            if progress is not None:
                progress(len(RECORD_TABLES) + 1, steps)
            columns = column_names(AUDIT_TABLE)
            rows = _select(
                conn,
                AUDIT_TABLE,
                columns,
                "WHERE office_code = ? AND seq > ? AND seq <= ?",
                (code, since or 0, watermark),
            )
            rows = strip_audit(columns, rows, purpose)
            tables.append({"name": AUDIT_TABLE, "columns": columns, "rows": rows})
            counts[AUDIT_TABLE] = len(rows)
        finally:
            rollback(conn)  # read only

    pdfs = _read_pdfs(pdf_dir, snapshot_columns, snapshot_rows) if pdf_dir is not None else {}
    counts["pdfs"] = len(pdfs)
    document: dict[str, Any] = {
        "format": PAYLOAD_FORMAT,
        "v": PAYLOAD_VERSION,
        "purpose": purpose,
        "office_code": code,
        "full": since is None,
        "since": since,
        "watermark": watermark,
        "marks": WATERMARK_MARKS,
        "withheld": {item.table: list(item.fields) or ["*"] for item in CITY_WITHHELD}
        if purpose == PURPOSE_CITY
        else {},
        **(dict(meta) if meta else {}),
        "tables": tables,
        "pdfs": pdfs,
    }
    if progress is not None:
        progress(steps - 1, steps)
    data = encode_document(document)
    if progress is not None:
        progress(steps, steps)
    return BuiltPayload(data, watermark, counts)


def _read_pdfs(pdf_dir: Path, columns: list[str], rows: list[Row]) -> dict[str, str]:
    """Snapshot id → base64 of its PDF, for the signed returns among ``rows`` whose file exists."""
    if not rows:
        return {}
    id_slot, path_slot, signed_slot = columns.index("id"), columns.index("pdf_path"), columns.index("signed_at")
    pdfs: dict[str, str] = {}
    for row in rows:
        if row[signed_slot] is None or not row[path_slot]:
            continue
        path = Path(pdf_dir) / str(row[path_slot])
        try:
            data = path.read_bytes()
        except OSError:
            continue  # the city sees the return without its PDF and sends it back
        pdfs[str(row[id_slot])] = base64.b64encode(data).decode("ascii")
    return pdfs


# ---------------------------------------------------------------------------------------
# Reading a payload back


def _line(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8") + b"\n"


def encode_document(document: Mapping[str, Any]) -> bytes:
    """A payload document (metadata, ``tables`` with their rows, ``pdfs`` id → base64) as bytes.

    zlib over JSON lines: first the metadata with each table's name, columns and number of rows
    and the PDFs' ids; then each table's rows, :data:`ROWS_PER_LINE` to a line (a JSON array of
    rows); then one line per PDF (a JSON string, base64). Lines keep the reader's pauses short:
    a 100,000-record payload is parsed in small steps, each reporting progress.
    """
    tables = list(document.get("tables", []))
    pdfs: Mapping[str, str] = document.get("pdfs", {}) or {}
    head = {key: value for key, value in document.items() if key not in ("tables", "pdfs")}
    head["tables"] = [{"name": t["name"], "columns": t["columns"], "rows": len(t["rows"])} for t in tables]
    head["pdfs"] = list(pdfs)
    compressor = zlib.compressobj(ZLIB_LEVEL)
    parts = [compressor.compress(_line(head))]
    for item in tables:
        rows = item["rows"]
        for start in range(0, len(rows), ROWS_PER_LINE):
            parts.append(compressor.compress(_line(rows[start : start + ROWS_PER_LINE])))
    for key in head["pdfs"]:
        parts.append(compressor.compress(_line(pdfs[key])))
    parts.append(compressor.flush())
    return b"".join(parts)


class LineReader:
    """The decompressed lines of a zlib stream, read in steps and never beyond the limits.

    At most :data:`~db.exchange.budgets.MAX_PAYLOAD_BYTES` (or ``limit``) are ever decompressed,
    :data:`~db.exchange.budgets.READ_STEP` at a time; :meth:`next` refuses a line longer than the
    cap its caller gives before the line is assembled past it. :class:`PayloadDamaged` when the
    stream is cut short or has more after its end."""

    def __init__(self, data: bytes, limit: int = budgets.MAX_PAYLOAD_BYTES) -> None:
        self._data = memoryview(data)
        self._offset = 0
        self._limit = limit
        self._produced = 0
        self._decompressor = zlib.decompressobj()
        self._flushed = False
        self._ready: deque[list[bytes]] = deque()  # complete lines, each as the pieces it came in
        self._parts: list[bytes] = []  # the line being assembled
        self._partial = 0

    def _take(self, out: bytes) -> None:
        self._produced += len(out)
        if self._produced > self._limit:
            raise budgets.decompressed_too_large(self._limit)
        *complete, rest = out.split(b"\n")
        if complete:
            self._parts.append(complete[0])
            self._ready.append(self._parts)
            self._ready.extend([piece] for piece in complete[1:])
            self._parts, self._partial = [], 0
        if rest:
            self._parts.append(rest)
            self._partial += len(rest)

    def _more(self) -> bool:
        """Decompress one more step; False when everything has been decompressed."""
        step = budgets.READ_STEP
        decompressor = self._decompressor
        try:
            if decompressor.unconsumed_tail:
                out = decompressor.decompress(decompressor.unconsumed_tail, step)
            elif self._offset < len(self._data):
                out = decompressor.decompress(self._data[self._offset : self._offset + step], step)
                self._offset += step
            elif not self._flushed:
                self._flushed = True
                out = decompressor.flush()
            else:
                return False
        except zlib.error as exc:
            raise PayloadDamaged("zlib") from exc
        self._take(out)
        return True

    def next_pieces(self, cap: int, refuse: Callable[[], Exception]) -> list[bytes] | None:
        """The next line (without its newline) in the pieces it was decompressed in, not joined;
        None after the last; ``refuse()`` is raised when the line is longer than ``cap`` bytes."""
        while not self._ready:
            if self._partial > cap:
                raise refuse()
            if not self._more():
                if not self._decompressor.eof or self._decompressor.unused_data or self._parts:
                    raise PayloadDamaged("数据不完整")
                return None
        pieces = self._ready.popleft()
        if sum(map(len, pieces)) > cap:
            raise refuse()
        return pieces

    def next(self, cap: int, refuse: Callable[[], Exception]) -> bytes | None:
        """The next line (without its newline), None after the last; ``refuse()`` is raised
        when the line is longer than ``cap`` bytes."""
        pieces = self.next_pieces(cap, refuse)
        if pieces is None:
            return None
        return pieces[0] if len(pieces) == 1 else b"".join(pieces)


def inflate(data: bytes, limit: int) -> bytes:
    """``data`` decompressed (zlib), in steps and never past ``limit`` bytes
    (:class:`~db.exchange.budgets.OverBudget`); :class:`PayloadDamaged` when it is not whole."""
    decompressor = zlib.decompressobj()
    view = memoryview(data)
    parts: list[bytes] = []
    produced = offset = 0
    step = budgets.READ_STEP
    try:
        while True:
            if decompressor.unconsumed_tail:
                out = decompressor.decompress(decompressor.unconsumed_tail, step)
            elif offset < len(view):
                out = decompressor.decompress(view[offset : offset + step], step)
                offset += step
            else:
                out = decompressor.flush()
            produced += len(out)
            if produced > limit:
                raise budgets.decompressed_too_large(limit)
            parts.append(out)
            if not out and offset >= len(view) and not decompressor.unconsumed_tail:
                break
    except zlib.error as exc:
        raise PayloadDamaged("zlib") from exc
    if not decompressor.eof or decompressor.unused_data:
        raise PayloadDamaged("数据不完整")
    return b"".join(parts)


def _pdf_line_bytes(pdf_bytes: int) -> int:
    """The length of the JSON line (a base64 string in quotes) of a PDF of ``pdf_bytes``."""
    return 4 * -(-pdf_bytes // 3) + 2


LONGEST_LINE = max(budgets.MAX_LINE_BYTES, _pdf_line_bytes(budgets.MAX_PDF_BYTES))


def _lines(data: bytes) -> Iterator[bytes]:
    """The decompressed lines of ``data`` (none longer than :data:`LONGEST_LINE`);
    :class:`PayloadDamaged` when it is cut short or has more, :class:`~db.exchange.budgets.OverBudget`
    past a limit."""
    reader = LineReader(data)
    while (line := reader.next(LONGEST_LINE, lambda: budgets.line_too_large(LONGEST_LINE))) is not None:
        yield line


def _read_head(line: bytes | None) -> dict[str, Any]:
    """The payload's first line, its format and version checked."""
    if line is None:
        raise PayloadDamaged("数据不完整")
    try:
        head = jsonlimits.loads(line)
    except jsonlimits.TooDeep as exc:
        raise budgets.too_deep(exc.text) from None
    except ValueError as exc:
        raise PayloadDamaged(type(exc).__name__) from None
    if not isinstance(head, dict) or head.get("format") != PAYLOAD_FORMAT:
        raise PayloadDamaged("不是社区台账的数据内容")
    version = head.get("v")
    if not isinstance(version, int):
        raise PayloadDamaged("缺少格式版本")
    if version > PAYLOAD_VERSION:
        raise PayloadTooNew(version)
    if not isinstance(head.get("tables"), list) or not isinstance(head.get("pdfs"), list):
        raise PayloadDamaged("数据表缺失")
    return head


def _table_label(name: str) -> str:
    for kind in KINDS:
        if kind.model.__tablename__ == name:
            return str(kind.label)
    return name


def _declared(head: Mapping[str, Any]) -> list[tuple[str, int, int]]:
    """(table, columns, rows) as the head declares them, within the row limits."""
    declared: list[tuple[str, int, int]] = []
    total = 0
    for item in head["tables"]:
        if not isinstance(item, dict) or not isinstance(item.get("columns"), list):
            raise PayloadDamaged("数据表格式不对")
        name, rows = str(item.get("name")), item.get("rows")
        if not isinstance(rows, int) or isinstance(rows, bool) or rows < 0:
            raise PayloadDamaged(f"{name} 表的行数不对")
        if rows > budgets.MAX_TABLE_ROWS:
            raise budgets.table_too_long(_table_label(name), rows, budgets.MAX_TABLE_ROWS)
        total += rows
        if total > budgets.MAX_TOTAL_ROWS:
            raise budgets.too_many_rows(
                sum(t["rows"] for t in head["tables"] if isinstance(t, dict) and isinstance(t.get("rows"), int)),
                budgets.MAX_TOTAL_ROWS,
            )
        declared.append((name, len(item["columns"]), rows))
    if len(head["pdfs"]) > budgets.MAX_PDFS:
        raise budgets.too_many_pdfs(len(head["pdfs"]), budgets.MAX_PDFS)
    return declared


def _check_rows(line: bytes, name: str, width: int, remaining: int) -> int:
    """Check one line of ``name``'s rows without keeping it: how many rows it holds."""
    try:
        chunk = json.loads(line)  # the C parser: nesting past the recursion limit is a RecursionError
    except RecursionError:
        raise budgets.too_deep(jsonlimits.TooDeep(jsonlimits.MAX_DEPTH).text) from None
    except ValueError as exc:
        raise PayloadDamaged(type(exc).__name__) from None
    if type(chunk) is not list or not chunk or len(chunk) > remaining:
        raise PayloadDamaged(f"{name} 表的行数不对")
    if not all(type(row) is list for row in chunk) or set(map(len, chunk)) != {width}:
        raise PayloadDamaged(f"{name} 表的行不完整")
    if line.count(b"[") != len(chunk) + 1 or b"{" in line:  # brackets in texts, or values that nest
        for row in chunk:
            for value in row:
                if isinstance(value, (list, dict)):
                    try:
                        jsonlimits.check_depth(line.decode("utf-8"))
                    except jsonlimits.TooDeep as exc:
                        raise budgets.too_deep(exc.text) from None
                    raise PayloadDamaged(f"{name} 表的行格式不对")
    if len(line) > budgets.MAX_TEXT_CHARS:  # a text of N characters takes at least N bytes
        for row in chunk:
            for value in row:
                if isinstance(value, str) and len(value) > budgets.MAX_TEXT_CHARS:
                    raise budgets.text_too_long(budgets.MAX_TEXT_CHARS)
    return len(chunk)


_BASE64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_CHECKED: OrderedDict[bytes, None] = OrderedDict()  # digests of payloads already checked (a few)


def check_payload(data: bytes) -> None:
    """Check a payload against every limit of :mod:`db.exchange.budgets` without keeping it: one
    line at a time, so a payload is refused (:class:`~db.exchange.budgets.OverBudget`,
    :class:`PayloadDamaged`, :class:`PayloadTooNew`) holding no more than ``data`` and one line.
    :func:`read_payload` calls it first; the same bytes are checked once."""
    digest = hashlib.sha256(data).digest()
    if digest in _CHECKED:
        return
    reader = LineReader(data)
    head = _read_head(reader.next(budgets.MAX_HEAD_BYTES, lambda: budgets.line_too_large(budgets.MAX_HEAD_BYTES)))
    row_line = budgets.MAX_LINE_BYTES
    for name, width, wanted in _declared(head):
        done = 0
        while done < wanted:
            line = reader.next(row_line, lambda: budgets.line_too_large(row_line))
            if line is None:
                raise PayloadDamaged("数据不完整")
            done += _check_rows(line, name, width, wanted - done)
    pdf_line = _pdf_line_bytes(budgets.MAX_PDF_BYTES)
    pdf_total = 0
    for _ in head["pdfs"]:  # checked piece by piece: a PDF's line is never joined here
        pieces = reader.next_pieces(pdf_line, lambda: budgets.pdf_too_large(budgets.MAX_PDF_BYTES))
        if pieces is None:
            raise PayloadDamaged("数据不完整")
        pieces = [piece for piece in pieces if piece]
        if (
            not pieces
            or pieces[0][:1] != b'"'
            or pieces[-1][-1:] != b'"'
            or b"".join(piece.translate(None, _BASE64) for piece in pieces) != b'""'
        ):
            raise PayloadDamaged("报表文件格式不对")
        pdf_total += sum(map(len, pieces))
        if pdf_total > _pdf_line_bytes(budgets.MAX_PDF_TOTAL_BYTES):
            raise budgets.pdfs_too_large(budgets.MAX_PDF_TOTAL_BYTES)
    if reader.next(0, lambda: PayloadDamaged("数据后面还有多余的内容")) is not None:
        raise PayloadDamaged("数据后面还有多余的内容")
    _CHECKED[digest] = None
    while len(_CHECKED) > 4:
        _CHECKED.popitem(last=False)


def decode_document(data: bytes, progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """The document :func:`encode_document` made, in its dict form (``tables`` with rows, ``pdfs``
    id → base64), after :func:`check_payload`. ``progress(rows read, rows in all)`` is called line
    by line."""
    check_payload(data)
    lines = _lines(data)
    try:
        head = _read_head(next(lines, None))
        tables = head["tables"]
        pdf_ids = head["pdfs"]
        total = sum(int(t["rows"]) for t in tables)
        done = 0
        if progress is not None:
            progress(0, total)
        for item in tables:
            wanted = int(item["rows"])
            rows: list[Any] = []
            while len(rows) < wanted:
                chunk = json.loads(next(lines))  # checked: within the depth, row and text limits
                if not isinstance(chunk, list):
                    raise PayloadDamaged("数据表格式不对")
                rows.extend(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(min(done, total), total)
            if len(rows) != wanted:
                raise PayloadDamaged(f"{item.get('name')} 表的行数不对")
            item["rows"] = rows
        head["pdfs"] = {str(key): json.loads(next(lines)) for key in pdf_ids}
    except StopIteration:
        raise PayloadDamaged("数据不完整") from None
    except (UnicodeDecodeError, ValueError, TypeError, KeyError, RecursionError) as exc:
        raise PayloadDamaged(type(exc).__name__) from exc
    if next(lines, None) is not None:
        raise PayloadDamaged("数据后面还有多余的内容")
    return head


def read_payload(data: bytes, progress: Callable[[int, int], None] | None = None) -> Payload:
    """The payload in ``data``, its structure checked; :class:`PayloadDamaged` when it is not one.
    ``progress(rows read, rows in all)`` is called as it is read."""
    document = decode_document(data, progress)
    raw_tables = document.pop("tables", None)
    raw_pdfs = document.pop("pdfs", None) or {}
    if not isinstance(raw_tables, list) or not isinstance(raw_pdfs, dict):
        raise PayloadDamaged("数据表缺失")
    tables: dict[str, TableData] = {}
    for item in raw_tables:
        if not isinstance(item, dict):
            raise PayloadDamaged("数据表格式不对")
        name, columns, rows = item.get("name"), item.get("columns"), item.get("rows")
        if name not in TRAVELLING_TABLES or name in tables:
            raise PayloadDamaged(f"未知的数据表 {name}")
        if not isinstance(columns, list) or not isinstance(rows, list):
            raise PayloadDamaged(f"{name} 表格式不对")
        known = set(column_names(str(name)))
        if "id" not in columns or any(c not in known for c in columns) or len(set(columns)) != len(columns):
            raise PayloadDamaged(f"{name} 表的列不对")
        if name in RECORD_TABLES and not {"office_code", "version"} <= set(columns):
            raise PayloadDamaged(f"{name} 表缺少版本信息")
        width = len(columns)
        for row in rows:
            if not isinstance(row, list) or len(row) != width:
                raise PayloadDamaged(f"{name} 表的行不完整")
        tables[str(name)] = TableData(str(name), [str(c) for c in columns], rows)
    pdfs: dict[str, bytes] = {}
    for key, value in raw_pdfs.items():
        if not isinstance(value, str):
            raise PayloadDamaged("报表文件格式不对")
        try:
            pdfs[str(key)] = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise PayloadDamaged("报表文件无法解码") from exc
    return Payload(meta=document, tables=tables, pdfs=pdfs)
