"""Backups in the app: the copy on close, the daily copy, and 文件 → 恢复备份… (pytest-qt, offscreen)."""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import select

from db.audit import Actor, LedgerSession
from db.backup import list_backups, make_backup
from db.models import Staff
from db.store import DB_FILENAME, Store
from desktop.common.prompts import ScriptedPrompts, install_prompts
from desktop.common.settings import Settings
from desktop.common.workspace import workspace_for
from desktop.ledgers.list_page import ListPage
from desktop.shell import backups as backups_module
from desktop.shell.main_window import MainWindow
from desktop.shell.restore_dialog import RestoreDialog, format_size, reason_label
from tests.support.office import OFFICE_CODE, add_sample_ledgers


@pytest.fixture
def scripted() -> Iterator[ScriptedPrompts]:
    answers = ScriptedPrompts()
    previous = install_prompts(answers)
    yield answers
    install_prompts(previous)


@pytest.fixture
def window(qtbot, store: Store, session: LedgerSession) -> Iterator[MainWindow]:
    """The main window; not handed to qtbot, since a restore replaces (and deletes) it."""
    add_sample_ledgers(store, session)
    main = MainWindow(workspace_for(store))
    main.show()
    qtbot.waitExposed(main)
    yield main
    if shiboken6.isValid(main):
        main.close()
        main.deleteLater()


def staff_names(window: MainWindow) -> list[str]:
    page = window.show_page("staff")
    assert isinstance(page, ListPage)
    model = page.model
    return sorted(model.data(model.index(row, 0)) for row in range(model.rowCount()))


def add_staff(store: Store, actor: Actor, name: str) -> None:
    with store.transaction(actor) as session:
        session.add(Staff(name=name, office_code=OFFICE_CODE))


def fake_backups(data_dir: Path, reason: str, days: range) -> None:
    folder = data_dir / "backups"
    folder.mkdir(exist_ok=True)
    for day in days:
        (folder / f"shequ-202611{day:02d}-080000-{reason}.sqlite").write_bytes((data_dir / DB_FILENAME).read_bytes())


def test_closing_the_window_backs_up_and_prunes_to_the_setting(
    window: MainWindow, data_dir: Path, scripted: ScriptedPrompts
) -> None:
    Settings().set_backups_to_keep(3)
    fake_backups(data_dir, "daily", range(1, 6))
    fake_backups(data_dir, "before-0001", range(1, 2))
    assert window.close()
    left = list_backups(data_dir)
    assert [info.reason for info in left if info.automatic] == ["exit", "daily", "daily"]
    assert [info.time.day for info in left if info.automatic][1:] == [5, 4]
    assert any(info.before_migration for info in left)
    assert scripted.asked == []
    window.close()  # a second close makes no second copy
    assert len(list_backups(data_dir)) == len(left)


def test_closing_after_nothing_changed_keeps_the_older_copies(
    window: MainWindow, store: Store, data_dir: Path, qtbot
) -> None:
    assert window.backups is not None and window.backups.daily_backup()
    before = list_backups(data_dir)
    assert window.close()  # nothing was written since the day's copy: no copy on close
    assert list_backups(data_dir) == before
    second = MainWindow(workspace_for(store))
    qtbot.addWidget(second)
    with store.transaction(second.workspace.actor) as session:
        session.exec(select(Staff)).first().phone = "13912345678"
    assert second.close()  # something changed: a copy
    assert [info.reason for info in list_backups(data_dir)] == ["exit", "daily"]


def test_daily_backup_on_start_once_a_day(window: MainWindow, data_dir: Path, qtbot) -> None:
    controller = window.backups
    assert controller.daily_backup()
    assert [info.reason for info in list_backups(data_dir)] == ["daily"]
    assert not controller.daily_backup()  # already made today
    controller.schedule_daily(delay_ms=0)
    qtbot.wait(20)
    assert len(list_backups(data_dir)) == 1


def open_restore_dialog(window: MainWindow) -> RestoreDialog:
    window.backups.restore_action.trigger()
    dialog = window.backups.dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    return dialog


def replacement_window(qtbot, old: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: bool(backups_module._replacements), timeout=10_000)
    (new,) = backups_module._replacements
    assert isinstance(new, MainWindow) and new is not old
    qtbot.addWidget(new)
    return new


def test_restore_flow_replaces_the_data_and_reopens(
    window: MainWindow, store: Store, actor: Actor, data_dir: Path, scripted: ScriptedPrompts, qtbot
) -> None:
    before = staff_names(window)
    make_backup(store, "exit")
    add_staff(store, actor, "新来的")

    scripted.answers["confirm"] = deque([True])
    dialog = open_restore_dialog(window)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "退出时"
    assert dialog.chosen() is not None
    dialog.restore_button.click()

    new = replacement_window(qtbot, window)
    try:
        method, title, text = scripted.asked[0]
        assert method == "confirm" and title == "恢复备份"
        assert "替换当前的全部数据" in text and "恢复前" in text
        assert scripted.asked[-1][0] == "info" and "已恢复" in scripted.asked[-1][2]
        assert new.isVisible() and new.workspace is window.workspace
        assert new.workspace.store is not store
        assert staff_names(new) == before  # 新来的 came after the backup
        reasons = [info.reason for info in list_backups(data_dir)]
        assert "before-restore" in reasons
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        new.close()
        new.workspace.close()
    # the replaced window made no copy on close; the new one did
    assert sorted(info.reason for info in list_backups(data_dir)) == ["before-restore", "exit", "exit"]


def test_restore_not_confirmed_changes_nothing(
    window: MainWindow, store: Store, data_dir: Path, scripted: ScriptedPrompts
) -> None:
    make_backup(store, "exit")
    scripted.answers["confirm"] = deque([False])
    dialog = open_restore_dialog(window)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert scripted.asked == []
    dialog = open_restore_dialog(window)
    dialog.restore_button.click()
    assert [method for method, _, _ in scripted.asked] == ["confirm"]
    assert not backups_module._replacements
    assert [info.reason for info in list_backups(data_dir)] == ["exit"]
    assert staff_names(window)  # the store is still open


def test_restore_with_no_backups_says_so(window: MainWindow, scripted: ScriptedPrompts) -> None:
    window.backups.restore_action.trigger()
    assert window.backups.dialog is None
    assert scripted.asked[0][0] == "info" and "还没有任何备份" in scripted.asked[0][2]


def test_only_an_administrator_restores(window: MainWindow, store: Store, scripted: ScriptedPrompts) -> None:
    from db.enums import OperatorRole
    from db.operators import add_operator

    make_backup(store, "daily")
    assert window.workspace.is_admin and window.restore_action.isEnabled()
    with store.session(window.workspace.actor) as session:
        filler = add_operator(session, "巴特尔", OperatorRole.FILLER)
    window.signed_in(filler)  # 文件 → 切换操作人员: a form filler now
    assert not window.restore_action.isEnabled() and "管理员" in window.restore_action.toolTip()
    window.backups.choose_backup()  # even if asked some other way
    assert window.backups.dialog is None
    assert scripted.asked[-1][0] == "info" and "只有管理员" in scripted.asked[-1][2]


def test_damaged_backup_is_refused_and_the_data_reopened_unchanged(
    window: MainWindow, store: Store, data_dir: Path, scripted: ScriptedPrompts, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(backups_module, "LARGE_BYTES", 0)  # through the task runner, with progress
    newer = make_backup(store, "exit")
    with sqlite3.connect(newer) as conn:  # made by a future version of the app
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    names = staff_names(window)
    db_before = (data_dir / DB_FILENAME).read_bytes() if not (data_dir / f"{DB_FILENAME}-wal").exists() else None
    scripted.answers["confirm"] = deque([True])
    open_restore_dialog(window).restore_button.click()
    new = replacement_window(qtbot, window)
    try:
        method, title, text = scripted.asked[-1]
        assert method == "error" and title == "恢复备份没有完成"
        assert "不能用来恢复" in text and "更新版本" in text and "当前数据没有任何改动" in text
        assert staff_names(new) == names
        assert [info.reason for info in list_backups(data_dir)] == ["exit"]  # no safety copy was needed
        if db_before is not None:
            assert (data_dir / DB_FILENAME).read_bytes() == db_before
    finally:
        new.close()
        new.workspace.close()


def test_large_restore_runs_in_the_background(
    window: MainWindow, store: Store, actor: Actor, data_dir: Path, scripted: ScriptedPrompts, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(backups_module, "LARGE_BYTES", 0)
    make_backup(store, "exit")
    add_staff(store, actor, "新来的")
    scripted.answers["confirm"] = deque([True])
    open_restore_dialog(window).restore_button.click()
    new = replacement_window(qtbot, window)
    try:
        assert "新来的" not in staff_names(new)
        assert scripted.asked[-1][0] == "info"
    finally:
        new.close()
        new.workspace.close()


def test_reason_labels_in_chinese(tmp_path: Path) -> None:
    from datetime import datetime

    from db.backup import BackupInfo
    from db.timeutil import LOCAL_TZ

    def info(reason: str) -> BackupInfo:
        return BackupInfo(tmp_path / "x.sqlite", datetime(2026, 11, 28, 14, 30, tzinfo=LOCAL_TZ), reason, 1)

    labels = [reason_label(info(reason)) for reason in ("exit", "daily", "before-0002", "before-restore", "")]
    assert labels == ["退出时", "每日", "迁移前", "恢复前", "其他"]
    assert format_size(5 * 1024 * 1024 + 300_000) == "5.3 MB"
    assert format_size(2048) == "2 KB"


def test_a_failed_copy_on_close_is_shown_and_the_window_still_closes(
    window: MainWindow, data_dir: Path, scripted: ScriptedPrompts
) -> None:
    (data_dir / "backups").write_text("挡路的文件", encoding="utf-8")  # the folder cannot be made
    assert window.close()
    assert not window.isVisible()
    method, title, text = scripted.asked[-1]
    assert method == "error" and title == "备份没有完成" and "备份没有完成" in text
