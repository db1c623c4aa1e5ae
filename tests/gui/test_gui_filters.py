"""The list pages' filter bar: drop-downs per enumeration, year or link, a date range, 清除筛选."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from db.audit import LedgerSession
from db.listing import NO_FILTER, ListFilter
from db.models import Activity, Funding
from db.store import Store
from desktop.common.columns import LISTS
from desktop.ledgers.date_fields import DateEdit
from desktop.ledgers.filters import ALL, CUSTOM, LAST_YEAR, THIS_QUARTER, THIS_YEAR, FilterBar, preset_range
from desktop.ledgers.list_page import ListPage
from tests.support.office import OFFICE_CODE, add_sample_ledgers


@pytest.fixture
def sample(store: Store, session: LedgerSession) -> dict[str, str]:
    ids = add_sample_ledgers(store, session)
    for held_on, title, kind in [
        (date(2025, 12, 31), "跨年晚会", "culture_sports"),
        (date(2026, 1, 1), "元旦党课", "party_day"),
        (date(2026, 3, 31), "普法讲座", "lecture"),
        (date(2026, 6, 30), "义诊", "convenience"),
    ]:
        activity = Activity(office_code=OFFICE_CODE, held_on=held_on, title=title, activity_kind=kind)
        session.add(activity)
        session.flush()
        ids[title] = activity.id
    session.commit()
    return ids  # plus the sample's own 主题党日 (2026-04-01, party_day)


def _page(qtbot, store: Store, kind_key: str) -> ListPage:
    page = ListPage(store.session, kind_key)
    qtbot.addWidget(page)
    # held until the test is torn down: qtbot keeps only a weak reference, and a page the garbage
    # collector frees while Qt paints it after the test's last line crashes the run
    qtbot.__dict__.setdefault("kept_pages", []).append(page)
    page.resize(1200, 600)
    page.show()
    return page


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def _column_values(page: ListPage, header: str) -> list[str]:
    model = page.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = titles.index(header)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _type_chinese(widget: QLineEdit, text: str) -> None:
    """As a Pinyin input method types (never keyClicks with Chinese)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_every_list_offers_its_filters_with_all_first(qtbot, store: Store, sample: dict[str, str]) -> None:
    for spec in LISTS.values():
        bar = FilterBar(store.session, spec)
        qtbot.addWidget(bar)
        assert list(bar.combos) == list(spec.filters)
        for combo in bar.combos.values():
            assert combo.itemText(0) == "全部"
            assert combo.currentIndex() == 0
        assert (bar.date_preset is not None) == (spec.date_filter is not None)
        assert bar.current_filter() == ListFilter(date_field=spec.date_filter)
        assert not bar.current_filter().active
        assert not bar.clear_button.isEnabled()
    staff = FilterBar(store.session, LISTS["staff"])
    qtbot.addWidget(staff)
    assert [staff.combos["position"].itemText(i) for i in range(1, 4)] == ["党组织书记", "居委会主任", "党组织副书记"]
    assert staff.date_preset is not None
    assert [staff.date_preset.itemText(i) for i in range(staff.date_preset.count())] == [
        "全部",
        "今年",
        "去年",
        "本季度",
        "自定义…",
    ]


def test_enumeration_filters_narrow_the_list(qtbot, store: Store, sample: dict[str, str]) -> None:
    page = _page(qtbot, store, "staff")
    assert page.count_label.text() == "共 4 条"
    _choose(page.filters.combos["position"], "党组织书记")
    assert [page.model.record_id(row) for row in range(page.model.rowCount())] == [sample["张三"]]
    assert page.count_label.text() == "共 1 条"
    assert page.filters.clear_button.isEnabled()
    _choose(page.filters.combos["position"], "全部")
    _choose(page.filters.combos["gender"], "女")
    assert sorted(_column_values(page, "姓名")) == ["张丽", "李四"]
    _choose(page.filters.combos["position"], "居委会主任")  # filters combine
    assert _column_values(page, "姓名") == ["李四"]
    _choose(page.filters.combos["worker_type"], "街道(镇)工作者")
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "共 0 条"


def test_filter_and_search_combine(qtbot, store: Store, sample: dict[str, str]) -> None:
    page = _page(qtbot, store, "staff")
    _type_chinese(page.search, "张")
    page.apply_search()
    assert sorted(_column_values(page, "姓名")) == ["张三", "张丽"]
    _choose(page.filters.combos["gender"], "女")
    assert _column_values(page, "姓名") == ["张丽"]
    assert page.count_label.text() == "共 1 条"
    page.search.clear()
    page.apply_search()
    assert sorted(_column_values(page, "姓名")) == ["张丽", "李四"]  # the filter stays


def test_one_reset_per_change_and_clearing_restores(qtbot, store: Store, sample: dict[str, str]) -> None:
    page = _page(qtbot, store, "activities")
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    _choose(page.filters.combos["activity_kind"], "主题党日")
    assert resets == [1]
    assert sorted(_column_values(page, "活动名称")) == ["主题党日", "元旦党课"]
    page.filters.set_date_range(date(2026, 1, 1), date(2026, 3, 31))
    assert resets == [1, 1]
    assert _column_values(page, "活动名称") == ["元旦党课"]
    page.filters.clear_button.click()  # 清除筛选: one change
    assert resets == [1, 1, 1]
    assert page.model.filter == page.filters.current_filter()
    assert not page.model.filter.active
    assert page.model.rowCount() == 5
    assert page.filters.combos["activity_kind"].currentIndex() == 0
    assert page.filters.date_preset is not None and page.filters.date_preset.currentData() == ALL
    assert page.filters.date_from is not None and page.filters.date_from.isHidden()
    assert not page.filters.clear_button.isEnabled()
    page.clear_filters()  # nothing to clear: no query
    assert resets == [1, 1, 1]


def test_custom_date_range_is_inclusive_and_may_be_open(qtbot, store: Store, sample: dict[str, str]) -> None:
    page = _page(qtbot, store, "activities")
    bar = page.filters
    assert bar.date_preset is not None and bar.date_from is not None and bar.date_to is not None
    bar.date_preset.setCurrentIndex(bar.date_preset.findData(CUSTOM))
    assert bar.date_from.isVisible() and bar.date_to.isVisible()
    assert bar.date_from.is_empty() and bar.date_to.is_empty()
    assert bar.date_from.line.placeholderText() == "不限" and bar.date_to.line.placeholderText() == "不限"
    assert page.model.rowCount() == 5  # 自定义 with both ends 不限 keeps everything
    _type_date(qtbot, bar.date_from, "2025-12-31")
    _type_date(qtbot, bar.date_to, "2026.3.31")
    bar.flush()  # typing pauses
    assert sorted(_column_values(page, "日期")) == ["2025-12-31", "2026-01-01", "2026-03-31"]
    assert bar.date_from.clear_button is not None
    bar.date_from.clear_button.click()  # from 不限
    qtbot.waitUntil(lambda: page.model.filter.date_from is None, timeout=2000)  # applied after the pause
    assert page.model.filter == ListFilter(date_field="held_on", date_to=date(2026, 3, 31))
    assert page.model.rowCount() == 3
    bar.date_to.line.setFocus()
    qtbot.keyClick(bar.date_to.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(bar.date_to.line, Qt.Key.Key_Delete)  # all of it selected, deleted: 不限
    _type_date(qtbot, bar.date_from, "20260401")
    bar.flush()
    assert sorted(_column_values(page, "日期")) == ["2026-04-01", "2026-06-30"]


def _type_date(qtbot, edit: DateEdit, text: str) -> None:
    """Type a date over what the box holds with real key events (Chinese as an input method commits it)."""
    edit.line.setFocus()
    edit.line.selectAll()
    if not text.isascii():
        _type_chinese(edit.line, text)
        return
    for character in text:
        qtbot.keyClicks(edit.line, character)
        assert edit.line.window().focusWidget() is edit.line  # a "-" never moves focus


def test_a_date_that_cannot_be_read_keeps_the_range_and_says_why(qtbot, store: Store, sample: dict[str, str]) -> None:
    page = _page(qtbot, store, "activities")
    bar = page.filters
    assert bar.date_preset is not None and bar.date_from is not None
    bar.date_preset.setCurrentIndex(bar.date_preset.findData(CUSTOM))
    _type_date(qtbot, bar.date_from, "2026-01-01")
    bar.flush()
    assert page.model.filter == ListFilter(date_field="held_on", date_from=date(2026, 1, 1))
    _type_date(qtbot, bar.date_from, "2026-02-30")
    bar.flush()
    assert page.model.filter == ListFilter(date_field="held_on", date_from=date(2026, 1, 1))  # as it was
    assert bar.date_from.text() == "2026-02-30"  # what was typed stays
    assert "2月没有30日" in bar.date_from.problem() and bar.date_from.line.toolTip() == bar.date_from.problem()
    _type_date(qtbot, bar.date_from, "２０２６年２月１日")  # full-width, as typed in Chinese
    bar.flush()
    assert page.model.filter == ListFilter(date_field="held_on", date_from=date(2026, 2, 1))
    assert not bar.date_from.problem()


def test_presets_reach_the_model(qtbot, store: Store, sample: dict[str, str]) -> None:
    page = _page(qtbot, store, "activities")
    bar = page.filters
    assert bar.date_preset is not None
    bar.date_preset.setCurrentIndex(bar.date_preset.findData(THIS_YEAR))
    start, end = preset_range(THIS_YEAR, date.today())
    assert start is not None and end is not None
    assert page.model.filter == ListFilter(date_field="held_on", date_from=start, date_to=end)
    bar.date_preset.setCurrentIndex(bar.date_preset.findData(CUSTOM))  # starts from the year shown
    assert bar.date_from is not None and bar.date_to is not None
    assert bar.date_from.date() == date(start.year, 1, 1)
    assert bar.date_to.date() == date(end.year, 12, 31)
    assert page.model.filter == ListFilter(date_field="held_on", date_from=start, date_to=end)


def test_preset_ranges() -> None:
    today = date(2026, 5, 17)
    assert preset_range(ALL, today) == (None, None)
    assert preset_range(CUSTOM, today) == (None, None)
    assert preset_range(THIS_YEAR, today) == (date(2026, 1, 1), date(2026, 12, 31))
    assert preset_range(LAST_YEAR, today) == (date(2025, 1, 1), date(2025, 12, 31))
    assert preset_range(THIS_QUARTER, today) == (date(2026, 4, 1), date(2026, 6, 30))
    assert preset_range(THIS_QUARTER, date(2026, 1, 1)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert preset_range(THIS_QUARTER, date(2026, 12, 31)) == (date(2026, 10, 1), date(2026, 12, 31))


def test_years_and_links_come_from_the_records(
    qtbot, store: Store, session: LedgerSession, sample: dict[str, str]
) -> None:
    page = _page(qtbot, store, "funding")
    years = page.filters.combos["fiscal_year"]
    assert [years.itemText(i) for i in range(years.count())] == ["全部", "2026年"]
    session.add(
        Funding(
            office_code=OFFICE_CODE,
            received_on=date(2025, 3, 1),
            fiscal_year=2025,
            source="fiscal",
            amount_fen=100,
            purpose="office",
        )
    )
    session.commit()
    page._reload_filter_choices()  # what saving or restoring a record does
    page.model.refresh()
    assert [years.itemText(i) for i in range(years.count())] == ["全部", "2026年", "2025年"]
    _choose(years, "2025年")
    assert _column_values(page, "到账日期") == ["2025-03-01"]
    _choose(page.filters.combos["fiscal_year"], "2026年")
    _choose(page.filters.combos["purpose"], "活动经费")
    assert _column_values(page, "金额(元)") == ["500.00"]

    members = _page(qtbot, store, "party_members")
    orgs = members.filters.combos["org_id"]
    assert sorted(orgs.itemText(i) for i in range(1, orgs.count())) == ["第一党支部", "胜利社区党委"]
    _choose(orgs, "胜利社区党委")
    assert members.model.rowCount() == 0
    _choose(orgs, "第一党支部")
    assert _column_values(members, "姓名") == ["王芳"]


def test_filtered_models_pass_the_model_tester(qtmodeltester, qtbot, store: Store, sample: dict[str, str]) -> None:
    page = _page(qtbot, store, "activities")
    _choose(page.filters.combos["activity_kind"], "主题党日")
    qtmodeltester.check(page.model)
    _choose(page.filters.combos["activity_kind"], "培训班")  # nothing left
    assert page.model.rowCount() == 0
    qtmodeltester.check(page.model)
    page.filters.clear()
    assert page.model.filter == ListFilter(date_field="held_on")
    assert not page.model.filter.active and not NO_FILTER.active
    qtmodeltester.check(page.model)
