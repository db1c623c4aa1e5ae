"""An office's bundles imported into a city on PostgreSQL store what a city on SQLite stores.

The same payloads (an office typed in through the ORM, with a signed return and its PDF) are
applied to a SQLite city and to a PostgreSQL city: every travelling table, the audit log with its
local change sequence, the counted records and the PDFs kept in the database are equal, value for
value (read in the storage form both give). Importing a bundle again changes nothing; two
workstations importing the same bundle at once apply it once.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from db.exchange.apply import KIND_OFFICE_TO_CITY, ApplyResult, apply_payload
from db.exchange.payload import APPEND_ONLY_TABLES, PURPOSE_CITY, RECORD_TABLES, build_payload, table
from db.models import Activity
from tests.support import pg
from tests.support.exchange_sites import OFFICE2, Site, dump, make_city, sign_return, small_office, table_rows


class Bundles:
    """An office's payloads for the city, numbered as its exporter numbers them."""

    def __init__(self, office: Site) -> None:
        self.office = office
        self.watermark: int | None = None
        self.seq = 0
        self.prev: str | None = None

    def next(self) -> tuple[bytes, dict[str, Any], str]:
        self.seq += 1
        built = build_payload(
            self.office.store,
            purpose=PURPOSE_CITY,
            since=self.watermark,
            pdf_dir=self.office.folder,
            meta={"chain_id": "chain-1", "chain_first_seq": 1, "seq": self.seq},
        )
        self.watermark = built.watermark
        header = {"kind": KIND_OFFICE_TO_CITY, "from": OFFICE2, "to": "city", "seq": self.seq, "prev": self.prev}
        sha = hashlib.sha256(built.data).hexdigest()
        self.prev = sha
        return built.data, header, sha


def apply(city: Site, bundle: tuple[bytes, dict[str, Any], str]) -> ApplyResult:
    data, header, sha = bundle
    return apply_payload(city.store, data, header=header, signer_office=OFFICE2, bundle_sha256=sha)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Site]:
    site = small_office(tmp_path / "office")
    sign_return(site, "2026Q1")  # a signed return: its counted records and its PDF travel too
    yield site
    site.close()


@pytest.fixture
def cities(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    reason = pg.unavailable_reason()
    if reason is not None:
        if pg.mode() == "required":
            pytest.fail(reason)
        pytest.skip(reason)
    _authority, on_sqlite = make_city(tmp_path / "city-sqlite")
    _authority, on_postgresql = make_city(tmp_path / "city-postgresql", database_url=pg.new_database())
    assert on_sqlite.store.engine.dialect.name == "sqlite"
    assert on_postgresql.store.engine.dialect.name == "postgresql"
    yield on_sqlite, on_postgresql
    on_sqlite.close()
    on_postgresql.close()


def stored(city: Site) -> dict[str, list[tuple[Any, ...]]]:
    """Every row an import writes that travelled (and the files it keeps), in a fixed order."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for name in (*RECORD_TABLES, *APPEND_ONLY_TABLES):
        columns = ", ".join(f'"{column.name}"' for column in table(name).columns)
        found[name] = table_rows(city, f'SELECT {columns} FROM "{name}" ORDER BY id')
    found["stored_file"] = table_rows(city, "SELECT sha256, size, data FROM stored_file ORDER BY sha256")
    found["bundle_received"] = table_rows(
        city,
        "SELECT kind, sender, chain_id, seq, file_sha256, prev_sha256, gap_note, audit_rowid_first, audit_rowid_last"
        " FROM bundle_received ORDER BY seq",
    )
    found["change_counter"] = table_rows(city, "SELECT office_code, last FROM change_counter ORDER BY office_code")
    return found


def _edit(office: Site) -> None:
    with office.store.transaction(office.actor()) as session:
        activity = session.exec(select(Activity).order_by(Activity.held_on)).first()
        assert activity is not None
        activity.participants = (activity.participants or 0) + 7
        activity.title = "社区议事会（改期）"
        session.add(activity)


def test_a_bundle_into_a_postgresql_city_stores_what_a_sqlite_city_stores(
    office: Site, cities: tuple[Site, Site]
) -> None:
    on_sqlite, on_postgresql = cities
    bundles = Bundles(office)
    first = bundles.next()
    results = [apply(city, first) for city in cities]
    assert [r.counts() for r in results] == [results[0].counts()] * 2
    assert results[1].returns_arrived and results[1].pdfs_written == 1 and results[1].audit_added > 0
    assert stored(on_postgresql) == stored(on_sqlite)
    assert stored(on_postgresql)["audit_entry"]  # and there is something to compare
    assert table_rows(on_postgresql, "SELECT count(*) FROM return_record")[0][0] > 0

    _edit(office)  # an update: versions, sort keys and the sequence go on alike
    second = bundles.next()
    results = [apply(city, second) for city in cities]
    assert [r.total("updated") for r in results] == [1, 1]
    assert stored(on_postgresql) == stored(on_sqlite)
    ranges = table_rows(on_postgresql, "SELECT audit_rowid_first, audit_rowid_last FROM bundle_received ORDER BY seq")
    assert ranges[1][0] == ranges[0][1] + 1  # the sender's sequence at the city goes on without a hole


def test_importing_again_into_a_postgresql_city_changes_nothing(office: Site, cities: tuple[Site, Site]) -> None:
    _on_sqlite, on_postgresql = cities
    bundle = Bundles(office).next()
    apply(on_postgresql, bundle)
    before = dump(on_postgresql)
    again = apply(on_postgresql, bundle)
    assert again.already_imported and "以前已经导入过" in again.message()
    assert dump(on_postgresql) == before


def test_two_workstations_importing_the_same_bundle_apply_it_once(office: Site, cities: tuple[Site, Site]) -> None:
    _on_sqlite, on_postgresql = cities
    bundle = Bundles(office).next()
    gate = threading.Barrier(2)
    results: list[ApplyResult] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            gate.wait()
            results.append(apply(on_postgresql, bundle))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert sorted(r.already_imported for r in results) == [False, True]
    assert table_rows(on_postgresql, "SELECT count(*) FROM bundle_received") == [(1,)]
    audit = table_rows(on_postgresql, "SELECT seq FROM audit_entry ORDER BY seq")
    assert [int(r[0]) for r in audit] == list(range(1, len(audit) + 1))  # numbered once, no hole


def test_a_bundle_from_an_older_version_without_some_columns_imports_alike(
    office: Site, cities: tuple[Site, Site]
) -> None:
    from db.exchange.payload import decode_document, encode_document

    data, header, sha = Bundles(office).next()
    document = decode_document(data)
    dropped = {"activity": ("member_participants", "outcome"), "audit_entry": ("reason",)}
    for item in document["tables"]:
        for column in dropped.get(item["name"], ()):
            slot = item["columns"].index(column)
            del item["columns"][slot]
            for row in item["rows"]:
                del row[slot]
    older = encode_document(document)
    for city in cities:
        result = apply_payload(city.store, older, header=header, signer_office=OFFICE2, bundle_sha256=sha)
        assert result.total("inserted") > 0 and result.audit_added > 0
        assert table_rows(city, "SELECT DISTINCT member_participants, outcome FROM activity") == [(0, "")]
        assert table_rows(city, "SELECT count(*) FROM audit_entry WHERE reason IS NOT NULL") == [(0,)]
    on_sqlite, on_postgresql = cities
    assert stored(on_postgresql) == stored(on_sqlite)


def test_updates_and_a_settled_conflict_write_booleans_alike(office: Site, cities: tuple[Site, Site]) -> None:
    from db.exchange.apply import list_conflicts, resolve_conflict
    from db.exchange.payload import decode_document, encode_document
    from db.models import Staff

    bundles = Bundles(office)
    first = bundles.next()
    for city in cities:
        apply(city, first)
    with office.store.transaction(office.actor()) as session:  # booleans changed at the office: an update
        staff = session.exec(select(Staff).order_by(Staff.id)).first()
        assert staff is not None
        staff.pension_insurance = not staff.pension_insurance
        staff.secretary_director_one = not staff.secretary_director_one
        session.add(staff)
        staff_id = staff.id
    data, header, sha = bundles.next()
    for city in cities:
        assert apply(city, (data, header, sha)).total("updated") >= 1

    document = decode_document(data)  # the same version with another value: a conflict at the city
    item = next(t for t in document["tables"] if t["name"] == "staff")
    row = next(r for r in item["rows"] if r[item["columns"].index("id")] == staff_id)
    slot = item["columns"].index("medical_insurance")
    row[slot] = 1 - int(row[slot])
    document["seq"] = header["seq"] + 1
    again = encode_document(document)
    later = {**header, "seq": header["seq"] + 1, "prev": sha}
    for city in cities:
        result = apply_payload(city.store, again, header=later, signer_office=OFFICE2, bundle_sha256="c" * 64)
        assert len(result.conflicts) == 1
        resolve_conflict(city.store, list_conflicts(city.store)[0].conflict_id, keep="incoming", bump_version=False)
        assert list_conflicts(city.store) == []
    on_sqlite, on_postgresql = cities
    assert stored(on_postgresql)["staff"] == stored(on_sqlite)["staff"]
    assert table_rows(on_postgresql, "SELECT medical_insurance FROM staff WHERE id = ?", (staff_id,)) == [(row[slot],)]


@pytest.mark.parametrize("many", [False, True], ids=["listed-ids", "sender-rows"])
def test_a_child_without_its_parent_is_found_on_both_databases(
    office: Site, cities: tuple[Site, Site], many: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from db.exchange import apply as applying
    from db.exchange.data_errors import OrphanRecords
    from db.exchange.payload import decode_document, encode_document
    from db.models import MemberPostClaim, PartyMember

    if many:  # the check for large bundles, on a small one
        monkeypatch.setattr(applying, "MANY_ROWS", 0)
    bundles = Bundles(office)
    first = bundles.next()
    for city in cities:
        apply(city, first)
    with office.store.transaction(office.actor()) as session:
        member = PartyMember(name="新党员", category="employed", registered_on=date(2026, 3, 1))
        session.add(member)
        session.flush()
        session.add(MemberPostClaim(member_id=member.id, post="security", claimed_on=date(2026, 3, 2)))
    data, header, sha = bundles.next()
    document = decode_document(data)
    for item in document["tables"]:
        if item["name"] == "party_member":
            item["rows"] = []  # the member travelled in a bundle that got lost
    lost = (encode_document(document), header, sha)
    for city in cities:
        before = dump(city)
        with pytest.raises(OrphanRecords):
            apply(city, lost)
        assert dump(city) == before
        result = apply_payload(
            city.store, lost[0], header=header, signer_office=OFFICE2, bundle_sha256=sha, allow_gap=True
        )
        assert "1 条记录引用的记录尚未收到" in result.gap_note
