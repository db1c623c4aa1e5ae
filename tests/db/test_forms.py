"""The editor forms as data (db/forms.py): every field of every kind, money and value display."""

from __future__ import annotations

from datetime import date

import pytest

from db import kinds
from db.enums import ResidentNeed
from db.forms import FORMS, FormField, Input, apply_values, display_value, new_values, parse_yuan, yuan_text
from db.models import Pairing, Staff
from db.sortkey import sorted_fields
from db.validation.rules import RULES

BOOKKEEPING = {"id", "office_code", "version", "modified_at", "modified_by", "deleted_at"}


@pytest.mark.parametrize("kind_key", [k.key for k in kinds.KINDS])
def test_every_kind_has_a_form_with_every_field(kind_key: str) -> None:
    spec = FORMS[kind_key]
    table = kinds.kind(kind_key).model.__table__  # type: ignore[attr-defined]
    columns = {c.key for c in table.columns} - BOOKKEEPING - set(sorted_fields(table).values())  # derived sort keys
    assert set(spec.names) == columns
    rules = RULES[kind_key]
    for form_field in spec.fields:
        if form_field.name in rules.codes:
            assert form_field.input is Input.CHOICE and form_field.enum is rules.codes[form_field.name]
        if form_field.name in rules.multi_codes:
            assert form_field.input is Input.CHOICES
        if form_field.name.endswith("_fen"):
            assert form_field.input is Input.MONEY
        if form_field.input is Input.RECORD:
            assert form_field.ref_kind in {k.key for k in kinds.KINDS}


def test_money_is_typed_in_yuan_and_stored_in_fen() -> None:
    assert parse_yuan("1,234.5") == 123450
    assert parse_yuan(" ") is None
    with pytest.raises(ValueError):
        parse_yuan("1.234")
    assert yuan_text(123450) == "1234.50" and yuan_text(None) == ""


def test_new_values_and_hidden_helpers_are_blank() -> None:
    values = new_values("funding", today=date(2026, 3, 5))
    assert values["received_on"] == date(2026, 3, 5) and values["fiscal_year"] == 2026
    pairing = Pairing(resident_id="r", helper_kind="volunteer", help_kind="daily_life", start_date=date(2026, 1, 1))
    form = {**new_values("pairings"), "resident_id": "r", "helper_kind": "volunteer", "help_kind": "daily_life"}
    apply_values(pairing, {**form, "volunteer_id": "v", "member_id": "m"})  # the member field is hidden
    assert (pairing.volunteer_id, pairing.member_id, pairing.unit_id) == ("v", None, None)
    staff = Staff(name="")
    apply_values(staff, {**new_values("staff"), "name": " 张三 ", "id_number": "150802198503121 35x", "position": ""})
    assert (staff.name, staff.id_number, staff.position, staff.pay_period) == (
        "张三",
        "15080219850312135X",
        None,
        "month",
    )


def test_values_are_shown_as_people_read_them() -> None:
    assert display_value(FormField("amount_fen", Input.MONEY), "1234567") == "12,345.67 元"
    assert display_value(FormField("needs", Input.CHOICES, ResidentNeed), "daily_care,medical") == "生活照料、医疗"
    assert display_value(FormField("has_network", Input.FLAG), "true") == "是"
    assert display_value(FormField("area_m2", Input.NUMBER, unit="平方米"), "150.5") == "150.5 平方米"
    assert (
        display_value(FormField("venue_id", Input.RECORD, ref_kind="facilities"), "x", {"x": "服务中心"}) == "服务中心"
    )
    assert display_value(FormField("note", Input.TEXT), None) == ""
