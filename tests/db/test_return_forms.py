"""The printed return as a forms office expects it: labels and never internal keys on any page, the
signature block filled from the operators and the office profile (and editable), the correction
page saying each changed value old → new with its reason. Real SQLite, real PDFs read back with
poppler's ``pdftotext -layout``."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import col, select

from db.audit import Actor
from db.compliance import evaluate
from db.enums import OperatorRole
from db.errors import InvalidInput
from db.models import Activity, CityStandard, Funding, Office, Operator, ReturnSnapshot, Visit
from db.operators import new_operator
from db.ops import delete_record, save_record
from db.periods import parse_period
from db.returns.make import ReturnRequest, make_return
from db.returns.preflight import run_preflight
from db.returns.snapshot import snapshot_changes, snapshot_signatories
from db.store import Store
from tests.support.cli import shequ
from tests.support.returns import CODE, EXPLAIN, HEAD, NOW, PASSPHRASE, build_office, returns_actor, warning_keys

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

PHONE = "0478-8123456"
ADMIN = "王芳"


@pytest.fixture
def office(store: Store) -> Store:
    build_office(store)
    with store.transaction(returns_actor()) as s:
        s.add(new_operator(CODE, ADMIN, OperatorRole.ADMIN))
        profile = s.exec(select(Office)).one()
        profile.phone = PHONE
        s.add(profile)
    return store


def _admin(store: Store) -> Actor:
    """The administrator, signed in: the operator making the return."""
    with store.session() as s:
        admin = s.exec(select(Operator).where(col(Operator.name) == ADMIN)).one()
        return Actor(CODE, admin.id, admin.name)


def _layout_text(pdf: bytes, folder: Path) -> list[str]:
    """Every page's text as ``pdftotext -layout`` reads it (pages split at form feeds)."""
    path = folder / "return.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return out.split("\f")


def _squeezed(pages: list[str]) -> str:
    """The pages' text without spaces or line breaks (a table cell's words may wrap)."""
    return "".join("".join(page.split()) for page in pages)


def _make(store: Store, period: str = "2026", actor: Actor | None = None, **kwargs: object) -> bytes:
    explanations = {**warning_keys(store, period), **EXPLAIN}
    request = ReturnRequest(parse_period(period), explanations=explanations, now=NOW, **kwargs)  # type: ignore[arg-type]
    return make_return(store, request, actor).pdf


# ---------------------------------------------------------------------------------------
# No internal key on any page


def _internal_keys(store: Store, period: str) -> set[str]:
    """Every key the return's data carries: pillars, figures, standards, warnings and their rule codes."""
    with store.session() as s:
        result = evaluate(s, parse_period(period), CODE)
        preflight = run_preflight(s, parse_period(period), CODE)
        standard_keys = {str(key) for key in s.exec(select(col(CityStandard.key))).all()}
    keys: set[str] = set(standard_keys)
    for pillar in result.pillars:
        keys.add(pillar.key)
        for figure in pillar.figures:
            keys |= {figure.key, f"{pillar.key}.{figure.key}"}
    for warning in preflight.warnings:
        keys |= {warning.key, warning.code}
    return keys


def test_no_internal_key_is_printed_on_any_page(office: Store, tmp_path: Path) -> None:
    with office.transaction(returns_actor()) as s:
        visit = s.exec(select(Visit)).first()
        assert visit is not None
        s.add(Visit(pairing_id=visit.pairing_id, visited_on=date(2026, 5, 12), content="陪护住院", hours=30))
        standard = s.exec(select(CityStandard).where(col(CityStandard.key) == "office_area")).one()
        standard.title = ""  # a city's standard that came without a title
        s.add(standard)
    keys = _internal_keys(office, "2026")
    assert {"service.post_claims", "hours.too_many", "office_area", "one_centre_three_rooms"} <= keys
    assert any("@" in key for key in keys)  # a record's warning, keyed by its rule and record

    pages = _layout_text(_make(office), tmp_path)
    text = "\n".join(pages)
    leaked = sorted(key for key in keys if key in text)
    assert leaked == [], leaked
    squeezed = _squeezed(pages)
    assert "情况说明" in squeezed
    assert "一化服务·党员认领岗位" in squeezed  # the warning is said by its labels …
    assert "孙立同志2026年2月刚到社区报到" in squeezed  # … next to its explanation
    assert "办公用房面积" in squeezed  # the standard without a title is named by its label


# ---------------------------------------------------------------------------------------
# The signature block


def _signature_line(pages: list[str]) -> str:
    page = next(page for page in pages if "单位负责人" in page)
    return next(line for line in page.splitlines() if "单位负责人" in line)


def test_signature_block_names_the_operators(office: Store, tmp_path: Path) -> None:
    pages = _layout_text(_make(office, actor=_admin(office)), tmp_path)
    line = _signature_line(pages)
    assert f"单位负责人：{HEAD}" in line  # the operator with the 负责人 role
    assert f"填表人：{ADMIN}" in line  # the operator making the return
    assert f"联系电话：{PHONE}" in line  # the office profile's
    assert "报出日期：2026年11月28日" in line  # the making date (Asia/Shanghai)

    pages = _layout_text(_make(office), tmp_path)  # nobody signed in (the command line)
    assert "填表人：李娜" in _signature_line(pages)  # the operator with the 填表人 role


def test_signature_block_as_edited_is_printed_and_kept(office: Store, tmp_path: Path) -> None:
    made = make_return(
        office,
        ReturnRequest(
            parse_period("2026"),
            sign=True,
            passphrase=PASSPHRASE,
            explanations={**warning_keys(office, "2026"), **EXPLAIN},
            now=NOW,
            head_name=" 刘建国 ",
            filler_name="张小燕",
            phone="13904781234",
        ),
        _admin(office),
    )
    line = _signature_line(_layout_text(made.pdf, tmp_path))
    assert "单位负责人：刘建国" in line and "填表人：张小燕" in line and "联系电话：13904781234" in line
    with office.session() as s:
        snapshot = s.exec(select(ReturnSnapshot)).one()
        kept = snapshot_signatories(snapshot)
    assert (kept.head_name, kept.filler_name, kept.phone) == ("刘建国", "张小燕", "13904781234")
    assert snapshot.signer == "刘建国"  # the stamp names the head as printed


def test_a_phone_that_cannot_be_a_number_is_refused_before_anything_is_made(office: Store) -> None:
    request = ReturnRequest(
        parse_period("2026"), sign=True, passphrase=PASSPHRASE, explanations=EXPLAIN, now=NOW, phone="0478-8123abc"
    )
    with pytest.raises(InvalidInput) as caught:
        make_return(office, request)
    assert "联系电话" in str(caught.value) and "0478-8123abc" in str(caught.value)
    with office.session() as s:
        assert s.exec(select(ReturnSnapshot)).all() == []


def test_cli_signature_options(office: Store, tmp_path: Path) -> None:
    folder = office.data_dir
    office.close()
    explain = tmp_path / "explain.json"
    explain.write_text(json.dumps(EXPLAIN, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "draft.pdf"
    base = ["--data-dir", str(folder), "return", "--period", "2026", "--out", str(target)]
    code, out, err = shequ(*base, "--explain-file", str(explain), "--head", "刘建国", "--filler", "", "--phone", PHONE)
    assert code == 0, err
    assert f"单位负责人：刘建国；填表人：（空）；联系电话：{PHONE}" in out
    line = _signature_line(_layout_text(target.read_bytes(), tmp_path))
    assert "单位负责人：刘建国" in line and "填表人：李娜" not in line and PHONE in line
    target.unlink()
    code, out, err = shequ(*base, "--explain-file", str(explain), "--phone", "12345")
    assert code == 2 and out == "" and "联系电话" in err and err.count("\n") == 1
    assert not target.exists()


# ---------------------------------------------------------------------------------------
# The correction page


def _sign(store: Store, reason: str = "") -> bytes:
    return _make(store, sign=True, passphrase=PASSPHRASE, correction_reason=reason)


def test_correction_page_says_each_changed_value_and_why(office: Store, tmp_path: Path) -> None:
    with office.transaction(returns_actor()) as s:
        s.add(Funding(received_on=date(2026, 3, 5), fiscal_year=2026, source="fiscal", amount_fen=1_200_000,
                      purpose="activity", note="春节慰问活动经费"))  # fmt: skip
    _sign(office)

    reason = "按银行回单更正金额和到账日期"
    with office.session(returns_actor()) as s:
        funding = s.exec(select(Funding).where(col(Funding.note) == "春节慰问活动经费")).one()
        funding.amount_fen = 1_500_000
        funding.received_on = date(2026, 4, 20)
        save_record(s, funding, reason=reason)
        s.commit()
        gone = s.exec(select(Funding).where(col(Funding.received_on) == date(2026, 8, 5))).one()
        delete_record(s, gone, reason="重复登记，删除")
        s.commit()
        save_record(
            s,
            Activity(
                held_on=date(2026, 6, 1),
                title="补录：端午节包粽子活动",
                activity_kind="convenience",
                participants=40,
                member_participants=12,
            ),
            reason="漏登的活动补录",
        )
        s.commit()
    pages = _layout_text(_sign(office, reason="更正经费和活动"), tmp_path)

    correction = [page for page in pages if "更正说明" in page]
    assert correction, "no correction page"
    squeezed = _squeezed(correction)
    assert "更正原因：更正经费和活动" in squeezed
    assert "12,000.00元" in squeezed and "15,000.00元" in squeezed  # the amount, old → new
    assert "2026年3月5日" in squeezed and "2026年4月20日" in squeezed  # the date, old → new
    assert "金额" in squeezed and "到账日期" in squeezed  # the fields by their labels
    assert reason in squeezed  # the reason given when the record was saved
    assert "删除" in squeezed and "重复登记，删除" in squeezed  # a deleted record
    assert "新增" in squeezed and "补录：端午节包粽子活动" in squeezed  # a new one, by its title
    assert "记录第" not in squeezed  # no record versions

    with office.session() as s:
        v2 = s.exec(select(ReturnSnapshot).where(col(ReturnSnapshot.return_version) == 2)).one()
        lines = snapshot_changes(v2)
    amount = next(line for line in lines if line.what.endswith("·金额"))
    assert (amount.old, amount.new, amount.why) == ("12,000.00 元", "15,000.00 元", reason)
    day = next(line for line in lines if line.what.endswith("·到账日期"))
    assert (day.old, day.new) == ("2026年3月5日", "2026年4月20日")
    assert any(line.new == "删除" and "1,234.56" in line.what for line in lines)
    assert any(line.new == "新增" and "端午节" in line.what for line in lines)
