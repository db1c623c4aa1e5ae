"""Validation results as plain data: issues (field, severity, rule code, message) in a report.

Validators in :mod:`db.validation` return a :class:`Report`; the desktop app only renders it
(inline messages, the Save button's state) and the command line prints it or writes
:meth:`Report.to_dicts` as JSON.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How serious an issue is: an error blocks saving or signing, a warning asks for a second look."""

    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        return "错误" if self is Severity.ERROR else "提醒"


Params = tuple[tuple[str, str], ...]


def make_params(values: Mapping[str, object] | Iterable[tuple[str, object]] | None) -> Params:
    """Issue parameters as a hashable tuple of text pairs (None values are left out)."""
    if values is None:
        return ()
    items = values.items() if isinstance(values, Mapping) else values
    return tuple((str(key), str(value)) for key, value in items if value is not None)


@dataclass(frozen=True)
class Issue:
    """One problem found in one field of one record (or in the office's data as a whole).

    ``code`` is a stable rule id (``"id_number.check_digit"``) that the app and the command line
    may rely on; ``message`` is for people. ``params`` carries machine-readable details, such as
    the id of a likely duplicate record (``("other_id", "…")``).
    """

    field: str
    severity: Severity
    code: str
    message: str
    params: Params = ()
    kind: str | None = None  # a db.kinds key, or "office" / "operators" / "standards"
    record_id: str | None = None
    record_title: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def param(self, name: str, default: str | None = None) -> str | None:
        """The value of parameter ``name``, or ``default``."""
        for key, value in self.params:
            if key == name:
                return value
        return default

    def for_record(self, kind: str | None, record_id: str | None, record_title: str = "") -> Issue:
        """This issue attached to a record (fields already set are kept)."""
        return dataclasses.replace(
            self,
            kind=self.kind if self.kind is not None else kind,
            record_id=self.record_id if self.record_id is not None else record_id,
            record_title=self.record_title or record_title,
        )

    def to_dict(self) -> dict[str, Any]:
        """The issue as JSON-ready data."""
        return {
            "field": self.field,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "params": dict(self.params),
            "kind": self.kind,
            "record_id": self.record_id,
            "record_title": self.record_title,
        }


class Report:
    """An ordered collection of issues.

    ``report.ok`` is True when there is no error (warnings allowed). Truth-testing a report is
    refused on purpose (``if report:`` would be ambiguous between "has issues" and "is fine");
    use :attr:`ok`, :attr:`has_errors` or ``len(report)``.
    """

    __slots__ = ("_issues",)

    def __init__(self, issues: Iterable[Issue] = ()) -> None:
        self._issues: list[Issue] = list(issues)

    # -- reading ---------------------------------------------------------------------

    @property
    def issues(self) -> list[Issue]:
        """All issues, in the order they were found (a copy)."""
        return list(self._issues)

    @property
    def errors(self) -> list[Issue]:
        return [issue for issue in self._issues if issue.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [issue for issue in self._issues if issue.severity is Severity.WARNING]

    @property
    def has_errors(self) -> bool:
        return any(issue.severity is Severity.ERROR for issue in self._issues)

    @property
    def has_warnings(self) -> bool:
        return any(issue.severity is Severity.WARNING for issue in self._issues)

    @property
    def ok(self) -> bool:
        """True when there is no error (there may be warnings)."""
        return not self.has_errors

    @property
    def codes(self) -> list[str]:
        return [issue.code for issue in self._issues]

    def for_field(self, name: str) -> list[Issue]:
        """The issues about field ``name``, errors first."""
        found = [issue for issue in self._issues if issue.field == name]
        return sorted(found, key=lambda issue: issue.severity is not Severity.ERROR)

    def for_record(self, record_id: str) -> list[Issue]:
        return [issue for issue in self._issues if issue.record_id == record_id]

    # -- building --------------------------------------------------------------------

    def add(
        self,
        issue_or_field: Issue | str,
        severity: Severity | None = None,
        code: str = "",
        message: str = "",
        params: Mapping[str, object] | Iterable[tuple[str, object]] | None = None,
        *,
        kind: str | None = None,
        record_id: str | None = None,
        record_title: str = "",
    ) -> Issue:
        """Add an :class:`Issue`, or build one from its parts; returns the issue added."""
        if isinstance(issue_or_field, Issue):
            issue = issue_or_field
        else:
            if severity is None or not code:
                raise ValueError("an issue needs a severity and a code")
            issue = Issue(
                issue_or_field,
                Severity(severity),
                code,
                message,
                make_params(params),
                kind,
                record_id,
                record_title,
            )
        self._issues.append(issue)
        return issue

    def error(self, field: str, code: str, message: str, **params: object) -> Issue:
        return self.add(field, Severity.ERROR, code, message, params)

    def warning(self, field: str, code: str, message: str, **params: object) -> Issue:
        return self.add(field, Severity.WARNING, code, message, params)

    def extend(self, issues: Iterable[Issue]) -> None:
        self._issues.extend(issues)

    def for_record_of(self, kind: str | None, record_id: str | None, record_title: str = "") -> Report:
        """A copy whose issues are attached to the given record."""
        return Report(issue.for_record(kind, record_id, record_title) for issue in self._issues)

    def sorted(self, kind_order: Iterable[str] = ()) -> Report:
        """A copy ordered by kind (in ``kind_order``, others after), then errors first, then title."""
        rank = {key: index for index, key in enumerate(kind_order)}
        last = len(rank)

        def key(issue: Issue) -> tuple[int, str, bool, str, str]:
            kind_rank = rank.get(issue.kind, last) if issue.kind is not None else -1
            return (kind_rank, issue.kind or "", issue.severity is not Severity.ERROR, issue.record_title, issue.code)

        return Report(sorted(self._issues, key=key))

    # -- output ----------------------------------------------------------------------

    def to_dicts(self) -> list[dict[str, Any]]:
        """All issues as JSON-ready dictionaries."""
        return [issue.to_dict() for issue in self._issues]

    def summary(self) -> str:
        """``2 个错误，3 个提醒`` (or ``没有发现问题``)."""
        errors = len(self.errors)
        warnings = len(self._issues) - errors
        if not self._issues:
            return "没有发现问题"
        return f"{errors} 个错误，{warnings} 个提醒"

    def __len__(self) -> int:
        return len(self._issues)

    def __iter__(self) -> Iterator[Issue]:
        return iter(list(self._issues))

    def __bool__(self) -> bool:
        raise TypeError("Report has no truth value; use report.ok, report.has_errors or len(report)")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Report) and self._issues == other._issues

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Report({self._issues!r})"
