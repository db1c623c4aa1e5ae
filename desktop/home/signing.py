"""What is left before a period's return can be signed, as plain data: the returns' pre-flight
(:func:`db.returns.preflight.run_preflight`) turned into one line per blocking error, then per
warning that needs a written explanation, each pointing at the record (or ledger) to fix; and the
reviewers' comments on the period's latest signed return (:func:`db.exchange.comments.current_comments`: the
city's, and the street's for an office reporting through a street):
a figure's comment at that figure's line (its own line when the figure needs nothing else), a
record's comment at the record's line or as a line that opens the record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.periods import Period

STREET_LEVEL = "街道"  # a comment's level when the office's street wrote it (db.exchange.street_acks)

if TYPE_CHECKING:
    from sqlmodel import Session

    from db.exchange.comments import Comment
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
    message: str  # "" for a line that only carries a reviewer's comment
    comment: str = ""  # the city's (or the street's) review comment on this figure or record ("" when none)
    figure: str = ""  # the figure's key (pillar.figure) for a figure's line
    comment_level: str = ""  # who wrote ``comment``: "市级", or "街道" for an office reporting through a street

    @property
    def street_comment(self) -> bool:
        """The comment is the street's (街道意见), not the city's."""
        return self.comment_level == STREET_LEVEL

    @property
    def only_comment(self) -> bool:
        """A line of the city's comment alone (nothing else to fix there)."""
        return not self.message and bool(self.comment)


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
        return sum(1 for item in self.items if not item.error and item.message)

    @property
    def comments(self) -> int:
        """Lines carrying a reviewer's comment (the city's or the street's)."""
        return sum(1 for item in self.items if item.comment)

    @property
    def street_comments(self) -> int:
        """Lines carrying a comment of the street."""
        return sum(1 for item in self.items if item.comment and item.street_comment)


def _from_issue(issue: Issue) -> ToFix:
    return ToFix(
        issue.is_error, issue.kind or "", issue.record_id or "", issue.record_title, issue.field, issue.message
    )


def things_to_fix(preflight: Preflight) -> list[ToFix]:
    """The pre-flight's blocking errors, then its warnings, in the 报表 page's order."""
    from db.kinds import kind_of_figure  # the data layer: not on the start-up path

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
        items.append(
            ToFix(False, ledger.key if ledger else "", "", figure.label, "", figure.reason, figure=warning.key)
        )
    return items


def with_comments(items: list[ToFix], comments: list[Comment]) -> list[ToFix]:
    """``items`` with the city's comments: each at its figure's or record's first line, else on a line
    of its own after them (a record's line opens the record; a figure's, its ledger's list)."""
    from dataclasses import replace

    from db.kinds import kind_of_figure, kind_of_table

    found = list(items)
    extra: list[ToFix] = []
    for comment in comments:
        if comment.figure_key:
            at = next((i for i, item in enumerate(found) if item.figure == comment.figure_key), None)
        else:
            at = next(
                (i for i, item in enumerate(found) if item.record_id and item.record_id == comment.record_id), None
            )
        if at is not None and not found[at].comment:
            found[at] = replace(found[at], comment=comment.text, comment_level=comment.level)
            continue
        if comment.figure_key:
            ledger = kind_of_figure(comment.figure_key.partition(".")[2])
            title = comment.figure_label or comment.figure_key
            extra.append(
                ToFix(
                    False, ledger.key if ledger else "", "", title, "", "", comment.text, comment.figure_key,
                    comment.level,
                )
            )  # fmt: skip
        else:
            record_kind = kind_of_table(comment.table_name)
            kind_key = record_kind.key if record_kind is not None and comment.record_title else ""
            title = comment.record_title or comment.record_id[:8]
            record_id = comment.record_id if kind_key else ""
            extra.append(ToFix(False, kind_key, record_id, title, "", "", comment.text, comment_level=comment.level))
    return found + extra


def check_before_signing(
    session_factory: Callable[[], Session], period: Period, office_code: str | None
) -> SigningCheck:
    """Run the returns' pre-flight for ``period`` (in a worker: its own session, plain data back)."""
    from db.exchange.comments import current_comments
    from db.returns.preflight import run_preflight

    with session_factory() as session:
        preflight = run_preflight(session, period, office_code)
        comments = current_comments(session, office_code, period.code)
    return SigningCheck(period, with_comments(things_to_fix(preflight), comments))


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
