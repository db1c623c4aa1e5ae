"""The change sequence: audit entries numbered per office in commit order, the exchange's watermark.

Every audit entry gets the next number of its office (``audit_entry.seq``) in the transaction that
writes it — from the ORM's flush or a bulk writer's :func:`db.audit.allocate_seq`; a row without one
is refused — and migration 0009 numbers an existing database's rows in the order the exchange
counted them (rowid) and converts every stored watermark. On PostgreSQL, writers of
one office committing in any interleaving never let a reader that takes ``max(seq)`` step over a
row that is committed later.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import IntegrityError

from db.audit import allocate_seq
from db.exchange.ledger import pending_bundle
from db.exchange.payload import PURPOSE_CITY, build_payload
from db.exchange.rawdb import exchange_connection
from db.models import Staff
from db.store import DB_FILENAME, open_store, run_migrations
from tests.support import pg
from tests.support.exchange_sites import OFFICE2, Site, dump, small_office, table_rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
OTHER = "150802009009"


def _audit_sql(seq: bool) -> str:
    columns = (
        "id, office_code, at, operator_id, operator_name, action, table_name, record_id, field, old_value,"
        " new_value, reason"
    )
    values = (
        ":id, :office, '2026-01-01 00:00:00.000000', NULL, '系统', 'update', 'staff', :record, 'name', NULL, 'x', NULL"
    )
    if seq:
        columns += ", seq"
        values += ", :seq"
    return f"INSERT INTO audit_entry ({columns}) VALUES ({values})"


def _add_entry(connection: object, office: str, seq: int | None = None) -> str:
    entry = str(uuid.uuid4())
    params = {"id": entry, "office": office, "record": str(uuid.uuid4()), "seq": seq}
    connection.execute(text(_audit_sql(seq is not None)), params)  # type: ignore[attr-defined]
    return entry


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Site]:
    site = small_office(tmp_path / "office")
    yield site
    site.close()


def _numbers(site: Site, office: str) -> list[int]:
    return [
        int(r[0]) for r in table_rows(site, "SELECT seq FROM audit_entry WHERE office_code = ? ORDER BY seq", (office,))
    ]


# --- SQLite: every writer numbers its entries ------------------------------------------------


def test_every_entry_has_its_offices_next_number_whoever_writes_it(office: Site) -> None:
    numbers = _numbers(office, OFFICE2)
    assert numbers == list(range(1, len(numbers) + 1))  # the ORM's flushes: 1, 2, 3 … no gap
    assert table_rows(office, "SELECT count(*) FROM audit_entry WHERE seq IS NULL") == [(0,)]

    with office.store.transaction(office.actor()) as session:  # one save: the next numbers
        session.add(Staff(name="新来的", office_code=OFFICE2))
    after_save = _numbers(office, OFFICE2)
    assert after_save[: len(numbers)] == numbers and after_save[len(numbers) :] == list(
        range(len(numbers) + 1, len(after_save) + 1)
    )

    with office.store.engine.begin() as connection:  # a bulk writer
        first = allocate_seq(connection, OFFICE2, 3)
        for offset in range(3):
            _add_entry(connection, OFFICE2, first + offset)
        _add_entry(connection, OTHER, allocate_seq(connection, OTHER, 1))  # another office: its own sequence
    assert first == len(after_save) + 1
    assert _numbers(office, OFFICE2) == list(range(1, len(after_save) + 4))
    assert _numbers(office, OTHER) == [1]
    counters = dict(table_rows(office, "SELECT office_code, last FROM change_counter"))
    assert counters == {OFFICE2: len(after_save) + 3, OTHER: 1}

    before = dump(office)
    with pytest.raises(IntegrityError), office.store.engine.begin() as connection:
        _add_entry(connection, OFFICE2)  # a writer that does not number its row is refused
    assert dump(office) == before


def test_a_writer_rolled_back_leaves_no_number_behind(office: Site) -> None:
    last = _numbers(office, OFFICE2)[-1]
    with pytest.raises(RuntimeError), office.store.engine.begin() as connection:
        allocate_seq(connection, OFFICE2, 5)
        raise RuntimeError("the writer stops")
    with office.store.engine.begin() as connection:  # the counter rolled back with it: the next number
        assert allocate_seq(connection, OFFICE2, 1) == last + 1
        _add_entry(connection, OFFICE2, last + 1)


def test_the_watermark_is_the_offices_highest_number(office: Site) -> None:
    built = build_payload(office.store, purpose=PURPOSE_CITY, since=None)
    assert built.watermark == _numbers(office, OFFICE2)[-1]
    with office.store.engine.begin() as connection:  # not this office's: not in its watermark nor its bundles
        _add_entry(connection, OTHER, allocate_seq(connection, OTHER, 1))
    with office.store.transaction(office.actor()) as session:
        session.add(Staff(name="新来的", office_code=OFFICE2))
    later = build_payload(office.store, purpose=PURPOSE_CITY, since=built.watermark)
    assert later.watermark == _numbers(office, OFFICE2)[-1] > built.watermark
    assert later.counts["staff"] == 1 and later.counts["audit_entry"] == later.watermark - built.watermark


# --- migration 0009 ---------------------------------------------------------------------------


def test_an_older_database_is_numbered_in_rowid_order_and_its_watermarks_converted(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    db_file = folder / DB_FILENAME
    shutil.copyfile(FIXTURES / "shequ-0008.sqlite", db_file)
    with sqlite3.connect(db_file) as conn:
        own = conn.execute("SELECT code FROM office").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
        # another office's rows among the office's own (rowids rows+1 … rows+3, own rows+4 … rows+5)
        for office_code in (OTHER, OTHER, OTHER, own, own):
            conn.execute(
                _audit_sql(False).replace(":id", "?").replace(":office", "?").replace(":record", "?"),
                (str(uuid.uuid4()), office_code, str(uuid.uuid4())),
            )
        conn.execute(
            "INSERT INTO bundle_sent (id, purpose, recipient, chain_id, seq, file_name, file_sha256, prev_sha256,"
            " since_watermark, watermark, full, counts_json, created_at, acknowledged_at) VALUES"
            " ('b1', 'city', 'city', 'c', 1, 'f1', 'h1', NULL, NULL, ?, 1, '{}', '2026-01-01 00:00:00', NULL),"
            " ('b2', 'city', 'city', 'c', 2, 'f2', 'h2', 'h1', ?, ?, 0, '{}', '2026-01-02 00:00:00', NULL)",
            (rows - 10, rows - 10, rows + 3),  # the second ends on another office's row: its own before it
        )
        conn.execute(
            "INSERT INTO bundle_received (id, kind, sender, chain_id, seq, file_sha256, prev_sha256, file_name,"
            " signer_serial, imported_at, counts_json, gap_note, audit_rowid_first, audit_rowid_last) VALUES"
            " ('r1', 'device', ?, 'd', 1, 'h3', NULL, 'f3', '', '2026-01-03 00:00:00', '{}', '', ?, ?)",
            (own, rows + 4, rows + 5),
        )
        pending = {
            "chain_id": "c", "chain_first_seq": 1, "seq": 3, "folder": "/media/usb", "file_name": "f4",
            "file_sha256": "h4", "prev_sha256": "h2", "since_watermark": rows + 3, "watermark": rows + 5,
            "counts": {"staff": 1},
        }  # fmt: skip
        conn.execute(
            "INSERT INTO exchange_setting (key, value) VALUES ('pending.city.city', ?)", (json.dumps(pending),)
        )
        conn.commit()
        rowids = {str(r[0]): int(r[1]) for r in conn.execute("SELECT id, rowid FROM audit_entry")}
    conn.close()

    store = open_store(folder)  # migrates
    try:
        site = Site(folder, store, None, own)  # type: ignore[arg-type]
        numbered = table_rows(site, "SELECT id, office_code, seq FROM audit_entry")
        for office_code in (own, OTHER):  # 1, 2, 3 … in rowid order, per office
            mine = sorted((rowids[str(i)], int(s)) for i, o, s in numbered if o == office_code)
            assert [s for _r, s in mine] == list(range(1, len(mine) + 1))
        assert dict(table_rows(site, "SELECT office_code, last FROM change_counter")) == {own: rows + 2, OTHER: 3}
        sent = table_rows(site, "SELECT id, since_watermark, watermark FROM bundle_sent ORDER BY seq")
        assert sent == [("b1", None, rows - 10), ("b2", rows - 10, rows)]
        assert table_rows(site, "SELECT audit_rowid_first, audit_rowid_last FROM bundle_received") == [
            (rows + 1, rows + 2)
        ]
        with exchange_connection(store) as conn2:
            noted = pending_bundle(conn2, "city", "city")
        assert noted is not None and (noted.since_watermark, noted.watermark) == (rows, rows + 2)
        with store.engine.begin() as connection:  # the sequence goes on from there
            assert allocate_seq(connection, own, 1) == rows + 3
    finally:
        store.close()


# --- PostgreSQL: concurrent writers of one office -----------------------------------------


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    reason = pg.unavailable_reason()
    if reason is not None:
        if pg.mode() == "required":
            pytest.fail(reason)
        pytest.skip(reason)
    engine = create_engine(pg.new_database(), pool_size=8)
    run_migrations(engine)
    yield engine
    engine.dispose()


WRITERS = 4
WRITES = 25


def _writer(engine: Engine, number: int, gate: threading.Barrier, errors: list[BaseException]) -> None:
    try:
        gate.wait()
        with engine.connect() as connection:
            for write in range(WRITES):
                if (number + write) % 2:  # a bulk writer: its numbers first
                    first = allocate_seq(connection, OFFICE2, 2)
                    _add_entry(connection, OFFICE2, first)
                    connection.execute(text("SELECT pg_sleep(0.001)"))  # others queue meanwhile
                    _add_entry(connection, OFFICE2, first + 1)
                else:  # a writer that numbers each row as it writes it
                    _add_entry(connection, OFFICE2, allocate_seq(connection, OFFICE2, 1))
                    connection.execute(text("SELECT pg_sleep(0.001)"))
                    _add_entry(connection, OFFICE2, allocate_seq(connection, OFFICE2, 1))
                if write % 5 == 4:
                    connection.rollback()  # a writer that gives up: nothing of it stays, counter included
                else:
                    connection.commit()
    except BaseException as exc:  # reported by the test
        errors.append(exc)


def test_concurrent_writers_never_let_a_reader_skip_a_row_on_postgresql(pg_engine: Engine) -> None:
    gate = threading.Barrier(WRITERS + 1)
    errors: list[BaseException] = []
    threads = [threading.Thread(target=_writer, args=(pg_engine, n, gate, errors)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    gate.wait()
    seen: list[tuple[int, frozenset[int]]] = []  # (watermark, the numbers at or below it) as each read saw them
    with pg_engine.connect() as reader:
        while any(thread.is_alive() for thread in threads) or not seen:
            numbers = frozenset(
                int(r[0])
                for r in reader.execute(text("SELECT seq FROM audit_entry WHERE office_code = :o"), {"o": OFFICE2})
            )
            reader.rollback()
            seen.append((max(numbers, default=0), numbers))
    for thread in threads:
        thread.join()
    assert not errors, errors
    with pg_engine.connect() as reader:
        final = [
            int(r[0])
            for r in reader.execute(text("SELECT seq FROM audit_entry WHERE office_code = :o"), {"o": OFFICE2})
        ]
        last = reader.execute(text("SELECT last FROM change_counter WHERE office_code = :o"), {"o": OFFICE2}).scalar()
    assert len(final) == len(set(final)) == WRITERS * WRITES * 2 * 4 // 5  # every committed row, numbered once
    assert last == max(final)
    for watermark, numbers in seen:  # nothing committed later ever lands at or below a watermark read earlier
        assert {n for n in final if n <= watermark} == numbers
    assert len({watermark for watermark, _ in seen}) > 1  # the reader did read while they wrote


def test_numbers_per_office_and_a_row_without_one_refused_on_postgresql(pg_engine: Engine) -> None:
    with pg_engine.begin() as connection:
        first = allocate_seq(connection, OFFICE2, 2)
        _add_entry(connection, OFFICE2, first)
        _add_entry(connection, OFFICE2, first + 1)
        _add_entry(connection, OTHER, allocate_seq(connection, OTHER, 1))
        _add_entry(connection, OFFICE2, allocate_seq(connection, OFFICE2, 1))
    with pytest.raises(IntegrityError), pg_engine.begin() as connection:
        _add_entry(connection, OFFICE2)
    with pg_engine.connect() as connection:
        rows = connection.execute(text("SELECT office_code, seq FROM audit_entry ORDER BY office_code, seq")).fetchall()
    assert [tuple(r) for r in rows] == [(OFFICE2, 1), (OFFICE2, 2), (OFFICE2, 3), (OTHER, 1)]


# --- bundles written before the change sequence ----------------------------------------------


def test_a_payload_written_before_the_change_sequence_still_imports(office: Site, tmp_path: Path) -> None:
    from db.exchange.apply import KIND_OFFICE_TO_CITY, apply_payload
    from db.exchange.payload import decode_document, encode_document

    built = build_payload(office.store, purpose=PURPOSE_CITY, since=None, meta={"chain_id": "c", "seq": 1})
    document = decode_document(built.data)
    assert document["marks"] == "seq" and document["watermark"] == built.watermark
    del document["marks"]  # as the earlier release wrote it: rowid watermarks, no "marks"
    document["watermark"] = 987_654
    header = {"kind": KIND_OFFICE_TO_CITY, "from": OFFICE2, "to": "city", "seq": 1, "prev": None}
    city_folder = tmp_path / "city"
    with open_store(city_folder, create=True) as city:
        result = apply_payload(
            city, encode_document(document), header=header, signer_office=OFFICE2, bundle_sha256="b" * 64
        )
        assert not result.already_imported and result.audit_added == built.counts["audit_entry"]
        site = Site(city_folder, city, None, "city")  # type: ignore[arg-type]
        numbers = _numbers(site, OFFICE2)  # numbered here, 1 … n, whatever the sender counted
        assert numbers == list(range(1, result.audit_added + 1))
        assert table_rows(site, "SELECT audit_rowid_first, audit_rowid_last FROM bundle_received") == [
            (1, result.audit_added)
        ]


def test_migration_numbers_existing_rows_on_postgresql() -> None:
    reason = pg.unavailable_reason()
    if reason is not None:
        if pg.mode() == "required":
            pytest.fail(reason)
        pytest.skip(reason)
    engine = create_engine(pg.new_database())
    try:
        run_migrations(engine, "0008")
        written = [("2026-01-02 00:00:00", OFFICE2), ("2026-01-01 00:00:00", OFFICE2), ("2026-01-01 00:00:00", OTHER)]
        ids: list[str] = []
        with engine.begin() as connection:
            for at, office_code in written:
                ids.append(_add_entry(connection, office_code))
                connection.execute(text("UPDATE audit_entry SET at = :at WHERE id = :id"), {"at": at, "id": ids[-1]})
        run_migrations(engine)
        with engine.connect() as connection:
            numbers = dict(connection.execute(text("SELECT id, seq FROM audit_entry")).fetchall())
            counters = dict(connection.execute(text("SELECT office_code, last FROM change_counter")).fetchall())
            first = allocate_seq(connection, OFFICE2, 1)
            connection.rollback()
        assert [numbers[i] for i in ids] == [2, 1, 1]  # without a rowid: the order they were written in (at, id)
        assert counters == {OFFICE2: 2, OTHER: 1} and first == 3
    finally:
        engine.dispose()
