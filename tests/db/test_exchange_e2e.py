"""End to end with real files: a city and two offices — register, certify, enter data, export,
import, acknowledge — and the faults of USB sticks: out of order, twice, the wrong city, after
revocation, tampered and truncated. A refused bundle leaves the city's database as it was (a
full SQL dump before and after is equal). A second device of an office merges through device
bundles."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from db.compliance import evaluate
from db.enums import ReturnState
from db.exchange.acks import decide_return, ensure_city_standards, returned_reason
from db.exchange.apply import CONFLICT_DIVERGED, list_conflicts, resolve_conflict
from db.exchange.bundle import export_ack, export_bundle, import_ack, import_bundle
from db.exchange.city_status import ARRIVED, LATE, MISSING, city_status, status_document
from db.exchange.data_errors import BundleMissing, ExportFailed, PeriodLocked
from db.exchange.errors import (
    BundleDamaged,
    CertificateRevoked,
    NoCityCertificate,
    UnknownOffice,
    WrongRecipient,
)
from db.exchange.locks import locked_periods
from db.exchange.pki import CityAuthority
from db.models import Activity, ReturnSnapshot, Staff
from db.ops import save_record
from db.periods import parse_period
from db.returns.sign import KeyStore
from db.store import open_store
from tests.support.city_backend import city_init_options
from tests.support.city_state import forget_registration
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    DEVICE_PASSPHRASE,
    OFFICE1,
    OFFICE2,
    OFFICE_PASSPHRASE,
    RESIDENT_ID,
    STAFF_ID,
    Site,
    certified_city,
    certify,
    copy_site,
    demo_template,
    dump,
    make_city,
    sign_return,
    small_office,
    table_rows,
)
from tests.support.stored_files import stored

PERIODS = ("2026Q1", "2026H1", "2025", "2024-05")


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_template(tmp_path_factory.mktemp("demo-template") / "data")


@dataclass
class World:
    city: CityAuthority
    hub: Site  # the city's installation
    office1: Site  # the demo office 胜利社区
    office2: Site  # a small office typed in by hand
    stick: Path  # the USB stick

    def export(self, office: Site, **kwargs: object):  # type: ignore[no-untyped-def]
        return export_bundle(office.store, office.keys, OFFICE_PASSPHRASE, self.stick, **kwargs)  # type: ignore[arg-type]

    def import_(self, path: Path, **kwargs: object):  # type: ignore[no-untyped-def]
        return import_bundle(self.hub.store, path, city=self.city, passphrase=CITY_PASSPHRASE, **kwargs)  # type: ignore[arg-type]

    def acknowledge(self, office: Site):  # type: ignore[no-untyped-def]
        written = export_ack(self.hub.store, self.city, CITY_PASSPHRASE, office.code, self.stick)
        return import_ack(office.store, written.path, passphrase=OFFICE_PASSPHRASE)


@pytest.fixture
def world(tmp_path: Path, template: Path) -> Iterator[World]:
    office1 = copy_site(template, tmp_path / "office1")
    office2 = small_office(tmp_path / "office2")
    city, hub, stick = certified_city(tmp_path, {"胜利社区": office1, "新华社区": office2})
    yield World(city, hub, office1, office2, stick)
    for site in (hub, office1, office2):
        site.close()


def _figures(site: Site, period: str, office_code: str | None = None) -> dict:
    with site.store.session() as session:
        return evaluate(session, parse_period(period), office_code=office_code).to_dict()


def test_register_certify_export_import_acknowledge(world: World) -> None:
    snapshot_id = sign_return(world.office1, "2026Q1")
    first1 = world.export(world.office1)
    first2 = world.export(world.office2)
    assert first1.path.name == f"{OFFICE1}-0001.shequ" and first1.full and first1.returns_sent == 1
    assert first2.path.name == f"{OFFICE2}-0001.shequ"
    assert not list(world.stick.glob("*.partial")) and not list(world.stick.glob(".*"))

    imported1 = world.import_(first1.path, now=datetime(2026, 4, 10, 2, 0, tzinfo=UTC))  # in time
    imported2 = world.import_(first2.path)
    assert imported1.returns_arrived == [snapshot_id] and not imported1.returns_with_findings
    assert imported2.total("inserted") > 0 and not imported2.conflicts

    # the city's figures equal each office's own, period by period
    ensure_city_standards(world.hub.store)
    for period in PERIODS:
        assert _figures(world.hub, period, OFFICE1) == _figures(world.office1, period)
        assert _figures(world.hub, period, OFFICE2) == _figures(world.office2, period)

    # the return's PDF arrived intact, in the city's database (named for the office's folder)
    with world.hub.store.session() as session:
        arrived = session.get(ReturnSnapshot, snapshot_id)
        assert arrived is not None and arrived.pdf_path.startswith(f"returns/{OFFICE1}/")
        assert not (world.hub.folder / arrived.pdf_path).exists()
        pdf = stored(world.hub.store, arrived.pdf_sha256)
        assert hashlib.sha256(pdf).hexdigest() == arrived.pdf_sha256
        rows = city_status(session, parse_period("2026Q1"), world.city.offices(), today=date(2026, 4, 10))
    by_code = {row.code: row for row in rows}
    assert by_code[OFFICE1].return_state == ARRIVED and by_code[OFFICE1].review == "pending"  # nobody decided yet
    assert by_code[OFFICE1].decision == "" and not by_code[OFFICE1].decided_by and not by_code[OFFICE1].finding
    assert by_code[OFFICE2].return_state == MISSING and not by_code[OFFICE2].overdue
    assert by_code[OFFICE1].last_bundle_seq == 1 and by_code[OFFICE1].compliance is not None
    document = status_document(parse_period("2026Q1"), rows)
    assert document["totals"] == {
        "offices": 2,
        ARRIVED: 1,
        LATE: 0,
        MISSING: 1,
        "conflicts": 0,
        "review": {"not_reported": 1, "pending": 1, "received": 0, "returned": 0, "problem": 0},
    }
    with world.hub.store.session() as session:
        later = city_status(session, parse_period("2026Q1"), world.city.offices(), today=date(2026, 11, 28))
    assert {row.code: row.overdue for row in later} == {OFFICE1: False, OFFICE2: True}

    # personal data stayed at the offices
    city_text = "\n".join(dump(world.hub))
    assert RESIDENT_ID not in city_text and STAFF_ID not in city_text

    # a person at the city accepts the return; the acknowledgement: received, its period locked,
    # the bundle acknowledged
    decide_return(world.hub.store, snapshot_id, ReturnState.RECEIVED, decided_by="王审核")
    ack = world.acknowledge(world.office1)
    assert ack.bundles_acknowledged == 1 and ack.received == [("2026Q1", 1)]
    assert "已接收" in ack.message()
    with world.office1.store.session() as session:
        snapshot = session.get(ReturnSnapshot, snapshot_id)
        assert snapshot is not None and snapshot.state == ReturnState.RECEIVED.value
        assert locked_periods(session) == ["2026Q1"]
    again = import_ack(world.office1.store, world.stick / f"city-{OFFICE1}-0001.shequ", passphrase=OFFICE_PASSPHRASE)
    assert again.already_imported

    # a record of the locked period does not change, even with a reason (db.exchange.unlock unlocks it);
    # one of the next quarter does
    with world.office1.store.session(world.office1.actor()) as session:
        activity = session.exec(
            select(Activity).where(Activity.held_on >= date(2026, 2, 1), Activity.held_on <= date(2026, 2, 28))
        ).first()
        assert activity is not None
        activity.participants += 1
        with pytest.raises(PeriodLocked):
            save_record(session, activity, reason="补登参加人数", today=date(2026, 6, 30))
        activity = session.exec(
            select(Activity).where(Activity.held_on >= date(2026, 4, 1), Activity.held_on <= date(2026, 6, 30))
        ).first()
        assert activity is not None
        activity.participants += 1
        saved = save_record(session, activity, today=date(2026, 6, 30))
        assert saved.saved
        changed_id, participants = activity.id, activity.participants

    # the next bundle holds only what changed since what the city acknowledged
    second = world.export(world.office1)
    assert not second.full and second.seq == 2
    assert second.counts["activity"] == 1 and second.counts["return_snapshot"] == 1
    assert sum(second.counts[t] for t in ("staff", "funding", "resident", "party_member")) == 0
    result = world.import_(second.path)
    assert result.total("updated") == 2 and not result.conflicts
    assert table_rows(world.hub, "SELECT participants FROM activity WHERE id = ?", (changed_id,)) == [(participants,)]
    for period in PERIODS:
        assert _figures(world.hub, period, OFFICE1) == _figures(world.office1, period)


def test_a_returned_return_shows_the_citys_reason(world: World) -> None:
    snapshot_id = sign_return(world.office2, "2026Q1")
    world.import_(world.export(world.office2).path, now=datetime(2026, 5, 20, 2, 0, tzinfo=UTC))
    with world.hub.store.session() as session:
        rows = city_status(session, parse_period("2026Q1"), world.city.offices())
    assert {row.code: row.return_state for row in rows} == {OFFICE1: MISSING, OFFICE2: LATE}  # after 15 April
    decide_return(
        world.hub.store,
        snapshot_id,
        ReturnState.RETURNED,
        reason="经费合计与附表不一致，请核对后重新报送",
        decided_by="王审核",
    )
    ack = world.acknowledge(world.office2)
    assert ack.returned == [("2026Q1", 1, "经费合计与附表不一致，请核对后重新报送")]
    assert "被退回：经费合计与附表不一致" in ack.message()
    with world.office2.store.session() as session:
        snapshot = session.get(ReturnSnapshot, snapshot_id)
        assert snapshot is not None and snapshot.state == ReturnState.RETURNED.value
        assert returned_reason(session, snapshot) == "经费合计与附表不一致，请核对后重新报送"
        assert locked_periods(session) == []  # sent back: open for revision


def _edit_staff(site: Site, note: str) -> None:
    with site.store.transaction(site.actor()) as session:
        staff = session.exec(select(Staff).order_by(Staff.name)).first()
        assert staff is not None
        staff.note = note
        session.add(staff)


def test_out_of_order_twice_wrong_city_revoked_tampered_truncated(world: World, tmp_path: Path) -> None:
    office = world.office2
    world.import_(world.export(office).path)
    world.acknowledge(office)
    _edit_staff(office, "第二次")
    second = world.export(office)
    _edit_staff(office, "第三次")
    third = world.export(office)
    assert (second.seq, third.seq) == (2, 3) and not third.full

    before = dump(world.hub)
    with pytest.raises(BundleMissing) as excinfo:  # carried in the wrong order
        world.import_(third.path)
    assert f"社区 {OFFICE2} 的第 2 号数据包尚未导入" in str(excinfo.value)
    assert dump(world.hub) == before
    world.import_(second.path)
    world.import_(third.path)
    before = dump(world.hub)
    twice = world.import_(third.path)  # copied twice
    assert twice.already_imported and "以前已经导入过" in twice.message()
    assert dump(world.hub) == before

    _edit_staff(office, "第四次")
    fourth = world.export(office)
    data = fourth.path.read_bytes()
    tampered = tmp_path / "tampered.shequ"
    middle = len(data) // 2
    tampered.write_bytes(data[:middle] + (b"A" if data[middle : middle + 1] != b"A" else b"B") + data[middle + 1 :])
    truncated = tmp_path / "truncated.shequ"
    truncated.write_bytes(data[: len(data) * 2 // 3])
    for broken in (tampered, truncated):
        with pytest.raises(BundleDamaged):
            world.import_(broken)
        assert dump(world.hub) == before

    other_city, other_hub = make_city(tmp_path / "other-city", "中共某某市委组织部")
    try:
        other_before = dump(other_hub)
        with pytest.raises(WrongRecipient):  # for the wrong city
            import_bundle(other_hub.store, fourth.path, city=other_city, passphrase=CITY_PASSPHRASE)
        assert dump(other_hub) == other_before
    finally:
        other_hub.close()

    world.city.revoke(OFFICE2, "U 盘丢失，密钥可能泄露", CITY_PASSPHRASE)
    before = dump(world.hub)  # the revocation itself is kept in the city's database
    with pytest.raises(CertificateRevoked):  # after revocation
        world.import_(fourth.path)
    assert dump(world.hub) == before


def test_every_region_flipped_and_many_truncations_are_refused_by_the_city(world: World, tmp_path: Path) -> None:
    """The import itself (not only the envelope): each of 48 regions of a real bundle damaged in
    turn, and the file cut at 24 offsets, is refused as a bundle problem and leaves the city's
    database exactly as it was."""
    from db.exchange.errors import BundleError

    office = world.office2
    world.import_(world.export(office).path)
    _edit_staff(office, "损坏测试")
    data = world.export(office).path.read_bytes()
    before = dump(world.hub)
    damaged = tmp_path / "damaged.shequ"
    regions = 48
    for region in range(regions):
        at = region * len(data) // regions
        flipped = bytes([data[at] ^ 0x01]) if region % 2 else (b"A" if data[at : at + 1] != b"A" else b"B")
        damaged.write_bytes(data[:at] + flipped + data[at + 1 :])
        with pytest.raises(BundleError):
            world.import_(damaged)
    for cut in range(24):
        damaged.write_bytes(data[: cut * len(data) // 24])
        with pytest.raises(BundleError):
            world.import_(damaged)
    assert dump(world.hub) == before
    world.import_(world.export(office).path)  # the undamaged file still goes in
    assert dump(world.hub) != before


def test_an_office_the_city_does_not_know_is_refused(world: World) -> None:
    forget_registration(world.city, OFFICE2)  # a lost registration
    bundle = world.export(world.office2)
    before = dump(world.hub)
    with pytest.raises(UnknownOffice) as excinfo:
        world.import_(bundle.path)
    assert OFFICE2 in str(excinfo.value)
    assert dump(world.hub) == before


def test_export_needs_a_certificate_and_a_folder_and_records_only_what_was_written(
    world: World, tmp_path: Path
) -> None:
    uncertified = small_office(tmp_path / "uncertified", code="150802003001")
    try:
        with pytest.raises(NoCityCertificate):
            export_bundle(uncertified.store, KeyStore(uncertified.folder), OFFICE_PASSPHRASE, world.stick)
    finally:
        uncertified.close()
    with pytest.raises(ExportFailed) as excinfo:
        export_bundle(world.office2.store, world.office2.keys, OFFICE_PASSPHRASE, tmp_path / "no-such-stick")
    assert "U 盘" in str(excinfo.value)
    assert table_rows(world.office2, "SELECT count(*) FROM bundle_sent") == [(0,)]
    first = world.export(world.office2)
    assert first.seq == 1  # the failed attempt used no number


def _records(site: Site) -> dict[str, list[tuple[object, ...]]]:
    """The ledgers as stored (every field, versions included) — equal on two devices after a merge."""
    tables = ("staff", "funding", "facility", "resident", "volunteer", "activity", "party_member", "office")
    return {t: table_rows(site, f"SELECT * FROM {t} ORDER BY id") for t in tables}


def test_a_second_device_merges_through_device_bundles(world: World, tmp_path: Path) -> None:
    device_a = world.office1
    device_b = Site(
        tmp_path / "device-b", open_store(tmp_path / "device-b", create=True), KeyStore(tmp_path / "device-b"), OFFICE1
    )
    try:
        certify(world.city, device_b, "胜利社区")  # its own key, certified for the same office

        def send(source: Site, target: Site):  # type: ignore[no-untyped-def]
            written = export_bundle(
                source.store, source.keys, OFFICE_PASSPHRASE, world.stick, purpose="device",
                device_passphrase=DEVICE_PASSPHRASE,
            )  # fmt: skip
            assert written.path.name.startswith(f"{OFFICE1}-device-")
            return import_bundle(
                target.store, written.path, city=None, passphrase=DEVICE_PASSPHRASE, keystore=target.keys
            )

        first = send(device_a, device_b)
        assert first.total("inserted") > 1000
        assert _records(device_b) == _records(device_a)  # everything, ID numbers included

        with device_a.store.session() as session:
            people = session.exec(select(Staff).order_by(Staff.name)).all()
        one, two, three = people[0].id, people[1].id, people[2].id

        def edit(site: Site, record_id: str, note: str) -> None:
            with site.store.transaction(site.actor()) as session:
                staff = session.get(Staff, record_id)
                assert staff is not None
                staff.note = note
                session.add(staff)

        edit(device_b, one, "B 改的")
        edit(device_a, two, "A 改的")
        send(device_b, device_a)
        send(device_a, device_b)
        assert _records(device_b) == _records(device_a)
        assert table_rows(device_a, "SELECT note FROM staff WHERE id = ?", (one,)) == [("B 改的",)]
        assert table_rows(device_b, "SELECT note FROM staff WHERE id = ?", (two,)) == [("A 改的",)]

        # both change the same record: a conflict, kept and listed, nothing lost
        edit(device_a, three, "A 的说法")
        edit(device_b, three, "B 的说法")
        merged = send(device_b, device_a)
        assert [(c.record_id, c.kind) for c in merged.conflicts] == [(three, CONFLICT_DIVERGED)]
        assert table_rows(device_a, "SELECT note FROM staff WHERE id = ?", (three,)) == [("A 的说法",)]
        conflict = list_conflicts(device_a.store)[0]
        assert conflict.incoming_values["note"] == "B 的说法" and conflict.local_values["note"] == "A 的说法"
        resolve_conflict(device_a.store, conflict.conflict_id, keep="incoming", operator_name="王玥")
        send(device_a, device_b)
        assert _records(device_b) == _records(device_a)
        assert table_rows(device_b, "SELECT note FROM staff WHERE id = ?", (three,)) == [("B 的说法",)]

        # the second device reports to the city too: its own chain, the same figures
        world.import_(world.export(device_a).path)
        result = world.import_(export_bundle(device_b.store, device_b.keys, OFFICE_PASSPHRASE, world.stick).path)
        assert not result.conflicts
        ensure_city_standards(world.hub.store)
        for period in PERIODS:
            assert _figures(world.hub, period, OFFICE1) == _figures(device_b, period)
    finally:
        device_b.close()


def test_a_bundle_file_on_the_stick_is_complete_or_absent(world: World) -> None:
    written = world.export(world.office2)
    assert [p.name for p in world.stick.iterdir()] == [written.path.name]
    assert os.stat(written.path).st_size == len(written.path.read_bytes()) > 0
    assert hashlib.sha256(written.path.read_bytes()).hexdigest() == written.sha256


def _cli(*args: str) -> tuple[int, str, str]:
    import io

    from desktop.cli.main import run

    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_round_trip(tmp_path: Path, template: Path) -> None:
    city_dir, usb = tmp_path / "city", tmp_path / "usb"
    usb.mkdir()
    secrets = {}
    for name, text in (("city", CITY_PASSPHRASE), ("office", OFFICE_PASSPHRASE), ("device", DEVICE_PASSPHRASE)):
        secrets[name] = str(tmp_path / f"{name}.txt")
        Path(secrets[name]).write_text(text + "\n", encoding="utf-8")
    assert _cli("--data-dir", str(city_dir), "city", "init", "--name", "中共巴彦淖尔市委组织部",
                "--passphrase-file", secrets["city"], *city_init_options())[0] == 0  # fmt: skip
    office = copy_site(template, tmp_path / "office")
    office.close()
    office_dir = office.folder
    assert _cli("--data-dir", str(office_dir), "keys", "request", "--out", str(usb),
                "--passphrase-file", secrets["office"])[0] == 0  # fmt: skip
    assert _cli("--data-dir", str(city_dir), "city", "issue", str(usb / f"{OFFICE1}-request.pem"), "--out", str(usb),
                "--passphrase-file", secrets["city"])[0] == 0  # fmt: skip
    assert _cli("--data-dir", str(office_dir), "keys", "install", str(usb / f"{OFFICE1}-certificate.json"))[0] == 0

    code, out, err = _cli(
        "--data-dir", str(office_dir), "export", "--to", str(usb), "--passphrase-file", secrets["office"]
    )
    assert code == 0, err
    assert f"{OFFICE1}-0001.shequ" in out and "完整" in out
    bundle = usb / f"{OFFICE1}-0001.shequ"
    code, out, err = _cli("--data-dir", str(city_dir), "import", str(bundle), "--passphrase-file", secrets["city"])
    assert code == 0, err
    assert "已导入社区 150802001001 的第 1 号数据包" in out
    code, out, err = _cli("--data-dir", str(city_dir), "import", str(bundle), "--passphrase-file", secrets["city"])
    assert code == 0 and "以前已经导入过" in out

    code, out, err = _cli("--data-dir", str(city_dir), "city", "status", "--period", "2026H1", "--json")
    assert code == 0, err
    document = json.loads(out)
    entry = document["offices"][0]
    assert entry["code"] == OFFICE1 and entry["last_bundle"]["seq"] == 1 and entry["return"]["state"] == "missing"
    assert [p["key"] for p in entry["pillars"]] == ["people", "money", "place", "service"]
    with open_store(office_dir) as store, store.session() as session:
        own = evaluate(session, parse_period("2026H1")).to_dict()
    assert [p["figures"] for p in entry["pillars"]] == [p["figures"] for p in own["pillars"]]
    code, out, _ = _cli("--data-dir", str(city_dir), "city", "status", "--period", "2026H1")
    assert code == 0 and "未报送" in out and OFFICE1 in out

    code, out, err = _cli("--data-dir", str(city_dir), "city", "ack", "--out", str(usb),
                          "--passphrase-file", secrets["city"])  # fmt: skip
    assert code == 0, err
    code, out, err = _cli("--data-dir", str(office_dir), "import", str(usb / f"city-{OFFICE1}-0001.shequ"),
                          "--passphrase-file", secrets["office"])  # fmt: skip
    assert code == 0, err
    assert "市级确认收到数据包 1 个" in out

    code, out, err = _cli("--data-dir", str(office_dir), "export", "--to", str(usb), "--device",
                          "--passphrase-file", secrets["office"],
                          "--bundle-passphrase-file", secrets["device"])  # fmt: skip
    assert code == 0, err
    assert "本社区设备之间的" in out

    # a refusal: one Chinese line on stderr, exit 2, the city unchanged
    code, out, err = _cli(
        "--data-dir", str(office_dir), "export", "--to", str(usb), "--passphrase-file", secrets["office"]
    )
    assert code == 0
    missing_first = usb / f"{OFFICE1}-0002.shequ"
    third = _cli("--data-dir", str(office_dir), "export", "--to", str(usb), "--passphrase-file", secrets["office"])
    assert third[0] == 0
    code, out, err = _cli("--data-dir", str(city_dir), "import", str(usb / f"{OFFICE1}-0003.shequ"),
                          "--passphrase-file", secrets["city"])  # fmt: skip
    assert code == 2 and "第 2 号数据包尚未导入" in err and err.count("\n") == 1 and "Traceback" not in err
    code, out, err = _cli("--data-dir", str(city_dir), "import", str(usb / f"{OFFICE1}-0003.shequ"), "--allow-gap",
                          "--passphrase-file", secrets["city"])  # fmt: skip
    assert code == 0 and "已记录缺口" in out
    assert missing_first.exists()
    code, out, _ = _cli("--data-dir", str(city_dir), "conflicts")
    assert code == 0 and "待处理的同步冲突 0 处" in out
    target = usb / "city-2026H1.pdf"
    code, out, err = _cli("--data-dir", str(city_dir), "city", "return", "--period", "2026H1", "--out", str(target))
    assert code == 0, err
    assert "已生成市级汇总表" in out and target.read_bytes().startswith(b"%PDF-")
    code, out, _ = _cli("--data-dir", str(city_dir), "conflicts", "--json")
    assert code == 0 and json.loads(out) == []


def test_a_received_return_locks_its_period_for_new_records_too(world: World) -> None:
    from db.exchange.locks import locked_returns_covering
    from db.models import Funding

    snapshot_id = sign_return(world.office2, "2026Q1")
    world.import_(world.export(world.office2).path)
    decide_return(world.hub.store, snapshot_id, ReturnState.RECEIVED, decided_by="王审核")
    world.acknowledge(world.office2)
    with world.office2.store.session(world.office2.actor()) as session:
        inside = Funding(
            received_on=date(2026, 2, 1), fiscal_year=2026, source="fiscal", amount_fen=100, purpose="office"
        )
        assert [s.period_code for s in locked_returns_covering(session, inside)] == ["2026Q1"]
        with pytest.raises(PeriodLocked) as excinfo:
            save_record(session, inside, today=date(2026, 6, 30))
        assert "2026年第一季度" in str(excinfo.value) and "申请解锁" in str(excinfo.value)
        inside = Funding(
            received_on=date(2026, 2, 1), fiscal_year=2026, source="fiscal", amount_fen=100, purpose="office"
        )
        with pytest.raises(PeriodLocked):  # locked: not even with a reason
            save_record(session, inside, reason="补录一季度拨款", today=date(2026, 6, 30))
        outside = Funding(
            received_on=date(2026, 5, 1), fiscal_year=2026, source="fiscal", amount_fen=100, purpose="office"
        )
        assert locked_returns_covering(session, outside) == []
        assert save_record(session, outside, today=date(2026, 6, 30)).saved


def test_the_citys_consolidated_return(world: World, tmp_path: Path) -> None:
    import io

    from cryptography.hazmat.primitives import serialization
    from pypdf import PdfReader

    from db.exchange.city_return import make_city_return
    from db.returns.verify import VALID, verify_pdf

    sign_return(world.office1, "2026Q1")
    world.import_(world.export(world.office1).path, now=datetime(2026, 4, 2, 2, 0, tzinfo=UTC))
    world.import_(world.export(world.office2).path)
    made = make_city_return(world.hub.store, world.city, parse_period("2026Q1"), sign=True, passphrase=CITY_PASSPHRASE)
    assert made.signed and made.pages >= 1
    anchor = world.city.ca_certificate().public_bytes(serialization.Encoding.DER)
    # PAdES validators want nonRepudiation (contentCommitment) on the signer: the city's exchange
    # certificate carries it, so the signed consolidated return verifies as valid
    assert verify_pdf(made.pdf, trust=[anchor]).status == VALID
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(made.pdf)).pages)
    assert "汇总表" in text and "胜利社区" in text and "新华社区" in text
    assert "按期报送 1 个" in text and "未报送 1 个" in text
    unsigned = make_city_return(world.hub.store, world.city, parse_period("2026Q1"))
    assert not unsigned.signed and verify_pdf(unsigned.pdf).status != VALID


def test_a_wrong_office_passphrase_is_said_as_the_exchanges_refusal(world: World) -> None:
    """Exporting a bundle or importing the city's acknowledgement with a wrong passphrase says so in
    the exchange's words (nothing made or changed), not as a return left unsigned; nothing is written."""
    from db.exchange.errors import OfficePassphraseWrong

    on_stick = sorted(world.stick.iterdir())
    with pytest.raises(OfficePassphraseWrong) as refused:
        export_bundle(world.office1.store, world.office1.keys, "not-the-passphrase", world.stick)
    assert "报表" not in str(refused.value) and "没有生成或修改任何文件" in str(refused.value)
    assert sorted(world.stick.iterdir()) == on_stick

    written = export_ack(world.hub.store, world.city, CITY_PASSPHRASE, world.office1.code, world.stick)
    before = _records(world.office1)
    with pytest.raises(OfficePassphraseWrong):
        import_ack(world.office1.store, written.path, passphrase="not-the-passphrase")
    assert _records(world.office1) == before
