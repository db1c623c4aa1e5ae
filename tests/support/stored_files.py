"""Files a city or a street keeps in its database (``stored_file``, :mod:`db.exchange.blobs`), for tests
that look at them: read one by its SHA-256, or write it out for a tool that wants a file (pdfsig)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def stored(source: Any, sha256: str) -> bytes:
    """The file named ``sha256`` in ``source``'s database (a store, engine, session); fails when absent."""
    from db.exchange.blobs import get_file

    assert sha256, "no file recorded"
    data = get_file(source, sha256)
    assert data is not None, f"no stored file {sha256[:12]}"
    return data


def written_out(source: Any, sha256: str, folder: Path, name: str) -> Path:
    """The stored file ``sha256`` copied to ``folder / name`` (for command-line tools)."""
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(stored(source, sha256))
    return path


def stored_count(source: Any) -> int:
    from db.exchange.rawdb import exchange_connection

    with exchange_connection(source) as conn:
        return int(conn.scalar("SELECT count(*) FROM stored_file") or 0)


def damage_stored(source: Any, sha256: str, data: bytes) -> None:
    """Replace the stored bytes of ``sha256`` (a damaged database, or putting them back)."""
    from db.exchange.rawdb import exchange_connection

    with exchange_connection(source) as conn:
        conn.begin_write()
        conn.execute("UPDATE stored_file SET data = ?, size = ? WHERE sha256 = ?", (data, len(data), sha256))
        conn.commit()
