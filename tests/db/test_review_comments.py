"""The city's review comments on single figures and records, and the office keeping them.

A reviewer comments on one figure (``service.activities``) or one record (table:id) of an office's
latest return of a period; unknown figures, other offices' records, empty texts and missing names
are refused with nothing written. The acknowledgement carries the comments of the returns it reports
(within its budget), the office keeps them (importing twice adds nothing) and finds each where it
applies: by return, at the period's latest return, at the record. Real data folders, keys, signed
PDFs and sealed bundles.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import col, select

from db.exchange import budgets
from db.exchange.acks import build_ack_payload, read_ack_payload
from db.exchange.bundle import export_ack, export_bundle, import_ack, import_bundle
from db.exchange.comments import (
    CommentRefused,
    add_comment,
    comments_by_return,
    current_comments,
    record_comments,
)
from db.exchange.pki import CityAuthority
from db.models import Activity
from db.periods import parse_period
from db.returns.errors import MissingExplanations
from db.returns.make import ReturnRequest, make_return
from db.store import open_store
from tests.support.cli import shequ
from tests.support.exchange_sites import (
    CITY_PASSPHRASE,
    OFFICE_PASSPHRASE,
    Site,
    certified_city,
    dump,
    sign_return,
    small_office,
)

PERIOD = "2026Q1"
ARRIVAL = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
WRITTEN = datetime(2026, 4, 11, 3, 0, tzinfo=UTC)


@dataclass
class World:
    city: CityAuthority
    hub: Site
    office: Site
    stick: Path

    def send(self) -> str:
        snapshot_id = sign_return(self.office, PERIOD)
        path = export_bundle(self.office.store, self.office.keys, OFFICE_PASSPHRASE, self.stick).path
        import_bundle(self.hub.store, path, city=self.city, passphrase=CITY_PASSPHRASE, now=ARRIVAL)
        return snapshot_id

    def acknowledge(self):  # type: ignore[no-untyped-def]
        written = export_ack(self.hub.store, self.city, CITY_PASSPHRASE, self.office.code, self.stick)
        return import_ack(self.office.store, written.path, passphrase=OFFICE_PASSPHRASE)

    def activity_id(self) -> str:
        with self.office.store.session() as session:
            found = session.exec(select(Activity).order_by(col(Activity.held_on))).first()
            assert found is not None
            return found.id


def _explanations(site: Site) -> dict[str, str]:
    try:
        make_return(site.store, ReturnRequest(parse_period(PERIOD)))
    except MissingExplanations as exc:
        return {key: "已核实，情况属实。" for key, _ in exc.items}
    return {}


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    office = small_office(tmp_path / "office")
    city, hub, stick = certified_city(tmp_path, {"新华社区": office})
    yield World(city, hub, office, stick)
    hub.close()
    office.close()


def test_a_comment_on_a_figure_and_one_on_a_record_reach_the_office_where_they_apply(world: World) -> None:
    snapshot_id = world.send()
    activity = world.activity_id()
    period = parse_period(PERIOD)
    on_figure = add_comment(
        world.hub.store,
        world.office.code,
        period,
        figure_key="service.activities",
        text=" 活动次数与台账不符，请核对。 ",
        written_by=" 王审核 ",
        now=WRITTEN,
    )
    assert (on_figure.return_id, on_figure.figure_label, on_figure.text, on_figure.written_by, on_figure.level) == (
        snapshot_id,
        "开展活动",
        "活动次数与台账不符，请核对。",
        "王审核",
        "市级",
    )
    on_record = add_comment(
        world.hub.store,
        world.office.code,
        period,
        record=("activity", activity),
        text="第 1 条活动日期有误",
        written_by="王审核",
        now=WRITTEN,
    )
    assert on_record.record_title == "便民服务日（第1次）"

    built = build_ack_payload(world.hub.store, world.office.code)
    carried = read_ack_payload(built.data)["comments"]
    assert [(c["id"], c["figure_key"], c["table_name"], c["record_id"]) for c in carried] == [
        (on_figure.id, "service.activities", "", ""),
        (on_record.id, "", "activity", activity),
    ]
    assert built.counts["comments"] == 2

    ack = world.acknowledge()
    assert ack.comments == 2 and ack.changes.returns
    assert "市级审核意见 2 条" in ack.message()
    with world.office.store.session() as session:
        by_return = comments_by_return(session, world.office.code)
        assert [c.text for c in by_return[snapshot_id]] == ["活动次数与台账不符，请核对。", "第 1 条活动日期有误"]
        [figure, record] = current_comments(session, world.office.code, PERIOD)
        assert (figure.figure_key, figure.figure_label, figure.written_by, figure.written_at) == (
            "service.activities",
            "开展活动",
            "王审核",
            WRITTEN,
        )
        assert (record.table_name, record.record_id, record.record_title) == (
            "activity",
            activity,
            "便民服务日（第1次）",
        )
        assert [c.text for c in record_comments(session, "activity", activity)] == ["第 1 条活动日期有误"]

    before = dump(world.office)
    again = world.acknowledge()  # a newer acknowledgement saying the same: nothing new
    assert again.comments == 0 and "市级审核意见" not in again.message()
    assert [line for line in dump(world.office) if "review_comment" in line] == [
        line for line in before if "review_comment" in line
    ]


def test_a_newer_version_leaves_older_comments_to_the_exchange_history(world: World) -> None:
    first = world.send()
    activity = world.activity_id()
    add_comment(
        world.hub.store,
        world.office.code,
        parse_period(PERIOD),
        record=("activity", activity),
        text="日期有误",
        written_by="王审核",
    )
    world.acknowledge()
    made = make_return(  # a correction, signed again (version 2)
        world.office.store,
        ReturnRequest(
            parse_period(PERIOD),
            sign=True,
            passphrase=OFFICE_PASSPHRASE,
            explanations=_explanations(world.office),
            correction_reason="更正活动日期",
        ),
    )
    assert made.snapshot_id not in (None, first)
    with world.office.store.session() as session:
        assert current_comments(session, world.office.code, PERIOD) == []
        assert record_comments(session, "activity", activity) == []
        assert [c.return_version for c in comments_by_return(session, world.office.code)[first]] == [1]


def test_unknown_figures_other_offices_records_and_missing_words_are_refused(world: World) -> None:
    period = parse_period(PERIOD)
    store, code = world.hub.store, world.office.code
    with pytest.raises(CommentRefused, match="还没有报送"):
        add_comment(store, code, period, figure_key="service.activities", text="请核对", written_by="王审核")
    world.send()
    before = dump(world.hub)
    with pytest.raises(CommentRefused, match=r"没有“service\.nothing”这一项指标"):
        add_comment(store, code, period, figure_key="service.nothing", text="请核对", written_by="王审核")
    with pytest.raises(CommentRefused, match="不是社区"):
        add_comment(store, code, period, record=("activity", "no-such-id"), text="请核对", written_by="王审核")
    with pytest.raises(CommentRefused, match="不是社区"):
        add_comment(store, code, period, record=("operator", world.activity_id()), text="请核对", written_by="王")
    with pytest.raises(CommentRefused, match="还没有报送"):
        add_comment(store, "150802009009", period, figure_key="service.activities", text="x", written_by="王")
    with pytest.raises(CommentRefused, match="不能为空"):
        add_comment(store, code, period, figure_key="service.activities", text="  ", written_by="王审核")
    with pytest.raises(CommentRefused, match="审核人姓名"):
        add_comment(store, code, period, figure_key="service.activities", text="请核对", written_by=" ")
    with pytest.raises(CommentRefused, match="太长"):
        add_comment(store, code, period, figure_key="service.activities", text="长" * 2001, written_by="王审核")
    assert dump(world.hub) == before  # nothing written


def test_an_acknowledgement_over_the_comment_budget_is_refused() -> None:
    document = {
        "format": "shequ-ack",
        "v": 1,
        "office_code": "150802002001",
        "receipts": [],
        "decisions": [],
        "comments": [{}] * (budgets.MAX_ACK_COMMENTS + 1),
        "standards": {"columns": ["id"], "rows": []},
    }
    data = zlib.compress(json.dumps(document).encode("utf-8"))
    with pytest.raises(budgets.OverBudget):
        read_ack_payload(data)
    del document["comments"]  # an older city's acknowledgement: no comments, still read
    assert read_ack_payload(zlib.compress(json.dumps(document).encode("utf-8")))["comments"] == []


def test_shequ_city_comment_adds_one_and_status_lists_it(world: World) -> None:
    world.send()
    activity = world.activity_id()
    world.hub.close()  # the command line opens the city's folder itself
    folder = str(world.hub.folder)
    base = ("--data-dir", folder, "city", "comment", "--office", world.office.code, "--period", PERIOD)

    code, out, err = shequ(*base, "--figure", "service.activities", "--text", "活动次数偏少", "--by", "王审核")
    assert code == 0, err
    assert "王审核已对" in out and "开展活动" in out
    code, out, err = shequ(*base, "--record", f"activity:{activity}", "--text", "日期有误", "--by", "王审核")
    assert code == 0, err
    assert "便民服务日（第1次）" in out

    code, _, err = shequ(*base, "--figure", "service.nothing", "--text", "x", "--by", "王审核")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "指标" in err
    code, _, err = shequ(*base, "--record", "activity:not-there", "--text", "x", "--by", "王审核")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "不是社区" in err
    code, _, err = shequ(*base, "--record", "activity", "--text", "x", "--by", "王审核")
    assert code == 2 and "表名:记录编号" in err

    code, out, err = shequ("--data-dir", folder, "city", "status", "--period", PERIOD, "--json")
    assert code == 0, err
    [entry] = json.loads(out)["offices"]
    assert [(c["figure"], c["record"], c["text"], c["by"], c["level"]) for c in entry["comments"]] == [
        ("service.activities", None, "活动次数偏少", "王审核", "市级"),
        (None, f"activity:{activity}", "日期有误", "王审核", "市级"),
    ]
    code, out, _ = shequ("--data-dir", folder, "city", "status", "--period", PERIOD)
    assert code == 0 and "活动次数偏少" in out
    world.hub.store = open_store(world.hub.folder)  # for the fixture to close


def test_a_record_of_another_office_is_refused(tmp_path: Path) -> None:
    first = small_office(tmp_path / "first")
    second = small_office(tmp_path / "second", code="150802003001", name="团结社区")
    city, hub, stick = certified_city(tmp_path, {"新华社区": first, "团结社区": second})
    try:
        for site in (first, second):
            world = World(city, hub, site, stick)
            world.send()
        theirs = World(city, hub, second, stick).activity_id()
        before = dump(hub)
        with pytest.raises(CommentRefused, match="不是社区 150802002001 的记录"):
            add_comment(
                hub.store, first.code, parse_period(PERIOD), record=("activity", theirs), text="x", written_by="王"
            )
        assert dump(hub) == before
        made = add_comment(
            hub.store, second.code, parse_period(PERIOD), record=("activity", theirs), text="日期有误", written_by="王"
        )
        assert made.office_code == second.code
    finally:
        hub.close()
        first.close()
        second.close()
