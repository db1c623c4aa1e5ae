"""The validation of a whole office never runs on the app's own threads: the dashboard's check
before signing and the 报表 page's pre-flight run in the helper process
(desktop/common/processes.py), so lists, editors and searches keep the interpreter while it works.

The guard: in this (the app's) process every whole-office validation entry point is replaced by
one that notes the thread it was called on and refuses. The window then runs its checks for real;
their results must arrive (computed elsewhere, the helper's own copies of those functions) and
nothing may have been called here, on any thread."""

from __future__ import annotations

import os
import threading
from datetime import date

import pytest

import db.returns.preflight
import db.validation
import db.validation.check
from db.periods import parse_period
from db.store import Store
from desktop.common.changes import ChangeHub
from desktop.common.processes import helper_pid
from desktop.common.workspace import workspace_for
from desktop.home.signing import check_before_signing
from desktop.returns.page import ReturnsPage
from desktop.returns.state import check_period
from tests.support.gui import open_window
from tests.support.returns import CODE, build_office

TODAY = date(2026, 11, 28)


@pytest.fixture
def office(store: Store) -> Store:
    build_office(store)
    return store


@pytest.fixture
def called_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every whole-office validation entry point of this process, refusing and noting its thread."""
    calls: list[str] = []

    def guard(name: str):  # type: ignore[no-untyped-def]
        def refuse(*args: object, **kwargs: object) -> None:
            calls.append(f"{name} on {threading.current_thread().name}")
            raise AssertionError(f"{name} ran in the app's own process")

        return refuse

    monkeypatch.setattr(db.returns.preflight, "run_preflight", guard("run_preflight"))
    monkeypatch.setattr(db.validation.check, "check_office", guard("check_office"))
    monkeypatch.setattr(db.validation, "check_office", guard("check_office"))
    return calls


def test_the_returns_page_checks_the_period_in_the_helper(
    qtbot, office: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    period = parse_period("2026")
    expected = check_period(office, CODE, period)  # before the guard: computed here, once
    assert expected.preflight.warnings or expected.preflight.errors, "the test office has things to say"
    calls: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        calls.append(threading.current_thread().name)
        raise AssertionError("the 报表 page's pre-flight ran in the app's own process")

    monkeypatch.setattr(db.returns.preflight, "run_preflight", refuse)
    page = ReturnsPage(workspace_for(office), today=TODAY, hub=ChangeHub())
    qtbot.addWidget(page)
    page.show()
    page.run_check()
    qtbot.waitUntil(lambda: page.check is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert calls == []
    assert page.check is not None
    assert page.check.preflight.period == expected.preflight.period
    assert [str(issue) for issue in page.check.preflight.errors] == [str(i) for i in expected.preflight.errors]
    assert [w.key for w in page.check.preflight.warnings] == [w.key for w in expected.preflight.warnings]
    assert helper_pid() not in (None, os.getpid())  # computed in another process


def test_no_whole_office_validation_runs_in_the_window_process(qtbot, office: Store, called_here: list[str]) -> None:
    """The window as a clerk uses it: 首页 (its check before signing), then 报表 (its pre-flight)."""
    window = open_window(qtbot, office)
    home = window.page("home")
    qtbot.waitUntil(lambda: not home.checking, timeout=60_000)
    assert home.signing.check is not None  # it arrived: computed in the helper
    reports = window.show_page("reports")
    assert isinstance(reports, ReturnsPage)
    qtbot.waitUntil(lambda: reports.check is not None and not reports.busy, timeout=60_000)
    assert called_here == []
    assert helper_pid() not in (None, os.getpid())


def test_the_guard_would_see_a_check_made_in_this_process(office: Store, called_here: list[str]) -> None:
    """The guard is real: the same check called here is caught."""
    with pytest.raises(AssertionError, match="ran in the app's own process"):
        check_before_signing(office.session, parse_period("2026"), CODE)
    assert called_here == ["run_preflight on MainThread"]


@pytest.mark.skipif(not hasattr(os, "nice"), reason="POSIX niceness (Windows: below-normal priority class)")
def test_the_helper_gives_way_to_the_window() -> None:
    from desktop.common.processes import HELPER_NICENESS, run_in_process

    assert run_in_process(os.nice, 0) == min(19, os.nice(0) + HELPER_NICENESS)
