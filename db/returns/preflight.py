"""Pre-flight: before a return is made, the period's data is checked.

:func:`run_preflight` runs the validation of the period (:func:`db.validation.check_office`)
and the judgement of the figures (:func:`db.compliance.evaluate`). Blocking errors stop the
return (:class:`~db.returns.errors.ReturnBlocked`, listing what to fix). Every warning — of the
validation or a figure judged "需说明" — needs a written explanation, which the return prints;
:func:`explain` matches the explanations given to the warnings and refuses with the list of
those still unexplained (:class:`~db.returns.errors.MissingExplanations`).

Each warning has a stable key: ``service.post_claims`` for a figure (pillar and figure key),
``<rule code>@<first 8 characters of the record id>`` for a record's validation warning, or the
rule code alone for the office as a whole (``period.no_funding``). An explanation may also be
given under a rule code, for every warning of that rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from db import jsonlimits
from db.compliance import ComplianceResult, Status, evaluate
from db.i18n import Label, tr
from db.periods import Period
from db.returns.content import ExplainedWarning
from db.returns.errors import BadExplanationFile, MissingExplanations, ReturnBlocked
from db.validation import Issue, Report, check_office, kind_label


@dataclass(frozen=True)
class PendingWarning:
    """A warning that needs a written explanation before the return is made."""

    key: str
    code: str
    text: str
    issue: Issue | None = None  # the validation finding behind it (None for a figure)


@dataclass
class Preflight:
    """The checks of one period: blocking errors, warnings to explain, and the figures."""

    period: Period
    report: Report
    result: ComplianceResult
    errors: list[str]
    warnings: list[PendingWarning]

    @property
    def ok(self) -> bool:
        return not self.errors

    def raise_if_blocked(self) -> None:
        if self.errors:
            raise ReturnBlocked(self.period.label, self.errors)


def _issue_text(issue: Issue) -> str:
    """``社区工作者“张三”：message`` (the ledger and the record, where known)."""
    where = Label(kind_label(issue.kind)) if issue.kind else ""
    title = issue.record_title
    if title:
        return tr("{where}“{title}”：{message}", where=where, title=title, message=issue.message)
    if where:
        return tr("{where}：{message}", where=where, message=issue.message)
    return issue.message


def _issue_key(issue: Issue) -> str:
    return f"{issue.code}@{issue.record_id[:8]}" if issue.record_id else issue.code


def run_preflight(session: Session, period: Period, office_code: str | None = None) -> Preflight:
    """Validate ``period``'s data and judge its figures; nothing is written."""
    report = check_office(session, period, office_code=office_code)
    result = evaluate(session, period, office_code)
    errors = [_issue_text(issue) for issue in report.errors]
    warnings: list[PendingWarning] = []
    seen: set[str] = set()
    for pillar in result.pillars:
        for figure in pillar.figures:
            if figure.status is Status.WARNING:
                key = f"{pillar.key}.{figure.key}"
                seen.add(key)
                warnings.append(
                    PendingWarning(
                        key,
                        key,
                        tr(
                            "{pillar}·{figure}：{reason}",
                            pillar=Label(pillar.label),
                            figure=Label(figure.label),
                            reason=figure.reason,
                        ),
                    )
                )
    for issue in report.warnings:
        key = _issue_key(issue)
        if key in seen:
            continue
        seen.add(key)
        warnings.append(PendingWarning(key, issue.code, _issue_text(issue), issue))
    return Preflight(period, report, result, errors, warnings)


def explain(preflight: Preflight, explanations: Mapping[str, str]) -> list[ExplainedWarning]:
    """Each warning with its explanation (given under its key, or its rule code).

    :class:`MissingExplanations` lists the warnings that have none (blank text counts as none).
    """
    explained: list[ExplainedWarning] = []
    missing: list[tuple[str, str]] = []
    for warning in preflight.warnings:
        text = (explanations.get(warning.key) or explanations.get(warning.code) or "").strip()
        if text:
            explained.append(ExplainedWarning(warning.key, warning.text, text))
        else:
            missing.append((warning.key, warning.text))
    if missing:
        raise MissingExplanations(missing)
    return explained


def load_explanations(path: Path) -> dict[str, str]:
    """The explanations in a UTF-8 JSON file: an object of warning key (or rule code) → text."""
    try:
        data = jsonlimits.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise BadExplanationFile(str(path), "文件不存在") from None
    except (OSError, ValueError) as exc:  # not UTF-8, not JSON, nested too deep
        raise BadExplanationFile(str(path), str(exc)) from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise BadExplanationFile(str(path), "内容必须是“编号”: “说明”的 JSON 对象")
    return {key.strip(): value for key, value in data.items()}
