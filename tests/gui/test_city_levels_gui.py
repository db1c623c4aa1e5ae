"""The city's window with a street between: the street's forward imported from the window (the offices'
files first, whatever order they were chosen in), 审核环节 per office (街道退回, 待市审核), each street's
backlog, the street's review beside the city's decision, the street's and the city's comments side by
side, and 对这条记录提意见… on a record found in 查看数据… (its search typed as a Pinyin input method
does). Real installations and files (tests/support/street_chain.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from sqlmodel import col, select

from db.enums import ReturnState
from db.models import ReviewComment
from db.periods import parse_period
from desktop.city.texts import COL_DECISION, COL_STATE
from desktop.city.window import CityWindow
from desktop.common.drives import Drive
from desktop.common.prompts import ScriptedPrompts
from tests.support.exchange_world import CITY_PASSPHRASE
from tests.support.gui import type_chinese
from tests.support.gui_exchange_support import answer, scripted
from tests.support.street_chain import STREET_REVIEWER, direct_to_city, through_street
from tests.support.street_world import DIRECT_OFFICE, STREET_NAME, STREET_OFFICE, Four, build_four, routed

__all__ = ["scripted"]  # fixture

PERIOD = parse_period("2026Q1")
TODAY = date(2026, 4, 10)
REASON = "二月活动缺签到表，请补充后重新报送"
STREET_COMMENT = "活动次数与签到表不一致"


@pytest.fixture
def four(tmp_path: Path) -> Iterator[Four]:
    made = build_four(tmp_path)
    routed(made)
    yield made
    QThreadPool.globalInstance().waitForDone()
    made.close()


def _window(qtbot, four: Four) -> CityWindow:  # type: ignore[no-untyped-def]
    stick = four.stick

    def drives() -> list[Drive]:
        return [Drive(stick, "KINGSTON", 15_400_000_000, True)]

    window = CityWindow(
        four.hub.store, four.city, drives=drives, today=TODAY, clock=lambda: datetime(2026, 4, 12, 2, 0, tzinfo=UTC)
    )
    qtbot.addWidget(window)
    window.show()
    window.set_period(PERIOD.code)
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    return window


def _cell(window: CityWindow, code: str, column: int):  # type: ignore[no-untyped-def]
    table = window.status.table
    row = next(row for row in range(table.rowCount()) if table.item(row, 0).text() == code)
    return table.item(row, column)


def _lines(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [tree.topLevelItem(row).text(column) for column in range(tree.columnCount())]
        for row in range(tree.topLevelItemCount())
    ]


def test_the_streets_review_beside_the_citys_and_a_comment_on_a_record(
    qtbot, four: Four, scripted: ScriptedPrompts
) -> None:
    direct_to_city(four, four.direct, PERIOD)
    _return_id, files = through_street(
        four, PERIOD, ReturnState.RETURNED, reason=REASON, comment=STREET_COMMENT, to_city=False
    )
    window = _window(qtbot, four)
    assert _cell(window, STREET_OFFICE, COL_STATE).text() == "未报"

    # the street's forward, chosen street file first: the office's file is imported before it
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    window.import_paths(list(reversed(files)))
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    assert window.last_import is not None
    names = [outcome.path.name for outcome in window.last_import.outcomes]
    assert names == [path.name for path in files] and names[-1].startswith("street-")
    assert all(outcome.result is not None for outcome in window.last_import.outcomes), window.result_text.text()
    assert "街道审核意见 1 份" in window.result_text.text()

    # 审核环节: the street sent it back; the direct office's waits for the city; the backlog line per street
    state = _cell(window, STREET_OFFICE, COL_STATE)
    assert state.text() == "街道退回" and STREET_NAME in state.toolTip() and REASON in state.toolTip()
    assert _cell(window, STREET_OFFICE, COL_DECISION).text() == "待审核"  # the city has not decided
    assert _cell(window, DIRECT_OFFICE, COL_STATE).text() == "待市审核"
    assert window.status.backlog.text() == f"{STREET_NAME}：待街道审核 0 个，街道退回 1 个，街道已通过待市审核 0 个"

    # the office selected: the street's review on its return, the street's comment in the period's comments
    window.select_office(STREET_OFFICE)
    [line] = _lines(window.status.returns_list)
    assert line[3] == "待审核" and line[6].startswith(f"退回（{STREET_REVIEWER}（街道），") and line[6].endswith(REASON)
    assert f"街道审核：{STREET_NAME}：退回" in window.status.office_info.text()
    [street_line] = _lines(window.status.comments_list)
    assert street_line[0] == "街道" and street_line[3:5] == [STREET_COMMENT, STREET_REVIEWER]

    # 对这条记录提意见… on one of the direct office's records, found by typing its title as a Pinyin IME does
    dialog = window.open_office_data(DIRECT_OFFICE)
    assert dialog is not None
    dialog.show_kind("activities")
    qtbot.waitUntil(lambda: dialog.model is not None and dialog.model.rowCount() > 0, timeout=10_000)
    assert not dialog.comment_button.isEnabled()  # nothing selected yet
    dialog.search.setFocus()
    type_chinese(dialog.search, "第2次")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model is not None and dialog.model.rowCount() == 1, timeout=10_000)
    dialog.table.selectRow(0)
    assert dialog.comment_button.isEnabled()
    answer(scripted, "ask_text", "日期与签到表不符", "王审核")
    dialog.comment_button.click()
    assert dialog.comment_note.text().startswith("王审核已对新华社区（150802001102）2026年第一季度报表中的记录")
    assert "便民服务日（第2次）" in dialog.comment_note.text()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    with four.hub.store.session() as session:
        stored = session.exec(select(ReviewComment).where(col(ReviewComment.office_code) == DIRECT_OFFICE)).one()
        assert (stored.table_name, stored.text, stored.written_by, stored.level) == (
            "activity",
            "日期与签到表不符",
            "王审核",
            "市级",
        )

    # the city's comment beside the street's, for the office selected
    window.select_office(DIRECT_OFFICE)
    qtbot.waitUntil(lambda: window.status.comments_list.topLevelItemCount() == 1, timeout=10_000)
    [city_line] = _lines(window.status.comments_list)
    assert (
        city_line[0] == "市级" and city_line[2].endswith("便民服务日（第2次）") and city_line[3] == "日期与签到表不符"
    )

    # a cancelled question records nothing
    answer(scripted, "ask_text", None)
    dialog.comment_button.click()
    with four.hub.store.session() as session:
        assert len(session.exec(select(ReviewComment).where(col(ReviewComment.level) == "市级")).all()) == 1
    dialog.close()
