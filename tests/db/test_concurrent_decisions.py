"""Two workstations of a city on PostgreSQL reviewing at once never lose a write.

A city on a PostgreSQL database (tests/support/pg.py) whose office's 2026Q1 return was passed and
acknowledged (:func:`tests.support.unlock_world.locked_world`). "Another workstation" is a second
connection of the test that holds the office's review lock (:func:`db.exchange.locks.review_lock`)
in an open transaction while the workstations' calls run in threads: they are seen waiting for that
lock in ``pg_locks`` before the other workstation writes and commits, so the interleaving is the one
that loses a write when nothing serialises them — no sleeps, no timing.

* a decision made on what the reviewer saw is refused (:class:`DecisionChanged`, nothing written)
  when another workstation decided meanwhile; without ``seen`` (the command line) the two decisions
  are made one after the other, the later one standing;
* two grants of the same unlock request at once: one grants it, the other is refused
  (:class:`UnlockAlreadyGranted`) — never both "granted", the second overwriting the first;
* comments written at once are all kept;
* two workstations writing the default city standards at once write them once;
* one street's forward file imported at two workstations at once is applied once (the other finds
  it already imported), the street on its SQLite file and the city on PostgreSQL.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from db.enums import ReturnState
from db.exchange.acks import (
    STANDARDS_LOCK,
    DecisionChanged,
    SeenDecision,
    decide_return,
    ensure_city_standards,
)
from db.exchange.comments import add_comment, office_comments
from db.exchange.locks import review_lock
from db.exchange.rawdb import Db, exchange_connection
from db.exchange.unlock import UnlockAlreadyGranted, grant_unlock, request_unlock, unlock_requests
from db.periods import parse_period
from tests.support import pg
from tests.support.city_backend import POSTGRESQL, SQLITE, set_city_backend
from tests.support.unlock_world import ADMIN, PERIOD, REVIEWER, UnlockWorld, locked_world

ELSEWHERE = "李审核"  # the reviewer at the other workstation
WAIT_SECONDS = 120.0  # how long a thread may take to reach the lock (a stuck test fails, never a slow one)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[UnlockWorld]:
    """The locked world with its city on a new PostgreSQL database."""
    pg.require()
    set_city_backend(POSTGRESQL)
    try:
        built = locked_world(tmp_path)
    finally:
        set_city_backend(SQLITE)
    assert built.hub.store.is_postgresql
    yield built
    built.close()


class OtherWorkstation:
    """A second connection to the city's database holding a lock in an open transaction."""

    def __init__(self, store: Any, key: str) -> None:
        self.store = store
        self.connection = store.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        self.db = Db(self.connection, owns_transactions=True)
        self.db.begin()
        self.db.lock(key)

    def waiting(self) -> int:
        """How many other connections wait for an advisory lock in this database."""
        with exchange_connection(self.store) as conn:
            return int(
                conn.scalar(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                )
            )

    def commit(self) -> None:
        self.db.commit()
        self.connection.close()


class Workstations:
    """Calls made in threads (one per workstation); each one's result or exception."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.results: dict[str, Any] = {}

    def start(self, name: str, call: Callable[[], Any]) -> None:
        def run() -> None:
            try:
                self.results[name] = call()
            except Exception as exc:  # handed to the test, which asserts on it
                self.results[name] = exc

        thread = threading.Thread(target=run, name=name, daemon=True)
        self.threads.append(thread)
        thread.start()

    def wait_until(self, condition: Callable[[], bool]) -> None:
        """Until ``condition`` holds (the threads reached the lock), failing if a thread ended first."""
        deadline = threading.Event()
        timer = threading.Timer(WAIT_SECONDS, deadline.set)
        timer.start()
        try:
            while not condition():
                ended = [t.name for t in self.threads if not t.is_alive()]
                assert not ended, f"ended before waiting for the lock: {ended} → {self.results}"
                assert not deadline.wait(0.05), "the workstations never reached the lock"
        finally:
            timer.cancel()

    def join(self) -> dict[str, Any]:
        for thread in self.threads:
            thread.join(WAIT_SECONDS)
            assert not thread.is_alive(), f"{thread.name} never finished"
        return self.results


def _receipt(world: UnlockWorld, return_id: str) -> tuple[str, str, str]:
    with exchange_connection(world.hub.store) as conn:
        row = conn.execute(
            "SELECT status, reason, decided_by FROM return_receipt WHERE return_id = ?", (return_id,)
        ).fetchone()
    return str(row[0]), str(row[1]), str(row[2])


def _write_other_decision(other: OtherWorkstation, return_id: str, status: str, reason: str) -> None:
    other.db.execute(
        "UPDATE return_receipt SET status = ?, reason = ?, decided_by = ?, decided_at = ? WHERE return_id = ?",
        (status, reason, ELSEWHERE, "2026-07-01 09:00:00.000000", return_id),
    )


def test_a_decision_on_what_was_seen_never_overwrites_another_workstations(world: UnlockWorld) -> None:
    return_id = world.return_id
    assert _receipt(world, return_id) == ("received", "", REVIEWER)
    seen = SeenDecision("received", _seen_time(world, return_id))
    other = OtherWorkstation(world.hub.store, review_lock(world.office.code))
    here = Workstations()
    here.start(
        "decides",
        lambda: decide_return(
            world.hub.store, return_id, ReturnState.PROBLEM, reason="经费来源待核实", decided_by=REVIEWER, seen=seen
        ),
    )
    here.wait_until(lambda: other.waiting() == 1)
    _write_other_decision(other, return_id, "returned", "请补充活动照片")  # 退回, on the other workstation
    other.commit()
    (refused,) = here.join().values()
    assert isinstance(refused, DecisionChanged), refused
    assert "李审核" in str(refused) and "退回" in str(refused) and "刷新" in str(refused)
    assert _receipt(world, return_id) == ("returned", "请补充活动照片", ELSEWHERE)  # theirs stands, nothing lost

    # looked again: now the decision is made on what is there
    fresh = SeenDecision("returned", _seen_time(world, return_id))
    decide_return(
        world.hub.store, return_id, ReturnState.PROBLEM, reason="经费来源待核实", decided_by=REVIEWER, seen=fresh
    )
    assert _receipt(world, return_id) == ("problem", "经费来源待核实", REVIEWER)


def test_decisions_without_what_was_seen_are_made_one_after_the_other(world: UnlockWorld) -> None:
    return_id = world.return_id
    other = OtherWorkstation(world.hub.store, review_lock(world.office.code))
    here = Workstations()
    here.start(
        "decides",
        lambda: decide_return(world.hub.store, return_id, ReturnState.RETURNED, reason="请核对", decided_by=REVIEWER),
    )
    here.wait_until(lambda: other.waiting() == 1)
    _write_other_decision(other, return_id, "problem", "经费待核实")
    other.commit()
    (done,) = here.join().values()
    assert not isinstance(done, Exception), done
    assert _receipt(world, return_id) == ("returned", "请核对", REVIEWER)  # the later one, whole


def test_two_grants_of_one_request_at_once_grant_it_once(world: UnlockWorld) -> None:
    request_unlock(world.office.store, PERIOD, reason="活动参加人数录错，需要更正", requested_by=ADMIN)
    world.send()
    (request,) = unlock_requests(world.hub.store, world.office.code)
    other = OtherWorkstation(world.hub.store, review_lock(world.office.code))
    here = Workstations()
    when = datetime(2026, 7, 2, 8, 0, tzinfo=UTC)
    here.start("first", lambda: grant_unlock(world.hub.store, request.id, granted_by=REVIEWER, now=when))
    here.start("second", lambda: grant_unlock(world.hub.store, request.id, granted_by=ELSEWHERE, now=when))
    here.wait_until(lambda: other.waiting() == 2)
    other.commit()
    results = here.join()
    refused = [name for name, value in results.items() if isinstance(value, UnlockAlreadyGranted)]
    granted = [name for name, value in results.items() if not isinstance(value, Exception)]
    assert len(refused) == 1 and len(granted) == 1, results
    who = REVIEWER if granted == ["first"] else ELSEWHERE
    assert "已" in str(results[refused[0]]) and who in str(results[refused[0]])  # names the one who granted it
    (info,) = unlock_requests(world.hub.store, world.office.code)
    assert info.granted_by == who  # the grant that was made is the one kept


def test_comments_written_at_once_are_all_kept(world: UnlockWorld) -> None:
    period = parse_period(PERIOD)
    other = OtherWorkstation(world.hub.store, review_lock(world.office.code))
    here = Workstations()
    for name, text in (("first", "活动次数与台账不符"), ("second", "办公用房面积请核实")):
        here.start(
            name,
            lambda text=text: add_comment(
                world.hub.store, world.office.code, period, figure_key="service.activities", text=text,
                written_by=REVIEWER,
            ),
        )  # fmt: skip
    here.wait_until(lambda: other.waiting() == 2)
    other.commit()
    results = here.join()
    assert not [value for value in results.values() if isinstance(value, Exception)], results
    with world.hub.store.session() as session:
        texts = sorted(comment.text for comment in office_comments(session, world.office.code, PERIOD))
    assert texts == ["办公用房面积请核实", "活动次数与台账不符"]


def test_the_default_standards_are_written_once_by_two_workstations(world: UnlockWorld) -> None:
    from db.exchange.acks import CITY_CODE

    def count() -> int:
        with exchange_connection(world.hub.store) as conn:
            return int(conn.scalar("SELECT count(*) FROM city_standard WHERE office_code = ?", (CITY_CODE,)))

    with exchange_connection(world.hub.store) as conn:  # a city whose standards were never written
        conn.begin_write()
        conn.execute("DELETE FROM city_standard WHERE office_code = ?", (CITY_CODE,))
        conn.commit()
    assert count() == 0
    other = OtherWorkstation(world.hub.store, STANDARDS_LOCK)
    here = Workstations()
    here.start("first", lambda: ensure_city_standards(world.hub.store))
    here.start("second", lambda: ensure_city_standards(world.hub.store))
    here.wait_until(lambda: other.waiting() == 2)
    other.commit()
    results = here.join()
    written = sorted(results.values())
    assert written[0] == 0 and written[1] > 0, results  # one wrote them, the other found them
    assert count() == written[1]


def _seen_time(world: UnlockWorld, return_id: str) -> datetime | None:
    """The decision's time as the city window read it (the ORM, an aware UTC time)."""
    from sqlmodel import col, select

    from db.models import ReturnReceipt

    with world.hub.store.session() as session:
        receipt = session.exec(select(ReturnReceipt).where(col(ReturnReceipt.return_id) == return_id)).one()
        return receipt.decided_at


def test_one_street_forward_imported_at_two_workstations_at_once_is_applied_once(tmp_path: Path) -> None:
    from db.exchange.bundle import import_bundle
    from db.exchange.street_forward import StreetForwardImported
    from db.exchange.street_review import export_street_forward, street_decide
    from tests.support.exchange_world import CITY_PASSPHRASE
    from tests.support.street_review_world import return_at_street
    from tests.support.street_world import STREET_CODE, STREET_PASSPHRASE, build_four, routed, street_site

    pg.require()
    set_city_backend(POSTGRESQL)
    try:
        four = build_four(tmp_path)
    finally:
        set_city_backend(SQLITE)
    routed(four)
    at_street = street_site(four)
    try:
        assert four.hub.store.is_postgresql and not at_street.store.is_postgresql  # a street stays on SQLite
        arrived = return_at_street(four, at_street)
        street_decide(
            at_street.store, four.street, arrived.return_id, ReturnState.RECEIVED,
            decided_by="王街道", passphrase=STREET_PASSPHRASE,
        )  # fmt: skip
        out = tmp_path / "to-city"
        out.mkdir()
        forward = export_street_forward(at_street.store, four.street, STREET_PASSPHRASE, out).path
        assert forward is not None

        holder = OtherWorkstation(four.hub.store, f"forward:{STREET_CODE}")  # the lock of this street's files
        here = Workstations()
        for name in ("first", "second"):
            here.start(name, lambda: import_bundle(four.hub.store, forward, city=four.city, passphrase=CITY_PASSPHRASE))
        here.wait_until(lambda: holder.waiting() == 2)
        holder.commit()
        results = here.join()
        assert all(isinstance(value, StreetForwardImported) for value in results.values()), results
        assert sorted(value.already_imported for value in results.values()) == [False, True]
        with exchange_connection(four.hub.store) as conn:
            received = conn.scalar("SELECT count(*) FROM bundle_received WHERE sender = ?", (STREET_CODE,))
            kept = conn.scalar("SELECT count(*) FROM review_comment WHERE level = '街道'")
            status = conn.scalar("SELECT street_status FROM return_receipt WHERE return_id = ?", (arrived.return_id,))
        assert (received, kept, status) == (1, 0, "received")  # recorded once, nothing doubled
    finally:
        at_street.close()
        four.close()
