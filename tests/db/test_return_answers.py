"""The corrected return answers the review comments (对审核意见的答复).

An office's return goes to the city, which comments on a figure and on two records and sends it back
(退回) with a reason; the street's comment arrives as the street's acknowledgement stores it. The office
corrects one record, adds an activity and signs version 2: its PDF has, after the correction page, a
section answering each comment — level, reviewer, date, the figure's label or the record's title (never
an internal key), the text — with what changed for it (old → new) or 未改动 and the correction's reason.
The snapshot keeps the same answers; a later version does not answer them again. Real data folders,
keys, signed PDFs, sealed bundles and acknowledgements; the PDF read with ``pdftotext``.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import col, select

from db.audit import Actor
from db.enums import ReturnState
from db.exchange.acks import decide_return
from db.exchange.bundle import export_ack, export_bundle, import_ack, import_bundle
from db.exchange.comments import add_comment, store_ack_comments
from db.exchange.pki import CityAuthority
from db.exchange.rawdb import exchange_connection
from db.models import Activity, Funding, ReturnSnapshot
from db.ops import save_record
from db.periods import parse_period
from db.returns.answers import snapshot_answers
from db.returns.errors import MissingExplanations
from db.returns.make import ReturnRequest, make_return
from tests.support.exchange_sites import CITY_PASSPHRASE, OFFICE_PASSPHRASE, Site, certified_city, small_office

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

PERIOD = "2026Q1"
ARRIVAL = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
WRITTEN = datetime(2026, 4, 11, 3, 0, tzinfo=UTC)
REASON = "按审核意见核对活动台账，补录漏登活动"


@dataclass
class World:
    city: CityAuthority
    hub: Site
    office: Site
    stick: Path

    def sign(self, reason: str = "") -> ReturnSnapshot:
        chosen = parse_period(PERIOD)
        try:
            make_return(self.office.store, ReturnRequest(chosen, correction_reason=reason))
            explanations: dict[str, str] = {}
        except MissingExplanations as exc:
            explanations = {key: "已核实，情况属实。" for key, _ in exc.items}
        request = ReturnRequest(
            chosen, sign=True, passphrase=OFFICE_PASSPHRASE, explanations=explanations, correction_reason=reason
        )
        made = make_return(self.office.store, request)
        with self.office.store.session() as session:
            snapshot = session.get(ReturnSnapshot, made.snapshot_id)
            assert snapshot is not None
            return snapshot

    def send(self) -> None:
        path = export_bundle(self.office.store, self.office.keys, OFFICE_PASSPHRASE, self.stick).path
        import_bundle(self.hub.store, path, city=self.city, passphrase=CITY_PASSPHRASE, now=ARRIVAL)

    def acknowledge(self) -> None:
        written = export_ack(self.hub.store, self.city, CITY_PASSPHRASE, self.office.code, self.stick)
        import_ack(self.office.store, written.path, passphrase=OFFICE_PASSPHRASE)

    def record(self, model: type[Activity] | type[Funding], **where: object) -> str:
        with self.office.store.session() as session:
            query = select(model)
            for name, value in where.items():
                query = query.where(col(getattr(model, name)) == value)
            found = session.exec(query).one()
            return str(found.id)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    office = small_office(tmp_path / "office")
    city, hub, stick = certified_city(tmp_path, {"新华社区": office})
    yield World(city, hub, office, stick)
    hub.close()
    office.close()


def _pages(pdf_path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf_path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return out.split("\f")


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _reviewed(world: World, first: ReturnSnapshot) -> tuple[str, str]:
    """The city comments on a figure and two records and sends the return back; the street's comment
    arrives too. The ids of the activity and the funding commented on."""
    activity = world.record(Activity, title="便民服务日（第1次）")
    funding = world.record(Funding, note="年度办公经费")
    period = parse_period(PERIOD)
    store = world.hub.store
    add_comment(store, world.office.code, period, figure_key="service.activities",
                text="活动次数偏少，请核实是否漏登。", written_by="王审核", now=WRITTEN)  # fmt: skip
    add_comment(store, world.office.code, period, record=("activity", activity), text="这次活动的日期与照片不符。",
                written_by="王审核", now=WRITTEN)  # fmt: skip
    add_comment(store, world.office.code, period, record=("funding", funding), text="请附上拨款文件编号。",
                written_by="王审核", now=WRITTEN)  # fmt: skip
    decide_return(store, first.id, ReturnState.RETURNED, reason="活动台账与报表不一致，请更正后重报。",
                  decided_by="王审核", now=WRITTEN)  # fmt: skip
    world.acknowledge()
    street_comment = {
        "id": "5b0c2f4e-0000-4000-8000-000000000001",
        "return_id": first.id,
        "period_code": PERIOD,
        "return_version": 1,
        "figure_key": "people.staff",
        "text": "请写明工作者的在岗情况。",
        "written_by": "刘街道",
        "written_at": "2026-04-09 01:00:00.000000",
        "level": "街道",
    }
    with exchange_connection(world.office.store) as conn:
        assert store_ack_comments(conn, world.office.code, [street_comment]) == 1
        conn.commit()
    return activity, funding


def _correct(world: World, activity_id: str) -> None:
    actor = Actor(office_code=world.office.code, operator_id=None, operator_name="李娜")
    with world.office.store.session(actor) as session:
        activity = session.get(Activity, activity_id)
        assert activity is not None
        activity.held_on = date(2026, 1, 6)
        save_record(session, activity, reason="按活动照片更正日期")
        session.commit()
        save_record(
            session,
            Activity(
                held_on=date(2026, 3, 20), title="补录：学雷锋志愿服务", activity_kind="convenience", participants=30
            ),
            reason="漏登的活动补录",
        )
        session.commit()


def test_the_corrected_return_answers_each_comment_with_what_changed(world: World, tmp_path: Path) -> None:
    first = world.sign()
    world.send()
    activity_id, funding_id = _reviewed(world, first)
    _correct(world, activity_id)
    second = world.sign(REASON)

    pdf = world.office.store.data_dir / second.pdf_path
    pages = _pages(pdf)
    text = "\n".join(pages)
    squeezed = _squeezed(text)
    assert "对审核意见的答复" in squeezed
    assert squeezed.index("更正说明") < squeezed.index("对审核意见的答复") < squeezed.index("附表：")
    section = squeezed[squeezed.index("对审核意见的答复") : squeezed.index("附表：")]

    # the city's decision on the whole return
    assert "市级意见（第1版）：整份报表（退回）" in section
    assert "活动台账与报表不一致，请更正后重报。" in section
    # the figure: said by its labels, old → new
    assert "市级意见（第1版）：指标：一化服务·开展活动" in section
    assert "活动次数偏少，请核实是否漏登。" in section
    assert "6次（达标）" in section and "7次（达标）" in section
    # the record: by its kind and title, its changed field old → new with the save's reason
    assert "这次活动的日期与照片不符。" in section
    assert "活动“便民服务日（第1次）”·活动日" in section  # the field label may wrap in its cell
    assert "2026年1月5日" in section and "2026年1月6日" in section
    assert "按活动照片更正日期" in section
    # the record nothing was changed for: 未改动 with the correction's reason
    assert "请附上拨款文件编号。" in section
    assert f"答复：未改动。更正原因：{REASON}" in section
    # the street's comment: its level and reviewer
    assert "街道意见（第1版）：指标：有人管事·社区工作者" in section and "刘街道" in section
    assert "审核人：王审核" in section and "日期：2026年4月11日" in section

    # never an internal key
    for key in ("service.activities", "people.staff", activity_id, funding_id, "activity:", "funding:", first.id):
        assert key not in text, key

    answers = snapshot_answers(second)
    assert [(a.level, a.on) for a in answers] == [
        ("市级", "整份报表（退回）"),
        ("街道", "指标：有人管事·社区工作者"),
        ("市级", "指标：一化服务·开展活动"),
        ("市级", "活动“便民服务日（第1次）”"),
        ("市级", "经费“年度办公经费”"),
    ]
    figure = answers[2]
    assert [(c.old, c.new) for c in figure.changes] == [("6 次（达标）", "7 次（达标）")]
    record = answers[3]
    assert [(c.old, c.new, c.why) for c in record.changes] == [("2026年1月5日", "2026年1月6日", "按活动照片更正日期")]
    assert answers[4].changes == () and answers[4].note == f"未改动。更正原因：{REASON}"
    assert answers[0].note.startswith("本版共更正") and REASON in answers[0].note
    assert answers[1].reviewer == "刘街道" and answers[1].written_on == date(2026, 4, 9)


def test_a_later_version_does_not_answer_the_same_comments_again(world: World) -> None:
    first = world.sign()
    world.send()
    activity_id, _funding = _reviewed(world, first)
    _correct(world, activity_id)
    second = world.sign(REASON)
    assert len(snapshot_answers(second)) == 5

    with world.office.store.session(Actor(world.office.code, None, "李娜")) as session:
        activity = session.get(Activity, activity_id)
        assert activity is not None
        activity.participants = 45
        save_record(session, activity, reason="人数按签到表更正")
        session.commit()
    third = world.sign("人数更正")
    assert snapshot_answers(third) == []
    pages = _pages(world.office.store.data_dir / third.pdf_path)
    assert "对审核意见的答复" not in _squeezed("".join(pages))


def test_a_first_return_and_a_correction_without_comments_have_no_answers(world: World) -> None:
    first = world.sign()
    assert snapshot_answers(first) == []
    with world.office.store.session(Actor(world.office.code, None, "李娜")) as session:
        activity = session.exec(select(Activity).where(col(Activity.title) == "便民服务日（第2次）")).one()
        activity.participants = 50
        save_record(session, activity, reason="人数更正")
        session.commit()
    second = world.sign("人数更正")
    assert snapshot_answers(second) == []
    assert '"answers"' not in second.changes_json
