"""Helpers shared by the tests of db/sheets: ID numbers, workbooks made the way offices make them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from db.audit import Actor
from db.office import OfficeSetup, create_office
from db.sheets import ColumnMapping, Preview, build_preview
from db.sheets.plan import ImportPlan, plan_import
from db.store import Store
from db.validation.idcard import check_digit

OFFICE_CODE = "150802001001"
TODAY = date(2026, 11, 28)


def make_id(birth: date, seq: int = 11, region: str = "150802") -> str:
    """A valid ID number (the last digit of ``seq``: odd for a man, even for a woman)."""
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + check_digit(body)


def bad_check_digit(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:-1] + last


def set_up_office(store: Store) -> None:
    create_office(store, OfficeSetup(OFFICE_CODE, "胜利社区", "车站街道", "临河区"))


def write_xlsx(
    path: Path,
    rows: Iterable[Sequence[Any]],
    *,
    title: str = "",
    merge_title: int = 0,
    sheet: str = "Sheet1",
    extra_sheets: dict[str, list[Sequence[Any]]] | None = None,
) -> Path:
    """A workbook: an optional merged title row over ``merge_title`` columns, then ``rows``."""
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    if title:
        worksheet.append([title])
        if merge_title:
            worksheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=merge_title)
    for row in rows:
        worksheet.append(list(row))
    for name, more in (extra_sheets or {}).items():
        other = workbook.create_sheet(name)
        for row in more:
            other.append(list(row))
    workbook.save(path)
    return path


def preview_file(
    store: Store,
    actor: Actor,
    path: Path,
    *,
    kind: str | None = None,
    sheet: str | None = None,
    mapping: ColumnMapping | None = None,
) -> tuple[ImportPlan, Preview]:
    plan = plan_import(path, kind=kind, sheet=sheet)
    chosen = mapping or plan.require_mapping()
    with store.session(actor) as session:
        preview = build_preview(session, plan.sheet, chosen, office_code=OFFICE_CODE, today=TODAY)
    return plan, preview
