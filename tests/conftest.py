"""Shared fixtures: every test gets real SQLite files in its own temporary folder; the city-side
modules listed below also run with the city on a real PostgreSQL database (tests/support/pg.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.audit import Actor, LedgerSession
from db.store import Store, open_store
from tests.support.office import OFFICE_CODE

# City-side test modules that run on SQLite AND on PostgreSQL (the ``city_backend`` fixture below):
# every city a test of theirs makes through tests/support/exchange_sites.make_city gets the
# backend's database. A module joins once it passes on PostgreSQL; the list only grows.
CITY_POSTGRESQL_MODULES: tuple[str, ...] = (
    "tests.db.test_bundle_budgets",
    "tests.db.test_certificate_file_signed",
    "tests.db.test_city_database",
    "tests.db.test_city_status_batches",
    "tests.db.test_city_registry_lock",
    "tests.db.test_crash_leftovers",
    "tests.db.test_cross_office_refs",
    "tests.db.test_exchange_e2e",
    "tests.db.test_exchange_envelope",
    "tests.db.test_exchange_pki",
    "tests.db.test_exchange_progress",
    "tests.db.test_form_info",
    "tests.db.test_hard_lock",
    "tests.db.test_no_automatic_acceptance",
    "tests.db.test_return_answers",
    "tests.db.test_review_chain_end_to_end",
    "tests.db.test_review_comments",
    "tests.db.test_signer_binding",
    "tests.db.test_status_levels",
    "tests.db.test_street_acks",
    "tests.db.test_street_chain",
    "tests.db.test_street_ledger",
    "tests.db.test_street_review",
    "tests.db.test_street_revoke",
    "tests.db.test_unlock",
    "tests.gui.test_city_changes",
    "tests.gui.test_city_levels_gui",
    "tests.gui.test_city_registry_and_certificate_gui",
    "tests.gui.test_city_review",
    "tests.gui.test_city_window_menu",
    "tests.gui.test_exchange_hub",
    "tests.gui.test_gui_city",
    "tests.gui.test_gui_exchange",
    "tests.gui.test_gui_signer_binding",
    "tests.gui.test_returns_changes",
    "tests.gui.test_review_comments_gui",
    "tests.gui.test_street_receipts_gui",
    "tests.gui.test_street_window",
    "tests.gui.test_unlock_gui",
    "tests.gui.test_window_changes",
)
# To try a module on both before adding it: SHEQU_TEST_POSTGRESQL_MODULES=tests.db.test_x,tests.db.test_y
_TRIED_MODULES = tuple(name.strip() for name in os.environ.get("SHEQU_TEST_POSTGRESQL_MODULES", "").split(",") if name)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests of the modules in CITY_POSTGRESQL_MODULES run twice: ``[sqlite]`` and ``[postgresql]``."""
    if (
        "city_backend" in metafunc.fixturenames
        and metafunc.module.__name__ in CITY_POSTGRESQL_MODULES + _TRIED_MODULES
        and not getattr(metafunc.function, "one_backend", False)  # tests.support.city_backend.one_backend
    ):
        # module scope: a module's tests run all on SQLite, then all on PostgreSQL, and a module- or
        # session-scoped fixture that makes a city asks for ``city_backend`` to be made once per backend
        metafunc.parametrize("city_backend", ["sqlite", "postgresql"], indirect=True, scope="module")


@pytest.fixture(autouse=True, scope="module")
def city_backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """The database a city made by a module's tests gets (exchange_sites.make_city): "sqlite", or for
    the modules in CITY_POSTGRESQL_MODULES also "postgresql" — skipped, saying why, when PostgreSQL
    cannot run here, and failed instead when ``SHEQU_TEST_POSTGRESQL=required`` (CI). Module-scoped,
    so that a module-scoped fixture making a city can ask for it (and is made again per backend)."""
    from tests.support import city_backend as backends
    from tests.support import pg

    backend = str(getattr(request, "param", backends.SQLITE))
    if backend == backends.POSTGRESQL:
        pg.require()
    backends.set_city_backend(backend)
    try:
        yield backend
    finally:
        backends.set_city_backend(backends.SQLITE)
        pg.drop_databases()  # the PostgreSQL databases the module's tests made (none: nothing to do)


@pytest.fixture
def city_database(city_backend: str) -> str | None:
    """A database for a city under the test's backend: None (the folder's SQLite file) or the URL of
    a new PostgreSQL database (pass it to make_city / certified_city as ``database_url``)."""
    from tests.support.city_backend import new_city_database_url

    return new_city_database_url()


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
