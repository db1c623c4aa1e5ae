"""The check before signing a return reads and judges the whole office; in the app it runs in a
helper process (desktop/common/processes.py), so a list opened meanwhile is not held up by it.
These tests run the real helper: its answers, its errors, and its end."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

import db.returns.preflight
from db.periods import parse_period
from db.store import Store
from desktop.common import processes
from desktop.common.processes import HelperCrashed, HelperFailed, helper_pid, run_in_process, stop_helper
from desktop.common.tasks import Cancelled
from desktop.home.dashboard import DashboardPage
from desktop.home.signing import check_before_signing
from tests.support.gui import DASHBOARD_TODAY
from tests.support.helper_calls import crash, pid_after, refuse

OFFICE = "150802001001"


def test_the_dashboard_check_runs_in_the_helper_not_in_the_app(
    qtbot, store: Store, office: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = check_before_signing(store.session, parse_period("2026"), OFFICE)
    assert expected.items, "the test office has things to fix"

    def not_here(*args: object, **kwargs: object) -> None:
        raise AssertionError("the whole-office check ran in the app's own process")

    monkeypatch.setattr(db.returns.preflight, "run_preflight", not_here)  # the helper has its own copy
    page = DashboardPage(store.session, "胜利社区", today=DASHBOARD_TODAY, office_code=OFFICE, database=store.db_path)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.checking, timeout=60_000)
    assert page.signing.check == expected
    assert helper_pid() not in (None, os.getpid())


def test_a_refusal_in_the_helper_arrives_with_its_message() -> None:
    with pytest.raises(HelperFailed, match=r"^没有这个报告期$"):
        run_in_process(refuse, "没有这个报告期")


def test_a_bug_in_the_helper_arrives_with_its_traceback() -> None:
    with pytest.raises(HelperCrashed, match="ZeroDivisionError: a bug in the helper"):
        run_in_process(crash)
    assert run_in_process(os.getpid) != os.getpid()  # the helper is still there


def test_a_helper_that_died_is_replaced_and_nothing_is_lost() -> None:
    first = run_in_process(os.getpid)
    os.kill(first, 9)
    processes._slot.helper.process.wait(10)  # type: ignore[union-attr]
    second = run_in_process(os.getpid)
    assert second not in (first, os.getpid())


def test_stopping_the_helper_cancels_the_call_waiting_for_it_at_once(tmp_path: Path) -> None:
    run_in_process(os.getpid)  # started
    outcome: list[object] = []
    started = tmp_path / "started"

    def wait_for_a_slow_one() -> None:
        try:
            outcome.append(run_in_process(pid_after, 30, started))
        except Cancelled as exc:
            outcome.append(exc)

    waiter = threading.Thread(target=wait_for_a_slow_one)
    waiter.start()
    deadline = time.monotonic() + 30
    while not started.exists() and time.monotonic() < deadline:  # until the helper works on it
        time.sleep(0.01)
    assert started.exists()
    stop_helper()
    waiter.join(10)
    assert not waiter.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    assert helper_pid() is None
    assert run_in_process(os.getpid) != os.getpid()  # a later call starts a new one
