"""Lists out to Excel (typed cells, frozen header, widths), the round trip back in, and templates."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db import kinds
from db.audit import Actor
from db.demo import build_demo
from db.forms import Input
from db.listing import ListFilter
from db.models import Funding, PartyMember, Resident
from db.sheets import (
    IMPORTABLE_KINDS,
    RowAction,
    build_preview,
    commit_preview,
    export_list,
    sheet_kind,
    write_template,
)
from db.sheets.errors import SheetWriteFailed
from db.sheets.plan import plan_import
from db.store import Store, open_store
from tests.support.sheets_support import OFFICE_CODE, make_id, set_up_office

ZHANG = make_id(date(1980, 1, 1), 11)
LI = make_id(date(1985, 5, 5), 22)
# Parents before the records that name them.
IMPORT_ORDER = (
    "party_orgs",
    "facilities",
    "partner_units",
    "party_members",
    "staff",
    "residents",
    "volunteers",
    "funding",
    "activities",
    "awards",
)


@pytest.fixture
def office(store: Store) -> Store:
    set_up_office(store)
    return store


def _import(store: Store, actor: Actor, path: Path, kind: str | None = None) -> Any:
    plan = plan_import(path, kind=kind)
    with store.session(actor) as session:
        preview = build_preview(session, plan.sheet, plan.require_mapping(), office_code=OFFICE_CODE)
    with store.session(actor) as session:
        result = commit_preview(session, preview) if preview.importable_rows() else None
    return plan, preview, result


def test_an_exported_list_has_typed_cells_a_frozen_header_and_widths(
    office: Store, actor: Actor, tmp_path: Path
) -> None:
    with office.transaction(actor) as session:
        session.add(
            Resident(
                name="张三",
                id_number=ZHANG,
                gender="male",
                birth_date=date(1980, 1, 1),
                category="low_income",
                needs="daily_care,medical",
                phone="13812345678",
                address="临河区胜利路118号3单元502",
            )
        )
        session.add(
            Funding(
                received_on=date(2026, 3, 1), fiscal_year=2026, source="fiscal", amount_fen=1234567, purpose="office"
            )
        )
    with office.session(actor) as session:
        residents = export_list(session, "residents", tmp_path / "帮扶对象.xlsx")
        funding = export_list(session, "funding", tmp_path / "经费.xlsx")
    assert residents.rows == 1 and funding.rows == 1

    sheet = load_workbook(residents.path).active
    assert sheet.title == "帮扶对象"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:J2"
    headers = [cell.value for cell in sheet[1]]
    assert headers == [column.header for column in sheet_kind("residents").fields]
    assert headers[:5] == ["姓名", "身份证号", "性别", "出生日期", "帮扶对象类别"]
    assert all(cell.font.bold for cell in sheet[1])
    row = dict(zip(headers, sheet[2], strict=True))
    assert row["身份证号"].value == ZHANG and row["身份证号"].data_type == "s" and row["身份证号"].number_format == "@"
    assert row["联系电话"].value == "13812345678" and row["联系电话"].number_format == "@"
    assert row["出生日期"].is_date and row["出生日期"].value == datetime(1980, 1, 1)
    assert row["出生日期"].number_format == "yyyy-mm-dd"
    assert row["性别"].value == "男" and row["帮扶对象类别"].value == "低保户"
    assert row["帮扶需求"].value == "生活照料、医疗"
    assert sheet.column_dimensions["B"].width >= 20  # an ID number shows whole
    assert sheet.column_dimensions["G"].width > sheet.column_dimensions["C"].width  # the address is wider

    money = load_workbook(funding.path).active
    cells = {cell.value: below for cell, below in zip(money[1], money[2], strict=True)}
    amount = cells["金额（元）"]
    assert amount.data_type == "n" and amount.value == pytest.approx(12345.67)
    assert amount.number_format == "#,##0.00"
    assert cells["预算年度"].value == 2026 and cells["预算年度"].data_type == "n"
    assert cells["到账日期"].is_date


def test_export_follows_the_search_and_the_filters(office: Store, actor: Actor, tmp_path: Path) -> None:
    with office.transaction(actor) as session:
        session.add(PartyMember(name="张三", id_number=ZHANG, category="employed", joined_on=date(2001, 7, 1)))
        session.add(PartyMember(name="李四", id_number=LI, category="retired", joined_on=date(1999, 7, 1)))
        session.add(PartyMember(name="张五", category="retired", joined_on=date(2011, 7, 1)))
    with office.session(actor) as session:
        searched = export_list(session, "party_members", tmp_path / "a.xlsx", search="张")
        filtered = export_list(
            session, "party_members", tmp_path / "b.xlsx", search="张", filters=ListFilter({"category": "retired"})
        )
        by_date = export_list(
            session,
            "party_members",
            tmp_path / "c.xlsx",
            filters=ListFilter(date_field="joined_on", date_from=date(2000, 1, 1), date_to=date(2005, 12, 31)),
        )

    def names(path: Path) -> list[Any]:
        return [row[0] for row in load_workbook(path).active.iter_rows(min_row=2, values_only=True)]

    assert (searched.rows, filtered.rows, by_date.rows) == (2, 1, 1)
    assert names(searched.path) == ["张三", "张五"]
    assert names(filtered.path) == ["张五"]
    assert names(by_date.path) == ["张三"]


def test_an_export_writes_atomically_and_says_when_it_cannot(office: Store, actor: Actor, tmp_path: Path) -> None:
    target = tmp_path / "list.xlsx"
    target.write_bytes(b"old")
    with office.session(actor) as session:
        export_list(session, "awards", target)
        assert target.read_bytes()[:2] == b"PK"
        assert not list(tmp_path.glob("*.partial"))
        with pytest.raises(SheetWriteFailed) as caught:
            export_list(session, "awards", tmp_path / "没有这个文件夹" / "list.xlsx")
    assert "文件夹不存在" in str(caught.value)


def _stored(store: Store, kind_key: str) -> list[tuple[Any, ...]]:
    """Every live record of a kind as its sheet's values, linked records by name (order-free)."""
    spec = sheet_kind(kind_key)
    model = kinds.kind(kind_key).model
    with store.session() as session:
        records = session.scalars(select(model).where(model.deleted_at.is_(None))).all()  # type: ignore[attr-defined]
        titles: dict[str, dict[str, str]] = {}
        for column in spec.fields:
            if column.input is Input.RECORD and column.ref_kind:
                ref = kinds.kind(column.ref_kind)
                titles[column.name] = {
                    r.id: getattr(r, ref.title_field) for r in session.scalars(select(ref.model)).all()
                }
        rows = []
        for record in records:
            values = []
            for column in spec.fields:
                value = getattr(record, column.name)
                if column.input is Input.RECORD:
                    value = titles[column.name].get(value) if value else None
                if value == "":
                    value = None
                values.append(value)
            rows.append(tuple(values))
    return sorted(rows, key=repr)


def test_a_whole_office_exported_imports_to_the_same_records(tmp_path: Path, actor: Actor) -> None:
    """Round trip: every importable ledger of the demo office, exported and imported into a new office."""
    with open_store(tmp_path / "demo", create=True) as demo:
        build_demo(demo)
        with demo.session() as session:
            for kind_key in IMPORT_ORDER:
                export_list(session, kind_key, tmp_path / f"{kind_key}.xlsx")
        expected = {kind_key: _stored(demo, kind_key) for kind_key in IMPORT_ORDER}
    assert all(expected[kind_key] for kind_key in IMPORT_ORDER)

    with open_store(tmp_path / "new", create=True) as fresh:
        set_up_office(fresh)
        for kind_key in IMPORT_ORDER:
            plan, preview, _result = _import(fresh, actor, tmp_path / f"{kind_key}.xlsx")
            assert plan.kind_key == kind_key  # told by the exported headers alone
            assert preview.counts.errors == 0, [i.message for _r, i in preview.problems(5)]
            assert preview.counts.create == len(expected[kind_key])
        for kind_key in IMPORT_ORDER:
            assert _stored(fresh, kind_key) == expected[kind_key], kind_key

        # and a second import of the same files changes nothing
        for kind_key in IMPORT_ORDER:
            _plan, again, result = _import(fresh, actor, tmp_path / f"{kind_key}.xlsx")
            assert again.counts.create == 0 and again.counts.update == 0, kind_key
            assert again.counts.unchanged == len(expected[kind_key])
            assert result is None


def test_a_list_exported_imports_back_unchanged_into_its_own_office(
    office: Store, actor: Actor, tmp_path: Path
) -> None:
    with office.transaction(actor) as session:
        session.add(
            PartyMember(name="张三", id_number=ZHANG, gender="male", birth_date=date(1980, 1, 1), category="employed")
        )
        session.add(PartyMember(name="李四", category="retired", birth_date=date(1955, 4, 4), phone="0478-8123456"))
    with office.session(actor) as session:
        export_list(session, "party_members", tmp_path / "党员.xlsx")
    _plan, preview, result = _import(office, actor, tmp_path / "党员.xlsx")
    assert [row.action for row in preview.rows] == [RowAction.UNCHANGED, RowAction.UNCHANGED]
    assert {row.match_by for row in preview.rows} == {"id_number", "name_birth_date"}
    assert result is None


@pytest.mark.parametrize("kind_key", IMPORTABLE_KINDS)
def test_a_template_has_the_headers_notes_and_drop_downs_and_imports_when_filled(kind_key: str, tmp_path: Path) -> None:
    path = write_template(kind_key, tmp_path / f"{kind_key}.xlsx")
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    spec = sheet_kind(kind_key)
    assert sheet.title == spec.label
    assert sheet.freeze_panes == "A3"
    assert "导入模板" in sheet["A1"].value
    headers = [cell.value for cell in sheet[2]]
    assert headers == [f.header + ("*" if f.required else "") for f in spec.fields]
    assert all(cell.comment is not None and cell.comment.text for cell in sheet[2])
    lists = [f for f in spec.fields if f.input in (Input.CHOICE, Input.FLAG)]
    assert len(sheet.data_validations.dataValidation) == len(lists)
    assert workbook["选项"].sheet_state == "hidden"
    assert workbook["填写说明"].max_row == len(spec.fields) + 1

    sheet.cell(row=3, column=1, value="x")  # a template read back finds its header (an empty one has no rows)
    workbook.save(path)
    plan = plan_import(path)
    assert plan.kind_key == kind_key
    assert plan.sheet.header_row == 2
    assert plan.mapping is not None and None not in plan.mapping.fields


def test_a_filled_in_template_imports(office: Store, actor: Actor, tmp_path: Path) -> None:
    path = write_template("residents", tmp_path / "帮扶对象模板.xlsx")
    workbook = load_workbook(path)
    sheet = workbook.active
    headers = [cell.value for cell in sheet[2]]
    row = {
        "姓名*": "张三",
        "身份证号": ZHANG,
        "帮扶对象类别*": "空巢/独居老人",
        "帮扶需求": "医疗、心理",
        "联系电话": "13812345678",
    }
    for column, header in enumerate(headers, 1):
        sheet.cell(row=3, column=column, value=row.get(header))
    workbook.save(path)
    _plan, _preview, result = _import(office, actor, path)
    assert result is not None and result.created == 1
    with office.session(actor) as session:
        stored = session.scalars(select(Resident)).one()
    assert (stored.name, stored.category, stored.needs, stored.gender, stored.birth_date) == (
        "张三",
        "elderly_alone",
        "medical,psychological",
        "male",
        date(1980, 1, 1),
    )
