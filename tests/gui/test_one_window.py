"""One window per office, with real processes: the app started twice on one data folder shows one
window; the second start hands its file to the first and ends with 0, and the first shows the
page for that file. Started as the file manager starts it: ``shequ <file>`` on the default data
folder (SHEQU_DATA_DIR here), offscreen, reporting on stdout (SHEQU_REPORT_SHOWN,
desktop/shell/app.py). Nothing here measures time: the waits are only there so a broken start
fails the test instead of hanging it."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.office import sample_office

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 120  # only so that a start that never comes fails instead of hanging


class App:
    """``python -m desktop`` with its stdout read line by line on a thread."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, start: str) -> str:
        """The next line starting with ``start`` (the lines before it are kept in ``seen``)."""
        while True:
            try:
                line = self.lines.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(f"no line {start!r}; the app said: {self.seen}") from None
            self.seen.append(line)
            if line.startswith(start):
                return line

    def said(self) -> list[str]:
        """Every line so far (those not waited for too)."""
        while True:
            try:
                self.seen.append(self.lines.get_nowait())
            except queue.Empty:
                return self.seen

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
        self.process.wait(timeout=WAIT_S)


@pytest.fixture
def office_env(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "office"
    sample_office(folder)  # one operator without a password: no sign-in
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SHEQU_DATA_DIR=str(folder),
        SHEQU_REPORT_SHOWN="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # the app's settings
        XDG_STATE_HOME=str(tmp_path / "state"),  # its logs
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    env.pop("SHEQU_SMOKE_QUIT_AFTER_MS", None)
    return env


@pytest.fixture
def apps() -> Iterator[list[App]]:
    started: list[App] = []
    yield started
    for app in started:
        app.stop()


def second_start(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=WAIT_S,
        check=False,
    )


def test_a_second_start_hands_its_file_to_the_window_open(
    office_env: dict[str, str], apps: list[App], tmp_path: Path
) -> None:
    first = App([], office_env)
    apps.append(first)
    first.wait_for("shequ: main window ready")

    bundle = tmp_path / "usb" / "150802001001-0007.shequ"
    bundle.parent.mkdir()
    bundle.write_bytes(b"not a bundle")
    second = second_start([str(bundle)], office_env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "main window shown" not in second.stdout  # one window: the second start showed none

    assert first.wait_for("shequ: brought forward")
    assert first.wait_for("shequ: file opened on ") == f"shequ: file opened on exchange: {bundle}"
    assert first.process.poll() is None  # still the one window

    # Started again from the Start menu (no file): the same window comes forward.
    third = second_start([], office_env)
    assert third.returncode == 0 and "main window shown" not in third.stdout
    first.wait_for("shequ: brought forward")
    assert sum(line.startswith("shequ: main window shown") for line in first.said()) == 1


def test_the_first_start_opens_its_file_once_the_data_is_open(
    office_env: dict[str, str], apps: list[App], tmp_path: Path
) -> None:
    pdf = tmp_path / "报表 2026.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    first = App([str(pdf)], office_env)
    apps.append(first)
    first.wait_for("shequ: main window shown")
    assert first.wait_for("shequ: file opened on ") == f"shequ: file opened on reports: {pdf}"


def test_another_folder_gets_its_own_window(office_env: dict[str, str], apps: list[App], tmp_path: Path) -> None:
    first = App([], office_env)
    apps.append(first)
    first.wait_for("shequ: main window ready")
    other = tmp_path / "other office"
    sample_office(other)
    env = dict(office_env, SHEQU_DATA_DIR=str(other))
    second = App([], env)
    apps.append(second)
    second.wait_for("shequ: main window shown")  # not handed over: another office's data
    assert not any(line.startswith("shequ: brought forward") for line in first.said())
