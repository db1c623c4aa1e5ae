"""What the 报表 page knows and works out, in plain Python: no widgets, no translated words.

The background work (checking a period, reading the signed returns, opening one, verifying a
file) returns the plain data here; :class:`MakeState` holds the pre-flight and the explanations
typed so far and tells what stands in the way of making a return; :func:`reload_for` reads a
published :class:`~db.changes.Changes` and tells what the page must read again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.changes import Changes
from db.enums import ReturnState
from db.periods import Period, parse_period

if TYPE_CHECKING:
    from db.audit import Actor
    from db.models import ReturnSnapshot
    from db.returns.content import Signatories
    from db.returns.make import MadeReturn, ReturnRequest
    from db.returns.preflight import Preflight
    from db.returns.verify import Verdict
    from desktop.common.tasks import Progress

YEARS_OFFERED = 5
# The part of the year after the year itself: "" the whole year, "H1", "Q3", "-07".
RANGE_SUFFIXES: tuple[str, ...] = ("", "H1", "H2", "Q1", "Q2", "Q3", "Q4", *(f"-{m:02}" for m in range(1, 13)))
SEPARATOR_AFTER = frozenset({"", "H2"})  # a line after the whole year and after the half-years


def years_offered(today_year: int) -> list[int]:
    return list(range(today_year, today_year - YEARS_OFFERED, -1))


def ranges_offered(year: int, today: Any) -> list[str]:
    """The suffixes of the periods of ``year`` that have begun by ``today``."""
    return [suffix for suffix in RANGE_SUFFIXES if parse_period(f"{year}{suffix}").start <= today]


@dataclass
class CheckResult:
    """The pre-flight of a period, and what the page needs to know around it."""

    preflight: Preflight
    latest_version: int  # the period's newest signed version (0: none yet)
    signatories: Signatories | None = None  # the signature block offered (operators' roles, office profile)


@dataclass
class Shown:
    """A PDF in the preview: the bytes to save, the bytes to show (signature stamps drawn in)."""

    pdf: bytes
    display: bytes
    title: str
    file_name: str


@dataclass
class SignedReturns:
    """The office's signed returns, newest first, and the city's reasons for those sent back."""

    snapshots: list[ReturnSnapshot] = field(default_factory=list)
    sent_back: dict[str, str] = field(default_factory=dict)  # snapshot id → the city's reason (退回 or 有问题)
    by_street: set[str] = field(default_factory=set)  # those sent back by the street (the city has not decided)

    def get(self, snapshot_id: str) -> ReturnSnapshot | None:
        return next((s for s in self.snapshots if s.id == snapshot_id), None)


def check_period(store: Any, office_code: str, period: Period, operator_id: str | None = None) -> CheckResult:
    return _check_period(store.session, office_code, period, operator_id)


def check_period_in(database: Path, office_code: str, period: Period, operator_id: str | None = None) -> CheckResult:
    """:func:`check_period` on the database file ``database``, read beside the app that has it
    open: what the page runs in the helper process (:mod:`desktop.common.processes`), so the
    whole office's validation never holds the window's interpreter."""
    from db.audit import LedgerSession
    from db.store import make_engine

    engine = make_engine(database, query_only=True)
    try:
        return _check_period(lambda: LedgerSession(engine), office_code, period, operator_id)
    finally:
        engine.dispose()


def _check_period(session_factory: Any, office_code: str, period: Period, operator_id: str | None) -> CheckResult:
    from db.office import current_office
    from db.returns.content import default_signatories
    from db.returns.preflight import run_preflight
    from db.returns.snapshot import latest_signed

    with session_factory() as session:
        preflight = run_preflight(session, period, office_code)
        latest = latest_signed(session, office_code, period.code)
        office = current_office(session)
        offered = default_signatories(session, office, operator_id) if office is not None else None
    return CheckResult(preflight, latest.return_version if latest is not None else 0, offered)


def load_signed(store: Any, office_code: str) -> SignedReturns:
    from db.exchange.acks import returned_reason
    from db.exchange.street_acks import street_returned_reason
    from db.returns.snapshot import office_signed_returns

    with store.session() as session:
        snapshots = office_signed_returns(session, office_code)
        sent_back: dict[str, str] = {}
        by_street: set[str] = set()
        for snapshot in snapshots:
            if snapshot.state not in (ReturnState.RETURNED.value, ReturnState.PROBLEM.value):
                continue
            reason = returned_reason(session, snapshot)
            if reason is None:  # a street's 退回 / 有问题 (db.exchange.street_acks)
                reason = street_returned_reason(session, snapshot)
                if reason is not None:
                    by_street.add(snapshot.id)
            sent_back[snapshot.id] = reason or ""
    return SignedReturns(snapshots, sent_back, by_street)


def display_copy(pdf: bytes) -> bytes:
    from db.returns.display import with_signature_stamps

    return with_signature_stamps(pdf)


def verify_file(path: Path, data_dir: Path) -> tuple[Verdict, bytes | None]:
    """Check ``path`` as ``shequ verify`` does on this data folder (:func:`db.returns.verify.check_return_file`);
    with the copy to show (signature stamps drawn in) when the file is a PDF at all."""
    from db.returns.verify import check_return_file

    verdict = check_return_file(data_dir, path)
    return verdict, display_copy(verdict.data) if verdict.is_pdf else None


# --- making a return -----------------------------------------------------------------------

BLOCKED = "blocked"  # blocking errors in the pre-flight
UNEXPLAINED = "unexplained"  # warnings without an explanation
NO_REASON = "no_reason"  # a correction without its reason


@dataclass
class Problem:
    """Why a return cannot be made yet: :data:`BLOCKED`, :data:`UNEXPLAINED` (``missing`` keys) or
    :data:`NO_REASON`."""

    kind: str
    missing: list[str] = field(default_factory=list)


@dataclass
class MakeState:
    """The chosen period's pre-flight and the explanations typed so far (kept across re-checks)."""

    check: CheckResult | None = None
    explanations: dict[str, str] = field(default_factory=dict)  # by warning key

    @property
    def ready(self) -> bool:
        return self.check is not None and self.check.preflight.ok

    @property
    def correcting(self) -> bool:
        return self.check is not None and self.check.latest_version > 0

    def missing_explanations(self) -> list[str]:
        """The keys of the warnings without an explanation yet."""
        if self.check is None:
            return []
        return [w.key for w in self.check.preflight.warnings if not self.explanations.get(w.key, "").strip()]

    def problem(self, *, signing: bool, correction_reason: str) -> Problem | None:
        """What stands in the way of making (``signing``: and signing) the return; None: nothing."""
        assert self.check is not None
        if not self.check.preflight.ok:
            return Problem(BLOCKED)
        missing = self.missing_explanations()
        if missing:
            return Problem(UNEXPLAINED, missing)
        if signing and self.correcting and not correction_reason.strip():
            return Problem(NO_REASON)
        return None

    def request(
        self,
        *,
        sign: bool,
        passphrase: str | None,
        correction_reason: str,
        authority: str,
        signatories: Signatories | None = None,
    ) -> ReturnRequest:
        """What to make of the period checked: its warnings' explanations as typed (trimmed)."""
        from db.returns.make import ReturnRequest

        assert self.check is not None
        preflight = self.check.preflight
        return ReturnRequest(
            period=preflight.period,
            sign=sign,
            passphrase=passphrase,
            explanations={w.key: self.explanations.get(w.key, "").strip() for w in preflight.warnings},
            correction_reason=correction_reason.strip(),
            authority=authority.strip(),
            head_name=signatories.head_name if signatories is not None else None,
            filler_name=signatories.filler_name if signatories is not None else None,
            phone=signatories.phone if signatories is not None else None,
        )


def make_to_show(
    store: Any, request: ReturnRequest, actor: Actor | None, progress: Progress
) -> tuple[MadeReturn, bytes]:
    """Make (and sign, and store) the return; with the copy to show (signature stamps drawn in)."""
    from db.returns.make import make_return

    made = make_return(store, request, actor)
    if not request.sign:
        progress.check()  # a draft may be dropped; a signed return is stored already
    return made, display_copy(made.pdf) if made.signed else made.pdf


def made_changes(made: MadeReturn) -> Changes:
    """What signing ``made`` changed: its own :class:`Changes` when the data layer gives one, else
    the returns of its period."""
    changes = getattr(made, "changes", None)
    if isinstance(changes, Changes):
        return changes
    return Changes(returns=True, periods=frozenset({made.content.period.code}))


# --- what a change means for the page -----------------------------------------------------------


@dataclass(frozen=True)
class Reload:
    """What the page reads again: the list of signed returns (and their states), the pre-flight."""

    signed: bool = False
    check: bool = False

    def __or__(self, other: Reload) -> Reload:
        return Reload(self.signed or other.signed, self.check or other.check)

    def __bool__(self) -> bool:
        return self.signed or self.check


def reload_for(changes: Changes, period_code: str) -> Reload:
    """What ``changes`` make stale on a page checking ``period_code``: the signed returns when
    returns changed; the pre-flight when ledgers or the office changed, or the period's returns
    (its next signature may become a correction)."""
    returns = changes.touches_returns()
    period_returns = returns and (not changes.periods or period_code in changes.periods)
    check = changes.ledgers or changes.touches_office() or period_returns
    return Reload(signed=returns, check=check)
