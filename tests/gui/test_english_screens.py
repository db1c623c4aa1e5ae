"""What the English screenshots showed half-translated or cut off: the 报表 page's period in its
sentences, the manual's contents list with its longer English titles at a larger text size, and the
city window's pillar columns (named in Chinese, then cut off)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from build_scripts import build_translations as bt
from db.periods import parse_period
from desktop.city.texts import COL_CODE, COL_PILLARS, PILLARS
from desktop.city.window import CityWindow
from desktop.common.manual import ManualWindow
from desktop.common.text_size import apply_text_scale
from desktop.returns import texts
from tests.support.gui_exchange_support import World, template, world

__all__ = ["template", "world"]  # fixtures


@pytest.fixture(scope="module")
def qm_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return bt.release(bt.TS_FILE, tmp_path_factory.mktemp("qm") / "shequ_en.qm")


@pytest.fixture
def english(qapp: QApplication, qm_file: Path) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(qm_file))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def checked(period_code: str) -> str:
    preflight = SimpleNamespace(period=parse_period(period_code), errors=[], warnings=[])
    text, _colour = texts.check_status(preflight)  # type: ignore[arg-type]
    return text


def test_the_returns_page_names_the_period_in_chinese(qapp: QApplication) -> None:
    assert checked("2026Q3") == "2026年第三季度：检查通过，可以生成报表。"
    assert texts.signed_title("2026", 2) == "已签署：2026年报表 第 2 版"
    assert texts.signed_title(parse_period("2026H1"), 1) == "已签署：2026年上半年报表 第 1 版"


def test_the_returns_page_names_the_period_in_english(english: QTranslator) -> None:
    assert checked("2026Q3") == "Q3 2026: all checks passed; the return can be made."
    assert texts.signed_title("2026", 2) == "Signed: return for 2026, version 2"
    assert texts.signed_title(parse_period("2026H1"), 1) == "Signed: return for H1 2026, version 1"


@pytest.mark.parametrize("scale", [100, 150])
def test_the_manual_contents_show_every_english_title_whole(
    qtbot: QtBot, english: QTranslator, standard_text_size: None, scale: int
) -> None:
    apply_text_scale(scale)
    viewer = ManualWindow(language="en")
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    contents = viewer.contents
    widest = max(contents.visualItemRect(contents.item(row)).width() for row in range(contents.count()))
    titles = [contents.item(row).text() for row in range(contents.count())]
    assert "Common questions and error messages" in titles  # the longest, in English
    assert contents.sizeHintForColumn(0) <= contents.viewport().width()
    assert widest <= contents.viewport().width()
    assert not contents.horizontalScrollBar().isVisible()  # nothing to scroll sideways to


def test_the_city_status_columns_are_in_english_and_whole(qtbot: QtBot, english: QTranslator, world: World) -> None:
    city = CityWindow(world.hub.store, world.city, drives=world.drives, today=date(2026, 4, 10))
    qtbot.addWidget(city)
    city.show()
    qtbot.waitExposed(city)
    qtbot.waitUntil(lambda: not city.busy, timeout=60_000)
    table = city.status.table
    header = table.horizontalHeader()
    model = table.model()
    names = [str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(table.columnCount())]
    pillars = names[COL_PILLARS : COL_PILLARS + len(PILLARS)]
    assert pillars == ["People to run affairs", "Money to do things", "A place to meet", "Regular service"]
    for column in (COL_CODE, *range(COL_PILLARS, COL_PILLARS + len(PILLARS))):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), names[column]
