"""The background-task helper and the prompt service."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.common.prompts import Choice, ScriptedPrompts, install_prompts, prompts
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
