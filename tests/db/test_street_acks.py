"""The street's receipt to an office (街道回执): written at the street, signed by the street's key and
encrypted to the office; at the office only the street of its installed route may send one. Four real
installations (the city, a street, an office routed via the street, one reporting straight to the city),
real keys and files; forged receipts are sealed with real keys of the wrong signers."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from db.enums import ReturnState
from db.errors import ShequError
from db.exchange.acks import decide_return
from db.exchange.bundle import export_bundle, import_ack, import_bundle
from db.exchange.comments import figure_labels, office_comments
from db.exchange.envelope import KIND_STREET_TO_OFFICE, peek_header, seal_for_recipient
from db.exchange.errors import UntrustedSigner
from db.exchange.history import returned_returns, returns_with_receipts
from db.exchange.locks import locked_periods
from db.exchange.street import StreetInstallation, issue_street
from db.exchange.street_acks import (
    OfficeCertificateUnknown,
    StreetAckRefused,
    StreetAckResult,
    export_street_ack,
    street_ack_filename,
)
from db.exchange.street_import import import_street_copy
from db.exchange.street_review import street_comment, street_decide
from db.models import ReturnSnapshot
from db.periods import parse_period
from db.returns.sign import SigningIdentity
from tests.support.cli import shequ
from tests.support.exchange_sites import OFFICE_PASSPHRASE, Site, dump, sign_return, table_rows
from tests.support.exchange_world import CITY_PASSPHRASE
from tests.support.street_world import (
    STREET_CODE,
    STREET_NAME,
    STREET_OFFICE,
    STREET_PASSPHRASE,
    Four,
    build_four,
    routed,
    street_site,
)

PERIOD = "2026Q1"
OTHER_STREET = "150802002000"


@pytest.fixture
def four(tmp_path: Path) -> Iterator[Four]:
    world = build_four(tmp_path)
    routed(world)
    yield world
    world.close()


@pytest.fixture
def at_street(four: Four) -> Iterator[Site]:
    site = street_site(four)
    yield site
    site.close()


def sent_to_street(four: Four, at_street: Site) -> str:
    """The routed office signs its return of PERIOD and exports; the street imports its copy. The return's id."""
    return_id = sign_return(four.via, PERIOD)
    written = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
    assert written.street_path is not None
    import_street_copy(at_street.store, four.street, written.street_path, STREET_PASSPHRASE)
    return return_id


def april(day: int) -> datetime:
    return datetime(2026, 4, day, 2, 0, tzinfo=UTC)


def street_decides(four: Four, site: Site, return_id: str, status: ReturnState, reason: str, at: datetime) -> None:
    """A person at the street decides (通过 countersigns the return's PDF with the street's key)."""
    street_decide(
        site.store, four.street, return_id, status, reason=reason, decided_by="李街道", passphrase=STREET_PASSPHRASE,
        now=at,
    )  # fmt: skip


def receipt(four: Four, at_street: Site) -> Path:
    return export_street_ack(at_street.store, four.street, STREET_PASSPHRASE, STREET_OFFICE, four.stick)


def take(four: Four, path: Path) -> StreetAckResult:
    result = import_ack(four.via.store, path, passphrase=OFFICE_PASSPHRASE)
    assert isinstance(result, StreetAckResult)
    return result


def state_of(site: Site, return_id: str) -> str:
    with site.store.session() as session:
        snapshot = session.get(ReturnSnapshot, return_id)
        assert snapshot is not None
        return snapshot.state


def office_receipt(site: Site, return_id: str) -> dict[str, object]:
    columns = (
        "status, reason, decided_by, decided_at, arrived_at, street_code, street_status, street_reason,"
        " street_decided_by, street_decided_at"
    )
    rows = table_rows(site, f"SELECT {columns} FROM return_receipt WHERE return_id = ?", (return_id,))
    assert len(rows) == 1
    return dict(zip([name.strip() for name in columns.split(",")], rows[0], strict=True))


def a_figure(site: Site, return_id: str) -> tuple[str, str]:
    with site.store.session() as session:
        snapshot = session.get(ReturnSnapshot, return_id)
        assert snapshot is not None
        labels = figure_labels(snapshot.figures_json)
    key = sorted(labels)[0]
    return key, labels[key]


# --- the receipt, both ways --------------------------------------------------------------------------


def test_a_receipt_before_and_after_the_streets_return(four: Four, at_street: Site) -> None:
    return_id = sent_to_street(four, at_street)
    assert state_of(four.via, return_id) == ReturnState.SENT.value

    first = receipt(four, at_street)
    assert first == four.stick / street_ack_filename(STREET_OFFICE, 1)
    header = peek_header(first.read_bytes())
    assert (header["kind"], header["from"], header["to"], header["seq"]) == (
        KIND_STREET_TO_OFFICE, STREET_CODE, STREET_OFFICE, 1,
    )  # fmt: skip
    taken = take(four, first)
    assert taken.pending == [(PERIOD, 1)] and not taken.returned and taken.bundles_at_street == 1
    assert "街道待审核" in taken.message() and STREET_NAME in taken.message()
    assert state_of(four.via, return_id) == ReturnState.SENT.value
    with four.via.store.session() as session:
        (status,) = [item for item in returns_with_receipts(session, STREET_OFFICE) if item.return_id == return_id]
    assert status.street_code == STREET_CODE and not status.street_status
    assert not status.has_receipt and not status.pending  # the city has not got it: not 市级待审核

    # 退回 with a reason, and a comment on one figure, both by the street
    key, figure_label = a_figure(at_street, return_id)
    decided_at = april(20)
    street_decides(four, at_street, return_id, ReturnState.RETURNED, "活动记录缺少签到表", decided_at)
    comment = street_comment(
        at_street.store, STREET_OFFICE, parse_period(PERIOD), text="请补充活动照片", written_by="李街道", figure_key=key
    )
    second = receipt(four, at_street)
    assert peek_header(second.read_bytes())["prev"] is not None
    taken = take(four, second)
    assert taken.returned == [(PERIOD, 1, "活动记录缺少签到表")] and taken.comments == 1
    assert "被街道退回：活动记录缺少签到表" in taken.message() and taken.changes.touches_returns()

    assert state_of(four.via, return_id) == ReturnState.RETURNED.value  # the period reopens for a correction
    stored = office_receipt(four.via, return_id)
    assert stored["street_status"] == "returned" and stored["street_reason"] == "活动记录缺少签到表"
    assert stored["street_decided_by"] == "李街道" and stored["street_code"] == STREET_CODE
    assert (stored["status"], stored["reason"], stored["decided_by"], stored["decided_at"]) == ("", "", "", None)
    with four.via.store.session() as session:
        (returned,) = returned_returns(session, STREET_OFFICE)
        comments = office_comments(session, STREET_OFFICE, PERIOD)
    assert returned.return_id == return_id and returned.street_returned and not returned.returned
    assert [(c.id, c.level, c.text, c.figure_key, c.figure_label) for c in comments] == [
        (comment.id, "街道", "请补充活动照片", key, figure_label)
    ]
    audited = table_rows(
        four.via,
        "SELECT new_value, reason FROM audit_entry WHERE table_name = 'return_snapshot' AND record_id = ?"
        " AND field = 'state' ORDER BY rowid",
        (return_id,),
    )
    assert audited[-1] == ("returned", "街道回执")


def test_a_streets_pass_waits_for_the_city_which_decides_last(four: Four, at_street: Site) -> None:
    return_id = sent_to_street(four, at_street)
    street_decides(four, at_street, return_id, ReturnState.RECEIVED, "", april(20))
    taken = take(four, receipt(four, at_street))
    assert taken.passed == [(PERIOD, 1)] and not taken.received
    assert "街道审核通过，等待市级审核" in taken.message()
    assert state_of(four.via, return_id) == ReturnState.SENT.value
    with four.via.store.session() as session:
        assert locked_periods(session) == []  # only the city's 通过 locks

    # the city has the office's own copy; while it has not decided, the return stays 已报送
    export = table_rows(four.via, "SELECT file_name FROM bundle_sent WHERE purpose = 'city'")
    import_bundle(four.hub.store, four.stick / str(export[0][0]), city=four.city, passphrase=CITY_PASSPHRASE)
    four.take(four.via, four.ack(four.via))
    assert state_of(four.via, return_id) == ReturnState.SENT.value
    assert office_receipt(four.via, return_id)["arrived_at"] is not None  # now the city's receipt too
    decide_return(four.hub.store, return_id, ReturnState.RECEIVED, decided_by="王审核")
    four.take(four.via, four.ack(four.via))
    assert state_of(four.via, return_id) == ReturnState.RECEIVED.value
    with four.via.store.session() as session:
        assert locked_periods(session) == [PERIOD]

    # a later street receipt (even one saying 退回) never moves a return the city decided
    street_decides(four, at_street, return_id, ReturnState.RETURNED, "改主意了", april(30))
    taken = take(four, receipt(four, at_street))
    assert state_of(four.via, return_id) == ReturnState.RECEIVED.value
    stored = office_receipt(four.via, return_id)
    assert stored["status"] == "received" and stored["decided_by"] == "王审核"
    assert stored["street_status"] == "returned"


def test_the_citys_pending_acknowledgement_keeps_the_streets_return(four: Four, at_street: Site) -> None:
    return_id = sent_to_street(four, at_street)
    street_decides(four, at_street, return_id, ReturnState.PROBLEM, "数字对不上", april(20))
    taken = take(four, receipt(four, at_street))
    assert taken.problems == [(PERIOD, 1, "数字对不上")]
    assert state_of(four.via, return_id) == ReturnState.PROBLEM.value
    export = table_rows(four.via, "SELECT file_name FROM bundle_sent WHERE purpose = 'city'")
    import_bundle(four.hub.store, four.stick / str(export[0][0]), city=four.city, passphrase=CITY_PASSPHRASE)
    four.take(four.via, four.ack(four.via))  # 市级待审核: the street's 有问题 stands
    assert state_of(four.via, return_id) == ReturnState.PROBLEM.value


# --- replay -------------------------------------------------------------------------------------------


def test_the_same_receipt_twice_and_an_older_one_change_nothing(four: Four, at_street: Site) -> None:
    return_id = sent_to_street(four, at_street)
    street_decides(four, at_street, return_id, ReturnState.RETURNED, "第一次退回", april(20))
    older = receipt(four, at_street)
    street_decides(four, at_street, return_id, ReturnState.RECEIVED, "", april(22))
    newer = receipt(four, at_street)
    assert take(four, newer).passed == [(PERIOD, 1)]
    before = dump(four.via)
    again = take(four, newer)
    assert again.already_imported and "以前已经导入过" in again.message() and not again.changes.touches_returns()
    late = take(four, older)
    assert late.older_than == 2 and "比已经导入的第 2 号旧" in late.message()
    assert dump(four.via) == before
    assert state_of(four.via, return_id) == ReturnState.SENT.value


# --- forged receipts ---------------------------------------------------------------------------------


def forged(four: Four, signer: SigningIdentity, sender: str, name: str, *, to: Site | None = None) -> Path:
    """A receipt that says it is the street's receipt number 9, sealed by ``signer`` to the office."""
    office = to or four.via
    document = {
        "format": "shequ-street-ack",
        "v": 1,
        "street_code": sender,
        "office_code": office.code,
        "created_at": "2026-04-20T00:00:00+00:00",
        "receipts": [],
        "decisions": [
            {
                "return_id": table_rows(office, "SELECT id FROM return_snapshot")[0][0],
                "period_code": PERIOD,
                "return_version": 1,
                "status": "returned",
                "reason": "伪造的退回",
                "decided_by": "冒名者",
                "decided_at": "2026-04-20T00:00:00+00:00",
            }
        ],
        "comments": [],
    }
    payload = zlib.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    header = {"kind": KIND_STREET_TO_OFFICE, "from": sender, "to": office.code, "seq": 9, "prev": None}
    path = four.stick / name
    path.write_bytes(seal_for_recipient(payload, header, signer, office.keys.certificate()))
    return path


def other_street(four: Four, code: str, folder: str) -> StreetInstallation:
    street = StreetInstallation(four.stick.parent / folder)
    issued = issue_street(four.city, street.init(code, "新华街道党工委", STREET_PASSPHRASE), CITY_PASSPHRASE)
    street.install_certificate(issued.signed_file)
    return street


def street_identity(four: Four, street: StreetInstallation) -> SigningIdentity:
    return SigningIdentity(street.key(STREET_PASSPHRASE), street.certificate(), [four.city.ca_certificate()])


def test_forged_receipts_are_refused_and_change_nothing(four: Four, at_street: Site) -> None:
    sent_to_street(four, at_street)
    other = other_street(four, OTHER_STREET, "street2")
    office = four.direct.keys.load(OFFICE_PASSPHRASE)
    city = four.city.signing_identity(CITY_PASSPHRASE)
    attempts: list[tuple[Path, type[ShequError], str]] = [
        # another street, claiming to be the route's street, and saying it is itself
        (forged(four, street_identity(four, other), STREET_CODE, "a.shequ"), UntrustedSigner, "街道"),
        (forged(four, street_identity(four, other), OTHER_STREET, "b.shequ"), StreetAckRefused, STREET_NAME),
        # an office's key, and the city's exchange key, as the street
        (forged(four, SigningIdentity(office.key, office.certificate, office.chain), STREET_CODE, "c.shequ"),
         UntrustedSigner, "街道"),
        (forged(four, city, STREET_CODE, "d.shequ"), UntrustedSigner, "街道"),
    ]  # fmt: skip
    before = dump(four.via)
    for path, refusal, words in attempts:
        with pytest.raises(refusal) as caught:
            import_ack(four.via.store, path, passphrase=OFFICE_PASSPHRASE)
        said = str(caught.value)
        assert words in said and "\n" not in said, said
    assert dump(four.via) == before

    # the route's street code, but a certificate other than the one the city's acknowledgement installed
    renewed = other_street(four, STREET_CODE, "street-renewed")
    path = forged(four, street_identity(four, renewed), STREET_CODE, "e.shequ")
    with pytest.raises(StreetAckRefused, match="不是市级回执中登记的"):
        import_ack(four.via.store, path, passphrase=OFFICE_PASSPHRASE)
    assert dump(four.via) == before


def test_an_office_reporting_straight_to_the_city_takes_no_street_receipt(four: Four, at_street: Site) -> None:
    sign_return(four.direct, PERIOD)
    path = forged(four, street_identity(four, four.street), STREET_CODE, "direct.shequ", to=four.direct)
    before = dump(four.direct)
    with pytest.raises(StreetAckRefused, match="直接向市级报送"):
        import_ack(four.direct.store, path, passphrase=OFFICE_PASSPHRASE)
    assert dump(four.direct) == before
    # and a receipt for one office is not another's
    return_id = sent_to_street(four, at_street)
    street_decides(four, at_street, return_id, ReturnState.RETURNED, "退回", april(20))
    with pytest.raises(StreetAckRefused, match="直接向市级报送"):
        import_ack(four.direct.store, receipt(four, at_street), passphrase=OFFICE_PASSPHRASE)
    assert dump(four.direct) == before


# --- the street's side: refusals, and the commands -----------------------------------------------------


def test_the_street_writes_nothing_it_cannot_stand_behind(four: Four, at_street: Site) -> None:
    before = dump(at_street)
    with pytest.raises(OfficeCertificateUnknown):  # no bundle of that office imported: no certificate to encrypt to
        export_street_ack(at_street.store, four.street, STREET_PASSPHRASE, STREET_OFFICE, four.stick)
    sent_to_street(four, at_street)
    before = dump(at_street)
    with pytest.raises(ShequError, match="口令"):
        export_street_ack(at_street.store, four.street, "不对的街道口令-0000", STREET_OFFICE, four.stick)
    assert dump(at_street) == before
    assert not any(path.name.endswith(".shequ") and "street-ack" in path.name for path in four.stick.iterdir())


def test_by_the_commands(four: Four, at_street: Site) -> None:
    return_id = sent_to_street(four, at_street)
    street_decides(four, at_street, return_id, ReturnState.RETURNED, "请补签到表", april(20))
    at_street.close()
    street_pass = four.stick.parent / "street-pass.txt"
    street_pass.write_text(STREET_PASSPHRASE + "\n", encoding="utf-8")
    code, out, err = shequ(
        "--data-dir", str(four.street.data_dir), "street", "ack", "--office", STREET_OFFICE, "--out", str(four.stick),
        "--passphrase-file", str(street_pass),
    )  # fmt: skip
    assert code == 0, err
    written = four.stick / street_ack_filename(STREET_OFFICE, 1)
    assert written.is_file() and written.name in out

    four.via.close()
    office_pass = four.stick.parent / "office-pass.txt"
    office_pass.write_text(OFFICE_PASSPHRASE + "\n", encoding="utf-8")
    code, out, err = shequ(
        "--data-dir", str(four.via.folder), "import", str(written), "--passphrase-file", str(office_pass)
    )
    assert code == 0, err
    assert "被街道退回：请补签到表" in out
    code, out, err = shequ(
        "--data-dir", str(four.via.folder), "import", str(written), "--passphrase-file", str(office_pass)
    )
    assert code == 0 and "以前已经导入过" in out

    # the office reporting straight to the city refuses it in one line, exit 2
    four.direct.close()
    code, out, err = shequ(
        "--data-dir", str(four.direct.folder), "import", str(written), "--passphrase-file", str(office_pass)
    )
    assert code == 2 and err.count("\n") == 1, err
