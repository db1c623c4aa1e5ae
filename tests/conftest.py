"""Shared fixtures: every test gets real SQLite files in its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.audit import Actor, LedgerSession
from db.store import Store, open_store
from tests.support.office import OFFICE_CODE


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The peak memory of every hostile input the run read (tests/support/memory_report.py)."""
    from tests.support.memory_report import LINES

    if LINES:
        terminalreporter.section("peak memory reading hostile files (limit 300 MB)")
        for line in LINES:
            terminalreporter.write_line(line)


@pytest.fixture(autouse=True)
def user_settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Preferences (desktop.common.settings, QSettings in INI format) go to a fresh temporary folder,
    never to the real user's config."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("config")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """A freshly migrated office database in a temporary data folder."""
    opened = open_store(data_dir, create=True)
    try:
        yield opened
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()  # background checks (首页, 报表) end before the store closes
        opened.close()


@pytest.fixture
def actor() -> Actor:
    return Actor(office_code=OFFICE_CODE, operator_id="00000000-0000-4000-8000-000000000001", operator_name="王玥")


@pytest.fixture
def session(store: Store, actor: Actor) -> Iterator[LedgerSession]:
    """A session on the fresh database acting as a test operator."""
    with store.session(actor) as opened:
        yield opened
