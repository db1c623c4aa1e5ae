"""The street's review (街道审核): what it keeps of each office's bundle, its decisions with a
countersignature on the office's return, its comments, forwarding to the city, and the city's import
of what the street forwarded. Four real installations (city, street, two offices), real keys, real
PDFs checked with ``pdfsig`` and pyHanko; nothing mocked."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from db.enums import ReturnState
from db.exchange.acks import CommentNeeded, DeciderNeeded, decide_return
from db.exchange.bundle import export_bundle, import_bundle
from db.exchange.data_errors import ExportFailed
from db.exchange.errors import UntrustedSigner
from db.exchange.street import StreetNotRegistered, StreetPassphraseWrong, route
from db.exchange.street_forward import ForwardRefused, ForwardReturnMissing, StreetForwardImported
from db.exchange.street_import import import_street_copy
from db.exchange.street_review import (
    STREET_LEVEL,
    ForwardTargetTaken,
    StreetAlreadyForwarded,
    StreetCannotCountersign,
    StreetPassphraseNeeded,
    StreetReturnNotHere,
    export_street_forward,
    forward_folder,
    office_certificate,
    office_certificate_path,
    street_comment,
    street_decide,
    street_returns,
)
from db.periods import parse_period
from db.returns.countersign import countersign_pdf
from db.returns.verify import VALID, verify_pdf
from tests.support.cli import shequ
from tests.support.exchange_sites import OFFICE_PASSPHRASE, Site, dump, table_rows
from tests.support.exchange_world import CITY_PASSPHRASE
from tests.support.stored_files import damage_stored, stored, written_out
from tests.support.street_review_world import (
    PERIOD,
    Arrived,
    forward_document,
    reseal,
    return_at_street,
    revoke_street,
    street_identity,
)
from tests.support.street_world import (
    STREET_CODE,
    STREET_OFFICE,
    STREET_PASSPHRASE,
    Four,
    add_activity,
    build_four,
    routed,
    street_site,
)


@pytest.fixture
def four(tmp_path: Path) -> Iterator[Four]:
    world = build_four(tmp_path)
    yield world
    world.close()


@pytest.fixture
def at_street(four: Four) -> Iterator[Site]:
    routed(four)
    site = street_site(four)
    yield site
    site.close()


# --- what the street keeps at its import ----------------------------------------------------------------


def test_the_street_keeps_the_city_copy_untouched_and_the_offices_certificate(four: Four, at_street: Site) -> None:
    first = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
    assert first.street_path is not None
    assert office_certificate(four.street, STREET_OFFICE) is None
    import_street_copy(at_street.store, four.street, first.street_path, STREET_PASSPHRASE)
    kept = forward_folder(four.street) / first.path.name
    assert kept.read_bytes() == first.path.read_bytes()
    certificate = office_certificate(four.street, STREET_OFFICE)
    assert isinstance(certificate, x509.Certificate)
    assert certificate == four.via.keys.certificate()

    # again: nothing changes; a kept file lost (a crash after the commit) comes back on re-import
    stamp = office_certificate_path(four.street, STREET_OFFICE).stat().st_mtime_ns
    assert import_street_copy(at_street.store, four.street, first.street_path, STREET_PASSPHRASE).already_imported
    assert office_certificate_path(four.street, STREET_OFFICE).stat().st_mtime_ns == stamp
    kept.unlink()
    assert import_street_copy(at_street.store, four.street, first.street_path, STREET_PASSPHRASE).already_imported
    assert kept.read_bytes() == first.path.read_bytes()

    add_activity(four.via, "第二号里的活动")
    second = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
    assert second.street_path is not None
    import_street_copy(at_street.store, four.street, second.street_path, STREET_PASSPHRASE)
    assert sorted(path.name for path in forward_folder(four.street).iterdir()) == sorted(
        [first.path.name, second.path.name]
    )


# --- helpers --------------------------------------------------------------------------------------


def files_under(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def office_pdf_sha(site: Site, return_id: str) -> str:
    """The SHA-256 of the office's PDF of the return (its snapshot's ``pdf_sha256``)."""
    (row,) = table_rows(site, "SELECT pdf_sha256 FROM return_snapshot WHERE id = ?", (return_id,))
    return str(row[0])


def office_pdf(site: Site, return_id: str) -> bytes:
    """The office's PDF of the return as ``site`` keeps it (in its database)."""
    return stored(site.store, office_pdf_sha(site, return_id))


def countersigned_at(site: Site, return_id: str) -> bytes:
    """The countersigned PDF ``site`` keeps for the return (in its database, by the receipt's digest)."""
    return stored(site.store, str(receipt(site, return_id)["countersigned_sha256"]))


def receipt(site: Site, return_id: str) -> dict[str, Any]:
    names = (
        "status", "decided_by", "street_code", "street_status", "street_reason", "street_decided_by",
        "street_decided_at", "countersigned_sha256",
    )  # fmt: skip
    (row,) = table_rows(site, f"SELECT {', '.join(names)} FROM return_receipt WHERE return_id = ?", (return_id,))
    return dict(zip(names, row, strict=True))


def pyhanko_bottom_lines(pdf: bytes, root: x509.Certificate) -> list[tuple[bool, bool]]:
    """Each signature's (bottom_line, intact) as pyHanko judges it against the city root, offline."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    anchor = asn1_x509.Certificate.load(root.public_bytes(Encoding.DER))
    answers = []
    for embedded in PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures:
        context = ValidationContext(trust_roots=[anchor], allow_fetching=False, revocation_mode="soft-fail")
        status = validate_pdf_signature(embedded, signer_validation_context=context)
        answers.append((bool(status.bottom_line), bool(status.intact)))
    return answers


@pytest.fixture
def arrived(four: Four, at_street: Site) -> Arrived:
    return return_at_street(four, at_street)


# --- the street decides -----------------------------------------------------------------------------


def test_passing_countersigns_the_offices_pdf_with_a_second_valid_signature(
    tmp_path: Path, four: Four, at_street: Site, arrived: Arrived
) -> None:
    before = office_pdf(at_street, arrived.return_id)
    street_decide(
        at_street.store, four.street, arrived.return_id, ReturnState.RECEIVED,
        decided_by="王街道", passphrase=STREET_PASSPHRASE,
    )  # fmt: skip
    assert office_pdf(at_street, arrived.return_id) == before  # the office's PDF is kept as it was
    assert not list(four.street.data_dir.rglob("*.pdf"))  # both kept in the database, no file beside it
    signed = countersigned_at(at_street, arrived.return_id)
    countersigned = tmp_path / "countersigned.pdf"
    countersigned.write_bytes(signed)
    assert signed.startswith(before) and len(signed) > len(before)  # an incremental update
    stored = receipt(at_street, arrived.return_id)
    assert stored["street_status"] == "received" and stored["street_decided_by"] == "王街道"
    assert stored["street_code"] == STREET_CODE and stored["status"] == ""  # the city's column untouched
    assert stored["countersigned_sha256"] == hashlib.sha256(signed).hexdigest()

    # poppler: two signatures, both valid, the second covering the whole file
    pdfsig = shutil.which("pdfsig")
    assert pdfsig is not None, "poppler-utils (pdfsig) is needed"
    report = subprocess.run([pdfsig, str(countersigned)], capture_output=True, text=True, check=True).stdout
    assert report.count("Signature Validation: Signature is Valid.") == 2
    assert "Signature #2" in report and "Signature #3" not in report
    assert f"Street-{STREET_CODE}" in report and "businessCategory=shequ-street" in report
    assert report.rstrip().count("Total document signed") == 1

    # pyHanko against the city root: both signatures hold (bottom line and intact)
    city = four.street.city()
    assert city is not None
    assert pyhanko_bottom_lines(signed, city.ca_certificate) == [(True, True), (True, True)]
    checked = verify_pdf(signed, [city.ca_certificate.public_bytes(Encoding.DER)])
    assert checked.status == VALID, checked.reason
    assert [signer.level for signer in checked.signers] == ["社区", "街道"]
    assert checked.signer_office_code == STREET_OFFICE  # the return stays the office's

    listed = {item.return_id: item for item in street_returns(at_street.store)}[arrived.return_id]
    assert listed.street_status == "received" and listed.countersigned and not listed.forwarded
    assert listed.office_name == "团结社区" and listed.period_code == PERIOD


def test_returning_and_problem_need_a_reason_and_replace_an_earlier_pass(
    four: Four, at_street: Site, arrived: Arrived
) -> None:
    street_decide(
        at_street.store, four.street, arrived.return_id, ReturnState.RECEIVED,
        decided_by="王街道", passphrase=STREET_PASSPHRASE,
    )  # fmt: skip
    assert countersigned_at(at_street, arrived.return_id).startswith(b"%PDF")
    before = dump(at_street)
    for status in (ReturnState.RETURNED, ReturnState.PROBLEM):
        with pytest.raises(CommentNeeded):
            street_decide(at_street.store, four.street, arrived.return_id, status, reason="  ", decided_by="王街道")
    assert dump(at_street) == before
    street_decide(
        at_street.store, four.street, arrived.return_id, ReturnState.RETURNED,
        reason="活动台账第 3 条日期有误", decided_by="李街道",
    )  # fmt: skip
    stored = receipt(at_street, arrived.return_id)
    assert (stored["street_status"], stored["street_reason"], stored["street_decided_by"]) == (
        "returned", "活动台账第 3 条日期有误", "李街道",
    )  # fmt: skip
    assert stored["countersigned_sha256"] == ""  # the pass no longer stands
    street_decide(
        at_street.store, four.street, arrived.return_id, ReturnState.PROBLEM,
        reason="经费来源待核实", decided_by="李街道",
    )  # fmt: skip
    assert receipt(at_street, arrived.return_id)["street_status"] == "problem"


def test_refusals_write_nothing(four: Four, at_street: Site, arrived: Arrived) -> None:
    before, files = dump(at_street), files_under(four.street.data_dir / "returns")

    def unchanged() -> None:
        assert dump(at_street) == before
        assert files_under(four.street.data_dir / "returns") == files

    with pytest.raises(StreetReturnNotHere):
        street_decide(at_street.store, four.street, "no-such-return", ReturnState.RETURNED, reason="x", decided_by="王")
    with pytest.raises(DeciderNeeded):
        street_decide(
            at_street.store, four.street, arrived.return_id, ReturnState.RECEIVED,
            decided_by=" ", passphrase=STREET_PASSPHRASE,
        )  # fmt: skip
    with pytest.raises(StreetPassphraseNeeded):
        street_decide(at_street.store, four.street, arrived.return_id, ReturnState.RECEIVED, decided_by="王街道")
    with pytest.raises(StreetPassphraseWrong):
        street_decide(
            at_street.store, four.street, arrived.return_id, ReturnState.RECEIVED,
            decided_by="王街道", passphrase="不是街道的口令-2026",
        )  # fmt: skip
    unchanged()
    assert "口令" in str(StreetPassphraseWrong()) and "\n" not in str(StreetPassphraseNeeded())

    # a stored PDF that no longer matches what the office signed is never countersigned
    sha = office_pdf_sha(at_street, arrived.return_id)
    good = office_pdf(at_street, arrived.return_id)
    damage_stored(at_street.store, sha, good.replace(b"%%EOF", b"%%EOF\n%", 1))
    with pytest.raises(StreetCannotCountersign) as refused:
        street_decide(
            at_street.store, four.street, arrived.return_id, ReturnState.RECEIVED,
            decided_by="王街道", passphrase=STREET_PASSPHRASE,
        )  # fmt: skip
    assert "\n" not in str(refused.value) and "退回" in str(refused.value)
    assert receipt(at_street, arrived.return_id)["countersigned_sha256"] == ""
    damage_stored(at_street.store, sha, good)
    unchanged()


# --- comments ---------------------------------------------------------------------------------------


def test_a_street_comment_is_level_street(four: Four, at_street: Site, arrived: Arrived) -> None:
    made = street_comment(
        at_street.store, STREET_OFFICE, parse_period(PERIOD),
        text="活动次数请再核对", written_by="王街道", figure_key="service.activities",
    )  # fmt: skip
    assert made.level == STREET_LEVEL == "街道" and made.return_id == arrived.return_id
    rows = table_rows(at_street, "SELECT level, written_by FROM review_comment WHERE id = ?", (made.id,))
    assert rows == [("街道", "王街道")]


# --- forwarding and the city's import -------------------------------------------------------------


def test_forward_and_the_citys_import(tmp_path: Path, four: Four, at_street: Site, arrived: Arrived) -> None:
    street_decide(
        at_street.store, four.street, arrived.return_id, ReturnState.RECEIVED,
        decided_by="王街道", passphrase=STREET_PASSPHRASE,
    )  # fmt: skip
    comment = street_comment(
        at_street.store, STREET_OFFICE, parse_period(PERIOD),
        text="活动次数请再核对", written_by="王街道", figure_key="service.activities",
    )  # fmt: skip
    out = tmp_path / "to-city"
    out.mkdir()
    result = export_street_forward(at_street.store, four.street, STREET_PASSPHRASE, out)
    assert result.path is not None and result.path.name == f"street-{STREET_CODE}-city-0001.shequ"
    assert (result.decisions, result.countersigned, result.comments) == (1, 1, 1)
    # the office's city copy, forwarded byte for byte
    assert [path.name for path in result.copies] == [arrived.bundle.path.name]
    assert (out / arrived.bundle.path.name).read_bytes() == arrived.bundle.path.read_bytes()
    header, document = forward_document(four, result.path)
    assert header["kind"] == "street-to-city" and header["from"] == STREET_CODE and header["seq"] == 1
    assert document["decisions"][0]["return_id"] == arrived.return_id
    assert {item.return_id: item.forwarded for item in street_returns(at_street.store)} == {arrived.return_id: True}

    # forwarded: no later decision, nothing left to forward
    with pytest.raises(StreetAlreadyForwarded):
        street_decide(
            at_street.store, four.street, arrived.return_id, ReturnState.RETURNED, reason="晚了", decided_by="王"
        )
    again = export_street_forward(at_street.store, four.street, STREET_PASSPHRASE, out)
    assert again.path is None and "没有需要转报" in again.message()

    # at the city (which already holds the office's return): the street's columns, the countersigned PDF
    imported = import_bundle(four.hub.store, result.path, city=four.city, passphrase=CITY_PASSPHRASE)
    assert isinstance(imported, StreetForwardImported) and not imported.already_imported
    assert imported.decisions == 1 and imported.countersigned == 1 and imported.comments_added == 1
    assert "市级仍需逐份审核" in imported.message()
    stored = receipt(four.hub, arrived.return_id)
    assert stored["street_status"] == "received" and stored["street_code"] == STREET_CODE
    assert stored["status"] == "" and stored["decided_by"] == ""  # the city decides itself
    at_city = countersigned_at(four.hub, arrived.return_id)  # in the city's database
    assert at_city == countersigned_at(at_street, arrived.return_id)
    assert stored["countersigned_sha256"] == hashlib.sha256(at_city).hexdigest()
    assert not list((four.hub.folder / "returns").rglob(f"*.street-{STREET_CODE}.pdf"))
    assert table_rows(four.hub, "SELECT level, text FROM review_comment WHERE id = ?", (comment.id,)) == [
        ("街道", "活动次数请再核对")
    ]
    # the same file again changes nothing
    before, files = dump(four.hub), files_under(four.hub.folder / "returns")
    assert import_bundle(four.hub.store, result.path, city=four.city, passphrase=CITY_PASSPHRASE).already_imported
    assert dump(four.hub) == before and files_under(four.hub.folder / "returns") == files

    # the city's own decision stays its own, and a later forward never touches it
    decide_return(four.hub.store, arrived.return_id, ReturnState.RECEIVED, decided_by="市审核员")
    assert receipt(four.hub, arrived.return_id)["status"] == "received"


def test_the_city_needs_the_offices_return_first(tmp_path: Path, four: Four, at_street: Site) -> None:
    arrived = return_at_street(four, at_street, to_city=False)
    street_decide(
        at_street.store, four.street, arrived.return_id, ReturnState.RETURNED,
        reason="请补充说明", decided_by="王街道",
    )  # fmt: skip
    out = tmp_path / "to-city"
    out.mkdir()
    result = export_street_forward(at_street.store, four.street, STREET_PASSPHRASE, out)
    assert result.path is not None
    before = dump(four.hub)
    with pytest.raises(ForwardReturnMissing) as refused:
        import_bundle(four.hub.store, result.path, city=four.city, passphrase=CITY_PASSPHRASE)
    assert "请先导入该社区的数据文件" in str(refused.value) and "\n" not in str(refused.value)
    assert dump(four.hub) == before
    # the office's file (forwarded beside it) first, then the street's
    import_bundle(four.hub.store, out / arrived.bundle.path.name, city=four.city, passphrase=CITY_PASSPHRASE)
    import_bundle(four.hub.store, result.path, city=four.city, passphrase=CITY_PASSPHRASE)
    stored = receipt(four.hub, arrived.return_id)
    assert (stored["street_status"], stored["street_reason"], stored["countersigned_sha256"]) == (
        "returned", "请补充说明", "",
    )  # fmt: skip


# --- what the city refuses, writing nothing ----------------------------------------------------------


@pytest.fixture
def forwarded(tmp_path: Path, four: Four, at_street: Site, arrived: Arrived) -> Path:
    """The street passed the return and wrote its forward file (the city holds the office's return)."""
    street_decide(
        at_street.store, four.street, arrived.return_id, ReturnState.RECEIVED,
        decided_by="王街道", passphrase=STREET_PASSPHRASE,
    )  # fmt: skip
    out = tmp_path / "to-city"
    out.mkdir()
    result = export_street_forward(at_street.store, four.street, STREET_PASSPHRASE, out)
    assert result.path is not None
    return result.path


def refused_untouched(four: Four, path: Path, error: type[Exception]) -> str:
    before, files = dump(four.hub), files_under(four.hub.folder / "returns")
    with pytest.raises(error) as refused:
        import_bundle(four.hub.store, path, city=four.city, passphrase=CITY_PASSPHRASE)
    assert dump(four.hub) == before and files_under(four.hub.folder / "returns") == files
    assert "\n" not in str(refused.value)
    return str(refused.value)


def test_a_countersigned_pdf_that_is_not_the_offices_is_refused(
    tmp_path: Path, four: Four, at_street: Site, arrived: Arrived, forwarded: Path
) -> None:
    signed = countersigned_at(at_street, arrived.return_id)
    city = four.street.city()
    assert city is not None
    identity = street_identity(four)

    def swap(pdf: bytes) -> Any:
        def change(document: dict[str, Any]) -> None:
            import base64

            document["pdfs"][arrived.return_id] = base64.b64encode(pdf).decode()
            document["decisions"][0]["countersigned_sha256"] = hashlib.sha256(pdf).hexdigest()

        return change

    # its first part differs from the PDF the office signed (one byte of the office's part changed)
    at = signed.index(b"/Producer") if b"/Producer" in signed else 200
    altered = signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1 :]
    forged = reseal(four, forwarded, tmp_path / "a", swap(altered))
    assert "不是社区签署的原件" in refused_untouched(four, forged, ForwardRefused)

    # the office's PDF countersigned twice: not exactly one more signature
    twice = countersign_pdf(signed, identity.key, identity.certificate, identity.chain, name="王街道")
    forged = reseal(four, forwarded, tmp_path / "b", swap(twice))
    assert "恰好多了一个签名" in refused_untouched(four, forged, ForwardRefused)

    # countersigned by the office's own key instead of the street's
    office = four.via.keys.load(OFFICE_PASSPHRASE)
    original = office_pdf(at_street, arrived.return_id)
    by_office = countersign_pdf(original, office.key, office.certificate, office.chain, name="x")
    forged = reseal(four, forwarded, tmp_path / "c", swap(by_office))
    assert "不是本街道的证书" in refused_untouched(four, forged, ForwardRefused)

    # the genuine file still goes in afterwards
    assert not import_bundle(four.hub.store, forwarded, city=four.city, passphrase=CITY_PASSPHRASE).already_imported


def test_a_forward_signed_by_an_office_is_refused(tmp_path: Path, four: Four, forwarded: Path) -> None:
    office = four.via.keys.load(OFFICE_PASSPHRASE)
    forged = reseal(four, forwarded, tmp_path / "a", lambda document: None, identity=office)
    refused_untouched(four, forged, UntrustedSigner)
    # claiming to come from the office itself: not a street the city registered
    header, _document = forward_document(four, forwarded)
    fields = {**header, "from": STREET_OFFICE}
    forged = reseal(four, forwarded, tmp_path / "b", lambda document: None, identity=office, header=fields)
    refused_untouched(four, forged, StreetNotRegistered)


def test_a_forward_of_a_revoked_street_is_refused(four: Four, forwarded: Path) -> None:
    revoke_street(four)
    refused_untouched(four, forwarded, StreetNotRegistered)


def test_a_decision_on_an_office_not_routed_there_is_refused(four: Four, forwarded: Path) -> None:
    route(four.city, STREET_OFFICE, None, CITY_PASSPHRASE)  # the city moved the office: straight to the city
    assert "不是经本街道报送的" in refused_untouched(four, forwarded, ForwardRefused)


def test_a_replayed_or_reused_forward_changes_nothing(
    tmp_path: Path, four: Four, at_street: Site, arrived: Arrived, forwarded: Path
) -> None:
    import_bundle(four.hub.store, forwarded, city=four.city, passphrase=CITY_PASSPHRASE)
    street_comment(
        at_street.store, STREET_OFFICE, parse_period(PERIOD),
        text="请补充活动照片", written_by="王街道", figure_key="service.activities",
    )  # fmt: skip
    out = tmp_path / "second"
    out.mkdir()
    second = export_street_forward(at_street.store, four.street, STREET_PASSPHRASE, out)
    assert second.path is not None and second.seq == 2 and second.decisions == 0 and second.comments == 1
    import_bundle(four.hub.store, second.path, city=four.city, passphrase=CITY_PASSPHRASE)
    before = dump(four.hub)
    assert import_bundle(four.hub.store, forwarded, city=four.city, passphrase=CITY_PASSPHRASE).already_imported
    assert dump(four.hub) == before
    # the same number with other content (an older decision re-signed): refused
    forged = reseal(four, forwarded, tmp_path / "older", lambda document: document["decisions"].clear())
    assert "内容不同" in refused_untouched(four, forged, ForwardRefused)


# --- the command line ---------------------------------------------------------------------------------


def test_the_street_review_commands(tmp_path: Path, four: Four, at_street: Site, arrived: Arrived) -> None:
    import json

    at_street.close()  # the commands open the street's database themselves
    street_dir, passes = str(four.street.data_dir), tmp_path / "street-pass.txt"
    passes.write_text(STREET_PASSPHRASE + "\n", encoding="utf-8")
    code, out, err = shequ("--data-dir", street_dir, "street", "returns", "--json")
    assert code == 0, err
    (listed,) = json.loads(out)
    assert listed["return_id"] == arrived.return_id and listed["street_status"] == ""
    code, out, err = shequ("--data-dir", street_dir, "street", "decide", arrived.return_id, "--return", "--by", "王")
    assert code == 2 and "原因" in err and "\n" not in err.strip()
    code, out, err = shequ(
        "--data-dir", street_dir, "street", "decide", arrived.return_id, "--pass", "--by", "王街道",
        "--passphrase-file", str(passes),
    )  # fmt: skip
    assert code == 0, err
    assert "会签" in out
    code, out, err = shequ(
        "--data-dir", street_dir, "street", "comment", "--office", STREET_OFFICE, "--period", PERIOD,
        "--figure", "service.activities", "--text", "请再核对", "--by", "王街道",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = shequ("--data-dir", street_dir, "street", "returns")
    assert code == 0 and "街道已通过" in out and "已会签" in out
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = shequ(
        "--data-dir", street_dir, "street", "forward", "--out", str(stick), "--passphrase-file", str(passes)
    )
    assert code == 0, err
    forward = stick / f"street-{STREET_CODE}-city-0001.shequ"
    assert forward.is_file() and (stick / arrived.bundle.path.name).is_file()
    four.hub.close()  # the city's commands open its database
    city_pass = tmp_path / "city-pass.txt"
    city_pass.write_text(CITY_PASSPHRASE + "\n", encoding="utf-8")
    code, out, err = shequ(
        "--data-dir", str(four.hub.folder), "import", str(forward), "--passphrase-file", str(city_pass)
    )
    assert code == 0, err
    assert "街道审核意见 1 份" in out
    from db.citydb import open_city_engine
    from db.exchange.rawdb import exchange_connection

    engine = open_city_engine(four.hub.folder)  # the city's database, wherever it is
    try:
        with exchange_connection(engine) as conn:
            sha = conn.scalar(
                "SELECT countersigned_sha256 FROM return_receipt WHERE return_id = ?", (arrived.return_id,)
            )
        countersigned = written_out(engine, str(sha), tmp_path / "out", "countersigned.pdf")
    finally:
        engine.dispose()
    code, out, err = shequ("--data-dir", str(four.via.folder), "verify", str(countersigned))
    assert code == 0, err
    assert "签名 1（社区）" in out and "签名 2（街道）：王街道" in out


def test_a_forward_that_cannot_be_written_records_nothing(
    tmp_path: Path, four: Four, at_street: Site, arrived: Arrived
) -> None:
    street_decide(
        at_street.store, four.street, arrived.return_id, ReturnState.RETURNED, reason="请补充", decided_by="王街道"
    )
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / arrived.bundle.path.name).write_bytes(b"another file under the city copy's name")
    before = dump(at_street)
    with pytest.raises(ForwardTargetTaken) as refused:
        export_street_forward(at_street.store, four.street, STREET_PASSPHRASE, stick)
    assert "\n" not in str(refused.value)
    assert dump(at_street) == before
    assert sorted(path.name for path in stick.iterdir()) == [arrived.bundle.path.name]  # nothing else written
    with pytest.raises(ExportFailed):  # no such folder
        export_street_forward(at_street.store, four.street, STREET_PASSPHRASE, tmp_path / "missing")
    with pytest.raises(StreetPassphraseWrong):
        export_street_forward(at_street.store, four.street, "不是街道的口令-2026", tmp_path)
    assert dump(at_street) == before
    (stick / arrived.bundle.path.name).unlink()
    written = export_street_forward(at_street.store, four.street, STREET_PASSPHRASE, stick)
    assert written.path is not None and written.decisions == 1 and written.seq == 1  # the number was not used up
