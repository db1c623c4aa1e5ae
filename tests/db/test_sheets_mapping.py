"""Telling the ledger from its headers, mapping columns, and remembering the office's choices."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from db.sheets import IMPORTABLE_KINDS, ColumnMapping, MappingMemory, auto_map, guess_kind, sheet_kind
from db.sheets.errors import KindNotImportable, SheetKindUnknown, SheetNoColumns, UnknownKind
from db.sheets.mapping import MAPPINGS_FILENAME
from db.sheets.plan import plan_import
from db.sheets.spec import field_for_header, resolve_kind
from tests.support.sheets_support import make_id, write_xlsx


@pytest.mark.parametrize(
    ("headers", "kind"),
    [
        (["序号", "姓名", "性别", "身份证号码", "入党时间", "党员类别", "所在支部"], "party_members"),
        (["姓名", "性别", "出生年月", "职务", "任职时间", "月工资", "养老保险"], "staff"),
        (["姓名", "身份证号", "困难类型", "家庭住址", "帮扶需求"], "residents"),
        (["姓名", "手机号", "服务队", "特长", "加入时间"], "volunteers"),
        (["到账日期", "资金来源", "金额（元）", "用途"], "funding"),
        (["场所名称", "场所类型", "建筑面积（㎡）", "取得方式", "开放时间"], "facilities"),
        (["党组织名称", "组织类型", "上级党组织", "书记", "成立时间"], "party_orgs"),
        (["单位名称", "单位性质", "联系人", "联系电话", "签约日期", "共建内容"], "partner_units"),
        (["活动日期", "活动名称", "活动类型", "参加人数", "参加党员人数"], "activities"),
        (["年度", "荣誉称号", "获奖单位", "级别"], "awards"),
    ],
)
def test_the_kind_is_told_by_the_headers(headers: list[str], kind: str) -> None:
    guesses = guess_kind(headers)
    assert guesses[0].kind_key == kind, guesses[:3]


def test_the_sheet_name_breaks_a_tie() -> None:
    headers = ["姓名", "性别", "身份证号", "联系电话"]
    assert guess_kind(headers, sheet_name="志愿者名单")[0].kind_key == "volunteers"
    assert guess_kind(headers, title="困难群众帮扶对象花名册")[0].kind_key == "residents"


def test_headers_with_variants_and_spacing_map_to_fields() -> None:
    mapping = auto_map(
        "party_members",
        ["序号", "姓\u3000名", " 性 别 ", "身份证号码*", "入党时间：", "出生年月", "联系电话（手机）", "籍贯", ""],
    )
    assert mapping.fields == (
        None,
        "name",
        "gender",
        "id_number",
        "joined_on",
        "birth_date",
        "phone",
        None,
        None,
    )
    assert mapping.unmapped_headers == ["籍贯"]
    assert mapping.missing_required == ["category"]


def test_each_field_is_filled_by_one_column_only() -> None:
    mapping = auto_map("staff", ["姓名", "手机", "电话"])
    assert mapping.fields == ("name", "phone", None)
    changed = mapping.assign(2, "phone")
    assert changed.fields == ("name", None, "phone")
    assert mapping.fields == ("name", "phone", None)  # immutable
    assert changed.assign(0, None).fields == (None, None, "phone")
    with pytest.raises(KeyError):
        mapping.assign(1, "no_such_field")


def test_constants_fill_a_field_for_every_row() -> None:
    mapping = auto_map("residents", ["姓名", "身份证号"])
    assert mapping.missing_required == ["category"]
    with_category = mapping.with_constant("category", "低保户")
    assert with_category.missing_required == []
    assert with_category.with_constant("category", "").missing_required == ["category"]


def test_money_in_wan_yuan_is_noticed_from_the_header() -> None:
    mapping = auto_map("funding", ["到账日期", "来源", "金额（万元）", "用途"])
    assert mapping.fields[2] == "amount_fen"
    assert mapping.scales() == {"amount_fen": 10000}


def test_every_field_of_every_importable_kind_maps_from_its_export_header_and_label() -> None:
    for kind in IMPORTABLE_KINDS:
        for column in sheet_kind(kind).fields:
            assert field_for_header(kind, column.header) == column.name, (kind, column.header)
            assert field_for_header(kind, column.label) == column.name, (kind, column.label)
            assert field_for_header(kind, column.header + "*") == column.name


def test_kinds_by_key_or_name() -> None:
    assert resolve_kind("党员") == "party_members"
    assert resolve_kind("party_members") == "party_members"
    assert resolve_kind(" 帮扶对象 ") == "residents"
    assert resolve_kind("结对帮扶") == "pairings"  # a list: exported, not imported
    with pytest.raises(KindNotImportable):
        resolve_kind("结对帮扶", importable=True)
    with pytest.raises(KindNotImportable):
        resolve_kind("member_posts", importable=True)
    with pytest.raises(UnknownKind) as caught:
        resolve_kind("人口")
    assert "party_members（党员）" in str(caught.value)


# -- remembering ---------------------------------------------------------------------------


def test_a_mapping_is_remembered_for_the_next_file(tmp_path: Path) -> None:
    memory = MappingMemory(tmp_path)
    assert memory.load() == {}
    headers = ("成员", "证件", "加入党组织时间", "人员分类", "备考")
    mapping = auto_map("party_members", headers)
    assert mapping.fields == (None, None, None, None, None)
    chosen = (
        mapping.assign(0, "name").assign(1, "id_number").assign(2, "joined_on").assign(3, "category").assign(4, None)
    )
    memory.remember(chosen)
    stored = json.loads((tmp_path / MAPPINGS_FILENAME).read_text(encoding="utf-8"))
    assert stored["kinds"]["party_members"]["加入党组织时间"] == "joined_on"
    assert stored["kinds"]["party_members"]["备考"] == ""
    assert not list(tmp_path.glob("*.partial"))

    again = auto_map(
        "party_members", ["成 员", "证件", "加入党组织时间", "人员分类", "备考"], memory.for_kind("party_members")
    )
    assert again.fields == ("name", "id_number", "joined_on", "category", None)
    # the remembered headers also tell the kind and mark the header row of the next file
    assert guess_kind(list(headers), remembered=memory.load())[0].kind_key == "party_members"
    path = write_xlsx(
        tmp_path / "下一份.xlsx",
        [["成员", "证件", "加入党组织时间", "人员分类"], ["张三", make_id(date(1980, 1, 1)), "2001-07-01", "在职"]],
        title="党员名单",
    )
    plan = plan_import(path, memory=memory)
    assert plan.kind_key == "party_members"
    assert plan.mapping is not None and plan.mapping.fields == ("name", "id_number", "joined_on", "category")


def test_a_damaged_memory_file_counts_as_empty_and_is_rewritten(tmp_path: Path) -> None:
    (tmp_path / MAPPINGS_FILENAME).write_text("{not json", encoding="utf-8")
    memory = MappingMemory(tmp_path)
    assert memory.load() == {}
    memory.remember(auto_map("staff", ["姓名"]))
    assert memory.for_kind("staff") == {"姓名": "name"}


def test_plan_without_a_telling_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["编号", "备注", "说明"], [1, "x", "y"]])
    plan = plan_import(path)
    assert plan.kind_key is None
    with pytest.raises(SheetKindUnknown):
        plan.require_mapping()
    chosen = plan.with_kind("党员")
    assert chosen.kind_key == "party_members" and chosen.kind_given
    assert chosen.mapping is not None and chosen.mapping.fields == (None, "note", None)
    empty = replace(chosen, kind_key="awards", mapping=ColumnMapping("awards", plan.sheet.headers, (None, None, None)))
    with pytest.raises(SheetNoColumns):
        empty.require_mapping()
