"""The return's legal identification block (表号, 制表机关, 批准机关, 批准文号, 有效期至): set by the
city (``shequ city form-info``), carried by its signed acknowledgement, kept by the office and printed
at the top right of the return's first page — a value never set is not printed. Real city and office
folders, a real sealed acknowledgement, the return read back with poppler's ``pdftotext``."""

from __future__ import annotations

import json
import shutil
import subprocess
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.exchange.acks import apply_ack_payload, build_ack_payload, read_ack_payload
from db.exchange.bundle import export_ack, import_ack
from db.exchange.form_info import FormInfo, city_file, office_file, read_city, read_office, write_city
from db.exchange.pki import CityAuthority
from db.periods import parse_period
from db.returns.errors import MissingExplanations
from db.returns.make import ReturnRequest, make_return
from tests.support.cli import shequ
from tests.support.exchange_sites import CITY_PASSPHRASE, OFFICE_PASSPHRASE, Site, certified_city, small_office

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

PERIOD = "2026Q1"
SET = (
    "--table-no",
    "巴组统 1 号",
    "--authority",
    "中共巴彦淖尔市委组织部（统计）",
    "--approved-by",
    "巴彦淖尔市统计局",
    "--approval-no",
    "巴统制〔2026〕12 号",
    "--valid-until",
    "2028-12-31",
)


@dataclass
class World:
    city: CityAuthority
    hub: Site
    office: Site
    stick: Path

    def form_info(self, *args: str) -> tuple[int, str, str]:
        return shequ("--data-dir", str(self.hub.folder), "city", "form-info", *args)

    def acknowledge(self):  # type: ignore[no-untyped-def]
        written = export_ack(self.hub.store, self.city, CITY_PASSPHRASE, self.office.code, self.stick)
        return import_ack(self.office.store, written.path, passphrase=OFFICE_PASSPHRASE)

    def header_text(self, folder: Path, **kwargs: str) -> str:
        """The first page of the office's return (unsigned), as pdftotext reads it, spaces removed."""
        period = parse_period(PERIOD)
        try:
            made = make_return(self.office.store, ReturnRequest(period, **kwargs))  # type: ignore[arg-type]
        except MissingExplanations as exc:
            explanations = {key: "已核实，情况属实。" for key, _ in exc.items}
            made = make_return(self.office.store, ReturnRequest(period, explanations=explanations, **kwargs))  # type: ignore[arg-type]
        path = folder / "return.pdf"
        path.write_bytes(made.pdf)
        text = subprocess.run(
            ["pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
        return "".join(text.split())


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    office = small_office(tmp_path / "office")
    city, hub, stick = certified_city(tmp_path, {"新华社区": office})
    yield World(city, hub, office, stick)
    hub.close()
    office.close()


def test_the_city_sets_and_shows_the_block(world: World) -> None:
    code, out, err = world.form_info()
    assert code == 0 and err == ""
    assert "批准文号：（未设置）" in out

    code, out, err = world.form_info(*SET)
    assert code == 0 and err == "" and "已保存" in out
    assert "批准文号：巴统制〔2026〕12 号" in out and "有效期至：2028-12-31" in out
    assert read_city(world.hub.folder, source=world.hub.store) == FormInfo(
        "巴组统 1 号", "中共巴彦淖尔市委组织部（统计）", "巴彦淖尔市统计局", "巴统制〔2026〕12 号", "2028-12-31"
    )

    # one option changes that value only
    code, _, _ = world.form_info("--approval-no", "巴统制〔2027〕3 号")
    assert code == 0
    code, out, _ = world.form_info("--json")
    assert code == 0
    assert json.loads(out) == {
        "table_no": "巴组统 1 号",
        "authority": "中共巴彦淖尔市委组织部（统计）",
        "approved_by": "巴彦淖尔市统计局",
        "approval_no": "巴统制〔2027〕3 号",
        "valid_until": "2028-12-31",
    }


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--valid-until", "2028-02-30"), "有效期至“2028-02-30”不是有效的日期"),
        (("--valid-until", "明年"), "不是有效的日期"),
        (("--valid-until", "20281231"), "不是有效的日期"),
        (("--approval-no", "号" * 61), "批准文号太长（61 个字），最多 60 个字"),
        (("--approved-by", "统计局\n另一行"), "批准机关里有换行"),
    ],
)
def test_bad_input_is_refused_in_one_line_and_changes_nothing(world: World, args: tuple[str, str], words: str) -> None:
    assert world.form_info(*SET)[0] == 0
    before = read_city(world.hub.folder, source=world.hub.store)
    code, out, err = world.form_info(*args)
    assert code == 2 and out == ""
    assert words in err and err.count("\n") == 1
    assert read_city(world.hub.folder, source=world.hub.store) == before
    assert not city_file(world.hub.folder).exists()  # kept in the city's database, not in a file


def test_the_acknowledgement_carries_it_and_the_return_prints_it(world: World, tmp_path: Path) -> None:
    before = world.header_text(tmp_path)
    assert "表号：" in before and "制表机关：中共巴彦淖尔市委组织部" in before
    for label in ("批准机关", "批准文号", "有效期至"):
        assert label not in before  # nothing holds them yet: never invented

    assert world.form_info(*SET)[0] == 0
    document = read_ack_payload(build_ack_payload(world.hub.store, world.office.code).data)
    assert document["form_info"]["approval_no"] == "巴统制〔2026〕12 号"

    result = world.acknowledge()
    assert result.form_info_updated and result.changes.office and "批准文号" in result.message()
    assert read_office(world.office.folder) == read_city(world.hub.folder, source=world.hub.store)
    assert office_file(world.office.folder).parent.name == "keys"

    text = world.header_text(tmp_path)
    for expected in (
        "表号：巴组统1号",
        "制表机关：中共巴彦淖尔市委组织部（统计）",
        "批准机关：巴彦淖尔市统计局",
        "批准文号：巴统制〔2026〕12号",
        "有效期至：2028-12-31",
    ):
        assert expected in text

    # the office's own --authority still wins for 制表机关; the rest stays the city's
    text = world.header_text(tmp_path, authority="新华街道党工委")
    assert "制表机关：新华街道党工委" in text and "批准文号：巴统制〔2026〕12号" in text

    # a later acknowledgement replaces what the office keeps; a value the city clears is not printed
    assert world.form_info("--approval-no", "", "--valid-until", "2029-06-30")[0] == 0
    result = world.acknowledge()
    assert result.form_info_updated
    assert read_office(world.office.folder).approval_no == ""
    text = world.header_text(tmp_path)
    assert "批准文号" not in text and "有效期至：2029-06-30" in text and "批准机关：巴彦淖尔市统计局" in text


def test_an_older_acknowledgement_without_it_is_read_and_keeps_what_the_office_has(world: World) -> None:
    assert world.form_info(*SET)[0] == 0
    world.acknowledge()
    kept = office_file(world.office.folder).read_bytes()

    document = read_ack_payload(build_ack_payload(world.hub.store, world.office.code).data)
    del document["form_info"]
    older = zlib.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    header = {"kind": "city-to-office", "from": "city", "to": world.office.code, "seq": 99, "prev": None}
    result = apply_ack_payload(world.office.store, older, header=header, bundle_sha256="0" * 64)
    assert not result.already_imported and not result.form_info_updated
    assert office_file(world.office.folder).read_bytes() == kept


def test_a_city_made_before_keeps_its_file_until_the_block_is_set_in_its_database(world: World) -> None:
    older = FormInfo("巴组统 1 号", "中共巴彦淖尔市委组织部", "", "", "")
    write_city(world.hub.folder, older)  # as a city made before kept it: city/form-info.json
    assert city_file(world.hub.folder).is_file()
    assert read_city(world.hub.folder, source=world.hub.store) == older  # still read
    document = read_ack_payload(build_ack_payload(world.hub.store, world.office.code).data)
    assert document["form_info"]["table_no"] == "巴组统 1 号"

    newer = FormInfo("巴组统 2 号", "中共巴彦淖尔市委组织部", "巴彦淖尔市统计局", "巴统制〔2026〕12 号", "2028-12-31")
    assert write_city(world.hub.folder, newer, source=world.hub.store) == newer
    assert read_city(world.hub.folder, source=world.hub.store) == newer  # the database's, for every workstation
    document = read_ack_payload(build_ack_payload(world.hub.store, world.office.code).data)
    assert document["form_info"]["approval_no"] == "巴统制〔2026〕12 号"
