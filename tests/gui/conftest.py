"""Fixtures shared by the GUI tests (a module's own fixture of the same name takes precedence).

- ``answers``: prompts answered by a :class:`~desktop.common.prompts.ScriptedPrompts` service;
- ``base``: the office of :func:`tests.support.office.add_base_records` (the editor tests' links);
- ``window``: the main window on ``base``, unsaved changes discarded when the test closes it;
- ``standard_text_size``: the text size at 100 % before and after the test (text-size tests);
- ``office``: 胜利社区 as the 首页 tests see it (one worker, little money and room, one activity).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QWidget

from db.audit import LedgerSession
from db.models import Activity, Facility, Funding, PartyOrg, Staff
from db.office import OfficeSetup, create_office
from db.store import Store
from desktop.common.prompts import Choice, ScriptedPrompts, install_prompts
from desktop.shell.main_window import MainWindow
from tests.support.gui import open_window, settle_fonts
from tests.support.office import OFFICE_CODE, Base, add_base_records


@pytest.fixture
def answers() -> Iterator[ScriptedPrompts]:
    scripted = ScriptedPrompts()
    previous = install_prompts(scripted)
    try:
        yield scripted
    finally:
        install_prompts(previous)


@pytest.fixture
def base(store: Store, session: LedgerSession) -> Base:
    return add_base_records(store, session)


@pytest.fixture
def window(qtbot, store: Store, base: Base, answers: ScriptedPrompts) -> MainWindow:
    def drop_unsaved_changes(_widget: QWidget) -> None:  # pytest-qt closes the window after the test
        answers.answers["save_discard_cancel"] = deque([Choice.DISCARD] * 20)

    return open_window(qtbot, store, before_close_func=drop_unsaved_changes)


@pytest.fixture
def standard_text_size(qapp) -> Iterator[None]:
    """The application as it starts (its base text size recorded), back at 100 % after the test."""
    from desktop.common.text_size import apply_text_scale
    from desktop.shell.app import make_application

    make_application()
    apply_text_scale(100)
    settle_fonts()
    yield
    apply_text_scale(100)
    settle_fonts()


@pytest.fixture
def office(store: Store, session: LedgerSession) -> None:
    """One worker (the secretary), 5,000 元 of office funds in 2026, a 130 m² office and a
    200 m² service centre, one activity; no pairings, partner units or member posts."""
    create_office(store, OfficeSetup(OFFICE_CODE, "胜利社区"))
    session.add_all(
        [
            Staff(office_code=OFFICE_CODE, name="张三", position="secretary", start_date=date(2020, 1, 1)),
            PartyOrg(office_code=OFFICE_CODE, name="胜利社区党委", org_type="committee"),
            Funding(
                office_code=OFFICE_CODE,
                received_on=date(2026, 2, 1),
                fiscal_year=2026,
                source="fiscal",
                amount_fen=500000,
                purpose="office",
            ),
            Facility(office_code=OFFICE_CODE, name="办公室", facility_type="office", area_m2=130, area_class="office"),
            Facility(
                office_code=OFFICE_CODE,
                name="服务中心",
                facility_type="service_center",
                area_m2=200,
                area_class="service",
            ),
            Activity(
                office_code=OFFICE_CODE, held_on=date(2026, 3, 8), title="妇女节座谈会", activity_kind="symposium"
            ),
        ]
    )
    session.commit()
