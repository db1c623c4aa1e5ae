"""The demo office: complete, valid, realistic and deterministic."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from db.audit import Actor
from db.demo import DEMO_OFFICE_CODE, build_demo
from db.enums import POSTS_BY_CATEGORY
from db.errors import OfficeExists
from db.kinds import KINDS
from db.models import Office
from db.store import Store, open_store
from db.validation.idcard import check_digit, parse_id_number

TODAY = date(2026, 11, 28)
PEOPLE_TABLES = ("staff", "party_member", "resident", "volunteer")


@pytest.fixture
def demo(store: Store) -> Iterator[tuple[dict[str, int], sqlite3.Connection]]:
    counts = build_demo(store, today=TODAY)
    conn = sqlite3.connect(store.db_path)
    try:
        yield counts, conn
    finally:
        conn.close()


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables if t != "alembic_version"}
    finally:
        conn.close()


def test_every_kind_has_records(demo: tuple[dict[str, int], sqlite3.Connection]) -> None:
    counts, conn = demo
    assert set(counts) == {kind.key for kind in KINDS}
    for kind in KINDS:
        table = kind.model.__tablename__
        stored = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        assert counts[kind.key] == stored > 0, kind.key
    assert conn.execute("SELECT code, name, district FROM office").fetchall() == [
        (DEMO_OFFICE_CODE, "胜利社区", "临河区")
    ]
    assert sorted(r[0] for r in conn.execute("SELECT role FROM operator")) == ["admin", "filler", "head"]
    assert conn.execute("SELECT count(*) FROM city_standard").fetchone()[0] >= 5


def test_one_audit_entry_per_record(demo: tuple[dict[str, int], sqlite3.Connection]) -> None:
    _, conn = demo
    tables = [k.model.__tablename__ for k in KINDS] + ["office", "operator", "city_standard"]
    records = sum(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    entries = conn.execute(
        "SELECT count(*), count(DISTINCT record_id) FROM audit_entry "
        "WHERE action='create' AND operator_name='系统' AND reason='演示数据' AND field=''"
    ).fetchone()
    assert entries == (records, records)
    assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == records


def test_id_numbers_are_valid_and_agree(demo: tuple[dict[str, int], sqlite3.Connection]) -> None:
    _, conn = demo
    seen = 0
    for table in PEOPLE_TABLES:
        has_birth = table != "volunteer"
        columns = "id_number, gender" + (", birth_date" if has_birth else "")
        for row in conn.execute(f"SELECT {columns} FROM {table}"):
            number = row[0]
            assert len(number) == 18 and number.startswith("1508"), number
            assert number[6:8] in ("19", "20")
            assert check_digit(number[:17]) == number[17]
            info = parse_id_number(number)
            assert info is not None
            assert info.region_code in {"150802", "150821", "150822", "150823", "150824", "150825", "150826"}
            assert info.gender == row[1]
            if has_birth:
                assert info.birth_date.isoformat() == row[2]
            seen += 1
    assert seen > 250


def test_phones_look_real(demo: tuple[dict[str, int], sqlite3.Connection]) -> None:
    _, conn = demo
    phones = [r[0] for t in PEOPLE_TABLES for r in conn.execute(f"SELECT phone FROM {t}")]
    phones += [r[0] for r in conn.execute("SELECT phone FROM office UNION ALL SELECT phone FROM partner_unit")]
    for phone in phones:
        mobile = len(phone) == 11 and phone.isdigit() and phone[0] == "1" and phone[1] in "3456789"
        landline = phone.startswith("0478-") and len(phone) == 12 and phone[5:].isdigit()
        assert mobile or landline, phone


def test_names_carry_rare_characters_and_mongolian_names(demo: tuple[dict[str, int], sqlite3.Connection]) -> None:
    _, conn = demo
    names = {r[0] for t in PEOPLE_TABLES for r in conn.execute(f"SELECT name FROM {t}")}
    text = "".join(names)
    for char in ("喆", "玥", "堃", "昇", "𠮷"):
        assert char in text, char
    assert "\U00020bb7" in text  # 𠮷 survives the round trip as one code point
    mongolian = {
        "巴特尔",
        "其其格",
        "斯琴高娃",
        "乌云",
        "额尔敦",
        "苏日娜",
        "那仁",
        "宝音",
        "朝鲁",
        "敖登格日乐",
        "阿拉坦仓",
    }
    assert len(mongolian & names) >= 6
    ethnicities = {r[0] for r in conn.execute("SELECT ethnicity FROM party_member")}
    assert {"han", "mongol"} <= ethnicities


def test_same_seed_same_data(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        with open_store(tmp_path / name, create=True) as opened:
            build_demo(opened, seed=7, today=TODAY)
            path = opened.db_path
        dumps.append(_dump(path))
    assert dumps[0] == dumps[1]
    with open_store(tmp_path / "c", create=True) as opened:
        build_demo(opened, seed=8, today=TODAY)
        path = opened.db_path
    assert _dump(path)["party_member"] != dumps[0]["party_member"]


def test_refuses_a_store_with_an_office(store: Store, actor: Actor) -> None:
    with store.transaction(actor) as session:
        session.add(Office(office_code="150802001002", code="150802001002", name="解放社区"))
    before = _dump(store.db_path)
    with pytest.raises(OfficeExists):
        build_demo(store, today=TODAY)
    assert _dump(store.db_path) == before


def test_refuses_a_second_build(store: Store) -> None:
    build_demo(store, today=TODAY)
    before = _dump(store.db_path)
    with pytest.raises(OfficeExists):
        build_demo(store, today=TODAY)
    assert _dump(store.db_path) == before


def test_foreign_keys_are_consistent(demo: tuple[dict[str, int], sqlite3.Connection]) -> None:
    _, conn = demo
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    venues = conn.execute(
        "SELECT count(*) FROM activity a LEFT JOIN facility f ON f.id = a.venue_id "
        "WHERE a.venue_id IS NOT NULL AND f.id IS NULL"
    ).fetchone()[0]
    assert venues == 0
    orphans = conn.execute("SELECT count(*) FROM party_org WHERE org_type='branch' AND parent_id IS NULL").fetchone()
    assert orphans == (0,)


def test_pairings_have_one_helper_and_visits_within_dates(demo: tuple[dict[str, int], sqlite3.Connection]) -> None:
    _, conn = demo
    rows = conn.execute("SELECT helper_kind, volunteer_id, member_id, unit_id FROM pairing").fetchall()
    column = {"volunteer": 1, "party_member": 2, "partner_unit": 3}
    for row in rows:
        assert [i for i in (1, 2, 3) if row[i] is not None] == [column[row[0]]]
    outside = conn.execute(
        "SELECT count(*) FROM visit v JOIN pairing p ON p.id = v.pairing_id "
        "WHERE v.visited_on < p.start_date OR v.visited_on > coalesce(p.end_date, ?)",
        (TODAY.isoformat(),),
    ).fetchone()[0]
    assert outside == 0
    per_pairing = conn.execute(
        "SELECT min(n), max(n) FROM (SELECT count(*) n FROM visit GROUP BY pairing_id)"
    ).fetchone()
    assert per_pairing[0] >= 5 and per_pairing[1] <= 8


def test_post_claims_fit_categories(demo: tuple[dict[str, int], sqlite3.Connection]) -> None:
    _, conn = demo
    rows = conn.execute("SELECT m.category, c.post FROM member_post c JOIN party_member m ON m.id = c.member_id")
    for category, post in rows:
        assert post in POSTS_BY_CATEGORY[category], (category, post)
    categories = {r[0] for r in conn.execute("SELECT DISTINCT category FROM party_member")}
    assert categories == {"employed", "without_post", "retired", "mobile"}
    eligible, holding = conn.execute(
        "SELECT count(*), sum(EXISTS (SELECT 1 FROM member_post c WHERE c.member_id = m.id)) "
        "FROM party_member m WHERE category != 'mobile'"
    ).fetchone()
    assert holding > eligible * 0.7


def test_history_spans_years_and_every_month(demo: tuple[dict[str, int], sqlite3.Connection]) -> None:
    _, conn = demo
    years = {r[0] for r in conn.execute("SELECT DISTINCT substr(held_on, 1, 4) FROM activity")}
    assert years == {"2024", "2025", "2026"}
    months = {r[0] for r in conn.execute("SELECT DISTINCT substr(held_on, 1, 7) FROM activity")}
    funded = {r[0] for r in conn.execute("SELECT DISTINCT substr(received_on, 1, 7) FROM funding")}
    expected = {f"{y}-{m:02d}" for y in (2024, 2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 11)}
    assert months == expected
    assert funded == expected
    latest = conn.execute(
        "SELECT max(d) FROM (SELECT max(held_on) d FROM activity UNION ALL SELECT max(visited_on) FROM visit "
        "UNION ALL SELECT max(received_on) FROM funding UNION ALL SELECT max(given_on) FROM contribution)"
    ).fetchone()[0]
    assert latest <= TODAY.isoformat()


def test_office_is_mostly_up_to_standard(demo: tuple[dict[str, int], sqlite3.Connection]) -> None:
    _, conn = demo
    secretaries = conn.execute("SELECT count(*) FROM staff WHERE position='secretary' AND end_date IS NULL").fetchone()
    assert secretaries == (1,)
    assert conn.execute("SELECT count(*) FROM staff WHERE end_date IS NOT NULL").fetchone()[0] >= 2
    areas = dict(conn.execute("SELECT area_class, sum(area_m2) FROM facility GROUP BY area_class").fetchall())
    assert areas["office"] >= 120 and areas["service"] >= 300
    types = {r[0] for r in conn.execute("SELECT facility_type FROM facility")}
    assert {"office", "service_center", "sports_room", "clinic", "police_room", "party_room"} <= types
    passing = []
    for year in (2024, 2025, 2026):
        operating = conn.execute(
            "SELECT sum(amount_fen) FROM funding WHERE fiscal_year=? AND purpose IN ('office', 'activity', 'other')",
            (year,),
        ).fetchone()[0]
        workers = conn.execute(
            "SELECT count(*) FROM staff WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
            (f"{year}-12-31", f"{year}-01-01"),
        ).fetchone()[0]
        passing.append(operating >= workers * 8000 * 100)
    assert passing == [False, True, True]


def test_progress_reaches_total(store: Store) -> None:
    calls: list[tuple[int, int]] = []
    build_demo(store, today=TODAY, progress=lambda done, total: calls.append((done, total)))
    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1] > 0
    assert all(a[0] <= b[0] for a, b in pairwise(calls))


def test_scale_multiplies_volumes(tmp_path: Path) -> None:
    with open_store(tmp_path / "one", create=True) as opened:
        one = build_demo(opened, today=TODAY)
    with open_store(tmp_path / "three", create=True) as opened:
        three = build_demo(opened, scale=3, today=TODAY)
        conn = sqlite3.connect(opened.db_path)
        try:
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            active = conn.execute("SELECT count(*) FROM staff WHERE position='secretary' AND end_date IS NULL")
            assert active.fetchone() == (1,)
        finally:
            conn.close()
    for key in ("staff", "party_members", "residents", "volunteers", "pairings", "awards"):
        assert three[key] == pytest.approx(3 * one[key], rel=0.1), key
    for key in ("visits", "activities", "funding", "contributions"):
        assert three[key] > 2.5 * one[key], key
    for key in ("facilities", "party_orgs", "partner_units"):
        assert one[key] <= three[key] < 3 * one[key], key
