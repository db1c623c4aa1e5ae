"""The search box's debounce adapts: a list whose queries are fast searches at every keystroke,
one whose last query was slow waits for a pause in typing. The list keeps the ids of its last
few queries, so going back to one (clearing the search, 清除筛选) reads nothing, and forgets
them when records change.

No timings are asserted: the list's measured query time is set to a fast or a slow figure, and
the tests look at what the list does with it (searched at once, or the timer started)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QInputMethodEvent

from db import listing
from db.audit import LedgerSession
from db.models import Staff
from db.store import Store
from desktop.common.changes import ChangeHub
from desktop.ledgers.list_page import SLOW_QUERY_MS, ListPage
from tests.support.office import OFFICE_CODE, add_sample_ledgers


@pytest.fixture
def page(qtbot, store: Store, session: LedgerSession) -> ListPage:
    add_sample_ledgers(store, session)
    page = ListPage(store.session, "staff", hub=ChangeHub())
    qtbot.addWidget(page)
    page.show()
    return page


def _type(page: ListPage, text: str) -> None:
    """Text committed into the search box as a Pinyin input method does."""
    page.search.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    page.search.inputMethodEvent(event)


def _names(page: ListPage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def _queries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The searches the list sends to the database, in order."""
    sent: list[str] = []
    real = listing.page_ids

    def counted(session, kind_key, search="", *args, **kwargs):  # type: ignore[no-untyped-def]
        sent.append(search)
        return real(session, kind_key, search, *args, **kwargs)

    monkeypatch.setattr(listing, "page_ids", counted)
    return sent


def test_a_fast_list_searches_at_the_keystroke_without_waiting(page: ListPage) -> None:
    page.model._last_query_ms = SLOW_QUERY_MS / 10  # what the list measured: fast
    assert not page.search_is_slow()
    _type(page, "李")
    # no event loop has run: the timer could not have fired, the search ran with the keystroke
    assert not page._timer.isActive()
    assert page.model.search_text == "李"
    assert _names(page) == ["李四"]
    assert page.count_label.text() == "共 1 条"


def test_a_slow_list_waits_for_a_pause_in_typing(qtbot, page: ListPage) -> None:
    page.model._last_query_ms = SLOW_QUERY_MS * 4  # what the list measured: slow
    assert page.search_is_slow()
    everyone = page.model.rowCount()
    _type(page, "李")
    assert page._timer.isActive()  # debounced: nothing searched yet
    assert page.model.search_text == "" and page.model.rowCount() == everyone
    qtbot.waitUntil(lambda: page.model.search_text == "李")  # the pause came: searched
    assert _names(page) == ["李四"]
    assert not page._timer.isActive()


def test_the_debounce_follows_the_last_query_measured(qtbot, page: ListPage) -> None:
    page.model._last_query_ms = SLOW_QUERY_MS * 4
    _type(page, "李")
    qtbot.waitUntil(lambda: page.model.search_text == "李")
    # that search's own time replaced the slow figure, and decides the next keystroke
    measured = page.model.last_query_ms
    assert measured is not None and measured != SLOW_QUERY_MS * 4
    page.model._last_query_ms = SLOW_QUERY_MS / 10  # (whatever a loaded machine made of it) fast
    _type(page, "四")
    assert page.model.search_text == "李四" and not page._timer.isActive()


def test_enter_searches_at_once_even_when_slow(qtbot, page: ListPage) -> None:
    page.model._last_query_ms = SLOW_QUERY_MS * 4
    _type(page, "李")
    assert page._timer.isActive()
    page.search.returnPressed.emit()
    assert page.model.search_text == "李" and not page._timer.isActive()


def test_going_back_to_an_earlier_search_reads_nothing(page: ListPage, monkeypatch: pytest.MonkeyPatch) -> None:
    sent = _queries(monkeypatch)
    page.model._last_query_ms = 0.0
    _type(page, "李")
    everyone_again = len(sent)
    page.search.clear()  # back to the whole list, which the page read when it opened
    assert page.model.search_text == ""
    assert len(sent) == everyone_again  # nothing read
    assert "李四" in _names(page) and page.model.rowCount() > 1
    _type(page, "李")  # and back to the search just made
    assert len(sent) == everyone_again and _names(page) == ["李四"]


def test_kept_ids_are_forgotten_when_records_change(
    page: ListPage, store: Store, session: LedgerSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db.changes import Changes

    page.model._last_query_ms = 0.0
    _type(page, "李")
    assert _names(page) == ["李四"]
    page.search.clear()
    session.add(Staff(office_code=OFFICE_CODE, name="李新", gender="female", position="full_time"))
    session.commit()
    page.hub.publish(Changes.of_records("staff"))  # as the editor or an import says it
    sent = _queries(monkeypatch)
    _type(page, "李")
    assert sent == ["李"]  # read again, not taken from before the change
    assert sorted(_names(page)) == ["李四", "李新"]


def test_a_slow_list_goes_back_to_a_kept_search_at_once(page: ListPage) -> None:
    page.model._last_query_ms = 0.0
    _type(page, "李")
    page.model._last_query_ms = SLOW_QUERY_MS * 4  # as if that search had been slow
    page.search.clear()  # the whole list: kept from when the page opened, nothing to wait for
    assert not page._timer.isActive() and page.model.search_text == ""
    _type(page, "巴")  # not kept: waits for the pause
    assert page._timer.isActive() and page.model.search_text == ""
