"""The books of the exchange: which bundles this installation wrote and read, and its chains.

Each installation numbers the bundles it writes for one purpose and recipient 1, 2, 3 …
(``seq``) and names the SHA-256 of the previous file (``prev``). A *chain* is a run of bundles
that each hold the changes since the one before: a full bundle starts a new chain (a fresh
``chain_id``; numbers go on), so that after a backup was restored the office can start again
cleanly with ``--full``. The receiver checks, within a chain, that bundle *n − 1* was imported
before *n* (:mod:`db.exchange.apply`).

What a city bundle holds is decided by what the city has acknowledged: :func:`covered_watermark`
is the highest watermark — a number of the office's change sequence, ``audit_entry.seq`` — up to
which every change is known to be at the city (the union of the acknowledged bundles' ranges,
from zero, without holes). Device bundles hold the changes
since the last device bundle written (the receiver notices a missing one by its number).

A number is never used twice, even when a process was killed between writing a bundle and
recording it. Before the file is written, the bundle about to be written is noted
(:class:`PendingBundle`, committed; cleared with the record, or when the write fails), so that the
next export can settle it: the file found whole, byte for byte what was noted, is recorded as sent;
a file that cannot be vouched for, or that may have gone on another stick, raises the *floor*
(:func:`raise_floor`) under which numbers are not given again (:func:`next_seq`). Both live in
``exchange_setting`` and never travel.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from db.exchange.payload import PURPOSE_CITY
from db.exchange.rawdb import Db
from db.timeutil import utcnow

PURPOSE_ACK = "ack"
RECIPIENT_CITY = "city"


@dataclass(frozen=True)
class Chain:
    chain_id: str
    first_seq: int


def _setting_key(purpose: str, recipient: str) -> str:
    return f"chain.{purpose}.{recipient}"


def get_setting(conn: Db, key: str) -> str | None:
    row = conn.execute("SELECT value FROM exchange_setting WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def set_setting(conn: Db, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO exchange_setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def current_chain(conn: Db, purpose: str, recipient: str) -> Chain | None:
    value = get_setting(conn, _setting_key(purpose, recipient))
    if not value:
        return None
    data = json.loads(value)
    return Chain(str(data["id"]), int(data["first_seq"]))


def new_chain(first_seq: int) -> Chain:
    return Chain(str(uuid.uuid4()), first_seq)


def save_chain(conn: Db, purpose: str, recipient: str, chain: Chain) -> None:
    set_setting(
        conn, _setting_key(purpose, recipient), json.dumps({"id": chain.chain_id, "first_seq": chain.first_seq})
    )


def all_chain_ids(conn: Db, purpose: str) -> set[str]:
    """Every chain this installation has written bundles of ``purpose`` under."""
    rows = conn.execute("SELECT DISTINCT chain_id FROM bundle_sent WHERE purpose = ?", (purpose,)).fetchall()
    return {str(row[0]) for row in rows}


@dataclass(frozen=True)
class SentBundle:
    seq: int
    file_sha256: str
    since_watermark: int | None
    watermark: int
    acknowledged: bool


def sent_bundles(conn: Db, purpose: str, recipient: str) -> list[SentBundle]:
    rows = conn.execute(
        "SELECT seq, file_sha256, since_watermark, watermark, acknowledged_at FROM bundle_sent"
        " WHERE purpose = ? AND recipient = ? ORDER BY seq",
        (purpose, recipient),
    ).fetchall()
    return [SentBundle(int(r[0]), str(r[1]), r[2], int(r[3]), r[4] is not None) for r in rows]


def next_seq(conn: Db, purpose: str, recipient: str) -> int:
    """The next number: after every bundle recorded and after the floor (numbers seen taken)."""
    row = conn.execute(
        "SELECT coalesce(max(seq), 0) FROM bundle_sent WHERE purpose = ? AND recipient = ?", (purpose, recipient)
    ).fetchone()
    return max(int(row[0]), seq_floor(conn, purpose, recipient)) + 1


def _floor_key(purpose: str, recipient: str) -> str:
    return f"seq_floor.{purpose}.{recipient}"


def seq_floor(conn: Db, purpose: str, recipient: str) -> int:
    """The highest number known to be taken without being recorded (0 when none)."""
    value = get_setting(conn, _floor_key(purpose, recipient))
    return int(value) if value else 0


def raise_floor(conn: Db, purpose: str, recipient: str, seq: int) -> None:
    """Never give ``seq`` (nor a number below it) again (in the caller's transaction)."""
    if seq > seq_floor(conn, purpose, recipient):
        set_setting(conn, _floor_key(purpose, recipient), str(seq))


@dataclass(frozen=True)
class PendingBundle:
    """A bundle about to be written: everything its record needs, noted before the file exists."""

    purpose: str
    recipient: str
    chain: Chain
    seq: int
    folder: str
    file_name: str
    file_sha256: str
    prev_sha256: str | None
    since_watermark: int | None
    watermark: int
    counts: dict[str, int]

    def to_json(self) -> str:
        return json.dumps(
            {
                "chain_id": self.chain.chain_id,
                "chain_first_seq": self.chain.first_seq,
                "seq": self.seq,
                "folder": self.folder,
                "file_name": self.file_name,
                "file_sha256": self.file_sha256,
                "prev_sha256": self.prev_sha256,
                "since_watermark": self.since_watermark,
                "watermark": self.watermark,
                "counts": self.counts,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @staticmethod
    def from_json(purpose: str, recipient: str, text: str) -> PendingBundle:
        data = json.loads(text)
        return PendingBundle(
            purpose,
            recipient,
            Chain(str(data["chain_id"]), int(data["chain_first_seq"])),
            int(data["seq"]),
            str(data["folder"]),
            str(data["file_name"]),
            str(data["file_sha256"]),
            data.get("prev_sha256"),
            data.get("since_watermark"),
            int(data["watermark"]),
            {str(k): int(v) for k, v in dict(data.get("counts") or {}).items()},
        )


def _pending_key(purpose: str, recipient: str) -> str:
    return f"pending.{purpose}.{recipient}"


def pending_bundle(conn: Db, purpose: str, recipient: str) -> PendingBundle | None:
    """The bundle noted as being written and not yet recorded, if any."""
    value = get_setting(conn, _pending_key(purpose, recipient))
    if not value:
        return None
    try:
        return PendingBundle.from_json(purpose, recipient, value)
    except (ValueError, KeyError, TypeError):
        return None


def note_pending(conn: Db, pending: PendingBundle) -> None:
    set_setting(conn, _pending_key(pending.purpose, pending.recipient), pending.to_json())


def clear_pending(conn: Db, purpose: str, recipient: str) -> None:
    conn.execute("DELETE FROM exchange_setting WHERE key = ?", (_pending_key(purpose, recipient),))


def previous_hash(conn: Db, purpose: str, recipient: str) -> str | None:
    row = conn.execute(
        "SELECT file_sha256 FROM bundle_sent WHERE purpose = ? AND recipient = ? ORDER BY seq DESC LIMIT 1",
        (purpose, recipient),
    ).fetchone()
    return str(row[0]) if row else None


def coverage(ranges: Iterable[tuple[int | None, int]]) -> int:
    """The highest W such that the union of ``(since, watermark]`` ranges covers ``(0, W]``."""
    spans = sorted((since or 0, watermark) for since, watermark in ranges)
    covered = 0
    for start, end in spans:
        if start > covered:
            break
        covered = max(covered, end)
    return covered


def covered_watermark(conn: Db, purpose: str, recipient: str) -> int | None:
    """Where the next incremental bundle starts (None: nothing known to be there — send everything)."""
    bundles = sent_bundles(conn, purpose, recipient)
    if purpose == PURPOSE_CITY:
        covered = coverage((b.since_watermark, b.watermark) for b in bundles if b.acknowledged)
    else:
        covered = bundles[-1].watermark if bundles else 0
    return covered or None


def record_sent(
    conn: Db,
    *,
    purpose: str,
    recipient: str,
    chain: Chain,
    seq: int,
    file_name: str,
    file_sha256: str,
    prev_sha256: str | None,
    since_watermark: int | None,
    watermark: int,
    counts: dict[str, int],
    created_at: datetime | None = None,
) -> None:
    stamp = db_time(created_at or utcnow())
    conn.execute(
        "INSERT INTO bundle_sent (id, purpose, recipient, chain_id, seq, file_name, file_sha256, prev_sha256,"
        ' since_watermark, watermark, "full", counts_json, created_at, acknowledged_at)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        (
            str(uuid.uuid4()),
            purpose,
            recipient,
            chain.chain_id,
            seq,
            file_name,
            file_sha256,
            prev_sha256,
            since_watermark,
            watermark,
            since_watermark is None,  # a boolean column: a bool binds on both databases
            json.dumps(counts, ensure_ascii=False, sort_keys=True),
            stamp,
        ),
    )
    save_chain(conn, purpose, recipient, chain)


def seen_chains(conn: Db, kind: str, sender: str) -> dict[str, int]:
    """Chain id → the highest number imported without a hole from its first imported bundle."""
    rows = conn.execute(
        "SELECT chain_id, seq FROM bundle_received WHERE kind = ? AND sender = ? ORDER BY chain_id, seq",
        (kind, sender),
    ).fetchall()
    seen: dict[str, int] = {}
    for chain_id, seq in rows:
        last = seen.get(chain_id)
        if last is None or seq == last + 1:
            seen[chain_id] = int(seq)
    return seen


def db_time(moment: datetime) -> str:
    """A time as SQLAlchemy stores a :class:`db.timeutil.UTCDateTime` in SQLite (naive UTC text)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
