"""首页: one section per pillar, with the statuses the figures of hand-made data call for."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from db.audit import LedgerSession
from db.models import Activity, Facility, Funding, PartyOrg, Staff
from db.office import OfficeSetup, create_office
from db.store import Store
from desktop.dashboard import STATUS_COLOURS, DashboardPage, FigureBar, format_number, period_choices

OFFICE = "150802001001"
TODAY = date(2026, 8, 15)


@pytest.fixture
def office(store: Store, session: LedgerSession) -> None:
    """One worker (the secretary), 5,000 元 of office funds in 2026, a 130 m² office and a
    200 m² service centre, one activity; no pairings, partner units or member posts."""
    create_office(store, OfficeSetup(OFFICE, "胜利社区"))
    session.add_all(
        [
            Staff(office_code=OFFICE, name="张三", position="secretary", start_date=date(2020, 1, 1)),
            PartyOrg(office_code=OFFICE, name="胜利社区党委", org_type="committee"),
            Funding(
                office_code=OFFICE,
                received_on=date(2026, 2, 1),
                fiscal_year=2026,
                source="fiscal",
                amount_fen=500000,
                purpose="office",
            ),
            Facility(office_code=OFFICE, name="办公室", facility_type="office", area_m2=130, area_class="office"),
            Facility(
                office_code=OFFICE,
                name="服务中心",
                facility_type="service_center",
                area_m2=200,
                area_class="service",
            ),
            Activity(office_code=OFFICE, held_on=date(2026, 3, 8), title="妇女节座谈会", activity_kind="symposium"),
        ]
    )
    session.commit()


def _page(qtbot, store: Store) -> DashboardPage:
    page = DashboardPage(store.session, "胜利社区", today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    return page


def test_one_section_per_pillar_with_its_status(qtbot, store: Store, office: None) -> None:
    page = _page(qtbot, store)
    assert page.period.code == "2026"
    assert list(page.sections) == ["people", "money", "place", "service"]
    statuses = {key: section.status for key, section in page.sections.items()}
    assert statuses == {"people": "pass", "money": "fail", "place": "fail", "service": "warning"}
    assert page.sections["money"].badge.text() == "未达标"
    assert page.sections["people"].badge.text() == "达标"
    assert "未达标" in page.overall.text()


def test_figures_show_value_standard_bar_and_reason(qtbot, store: Store, office: None) -> None:
    page = _page(qtbot, store)
    rows = {row.figure_key: row for row in page.sections["place"].rows}
    office_area, service_area = rows["office_area"], rows["service_area"]
    assert office_area.status == "pass"
    assert service_area.status == "fail"
    assert service_area.value_label.text() == "200 平方米　标准 300 平方米"
    assert "低于标准" in service_area.reason_label.text()
    assert isinstance(service_area.bar, FigureBar)
    assert service_area.bar.colour.name() == STATUS_COLOURS["fail"]
    assert office_area.bar is not None and office_area.bar.colour.name() == STATUS_COLOURS["pass"]
    # the standard line sits inside the bar and the fill stops short of it when below standard
    mark = service_area.bar.standard_fraction()
    assert mark is not None and 0 < service_area.bar.fill_fraction() < mark < 1
    assert office_area.bar.fill_fraction() > (office_area.bar.standard_fraction() or 0)

    money = page.sections["money"].rows[0]
    assert money.status == "fail"
    assert money.value_label.text().startswith("5,000.00 元/人·年")
    service = {row.figure_key: row.status for row in page.sections["service"].rows}
    assert service["activities"] == "pass"
    assert service["pairings"] == "warning"
    people = page.sections["people"].rows
    assert all(row.bar is None for row in people)  # no city standard: no bar, the reason says it


def test_choosing_another_period_judges_it(qtbot, store: Store, office: None) -> None:
    page = _page(qtbot, store)
    page.period_box.setCurrentIndex(page.period_box.findData("2025"))
    assert page.period.code == "2025"
    assert "2025年" in page.overall.text()
    money = page.sections["money"].rows[0]
    assert money.value_label.text().startswith("0.00 元/人·年")
    assert len(page.sections) == 4


def test_empty_office_is_shown_without_errors(qtbot, store: Store) -> None:
    page = _page(qtbot, store)
    assert page.sections["people"].status == "fail"  # no staff at all


def test_period_choices_and_numbers() -> None:
    codes = [period.code for period in period_choices(date(2026, 5, 2), years=2)]
    assert codes == ["2026", "2026Q1", "2026Q2", "2025", "2025Q1", "2025Q2", "2025Q3", "2025Q4"]
    assert format_number(Decimal("8000.5"), "元/人·年") == "8,000.50"
    assert format_number(Decimal("120.50"), "平方米") == "120.5"
    assert format_number(3, "个") == "3"
    assert format_number(None, "%") == "—"
