"""The city's window: importing bundles (several at once, in the background, each with its result or
its one refusal reason; a missing bundle waited for or imported with the gap recorded), every office
side by side with the same figures as its own, 退回 with a reason travelling back in the
acknowledgement, the drill-down read-only, certificates, the consolidated return — and start-up and
the command line telling a city's folder from an office's. Real installations, real files."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView
from sqlmodel import select

from db.compliance import evaluate
from db.exchange.bundle import export_ack, export_bundle, import_ack
from db.exchange.pki import CITY_DIRNAME, INSTALLATION_FILENAME, CityAuthority, make_request
from db.folder import CITY_INSTALLATION, is_city_folder
from db.models import Staff
from db.periods import parse_period
from db.returns.sign import KeyStore
from db.returns.verify import VALID, verify_pdf
from db.store import open_store
from desktop.city.texts import COL_BUNDLE, COL_DECISION, COL_PILLARS, COL_RETURN, PILLAR_ROLE
from desktop.city.window import CityWindow
from desktop.common.changes import ChangeHub
from desktop.common.prompts import ScriptedPrompts
from desktop.common.workspace import workspace_for
from desktop.exchange.page import ExchangePage
from desktop.returns.page import ReturnsPage
from desktop.shell.startup import StartUp
from tests.support.cli import shequ
from tests.support.exchange_sites import CITY_PASSPHRASE, OFFICE1, OFFICE2, OFFICE_PASSPHRASE, Site, dump, sign_return
from tests.support.gui_exchange_support import World, answer, asked, scripted, template, world

__all__ = ["scripted", "template", "world"]  # fixtures

TODAY = date(2026, 4, 10)
ARRIVAL = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)  # in time for 2026Q1 (due 2026-04-15)
REASON = "活动次数与台账不符，请核对后重新报送"


def _wait(qtbot, window: CityWindow | ExchangePage) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)


def _window(qtbot, world: World) -> CityWindow:
    window = CityWindow(world.hub.store, world.city, drives=world.drives, today=TODAY, clock=lambda: ARRIVAL)
    qtbot.addWidget(window)
    window.show()
    window.set_period("2026Q1")
    _wait(qtbot, window)
    return window


def _export(site: Site, stick: Path) -> Path:
    return export_bundle(site.store, site.keys, OFFICE_PASSPHRASE, stick).path


def _row(window: CityWindow, code: str) -> int:
    return next(row for row in range(window.status.table.rowCount()) if window.status.table.item(row, 0).text() == code)


def _cells(window: CityWindow, code: str) -> list[str]:
    row = _row(window, code)
    return [window.status.table.item(row, column).text() for column in range(window.status.table.columnCount())]


def _tree_rows(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [tree.topLevelItem(row).text(column) for column in range(tree.columnCount())]
        for row in range(tree.topLevelItemCount())
    ]


def test_import_status_return_sent_back_and_the_office_sees_why(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    sign_return(world.office1, "2026Q1")
    paths = [_export(world.office1, world.stick), _export(world.office2, world.stick)]
    window = _window(qtbot, world)
    assert [_cells(window, code)[COL_BUNDLE] for code in (OFFICE1, OFFICE2)] == ["尚未收到", "尚未收到"]

    answer(scripted, "open_files", list(reversed(paths)))
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    window.import_button.click()
    _wait(qtbot, window)
    assert [q[2] for q in asked(scripted, "ask_passphrase")] == ["导入数据包"]  # once for every file
    assert window.result_heading.text() == "2 个文件：导入 2 个"
    assert f"✔ {paths[0].name}：已导入社区 {OFFICE1} 的第 1 号数据包" in window.result_text.text()
    assert [row[:2] for row in _tree_rows(window.imports.outcome_list)] == [[p.name, "已导入"] for p in paths]
    assert window.imports.received_list.topLevelItemCount() == 2

    first = _cells(window, OFFICE1)
    assert first[COL_BUNDLE].startswith("第 1 号（") and first[COL_RETURN] == "已报送（第 1 版）"
    assert first[COL_DECISION] == "待审核"  # its PDF arrived intact, but only a person decides
    assert _cells(window, OFFICE2)[COL_RETURN] == "未报送"
    assert window.status.totals.text() == "共 2 个社区：按期报送 1 个，逾期报送 0 个，未报送 1 个；待审核 1 个"

    # each office's standing at the city equals its own, pillar by pillar and figure by figure
    period = parse_period("2026Q1")
    for site in (world.office1, world.office2):
        with site.store.session() as session:
            own = evaluate(session, period)
        row = _row(window, site.code)
        for number, pillar in enumerate(own.pillars):
            cell = window.status.table.item(row, COL_PILLARS + number)
            assert cell.data(PILLAR_ROLE) == pillar.to_dict()
            assert cell.text().endswith(pillar.status.label if pillar.status.value != "warning" else "需说明")
    window.select_office(OFFICE2)
    with world.office2.store.session() as session:
        own = evaluate(session, period)
    shown = {(row[1], row[2]) for row in _tree_rows(window.status.figures_list)}
    from desktop.city.texts import figure_value_text

    assert shown == {(figure.label, figure_value_text(figure)) for p in own.pillars for figure in p.figures}

    # 退回 with the reason the office will see, by the reviewer named
    window.select_office(OFFICE1)
    waiting = _tree_rows(window.status.returns_list)[0]
    assert waiting[:2] == ["2026年第一季度", "第 1 版"] and waiting[3:] == ["待审核", "", "", ""]  # no street
    answer(scripted, "ask_text", REASON)
    answer(scripted, "ask_text", "王审核")
    window.status.reject_button.click()
    _wait(qtbot, window)
    assert _cells(window, OFFICE1)[COL_DECISION] == "退回"
    tooltip = window.status.table.item(_row(window, OFFICE1), COL_DECISION).toolTip()
    assert tooltip.startswith("王审核（市级），") and tooltip.endswith(f"意见：{REASON}")
    line = _tree_rows(window.status.returns_list)[0]
    assert line[3] == "退回" and line[4].startswith("王审核（市级），") and line[5] == REASON

    # the acknowledgement, on the stick (the passphrase that opened the bundles is kept: not asked again)
    window.select_office(OFFICE1)
    window.status.ack_button.click()
    _wait(qtbot, window)
    ack = world.stick / f"city-{OFFICE1}-0001.shequ"
    assert ack.is_file() and window.result_heading.text() == "已生成 1 份回执"
    assert len(asked(scripted, "ask_passphrase")) == 1

    # the office imports it: 退回, and why, stand out on its page and in its list of returns
    office_hub = ChangeHub()  # the office's window's
    page = ExchangePage(workspace_for(world.office1.store), drives=world.drives, hub=office_hub)
    qtbot.addWidget(page)
    page.show()
    answer(scripted, "open_file", ack)
    answer(scripted, "ask_passphrase", OFFICE_PASSPHRASE)
    page.import_button.click()
    _wait(qtbot, page)
    assert page.result_heading.text() == "已导入市级回执：有报表被退回"
    assert page.returned_banner.isVisibleTo(page)
    assert REASON in page.banner_text.text() and "2026年第一季度报表（第 1 版）" in page.banner_text.text()
    assert _tree_rows(page.returns_list)[0][2:] == ["退回", "退回", f"退回原因：{REASON}"]
    history = _tree_rows(page.history_list)
    assert any(row[1:3] == ["导入", "市级回执"] for row in history)
    assert any(row[1:3] == ["导出", "报送市级"] and "市级已确认收到" in row[4] for row in history)
    requested: list[str] = []
    page.reports_requested.connect(requested.append)
    page.banner_button.click()
    assert requested == ["2026Q1"]

    returns_page = ReturnsPage(workspace_for(world.office1.store), today=date(2026, 6, 30), hub=office_hub)
    qtbot.addWidget(returns_page)
    qtbot.waitUntil(lambda: not returns_page.busy, timeout=30_000)
    assert returns_page.signed_list.topLevelItem(0).text(2) == "退回"
    assert returns_page.signed_list.topLevelItem(0).toolTip(2) == f"市级退回原因：{REASON}"


def test_a_tampered_file_is_refused_with_one_reason_and_nothing_changes(
    qtbot, world: World, scripted: ScriptedPrompts
) -> None:
    good = _export(world.office2, world.stick)
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = world.stick / "tampered.shequ"
    tampered.write_bytes(bytes(data))
    window = _window(qtbot, world)
    before = dump(world.hub)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    window.import_paths([tampered])
    _wait(qtbot, window)
    assert dump(world.hub) == before
    [row] = _tree_rows(window.imports.outcome_list)
    assert row[:2] == ["tampered.shequ", "拒收"] and "已损坏或被改动" in row[2] and "没有导入任何内容" in row[2]
    assert window.result_heading.text() == "1 个文件：导入 0 个，拒收 1 个"

    window.import_paths([good])  # the passphrase that opened the tampered file is kept
    _wait(qtbot, window)
    after_first = dump(world.hub)
    window.import_paths([good])  # the same file twice: nothing changes, and it says so
    _wait(qtbot, window)
    assert dump(world.hub) == after_first
    assert _tree_rows(window.imports.outcome_list)[0][1] == "已导入过"
    assert "以前已经导入过，这次没有任何改动" in window.result_text.text()

    assert len(asked(scripted, "ask_passphrase")) == 1
    window.lock()  # 文件 ▸ 锁定: asked again, and a wrong one changes nothing
    answer(scripted, "ask_passphrase", "不是市级的口令-不是市级的口令")
    window.import_paths([good])
    _wait(qtbot, window)
    assert "市级口令不正确" in window.result_text.text() and dump(world.hub) == after_first
    assert len(asked(scripted, "ask_passphrase")) == 2 and not window.passphrases.kept


def _edit_staff(site: Site, note: str) -> None:
    with site.store.transaction(site.actor()) as session:
        staff = session.exec(select(Staff).order_by(Staff.name)).first()
        assert staff is not None
        staff.note = note
        session.add(staff)


def test_a_missing_bundle_is_waited_for_or_imported_with_the_gap_recorded(
    qtbot, world: World, scripted: ScriptedPrompts
) -> None:
    from db.exchange.bundle import import_bundle

    office = world.office2
    import_bundle(
        world.hub.store, _export(office, world.stick), city=world.city, passphrase=CITY_PASSPHRASE, now=ARRIVAL
    )
    written = export_ack(world.hub.store, world.city, CITY_PASSPHRASE, office.code, world.stick)
    import_ack(office.store, written.path, passphrase=OFFICE_PASSPHRASE)
    _edit_staff(office, "第二次")
    second = _export(office, world.stick)
    _edit_staff(office, "第三次")
    third = _export(office, world.stick)

    window = _window(qtbot, world)
    before = dump(world.hub)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    answer(scripted, "choose", 0)  # 等待缺少的数据包
    window.import_paths([third])
    _wait(qtbot, window)
    [question] = asked(scripted, "choose")
    assert f"社区 {OFFICE2} 的第 2 号数据包还没有导入" in question[2]
    assert dump(world.hub) == before
    assert _tree_rows(window.imports.outcome_list)[0][1] == "等待"
    assert "等待缺少的数据包 1 个" in window.result_heading.text()

    window.import_paths([third, second])  # chosen out of order: imported in order (the passphrase kept)
    _wait(qtbot, window)
    outcomes = [row[:2] for row in _tree_rows(window.imports.outcome_list)]
    assert outcomes == [[second.name, "已导入"], [third.name, "已导入"]]
    assert _cells(window, OFFICE2)[COL_BUNDLE].startswith("第 3 号")

    _edit_staff(office, "第四次")
    _export(office, world.stick)  # number 4 is lost
    _edit_staff(office, "第五次")
    fifth = _export(office, world.stick)
    answer(scripted, "choose", 1)  # 记录缺口后导入
    window.import_paths([fifth])
    _wait(qtbot, window)
    assert _tree_rows(window.imports.outcome_list)[0][1] == "已导入" and "已记录缺口" in window.result_text.text()
    assert _cells(window, OFFICE2)[COL_BUNDLE].endswith("，有缺口")
    window.select_office(OFFICE2)
    assert "缺口：" in window.status.office_info.text()


def test_the_drill_down_shows_one_office_read_only(qtbot, world: World, scripted: ScriptedPrompts) -> None:
    from db.exchange.bundle import import_bundle

    for site in (world.office1, world.office2):
        import_bundle(
            world.hub.store, _export(site, world.stick), city=world.city, passphrase=CITY_PASSPHRASE, now=ARRIVAL
        )
    window = _window(qtbot, world)
    dialog = window.open_office_data(OFFICE2)
    assert dialog is not None and dialog.windowTitle() == f"新华社区（{OFFICE2}）的数据 — 只读"
    assert dialog.kind_key == "staff" and dialog.model is not None
    assert dialog.model.rowCount() == 2 and dialog.count_label.text() == "共 2 条"  # not the demo office's 13
    names = {dialog.model.index(row, 0).data() for row in range(2)}
    assert names == {"巴特尔", "李娜"}
    spec_fields = [column.field for column in dialog.model.spec.columns]
    assert dialog.table.isColumnHidden(spec_fields.index("id_number"))  # never sent to the city
    index = dialog.model.index(0, 0)
    assert not dialog.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not dialog.model.setData(index, "改掉", Qt.ItemDataRole.EditRole)
    dialog.table.edit(index)
    assert dialog.table.state() != QAbstractItemView.State.EditingState
    assert not dialog.model.insertRows(0, 1, QModelIndex()) and not dialog.model.removeRows(0, 1, QModelIndex())

    dialog.show_kind("activities")
    assert dialog.model.rowCount() == 6
    dialog.show_kind("staff")
    with world.office1.store.session() as session:
        demo_staff = len(session.exec(select(Staff).where(Staff.deleted_at.is_(None))).all())  # type: ignore[union-attr]
    other = window.open_office_data(OFFICE1)
    assert other is not None and other.model is not None and other.model.rowCount() == demo_staff


def test_register_revoke_and_the_consolidated_return(
    qtbot, tmp_path: Path, world: World, scripted: ScriptedPrompts
) -> None:
    keys = KeyStore(tmp_path / "office3")
    request = world.stick / "150802003001-request.pem"
    request.write_bytes(make_request(keys, OFFICE_PASSPHRASE, "150802003001", "团结社区"))
    window = _window(qtbot, world)

    answer(scripted, "open_file", request)
    answer(scripted, "confirm", True)
    answer(scripted, "ask_passphrase", CITY_PASSPHRASE)
    window.registry.issue_button.click()
    _wait(qtbot, window)
    [confirm] = asked(scripted, "confirm")
    assert "团结社区" in confirm[2] and "150802003001" in confirm[2] and "密钥指纹" in confirm[2]
    assert (world.stick / "150802003001-certificate.json").is_file()
    assert window.result_heading.text() == "已为 团结社区（150802003001）颁发证书"
    assert [row[:2] for row in _tree_rows(window.registry.registry_list)][-1] == ["150802003001", "团结社区"]
    assert window.status.table.rowCount() == 3 and _cells(window, "150802003001")[COL_RETURN] == "未报送"

    window.registry.registry_list.setCurrentItem(window.registry.registry_list.topLevelItem(2))
    answer(scripted, "ask_text", "U 盘丢失，密钥可能泄露")
    answer(scripted, "confirm", True)
    window.registry.revoke_button.click()  # the passphrase that issued the certificate is kept
    _wait(qtbot, window)
    assert _tree_rows(window.registry.registry_list)[2][4].startswith("已吊销")
    assert world.city.office("150802003001").revoked  # type: ignore[union-attr]
    assert "（证书已吊销）" in _cells(window, "150802003001")[1]

    window.return_tab.sign_button.click()
    _wait(qtbot, window)
    assert [question[2] for question in asked(scripted, "ask_passphrase")] == ["颁发证书"]
    assert window.return_tab.preview.page_count >= 1 and window.return_tab.shown is not None
    assert window.tabs.currentWidget() is window.return_tab
    pdf = window.return_tab.shown[0]
    anchor = world.city.ca_certificate()
    from cryptography.hazmat.primitives import serialization

    assert verify_pdf(pdf, trust=[anchor.public_bytes(serialization.Encoding.DER)]).status == VALID
    target = tmp_path / "汇总表.pdf"
    answer(scripted, "save_file", target)
    window.return_tab.save_button.click()
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(pdf).digest()


def test_start_up_opens_the_city_window_and_office_commands_refuse_the_city(
    qtbot, tmp_path: Path, shown_errors: list[str] | None = None
) -> None:
    folder = tmp_path / "city"
    CityAuthority(folder).init("中共巴彦淖尔市委组织部", CITY_PASSPHRASE)
    open_store(folder, create=True).close()
    assert is_city_folder(folder) and CITY_INSTALLATION == (CITY_DIRNAME, INSTALLATION_FILENAME)
    assert not is_city_folder(tmp_path)

    for command in (["stats"], ["check"], ["return", "--period", "2026", "--out", str(tmp_path / "x.pdf")]):
        code, out, err = shequ("--data-dir", str(folder), *command)
        assert code == 2 and out == "" and err.count("\n") == 1
        assert err.startswith(f"这是市级汇总数据文件夹：{folder}")
    assert shequ("--data-dir", str(folder), "city", "offices")[0] == 0

    startup = StartUp(folder)
    startup.start()
    try:
        window = startup.city_window
        assert isinstance(window, CityWindow) and window.isVisible()
        assert startup.window is None and startup.sign_in_dialog is None and startup.wizard is None
        assert window.windowTitle() == "市级汇总：中共巴彦淖尔市委组织部"
        _wait(qtbot, window)
        assert window.status.status_note.text() == "还没有登记任何社区：请在“社区名单”中登记。"
        window.close()
        assert list((folder / "backups").glob("*exit*.sqlite"))  # backed up on close, like an office
    finally:
        startup.close()


def test_cancel_stops_between_files_and_leaves_the_rest_untouched(qtbot, world: World) -> None:
    from desktop.city.importing import import_files
    from desktop.common.tasks import Progress, _Relay

    paths = [_export(world.office1, world.stick), _export(world.office2, world.stick)]
    relay = _Relay()
    progress = Progress(relay)
    seen: list[tuple[int, int, str]] = []
    relay.progressed.connect(lambda done, total, text: seen.append((done, total, text)))
    before = dump(world.hub)
    progress.cancel()  # pressed before the first file was opened
    run = import_files(world.hub.store, world.city, CITY_PASSPHRASE, paths, progress)
    assert [outcome.cancelled for outcome in run.outcomes] == [True, True]
    assert all("已取消，没有导入" in outcome.line() for outcome in run.outcomes)
    assert dump(world.hub) == before

    progress = Progress(relay)
    run = import_files(world.hub.store, world.city, CITY_PASSPHRASE, paths, progress, now=ARRIVAL)
    assert [outcome.imported for outcome in run.outcomes] == [True, True]
    qtbot.waitUntil(lambda: any(text.startswith("正在导入第 2 个文件（共 2 个）") for _d, _t, text in seen))
    assert all(0 <= done <= total for done, total, _text in seen)  # every report within its bar
