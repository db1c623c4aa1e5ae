"""A ledger's list in the app sorts names and addresses by pinyin, from a click on the header."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from db.audit import LedgerSession
from db.models import PartyMember
from db.store import Store

NAMES = ("周杰", "阿明", "张三", "章一", "王𠮷", "王二", "Li Ming", "李明", "欧阳娜娜", "2号")
ADDRESSES = ("新华路10号", "新华路2号", "安居小区", "北苑", "Zone A")


def _column_values(page: object, header: str) -> list[str]:
    model = page.model  # type: ignore[attr-defined]
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = titles.index(header)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _click_header(qtbot, page: object, header: str) -> None:
    table = page.table  # type: ignore[attr-defined]
    model = page.model  # type: ignore[attr-defined]
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    section = titles.index(header)
    bar = table.horizontalHeader()
    table.scrollTo(model.index(0, section))
    x = bar.sectionViewportPosition(section) + bar.sectionSize(section) // 2
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        QTest.mouseClick(bar.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, 5))


def test_the_members_list_is_in_pinyin_order_and_sorts_by_pinyin_on_a_click(
    qtbot, store: Store, session: LedgerSession
) -> None:
    from desktop.ledgers.list_page import ListPage

    for index, name in enumerate(NAMES):
        session.add(PartyMember(name=name, category="retired", address=ADDRESSES[index % len(ADDRESSES)]))
    session.commit()

    page = ListPage(store.session, "party_members")
    qtbot.addWidget(page)
    page.resize(1400, 700)
    page.show()
    qtbot.waitExposed(page)

    assert _column_values(page, "姓名") == [
        "2号",
        "阿明",
        "Li Ming",
        "李明",
        "欧阳娜娜",
        "王二",
        "王𠮷",
        "张三",
        "章一",
        "周杰",
    ]

    _click_header(qtbot, page, "住址")
    addresses = _column_values(page, "住址")
    assert addresses[:4] == ["安居小区", "安居小区", "北苑", "北苑"]
    assert addresses.index("新华路2号") < addresses.index("新华路10号") < addresses.index("Zone A")

    _click_header(qtbot, page, "住址")  # again: the other way
    assert _column_values(page, "住址") == list(reversed(addresses))
