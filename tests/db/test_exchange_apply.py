"""Applying payloads at the city: one transaction, idempotent, in order, nothing lost or forged.

These tests apply payloads directly (no envelope), with the authenticated header and signer
office an opened bundle would give; the files and the crypto are in test_exchange_e2e.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from db.exchange.apply import (
    CONFLICT_SAME_VERSION,
    KIND_OFFICE_TO_CITY,
    apply_payload,
    list_conflicts,
    resolve_conflict,
)
from db.exchange.data_errors import (
    BundleMissing,
    ChainBroken,
    ForeignRecords,
    OrphanRecords,
    PayloadDamaged,
    SeqReused,
)
from db.exchange.payload import PURPOSE_CITY, PURPOSE_DEVICE, build_payload, decode_document, encode_document
from db.models import Activity, MemberPostClaim, PartyMember
from db.store import open_store
from tests.support.exchange_sites import (
    MEMBER_ID,
    OFFICE2,
    RESIDENT_ADDRESS,
    RESIDENT_ID,
    RESIDENT_PHONE,
    STAFF_ID,
    Site,
    dump,
    small_office,
    table_rows,
)
from tests.support.exchange_sites import Site as _Site


class Bundles:
    """Payloads of one office, numbered like the office's exporter numbers them."""

    def __init__(self, office: Site) -> None:
        self.office = office
        self.watermark: int | None = None
        self.seq = 0
        self.prev: str | None = None

    def next(self, *, full: bool = False, chain: str = "chain-1", first: int = 1) -> tuple[bytes, dict[str, Any], str]:
        self.seq += 1
        since = None if full else self.watermark
        built = build_payload(
            self.office.store,
            purpose=PURPOSE_CITY,
            since=since,
            meta={"chain_id": chain, "chain_first_seq": self.seq if full else first, "seq": self.seq},
        )
        self.watermark = built.watermark
        header = {
            "kind": KIND_OFFICE_TO_CITY,
            "from": self.office.code,
            "to": "city",
            "seq": self.seq,
            "prev": self.prev,
        }
        sha = hashlib.sha256(built.data + str(self.seq).encode()).hexdigest()
        self.prev = sha
        return built.data, header, sha


def apply(city: Site, bundle: tuple[bytes, dict[str, Any], str], **kwargs: Any) -> Any:
    data, header, sha = bundle
    kwargs.setdefault("signer_office", header["from"])
    return apply_payload(city.store, data, header=header, bundle_sha256=sha, **kwargs)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Site]:
    site = small_office(tmp_path / "office")
    yield site
    site.close()


@pytest.fixture
def city(tmp_path: Path) -> Iterator[Site]:
    folder = tmp_path / "city"
    site = _Site(folder, open_store(folder, create=True), None, "city")  # type: ignore[arg-type]
    yield site
    site.close()


def _edit_activity(office: Site, participants: int, title: str | None = None) -> str:
    with office.store.transaction(office.actor()) as s:
        activity = s.exec(select(Activity).order_by(Activity.held_on)).first()
        assert activity is not None
        activity.participants = participants
        if title:
            activity.title = title
        s.add(activity)
        return activity.id


def _activity(site: Site, record_id: str) -> tuple[Any, ...]:
    return table_rows(site, "SELECT version, participants, title FROM activity WHERE id = ?", (record_id,))[0]


def test_first_bundle_inserts_everything_but_the_withheld(office: Site, city: Site) -> None:
    result = apply(city, Bundles(office).next())
    assert not result.already_imported and not result.conflicts
    for table in ("staff", "resident", "activity", "funding", "facility", "party_member", "office"):
        assert table_rows(city, f"SELECT count(*) FROM {table}") == table_rows(office, f"SELECT count(*) FROM {table}")
    assert table_rows(city, "SELECT count(*) FROM operator") == [(0,)]
    assert table_rows(city, "SELECT count(*) FROM city_standard") == [(0,)]
    text = "\n".join(dump(city))
    for secret in (RESIDENT_ID, STAFF_ID, MEMBER_ID, RESIDENT_PHONE, RESIDENT_ADDRESS):
        assert secret not in text
    assert "已导入社区 150802002001 的第 1 号数据包" in result.message()
    assert table_rows(city, "SELECT sender, seq, gap_note FROM bundle_received") == [(OFFICE2, 1, "")]


def test_the_city_never_stores_withheld_fields_even_when_a_bundle_carries_them(office: Site, city: Site) -> None:
    carrying = build_payload(office.store, purpose=PURPOSE_DEVICE, since=None, meta={"chain_id": "c"})
    document = decode_document(carrying.data)
    document["purpose"] = PURPOSE_CITY  # a bundle for the city with every field in it
    data = encode_document(document)
    header = {"kind": KIND_OFFICE_TO_CITY, "from": OFFICE2, "to": "city", "seq": 1, "prev": None}
    result = apply_payload(city.store, data, header=header, signer_office=OFFICE2, bundle_sha256="a" * 64)
    assert result.withheld_dropped >= 5
    text = "\n".join(dump(city))
    for secret in (RESIDENT_ID, STAFF_ID, MEMBER_ID, RESIDENT_PHONE, RESIDENT_ADDRESS):
        assert secret not in text
    assert table_rows(city, "SELECT count(*) FROM operator") == [(0,)]
    resident_audit = table_rows(
        city,
        "SELECT count(*) FROM audit_entry WHERE table_name = 'resident' AND field = 'id_number'"
        " AND new_value IS NOT NULL",
    )
    assert resident_audit == [(0,)]


def test_the_same_bundle_twice_changes_nothing_and_says_so(office: Site, city: Site) -> None:
    bundle = Bundles(office).next()
    apply(city, bundle)
    before = dump(city)
    again = apply(city, bundle)
    assert again.already_imported
    assert "以前已经导入过，这次没有任何改动" in again.message()
    assert dump(city) == before


def test_a_missing_bundle_is_named_and_the_import_waits(office: Site, city: Site) -> None:
    bundles = Bundles(office)
    apply(city, bundles.next())
    record_id = _edit_activity(office, 50)
    second = bundles.next()
    _edit_activity(office, 60)
    third = bundles.next()
    before = dump(city)
    with pytest.raises(BundleMissing) as excinfo:
        apply(city, third)
    assert "社区 150802002001 的第 2 号数据包尚未导入" in str(excinfo.value)
    assert dump(city) == before
    apply(city, second)
    assert _activity(city, record_id)[:2] == (2, 50)
    apply(city, third)
    assert _activity(city, record_id)[:2] == (3, 60)


def test_a_gap_allowed_is_recorded_and_an_older_bundle_never_overwrites(office: Site, city: Site) -> None:
    bundles = Bundles(office)
    apply(city, bundles.next())
    record_id = _edit_activity(office, 50)
    second = bundles.next()
    _edit_activity(office, 60)
    third = bundles.next()
    result = apply(city, third, allow_gap=True)
    assert "缺少第 2 号数据包" in result.gap_note
    assert table_rows(city, "SELECT gap_note FROM bundle_received WHERE seq = 3") == [(result.gap_note,)]
    assert _activity(city, record_id)[:2] == (3, 60)
    late = apply(city, second)  # carried in the wrong order: the city's newer version stays
    assert late.total("kept_newer") == 1 and not late.conflicts
    assert _activity(city, record_id)[:2] == (3, 60)


def test_same_version_other_values_is_a_conflict_kept_and_listed(office: Site, city: Site) -> None:
    bundles = Bundles(office)
    apply(city, bundles.next())
    record_id = _edit_activity(office, 50)
    apply(city, bundles.next())
    # the office restored a backup and edited the same record again: same version, other values
    data, header, _ = bundles.next(full=True, chain="chain-2")
    document = decode_document(data)
    activity = next(t for t in document["tables"] if t["name"] == "activity")
    columns = activity["columns"]
    row = next(r for r in activity["rows"] if r[columns.index("id")] == record_id)
    row[columns.index("participants")] = 77
    forked = (encode_document(document), header, "f" * 64)
    before = _activity(city, record_id)
    result = apply(city, forked)
    assert _activity(city, record_id) == before  # the city's row stays
    assert [(c.table, c.record_id, c.kind) for c in result.conflicts] == [
        ("activity", record_id, CONFLICT_SAME_VERSION)
    ]
    listed = list_conflicts(city.store)
    assert len(listed) == 1 and listed[0].differing_fields() == ["participants"]
    assert listed[0].local_values["participants"] == 50 and listed[0].incoming_values["participants"] == 77
    assert "1 处冲突已保留" in result.message()
    # importing the fork again (another copy) lists the same conflict once
    resolve_conflict(city.store, listed[0].conflict_id, keep="incoming", bump_version=False)
    assert _activity(city, record_id)[:2] == (2, 77)
    assert list_conflicts(city.store) == []
    assert len(list_conflicts(city.store, unresolved_only=False)) == 1


def test_rows_of_another_office_refuse_the_whole_bundle(office: Site, city: Site) -> None:
    data, header, sha = Bundles(office).next()
    document = decode_document(data)
    staff = next(t for t in document["tables"] if t["name"] == "staff")
    staff["rows"][0][staff["columns"].index("office_code")] = "150802001001"
    before = dump(city)
    with pytest.raises(ForeignRecords) as excinfo:
        apply(city, (encode_document(document), header, sha))
    assert "不属于它的记录" in str(excinfo.value) and "数据库没有任何改动" in str(excinfo.value)
    assert dump(city) == before
    with pytest.raises(ForeignRecords):  # signed by one office, claiming to be another
        apply(city, (data, header, sha), signer_office="150802001001")
    assert dump(city) == before


def test_an_office_cannot_take_over_another_offices_record(office: Site, city: Site) -> None:
    apply(city, Bundles(office).next())
    data, header, _ = Bundles(office).next()
    document = decode_document(data)
    document["office_code"] = "150802001001"
    for table in document["tables"]:
        if "office_code" in table["columns"]:
            for row in table["rows"]:
                row[table["columns"].index("office_code")] = "150802001001"
    header = {**header, "from": "150802001001"}
    before = dump(city)
    with pytest.raises(ForeignRecords):
        apply(city, (encode_document(document), header, "b" * 64))
    assert dump(city) == before


def test_a_child_without_its_parent_is_refused_unless_the_gap_is_accepted(office: Site, city: Site) -> None:
    bundles = Bundles(office)
    apply(city, bundles.next())
    with office.store.transaction(office.actor()) as s:
        member = PartyMember(name="新党员", category="employed", registered_on=date(2026, 3, 1))
        s.add(member)
        s.flush()
        s.add(MemberPostClaim(member_id=member.id, post="security", claimed_on=date(2026, 3, 2)))
    data, header, sha = bundles.next()
    document = decode_document(data)
    for table in document["tables"]:
        if table["name"] == "party_member":
            table["rows"] = []  # the member travelled in a bundle that got lost
    damaged = (encode_document(document), header, sha)
    before = dump(city)
    with pytest.raises(OrphanRecords) as excinfo:
        apply(city, damaged)
    assert "引用了本机没有的记录" in str(excinfo.value)
    assert dump(city) == before
    result = apply(city, damaged, allow_gap=True)
    assert "1 条记录引用的记录尚未收到" in result.gap_note


def test_damage_and_broken_chains_change_nothing(office: Site, city: Site) -> None:
    bundles = Bundles(office)
    first = bundles.next()
    apply(city, first)
    before = dump(city)
    header = {**first[1], "seq": 2, "prev": first[2]}
    with pytest.raises(PayloadDamaged):
        apply_payload(city.store, b"\x00garbage", header=header, signer_office=OFFICE2, bundle_sha256="c" * 64)
    _edit_activity(office, 40)
    data, header, sha = bundles.next()
    with pytest.raises(ChainBroken):
        apply(city, (data, {**header, "prev": "0" * 64}, sha))
    with pytest.raises(SeqReused):
        apply(city, (first[0], first[1], "d" * 64))  # number 1 again, other file
    assert dump(city) == before


def test_progress_is_reported_up_to_the_total(office: Site, city: Site) -> None:
    calls: list[tuple[int, int]] = []
    apply(city, Bundles(office).next(), progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1] > 0
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
