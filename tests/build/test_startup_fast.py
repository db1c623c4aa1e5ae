"""The quick start: the folder is claimed and the office read with the standard library, the
window shows before the data layer has loaded, and the store is attached a moment later."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from db.errors import AlreadyRunning
from db.folder import claim_folder, peek_profile
from db.folderlock import FolderLock, FolderLocked
from db.office import current_office
from db.operators import active_operators
from db.store import attach_store, open_store
from desktop.gui import app_data_dir
from desktop.shell import startup as startup_module
from desktop.shell.startup import StartUp
from tests.support.office import make_office


def test_peek_reads_what_the_data_layer_reads(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    make_office(folder, admin_password="secret-1")
    claim = claim_folder(folder)
    try:
        profile = peek_profile(claim.db_path)
    finally:
        claim.release()
    assert profile is not None
    with open_store(folder) as store, store.session() as session:
        office = current_office(session)
        operators = active_operators(session)
    assert office is not None
    assert (profile.office_code, profile.office_name) == (office.code, office.name)
    assert [(op.id, op.name, op.role, op.password_hash) for op in profile.operators] == [
        (op.id, op.name, op.role, op.password_hash) for op in operators
    ]


def test_peek_says_nothing_about_a_database_it_cannot_read(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    assert peek_profile(empty) is None  # no schema: the slow path decides
    old = tmp_path / "old.sqlite"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE alembic_version (version_num TEXT)")
        db.execute("INSERT INTO alembic_version VALUES ('0001')")
    assert peek_profile(old) is None  # behind: only the migrations know its tables


def test_claim_then_attach_is_open_store(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    make_office(folder, others=False)
    claim = claim_folder(folder)
    assert not claim.needs_migration
    with pytest.raises(AlreadyRunning):
        claim_folder(folder)
    with attach_store(claim) as store, store.session() as session:
        assert current_office(session) is not None
    claim_folder(folder).release()  # closing the store released the lock


def _try_lock(path: str, answer: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    lock = FolderLock(path)
    try:
        lock.acquire()
    except FolderLocked:
        answer.put("refused")
        return
    answer.put("taken")
    lock.release()


def test_the_folder_lock_keeps_other_processes_and_other_opens_out(tmp_path: Path) -> None:
    path = tmp_path / "shequ.lock"
    lock = FolderLock(path)
    lock.acquire()
    assert lock.is_locked
    with pytest.raises(FolderLocked):
        FolderLock(path).acquire()  # another open in the same process
    answer: multiprocessing.Queue = multiprocessing.get_context("spawn").Queue()  # type: ignore[type-arg]
    child = multiprocessing.get_context("spawn").Process(target=_try_lock, args=(str(path), answer))
    child.start()
    child.join(60)
    assert answer.get(timeout=10) == "refused"
    lock.release()
    lock.release()  # twice is harmless
    again = FolderLock(path)
    again.acquire()
    again.release()
    assert path.exists()  # the lock file stays (deleting it would race another process)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], None),
        (["--data-dir", "/tmp/x"], Path("/tmp/x")),
        (["--data-dir=/tmp/y"], Path("/tmp/y")),
        (["--data-dir"], False),
        (["--data-dir", "--version"], False),
        (["--version"], False),
        (["stats"], False),
        (["--data-dir", "/tmp/x", "stats"], False),
    ],
)
def test_only_a_data_folder_goes_straight_to_the_app(argv: list[str], expected: object) -> None:
    assert app_data_dir(argv) == expected


def test_the_console_entry_still_answers_commands(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.__main__ import main

    assert main(["--version"]) == 0
    assert "shequ" in capsys.readouterr().out


def test_the_window_shows_before_the_data_layer_and_is_attached_after(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    make_office(folder, others=False)
    startup = StartUp(folder)
    try:
        with qtbot.waitSignal(startup.window_ready, timeout=30_000):
            startup.start()
            window = startup.window
            assert window is not None and window.isVisible()
            # Shown at once: the frame, office and operator are there; the data is on its way.
            assert not window.workspace.attached and window.stack.currentWidget() is window.loading
            assert "胜利社区" in window.windowTitle() and "王玥" in window.operator_label.text()
            assert not window.switch_action.isEnabled() and not window.restore_action.isEnabled()
            window.show_page("staff")  # chosen before the data is open: remembered
            assert window.stack.currentWidget() is window.loading
        assert window.workspace.attached and window.backups is not None and window.editing is not None
        assert window.current_key == "staff" and window.stack.currentWidget() is window.page("staff")
        assert window.switch_action.isEnabled() and window.restore_action.isEnabled()
    finally:
        if startup.window is not None:
            startup.window.close()
        startup.close()
    claim_folder(folder).release()  # everything was let go


def test_closing_the_window_before_the_data_opens_releases_the_folder(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    make_office(folder, others=False)
    startup = StartUp(folder)
    startup.start()
    assert startup.window is not None and startup.loader is not None
    startup.window.close()
    startup.close()
    qtbot.waitUntil(lambda: startup.loader is not None and startup.loader.done, timeout=30_000)
    assert startup.store is None
    claim_folder(folder).release()


def test_a_failure_while_attaching_is_shown_and_ends(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "office"
    make_office(folder, others=False)
    shown: list[str] = []
    monkeypatch.setattr(startup_module, "show_error", lambda message, parent=None: shown.append(message))

    def broken(claim: object) -> None:
        claim.release()
        raise sqlite3.DatabaseError("disk I/O error")

    monkeypatch.setattr("db.store.attach_store", broken)
    startup = StartUp(folder)
    with qtbot.waitSignal(startup.ended, timeout=30_000):
        startup.start()
    assert startup.exit_code == 2 and shown and "损坏" in shown[0]
    assert startup.window is not None and not startup.window.isVisible()
    claim_folder(folder).release()


def test_the_modules_before_the_first_window_stay_light() -> None:
    """What runs before the window shows must not import the data layer or the heavy libraries
    (benches/bench_startup.py measures the time; this keeps a stray import from creeping in)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import desktop.gui, desktop.shell.app, desktop.shell.main_window, desktop.common.workspace\n"
        "import desktop.shell.signin, desktop.shell.crash, desktop.shell.startup, desktop.shell.data_layer\n"
        "import desktop.shell.single_instance, desktop.shell.file_args\n"
        "import db.folder, db.folderlock\n"
        "heavy = ('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', 'reportlab', 'pyhanko', 'cryptography',\n"
        "         'jwcrypto', 'openpyxl', 'filelock', 'db.models', 'db.store')\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == ""
