"""The whole office's validation report (``shequ check``).

Every live record is read once as plain column tuples (no ORM objects) and run through the
field rules of :mod:`db.validation.rules`; the rules across records run in bulk: duplicate
ID numbers by ``GROUP BY``, posts against the member's category and visits against their
pairing's dates by joins. With a period, only the records relevant to it are checked, and
the period itself is checked for missing ledgers (no funding, no activities, no secretary).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, func, or_, select
from sqlalchemy.orm import Session

from db import enums, kinds
from db.i18n import tr
from db.periods import Period
from db.timeutil import local_today
from db.validation.report import Issue, Report, Severity, make_params
from db.validation.rules import (
    EXTRA_KINDS,
    KIND_ORDER,
    RULES,
    duplicate_issue,
    model_of,
    pairing_visits_issue,
    post_issue,
    record_title,
    validate_values,
    visit_issue,
)

# Columns the field rules never look at (reading them costs time on large tables).
_SKIPPED_COLUMNS = frozenset({"version", "modified_at", "modified_by", "deleted_at", "password_hash"})

# Which records a period concerns: for the ledgers, their RecordKind's period_dates, lasting
# and period_year; of the other records checked (db.validation.rules.EXTRA_KINDS) the city
# standards concern the periods they are in force in, the office and the operators every period.
_EXTRA_PERIOD_DATES: dict[str, tuple[str, ...]] = {"standards": ("effective_from", "effective_to")}


def _table(kind_key: str) -> Table:
    table: Table = model_of(kind_key).__table__  # type: ignore[attr-defined]
    return table


def _period_condition(kind_key: str, table: Table, period: Period) -> ColumnElement[bool] | None:
    """The records of ``kind_key`` that ``period`` concerns (None: all of them)."""
    if kind_key in EXTRA_KINDS:
        dates, lasting, year = _EXTRA_PERIOD_DATES.get(kind_key, ()), True, None
    else:
        record_kind = kinds.kind(kind_key)
        dates, lasting, year = record_kind.period_dates, record_kind.lasting, record_kind.period_year
    if year is not None:
        return table.c[year] == period.year
    if not dates:
        return None
    start = table.c[dates[0]]
    if not lasting:
        return and_(start >= period.start, start <= period.end)
    condition = or_(start.is_(None), start <= period.end)
    if len(dates) > 1:
        end = table.c[dates[1]]
        condition = and_(condition, or_(end.is_(None), end >= period.start))
    return condition


def _live(table: Table, office_code: str | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [table.c.deleted_at.is_(None)]
    if office_code is not None:
        conditions.append(table.c.office_code == office_code)
    return conditions


def check_office(
    session: Session,
    period: Period | None = None,
    *,
    today: date | None = None,
    office_code: str | None = None,
) -> Report:
    """Every issue in the office's live records, each attached to its record.

    With ``period``, only records relevant to it are checked (funding received in it,
    activities held in it, visits in it, awards of its year, people, pairings and facilities
    whose dates overlap it; records without dates always) and period-level warnings are
    added. ``office_code`` restricts the check to one office's rows (default: all rows).
    Issues come ordered by kind, errors first.
    """
    today = today or local_today()
    connection = session.connection()
    report = Report()
    titles: dict[str, dict[str, str]] = {}

    for kind_key in KIND_ORDER:
        table = _table(kind_key)
        columns = [column for column in table.columns if column.key not in _SKIPPED_COLUMNS]
        statement = select(*columns).where(*_live(table, office_code))
        if period is not None:
            condition = _period_condition(kind_key, table, period)
            if condition is not None:
                statement = statement.where(condition)
        result = connection.execute(statement)
        keys = list(result.keys())
        kind_titles: dict[str, str] = {}
        for row in result:
            values = dict(zip(keys, row, strict=True))
            record_id = values["id"]
            title = record_title(kind_key, values)
            kind_titles[record_id] = title
            found = validate_values(kind_key, values, today=today)
            if len(found):
                report.extend(issue.for_record(kind_key, record_id, title) for issue in found)
        titles[kind_key] = kind_titles

    _check_duplicates(connection, titles, office_code, report)
    _check_posts(connection, titles, office_code, report)
    _check_visits(connection, titles, office_code, report)
    _check_whole_office(connection, titles, period, office_code, report)
    return report.sorted(KIND_ORDER)


def _check_duplicates(
    connection: Connection, titles: dict[str, dict[str, str]], office_code: str | None, report: Report
) -> None:
    """Likely duplicates: live records of one kind sharing an ID number (all live records are
    compared; issues are reported for the records being checked)."""
    for kind in kinds.KINDS:
        field = kind.person_id_field
        if field is None or not (RULES.get(kind.key) and RULES[kind.key].id_number):
            continue
        table = _table(kind.key)
        number = func.upper(func.replace(table.c[field], " ", ""))
        live = _live(table, office_code)
        repeated = (
            select(number.label("number"))
            .where(*live, table.c[field] != "")
            .group_by(number)
            .having(func.count() > 1)
            .subquery()
        )
        rows = connection.execute(
            select(table.c.id, table.c[kind.title_field], number)
            .where(*live, number.in_(select(repeated.c.number)))
            .order_by(table.c.id)
        ).all()
        groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for record_id, name, shared in rows:
            groups[shared].append((record_id, str(name or "")))
        checked = titles.get(kind.key, {})
        for members in groups.values():
            for record_id, _name in members:
                if record_id not in checked:
                    continue
                others = [(other_id, other) for other_id, other in members if other_id != record_id]
                for other_id, other_title in others[:5]:
                    report.add(
                        duplicate_issue(kind.key, field, other_id, other_title).for_record(
                            kind.key, record_id, checked[record_id]
                        )
                    )


def _check_posts(
    connection: Connection, titles: dict[str, dict[str, str]], office_code: str | None, report: Report
) -> None:
    """Each claimed post against its member's category (one join)."""
    posts = _table("member_posts")
    members = _table("party_members")
    checked = titles.get("member_posts", {})
    if not checked:
        return
    rows = connection.execute(
        select(posts.c.id, posts.c.post, members.c.id, members.c.category, members.c.name, members.c.deleted_at)
        .select_from(posts.outerjoin(members, members.c.id == posts.c.member_id))
        .where(*_live(posts, office_code))
    )
    for post_id, post, member_id, category, name, member_deleted in rows:
        if post_id not in checked:
            continue
        found = member_id is not None and member_deleted is None
        issue = post_issue(post, found, category, str(name or ""))
        if issue is not None:
            report.add(issue.for_record("member_posts", post_id, checked[post_id]))


def _check_visits(
    connection: Connection, titles: dict[str, dict[str, str]], office_code: str | None, report: Report
) -> None:
    """Visits outside their pairing's dates, or whose pairing is gone (one join); the same
    finding is reported on the pairing too, as validate_record does when its dates change.
    All live visits count for a pairing, whatever the period."""
    visits = _table("visits")
    pairings = _table("pairings")
    checked_visits = titles.get("visits", {})
    if not checked_visits and not titles.get("pairings"):
        return
    rows = connection.execute(
        select(
            visits.c.id,
            visits.c.visited_on,
            pairings.c.id,
            pairings.c.start_date,
            pairings.c.end_date,
            pairings.c.deleted_at,
        )
        .select_from(visits.outerjoin(pairings, pairings.c.id == visits.c.pairing_id))
        .where(
            *_live(visits, office_code),
            or_(
                pairings.c.id.is_(None),
                pairings.c.deleted_at.is_not(None),
                visits.c.visited_on < pairings.c.start_date,
                and_(pairings.c.end_date.is_not(None), visits.c.visited_on > pairings.c.end_date),
            ),
        )
    )
    checked_pairings = titles.get("pairings", {})
    # per pairing and side ("start_date" / "end_date"): count, first and last visit outside
    outside: dict[tuple[str, str], list[Any]] = {}
    for visit_id, visited_on, pairing_id, start, end, pairing_deleted in rows:
        if visited_on is None:
            continue
        found = pairing_id is not None and pairing_deleted is None
        if visit_id in checked_visits:
            issue = visit_issue(visited_on, found, start, end)
            if issue is not None:
                report.add(issue.for_record("visits", visit_id, checked_visits[visit_id]))
        if found and pairing_id in checked_pairings:
            side = "start_date" if start is not None and visited_on < start else "end_date"
            entry = outside.setdefault((pairing_id, side), [0, visited_on, visited_on])
            entry[0] += 1
            entry[1] = min(entry[1], visited_on)
            entry[2] = max(entry[2], visited_on)
    for (pairing_id, side), (count, first, last) in outside.items():
        issue = pairing_visits_issue(side, count, first, last)
        report.add(issue.for_record("pairings", pairing_id, checked_pairings[pairing_id]))


def _check_whole_office(
    connection: Connection,
    titles: dict[str, dict[str, str]],
    period: Period | None,
    office_code: str | None,
    report: Report,
) -> None:
    """Warnings about the office's data as a whole."""
    if not titles.get("office"):
        report.add(Issue("", Severity.WARNING, "office.missing", tr("还没有填写社区基本情况，请先填写"), kind="office"))
    if period is None:
        return
    params = make_params({"period": period.code})
    if not titles.get("funding"):
        report.add(
            Issue(
                "",
                Severity.WARNING,
                "period.no_funding",
                tr("{period}没有经费到账记录，请核对经费台账是否漏填", period=period.label_text),
                params,
                kind="funding",
            )
        )
    if not titles.get("activities"):
        report.add(
            Issue(
                "",
                Severity.WARNING,
                "period.no_activities",
                tr("{period}没有开展活动的记录，请核对活动台账是否漏填", period=period.label_text),
                params,
                kind="activities",
            )
        )
    staff = _table("staff")
    in_period = _period_condition("staff", staff, period)
    assert in_period is not None
    secretaries = connection.execute(
        select(func.count())
        .select_from(staff)
        .where(
            *_live(staff, office_code),
            staff.c.position == enums.StaffPosition.SECRETARY.value,
            in_period,
        )
    ).scalar_one()
    if not secretaries:
        report.add(
            Issue(
                "position",
                Severity.WARNING,
                "period.no_secretary",
                tr("{period}没有在任的党组织书记，请在社区工作者台账中核对职务和任职日期", period=period.label_text),
                params,
                kind="staff",
            )
        )
