"""The connection the exchange reads and writes with: plain SQL and bulk inserts, no ORM objects,
the same on SQLite (an office, a street, the default city) and PostgreSQL (a city of several
workstations).

A payload of 100,000 records is read and applied with plain statements and executemany through a
SQLAlchemy :class:`~sqlalchemy.engine.Connection` (``exec_driver_sql``: the driver's own
executemany, no per-row objects). :class:`Db` wraps that connection and hides what differs
between the two databases, so the exchange code is written once:

* statements are written with ``?`` placeholders; on PostgreSQL they are rewritten once (cached)
  to the driver's ``%s`` (a ``%`` in the text is doubled; a ``?`` inside a quoted literal or name
  is left alone);
* values read are the SQLite storage form on both: a time is text ``YYYY-MM-DD HH:MM:SS.ffffff``
  (naive UTC, as :class:`db.timeutil.UTCDateTime` stores it), a date ``YYYY-MM-DD``, a boolean
  ``0``/``1``. Code and payloads never see a driver's own types;
* values written through :meth:`Db.insert_rows` are adapted to the column's type where the
  database is strict about it (PostgreSQL's booleans); the statement is compiled by SQLAlchemy
  Core's :func:`~sqlalchemy.insert` for the dialect at hand;
* transactions are explicit (:meth:`Db.begin`, :meth:`Db.begin_write`, :meth:`Db.commit`,
  :meth:`Db.rollback`) on a connection in autocommit mode: ``BEGIN IMMEDIATE`` on SQLite (the
  write lock at once, so two importers queue instead of failing half-way), ``BEGIN`` on
  PostgreSQL, where writers of the same office also take :meth:`Db.lock` (a transaction-scoped
  advisory lock) before they read what they are about to change.

:func:`exchange_connection` hands out a :class:`Db` for a store, an engine, a session, a
SQLAlchemy connection, or a :class:`Db` the caller already holds.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import Boolean, Connection, Engine, insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
WRITE_WAIT_SECONDS = 5.0  # as SQLite's busy timeout (db/store.py): a writer's turn, waited for at most

_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's storage format for a DateTime on SQLite


class Rows(Protocol):
    """What :meth:`Db.execute` returns: a cursor's rows (tuples by position)."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> Sequence[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...

    @property
    def rowcount(self) -> int: ...


def engine_of(source: Any) -> Engine:
    """The engine of a store (``.engine``), a session (its bind), a connection or an engine."""
    if isinstance(source, Engine):
        return source
    if isinstance(source, Connection):
        return source.engine
    if isinstance(source, Session):
        bind = source.get_bind()
        if isinstance(bind, Engine):
            return bind
        return bind.engine
    engine = getattr(source, "engine", None)
    if isinstance(engine, Engine):
        return engine
    raise TypeError(f"not a store, session, connection or engine: {type(source).__name__}")


def dialect_of(source: Any) -> str:
    """``"sqlite"`` or ``"postgresql"``: the database behind a store, session, engine or :class:`Db`."""
    if isinstance(source, Db):
        return source.dialect
    return engine_of(source).dialect.name


# --- statements ---------------------------------------------------------------------


@lru_cache(maxsize=1024)
def to_pyformat(sql: str) -> str:
    """``sql`` with each ``?`` placeholder as ``%s`` and each ``%`` as ``%%`` (outside quotes)."""
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if quote is not None:
            if char == "%":
                out.append("%%")
                continue
            out.append(char)
            if char == quote:
                quote = None
            continue
        if char in ("'", '"'):
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


def quoted(name: str) -> str:
    """An SQL identifier in double quotes (names come from the models, never from a payload)."""
    return '"' + name.replace('"', '""') + '"'


# --- values ---------------------------------------------------------------------------


def storage_value(value: Any) -> Any:
    """A value as SQLite stores it (what the exchange code and the payloads work with)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.strftime(_TIME_FORMAT)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def _storage_row(row: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(storage_value(value) for value in row)


class _StorageRows:
    """Rows of a PostgreSQL cursor in the SQLite storage form (see :func:`storage_value`)."""

    def __init__(self, result: Any) -> None:
        self._result = result

    def fetchone(self) -> tuple[Any, ...] | None:
        row = self._result.fetchone()
        return None if row is None else _storage_row(row)

    def fetchall(self) -> list[tuple[Any, ...]]:
        return [_storage_row(row) for row in self._result.fetchall()]

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        for row in self._result:
            yield _storage_row(row)

    @property
    def rowcount(self) -> int:
        return int(self._result.rowcount)


# --- the connection ------------------------------------------------------------------------


class Db:
    """A SQLAlchemy connection the exchange runs its SQL on (see the module's description).

    ``owns_transactions``: the connection is in autocommit mode and this code issues its own
    ``BEGIN`` / ``COMMIT`` / ``ROLLBACK``; otherwise it runs inside a transaction its caller
    (an ORM session) began and ends, and :meth:`begin` / :meth:`commit` are refused.
    """

    def __init__(self, connection: Connection, *, owns_transactions: bool) -> None:
        self.connection = connection
        self.dialect = connection.dialect.name
        self.owns_transactions = owns_transactions
        self._in_transaction = not owns_transactions
        self._writer: threading.RLock | None = None  # held from begin_write to the end (SQLite)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == SQLITE

    @property
    def in_transaction(self) -> bool:
        return self._in_transaction

    # statements

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Rows:
        """Run one statement written with ``?`` placeholders; its rows in the storage form."""
        if self.is_sqlite:
            return self.connection.exec_driver_sql(sql, tuple(params) if not isinstance(params, Mapping) else params)
        result = self.connection.exec_driver_sql(to_pyformat(sql), tuple(params))
        return _StorageRows(result)

    def fetch_lists(self, sql: str, params: Sequence[Any] = ()) -> list[list[Any]]:
        """Every row of one query, each a list (to edit in place), in the storage form. On SQLite read
        straight from the driver's cursor: a payload's hundred thousand rows skip SQLAlchemy's rows."""
        if self.is_sqlite:
            driver = self.connection.connection.driver_connection
            assert driver is not None
            return [list(row) for row in driver.execute(sql, tuple(params))]
        return [list(row) for row in self.execute(sql, params).fetchall()]

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        """Run one statement for each of ``rows`` (the driver's executemany); rows changed."""
        batch = [tuple(row) for row in rows]
        if not batch:
            return 0
        statement = sql if self.is_sqlite else to_pyformat(sql)
        result = self.connection.exec_driver_sql(statement, batch)
        return max(int(result.rowcount), 0)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row (None when there is none)."""
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def insert_rows(
        self, table_name: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], *, ignore_existing: bool = False
    ) -> int:
        """Insert ``rows`` (values in the order of ``columns``, in the storage form) into a table of
        the models with one executemany; ``ignore_existing``: a row whose key is already stored is
        skipped (``ON CONFLICT DO NOTHING``). How many rows were inserted."""
        statement = _insert_sql(self.dialect, self.connection.dialect, table_name, tuple(columns), ignore_existing)
        adapt = _adapters(self.dialect, table_name, tuple(columns))
        batch = [tuple(row) for row in rows] if adapt is None else [adapt(row) for row in rows]
        if not batch:
            return 0
        result = self.connection.exec_driver_sql(statement, batch)
        count = int(result.rowcount)
        if count < 0:  # a driver that does not count executemany's rows
            return len(batch)
        return count

    def in_list(self, column_sql: str, values: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
        """``<column> IN (…)`` for one parameter holding the JSON array of ``values`` (no limit on
        how many), and the parameter."""
        import json

        payload = json.dumps([storage_value(v) for v in values], ensure_ascii=False)
        if self.is_sqlite:
            return f"{column_sql} IN (SELECT value FROM json_each(?))", (payload,)
        return f"{column_sql} IN (SELECT json_array_elements_text(CAST(? AS json)))", (payload,)

    # transactions

    def begin(self) -> None:
        """A read (and later write) transaction."""
        self._own()
        self.connection.exec_driver_sql("BEGIN")
        self._in_transaction = True

    def begin_write(self, wait: float | None = WRITE_WAIT_SECONDS) -> None:
        """A write transaction: on SQLite the database's write lock is taken at once.

        Writers of one SQLite file in this process first take turns on a lock of the process, so
        that a writer waiting behind others is let in when they finish rather than left to
        SQLite's busy handler, which lets whoever polls first in (four import threads: one gave up
        after the 5 s busy timeout). ``wait``: at most that many seconds for the turn (SQLite's
        own busy timeout by default), then SQLite's "database is locked", as before; None waits
        for as long as it takes (an import in the background: it only has to wait for the one
        before it). Other processes are kept out by the data folder's lock."""
        self._own()
        if not self.is_sqlite:
            self.connection.exec_driver_sql("BEGIN")
            self._in_transaction = True
            return
        writer = _sqlite_writer(self.connection)
        if not writer.acquire(timeout=-1 if wait is None else max(0.0, wait)):
            raise OperationalError("BEGIN IMMEDIATE", None, DatabaseLocked("database is locked"))
        try:
            self.connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            writer.release()
            raise
        self._writer = writer
        self._in_transaction = True

    def commit(self) -> None:
        """Commit the open transaction (nothing to do outside one: each statement committed)."""
        self._own()
        if not self._in_transaction:
            return
        self._in_transaction = False
        try:
            self.connection.exec_driver_sql("COMMIT")
        finally:
            self._release_writer()

    def rollback(self) -> None:
        """Roll back the open transaction, if there is one (never masks the error being handled)."""
        if not self.owns_transactions or not self._in_transaction:
            self._release_writer()
            return
        self._in_transaction = False
        try:
            self.connection.exec_driver_sql("ROLLBACK")
        finally:
            self._release_writer()

    def _release_writer(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.release()

    def lock(self, key: str) -> None:
        """Serialise this transaction with every other holding ``key`` (an office's code, say)
        until it ends: PostgreSQL's ``pg_advisory_xact_lock``; on SQLite the write transaction
        (:meth:`begin_write`) already excludes every other writer."""
        if self.is_sqlite:
            return
        self.connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (advisory_key(key),))

    def refresh_statistics(self, written: Mapping[str, int]) -> list[str]:
        """Have PostgreSQL's planner learn what a large import just wrote (``written``: rows per
        table of the models): ``ANALYZE`` each table whose rows written exceed a tenth of the rows it
        had when last analysed (never analysed: any), before autovacuum would get to it. A city that
        has just taken hundreds of offices' first bundles otherwise plans for empty tables (``city
        status`` 8.5 s instead of 2 s). One workstation at a time: if another is analysing, this one
        leaves it to it. Which tables were analysed. On SQLite nothing: its queries are written to
        plan well without statistics."""
        if self.is_sqlite:
            return []
        known = {name: count for name, count in written.items() if name in _model_tables() and count > 0}
        if not known:
            return []
        self.begin()
        try:
            if not self.scalar("SELECT pg_try_advisory_xact_lock(?)", (advisory_key("statistics"),)):
                self.rollback()
                return []
            rows = self.execute(
                "SELECT relname, reltuples FROM pg_class WHERE relnamespace = CAST(current_schema() AS regnamespace)"
                " AND relkind = 'r' AND relname = ANY(CAST(? AS text[]))",
                (sorted(known),),
            ).fetchall()
            stale = sorted(str(name) for name, tuples in rows if float(tuples) < 0 or known[name] > float(tuples) / 10)
            for name in stale:
                self.connection.exec_driver_sql(f'ANALYZE "{name}"')  # a name of the models, checked above
            self.commit()
        except BaseException:
            self.rollback()
            raise
        return stale

    def _own(self) -> None:
        if not self.owns_transactions:
            raise RuntimeError("this connection runs in its caller's transaction")


class DatabaseLocked(Exception):
    """What a writer that did not get its turn in time gives as the driver's error (SQLite's words)."""


_WRITERS: dict[str, threading.RLock] = {}
_WRITERS_LOCK = threading.Lock()


def _sqlite_writer(connection: Connection) -> threading.RLock:
    """The lock this process's writers of ``connection``'s SQLite file take turns on."""
    key = str(connection.engine.url.database or "")
    with _WRITERS_LOCK:
        return _WRITERS.setdefault(key, threading.RLock())


def _model_tables() -> Mapping[str, Any]:
    """The models' tables by name (every model module imported first)."""
    from sqlmodel import SQLModel

    import db.models  # noqa: F401  (registers the tables)

    return SQLModel.metadata.tables


def _model_table(name: str) -> Any:
    """The models' table ``name``."""
    return _model_tables()[name]


def advisory_key(key: str) -> int:
    """A stable signed 64-bit number for ``key`` (PostgreSQL's advisory locks take a bigint)."""
    digest = hashlib.sha256(("shequ:" + key).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@lru_cache(maxsize=256)
def _insert_sql(dialect_name: str, dialect: Any, table_name: str, columns: tuple[str, ...], ignore: bool) -> str:
    target = _model_table(table_name)
    statement: Any
    if ignore:
        if dialect_name == POSTGRESQL:
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            statement = pg_insert(target).on_conflict_do_nothing()
        else:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            statement = sqlite_insert(target).on_conflict_do_nothing()
    else:
        statement = insert(target)
    compiled = statement.values(dict.fromkeys(columns)).compile(
        dialect=dialect, compile_kwargs={"render_postcompile": True}
    )
    positions = compiled.positiontup
    if positions is not None:  # positional paramstyle (qmark, format): reorder to `columns`
        if list(positions) != list(columns):
            raise RuntimeError(f"unexpected bind order for {table_name}")
        return str(compiled)
    # named paramstyle (pyformat): %(name)s → %s in the order of `columns`
    text = str(compiled)
    for name in columns:
        text = text.replace(f"%({name})s", "%s", 1)
    return text


@lru_cache(maxsize=256)
def _adapters(dialect_name: str, table_name: str, columns: tuple[str, ...]) -> Any:
    """A function adapting one row for the database's strict column types, or None."""
    if dialect_name == SQLITE:
        return None
    target = _model_table(table_name)
    booleans = [i for i, name in enumerate(columns) if isinstance(target.c[name].type, Boolean)]
    if not booleans:
        return None

    def adapt(row: Sequence[Any]) -> tuple[Any, ...]:
        values = list(row)
        for i in booleans:
            if values[i] is not None:
                values[i] = bool(values[i])
        return tuple(values)

    return adapt


@contextmanager
def exchange_connection(source: Any) -> Iterator[Db]:
    """A :class:`Db` for ``source``.

    ``source`` is a :class:`Db` (used as it is), a SQLAlchemy connection or a session (used inside
    their transaction), or a store or engine: a new connection in autocommit mode (this code issues
    its own ``BEGIN`` / ``COMMIT``), closed afterwards.
    """
    if isinstance(source, Db):
        yield source
        return
    if isinstance(source, Session):
        yield Db(source.connection(), owns_transactions=False)
        return
    if isinstance(source, Connection):
        yield Db(source, owns_transactions=False)
        return
    connection = engine_of(source).connect().execution_options(isolation_level="AUTOCOMMIT")
    db = Db(connection, owns_transactions=True)
    try:
        yield db
    finally:
        try:
            db.rollback()
        finally:
            connection.close()


@contextmanager
def exclusive(source: Any, key: str) -> Iterator[None]:
    """Hold ``key`` for longer than one transaction (a whole export: numbering, sealing, writing,
    recording), so that two workstations never do the same numbered work at once: on PostgreSQL a
    session advisory lock on a connection of its own, waited for and released at the end; on SQLite
    nothing (one process holds the data folder, and its writes are serialised)."""
    if dialect_of(source) == SQLITE:
        yield
        return
    connection = engine_of(source).connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        connection.exec_driver_sql("SELECT pg_advisory_lock(%s)", (advisory_key(key),))
        try:
            yield
        finally:
            connection.exec_driver_sql("SELECT pg_advisory_unlock(%s)", (advisory_key(key),))
    finally:
        connection.close()


def rollback(db: Db) -> None:
    """Roll back the open transaction, if there is one (never masks the error being handled)."""
    db.rollback()
