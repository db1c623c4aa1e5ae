"""Files kept in the database, named by their content: the ``stored_file`` table.

The city and a street keep the returns' PDFs (and a street its countersigned PDFs) here rather
than beside the database, so that every workstation of a city on PostgreSQL reads the same bytes,
and a file is written in the same transaction as the rows that point at it (an import stopped
half-way leaves no file behind). A file is named by its SHA-256 (hex): storing the same content
twice stores it once, and what is read back is checked against its name.
"""

from __future__ import annotations

import hashlib
from typing import Any

from db.exchange.rawdb import Db, exchange_connection


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_file(db: Db, data: bytes) -> str:
    """Store ``data`` (once for the same content) in the caller's transaction; its SHA-256."""
    from db.timeutil import utcnow

    sha = sha256_hex(data)
    db.insert_rows(
        "stored_file",
        ("sha256", "size", "data", "stored_at"),
        [(sha, len(data), data, utcnow().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f"))],
        ignore_existing=True,
    )
    return sha


def get_file(source: Any, sha256: str) -> bytes | None:
    """The stored file named ``sha256``, or None when there is none or its bytes do not match
    its name (a damaged database is never served as the file)."""
    if not sha256:
        return None
    with exchange_connection(source) as db:
        row = db.execute("SELECT data FROM stored_file WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None or row[0] is None:
        return None
    data = bytes(row[0])
    return data if sha256_hex(data) == sha256 else None


def has_file(source: Any, sha256: str) -> bool:
    """Whether a file named ``sha256`` is stored (its bytes are not read)."""
    with exchange_connection(source) as db:
        return db.execute("SELECT 1 FROM stored_file WHERE sha256 = ?", (sha256,)).fetchone() is not None
