"""Counts per record kind and the pillar summary, as shown by ``shequ stats``.

Two ways to the same answer (a JSON-ready dict: the office, the period, the live records of each
counted kind, each pillar's judgement):

* :func:`folder_stats` — what ``shequ stats`` runs: the data folder is claimed with
  :func:`db.folder.claim_folder` and read with the standard library's ``sqlite3`` (plain SQL, the
  same rules as :func:`db.compliance.gather_inputs`), then judged by the pure
  :func:`db.compliance.judge`. SQLAlchemy, SQLModel and the models are never imported, so the
  command costs about what a bare Python process does. It reads, so SQLite's ``PRAGMA quick_check``
  of the whole file (0.2–0.3 s at scale 100) is not run first: a damaged page the queries touch
  is refused as a damaged database (:class:`db.errors.CorruptDatabase`), a damaged header as before.
  A database whose schema is behind takes the data layer's path (:func:`db.store.open_store`:
  the integrity check, the backup, the migrations), as every command did;
* :func:`office_stats` — the same through an open store's session (the data layer).

``tests/db/test_stats_plain.py`` keeps the two equal (demo offices, several periods, office codes)
and :data:`COUNTED` equal to :data:`db.kinds.COUNTED_KINDS`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.compliance import ELIGIBLE_CATEGORIES, ComplianceInputs, judge
from db.compliance import _area as area_m2  # the same rounding as gather_inputs
from db.compliance import _days_in_year as days_in_year
from db.enums import OPERATING_PURPOSES, POSTS_BY_CATEGORY, AreaClass, FacilityStatus, StaffPosition
from db.errors import CorruptDatabase, NoDatabase
from db.periods import Period
from db.standards import StandardInForce, select_in_force

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class CountedKind:
    """A kind ``stats`` counts: its key (:mod:`db.kinds`), its table and its label."""

    key: str
    table: str
    label: str


# db.kinds.COUNTED_KINDS, with their tables and labels, without importing the models
COUNTED: tuple[CountedKind, ...] = (
    CountedKind("staff", "staff", "社区工作者"),
    CountedKind("funding", "funding", "经费"),
    CountedKind("facilities", "facility", "场所设施"),
    CountedKind("party_orgs", "party_org", "党组织"),
    CountedKind("party_members", "party_member", "党员"),
    CountedKind("residents", "resident", "帮扶对象"),
    CountedKind("volunteers", "volunteer", "志愿者"),
    CountedKind("pairings", "pairing", "结对帮扶"),
    CountedKind("visits", "visit", "帮扶记录"),
    CountedKind("partner_units", "partner_unit", "共建单位"),
    CountedKind("activities", "activity", "活动"),
    CountedKind("awards", "award", "创建评比"),
)


# --- through the data layer ------------------------------------------------------------------


def record_counts(session: Session) -> dict[str, int]:
    """Live (not deleted) records of each counted kind, in one query."""
    from sqlalchemy import func, select

    from db.kinds import COUNTED_KINDS, kind

    parts = []
    for key in COUNTED_KINDS:
        table = kind(key).model.__table__  # type: ignore[attr-defined]
        parts.append(
            select(func.count()).select_from(table).where(table.c.deleted_at.is_(None)).scalar_subquery().label(key)
        )
    row = session.execute(select(*parts)).one()
    return {key: int(value) for key, value in zip(COUNTED_KINDS, row, strict=True)}


def office_stats(session: Session, period: Period, data_dir: str = "") -> dict[str, Any]:
    """The office, its record counts and each pillar's judgement for ``period`` (JSON-ready)."""
    from db.compliance import evaluate
    from db.office import current_office

    office = current_office(session)
    if office is None:
        raise NoDatabase(data_dir)
    result = evaluate(session, period)
    pillars = result.to_dict()["pillars"]
    return {
        "office": {"code": office.code, "name": office.name},
        "period": period.code,
        "counts": record_counts(session),
        "pillars": pillars,
    }


# --- with the standard library ---------------------------------------------------------------


def folder_stats(data_dir: Path | str, period: Period) -> dict[str, Any]:
    """:func:`office_stats` of the office in ``data_dir``, read with the standard library (see the
    module); the folder is claimed to read (a folder this process cannot write too) and released."""
    from db.folder import DB_FILENAME, claim_folder, read_only_uri

    folder = Path(data_dir).expanduser()
    if _schema_behind(folder / DB_FILENAME):
        return _data_layer_stats(folder, period)
    claim = claim_folder(folder, only_reads=True, integrity_check=False)
    try:
        if claim.needs_migration:  # replaced since it was looked at: the data layer knows every revision
            claim.release()
            return _data_layer_stats(folder, period)
        path = claim.db_path
        try:
            conn = sqlite3.connect(read_only_uri(path), uri=True)
            try:
                return read_stats(conn, period, str(folder))
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise _damaged(exc, path) from exc
    finally:
        claim.release()


def _schema_behind(path: Path) -> bool:
    """Whether the database at ``path`` exists and is not at the newest revision (or cannot say:
    the data layer's path then gives the refusal)."""
    from db.folder import head_revision, read_revision

    if not path.is_file() or path.stat().st_size == 0:
        return path.is_file()
    try:
        return read_revision(path) != head_revision()
    except Exception:  # damaged, locked, full: the data layer's path says which, in one line
        return True


def _data_layer_stats(folder: Path, period: Period) -> dict[str, Any]:
    from db.store import open_store

    with open_store(folder, only_reads=True) as store, store.session() as session:
        return office_stats(session, period, str(folder))


def _damaged(exc: sqlite3.DatabaseError, path: Path) -> Exception:
    """What a failed read means: a full disk (reading a pending write-ahead log needs room), or a
    damaged database."""
    from db.fileio import disk_full

    files = [path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))]
    full = disk_full(exc, path.parent, files)
    return full if full is not None else CorruptDatabase(str(path), str(exc))


def read_stats(conn: sqlite3.Connection, period: Period, data_dir: str = "") -> dict[str, Any]:
    """:func:`office_stats` read from a ``sqlite3`` connection to an office database at the newest
    schema revision."""
    office = conn.execute(
        "SELECT code, name FROM office WHERE deleted_at IS NULL ORDER BY modified_at LIMIT 1"
    ).fetchone()
    if office is None:
        raise NoDatabase(data_dir)
    result = judge(read_inputs(conn, period), read_standards(conn, period), period)
    return {
        "office": {"code": office[0], "name": office[1]},
        "period": period.code,
        "counts": read_counts(conn),
        "pillars": result.to_dict()["pillars"],
    }


def read_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """:func:`record_counts` with the standard library, in one query."""
    parts = ", ".join(f"(SELECT count(*) FROM {kind.table} WHERE deleted_at IS NULL)" for kind in COUNTED)
    row = conn.execute(f"SELECT {parts}").fetchone()
    return {kind.key: int(value) for kind, value in zip(COUNTED, row, strict=True)}


@dataclass(frozen=True)
class _StandardRow:
    key: str
    value: str
    unit: str
    title: str
    effective_from: date
    effective_to: date | None
    deleted_at: object


def read_standards(conn: sqlite3.Connection, period: Period) -> dict[str, StandardInForce]:
    """:func:`db.standards.standards_in_force` with the standard library."""
    rows = conn.execute(
        "SELECT key, value, unit, title, effective_from, effective_to FROM city_standard WHERE deleted_at IS NULL"
    ).fetchall()
    standards = [
        _StandardRow(key, value, unit or "", title or "", _day(start), _day(end) if end else None, None)
        for key, value, unit, title, start, end in rows
    ]
    return select_in_force(standards, period)


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _placeholders(values: Sequence[str]) -> str:
    return ", ".join("?" for _ in values)


def read_inputs(conn: sqlite3.Connection, period: Period, office_code: str | None = None) -> ComplianceInputs:
    """:func:`db.compliance.gather_inputs` with the standard library: the same rules, in plain SQL
    (dates are stored as ISO text, booleans as 0/1, as SQLAlchemy writes them)."""
    start, end = period.start.isoformat(), period.end.isoformat()

    def live(table: str, scan: bool = False) -> tuple[str, list[Any]]:
        # ``scan``: read the table through, not through its deleted_at index — nearly every row is
        # live, so the index only adds a lookup per row (the unary + keeps SQLite from using it)
        column = f"{'+' if scan else ''}{table}.deleted_at"
        if office_code is None:
            return f"{column} IS NULL", []
        return f"{column} IS NULL AND {table}.office_code = ?", [office_code]

    def one(sql: str, params: Sequence[Any]) -> int:
        return int(conn.execute(sql, params).fetchone()[0] or 0)

    # 有人管事
    staff_live, staff_params = live("staff")
    active_staff = (
        f"{staff_live} AND (staff.start_date IS NULL OR staff.start_date <= ?)"
        " AND (staff.end_date IS NULL OR staff.end_date >= ?)"
    )
    active_params = [*staff_params, end, start]
    staff_rows = conn.execute(
        f"SELECT worker_type, start_date, end_date, position FROM staff WHERE {active_staff}", active_params
    ).fetchall()
    one_shoulder_count = one(
        f"SELECT count(*) FROM staff WHERE {active_staff} AND staff.secretary_director_one IS 1", active_params
    )
    worker_days: dict[str, int] = {}
    secretary_count = 0
    for worker_type, first, last, position in staff_rows:
        days = period.overlap_days(_day(first) if first else None, _day(last) if last else None)
        worker_days[worker_type] = worker_days.get(worker_type, 0) + days
        if position == StaffPosition.SECRETARY:
            secretary_count += 1
    year_days = days_in_year(period.year)
    worker_years = {kind: Fraction(days, year_days) for kind, days in worker_days.items()}

    org_live, org_params = live("party_org")
    party_org_count = one(
        f"SELECT count(*) FROM party_org WHERE {org_live}"
        " AND (party_org.founded_on IS NULL OR party_org.founded_on <= ?)",
        [*org_params, end],
    )

    # 有钱办事
    funding_live, funding_params = live("funding")
    by_source: dict[str, int] = {}
    by_purpose: dict[str, int] = {}
    operating = 0
    for source, purpose, amount in conn.execute(
        f"SELECT source, purpose, sum(amount_fen) FROM funding WHERE {funding_live}"
        " AND funding.received_on >= ? AND funding.received_on <= ? GROUP BY source, purpose",
        [*funding_params, start, end],
    ):
        fen = int(amount or 0)
        by_source[source] = by_source.get(source, 0) + fen
        by_purpose[purpose] = by_purpose.get(purpose, 0) + fen
        if purpose in OPERATING_PURPOSES:
            operating += fen

    # 有场所议事
    facility_live, facility_params = live("facility")
    area_by_class: dict[str, float] = {}
    facility_types: set[str] = set()
    for facility_type, area_class, area in conn.execute(
        f"SELECT facility_type, area_class, sum(area_m2) FROM facility WHERE {facility_live}"
        " AND facility.status = ? AND (facility.in_use_since IS NULL OR facility.in_use_since <= ?)"
        " GROUP BY facility_type, area_class",
        [*facility_params, str(FacilityStatus.IN_USE), end],
    ):
        facility_types.add(facility_type)
        area_by_class[area_class] = area_by_class.get(area_class, 0.0) + float(area or 0)

    # 一化
    activity_live, activity_params = live("activity")
    activities_by_kind = {
        kind: int(count)
        for kind, count in conn.execute(
            f"SELECT activity_kind, count(*) FROM activity WHERE {activity_live}"
            " AND activity.held_on >= ? AND activity.held_on <= ? GROUP BY activity_kind",
            [*activity_params, start, end],
        )
    }

    pairing_live, pairing_params = live("pairing")
    pairing_count = one(
        f"SELECT count(*) FROM pairing WHERE {pairing_live} AND pairing.start_date <= ?"
        " AND (pairing.end_date IS NULL OR pairing.end_date >= ?)",
        [*pairing_params, end, start],
    )

    # Over half a year or more most visits are in the period: reading the table through beats a
    # lookup per visit from the (deleted_at, visited_on) index (36 against 80 ms at scale 100, a
    # year); over a quarter or a month the index wins.
    long = period.days > 92
    visit_live, visit_params = live("visit", scan=long)
    visit_count = one(
        f"SELECT count(*) FROM visit {'CROSS JOIN' if long else 'JOIN'} pairing ON pairing.id = visit.pairing_id"
        f" WHERE {visit_live} AND {'+' if long else ''}pairing.deleted_at IS NULL"
        " AND visit.visited_on >= ? AND visit.visited_on <= ?",
        [*visit_params, start, end],
    )

    member_live, member_params = live("party_member", scan=True)
    categories = sorted(str(category) for category in ELIGIBLE_CATEGORIES)
    member_conditions = (
        f"{member_live} AND party_member.category IN ({_placeholders(categories)})"
        " AND (party_member.registered_on IS NULL OR party_member.registered_on <= ?)"
    )
    member_condition_params = [*member_params, *categories, end]
    eligible_member_count = one(f"SELECT count(*) FROM party_member WHERE {member_conditions}", member_condition_params)
    allowed: list[str] = []
    allowed_params: list[str] = []
    for category, posts in POSTS_BY_CATEGORY.items():
        if category in ELIGIBLE_CATEGORIES and posts:
            names = sorted(str(post) for post in posts)
            allowed.append(f"(party_member.category = ? AND member_post.post IN ({_placeholders(names)}))")
            allowed_params += [str(category), *names]
    claim_live, claim_params = live("member_post", scan=True)
    members_with_post = one(
        "SELECT count(DISTINCT member_post.member_id) FROM member_post"
        " CROSS JOIN party_member ON party_member.id = member_post.member_id"  # claims first, then their member
        f" WHERE {member_conditions} AND {claim_live}"
        " AND (member_post.claimed_on IS NULL OR member_post.claimed_on <= ?)"
        " AND (member_post.ended_on IS NULL OR member_post.ended_on >= ?)"
        f" AND ({' OR '.join(allowed) or '0'})",
        [*member_condition_params, *claim_params, end, start, *allowed_params],
    )

    unit_live, unit_params = live("partner_unit")
    partner_unit_count = one(
        f"SELECT count(*) FROM partner_unit WHERE {unit_live}"
        " AND (partner_unit.agreement_date IS NULL OR partner_unit.agreement_date <= ?)",
        [*unit_params, end],
    )

    return ComplianceInputs(
        staff_count=len(staff_rows),
        worker_years=worker_years,
        secretary_count=secretary_count,
        secretary_director_one=one_shoulder_count > 0,
        party_org_count=party_org_count,
        operating_funds_fen=operating,
        funds_by_source_fen=by_source,
        funds_by_purpose_fen=by_purpose,
        office_area_m2=area_m2(area_by_class.get(AreaClass.OFFICE)),
        service_area_m2=area_m2(area_by_class.get(AreaClass.SERVICE)),
        facility_types=frozenset(facility_types),
        activity_count=sum(activities_by_kind.values()),
        activities_by_kind=activities_by_kind,
        pairing_count=pairing_count,
        visit_count=visit_count,
        eligible_member_count=eligible_member_count,
        members_with_post=members_with_post,
        partner_unit_count=partner_unit_count,
    )
