"""The whole review chain 社区 → 街道 → 市 with four installations and real files (issue 14).

Two offices, one street, the city — each with its own folder, keys and database, the files carried
between them as on a USB stick:

1. the routed office signs its return and exports; the street imports its copy, comments on a figure
   and sends the return back (退回); its receipt reaches the office, which sees the comment and the 退回;
2. the office corrects (第 2 版), the new return answers the comment; the street passes it (通过) and
   countersigns the PDF (pdfsig: two valid signatures; pyHanko validates both against the city's root),
   forwards to the city; the city decides 通过 (final);
3. receipts come back at both levels; the office's period is locked: an edit and a new record are
   refused by ``db``; the administrator's unlock request travels up, the city grants it, and a
   correction (第 3 版) goes through the chain again;
4. the office that reports straight to the city still works;
5. nothing above the office holds the personal data the city withholds.

No step is automatic: every decision is a person's, and a return arrives as 待审核 at every level."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from sqlmodel import col, select

from db.enums import ReturnState
from db.exchange.acks import decide_return
from db.exchange.bundle import export_bundle, import_bundle
from db.exchange.city_status import city_status, registered_streets, street_status
from db.exchange.street_acks import export_street_ack
from db.exchange.street_forward import reviewed_pdf
from db.exchange.street_import import import_street_copy
from db.exchange.street_review import (
    export_street_forward,
    street_comment,
    street_decide,
    street_returns,
)
from db.exchange.unlock import grant_unlock, request_unlock
from db.models import Activity, ReturnReceipt, ReturnSnapshot, ReviewComment
from db.office import DEFAULT_ADMIN_NAME
from db.ops import save_record
from db.periods import parse_period
from db.returns.verify import verify_pdf
from tests.support.cli import shequ
from tests.support.exchange_sites import (
    MEMBER_ID,
    OFFICE_PASSPHRASE,
    RESIDENT_ADDRESS,
    RESIDENT_ID,
    RESIDENT_PHONE,
    STAFF_ID,
    Site,
    db_text,
    sign_return,
    table_rows,
)
from tests.support.exchange_world import CITY_PASSPHRASE
from tests.support.stored_files import written_out
from tests.support.street_world import (
    DIRECT_OFFICE,
    STREET_CODE,
    STREET_OFFICE,
    STREET_PASSPHRASE,
    Four,
    build_four,
    routed,
    street_site,
)

PERIOD = "2026"
FIGURE = "service.activities"
FIGURE_COMMENT = "活动台账第 2 条日期有误，请核对后更正"
STREET_REVIEWER = "街道审核员李明"
CITY_REVIEWER = "市委组织部王芳"
ADMIN = DEFAULT_ADMIN_NAME  # the administrator create_office made

pytestmark = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils (pdfsig) is not installed")


@pytest.fixture
def chain(tmp_path: Path) -> Iterator[tuple[Four, Site]]:
    four = build_four(tmp_path)
    routed(four)
    street = street_site(four)
    yield four, street
    street.close()
    four.close()


def latest(site: Site) -> ReturnSnapshot:
    with site.store.session() as session:
        rows = session.exec(
            select(ReturnSnapshot)
            .where(ReturnSnapshot.period_code == PERIOD, col(ReturnSnapshot.deleted_at).is_(None))
            .order_by(col(ReturnSnapshot.return_version).desc())
        ).all()
    assert rows
    return rows[0]


def receipt(site: Site, return_id: str) -> ReturnReceipt:
    with site.store.session() as session:
        row = session.exec(select(ReturnReceipt).where(ReturnReceipt.return_id == return_id)).one()
        session.expunge(row)
    return row


def to_street(four: Four, street: Site) -> Path:
    """The routed office exports; the street imports its copy (the city's copy beside it). The city's copy."""
    written = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
    assert written.street_path is not None
    import_street_copy(street.store, four.street, written.street_path, STREET_PASSPHRASE)
    return written.path


def forward(four: Four, street: Site, folder: Path) -> None:
    """The street forwards to the city (its USB stick ``folder``); the city imports office files first."""
    folder.mkdir(exist_ok=True)
    export_street_forward(street.store, four.street, STREET_PASSPHRASE, folder)
    files = sorted(folder.glob("*.shequ"), key=lambda path: (path.name.startswith("street-"), path.name))
    assert any(path.name.startswith("street-") for path in files)
    for path in files:
        import_bundle(four.hub.store, path, city=four.city, passphrase=CITY_PASSPHRASE)


def city_states(four: Four) -> dict[str, str]:
    """Each registered office's state per level, as ``shequ city status`` computes it (the city's
    database is held open here, so the function the command calls)."""
    streets = registered_streets(four.city)
    with four.hub.store.session() as session:
        rows = city_status(session, parse_period(PERIOD), four.city.offices(), streets=streets, compliance=False)
    return {row.code: row.state_label for row in rows}


def street_states(street: Site) -> dict[str, str]:
    """The street's offices and their state (what ``shequ street status`` shows; the street's window
    holds its database here, so the function the command calls)."""
    rows = street_status(street.store, STREET_CODE, parse_period(PERIOD), compliance=False)
    return {row.code: row.state_label for row in rows}


def street_receipt(four: Four, street: Site, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    path = export_street_ack(street.store, four.street, STREET_PASSPHRASE, STREET_OFFICE, folder)
    four.take(four.via, path)


def pdfsig_valid_signatures(pdf: Path) -> int:
    done = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.count("Signature Validation: Signature is Valid.")


def street_pdf(street: Site, return_id: str, folder: Path) -> Path:
    """The countersigned PDF the street keeps for ``return_id`` (in its database), as a file in ``folder``."""
    sha = receipt(street, return_id).countersigned_sha256
    return written_out(street.store, sha, folder, f"{return_id}.street.pdf")


def test_the_whole_chain_with_four_installations(chain: tuple[Four, Site], tmp_path: Path) -> None:
    four, street = chain
    period = parse_period(PERIOD)

    # 1. v1: signed, exported, imported at the street: 待街道审核, nobody decided
    v1 = sign_return(four.via, PERIOD)
    to_street(four, street)
    waiting = [item for item in street_returns(street.store) if item.return_id == v1]
    assert waiting and waiting[0].street_status == "" and waiting[0].street_decided_by == ""
    assert receipt(street, v1).status == ""  # and never the city's decision
    assert street_states(street)[STREET_OFFICE] == "待街道审核"
    assert city_states(four) == {STREET_OFFICE: "未报", DIRECT_OFFICE: "未报"}  # nothing reached the city yet

    # the street comments on one figure and sends the return back
    street_comment(
        street.store, STREET_OFFICE, period, text=FIGURE_COMMENT, written_by=STREET_REVIEWER, figure_key=FIGURE
    )
    street_decide(
        street.store, four.street, v1, ReturnState.RETURNED, reason="请按意见更正后重报", decided_by=STREET_REVIEWER
    )
    street_receipt(four, street, tmp_path / "receipt1")
    assert street_states(street)[STREET_OFFICE] == "街道退回"
    assert latest(four.via).state == ReturnState.RETURNED.value
    at_office = receipt(four.via, v1)
    assert at_office.street_status == ReturnState.RETURNED.value and at_office.street_decided_by == STREET_REVIEWER
    with four.via.store.session() as session:
        comments = session.exec(select(ReviewComment).where(ReviewComment.return_id == v1)).all()
    assert [(c.text, c.level, c.figure_key) for c in comments] == [(FIGURE_COMMENT, "街道", FIGURE)]

    # 2. v2: the office corrects a record and signs again; the return answers the comment
    with four.via.store.session(four.via.actor()) as session:
        activity = session.exec(select(Activity).order_by(col(Activity.held_on))).all()[1]
        activity.held_on = date(2026, 1, 16)
        assert save_record(session, activity, reason="按街道意见更正活动日期", today=date(2026, 12, 7)).saved
    v2 = sign_return(four.via, PERIOD, "按街道审核意见更正活动日期")
    snapshot = latest(four.via)
    assert snapshot.id == v2 and snapshot.return_version == 2
    assert FIGURE_COMMENT in snapshot.changes_json  # the answers travel with the return
    pdf_text = subprocess.run(
        ["pdftotext", str(four.via.folder / snapshot.pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "对审核意见的答复" in pdf_text and FIGURE_COMMENT.replace(" ", "") in pdf_text.replace(" ", "")

    to_street(four, street)
    street_decide(
        street.store, four.street, v2, ReturnState.RECEIVED, decided_by=STREET_REVIEWER, passphrase=STREET_PASSPHRASE
    )
    countersigned = street_pdf(street, v2, tmp_path / "countersigned")
    assert pdfsig_valid_signatures(countersigned) == 2
    root = four.city.ca_certificate().public_bytes(Encoding.DER)
    verified = verify_pdf(countersigned.read_bytes(), trust=[root])  # pyHanko, against the city's root
    assert verified.status == "valid", verified.reason
    assert [(item.level, item.code, item.trusted) for item in verified.signers] == [
        ("社区", STREET_OFFICE, True),
        ("街道", STREET_CODE, True),
    ]
    code, out, err = shequ("--data-dir", str(four.via.folder), "verify", str(countersigned), "--json")
    assert code == 0, err
    assert [item["level"] for item in json.loads(out)["signers"]] == ["社区", "街道"]

    forward(four, street, tmp_path / "forward1")
    at_city = receipt(four.hub, v2)
    assert at_city.street_status == ReturnState.RECEIVED.value and at_city.street_code == STREET_CODE
    assert at_city.status == ""  # 待市审核: the city's own decision is a person's
    assert city_states(four)[STREET_OFFICE] == "待市审核"
    with four.hub.store.session() as session:  # the city's reviewer looks at the countersigned PDF
        shown = reviewed_pdf(four.hub.folder, session.get(ReturnSnapshot, v2), at_city, source=four.hub.store)
    assert shown == countersigned.read_bytes()
    assert [item.level for item in verify_pdf(shown, trust=[root]).signers] == ["社区", "街道"]
    decide_return(four.hub.store, v2, ReturnState.RECEIVED, decided_by=CITY_REVIEWER)
    assert city_states(four)[STREET_OFFICE] == "已通过"

    # 3. receipts at both levels; the period is locked
    four.take(four.via, four.ack(four.via))
    street_receipt(four, street, tmp_path / "receipt2")
    final = receipt(four.via, v2)
    assert (final.status, final.decided_by) == (ReturnState.RECEIVED.value, CITY_REVIEWER)
    assert (final.street_status, final.street_decided_by) == (ReturnState.RECEIVED.value, STREET_REVIEWER)
    assert latest(four.via).state == ReturnState.RECEIVED.value
    assert city_states(four)[STREET_OFFICE] == "已锁定"

    from db.exchange.data_errors import PeriodLocked

    with four.via.store.session(four.via.actor()) as session, pytest.raises(PeriodLocked):
        activity = session.exec(select(Activity).order_by(col(Activity.held_on))).all()[0]
        activity.title = "锁定后想改的标题"
        save_record(session, activity, reason="想改", today=date(2026, 12, 7))
    with four.via.store.session(four.via.actor()) as session, pytest.raises(PeriodLocked):
        save_record(
            session,
            Activity(held_on=date(2026, 5, 1), title="锁定后补录", activity_kind="convenience", participants=3),
            reason="补录",
            today=date(2026, 12, 7),
        )

    # the unlock request travels up; the city grants it; the office corrects (第 3 版) through the chain
    request = request_unlock(four.via.store, PERIOD, reason="漏报一次活动，需要补录", requested_by=ADMIN)
    city_copy = to_street(four, street)  # the street sees the request too; the city reads its copy
    assert table_rows(street, "SELECT requested_by FROM unlock_request WHERE id = ?", (request.id,)) == [(ADMIN,)]
    import_bundle(four.hub.store, city_copy, city=four.city, passphrase=CITY_PASSPHRASE)
    assert table_rows(four.hub, "SELECT reason FROM unlock_request WHERE id = ?", (request.id,)) == [
        ("漏报一次活动，需要补录",)
    ]
    grant_unlock(four.hub.store, request.id, granted_by=CITY_REVIEWER)
    assert city_states(four)[STREET_OFFICE] == "已解锁"
    four.take(four.via, four.ack(four.via))
    with four.via.store.session(four.via.actor()) as session:
        late = Activity(held_on=date(2026, 5, 1), title="补录的五月活动", activity_kind="convenience", participants=9)
        assert save_record(session, late, reason="经市级同意解锁后补录", today=date(2026, 12, 7)).saved
    v3 = sign_return(four.via, PERIOD, "经市级同意解锁，补录五月活动")
    assert latest(four.via).return_version == 3
    to_street(four, street)
    street_decide(
        street.store, four.street, v3, ReturnState.RECEIVED, decided_by=STREET_REVIEWER, passphrase=STREET_PASSPHRASE
    )
    forward(four, street, tmp_path / "forward2")
    assert city_states(four)[STREET_OFFICE] == "待市审核"
    decide_return(four.hub.store, v3, ReturnState.RECEIVED, decided_by=CITY_REVIEWER)
    four.take(four.via, four.ack(four.via))
    assert latest(four.via).state == ReturnState.RECEIVED.value
    with four.via.store.session(four.via.actor()) as session, pytest.raises(PeriodLocked):
        save_record(
            session,
            Activity(held_on=date(2026, 6, 1), title="又一次补录", activity_kind="convenience", participants=3),
            reason="补录",
            today=date(2026, 12, 7),
        )

    # 4. the office that reports straight to the city: export, import, 待审核, a person's 通过, locked
    direct_return = sign_return(four.direct, PERIOD)
    written = export_bundle(four.direct.store, four.direct.keys, OFFICE_PASSPHRASE, four.stick)
    assert written.street_path is None
    import_bundle(four.hub.store, written.path, city=four.city, passphrase=CITY_PASSPHRASE)
    assert receipt(four.hub, direct_return).status == ""
    decide_return(four.hub.store, direct_return, ReturnState.RECEIVED, decided_by=CITY_REVIEWER)
    four.take(four.direct, four.ack(four.direct))
    assert latest(four.direct).state == ReturnState.RECEIVED.value
    assert receipt(four.direct, direct_return).street_status == ""

    # 5. personal data never above the office
    for site in (street, four.hub):
        stored = db_text(site)
        for personal in (RESIDENT_ID, RESIDENT_PHONE, RESIDENT_ADDRESS, STAFF_ID, MEMBER_ID):
            assert personal not in stored
    assert DIRECT_OFFICE not in {item.office_code for item in street_returns(street.store)}
