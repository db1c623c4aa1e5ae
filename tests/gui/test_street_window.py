"""The street's window (街道审核): opened by the app on a street's data folder, it installs the city's
roster, imports an office's street copy (待街道审核), and lets a person decide — 退回 with a comment
typed as a Pinyin input method types it, then 通过 (the street countersigns) — and forward to the
city. Real installations, keys and files (tests/support/street_world.py); nothing is mocked."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from sqlmodel import col, select

from db.models import ReturnReceipt
from db.store import Store, open_store
from desktop.common.prompts import Prompts, ScriptedPrompts, install_prompts
from desktop.shell.startup import StartUp
from desktop.street.window import StreetWindow
from tests.support.gui import type_chinese
from tests.support.street_window_world import WindowWorld, window_world
from tests.support.street_world import STREET_NAME, STREET_OFFICE, STREET_PASSPHRASE

TODAY = date(2026, 4, 10)
DECIDED = datetime(2026, 4, 11, 2, 0, tzinfo=UTC)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[WindowWorld]:
    made = window_world(tmp_path)
    yield made
    QThreadPool.globalInstance().waitForDone()
    made.close()


@pytest.fixture
def street_store(world: WindowWorld) -> Iterator[Store]:
    store = open_store(world.street.data_dir)
    yield store
    QThreadPool.globalInstance().waitForDone()
    store.close()


@pytest.fixture
def scripted() -> Iterator[ScriptedPrompts]:
    answers = ScriptedPrompts()
    previous = install_prompts(answers)
    yield answers
    install_prompts(previous)


def answer(scripted: ScriptedPrompts, method: str, *values: object) -> None:
    scripted.answers.setdefault(method, deque()).extend(values)


def _wait(qtbot, window: StreetWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)


def _window(qtbot, world: WindowWorld, store: Store) -> StreetWindow:  # type: ignore[no-untyped-def]
    opened: list[Path] = []
    window = StreetWindow(
        store, world.street, drives=world.drives, today=TODAY, clock=lambda: DECIDED,
        open_document=lambda path: opened.append(path) or True,
    )  # fmt: skip
    window.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    window.set_period("2026Q1")
    _wait(qtbot, window)
    return window


def _status_row(window: StreetWindow) -> list[str]:
    table = window.status.table
    row = next(row for row in range(table.rowCount()) if table.item(row, 0).text() == STREET_OFFICE)
    return [table.item(row, column).text() for column in range(table.columnCount())]


def _receipt(window: StreetWindow) -> ReturnReceipt:
    with window.store.session() as session:
        found = session.exec(select(ReturnReceipt).where(col(ReturnReceipt.office_code) == STREET_OFFICE)).one()
        session.expunge(found)
        return found


def test_the_app_opens_the_streets_window_on_a_streets_folder(qtbot, world: WindowWorld) -> None:
    before = sorted(path.relative_to(world.street.data_dir) for path in world.street.data_dir.rglob("*"))
    startup = StartUp(world.street.data_dir)
    startup.start()
    window = startup.street_window
    assert isinstance(window, StreetWindow) and window.isVisible()
    qtbot.addWidget(window)
    assert window.windowTitle() == f"街道审核：{STREET_NAME}"
    assert startup.wizard is None and startup.window is None and startup.exit_code is None  # no office set up
    _wait(qtbot, window)
    assert "还没有社区名单" in window.installation_note.text()
    window.close()
    startup.close()
    after = sorted(path.relative_to(world.street.data_dir) for path in world.street.data_dir.rglob("*"))
    assert [path for path in after if path not in before and path.parts[0] != "backups"] == []


def _type_into_text_dialogs(answers: list[str]) -> list[str]:
    """Answer the next real text questions (Qt's dialog), one after another: type each answer as a
    Pinyin input method does (a committed string) and press OK. The questions' titles are kept."""
    titles: list[str] = []
    waiting = list(answers)
    handled: list[QDialog] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog not in handled:
            line = dialog.findChild(QLineEdit)
            assert line is not None
            handled.append(dialog)
            titles.append(dialog.windowTitle())
            line.setFocus()
            line.selectAll()
            type_chinese(line, waiting.pop(0))
            dialog.accept()
        if waiting:
            QTimer.singleShot(20, fill)

    QTimer.singleShot(0, fill)
    return titles


def test_import_review_return_then_pass_and_forward(
    qtbot, world: WindowWorld, street_store: Store, scripted: ScriptedPrompts
) -> None:
    window = _window(qtbot, world, street_store)
    window.install_roster(world.roster_path)
    _wait(qtbot, window)
    assert "社区名单：1 个社区" in window.installation_note.text()
    assert _status_row(window)[4] == "未报"

    street_copy = world.sign_and_send()
    answer(scripted, "ask_passphrase", STREET_PASSPHRASE)
    window.import_paths([street_copy])
    _wait(qtbot, window)
    assert window.result_heading.text().startswith("1 个文件：导入 1 个")
    row = _status_row(window)
    assert row[1] == "团结社区" and row[2].startswith("第 1 版") and row[4] == "待街道审核"
    assert window.status.backlog.text().startswith("待审核 1 份")

    # 审核: the office's return with its figures (names, never keys)
    window.status.select_office(STREET_OFFICE)
    window.status.table.setFocus()
    QTest.keyClick(window.status.table, Qt.Key.Key_Return)  # Enter on the office: its return on 审核
    assert window.tabs.currentWidget() is window.review
    review = window.review
    assert review.selected_return() is not None and review.selected_return().office_code == STREET_OFFICE
    figures = [review.figures_list.topLevelItem(n).text(1) for n in range(review.figures_list.topLevelItemCount())]
    assert figures and all("." not in name for name in figures)

    # 退回… with the comment typed as an input method types it, then the reviewer's name
    install_prompts(Prompts())  # the real dialogs: the comment, then the reviewer's name
    try:
        titles = _type_into_text_dialogs(["二月活动记录缺少照片，请补充后重新报送", "王街道"])
        review.return_button.click()
        _wait(qtbot, window)
    finally:
        install_prompts(scripted)
    assert titles == ["退回报表", "审核报表"]
    receipt = _receipt(window)
    assert (receipt.street_status, receipt.street_reason, receipt.street_decided_by) == (
        "returned",
        "二月活动记录缺少照片，请补充后重新报送",
        "王街道",
    )
    assert receipt.status == ""  # the street never writes the city's decision
    assert _status_row(window)[4] == "街道退回"
    assert "意见：二月活动记录缺少照片" in review.decided.text()

    # 通过（加签）…: the name, then the street's passphrase (kept from the import); countersigned
    answer(scripted, "ask_text", "王街道")
    review.pass_button.click()
    _wait(qtbot, window)
    assert window.result_heading.text() == "已通过并加盖街道签名"
    receipt = _receipt(window)
    assert receipt.street_status == "received" and receipt.countersigned_sha256
    assert _status_row(window)[4] == "待市审核"

    # 报送市级…: to the stick
    window.forward_to_city()
    _wait(qtbot, window)
    assert window.result_heading.text() == "已写出报送市级的文件"
    assert any(path.name.startswith("street-") and "-city-" in path.name for path in world.stick.iterdir())


def _imported(qtbot, world: WindowWorld, store: Store, scripted: ScriptedPrompts) -> StreetWindow:  # type: ignore[no-untyped-def]
    """The window with the roster installed and the office's return imported (the passphrase kept)."""
    window = _window(qtbot, world, store)
    window.install_roster(world.roster_path)
    _wait(qtbot, window)
    street_copy = world.sign_and_send()
    answer(scripted, "ask_passphrase", STREET_PASSPHRASE)
    window.import_paths([street_copy])
    _wait(qtbot, window)
    window.tabs.setCurrentWidget(window.review)
    return window


def test_a_comment_on_a_figure_and_the_receipt_for_the_office(
    qtbot, world: WindowWorld, street_store: Store, scripted: ScriptedPrompts
) -> None:
    window = _imported(qtbot, world, street_store, scripted)
    review = window.review
    assert window.tabs.tabText(window.tabs.indexOf(review)) == "审核（待审核 1 份）"
    assert not review.comment_button.isEnabled()  # no figure chosen yet
    review.figures_list.setCurrentItem(review.figures_list.topLevelItem(0))
    key, name = review.selected_figure()  # type: ignore[misc]
    answer(scripted, "ask_text", "  ")  # an empty comment records nothing
    review.comment_button.click()
    assert window.result_heading.text() == "没有提意见"
    answer(scripted, "ask_text", "书记的任职时间请核对", "王街道")
    review.comment_button.click()
    _wait(qtbot, window)
    lines = [
        [review.comments_list.topLevelItem(n).text(c) for c in range(4)]
        for n in range(review.comments_list.topLevelItemCount())
    ]
    assert lines[-1][1:] == ["王街道（街道）", name, "书记的任职时间请核对"]
    assert key and "." in key

    # 写回执… for the office selected on 社区报送情况: a file on the stick
    window.tabs.setCurrentWidget(window.status)
    window.status.select_office(STREET_OFFICE)
    before = set(world.stick.iterdir())
    window.status.ack_button.click()
    _wait(qtbot, window)
    assert window.result_heading.text() == "已写出给团结社区的回执"
    assert len(set(world.stick.iterdir()) - before) == 1


def test_refusals_decide_nothing_and_say_why(
    qtbot, world: WindowWorld, street_store: Store, scripted: ScriptedPrompts
) -> None:
    window = _window(qtbot, world, street_store)
    street_copy = world.sign_and_send()
    # no roster yet: one clear sentence, nothing imported
    answer(scripted, "ask_passphrase", STREET_PASSPHRASE)
    window.import_paths([street_copy])
    _wait(qtbot, window)
    assert window.result_heading.text().startswith("1 个文件：导入 0 个，拒收 1 个")
    assert "社区名单" in window.result_text.text()
    assert window.review.returns == []

    # a wrong passphrase refuses the whole import in a message box, and is not kept
    window.install_roster(world.roster_path)
    _wait(qtbot, window)
    window.keeper.forget()
    answer(scripted, "ask_passphrase", "不对的口令不对的口令")
    window.import_paths([street_copy])
    _wait(qtbot, window)
    assert window.result_heading.text() == "没有导入"
    assert scripted.asked[-1][0] == "error" and "街道口令不对" in scripted.asked[-1][2]
    assert not window.keeper.kept and window.review.returns == []

    answer(scripted, "ask_passphrase", STREET_PASSPHRASE)
    window.import_paths([street_copy])
    _wait(qtbot, window)
    review = window.review
    # 退回… with an empty comment, or a cancelled name, decides nothing
    answer(scripted, "ask_text", "")
    review.return_button.click()
    assert window.result_heading.text() == "没有做出决定"
    answer(scripted, "ask_text", "请补充照片", None)
    review.problem_button.click()
    _wait(qtbot, window)
    assert _receipt(window).street_status == ""
    # 通过 with a wrong passphrase: refused, nothing countersigned, the passphrase forgotten
    window.keeper.forget()
    answer(scripted, "ask_text", "王街道")
    answer(scripted, "ask_passphrase", "不对的口令不对的口令")
    review.pass_button.click()
    _wait(qtbot, window)
    assert window.result_heading.text() == "没有做出决定"
    receipt = _receipt(window)
    assert (receipt.street_status, receipt.countersigned_sha256) == ("", "")
    assert not window.keeper.kept


def test_view_return_opens_the_stored_pdf_and_a_folder_imports_every_street_copy(
    qtbot, world: WindowWorld, street_store: Store, scripted: ScriptedPrompts
) -> None:
    window = _window(qtbot, world, street_store)
    window.install_roster(world.roster_path)
    _wait(qtbot, window)
    world.sign_and_send()
    answer(scripted, "choose_folder", world.stick)
    answer(scripted, "ask_passphrase", STREET_PASSPHRASE)
    window.choose_folder_and_import()
    _wait(qtbot, window)
    assert window.result_heading.text().startswith("1 个文件：导入 1 个")
    window.tabs.setCurrentWidget(window.review)
    window.review.view_button.click()
    [opened] = window.opened  # type: ignore[attr-defined]
    assert opened.suffix == ".pdf" and opened.is_file() and opened.read_bytes().startswith(b"%PDF")

    # the menus reach every action; Ctrl+L forgets the passphrase
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["文件(&F)", "查看(&V)", "帮助(&H)"]
    assert window.lock_action.isEnabled()
    window.lock_action.trigger()
    assert not window.keeper.kept and window.result_heading.text() == "已锁定"
    assert window.manual_action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.HelpContents))
    from desktop.street.help_actions import manual_topic

    assert manual_topic(window) == "street-review"  # F1 opens the section of the tab shown
    window.tabs.setCurrentWidget(window.ledger)
    assert manual_topic(window) == "street-ledgers"
    window.tabs.setCurrentWidget(window.status)
    assert manual_topic(window) == "street-status"
    window.manual_action.trigger()  # F1: the manual's viewer, in front
    from desktop.common.manual import ManualWindow

    viewers = [w for w in QApplication.topLevelWidgets() if isinstance(w, ManualWindow) and w.isVisible()]
    assert len(viewers) == 1
    viewers[0].close()


def test_the_streets_own_ledger_staff_funding_standing_and_its_return(
    qtbot, world: WindowWorld, street_store: Store, scripted: ScriptedPrompts
) -> None:
    from desktop.street import ledger_actions

    window = _window(qtbot, world, street_store)
    window.set_period("2026")
    _wait(qtbot, window)
    window.tabs.setCurrentWidget(window.ledger)
    ledger = window.ledger
    assert ledger.staff_list.topLevelItemCount() == 0

    dialog = ledger_actions.add_staff(window)
    assert dialog is not None and dialog.isVisible()
    type_chinese(dialog.inputs["name"], "刘街道")  # type: ignore[arg-type]
    dialog.inputs["start"].setText("2025-01-01")  # type: ignore[union-attr]
    dialog.inputs["pay"].setText("4800")  # type: ignore[union-attr]
    dialog.try_save()  # no name of who enters it: said under the form, nothing lost, nothing written
    assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog) and "录入人" in dialog.problem.text()
    assert dialog.values()["name"] == "刘街道" and ledger.staff_list.topLevelItemCount() == 0
    type_chinese(dialog.entered_by, "王芳")
    dialog.try_save()
    assert not dialog.isVisible()
    _wait(qtbot, window)
    assert ledger.staff_list.topLevelItem(0).text(0) == "刘街道"

    dialog = ledger_actions.add_funding(window)
    assert dialog is not None
    assert dialog.entered_by.text() == "王芳"  # offered as the name used last
    dialog.inputs["received_on"].setText("2026-01-15")  # type: ignore[union-attr]
    dialog.inputs["amount"].setText("12000.555")  # type: ignore[union-attr]
    dialog.try_save()  # more than two decimals: refused, never rounded
    assert dialog.isVisible() and dialog.problem.text()
    dialog.inputs["amount"].setText("1.2万")  # type: ignore[union-attr]
    dialog.try_save()
    assert not dialog.isVisible()
    _wait(qtbot, window)
    assert ledger.funding_list.topLevelItem(0).text(1) == "12,000.00"
    assert ledger.standing.text().startswith("街道工作者 1 人，运营经费 12,000.00 元")

    # 删除选中的…: the reason and the name
    ledger.funding_list.setCurrentItem(ledger.funding_list.topLevelItem(0))
    answer(scripted, "ask_text", "重复录入", "王芳")
    ledger.remove_button.click()
    _wait(qtbot, window)
    assert ledger.funding_list.topLevelItemCount() == 0 and window.result_heading.text().startswith("已删除")

    # 生成街道汇总报表…: signed by the street, written to the stick, opened
    answer(scripted, "ask_passphrase", STREET_PASSPHRASE)
    ledger.return_button.click()
    _wait(qtbot, window)
    assert window.result_heading.text() == "已生成2026年街道汇总报表"
    [opened] = window.opened  # type: ignore[attr-defined]
    assert opened.parent == world.stick and opened.read_bytes().startswith(b"%PDF")


def test_installing_the_street_certificate_and_a_refused_file(
    qtbot, tmp_path: Path, world: WindowWorld, scripted: ScriptedPrompts
) -> None:
    from db.exchange.street import StreetInstallation, issue_street
    from tests.support.exchange_world import CITY_PASSPHRASE

    street = StreetInstallation(tmp_path / "new-street")
    request = street.init("150802003000", "新华街道党工委", STREET_PASSPHRASE)
    issued = issue_street(world.four.city, request, CITY_PASSPHRASE)
    certificate = world.stick / issued.filename
    certificate.write_bytes(issued.signed_file)
    bogus = world.stick / "not-a-certificate.json"
    bogus.write_text("{}", encoding="utf-8")
    with open_store(street.data_dir, create=True) as store:
        window = StreetWindow(store, street, drives=world.drives, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        _wait(qtbot, window)
        assert window.windowTitle() == "街道审核：新华街道党工委"
        assert "还没有安装市级颁发的街道证书" in window.installation_note.text()
        answer(scripted, "open_file", bogus)
        window.certificate_action.trigger()
        assert window.result_heading.text() == "没有安装证书"
        assert scripted.asked[-1][0] == "error" and not street.certified()
        answer(scripted, "open_file", certificate)
        window.certificate_action.trigger()
        _wait(qtbot, window)
        assert window.result_heading.text() == "已安装市级颁发的街道证书" and street.certified()
        assert "街道证书：已安装" in window.installation_note.text()
        assert "还没有社区名单" in window.installation_note.text()
        window.close()
        QThreadPool.globalInstance().waitForDone()
