"""帮扶记录: every pairing's visits in one list of their own (the largest kind of a big office),
searched, filtered and sorted like the ledgers; new visits are still added under their pairing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from db import listing
from db.audit import LedgerSession
from db.models import Pairing, Resident, Visit
from db.store import Store
from desktop.common.columns import columns_for
from desktop.ledgers.list_page import ListPage
from desktop.shell.navigation import PAGE_KEYS, page_for
from tests.support.gui import open_window
from tests.support.office import OFFICE_CODE, add_sample_ledgers


@pytest.fixture
def visits(store: Store, session: LedgerSession) -> dict[str, str]:
    """The sample office's visit (赵大爷) and two to 钱奶奶, one in 2025."""
    add_sample_ledgers(store, session)
    granny = Resident(office_code=OFFICE_CODE, name="钱奶奶", category="elderly_alone")
    session.add(granny)
    session.flush()
    pairing = Pairing(
        office_code=OFFICE_CODE,
        resident_id=granny.id,
        helper_kind="volunteer",
        start_date=date(2025, 1, 1),
        help_kind="daily_life",
    )
    session.add(pairing)
    session.flush()
    early = Visit(office_code=OFFICE_CODE, pairing_id=pairing.id, visited_on=date(2025, 6, 1), content="送米面油")
    late = Visit(office_code=OFFICE_CODE, pairing_id=pairing.id, visited_on=date(2026, 9, 1), content="陪同就医")
    session.add_all([early, late])
    session.commit()
    return {"early": early.id, "late": late.id}


def _cells(page: ListPage, header: str) -> list[str]:
    model = page.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = titles.index(header)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_window_has_a_visits_list_newest_first_naming_the_resident(qtbot, store: Store, visits) -> None:
    assert "visits" in PAGE_KEYS
    assert page_for("visits") == "pairings"  # a visit is still kept (and opened) under its pairing
    window = open_window(qtbot, store)
    page = window.show_page("visits")
    assert isinstance(page, ListPage) and page.kind_key == "visits"
    assert _cells(page, "帮扶日期") == ["2026-09-01", "2026-02-01", "2025-06-01"]
    assert _cells(page, "帮扶对象") == ["钱奶奶", "赵大爷", "钱奶奶"]
    assert _cells(page, "帮扶内容") == ["陪同就医", "上门打扫卫生", "送米面油"]
    assert page.count_label.text() == "共 3 条"
    # added under the pairing, not here; not a ledger of its own to export
    assert page.new_button.isHidden() and page.export_button.isHidden()
    assert page.new_record() is None and page.export_excel() is None


def test_visits_are_searched_filtered_and_opened(qtbot, store: Store, visits) -> None:
    window = open_window(qtbot, store)
    page = window.show_page("visits")
    assert isinstance(page, ListPage)
    page.search.setText("就医")
    page.apply_search()
    assert page.model.record_id(0) == visits["late"] and page.model.rowCount() == 1
    page.search.clear()
    page.apply_search()
    bar = page.filters
    assert bar.date_field == "visited_on"
    page.model.set_filter(listing.ListFilter(date_field="visited_on", date_from=date(2026, 1, 1)))
    assert _cells(page, "帮扶日期") == ["2026-09-01", "2026-02-01"]
    editor = page.open_record(visits["late"])
    assert editor is not None and editor.record_id == visits["late"]


def test_visits_sort_by_their_residents_name(store: Store, visits) -> None:
    column = columns_for("visits").column("pairing_id")
    with store.session() as session:
        ids = listing.page_ids(session, "visits", order_by=column.sort_key)
        names = listing.reference_titles(
            session,
            column.refs[0],
            [listing.rows_by_ids(session, "visits", [i], ["pairing_id"])[i][0] for i in ids],
        )
    assert len(ids) == 3
    assert ids[-1] not in (visits["early"], visits["late"])  # 钱 (qian) before 赵 (zhao)
    assert sorted(names.values()) == ["赵大爷", "钱奶奶"]
