"""The raw SQLite connection the exchange reads and writes with (bulk paths, no ORM objects).

A payload of 100,000 records is read and applied with plain ``sqlite3`` cursors and
``executemany``; :func:`raw_connection` hands one out for a store, an engine, a session or a
connection the caller already holds, in autocommit mode so that the exchange code issues its
own ``BEGIN`` / ``COMMIT`` / ``ROLLBACK``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session


def engine_of(source: Any) -> Engine:
    """The engine of a store (``.engine``), a session (its bind) or an engine."""
    if isinstance(source, Engine):
        return source
    if isinstance(source, Session):
        bind = source.get_bind()
        if isinstance(bind, Engine):
            return bind
        return bind.engine
    engine = getattr(source, "engine", None)
    if isinstance(engine, Engine):
        return engine
    raise TypeError(f"not a store, session, engine or sqlite3 connection: {type(source).__name__}")


@contextmanager
def raw_connection(source: Any) -> Iterator[sqlite3.Connection]:
    """A ``sqlite3`` connection in autocommit mode (``isolation_level = None``).

    ``source`` is a :class:`sqlite3.Connection` (used as it is, its mode restored afterwards),
    or a store, session or engine: a new connection with the app's settings (WAL, foreign keys,
    ``synchronous=FULL``), closed afterwards.
    """
    if isinstance(source, sqlite3.Connection):
        previous = source.isolation_level
        if source.in_transaction:
            source.commit()
        source.isolation_level = None
        try:
            yield source
        finally:
            source.isolation_level = previous
        return
    pooled = engine_of(source).raw_connection()
    try:
        dbapi = pooled.driver_connection
        if not isinstance(dbapi, sqlite3.Connection):
            raise TypeError("the exchange needs a SQLite database")
        dbapi.isolation_level = None
        yield dbapi
    finally:
        pooled.close()


def quoted(name: str) -> str:
    """An SQL identifier in double quotes (names come from the models, never from a payload)."""
    return '"' + name.replace('"', '""') + '"'


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if there is one (never masks the error being handled)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")
