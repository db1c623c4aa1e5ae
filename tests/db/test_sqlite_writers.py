"""Writers of one SQLite file in one process take turns instead of giving up.

SQLite lets one writer in at a time and makes the others wait at most its busy timeout (5 s in
db/store.py): an import waiting behind a long import of the same city failed with "database is
locked" (benches/bench_city_scale.py with 4 threads, 300 offices). The exchange's write transactions
(:meth:`db.exchange.rawdb.Db.begin_write`) now queue on a lock of the process first. Here the second
writer's busy timeout is cut to 50 ms and the first holds the file for far longer: the second still
gets in, after the first, and the lock is free again after a commit, a rollback and a failure.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from db.exchange.rawdb import exchange_connection
from db.store import open_store


def test_a_second_writer_waits_for_the_first_beyond_sqlite_s_busy_timeout(tmp_path: Path) -> None:
    with open_store(tmp_path / "data", create=True) as store:
        order: list[str] = []
        first_in = threading.Event()
        failures: list[BaseException] = []

        def first() -> None:
            with exchange_connection(store) as conn:
                conn.begin_write()
                conn.execute("INSERT INTO exchange_setting (key, value) VALUES (?, ?)", ("first", "1"))
                first_in.set()
                time.sleep(0.6)  # twelve times the second's busy timeout
                order.append("first")
                conn.commit()

        def second() -> None:
            try:
                first_in.wait(5)
                with exchange_connection(store) as conn:
                    conn.execute("PRAGMA busy_timeout=50")
                    conn.begin_write()
                    conn.execute("INSERT INTO exchange_setting (key, value) VALUES (?, ?)", ("second", "2"))
                    order.append("second")
                    conn.commit()
            except BaseException as exc:  # reported below, not lost in the thread
                failures.append(exc)

        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(20)
        assert failures == []
        assert order == ["first", "second"]
        with exchange_connection(store) as conn:
            stored = conn.execute("SELECT key, value FROM exchange_setting WHERE key IN ('first', 'second')")
            assert sorted(tuple(row) for row in stored.fetchall()) == [("first", "1"), ("second", "2")]


def test_the_turn_passes_on_after_a_rollback_or_a_failed_statement(tmp_path: Path) -> None:
    with open_store(tmp_path / "data", create=True) as store:
        with exchange_connection(store) as conn:
            conn.begin_write()
            conn.rollback()
        with exchange_connection(store) as conn:
            conn.begin_write()
            with pytest.raises(OperationalError):
                conn.execute("INSERT INTO no_such_table VALUES (1)")
            # left open: closing the connection (exchange_connection) rolls back and passes the turn on
        done = threading.Event()

        def other() -> None:
            with exchange_connection(store) as conn:
                conn.begin_write()
                conn.commit()
            done.set()

        thread = threading.Thread(target=other)
        thread.start()
        thread.join(10)
        assert done.is_set()


def test_a_writer_with_a_bounded_wait_gives_up_in_time_and_writes_nothing(tmp_path: Path) -> None:
    """The city's registry waits a limited time for another writer (CityRegistryBusy after it): its
    turn is waited for no longer, and it fails as SQLite says a busy database."""
    with open_store(tmp_path / "data", create=True) as store:
        holding = threading.Event()
        release = threading.Event()

        def first() -> None:
            with exchange_connection(store) as conn:
                conn.begin_write(wait=None)
                holding.set()
                release.wait(10)
                conn.commit()

        thread = threading.Thread(target=first)
        thread.start()
        try:
            assert holding.wait(5)
            with exchange_connection(store) as conn:
                started = time.monotonic()
                with pytest.raises(OperationalError, match="database is locked"):
                    conn.begin_write(wait=0.2)
                assert time.monotonic() - started < 3  # gave up after its wait, not SQLite's 5 s
                assert not conn.in_transaction
        finally:
            release.set()
            thread.join(10)
        with exchange_connection(store) as conn:  # the turn passed on: the next writer gets in at once
            conn.begin_write(wait=0.5)
            conn.commit()
