"""People decide; nothing is accepted automatically.

A return that arrives at the city waits as 待审核 — no decision, no decider — whatever the import's
checks found; what they found (the PDF missing, not matching its signed digest, its signature
broken, or signed with a key the city never certified) is recorded as a finding for the reviewer.
An acknowledgement carries only the decisions people made: before one, the office sees 待审核 and
its period stays open; a person's 通过, with their name, is what locks it. 退回 and 有问题 need a
comment, every decision a name. Real data folders, keys, signed PDFs and sealed bundles.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from db.enums import ReturnState
from db.exchange.acks import (
    CommentNeeded,
    DeciderNeeded,
    build_ack_payload,
    decide_return,
    read_ack_payload,
    returned_reason,
)
from db.exchange.bundle import export_ack, export_bundle, import_ack, import_bundle
from db.exchange.city_status import city_status, status_document
from db.exchange.data_errors import ReasonNeeded
from db.exchange.history import returns_with_receipts
from db.exchange.locks import locked_periods
from db.exchange.pki import CityAuthority
from db.exchange.rawdb import exchange_connection
from db.models import ReturnReceipt, ReturnSnapshot
from db.periods import parse_period
from db.store import DB_FILENAME, open_store
from tests.support.cli import shequ
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    OFFICE2,
    OFFICE_PASSPHRASE,
    Site,
    certified_city,
    certify,
    dump,
    make_city,
    sign_return,
    small_office,
)

PERIOD = "2026Q1"
ARRIVAL = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
DECIDED = datetime(2026, 4, 12, 1, 30, tzinfo=UTC)
OLD_REASON = "报表 PDF 文件缺失或与签署时的摘要不一致，请重新签署后报送。"  # an older city's automatic 退回
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"


@dataclass
class World:
    city: CityAuthority
    hub: Site
    office: Site  # 新华社区, certified by the city
    stick: Path

    def send(self) -> str:
        """Sign the period's return, export it, import it at the city; the return's id."""
        snapshot_id = sign_return(self.office, PERIOD)
        self.import_(self.export())
        return snapshot_id

    def export(self) -> Path:
        return export_bundle(self.office.store, self.office.keys, OFFICE_PASSPHRASE, self.stick).path

    def import_(self, path: Path):  # type: ignore[no-untyped-def]
        return import_bundle(self.hub.store, path, city=self.city, passphrase=CITY_PASSPHRASE, now=ARRIVAL)

    def acknowledge(self):  # type: ignore[no-untyped-def]
        written = export_ack(self.hub.store, self.city, CITY_PASSPHRASE, self.office.code, self.stick)
        return import_ack(self.office.store, written.path, passphrase=OFFICE_PASSPHRASE)

    def receipt(self, site: Site, snapshot_id: str) -> ReturnReceipt | None:
        with site.store.session() as session:
            from sqlmodel import col, select

            return session.exec(select(ReturnReceipt).where(col(ReturnReceipt.return_id) == snapshot_id)).first()

    def row(self):  # type: ignore[no-untyped-def]
        with self.hub.store.session() as session:
            [row] = city_status(session, parse_period(PERIOD), self.city.offices())
        return row


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    office = small_office(tmp_path / "office")
    city, hub, stick = certified_city(tmp_path, {"新华社区": office})
    yield World(city, hub, office, stick)
    hub.close()
    office.close()


def _state_at_office(world: World, snapshot_id: str) -> str:
    with world.office.store.session() as session:
        snapshot = session.get(ReturnSnapshot, snapshot_id)
        assert snapshot is not None
        return snapshot.state


def test_an_imported_return_waits_for_a_person(world: World) -> None:
    snapshot_id = sign_return(world.office, PERIOD)
    result = world.import_(world.export())
    assert result.returns_arrived == [snapshot_id] and not result.returns_with_findings
    assert "待审核" in result.message()

    receipt = world.receipt(world.hub, snapshot_id)
    assert receipt is not None
    assert (receipt.status, receipt.reason, receipt.decided_at, receipt.decided_by, receipt.decided_level) == (
        "",
        "",
        None,
        "",
        "",
    )
    assert receipt.finding == ""  # its PDF is intact and signed with the key the city certified
    row = world.row()
    assert row.review == "pending" and row.review_label == "待审核" and row.return_id == snapshot_id
    document = status_document(parse_period(PERIOD), [row])
    assert document["offices"][0]["review"] == "pending"
    assert document["offices"][0]["return"]["decided_by"] == ""
    assert document["totals"]["review"]["pending"] == 1 and document["totals"]["review"]["received"] == 0


def test_an_acknowledgement_before_any_decision_decides_nothing_and_locks_nothing(world: World) -> None:
    snapshot_id = world.send()
    built = build_ack_payload(world.hub.store, world.office.code)
    decisions = read_ack_payload(built.data)["decisions"]
    assert [(d["return_id"], d["status"], d["decided_by"], d["decided_at"]) for d in decisions] == [
        (snapshot_id, "", "", None)
    ]
    assert built.counts["decisions"] == 0 and built.counts["pending"] == 1

    ack = world.acknowledge()
    assert ack.received == [] and ack.returned == [] and ack.pending == [(PERIOD, 1)]
    assert "市级待审核" in ack.message() and "已接收" not in ack.message()
    assert _state_at_office(world, snapshot_id) == ReturnState.SENT.value
    with world.office.store.session() as session:
        assert locked_periods(session) == []
        [shown] = returns_with_receipts(session, world.office.code)
    assert shown.pending and not shown.decision and not shown.returned  # the office sees 待审核


def test_a_person_s_pass_is_recorded_with_name_time_and_level_and_locks_the_period(world: World) -> None:
    snapshot_id = world.send()
    changes = decide_return(world.hub.store, snapshot_id, ReturnState.RECEIVED, decided_by=" 王审核 ", now=DECIDED)
    assert changes.returns

    receipt = world.receipt(world.hub, snapshot_id)
    assert receipt is not None
    assert (receipt.status, receipt.decided_by, receipt.decided_level) == ("received", "王审核", "市级")
    assert receipt.decided_at == DECIDED
    row = world.row()
    assert (row.review, row.review_label, row.decided_by, row.decided_level) == ("received", "已接收", "王审核", "市级")

    ack = world.acknowledge()
    assert ack.received == [(PERIOD, 1)] and ack.pending == []
    assert _state_at_office(world, snapshot_id) == ReturnState.RECEIVED.value
    with world.office.store.session() as session:
        assert locked_periods(session) == [PERIOD]
    at_office = world.receipt(world.office, snapshot_id)
    assert at_office is not None
    assert (at_office.status, at_office.decided_by, at_office.decided_level) == ("received", "王审核", "市级")


def test_returned_and_problem_need_a_comment_and_every_decision_a_name(world: World) -> None:
    snapshot_id = world.send()
    before = dump(world.hub)
    with pytest.raises(ReasonNeeded):
        decide_return(world.hub.store, snapshot_id, ReturnState.RETURNED, decided_by="王审核")
    with pytest.raises(ReasonNeeded):
        decide_return(world.hub.store, snapshot_id, ReturnState.RETURNED, reason="  ", decided_by="王审核")
    with pytest.raises(CommentNeeded) as problem:
        decide_return(world.hub.store, snapshot_id, ReturnState.PROBLEM, decided_by="王审核")
    assert "有问题" in str(problem.value)
    with pytest.raises(DeciderNeeded):
        decide_return(world.hub.store, snapshot_id, ReturnState.RECEIVED)
    with pytest.raises(DeciderNeeded):
        decide_return(world.hub.store, snapshot_id, ReturnState.RETURNED, reason="请核对", decided_by=" ")
    assert dump(world.hub) == before  # nothing written
    assert world.row().review == "pending"

    decide_return(
        world.hub.store, snapshot_id, ReturnState.PROBLEM, reason="活动台账缺少二月的记录", decided_by="王审核"
    )
    assert world.row().review_label == "有问题"
    ack = world.acknowledge()
    assert ack.problems == [(PERIOD, 1, "活动台账缺少二月的记录")] and ack.received == []
    assert "有问题：活动台账缺少二月的记录" in ack.message()
    assert _state_at_office(world, snapshot_id) == ReturnState.PROBLEM.value
    with world.office.store.session() as session:
        assert locked_periods(session) == []
        snapshot = session.get(ReturnSnapshot, snapshot_id)
        assert snapshot is not None and returned_reason(session, snapshot) == "活动台账缺少二月的记录"


def _pdf_path(site: Site, snapshot_id: str) -> Path:
    with exchange_connection(site.store) as conn:
        (relative,) = conn.execute("SELECT pdf_path FROM return_snapshot WHERE id = ?", (snapshot_id,)).fetchone()
    return site.folder / str(relative)


def _touched_after_signing(pdf: bytes) -> bytes:
    """``pdf`` with an incremental update after its signature."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    writer.root["/ShequTouched"] = generic.BooleanObject(True)
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ("altered", "PDF 与签署摘要不符"),
        ("missing", "报表 PDF 缺失"),
        ("touched-after-signing", "签名无效：签名之后文件又被追加了修改"),
    ],
)
def test_a_damaged_return_arrives_pending_with_the_finding_shown(world: World, fault: str, expected: str) -> None:
    import hashlib

    snapshot_id = sign_return(world.office, PERIOD)
    path = _pdf_path(world.office, snapshot_id)
    pdf = path.read_bytes()
    if fault == "altered":  # a changed figure: the bytes no longer match the signed digest
        middle = len(pdf) // 2
        path.write_bytes(pdf[:middle] + bytes([pdf[middle] ^ 0x01]) + pdf[middle + 1 :])
    elif fault == "missing":
        path.unlink()
    else:  # changed after signing, and the snapshot's digest made to match: the signature tells
        touched = _touched_after_signing(pdf)
        path.write_bytes(touched)
        with exchange_connection(world.office.store) as conn:
            conn.execute(
                "UPDATE return_snapshot SET pdf_sha256 = ? WHERE id = ?",
                (hashlib.sha256(touched).hexdigest(), snapshot_id),
            )
    result = world.import_(world.export())
    assert result.returns_arrived == [snapshot_id] and result.returns_with_findings == [snapshot_id]
    assert "核验发现问题" in result.message()

    receipt = world.receipt(world.hub, snapshot_id)
    assert receipt is not None and expected in receipt.finding
    assert (receipt.status, receipt.decided_by, receipt.decided_at) == ("", "", None)  # still undecided
    row = world.row()
    assert row.review == "pending" and expected in row.finding
    assert expected in status_document(parse_period(PERIOD), [row])["offices"][0]["return"]["finding"]

    ack = world.acknowledge()  # nobody decided: the office is told nothing was decided
    assert ack.returned == [] and ack.pending == [(PERIOD, 1)]
    with world.office.store.session() as session:
        assert locked_periods(session) == []


def test_a_return_signed_with_a_key_the_city_did_not_certify_is_a_finding(tmp_path: Path) -> None:
    office = small_office(tmp_path / "office")
    try:
        snapshot_id = sign_return(office, PERIOD)  # signed with the office's own temporary certificate
        city, hub = make_city(tmp_path / "city")
        try:
            certify(city, office, "新华社区")  # certified afterwards: the bundle is sealed with the city's
            stick = tmp_path / "usb"
            stick.mkdir()
            written = export_bundle(office.store, office.keys, OFFICE_PASSPHRASE, stick)
            result = import_bundle(hub.store, written.path, city=city, passphrase=CITY_PASSPHRASE, now=ARRIVAL)
            assert result.returns_with_findings == [snapshot_id]
            with hub.store.session() as session:
                [row] = city_status(session, parse_period(PERIOD), city.offices())
            assert row.review == "pending" and not row.decided_by
            assert row.finding.startswith("签名证书不是市级为该社区颁发的证书")
        finally:
            hub.close()
    finally:
        office.close()


def test_city_status_json_and_decide_on_the_command_line(world: World) -> None:
    snapshot_id = world.send()
    world.hub.close()  # the command line opens the city's folder itself
    folder = str(world.hub.folder)

    code, out, err = shequ("--data-dir", folder, "city", "status", "--period", PERIOD, "--json")
    assert code == 0, err
    import json

    [entry] = json.loads(out)["offices"]
    assert (entry["review"], entry["review_label"]) == ("pending", "待审核")

    code, _, err = shequ("--data-dir", folder, "city", "decide", snapshot_id, "--returned", "--by", "王审核")
    assert code == 2 and "原因" in err  # a comment is required
    code, _, err = shequ("--data-dir", folder, "city", "decide", snapshot_id, "--received")
    assert code == 2 and "--by" in err  # so is the reviewer's name
    code, out, err = shequ("--data-dir", folder, "city", "decide", snapshot_id, "--received", "--by", "王审核")
    assert code == 0, err
    assert "王审核已将报表" in out and "已接收" in out

    code, out, err = shequ("--data-dir", folder, "city", "status", "--period", PERIOD, "--json")
    assert code == 0, err
    [entry] = json.loads(out)["offices"]
    assert (entry["review"], entry["review_label"]) == ("received", "已接收")
    assert (entry["return"]["decided_by"], entry["return"]["level"]) == ("王审核", "市级")
    code, out, _ = shequ("--data-dir", folder, "city", "status", "--period", PERIOD)
    assert code == 0 and "已接收" in out and "王审核，市级" in out
    world.hub.store = open_store(world.hub.folder)  # for the fixture to close


def test_an_older_city_s_automatic_decisions_become_pending_on_upgrade(tmp_path: Path) -> None:
    folder = tmp_path / "city"
    folder.mkdir()
    shutil.copyfile(FIXTURES / "shequ-0004.sqlite", folder / DB_FILENAME)
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        rows = [
            ("r1", "auto-ok", "received", "", "系统（自动核验）"),
            ("r2", "auto-back", "returned", OLD_REASON, "系统（自动核验）"),
            ("r3", "by-person", "returned", "请核对经费", "市委组织部"),
        ]  # fmt: skip
        conn.executemany(
            "INSERT INTO return_receipt (id, return_id, office_code, period_code, return_version, arrived_at,"
            " bundle_seq, status, reason, decided_at, decided_by)"
            " VALUES (?, ?, ?, '2026Q1', 1, '2026-04-10 02:00:00.000000', 1, ?, ?, '2026-04-10 02:00:00.000000', ?)",
            [(key, return_id, OFFICE2, *rest) for key, return_id, *rest in rows],
        )
    with open_store(folder) as store, exchange_connection(store) as conn:
        found = conn.execute(
            "SELECT return_id, status, reason, decided_at, decided_by, decided_level, finding FROM return_receipt"
            " ORDER BY return_id"
        ).fetchall()
    assert [tuple(row) for row in found] == [
        ("auto-back", "", "", None, "", "", OLD_REASON),  # its reason kept as the finding
        ("auto-ok", "", "", None, "", "", ""),
        ("by-person", "returned", "请核对经费", "2026-04-10 02:00:00.000000", "市委组织部", "市级", ""),
    ]


def test_an_older_city_s_automatic_pass_never_locks_and_an_old_lock_is_lifted(world: World) -> None:
    snapshot_id = world.send()
    with exchange_connection(world.hub.store) as conn:  # what an older city's import wrote by itself
        conn.execute(
            "UPDATE return_receipt SET status = 'received', decided_by = '系统（自动核验）',"
            " decided_at = '2026-04-10 02:00:00.000000' WHERE return_id = ?",
            (snapshot_id,),
        )
    ack = world.acknowledge()
    assert ack.received == [] and ack.pending == [(PERIOD, 1)]
    assert _state_at_office(world, snapshot_id) == ReturnState.SENT.value
    with world.office.store.session() as session:
        assert locked_periods(session) == []

    # an office an older acknowledgement locked, after the upgrade made that receipt 待审核
    with exchange_connection(world.office.store) as conn:
        conn.execute("UPDATE return_snapshot SET state = 'received' WHERE id = ?", (snapshot_id,))
    with world.office.store.session() as session:  # its receipt says nobody decided: not locked (db.exchange.locks)
        assert locked_periods(session) == []
    ack = world.acknowledge()
    assert _state_at_office(world, snapshot_id) == ReturnState.SENT.value
    with world.office.store.session() as session:
        assert locked_periods(session) == []
