"""What is left before a period's return can be signed, as plain data: the returns' pre-flight
(:func:`db.returns.preflight.run_preflight`) turned into one line per blocking error, then per
warning that needs a written explanation, each pointing at the record (or ledger) to fix."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session

from db.kinds import kind_of_figure
from db.periods import Period

if TYPE_CHECKING:
    from db.returns.preflight import Preflight
    from db.validation import Issue


@dataclass(frozen=True)
class ToFix:
    """One thing to deal with before the period's return can be signed."""

    error: bool  # a blocking error (else a warning that needs a written explanation)
    kind: str  # the kind of record ("" when it concerns no ledger)
    record_id: str  # "" for the period (or the office) as a whole
    title: str  # the record's title, or the figure's name
    field: str  # the field to fix ("" when none)
    message: str


@dataclass(frozen=True)
class SigningCheck:
    """The pre-flight of one period as the list shows it: errors first, then warnings."""

    period: Period
    items: list[ToFix]

    @property
    def errors(self) -> int:
        return sum(1 for item in self.items if item.error)

    @property
    def warnings(self) -> int:
        return len(self.items) - self.errors


def _from_issue(issue: Issue) -> ToFix:
    return ToFix(
        issue.is_error, issue.kind or "", issue.record_id or "", issue.record_title, issue.field, issue.message
    )


def things_to_fix(preflight: Preflight) -> list[ToFix]:
    """The pre-flight's blocking errors, then its warnings, in the 报表 page's order."""
    items = [_from_issue(issue) for issue in preflight.report.errors]
    for warning in preflight.warnings:
        if warning.issue is not None:
            items.append(_from_issue(warning.issue))
            continue
        pillar_key, _, figure_key = warning.key.partition(".")
        try:
            figure = preflight.result.figure(pillar_key, figure_key)
        except KeyError:
            items.append(ToFix(False, "", "", "", "", warning.text))
            continue
        ledger = kind_of_figure(figure.key)  # a figure judged 需说明 opens the list of its records
        items.append(ToFix(False, ledger.key if ledger else "", "", figure.label, "", figure.reason))
    return items


def check_before_signing(
    session_factory: Callable[[], Session], period: Period, office_code: str | None
) -> SigningCheck:
    """Run the returns' pre-flight for ``period`` (in a worker: its own session, plain data back)."""
    from db.returns.preflight import run_preflight

    with session_factory() as session:
        preflight = run_preflight(session, period, office_code)
    return SigningCheck(period, things_to_fix(preflight))


def check_before_signing_in(database: Path, period: Period, office_code: str | None) -> SigningCheck:
    """:func:`check_before_signing` on the database file ``database``, read beside the app that has
    it open: what the dashboard runs in the helper process (:mod:`desktop.common.processes`)."""
    from db.audit import LedgerSession
    from db.store import make_engine

    engine = make_engine(database, query_only=True)
    try:
        return check_before_signing(lambda: LedgerSession(engine), period, office_code)
    finally:
        engine.dispose()
