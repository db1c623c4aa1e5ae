"""Where an office's return stands, level by level (社区 → 街道 → 市): 未报, 待街道审核, 街道退回, 待市审核,
退回, 有问题, 已通过, 已锁定, 已解锁 — at the city (``city_status``, ``street_backlog``, ``shequ city status
--json``) and at the street (``street_status``, ``shequ street status``); and the city's consolidated
return printing the identification block. Real installations (tests/support/street_world.py) and the
real chain office → street → city where a test is about it; elsewhere the street's decision is written
into the city's receipt as the street's forward writes it, to walk one return through every state."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from db.enums import ReturnState
from db.exchange.acks import decide_return
from db.exchange.bundle import export_bundle, import_bundle
from db.exchange.city_return import make_city_return
from db.exchange.city_status import (
    LEVEL_STATES,
    OfficeStatus,
    city_status,
    registered_streets,
    status_document,
    street_backlog,
    street_status,
)
from db.exchange.form_info import FormInfo, write_city
from db.exchange.rawdb import exchange_connection
from db.exchange.street_import import import_street_copy
from db.exchange.street_review import export_street_forward, street_decide
from db.exchange.unlock import grant_unlock
from db.models import UnlockRequest
from db.periods import parse_period
from db.store import open_store
from tests.support.cli import shequ
from tests.support.exchange_sites import OFFICE_PASSPHRASE, Site, sign_return
from tests.support.exchange_world import CITY_PASSPHRASE
from tests.support.street_world import (
    DIRECT_OFFICE,
    STREET_CODE,
    STREET_NAME,
    STREET_OFFICE,
    STREET_PASSPHRASE,
    Four,
    build_four,
    routed,
    street_site,
)

PERIOD = parse_period("2026Q1")
TODAY = date(2026, 4, 10)


@pytest.fixture
def four(tmp_path: Path) -> Iterator[Four]:
    made = build_four(tmp_path)
    routed(made)
    yield made
    made.close()


def _rows(four: Four) -> dict[str, OfficeStatus]:
    with four.hub.store.session() as session:
        rows = city_status(
            session, PERIOD, four.city.offices(), today=TODAY, streets=registered_streets(four.city), compliance=False
        )
    return {row.code: row for row in rows}


def _states(four: Four) -> dict[str, str]:
    return {code: row.state for code, row in _rows(four).items()}


def _to_city(four: Four, office: Site) -> str:
    """``office`` signs its return and its bundle is imported at the city; the return's id."""
    snapshot = sign_return(office, PERIOD.code)
    written = export_bundle(office.store, office.keys, OFFICE_PASSPHRASE, four.stick)
    import_bundle(four.hub.store, written.path, city=four.city, passphrase=CITY_PASSPHRASE)
    return snapshot


def _street_decides(site: Site, return_id: str, status: str, reason: str = "") -> None:
    """The street's decision as its receipt keeps it (street_* columns; never ``status``)."""
    with exchange_connection(site.store) as conn:
        conn.execute(
            "UPDATE return_receipt SET street_code = ?, street_status = ?, street_reason = ?,"
            " street_decided_by = ?, street_decided_at = ? WHERE return_id = ?",
            (STREET_CODE, status, reason, "张街道", "2026-04-11 02:00:00.000000", return_id),
        )
        conn.commit()


def test_each_state_at_the_city_and_the_streets_backlog(four: Four) -> None:
    assert _states(four) == {STREET_OFFICE: "not_reported", DIRECT_OFFICE: "not_reported"}
    via_return = _to_city(four, four.via)
    direct_return = _to_city(four, four.direct)

    # the routed office waits for its street (its registry entry names the street), the direct one for the city
    rows = _rows(four)
    assert (rows[STREET_OFFICE].state, rows[STREET_OFFICE].state_label) == ("pending_street", "待街道审核")
    assert (rows[STREET_OFFICE].street_code, rows[STREET_OFFICE].street_name) == (STREET_CODE, STREET_NAME)
    assert (rows[DIRECT_OFFICE].state, rows[DIRECT_OFFICE].state_label) == ("pending_city", "待市审核")
    assert not rows[DIRECT_OFFICE].routed
    [backlog] = street_backlog(four.hub.store, PERIOD, authority=four.city)
    assert (backlog.code, backlog.name, backlog.offices) == (STREET_CODE, STREET_NAME, 1)
    assert (backlog.pending_street, backlog.street_returned, backlog.pending_city) == (1, 0, 0)

    # the street sends it back (退回 or 有问题): 街道退回, with the street's reason
    _street_decides(four.hub, via_return, "problem", "二月活动缺签到表")
    row = _rows(four)[STREET_OFFICE]
    assert (row.state, row.state_label, row.street_decision) == ("street_returned", "街道退回", "problem")
    assert (row.street_reason, row.street_decided_by) == ("二月活动缺签到表", "张街道")
    [backlog] = street_backlog(four.hub.store, PERIOD, authority=four.city)
    assert (backlog.pending_street, backlog.street_returned, backlog.pending_city) == (0, 1, 0)

    # the street passes it: now it waits for the city
    _street_decides(four.hub, via_return, "received")
    assert _rows(four)[STREET_OFFICE].state == "pending_city"
    [backlog] = street_backlog(four.hub.store, PERIOD, authority=four.city)
    assert (backlog.pending_street, backlog.street_returned, backlog.pending_city) == (0, 0, 1)

    # the city's decision is final
    decide_return(four.hub.store, direct_return, ReturnState.RETURNED, reason="请补充经费凭证", decided_by="王审核")
    decide_return(four.hub.store, via_return, ReturnState.PROBLEM, reason="人数对不上", decided_by="王审核")
    assert _states(four) == {STREET_OFFICE: "problem", DIRECT_OFFICE: "returned"}
    decide_return(four.hub.store, via_return, ReturnState.RECEIVED, decided_by="王审核")
    row = _rows(four)[STREET_OFFICE]
    assert (row.state, row.state_label) == ("received", "已通过")
    assert row.street_decision == "received"  # kept beside the city's

    # an acknowledgement written after the decision locks it (the office locks the period on import)
    four.ack(four.via)
    row = _rows(four)[STREET_OFFICE]
    assert (row.state, row.state_label) == ("locked", "已锁定") and row.acknowledged_at is not None
    assert _rows(four)[DIRECT_OFFICE].state == "returned"  # another office's acknowledgement counts for nothing

    # an unlock granted on it: 已解锁 until the correction arrives (the request as the office's bundle brings it)
    with four.hub.store.transaction(four.via.actor("李管理")) as session:
        request = UnlockRequest(
            office_code=STREET_OFFICE,
            period_code=PERIOD.code,
            return_id=via_return,
            reason="补录活动",
            requested_by="李管理",
        )
        session.add(request)
        request_id = request.id
    grant_unlock(four.hub.store, request_id, granted_by="王审核")
    row = _rows(four)[STREET_OFFICE]
    assert (row.state, row.state_label, row.unlock_granted_by) == ("unlocked", "已解锁", "王审核")

    document = status_document(
        PERIOD, list(_rows(four).values()), backlog=street_backlog(four.hub.store, PERIOD, authority=four.city)
    )
    by_code = {entry["code"]: entry for entry in document["offices"]}
    entry = by_code[STREET_OFFICE]
    assert (entry["state"], entry["state_label"], entry["review"]) == ("unlocked", "已解锁", "received")
    assert entry["street"]["code"] == STREET_CODE and entry["street"]["decision"] == "received"
    assert entry["unlock"]["granted_by"] == "王审核"
    assert by_code[DIRECT_OFFICE]["street"] is None and by_code[DIRECT_OFFICE]["unlock"] is None
    assert set(document["states"]) == set(LEVEL_STATES)
    assert document["states"]["unlocked"] == 1 and document["states"]["returned"] == 1
    assert document["streets"] == [
        {
            "code": STREET_CODE,
            "name": STREET_NAME,
            "offices": 1,
            "pending_street": 0,
            "street_returned": 0,
            "pending_city": 0,
        }
    ]


@pytest.mark.parametrize(
    ("decision", "reason", "state", "counts"),
    [
        (ReturnState.RECEIVED, "", "pending_city", (0, 0, 1)),
        (ReturnState.RETURNED, "活动记录不全，请补充", "street_returned", (0, 1, 0)),
    ],
)
def test_the_streets_decision_travels_to_the_city(
    four: Four, decision: ReturnState, reason: str, state: str, counts: tuple[int, int, int]
) -> None:
    """The real chain: the office's bundle → the street imports its copy and decides → the street's
    forward (the office's city copy and the street's file) → the city imports the folder's files."""
    at_street = street_site(four)
    try:
        return_id = sign_return(four.via, PERIOD.code)
        written = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
        assert written.street_path is not None
        import_street_copy(at_street.store, four.street, written.street_path, STREET_PASSPHRASE)
        [row] = street_status(at_street.store, STREET_CODE, PERIOD, compliance=False)
        assert row.state == "pending_street"
        street_decide(
            at_street.store, four.street, return_id, decision, reason=reason, decided_by="张街道",
            passphrase=STREET_PASSPHRASE,
        )  # fmt: skip
        [row] = street_status(at_street.store, STREET_CODE, PERIOD, compliance=False)
        assert (row.state, row.street_decided_by) == (state, "张街道")
        out = four.stick / "forward"
        out.mkdir()
        forwarded = export_street_forward(at_street.store, four.street, STREET_PASSPHRASE, out)
    finally:
        at_street.close()
    assert forwarded.path is not None
    for path in forwarded.files:  # the offices' files first, then the street's
        import_bundle(four.hub.store, path, city=four.city, passphrase=CITY_PASSPHRASE)
    row = _rows(four)[STREET_OFFICE]
    assert (row.state, row.street_code, row.street_name) == (state, STREET_CODE, STREET_NAME)
    assert (row.street_decision, row.street_reason, row.street_decided_by) == (decision.value, reason, "张街道")
    assert row.countersigned == (decision == ReturnState.RECEIVED)
    assert row.decision == "" and row.review == "pending"  # the city still decides itself
    [backlog] = street_backlog(four.hub.store, PERIOD, authority=four.city)
    assert (backlog.pending_street, backlog.street_returned, backlog.pending_city) == counts


def test_a_receipt_naming_a_street_is_routed_even_when_the_registry_says_direct(four: Four) -> None:
    direct_return = _to_city(four, four.direct)
    assert _rows(four)[DIRECT_OFFICE].state == "pending_city"
    _street_decides(four.hub, direct_return, "")  # the return came through the street's forward file
    row = _rows(four)[DIRECT_OFFICE]
    assert (row.state, row.street_code, row.street_name) == ("pending_street", STREET_CODE, STREET_NAME)


def test_city_status_json_on_the_command_line_gives_the_levels(four: Four) -> None:
    _to_city(four, four.via)
    four.hub.store.close()
    code, out, err = shequ("--data-dir", str(four.hub.folder), "city", "status", "--period", PERIOD.code, "--json")
    assert code == 0, err
    document = json.loads(out)
    entry = next(item for item in document["offices"] if item["code"] == STREET_OFFICE)
    assert (entry["state"], entry["state_label"], entry["review"]) == ("pending_street", "待街道审核", "pending")
    assert document["streets"][0]["pending_street"] == 1
    code, out, err = shequ("--data-dir", str(four.hub.folder), "city", "status", "--period", PERIOD.code)
    assert code == 0, err
    assert "待街道审核" in out and f"{STREET_NAME}：待街道审核 1 个" in out
    four.hub.store = open_store(four.hub.folder)  # for the fixture to close


def test_the_streets_own_view_of_its_offices(four: Four) -> None:
    at_street = street_site(four)
    try:
        sign_return(four.via, PERIOD.code)
        written = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
        assert written.street_path is not None
        import_street_copy(at_street.store, four.street, written.street_path, STREET_PASSPHRASE)
        [row] = street_status(at_street.store, STREET_CODE, PERIOD, street_name=STREET_NAME, today=TODAY)
        assert (row.code, row.state, row.state_label) == (STREET_OFFICE, "pending_street", "待街道审核")
        assert row.return_version == 1 and row.compliance is not None  # the office's figures, as the city's
        assert row.street_name == STREET_NAME
        with exchange_connection(at_street.store) as conn:
            (return_id,) = conn.execute("SELECT return_id FROM return_receipt").fetchone()
        _street_decides(at_street, str(return_id), "returned", "请补充")
        [row] = street_status(at_street.store, STREET_CODE, PERIOD, compliance=False)
        assert (row.state, row.street_reason) == ("street_returned", "请补充")
    finally:
        at_street.close()
    code, out, err = shequ("--data-dir", str(four.street.data_dir), "street", "status", "--period", "2026Q1", "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document["street"] == {"code": STREET_CODE, "name": STREET_NAME}
    [entry] = document["offices"]
    assert (entry["code"], entry["state"], entry["state_label"]) == (STREET_OFFICE, "street_returned", "街道退回")
    assert document["states"]["street_returned"] == 1
    code, out, err = shequ("--data-dir", str(four.street.data_dir), "street", "status", "--period", "2026Q1")
    assert code == 0, err
    assert STREET_OFFICE in out and "街道退回：请补充" in out


def test_street_status_refuses_a_folder_that_is_not_a_streets(four: Four) -> None:
    code, _out, err = shequ("--data-dir", str(four.via.folder), "street", "status", "--period", "2026Q1")
    assert code == 2 and "街道" in err and "Traceback" not in err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_consolidated_return_prints_the_identification_block(four: Four, tmp_path: Path) -> None:
    def text_of(pdf: bytes) -> str:
        path = tmp_path / "city.pdf"
        path.write_bytes(pdf)
        return subprocess.run(
            ["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout

    def compact(text: str) -> str:
        return "".join(text.split())  # pdftotext gives the label's full-width spaces as one space

    # nothing set: the offices' form number and the city's name, nothing invented for the rest
    first = compact(text_of(make_city_return(four.hub.store, four.city, PERIOD).pdf))
    assert "表号：巴组社统1表" in first and f"制表机关：{four.city.name}" in first
    assert "批准机关" not in first and "批准文号" not in first and "有效期至" not in first

    write_city(
        four.city.data_dir,
        FormInfo("巴组社统2表", "中共巴彦淖尔市委组织部", "巴彦淖尔市统计局", "巴统制〔2026〕3号", "2028-12-31"),
    )
    _to_city(four, four.via)
    page = text_of(make_city_return(four.hub.store, four.city, PERIOD).pdf)
    lines = page.splitlines()
    for expected in (
        "表号：巴组社统2表",
        "制表机关：中共巴彦淖尔市委组织部",
        "批准机关：巴彦淖尔市统计局",
        "批准文号：巴统制〔2026〕3号",
        "有效期至：2028-12-31",
    ):
        number, line = next((n, line) for n, line in enumerate(lines) if expected in compact(line))
        assert number < 8, page  # at the top of page 1
        assert len(line) - len(line.lstrip()) > 60, line  # at the right of the page
    assert compact(page).index("表号") < compact(page).index("汇总表")  # above the title
    assert "审核情况" in page and "待街道审核" in page
