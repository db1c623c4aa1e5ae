"""The background-task helper and the prompt service (its file dialogs: where they start, what they remember)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.common.file_dialogs import documents_folder, split_suggestion, start_folder
from desktop.common.prompts import (
    CERTIFICATE,
    EXCEL,
    EXCHANGE,
    PDF,
    Choice,
    FileQuestion,
    Prompts,
    ScriptedPrompts,
    install_prompts,
    prompts,
)
from desktop.common.settings import Settings
from desktop.common.tasks import Progress, TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}
    gui_thread = threading.get_ident()

    def work(progress: Progress) -> int:
        seen["worker_thread"] = threading.get_ident()
        progress.update(1, 2, "一半")
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_thread"] = threading.get_ident()

    handle = runner.run(work, on_success=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42 and handle.finished
    assert seen["callback_thread"] == gui_thread != seen["worker_thread"]


def test_errors_are_delivered_not_lost(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work(progress: Progress) -> None:
        raise ValueError("坏数据")

    runner.run(work, on_success=lambda _: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "坏数据"


def test_work_without_a_progress_dialog(qtbot) -> None:
    """A page that shows its own "checking…" runs its work without any dialog, even a slow one."""
    from PySide6.QtWidgets import QProgressDialog, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    runner = TaskRunner(page)
    release = threading.Event()
    results: list[str] = []
    handle = runner.run(
        lambda progress: "done" if release.wait(5) else "late",
        on_success=results.append,
        parent_widget=page,
        show_progress=False,
    )
    assert page.findChildren(QProgressDialog) == []
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["done"] and handle.finished
    assert page.findChildren(QProgressDialog) == []


def test_cancel_stops_the_work(qtbot) -> None:
    runner = TaskRunner()
    outcome: list[str] = []
    started = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        for step in range(10_000):
            progress.check()
            progress.update(step, 10_000)
            time.sleep(0.001)
        return "finished"

    handle = runner.run(work, on_success=outcome.append, on_cancel=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]


def test_scripted_prompts_answer_in_order_and_record_questions() -> None:
    scripted = ScriptedPrompts(confirm=[True, False], save_discard_cancel=[Choice.DISCARD], ask_text=["理由"])
    previous = install_prompts(scripted)
    try:
        assert prompts() is scripted
        assert prompts().confirm(None, "删除", "确定删除？") is True
        assert prompts().confirm(None, "删除", "再删一个？") is False
        assert prompts().save_discard_cancel(None, "未保存", "保存修改吗？") is Choice.DISCARD
        assert prompts().ask_text(None, "原因", "请写明原因") == "理由"
        assert [q[0] for q in scripted.asked] == ["confirm", "confirm", "save_discard_cancel", "ask_text"]
        with pytest.raises(AssertionError):
            prompts().confirm(None, "多余", "没有准备答案")
    finally:
        install_prompts(previous)


# --- file dialogs: where they start, what they remember -----------------------------------------


def test_a_scripted_file_dialog_starts_and_remembers_as_the_real_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the working directory is never where a dialog starts
    folders = tmp_path / "excel", tmp_path / "pdf", tmp_path / "stick"
    for folder in folders:
        folder.mkdir()
    excel, pdf, stick = folders
    scripted = ScriptedPrompts(
        open_file=[excel / "党员.xlsx", None, stick / "certificate.json"],
        save_file=[pdf / "报表.pdf"],
        choose_folder=[stick],
        open_files=[[stick / "a.shequ", stick / "b.shequ"]],
    )
    previous = install_prompts(scripted)
    try:
        assert prompts().open_file(None, "选择表格", None, "Excel (*.xlsx)", purpose=EXCEL) == excel / "党员.xlsx"
        assert scripted.files[-1] == FileQuestion(
            "open_file", EXCEL, "选择表格", documents_folder(), "", "Excel (*.xlsx)"
        )
        assert Settings().last_folder(EXCEL) == excel  # remembered for next time, for Excel only

        assert prompts().open_file(None, "选择表格", None, "Excel (*.xlsx)", purpose=EXCEL) is None  # cancelled
        assert scripted.asked[-1] == ("open_file", "选择表格", str(excel))  # starts where the last one was
        assert Settings().last_folder(EXCEL) == excel

        chosen = prompts().save_file(None, "另存报表", "报表.pdf", "PDF 文件 (*.pdf)", purpose=PDF)
        assert chosen == pdf / "报表.pdf"
        assert scripted.asked[-1] == ("save_file", "另存报表", str(documents_folder() / "报表.pdf"))  # not excel's
        assert (scripted.files[-1].purpose, scripted.files[-1].name) == (PDF, "报表.pdf")
        assert Settings().last_folder(PDF) == pdf

        # Exchange files: the stick the screen shows comes first, else the folder last used.
        assert prompts().choose_folder(None, "选择文件夹", None, purpose=EXCHANGE) == stick
        assert Settings().last_folder(EXCHANGE) == stick  # a folder chosen is the folder itself
        assert prompts().open_files(None, "选择数据包", None, "*.shequ", purpose=EXCHANGE) == [
            stick / "a.shequ",
            stick / "b.shequ",
        ]
        assert scripted.asked[-1][2] == str(stick)
        assert prompts().open_file(None, "选择证书", stick, "*.json", purpose=CERTIFICATE) == stick / "certificate.json"
        assert scripted.asked[-1][2] == str(stick)
        assert [question.purpose for question in scripted.files] == [EXCEL, EXCEL, PDF, EXCHANGE, EXCHANGE, CERTIFICATE]
        assert all(question.start != tmp_path for question in scripted.files)
    finally:
        install_prompts(previous)


def test_a_missing_folder_falls_back_to_the_last_then_documents(tmp_path: Path) -> None:
    gone, last = tmp_path / "U盘（已拔出）", tmp_path / "last"
    last.mkdir()
    assert start_folder(EXCHANGE, gone) == documents_folder()  # no stick, nothing remembered
    Settings().set_last_folder(EXCHANGE, last)
    assert start_folder(EXCHANGE, gone) == last
    assert start_folder(EXCHANGE, str(last / "nowhere")) == last
    assert start_folder(EXCHANGE, "") == last and start_folder(EXCHANGE, Path()) == last  # never "."
    assert start_folder(EXCHANGE, tmp_path) == tmp_path  # a folder given and there comes first
    last.rmdir()
    assert start_folder(EXCHANGE) == documents_folder()
    assert split_suggestion("报表.pdf") == (None, "报表.pdf")
    assert split_suggestion(tmp_path / "报表.pdf") == (tmp_path, "报表.pdf")


def _answer_file_dialog(seen: dict[str, object], choose: Path | None) -> None:
    """Act as the person on the next file dialog: note where it started, choose ``choose`` (or cancel)."""

    def act() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, act)
            return
        dialog = dialogs[0]
        seen["start"] = Path(dialog.directory().absolutePath())
        seen["title"] = dialog.windowTitle()
        seen["suffix"] = dialog.defaultSuffix()
        if choose is None:
            dialog.reject()
            return
        dialog.selectFile(str(choose))
        dialog.accept()

    QTimer.singleShot(0, act)


def test_the_real_file_dialog_starts_in_the_remembered_folder_and_remembers_the_new_one(qtbot, tmp_path: Path) -> None:
    before, after = tmp_path / "上次", tmp_path / "这次"
    before.mkdir()
    after.mkdir()
    (after / "党员.xlsx").write_bytes(b"PK")
    Settings().set_last_folder(EXCEL, before)
    real = Prompts()

    seen: dict[str, object] = {}
    _answer_file_dialog(seen, after / "党员.xlsx")
    chosen = real.open_file(None, "选择要导入的表格", None, "Excel 文件 (*.xlsx)", purpose=EXCEL)
    assert seen["start"] == before and seen["title"] == "选择要导入的表格"
    assert chosen == after / "党员.xlsx"
    assert Settings().last_folder(EXCEL) == after

    _answer_file_dialog(seen, None)
    assert real.open_file(None, "选择要导入的表格", None, "Excel 文件 (*.xlsx)", purpose=EXCEL) is None
    assert seen["start"] == after and Settings().last_folder(EXCEL) == after  # cancelled: kept

    _answer_file_dialog(seen, after / "报表")  # typed without .pdf
    target = real.save_file(None, "另存报表", "红柳湾社区-2026.pdf", "PDF 文件 (*.pdf)", purpose=PDF)
    assert seen["start"] == documents_folder() and seen["suffix"] == "pdf"
    assert target == after / "报表.pdf"  # the dialog added it (and would have asked before replacing)
    assert Settings().last_folder(PDF) == after and Settings().last_folder(EXCEL) == after

    _answer_file_dialog(seen, before)
    assert real.choose_folder(None, "选择文件夹", after, purpose=EXCHANGE) == before
    assert seen["start"] == after and Settings().last_folder(EXCHANGE) == before


def test_every_file_dialog_in_the_app_says_what_it_is_for() -> None:
    """Each call of open_file / open_files / save_file / choose_folder under desktop/ gives a purpose."""
    import ast

    root = Path(__file__).resolve().parents[2] / "desktop"
    missing: list[str] = []
    calls = 0
    for source in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in {"open_file", "open_files", "save_file", "choose_folder"}:
                continue
            target = node.func.value
            if not (isinstance(target, ast.Call) and isinstance(target.func, ast.Name) and target.func.id == "prompts"):
                continue
            calls += 1
            if not any(keyword.arg == "purpose" for keyword in node.keywords):
                missing.append(f"{source.relative_to(root.parent)}:{node.lineno}")
    assert calls >= 9 and missing == []
