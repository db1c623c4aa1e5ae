"""Payloads: what changed since a watermark, columnar and compressed; personal data withheld for the city."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from db.audit import tombstone
from db.exchange.data_errors import PayloadDamaged, PayloadTooNew
from db.exchange.payload import (
    AUDIT_TABLE,
    CITY_WITHHELD,
    PAYLOAD_FORMAT,
    PURPOSE_CITY,
    PURPOSE_DEVICE,
    RECORD_TABLES,
    build_payload,
    decode_document,
    encode_document,
    read_payload,
    withheld_fields,
    withheld_tables,
)
from db.models import Activity, Resident
from tests.support.exchange_sites import (
    MEMBER_ID,
    OFFICE2,
    RESIDENT_ADDRESS,
    RESIDENT_ID,
    RESIDENT_PHONE,
    STAFF_ID,
    Site,
    small_office,
    table_rows,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Site]:
    site = small_office(tmp_path / "office")
    yield site
    site.close()


def _document(data: bytes) -> dict:
    return decode_document(data)


def _text(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


def _count(site: Site, table: str) -> int:
    return int(table_rows(site, f'SELECT count(*) FROM "{table}"')[0][0])


def test_full_device_payload_holds_every_row_in_columns(office: Site) -> None:
    built = build_payload(office.store, purpose=PURPOSE_DEVICE, since=None)
    document = _document(built.data)
    assert document["format"] == PAYLOAD_FORMAT and document["v"] == 1
    assert document["office_code"] == OFFICE2 and document["full"] is True
    assert (
        built.watermark == table_rows(office, f"SELECT max(seq) FROM audit_entry WHERE office_code = '{OFFICE2}'")[0][0]
    )
    names = [item["name"] for item in document["tables"]]
    assert names == [*RECORD_TABLES, "return_record", AUDIT_TABLE]  # parents before children
    for item in document["tables"]:
        assert len(item["rows"]) == _count(office, item["name"]) == built.counts[item["name"]]
        assert all(len(row) == len(item["columns"]) for row in item["rows"])
    text = _text(built.data)
    assert RESIDENT_ID in text and STAFF_ID in text and RESIDENT_PHONE in text  # a device gets everything
    assert "password_hash" in text  # operators travel between devices


def test_city_payload_withholds_personal_fields_and_their_audit_values(office: Site) -> None:
    built = build_payload(office.store, purpose=PURPOSE_CITY, since=None)
    text = _text(built.data)
    for secret in (RESIDENT_ID, STAFF_ID, MEMBER_ID, RESIDENT_PHONE, RESIDENT_ADDRESS, "13904781111", "13904782222"):
        assert secret not in text
    payload = read_payload(built.data)
    assert not withheld_tables(PURPOSE_CITY) & set(payload.tables)  # operators, standards: not at all
    for table, fields in withheld_fields(PURPOSE_CITY).items():
        data = payload.tables[table]
        for field in fields:
            assert {row[data.index(field)] for row in data.rows} <= {""}
    resident = payload.tables["resident"]
    assert [row[resident.index("name")] for row in resident.rows] == ["王秀英"]  # the rest travels
    audit = payload.tables[AUDIT_TABLE]
    by_field = [
        row
        for row in audit.rows
        if row[audit.index("table_name")] == "resident" and row[audit.index("field")] == "phone"
    ]
    assert by_field and all(row[audit.index("new_value")] is None for row in by_field)  # the change, not the value
    assert not [row for row in audit.rows if row[audit.index("table_name")] in ("operator", "city_standard")]
    assert payload.meta["withheld"]["resident"] == ["id_number", "phone", "address"]


def test_since_a_watermark_only_what_changed_with_tombstones(office: Site) -> None:
    first = build_payload(office.store, purpose=PURPOSE_CITY, since=None)
    with office.store.transaction(office.actor()) as s:
        activity = s.exec(select(Activity).order_by(Activity.held_on)).first()
        assert activity is not None
        activity.participants = 99
        s.add(activity)
        resident = s.exec(select(Resident)).one()
        tombstone(s, resident)
        changed_ids = {activity.id, resident.id}
    second = build_payload(office.store, purpose=PURPOSE_CITY, since=first.watermark)
    payload = read_payload(second.data)
    assert payload.meta["since"] == first.watermark and payload.meta["full"] is False
    assert second.watermark > first.watermark
    travelled = {
        (name, row[data.index("id")])
        for name, data in payload.tables.items()
        if name in RECORD_TABLES
        for row in data.rows
    }
    assert {record_id for _, record_id in travelled} == changed_ids
    resident_rows = payload.tables["resident"]
    assert resident_rows.rows[0][resident_rows.index("deleted_at")] is not None  # the tombstone travels
    assert resident_rows.rows[0][resident_rows.index("version")] == 2
    audit = payload.tables[AUDIT_TABLE]
    assert {row[audit.index("record_id")] for row in audit.rows} == changed_ids
    # nothing changed since: an empty payload
    third = build_payload(office.store, purpose=PURPOSE_CITY, since=second.watermark)
    assert sum(v for k, v in third.counts.items()) == 0


def test_bulk_rows_without_orm_objects_round_trip_exactly(office: Site) -> None:
    built = build_payload(office.store, purpose=PURPOSE_DEVICE, since=None)
    payload = read_payload(built.data)
    staff = payload.tables["staff"]
    stored = table_rows(office, f"SELECT {', '.join(staff.columns)} FROM staff ORDER BY id")
    assert [tuple(row) for row in staff.rows] == stored  # stored representation, unchanged


KEYS = ["id", "office_code", "version"]


def _packed(document: dict, **changes: object) -> bytes:
    return encode_document({**document, **changes})


def _one_table(name: str, columns: list[str], rows: list[list[object]]) -> list[dict[str, object]]:
    return [{"name": name, "columns": columns, "rows": rows}]


@pytest.mark.parametrize(
    ("mutate", "error"),
    [
        (lambda d: b"not zlib at all", PayloadDamaged),
        (lambda d: zlib.compress(b"[1, 2, 3]"), PayloadDamaged),
        (lambda d: _packed(d, v=99), PayloadTooNew),
        (lambda d: _packed(d, tables=_one_table("sqlite_master", ["id"], [])), PayloadDamaged),
        (lambda d: _packed(d, tables=_one_table("staff", [*KEYS, "evil"], [])), PayloadDamaged),
        (lambda d: _packed(d, tables=_one_table("staff", KEYS, [["a", "b"]])), PayloadDamaged),
    ],
)  # fmt: skip
def test_damaged_payloads_are_refused(office: Site, mutate, error) -> None:
    document = _document(build_payload(office.store, purpose=PURPOSE_CITY, since=None).data)
    with pytest.raises(error) as excinfo:
        read_payload(mutate(document))
    assert "没有导入任何内容" in str(excinfo.value) or "版本" in str(excinfo.value)


def test_the_withheld_table_is_documented(tmp_path: Path) -> None:
    """docs/bundle-format.md reproduces CITY_WITHHELD: every table and field appears in its table."""
    text = (ROOT / "docs" / "bundle-format.md").read_text(encoding="utf-8")
    section = text[text.index("## Payload") :]
    for item in CITY_WITHHELD:
        row = next((line for line in section.splitlines() if re.match(rf"\|\s*`{item.table}`\s*\|", line)), None)
        assert row is not None, item.table
        for field in item.fields:
            assert f"`{field}`" in row, (item.table, field)
