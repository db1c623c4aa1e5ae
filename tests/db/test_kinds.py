"""The registry of record kinds: its per-kind facts agree with the models, the forms and the judgement."""

from __future__ import annotations

import pytest
from sqlalchemy import Date, Integer

from db import kinds
from db.compliance import ComplianceInputs, judge
from db.forms import LISTED_KINDS, parent_child
from db.kinds import KINDS, PILLARS, RecordKind
from db.periods import parse_period


def _column(record_kind: RecordKind, name: str) -> object:
    table = record_kind.model.__table__  # type: ignore[attr-defined]
    assert name in table.c, f"{record_kind.key}.{name}"
    return table.c[name]


@pytest.mark.parametrize("record_kind", KINDS, ids=lambda k: k.key)
def test_each_kind_names_real_fields(record_kind: RecordKind) -> None:
    for name in (
        record_kind.title_field,
        *record_kind.search_fields,
        *(k for key in record_kind.natural_keys for k in key),
    ):
        _column(record_kind, name)
    for name in record_kind.period_dates:
        assert isinstance(_column(record_kind, name).type, Date)  # type: ignore[attr-defined]
    if record_kind.period_year is not None:
        assert isinstance(_column(record_kind, record_kind.period_year).type, Integer)  # type: ignore[attr-defined]
    if record_kind.detail_field is not None:
        _column(record_kind, record_kind.detail_field)
    assert len(record_kind.period_dates) <= 2
    assert len(record_kind.period_dates) < 2 or record_kind.lasting  # an end date: the record lasts


@pytest.mark.parametrize("record_kind", KINDS, ids=lambda k: k.key)
def test_the_page_of_a_kind_is_its_own_list_or_its_parents(record_kind: RecordKind) -> None:
    found = parent_child(record_kind.key)
    if found is None:
        assert record_kind.page == record_kind.key and record_kind.listed
        assert record_kind.pillar in PILLARS
    else:
        assert record_kind.page == found[0] and not record_kind.listed
        assert kinds.kind(record_kind.page).listed
    assert (record_kind.key in LISTED_KINDS) == record_kind.listed


@pytest.mark.parametrize("record_kind", [k for k in KINDS if k.importable], ids=lambda k: k.key)
def test_importable_kinds_have_a_natural_key(record_kind: RecordKind) -> None:
    assert record_kind.listed and record_kind.natural_keys
    if record_kind.person_id_field is not None:  # people: the ID number, then a weaker key
        assert len(record_kind.natural_keys) == 2
        assert record_kind.natural_keys[0] == (record_kind.person_id_field,)
    else:
        assert len(record_kind.natural_keys) == 1


def test_every_figure_opens_one_listed_ledger() -> None:
    result = judge(ComplianceInputs(), {}, parse_period("2026"))
    figure_keys = {figure.key for pillar in result.pillars for figure in pillar.figures}
    claimed = [key for k in KINDS for key in k.figures]
    assert sorted(claimed) == sorted(figure_keys)  # each figure exactly once
    for key in figure_keys:
        owner = kinds.kind_of_figure(key)
        assert owner is not None and owner.listed
    assert kinds.kind_of_figure("no-such-figure") is None


def test_import_ranks_are_distinct() -> None:
    ranks = [k.import_rank for k in KINDS if k.import_rank is not None]
    assert len(ranks) == len(set(ranks))


def test_period_dates_of_a_lasting_record_without_end() -> None:
    member = kinds.kind("party_members")
    assert member.period_dates == ("registered_on",) and member.lasting
    assert kinds.kind("funding").period_dates == ("received_on",) and not kinds.kind("funding").lasting
    assert kinds.kind("awards").period_year == "year"
