"""Returns: real PDFs made from hand-made ledgers, read back, rendered, signed and verified."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pypdf import PdfReader, PdfWriter
from sqlmodel import col, select

from db.compliance import evaluate
from db.enums import ReturnState
from db.models import Funding, Pairing, ReturnRecord, ReturnSnapshot, Staff, Visit
from db.periods import parse_period
from db.returns.compose import format_number, parse_payload
from db.returns.errors import MissingExplanations, ReturnBlocked, SignedReturnFrozen, WrongPassphrase
from db.returns.fonts import font_path, to_unicode_cmap
from db.returns.make import ReturnRequest, make_return
from db.returns.sign import KeyStore
from db.returns.snapshot import signed_returns_covering, snapshot_pdf
from db.returns.verify import TAMPERED, UNSIGNED, UNTRUSTED, VALID, verify_pdf
from db.store import Store
from tests.support.cli import shequ
from tests.support.returns import (
    CODE,
    EXPLAIN,
    HEAD,
    LONG_TITLE,
    NOW,
    PASSPHRASE,
    RARE,
    build_office,
    install_issued_certificate,
    make_ca,
    make_draft,
    returns_actor,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")


@pytest.fixture
def office(store: Store) -> Store:
    build_office(store)
    return store


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def _figure_cells(pdf: bytes) -> dict[str, list[str]]:
    """The pillar tables' rows by figure label (first pages), cells with line breaks removed."""
    rows: dict[str, list[str]] = {}
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for index, page in enumerate(document.pages[:3]):
            if index == 0:  # below the header: the QR code's squares would be taken for table lines
                page = page.crop((0, 130, page.width, page.height))  # noqa: PLW2901
            for table in page.extract_tables():
                for row in table:
                    cells = [(cell or "").replace("\n", "") for cell in row]
                    if len(cells) == 6 and cells[0] and cells[0] != "指标":
                        rows[cells[0]] = cells
    return rows


# ---------------------------------------------------------------------------------------
# Composition


@pytest.mark.parametrize("period", ["2026-07", "2026Q3", "2026H1", "2026"])
def test_every_figure_in_the_pdf_equals_the_database(office: Store, period: str) -> None:
    pdf = make_draft(office, period)
    with office.session() as session:
        result = evaluate(session, parse_period(period), CODE)
    cells = _figure_cells(pdf)
    figures = [figure for pillar in result.pillars for figure in pillar.figures]
    assert len(figures) == 12
    for figure in figures:
        row = cells[figure.label]
        assert row[1] == format_number(figure.value, figure.unit), figure.label
        assert row[3] == figure.unit
        assert figure.status.label in row[4]
        if figure.standard is not None:
            assert format_number(figure.standard, figure.unit) in row[2]
        assert "".join(row[5].split()) == "".join(figure.reason.split())


def test_annexes_list_the_records_behind_the_figures(office: Store) -> None:
    pdf = make_draft(office, "2026")
    text = "\n".join(_text(pdf))
    with office.session() as session:
        result = evaluate(session, parse_period("2026"), CODE)
    assert f"社区工作者名册（{result.figure('people', 'staff').value} 条）" in text
    assert f"活动（{result.figure('service', 'activities').value} 条）" in text
    assert f"结对帮扶（{result.figure('service', 'pairings').value} 条）" in text
    assert f"帮扶记录（走访）（{result.figure('service', 'visits').value} 条）" in text
    assert f"结对共建单位（{result.figure('service', 'partner_units').value} 条）" in text
    assert "其中运营经费：41,234.56 元" in text  # office 40,000 + activity 1,234.56; pay is not operating
    assert "张伟" not in text  # left before 2026
    assert "新建活动中心" not in text  # under construction
    assert "王秀英" not in text and "王**" in text  # residents in need are masked


def test_header_pages_and_repeated_table_headers(office: Store) -> None:
    pdf = make_draft(office, "2026")
    pages = _text(pdf)
    total = len(pages)
    assert total >= 4
    first = pages[0]
    for text in ("号：巴组社统1表", "制表机关：中共巴彦淖尔市委组织部", "填报单位（盖章）：红柳湾社区",
                 f"单位代码：{CODE}", "报告期：2026年", "填报日期：2026年11月28日"):  # fmt: skip
        assert text in first, text
    for number, text in enumerate(pages, 1):
        assert f"第 {number} 页 共 {total} 页" in text
    activity_pages = [text for text in pages if "便民服务日" in text]
    assert len(activity_pages) >= 2  # the 70 activities run over a page break …
    assert all("序号" in text and "服务形式" in text for text in activity_pages)  # … and the header repeats
    joined = "".join(line.strip() for page in pages for line in page.splitlines())
    assert LONG_TITLE in joined  # the long title wraps inside its cell, whole
    signature_page = next(text for text in pages if "单位负责人" in text)
    for text in ("填表人：李娜", "联系电话", "盖章处", "电子签名", f"单位负责人：{HEAD}"):
        assert text in signature_page, text
    assert "孙立同志2026年2月刚到社区报到" in "".join(pages)  # the explanation is printed


def test_rare_characters_copy_out_right(office: Store, tmp_path: Path) -> None:
    pdf = make_draft(office, "2026")
    assert RARE in "".join(_text(pdf))  # pypdf
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    assert HEAD in out.decode("utf-8")  # poppler
    assert "\u20bb" not in out.decode("utf-8")


def test_to_unicode_cmap_writes_surrogate_pairs() -> None:
    cmap = to_unicode_cmap("F", [0x41, 0x20BB7])
    assert "<00> <0041>" in cmap and "<01> <D842DFB7>" in cmap


def test_pages_render_with_every_glyph_embedded(office: Store, tmp_path: Path) -> None:
    from fontTools.ttLib import TTFont

    path = tmp_path / "r.pdf"
    path.write_bytes(make_draft(office, "2026"))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    font_lines = fonts.splitlines()[2:]
    assert font_lines and all(" yes yes yes " in line for line in font_lines), fonts  # embedded, subset, ToUnicode
    render = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "page")], capture_output=True, text=True, check=False
    )
    assert render.returncode == 0 and render.stderr == "", render.stderr
    assert len(list(tmp_path.glob("page-*.png"))) == len(PdfReader(path).pages)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    cmap = TTFont(font_path(), lazy=True).getBestCmap()
    missing = {char for char in text.decode("utf-8") if not char.isspace() and ord(char) not in cmap}
    assert missing == set()  # no character fell back to .notdef


def test_qr_payload_is_in_the_metadata(office: Store) -> None:
    made = make_return(office, ReturnRequest(parse_period("2026"), explanations=EXPLAIN, now=NOW))
    keywords = PdfReader(io.BytesIO(made.pdf)).metadata["/Keywords"]
    assert parse_payload(keywords) == {
        "office_code": CODE,
        "period": "2026",
        "version": "1",
        "figures_sha256": made.figures_sha256,
    }


# ---------------------------------------------------------------------------------------
# Pre-flight


def test_missing_explanation_lists_the_warnings(office: Store) -> None:
    with pytest.raises(MissingExplanations) as caught:
        make_return(office, ReturnRequest(parse_period("2026"), now=NOW))
    assert "service.post_claims" in str(caught.value) and "党员认领岗位" in str(caught.value)


def test_blocking_errors_stop_the_return(office: Store) -> None:
    with office.transaction(returns_actor()) as s:
        s.add(Staff(name="错号", id_number="150802199001011234", start_date=date(2026, 1, 1)))
    with pytest.raises(ReturnBlocked) as caught:
        make_draft(office, "2026")
    assert "错号" in str(caught.value)


def test_an_explanation_may_cover_a_whole_rule(office: Store) -> None:
    with office.transaction(returns_actor()) as s:
        pairing = s.exec(select(Pairing)).one()
        for day in (12, 13):  # two visits of 30 hours: two warnings of one rule
            s.add(Visit(pairing_id=pairing.id, visited_on=date(2026, 5, day), content="陪护住院", hours=30))
    with pytest.raises(MissingExplanations) as caught:
        make_return(office, ReturnRequest(parse_period("2026"), explanations=EXPLAIN, now=NOW))
    assert [key.split("@")[0] for key, _ in caught.value.items] == ["hours.too_many", "hours.too_many"]
    explanations = {"hours.too_many": "住院陪护按实际天数累计登记。", **EXPLAIN}
    made = make_return(office, ReturnRequest(parse_period("2026"), explanations=explanations, now=NOW))
    assert "".join(_text(made.pdf)).count("住院陪护按实际天数累计登记。") == 2


# ---------------------------------------------------------------------------------------
# Signing, snapshots, corrections


def _sign(store: Store, period: str = "2026", reason: str = "") -> bytes:
    return make_draft(store, period, sign=True, passphrase=PASSPHRASE, correction_reason=reason)


def test_signed_return_is_valid_for_pdfsig_and_pyhanko(office: Store, tmp_path: Path) -> None:
    pdf = _sign(office)
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout
    assert "Signature is Valid." in out and "Total document signed" in out, out
    assert "自签名证书" in "".join(_text(pdf))  # the return says it is self-signed
    own = KeyStore(office.data_dir).certificate().public_bytes(serialization.Encoding.DER)
    result = verify_pdf(pdf, [own])
    assert result.status == VALID and result.exit_code == 0
    assert (result.office_code, result.period, result.version, result.signer) == (CODE, "2026", "1", HEAD)
    assert verify_pdf(pdf).status == UNTRUSTED  # no trust anchor
    assert verify_pdf(make_draft(office, "2026Q3")).status == UNSIGNED


def test_city_issued_certificate_is_trusted_only_through_its_ca(office: Store, tmp_path: Path) -> None:
    _sign(office)  # makes the key
    keys = KeyStore(office.data_dir)
    ca_key, ca_cert = make_ca("中共巴彦淖尔市委组织部 根证书")
    _, other_cert = make_ca("另一个机构")
    install_issued_certificate(keys, ca_key, ca_cert)
    assert not keys.is_self_signed()
    pdf = _sign(office, reason="改用市级证书签署")
    assert "市委组织部颁发的证书" in "".join(_text(pdf))
    ca_pem, other_pem = tmp_path / "ca.pem", tmp_path / "other.pem"
    ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    other_pem.write_bytes(other_cert.public_bytes(serialization.Encoding.PEM))
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(pdf)
    assert shequ("verify", str(signed), "--trust", str(ca_pem))[0] == 0
    assert shequ("verify", str(signed), "--trust", str(other_pem))[0] == 4

    # pyHanko's own judgement, directly
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    def bottom_line(anchor: x509.Certificate) -> bool:
        root = asn1_x509.Certificate.load(anchor.public_bytes(serialization.Encoding.DER))
        embedded = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
        context = ValidationContext(trust_roots=[root], allow_fetching=False, revocation_mode="soft-fail")
        return bool(validate_pdf_signature(embedded, signer_validation_context=context).bottom_line)

    assert bottom_line(ca_cert) is True
    assert bottom_line(other_cert) is False


def _tamper_cases(pdf: bytes) -> dict[str, bytes]:
    flipped = bytearray(pdf)
    flipped[len(pdf) // 3] ^= 0x01
    appended = io.BytesIO()
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    writer.add_metadata({"/Title": "改过的标题"})
    writer.write(appended)
    resaved = io.BytesIO()
    PdfWriter(clone_from=PdfReader(io.BytesIO(pdf))).write(resaved)
    return {"flipped": bytes(flipped), "appended": appended.getvalue(), "resaved": resaved.getvalue()}


def test_tampered_files_are_reported_by_shequ_verify(office: Store, tmp_path: Path) -> None:
    pdf = _sign(office)
    cert = tmp_path / "office.pem"
    shutil.copy(KeyStore(office.data_dir).cert_path, cert)
    original = tmp_path / "original.pdf"
    original.write_bytes(pdf)
    code, out, _ = shequ("verify", str(original), "--trust", str(cert))
    assert code == 0 and f"签名人：{HEAD}" in out and "红柳湾社区（150802001001）" in out and "报告期：2026" in out
    assert shequ("verify", str(original))[0] == 4  # no trust file and no city certificate installed
    for name, data in _tamper_cases(pdf).items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        code, out, _ = shequ("verify", str(path), "--trust", str(cert), "--json")
        payload = json.loads(out)
        assert (code, payload["status"]) == (3, TAMPERED), (name, payload)


def test_signed_return_is_an_immutable_snapshot(office: Store) -> None:
    pdf = _sign(office)
    with office.session(returns_actor()) as s:
        snapshot = s.exec(select(ReturnSnapshot)).one()
        assert snapshot.state == ReturnState.SIGNED and snapshot.signer == HEAD and snapshot.self_signed
        assert snapshot_pdf(office.data_dir, snapshot) == pdf
        figures = json.loads(snapshot.figures_json)
        assert [p["key"] for p in figures["pillars"]] == ["people", "money", "place", "service"]
        counted = s.exec(select(ReturnRecord).where(col(ReturnRecord.return_id) == snapshot.id)).all()
        assert len(counted) > 70
        snapshot.state = ReturnState.SENT.value  # where it is may change …
        s.add(snapshot)
        s.commit()
        snapshot.figures_sha256 = "0" * 64  # … what it says may not
        s.add(snapshot)
        with pytest.raises(SignedReturnFrozen):
            s.commit()


def test_signed_returns_covering_a_record(office: Store) -> None:
    _sign(office, "2026H1")
    with office.session(returns_actor()) as s:
        january = s.exec(select(Funding).where(col(Funding.received_on) == date(2026, 1, 15))).one()
        august = s.exec(select(Funding).where(col(Funding.received_on) == date(2026, 8, 5))).one()
        covering = signed_returns_covering(s, january)
        assert [(item.period_code, item.return_version) for item in covering] == [("2026H1", 1)]
        assert signed_returns_covering(s, august) == []


def test_correction_lists_what_changed_and_why(office: Store) -> None:
    _sign(office)
    with office.session(returns_actor()) as s:
        funding = s.exec(select(Funding).where(col(Funding.received_on) == date(2026, 8, 5))).one()
        assert signed_returns_covering(s, funding)
        s.set_reason("党费支持金额录入有误，按银行回单更正")
        funding.amount_fen = 223456
        s.add(funding)
        s.commit()
    pdf = _sign(office, reason="更正党费支持金额")
    pages = _text(pdf)
    text = "".join(pages)
    assert "更正说明（第 2 版，更正第 1 版）" in text
    assert "更正原因：更正党费支持金额" in text
    assert "党费支持金额录入有误，按银行回单更正" in text
    assert "人均运营经费" in text
    with office.session() as s:
        versions = [item.return_version for item in s.exec(select(ReturnSnapshot)).all()]
    assert sorted(versions) == [1, 2]


def test_wrong_passphrase_writes_nothing(office: Store) -> None:
    _sign(office)
    with pytest.raises(WrongPassphrase):
        make_draft(office, "2026", sign=True, passphrase="不是这个口令")
    with office.session() as s:
        assert len(s.exec(select(ReturnSnapshot)).all()) == 1


# ---------------------------------------------------------------------------------------
# Command line


@pytest.fixture
def office_dir(office: Store) -> Path:
    folder = office.data_dir
    office.close()
    return folder


def test_cli_return_and_verify(office_dir: Path, tmp_path: Path) -> None:
    explain = tmp_path / "explain.json"
    explain.write_text(json.dumps(EXPLAIN, ensure_ascii=False), encoding="utf-8")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / "return.pdf"
    data = ["--data-dir", str(office_dir)]
    code, out, err = shequ(*data, "return", "--period", "2026", "--out", str(target), "--explain-file", str(explain),
                           "--sign", "--passphrase-file", str(secret))  # fmt: skip
    assert code == 0, err
    assert "第 1 版" in out and "已签署" in out and "自签名" in out
    code, out, _ = shequ(*data, "verify", str(target), "--json")
    payload = json.loads(out)
    assert code == 4 and payload["status"] == UNTRUSTED
    assert payload["office"] == {"code": CODE, "name": "红柳湾社区"} and payload["period"] == "2026"
    shutil.copy(office_dir / "keys" / "office-cert.pem", office_dir / "keys" / "city-ca.pem")
    assert shequ(*data, "verify", str(target))[0] == 0  # the installation's city certificate


def test_cli_refusals_write_nothing(office_dir: Path, tmp_path: Path) -> None:
    data = ["--data-dir", str(office_dir)]
    target = tmp_path / "return.pdf"
    code, out, err = shequ(*data, "return", "--period", "2026Q5", "--out", str(target))
    assert (code, out) == (2, "") and "无法识别的报告期" in err and err.count("\n") == 1
    code, out, err = shequ(*data, "return", "--period", "2026", "--out", str(target))
    assert code == 2 and "service.post_claims" in err and "书面说明" in err
    explain = tmp_path / "explain.json"
    explain.write_text(json.dumps(EXPLAIN, ensure_ascii=False), encoding="utf-8")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    base = [*data, "return", "--period", "2026", "--out", str(target), "--explain-file", str(explain), "--sign"]
    assert shequ(*base, "--passphrase-file", str(secret))[0] == 0
    target.unlink()
    files = sorted(p.name for p in (office_dir / "returns").iterdir())
    secret.write_text("错误的口令123", encoding="utf-8")
    code, out, err = shequ(*base, "--passphrase-file", str(secret))
    assert code == 2 and "口令不正确" in err and err.count("\n") == 1
    assert not target.exists()
    assert sorted(p.name for p in (office_dir / "returns").iterdir()) == files
    code, _, err = shequ("verify", str(tmp_path / "missing.pdf"))
    assert code == 2 and "无法读取" in err
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"not a pdf")
    assert shequ("verify", str(garbage))[0] == 3
