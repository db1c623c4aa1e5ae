"""首页: one section per pillar, with the statuses the figures of hand-made data call for; and
签署报表前还需处理, the returns' pre-flight as a list that opens the records to fix."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from db.audit import LedgerSession
from db.changes import Changes
from db.models import (
    Activity,
    Facility,
    Funding,
    MemberPostClaim,
    Pairing,
    PartnerUnit,
    PartyMember,
    PartyOrg,
    Resident,
    Staff,
    Visit,
)
from db.office import OfficeSetup, create_office
from db.ops import save_record
from db.store import Store
from desktop.common.figures import STATUS_COLOURS, format_number, period_choices
from desktop.common.workspace import workspace_for
from desktop.home.dashboard import DashboardPage
from desktop.home.pillars import FigureBar
from desktop.home.signing import SigningCheck, ToFix
from desktop.home.signing_view import MAX_SHOWN
from desktop.ledgers.editor import EditorDialog
from desktop.ledgers.list_page import ListPage
from desktop.shell.main_window import MainWindow
from tests.support.gui import show_dashboard

OFFICE = "150802001001"


def test_one_section_per_pillar_with_its_status(qtbot, store: Store, office: None) -> None:
    page = show_dashboard(qtbot, store)
    assert page.period.code == "2026"
    assert list(page.sections) == ["people", "money", "place", "service"]
    statuses = {key: section.status for key, section in page.sections.items()}
    assert statuses == {"people": "pass", "money": "fail", "place": "fail", "service": "warning"}
    assert page.sections["money"].badge.text() == "未达标"
    assert page.sections["people"].badge.text() == "达标"
    assert "未达标" in page.overall.text()


def test_sections_stand_side_by_side_when_there_is_room_else_one_under_another(
    qtbot, store: Store, office: None
) -> None:
    page = show_dashboard(qtbot, store)

    def places() -> list[tuple[int, int]]:
        return [page._grid.getItemPosition(page._grid.indexOf(s))[:2] for s in page.sections.values()]

    assert places() == [(0, 0), (0, 1), (1, 0), (1, 1)]
    page.resize(640, 900)
    qtbot.waitUntil(lambda: places() == [(0, 0), (1, 0), (2, 0), (3, 0)])
    page.resize(1200, 900)
    qtbot.waitUntil(lambda: places() == [(0, 0), (0, 1), (1, 0), (1, 1)])


def test_figures_show_value_standard_bar_and_reason(qtbot, store: Store, office: None) -> None:
    page = show_dashboard(qtbot, store)
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
    page = show_dashboard(qtbot, store)
    page.period_box.setCurrentIndex(page.period_box.findData("2025"))
    assert page.period.code == "2025"
    assert "2025年" in page.overall.text()
    money = page.sections["money"].rows[0]
    assert money.value_label.text().startswith("0.00 元/人·年")
    assert len(page.sections) == 4


def test_empty_office_is_shown_without_errors(qtbot, store: Store) -> None:
    page = show_dashboard(qtbot, store)
    assert page.sections["people"].status == "fail"  # no staff at all


def test_period_choices_and_numbers() -> None:
    codes = [period.code for period in period_choices(date(2026, 5, 2), years=2)]
    assert codes == ["2026", "2026Q1", "2026Q2", "2025", "2025Q1", "2025Q2", "2025Q3", "2025Q4"]
    assert format_number(Decimal("8000.5"), "元/人·年") == "8,000.50"
    assert format_number(Decimal("120.50"), "平方米") == "120.5"
    assert format_number(3, "个") == "3"
    assert format_number(None, "%") == "—"


# --- 签署报表前还需处理 ------------------------------------------------------------------------------


@pytest.fixture
def signable(store: Store, session: LedgerSession) -> dict[str, str]:
    """An office whose 2026 return could be signed as it is: no validation finding and no figure
    judged 需说明 (figures below the standard are 未达标, which the return reports without asking
    for an explanation). Record ids by name."""
    create_office(store, OfficeSetup(OFFICE, "胜利社区"))
    org = PartyOrg(office_code=OFFICE, name="胜利社区党委", org_type="committee")
    resident = Resident(office_code=OFFICE, name="赵大爷", category="elderly_alone")
    unit = PartnerUnit(office_code=OFFICE, name="临河区第一小学", unit_kind="school", agreement_date=date(2025, 6, 1))
    session.add_all([org, resident, unit])
    session.flush()
    member = PartyMember(office_code=OFFICE, name="王芳", category="employed", org_id=org.id, gender="female")
    pairing = Pairing(
        office_code=OFFICE,
        resident_id=resident.id,
        helper_kind="partner_unit",
        unit_id=unit.id,
        start_date=date(2026, 1, 5),
        help_kind="education",
    )
    session.add_all([member, pairing])
    session.flush()
    secretary = Staff(
        office_code=OFFICE,
        name="张三",
        gender="male",
        id_number="150802198001011234",
        phone="13904781234",
        position="secretary",
        start_date=date(2020, 1, 1),
    )
    session.add_all(
        [
            secretary,
            Funding(
                office_code=OFFICE,
                received_on=date(2026, 2, 1),
                fiscal_year=2026,
                source="fiscal",
                amount_fen=500000,
                purpose="office",
            ),
            Facility(office_code=OFFICE, name="办公室", facility_type="office", area_m2=130, area_class="office"),
            Activity(office_code=OFFICE, held_on=date(2026, 3, 8), title="妇女节座谈会", activity_kind="symposium"),
            Visit(office_code=OFFICE, pairing_id=pairing.id, visited_on=date(2026, 3, 1), content="上门看望"),
            MemberPostClaim(office_code=OFFICE, member_id=member.id, post="security", claimed_on=date(2026, 1, 5)),
        ]
    )
    session.commit()
    return {"张三": secretary.id, "王芳": member.id}


@pytest.fixture
def problems(signable: dict[str, str], session: LedgerSession) -> dict[str, str]:
    """The signable office plus 李四 (a wrong ID number: an error; a phone number without area
    code: a warning) and a post of 王芳's that is not on the list (an error)."""
    worker = Staff(
        office_code=OFFICE,
        name="李四",
        gender="female",
        id_number="150802198503121351",  # wrong check digit
        phone="8123456",
        position="director",
        start_date=date(2021, 1, 1),
    )
    post = MemberPostClaim(office_code=OFFICE, member_id=signable["王芳"], post="bogus", claimed_on=date(2026, 2, 1))
    session.add_all([worker, post])
    session.commit()
    return {**signable, "李四": worker.id, "bogus": post.id}


ID_NUMBER = "身份证号校验位不对，请核对最后一位（也可能是前面某一位填错了）"
PHONE = "联系电话“8123456”没有区号，请加上区号，如 0478-8123456"
BAD_POST = "认领岗位“bogus”不是可选的项目，请从列表中选择"


def checked(qtbot, page: DashboardPage) -> DashboardPage:
    qtbot.waitUntil(lambda: not page.checking, timeout=10_000)
    return page


def test_signing_list_shows_errors_then_warnings_of_the_period(qtbot, store: Store, problems: dict[str, str]) -> None:
    page = show_dashboard(qtbot, store)
    assert page.sections  # the cards are there before the check is done
    checked(qtbot, page)
    signing = page.signing
    assert signing.line_texts() == [
        ("错误", "社区工作者", "李四", ID_NUMBER),
        ("错误", "认领岗位", "bogus", BAD_POST),
        ("需说明", "社区工作者", "李四", PHONE),
    ]
    assert [(item.kind, item.record_id, item.field) for item in signing.shown_items] == [
        ("staff", problems["李四"], "id_number"),
        ("member_posts", problems["bogus"], "post"),
        ("staff", problems["李四"], "phone"),
    ]
    first, last = signing.list.topLevelItem(0), signing.list.topLevelItem(2)
    assert first.foreground(0).color().name() == STATUS_COLOURS["fail"]
    assert last.foreground(0).color().name() == STATUS_COLOURS["warning"]
    assert "2 个错误必须先改正" in signing.status.text() and "1 条提醒需写明说明" in signing.status.text()
    assert "签署报表前还需处理 3 项" in page.summary.text()

    # another period: its own findings, period-level ones included (no funding, no activities)
    page.period_box.setCurrentIndex(page.period_box.findData("2026Q3"))
    assert page.checking and signing.line_texts() == []  # the other period's list goes at once
    assert "正在检查…" in signing.status.text()
    checked(qtbot, page)
    assert signing.line_texts() == [
        ("错误", "社区工作者", "李四", ID_NUMBER),
        ("错误", "认领岗位", "bogus", BAD_POST),
        ("需说明", "活动", "开展活动", "本期没有开展活动"),
        ("需说明", "结对帮扶", "帮扶走访", "本期有结对帮扶 1 对，但没有帮扶走访记录"),
        ("需说明", "社区工作者", "李四", PHONE),
        ("需说明", "经费", "—", "2026年第三季度没有经费到账记录，请核对经费台账是否漏填"),
        ("需说明", "活动", "—", "2026年第三季度没有开展活动的记录，请核对活动台账是否漏填"),
    ]


def test_nothing_left_says_the_return_can_be_signed(qtbot, store: Store, signable: dict[str, str]) -> None:
    page = checked(qtbot, show_dashboard(qtbot, store))
    assert page.signing.check is not None and page.signing.check.items == []
    assert "可以签署报表" in page.signing.status.text()
    assert "可以签署报表" in page.summary.text()
    assert page.signing.list.isHidden() and page.signing.more.isHidden()


def test_fixing_the_data_and_coming_back_updates_the_list(
    qtbot, store: Store, problems: dict[str, str], session: LedgerSession
) -> None:
    page = checked(qtbot, show_dashboard(qtbot, store))
    assert len(page.signing.line_texts()) == 3

    worker = session.get(Staff, problems["李四"])
    assert worker is not None
    worker.id_number, worker.phone = "150802198503121249", "0478-8123456"
    post = session.get(MemberPostClaim, problems["bogus"])
    assert post is not None
    post.post = "sanitation"
    page.hide()  # another page was shown, where the records were corrected …
    for record in (worker, post):
        result = save_record(session, record, reason="核对后改正")
        assert result.saved, result.report.to_dicts()
        page.hub.publish(result.changes)  # as every operation of the window does
    assert not page.checking  # hidden: nothing is judged until it is shown
    page.show()  # … and 首页 again
    assert page.checking
    checked(qtbot, page)
    assert page.signing.line_texts() == []
    assert "可以签署报表" in page.signing.status.text()


def test_a_change_that_touches_no_figure_leaves_the_page_alone(qtbot, store: Store, problems: dict[str, str]) -> None:
    page = checked(qtbot, show_dashboard(qtbot, store))
    page.hub.publish(Changes(exchange=True))  # a bundle was written: nothing on 首页 changed
    assert not page.checking
    page.hub.publish(Changes(office=True))  # the standards in force may have changed
    assert page.checking
    checked(qtbot, page)


def test_the_list_is_capped_and_points_to_the_returns_page(qtbot, store: Store, signable: dict[str, str]) -> None:
    page = checked(qtbot, show_dashboard(qtbot, store))
    period = page.period
    items = [ToFix(True, "staff", f"id-{n}", f"人{n}", "name", "姓名不能为空") for n in range(MAX_SHOWN + 5)]
    page.signing.show_check(SigningCheck(period, items))
    assert page.signing.list.topLevelItemCount() == MAX_SHOWN
    assert "还有 5 项未列出；报表页列出全部。" in page.signing.more.text()
    with qtbot.waitSignal(page.reports_requested) as asked:
        page.signing.more.linkActivated.emit("reports")
    assert asked.args == [period.code]


@pytest.fixture
def window(qtbot, store: Store, problems: dict[str, str]) -> MainWindow:
    main = MainWindow(workspace_for(store))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=3000)
    return main


def activate(qtbot, window: MainWindow) -> None:
    """Make the window the active one again: a ledger page built for the first time shows its
    filter bar before placing it, which (offscreen) takes the activation away from the window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def home_on(qtbot, window: MainWindow, period_code: str) -> DashboardPage:
    page = window.show_page("home")
    assert isinstance(page, DashboardPage)
    page.period_box.setCurrentIndex(page.period_box.findData(period_code))
    assert page.period.code == period_code
    checked(qtbot, page)
    page.show_signing()
    return page


def line(page: DashboardPage, ledger: str, message: str) -> QTreeWidgetItem:
    tree = page.signing.list
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item.text(1) == ledger and item.text(3) == message:
            return item
    raise AssertionError(f"no line {ledger} {message} in {page.signing.line_texts()}")


def click(qtbot, page: DashboardPage, item: QTreeWidgetItem) -> None:
    tree = page.signing.list
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def test_clicking_a_line_opens_the_record_in_its_editor_on_the_field(
    qtbot, window: MainWindow, problems: dict[str, str]
) -> None:
    page = home_on(qtbot, window, "2026")
    click(qtbot, page, line(page, "社区工作者", ID_NUMBER))
    staff = window.stack.currentWidget()
    assert window.current_key == "staff" and isinstance(staff, ListPage)
    assert staff.editor is not None and staff.editor_open()
    assert staff.editor.record_id == problems["李四"]
    activate(qtbot, window)
    qtbot.waitUntil(lambda: staff.editor is not None and staff.editor.form.widget("id_number").hasFocus())

    # back on 首页, Enter on the warning of the same record: the phone field
    page = home_on(qtbot, window, "2026")
    tree = page.signing.list
    tree.setCurrentItem(line(page, "社区工作者", PHONE))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_key == "staff"
    assert staff.editor.record_id == problems["李四"]
    activate(qtbot, window)
    qtbot.waitUntil(lambda: staff.editor is not None and staff.editor.form.widget("phone").hasFocus())


def test_a_child_record_opens_in_its_dialog_inside_the_parent(
    qtbot, window: MainWindow, problems: dict[str, str]
) -> None:
    page = home_on(qtbot, window, "2026")
    click(qtbot, page, line(page, "认领岗位", BAD_POST))
    members = window.stack.currentWidget()
    assert window.current_key == "party_members" and isinstance(members, ListPage)
    editor = members.editor
    assert editor is not None and editor.record_id == problems["王芳"]
    posts = editor.children_lists["member_posts"]
    assert editor.tabs.currentWidget() is posts
    dialogs = [dialog for dialog in posts.findChildren(EditorDialog) if dialog.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].editor.record_id == problems["bogus"]
    dialogs[0].editor.discard()
    assert not dialogs[0].isVisible()


def test_a_period_level_line_opens_the_ledger_list(qtbot, window: MainWindow) -> None:
    page = home_on(qtbot, window, "2026Q3")
    click(qtbot, page, line(page, "经费", "2026年第三季度没有经费到账记录，请核对经费台账是否漏填"))
    funding = window.stack.currentWidget()
    assert window.current_key == "funding" and isinstance(funding, ListPage)
    assert not funding.editor_open()
    activate(qtbot, window)
    qtbot.waitUntil(funding.table.hasFocus)


def test_fixing_a_record_from_the_list_and_going_back_home_updates_it(
    qtbot, window: MainWindow, problems: dict[str, str], session: LedgerSession
) -> None:
    page = home_on(qtbot, window, "2026")
    click(qtbot, page, line(page, "认领岗位", BAD_POST))
    members = window.stack.currentWidget()
    assert isinstance(members, ListPage) and members.editor is not None
    for dialog in members.editor.children_lists["member_posts"].findChildren(EditorDialog):
        dialog.editor.discard()
    post = session.get(MemberPostClaim, problems["bogus"])
    assert post is not None
    post.post = "sanitation"
    result = save_record(session, post)
    assert result.saved
    window.hub.publish(result.changes)  # as the editor does after its own saves

    activate(qtbot, window)
    page = home_on(qtbot, window, "2026")
    assert [line[3] for line in page.signing.line_texts()] == [ID_NUMBER, PHONE]
