"""The street's own ledgers (街道(镇)工作者, 街道经费), its standing against the city's street-worker funding
standard, and its consolidated return (街道汇总表), signed by the street.

Values are typed as people type them and read by the office's readers; a refusal is one line and
writes nothing; every write is audited under the system with the person's name in the reason. The
standing is judged by the ``street_worker_funding`` standard in force (10,000 元/人·年 by default).
The consolidated return puts the street's offices side by side with their street and city states
and the street's own standing, and is signed with the street's certificate (``pdfsig``). Real data
folders, keys, sealed bundles and PDFs; the ``shequ`` commands as people type them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import col, select

from db.compliance import Status, evaluate
from db.enums import ReturnState
from db.exchange.bundle import export_bundle
from db.exchange.street import StreetInstallation, StreetPassphraseWrong
from db.exchange.street_import import import_street_copy
from db.exchange.street_ledger import (
    StreetLedgerRefused,
    add_street_funding,
    add_street_staff,
    make_street_return,
    remove_street_funding,
    remove_street_staff,
    street_funding,
    street_return_filename,
    street_staff,
    street_standing,
)
from db.exchange.street_return_pdf import compose_street_return
from db.exchange.street_review import street_decide
from db.models import AuditEntry, CityStandard, Funding, Staff
from db.periods import parse_period
from db.store import Store, open_store
from tests.support.cli import shequ
from tests.support.exchange_sites import OFFICE_PASSPHRASE, Site, dump, sign_return
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

TODAY = date(2026, 11, 30)
MADE = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
CLERK = "王芳"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    folder = tmp_path / "street"
    StreetInstallation(folder).init(STREET_CODE, STREET_NAME, STREET_PASSPHRASE)
    opened = open_store(folder, create=True)
    yield opened
    opened.close()


def _staff(store: Store, name: str, start: str, end: str = "", **values: str) -> str:
    return add_street_staff(
        store, STREET_CODE, name=name, entered_by=CLERK, start=start, end=end, today=TODAY, **values
    ).record_id


def _funds(store: Store, day: str, amount: str, purpose: str = "办公经费", source: str = "财政保障") -> str:
    return add_street_funding(
        store, STREET_CODE, received_on=day, amount=amount, source=source, purpose=purpose, entered_by=CLERK,
        today=TODAY,
    ).record_id  # fmt: skip


# ---------------------------------------------------------------------------------------
# Staff and funding


def test_staff_and_funding_are_read_as_typed_and_audited_under_the_persons_name(store: Store) -> None:
    worker = add_street_staff(
        store, STREET_CODE, name=" 乌云 ", entered_by=CLERK, gender="女", position="专职社区工作者",
        start="2024年3月1日", pay="4,800元", pay_period="月", phone="13904785555", today=TODAY,
    )  # fmt: skip
    assert worker.changes.touches("staff") and worker.record_id in worker.changes.records
    money = add_street_funding(
        store, STREET_CODE, received_on="2026.3.5", amount="1.2万", source="财政保障", purpose="activity",
        entered_by=CLERK, note="街道活动经费", today=TODAY,
    )  # fmt: skip
    with store.session() as session:
        row = session.get(Staff, worker.record_id)
        assert row is not None
        assert (row.name, row.gender, row.position, row.start_date, row.pay_fen, row.pay_period) == (
            "乌云", "female", "full_time", date(2024, 3, 1), 480000, "month",
        )  # fmt: skip
        assert (row.office_code, row.worker_type, row.modified_by) == (STREET_CODE, "street", None)
        fund = session.get(Funding, money.record_id)
        assert fund is not None
        assert (fund.received_on, fund.amount_fen, fund.fiscal_year, fund.source, fund.purpose) == (
            date(2026, 3, 5), 1_200_000, 2026, "fiscal", "activity",
        )  # fmt: skip
        reasons = set(session.exec(select(col(AuditEntry.reason)).where(col(AuditEntry.office_code) == STREET_CODE)))
    assert reasons == {f"街道录入：{CLERK}"}

    assert [item.name for item in street_staff(store, STREET_CODE)] == ["乌云"]
    assert [item.amount_fen for item in street_funding(store, STREET_CODE, year=2026)] == [1_200_000]
    assert street_funding(store, STREET_CODE, year=2025) == []

    remove_street_funding(store, STREET_CODE, money.record_id[:6], removed_by="李强", reason="重复录入")
    remove_street_staff(store, STREET_CODE, worker.record_id, removed_by="李强", reason="调离街道")
    assert street_staff(store, STREET_CODE) == [] and street_funding(store, STREET_CODE) == []
    with store.session() as session:
        assert session.get(Staff, worker.record_id).deleted_at is not None  # type: ignore[union-attr]
        reasons = set(session.exec(select(col(AuditEntry.reason)).where(col(AuditEntry.office_code) == STREET_CODE)))
    assert {"街道删除：李强：重复录入", "街道删除：李强：调离街道"} <= reasons


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (lambda s: _staff(s, "乌云", "2024-02-30"), "2024-02-30"),
        (lambda s: _staff(s, "乌云", "2024-03-01", end="2023-01-01"), "离任日期"),
        (lambda s: _staff(s, "", "2024-03-01"), "姓名"),
        (lambda s: _staff(s, "乌云", "2024-03-01", gender="未知"), "性别“未知”不是可选的值"),
        (lambda s: _staff(s, "乌云", "2024-03-01", pay="4800.123"), "两位小数"),
        (lambda s: _funds(s, "2026-03-05", "一万"), "金额“一万”不是金额"),
        (lambda s: _funds(s, "2026-03-05", "0"), "金额"),
        (lambda s: _funds(s, "2026-03-05", "1000", source="拨款"), "经费来源“拨款”不是可选的值"),
        (lambda s: _funds(s, "明天", "1000"), "到账日期"),
        (lambda s: add_street_staff(s, STREET_CODE, name="乌云", entered_by=" "), "录入人"),
        (lambda s: remove_street_staff(s, STREET_CODE, "0000", removed_by="李强", reason="调离"), "没有编号"),
        (lambda s: remove_street_staff(s, STREET_CODE, "00", removed_by="李强", reason="调离"), "至少 4 位"),
    ],
)
def test_a_refusal_is_one_line_and_writes_nothing(store: Store, call, said: str) -> None:  # type: ignore[no-untyped-def]
    site = Site(store.data_dir, store, None, STREET_CODE)  # type: ignore[arg-type]
    before = dump(site)
    with pytest.raises(StreetLedgerRefused) as caught:
        call(store)
    message = str(caught.value)
    assert said in message and "\n" not in message
    assert dump(site) == before


def test_removing_needs_a_reason_and_never_touches_an_offices_row(store: Store) -> None:
    worker = _staff(store, "乌云", "2024-03-01")
    with pytest.raises(StreetLedgerRefused, match="原因"):
        remove_street_staff(store, STREET_CODE, worker, removed_by="李强", reason=" ")
    with store.transaction(Site(store.data_dir, store, None, STREET_OFFICE).actor()) as session:  # type: ignore[arg-type]
        session.add(Staff(office_code=STREET_OFFICE, name="社区的人", start_date=date(2024, 1, 1)))
    with store.session() as session:
        office_row = session.exec(select(Staff).where(col(Staff.office_code) == STREET_OFFICE)).one()
    with pytest.raises(StreetLedgerRefused, match="没有编号"):
        remove_street_staff(store, STREET_CODE, office_row.id, removed_by="李强", reason="误删")
    assert [item.name for item in street_staff(store, STREET_CODE)] == ["乌云"]


# ---------------------------------------------------------------------------------------
# The standing


def test_standing_per_street_worker_against_the_standard_in_force(store: Store) -> None:
    empty = street_standing(store, STREET_CODE, 2026)
    assert empty.status is Status.WARNING and "没有在岗的街道(镇)工作者" in empty.reason

    _staff(store, "乌云", "2020-01-01")
    _staff(store, "其其格", "2026-07-01")  # half of 2026
    _funds(store, "2026-01-10", "12000")
    _funds(store, "2026-08-10", "6000", purpose="活动经费")
    _funds(store, "2026-05-10", "50000", purpose="人员报酬")  # pay is not counted, as for offices

    year = street_standing(store, STREET_CODE, 2026)
    assert year.staff_count == 2 and float(year.worker_years) == pytest.approx(1 + 184 / 365)
    assert (year.funds_fen, year.operating_funds_fen) == (6_800_000, 1_800_000)
    assert year.standard == Decimal(10000) and year.standard_title == "街道(镇)工作者经费保障标准"
    assert year.status is Status.PASS and year.per_worker == Decimal("11967.21")  # 18,000 × 365 / 549
    assert year.required == Decimal("15041.10")
    assert "18,000.00 元" in year.reason and "1.5 人·年" in year.reason

    first_quarter = street_standing(store, STREET_CODE, parse_period("2026Q1"))
    assert first_quarter.staff_count == 1 and first_quarter.operating_funds_fen == 1_200_000
    assert first_quarter.status is Status.PASS  # 12,000 元 for 90/365 of a worker

    with store.transaction(Site(store.data_dir, store, None, "city").actor()) as session:  # type: ignore[arg-type]
        session.add(CityStandard(office_code="city", key="street_worker_funding", value="15000", unit="元/人·年",
                                 effective_from=date(2026, 1, 1), title="街道工作者经费标准（新）"))  # fmt: skip
    raised = street_standing(store, STREET_CODE, 2026)
    assert raised.standard == Decimal(15000) and raised.status is Status.FAIL
    assert "差" in raised.reason and raised.standard_from == date(2026, 1, 1)
    assert street_standing(store, STREET_CODE, 2025).standard == Decimal(10000)

    # the street's own rows never count in an office's figures
    with store.session() as session:
        assert evaluate(session, parse_period("2026"), STREET_OFFICE).figure("people", "staff").value == 0


def test_cli_staff_funding_and_standing(store: Store, tmp_path: Path) -> None:
    folder = str(store.data_dir)
    store.close()
    code, out, err = shequ("--data-dir", folder, "street", "staff", "add", "--name", "乌云", "--by", CLERK,
                           "--start", "2020-01-01", "--position", "专职社区工作者")  # fmt: skip
    assert code == 0, err
    assert "已录入街道(镇)工作者 乌云" in out
    code, out, err = shequ("--data-dir", folder, "street", "funding", "add", "--date", "2026-02-01", "--amount",
                           "9,000.50", "--source", "财政保障", "--purpose", "办公经费", "--by", CLERK)  # fmt: skip
    assert code == 0, err
    assert "9,000.50 元" in out
    code, out, err = shequ("--data-dir", folder, "street", "funding", "add", "--date", "2026-02-01", "--amount",
                           "9.001", "--source", "财政保障", "--purpose", "办公经费", "--by", CLERK)  # fmt: skip
    assert code == 2 and "两位小数" in err and len(err.strip().splitlines()) == 1
    code, out, err = shequ("--data-dir", folder, "street", "standing", "--period", "2026")
    assert code == 0, err
    assert "未达标" in out and "9,000.50 元" in out
    code, out, err = shequ("--data-dir", folder, "street", "staff", "list", "--json")
    assert code == 0, err
    assert '"position_label": "专职社区工作者"' in out
    code, out, err = shequ("--data-dir", folder, "street", "funding", "list", "--year", "2026")
    short = out.split()[0]
    code, out, err = shequ("--data-dir", folder, "street", "funding", "remove", short, "--by", "李强",
                           "--reason", "录错金额")  # fmt: skip
    assert code == 0, err
    code, out, err = shequ("--data-dir", folder, "street", "funding", "list")
    assert "没有街道经费" in out


# ---------------------------------------------------------------------------------------
# The consolidated return


@pytest.fixture
def chain(tmp_path: Path) -> Iterator[tuple[Four, Site]]:
    four = build_four(tmp_path)
    routed(four)
    street = street_site(four)
    yield four, street
    street.close()
    four.close()


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils is not installed")
def test_the_streets_consolidated_return_is_signed_and_shows_each_office_and_its_own_standing(
    chain: tuple[Four, Site], tmp_path: Path
) -> None:
    four, street = chain
    returned = sign_return(four.via, "2026Q1")
    written = export_bundle(four.via.store, four.via.keys, OFFICE_PASSPHRASE, four.stick)
    assert written.street_path is not None
    import_street_copy(street.store, four.street, written.street_path, STREET_PASSPHRASE)
    street_decide(street.store, four.street, returned, ReturnState.RETURNED, reason="活动台账缺少照片，请补充",
                  decided_by="刘街道")  # fmt: skip
    _staff(street.store, "乌云", "2020-01-01", position="专职社区工作者")
    _funds(street.store, "2026-02-01", "3000")

    out = tmp_path / "street-return"
    out.mkdir()
    before = dump(street)
    with pytest.raises(StreetPassphraseWrong):
        make_street_return(street.store, four.street, "不对的口令-不对的口令", parse_period("2026Q1"), out)
    assert list(out.iterdir()) == [] and dump(street) == before

    path = make_street_return(street.store, four.street, STREET_PASSPHRASE, parse_period("2026Q1"), out, now=MADE)
    assert path == out / street_return_filename(STREET_CODE, parse_period("2026Q1"))
    text = _pdf_text(path)
    squeezed = "".join(text.split())
    assert f"{STREET_NAME}社区党建“三有一化”汇总表" in squeezed
    assert "报告期：2026年第一季度" in squeezed
    assert "团结社区" in squeezed and STREET_OFFICE in squeezed
    assert "新华社区" not in squeezed  # reports straight to the city: not the street's
    assert "退回：活动台账缺少照片，请补充" in squeezed
    assert "一化服务·开展活动（次）" in squeezed and "有人管事·社区工作者（人）" in squeezed
    assert "街道(镇)工作者经费保障" in squeezed and "乌云" in squeezed and "3,000.00" in squeezed
    # 3,000 元 in a quarter for one worker in post all of it: 12,166.67 元/人·年 against 10,000
    assert "√达标：本期计入的经费3,000.00元，按0.25人·年计人均12,166.67元/人·年" in squeezed
    assert "街道电子签名" in squeezed
    for key in ("people.staff", "service.activities", "operating_funds_per_worker", returned, "street_worker_funding"):
        assert key not in text, key

    signature = subprocess.run(["pdfsig", str(path)], check=False, capture_output=True, text=True).stdout
    assert "Signature is Valid" in signature, signature
    assert STREET_NAME in signature

    street.close()  # the command opens the folder itself
    passphrase = tmp_path / "street-pass.txt"
    passphrase.write_text(STREET_PASSPHRASE + "\n", encoding="utf-8")
    again = tmp_path / "again"
    again.mkdir()
    code, stdout, err = shequ("--data-dir", str(four.street.data_dir), "street", "return", "--period", "2026Q1",
                              "--out", str(again), "--passphrase-file", str(passphrase))  # fmt: skip
    assert code == 0, err
    assert "已生成并签署2026年第一季度的街道汇总表" in stdout
    assert (again / street_return_filename(STREET_CODE, parse_period("2026Q1"))).is_file()
    street.store = open_store(four.street.data_dir)  # for the fixture's close()


def test_many_offices_are_printed_side_by_side_six_to_a_table(tmp_path: Path) -> None:
    from db.exchange.street_return_pdf import OFFICES_PER_TABLE, StandingBlock, StreetReturnOffice, figures_of

    figures = json.dumps(
        {"pillars": [{"key": "service", "label": "一化服务", "figures": [
            {"key": "activities", "label": "开展活动", "unit": "次", "value": 12, "status": "pass"},
            {"key": "visits", "label": "帮扶走访", "unit": "次", "value": 3, "status": "fail"},
        ]}]}
    )  # fmt: skip
    offices = [
        StreetReturnOffice(
            f"15080200110{n}", f"第{n}社区", 1, MADE, "received", "", "", "", "待市审核", figures_of(figures)
        )
        for n in range(OFFICES_PER_TABLE + 2)
    ]
    pdf, pages, _page, _box = compose_street_return(
        offices, parse_period("2026"), street_code=STREET_CODE, street_name=STREET_NAME, made_at=MADE,
        standing=StandingBlock((("在岗街道(镇)工作者", "0 人"),), Status.WARNING, "本期没有在岗的街道(镇)工作者"),
    )  # fmt: skip
    path = tmp_path / "many.pdf"
    path.write_bytes(pdf)
    squeezed = "".join(_pdf_text(path).split())
    assert all(office.name in squeezed for office in offices)
    assert squeezed.count("一化服务·开展活动（次）") == 2  # two tables: six offices, then two
    assert "街道审核通过8个" in squeezed and "96" in squeezed  # 8 × 12 activities summed
    assert pages >= 1
