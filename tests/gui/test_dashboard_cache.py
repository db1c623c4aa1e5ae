"""首页 at start-up: the standing kept last time shows at once, marked as of its time, and is judged
again once the data is open; the file's quick_check runs while the window shows and still refuses a
damaged file (desktop/shell/startup.py, desktop/home/dashboard.py, db/standing_cache.py)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.audit import Actor
from db.folder import DB_FILENAME, claim_folder
from db.models import Staff
from db.standing_cache import CACHE_FILENAME
from db.store import open_store
from desktop.home.dashboard import DashboardPage
from desktop.shell import startup as startup_module
from desktop.shell.startup import StartUp
from tests.support.office import OFFICE_CODE, sample_office


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(startup_module, "show_error", lambda message, parent=None: shown.append(message))
    return shown


def _start(qtbot, folder: Path) -> StartUp:  # type: ignore[no-untyped-def]
    """A start-up run to its ready window (which is then closed by the caller)."""
    startup = StartUp(folder)
    with qtbot.waitSignal(startup.window_ready, timeout=60_000):
        startup.start()
    return startup


def _end(startup: StartUp) -> None:
    if startup.window is not None:
        home = startup.window.page("home")
        if isinstance(home, DashboardPage):
            home.wait_kept()
        startup.window.close()
    startup.close()


def _figure_values(page: DashboardPage) -> dict[str, str]:
    return {row.figure_key: row.value_label.text() for section in page.sections.values() for row in section.rows}


def _keep_a_standing(qtbot, folder: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Start once (no standing kept yet: the window waits for the data, as it always did) and
    return the figures 首页 showed, which that start kept."""
    startup = StartUp(folder)
    kept: list[bool] = []
    startup.standing_shown.connect(lambda: kept.append(True))
    with qtbot.waitSignal(startup.window_ready, timeout=60_000):
        startup.start()
    assert kept == [] and startup.early_home is None
    window = startup.window
    assert window is not None
    home = window.page("home")
    assert isinstance(home, DashboardPage) and home.shown_as_of is None and not home.as_of.isVisible()
    values = _figure_values(home)
    _end(startup)
    assert (folder / CACHE_FILENAME).is_file()
    return values


def test_the_kept_standing_shows_at_once_marked_then_the_judged_one(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    first_values = _keep_a_standing(qtbot, folder)
    written = json.loads((folder / CACHE_FILENAME).read_text(encoding="utf-8"))["computed_at"]

    startup = StartUp(folder)
    try:
        with qtbot.waitSignal(startup.standing_shown, timeout=60_000):
            startup.start()
        window = startup.window
        assert window is not None and window.isVisible() and not window.workspace.attached
        home = startup.early_home
        assert home is not None and window.stack.currentWidget() is home
        # the figures of last time, drawn before the data layer is open, and said to be of then
        assert _figure_values(home) == first_values
        assert home.shown_as_of is not None and home.as_of.isVisible()
        assert home.as_of.text().startswith("以下为 ") and home.as_of.text().endswith(" 的结果，正在更新…")
        assert "月" in home.as_of.text() and ":" in home.as_of.text()
        assert not home.period_box.isEnabled()  # nothing to judge another period with yet
        assert "正在检查" in home.summary.text()

        with qtbot.waitSignal(startup.window_ready, timeout=60_000):
            pass
        assert window.workspace.attached and window.page("home") is home
        assert home.shown_as_of is None and not home.as_of.isVisible()  # judged now: the mark is gone
        assert home.period_box.isEnabled()
        assert _figure_values(home) == first_values  # nothing changed
        home.wait_kept()
        assert json.loads((folder / CACHE_FILENAME).read_text(encoding="utf-8"))["computed_at"] > written
    finally:
        _end(startup)
    claim_folder(folder).release()


def test_a_standing_the_data_no_longer_matches_is_never_shown_without_its_mark(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    first_values = _keep_a_standing(qtbot, folder)
    with open_store(folder) as store, store.transaction(Actor(OFFICE_CODE, None, "测试")) as session:
        for number in range(3):  # three more workers since the standing was kept
            session.add(Staff(name=f"新来的{number}", office_code=OFFICE_CODE))

    startup = StartUp(folder)
    try:
        with qtbot.waitSignal(startup.standing_shown, timeout=60_000):
            startup.start()
        home = startup.early_home
        assert home is not None
        assert _figure_values(home) == first_values and home.as_of.isVisible()  # old figures: marked
        with qtbot.waitSignal(startup.window_ready, timeout=60_000):
            pass
        assert not home.as_of.isVisible()
        now = _figure_values(home)
        assert now["staff"] != first_values["staff"]  # the figures as the data says now
    finally:
        _end(startup)


def test_choosing_another_page_before_the_data_opens_judges_home_when_it_is_shown(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    _keep_a_standing(qtbot, folder)
    startup = StartUp(folder)
    try:
        with qtbot.waitSignal(startup.standing_shown, timeout=60_000):
            startup.start()
        window, home = startup.window, startup.early_home
        assert window is not None and home is not None
        window.show_page("staff")
        assert window.stack.currentWidget() is window.loading
        with qtbot.waitSignal(startup.window_ready, timeout=60_000):
            pass
        assert window.current_key == "staff"
        assert home.as_of.text() and home.shown_as_of is not None  # hidden, not judged yet: still marked
        window.show_page("home")
        assert home.shown_as_of is None and not home.as_of.isVisible()
    finally:
        _end(startup)


@pytest.mark.parametrize("kept", ["damaged", "another office", "older database", "none"])
def test_without_a_kept_standing_for_this_database_the_window_waits_as_before(qtbot, tmp_path: Path, kept: str) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    _keep_a_standing(qtbot, folder)
    path = folder / CACHE_FILENAME
    document = json.loads(path.read_text(encoding="utf-8"))
    if kept == "damaged":
        path.write_bytes(path.read_bytes()[:100])
    elif kept == "another office":
        document["office_code"] = "150802001002"
        path.write_text(json.dumps(document), encoding="utf-8")
    elif kept == "older database":  # a backup restored since: the standing is of data it never had
        document["data_mark"] += 1000
        path.write_text(json.dumps(document), encoding="utf-8")
    else:
        path.unlink()
    startup = StartUp(folder)
    shown: list[bool] = []
    startup.standing_shown.connect(lambda: shown.append(True))
    try:
        with qtbot.waitSignal(startup.window_shown, timeout=60_000):
            startup.start()
        window = startup.window
        assert window is not None and window.stack.currentWidget() is window.loading
        with qtbot.waitSignal(startup.window_ready, timeout=60_000):
            pass
        assert shown == [] and startup.early_home is None
        home = window.page("home")
        assert isinstance(home, DashboardPage) and not home.as_of.isVisible() and home.sections
    finally:
        _end(startup)
    assert path.is_file() and json.loads(path.read_text(encoding="utf-8"))["office_code"] == OFFICE_CODE  # kept anew


def _damage_late_pages(folder: Path) -> bytes:
    """Damage the file where the office and its operators are not (they still read); quick_check fails."""
    db_file = folder / DB_FILENAME
    with sqlite3.connect(db_file) as db:
        db.execute("CREATE TABLE filler (x TEXT)")
        db.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(200)])
    db.close()
    with sqlite3.connect(db_file) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(db_file.read_bytes())
    data[-2 * 4096 :] = b"\xff" * (2 * 4096)
    db_file.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_file_found_after_the_window_showed_is_refused_as_before(
    qtbot, tmp_path: Path, shown_errors: list[str]
) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    _keep_a_standing(qtbot, folder)
    damaged = _damage_late_pages(folder)
    startup = StartUp(folder)
    with qtbot.waitSignal(startup.ended, timeout=60_000):
        startup.start()
        assert startup.window is not None  # the window showed first (the check runs meanwhile)
    assert startup.exit_code == 2 and len(shown_errors) == 1 and "损坏" in shown_errors[0]
    assert startup.window is not None and not startup.window.isVisible()
    assert startup.store is None and not startup.window.workspace.attached  # never opened
    assert (folder / DB_FILENAME).read_bytes() == damaged  # untouched
    claim_folder(folder, defer_check=True).release()  # and let go


def test_a_damaged_file_found_while_signing_in_closes_the_dialog_and_ends(
    qtbot, tmp_path: Path, shown_errors: list[str]
) -> None:
    from db.enums import OperatorRole
    from db.operators import active_operators, add_operator

    folder = tmp_path / "office"
    sample_office(folder)
    with open_store(folder) as store, store.session() as session:
        admin = active_operators(session)[0]
        session.set_actor(Actor(OFFICE_CODE, admin.id, admin.name))
        add_operator(session, "巴特尔", OperatorRole.FILLER)
    damaged = _damage_late_pages(folder)
    startup = StartUp(folder)
    with qtbot.waitSignal(startup.ended, timeout=60_000):
        startup.start()
        assert startup.sign_in_dialog is not None and startup.sign_in_dialog.isVisible()
    assert startup.exit_code == 2 and "损坏" in shown_errors[0]
    assert startup.sign_in_dialog is not None and not startup.sign_in_dialog.isVisible()
    assert startup.window is None
    assert (folder / DB_FILENAME).read_bytes() == damaged
    claim_folder(folder, defer_check=True).release()


def test_a_sound_file_is_attached_only_once_checked(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    sample_office(folder)
    startup = StartUp(folder)
    try:
        with qtbot.waitSignal(startup.window_ready, timeout=60_000):
            startup.start()
            assert startup.integrity is not None  # run in the background
        assert startup.integrity.done and startup.integrity.error is None
        assert startup.store is not None
    finally:
        _end(startup)


def test_the_dashboard_shown_before_the_data_layer_stays_light() -> None:
    """首页 is built from the kept standing before SQLAlchemy has loaded: its modules must not import it."""
    code = (
        "import sys\n"
        "import desktop.home.dashboard, db.standing_cache, desktop.shell.startup\n"
        "heavy = ('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', 'db.models', 'db.store', 'db.kinds',\n"
        "         'db.validation', 'db.compliance', 'db.timeutil')\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == ""
