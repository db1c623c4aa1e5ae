"""Replacing a file that another program holds open (db.fileio.replace_file).

On Windows, antivirus (360, 火绒), the search indexer or a sync tool opens new and changed files
for a moment, and ``os.replace`` then fails with WinError 5 or 32. Those failures are injected here
as Windows raises them (an ``OSError`` whose ``winerror`` is 5 or 32; a ``PermissionError`` on
Windows); the replacement itself is the real one, on real files. The waiting uses a fake clock,
or a patience cut to a few hundredths of a second where the real code path is run end to end.
"""

from __future__ import annotations

import ast
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from db import fileio
from db.audit import Actor
from db.backup import make_backup, restore_backup
from db.errors import RestoreFailed, ShequError
from db.fileio import FileBusy, held_by_another_program, replace_file, write_atomic
from db.models import Staff
from db.store import DB_FILENAME, open_store
from tests.support.office import OFFICE_CODE

REPO = Path(__file__).resolve().parents[2]
REAL_REPLACE = os.replace


def sharing_violation(path: object, winerror: int = 32) -> OSError:
    """The error Windows raises when another program has ``path`` open."""
    error = OSError(13, "The process cannot access the file because it is being used by another process", str(path))
    setattr(error, "winerror", winerror)  # noqa: B010 (the attribute exists only on Windows' OSError)
    return error


class HeldFile:
    """``os.replace`` refused ``times`` times (``None``: always) for targets ``holds`` picks, as
    Windows refuses while another program holds the file; then the real rename."""

    def __init__(
        self,
        times: int | None,
        error: Callable[[object], OSError] = sharing_violation,
        holds: Callable[[Path], bool] = lambda target: True,
    ) -> None:
        self.left = times
        self.error = error
        self.holds = holds
        self.refused = 0

    def __call__(self, source: object, target: object) -> None:
        assert isinstance(source, str | os.PathLike) and isinstance(target, str | os.PathLike)
        if self.holds(Path(target)) and (self.left is None or self.left > 0):
            if self.left is not None:
                self.left -= 1
            self.refused += 1
            raise self.error(target)
        REAL_REPLACE(source, target)


class FakeTime:
    """A clock that moves only when slept on."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def two_files(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / ".offices.json.partial"
    target = tmp_path / "offices.json"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    return source, target


def test_what_counts_as_held_by_another_program(monkeypatch: pytest.MonkeyPatch) -> None:
    assert held_by_another_program(sharing_violation("x", 32))  # ERROR_SHARING_VIOLATION
    assert held_by_another_program(sharing_violation("x", 5))  # ERROR_ACCESS_DENIED
    assert not held_by_another_program(sharing_violation("x", 3))  # ERROR_PATH_NOT_FOUND
    assert not held_by_another_program(FileNotFoundError(2, "No such file or directory"))
    denied = PermissionError(13, "Permission denied")
    monkeypatch.setattr(sys, "platform", "linux")
    assert not held_by_another_program(denied)  # elsewhere: a real lack of permission
    monkeypatch.setattr(sys, "platform", "win32")
    assert held_by_another_program(denied)


def test_a_file_held_for_a_moment_is_replaced_after_a_few_tries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = two_files(tmp_path)
    held = HeldFile(3)
    monkeypatch.setattr(os, "replace", held)
    time = FakeTime()
    replace_file(source, target, sleep=time.sleep, clock=time.clock)
    assert target.read_bytes() == b"new" and not source.exists()
    assert held.refused == 3
    assert time.slept == [0.01, 0.02, 0.04]  # growing waits between the tries


def test_windows_permission_error_is_tried_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows may also say it as a PermissionError (WinError 5, access denied)."""
    source, target = two_files(tmp_path)
    held = HeldFile(2, error=lambda path: PermissionError(13, "Access is denied", str(path)))
    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setattr(sys, "platform", "win32")
    time = FakeTime()
    replace_file(source, target, sleep=time.sleep, clock=time.clock)
    monkeypatch.undo()
    assert target.read_bytes() == b"new" and held.refused == 2


def test_a_file_held_too_long_is_one_clear_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = two_files(tmp_path)
    monkeypatch.setattr(os, "replace", HeldFile(None))
    time = FakeTime()
    with pytest.raises(FileBusy) as caught:
        replace_file(source, target, sleep=time.sleep, clock=time.clock)
    monkeypatch.undo()
    error = caught.value
    assert isinstance(error, ShequError) and isinstance(error, OSError)
    message = str(error)
    assert "正被其他程序占用" in message and "杀毒软件" in message and str(target) in message
    assert "稍等片刻后再试" in message
    assert error.filename == str(target) and error.path == target
    assert isinstance(error.__cause__, OSError)
    # about two seconds of trying, in waits that grow and never pass a quarter of a second
    assert sum(time.slept) == pytest.approx(fileio.REPLACE_PATIENCE)
    assert max(time.slept) <= 0.25 and time.slept[:3] == [0.01, 0.02, 0.04]
    assert target.read_bytes() == b"old" and source.read_bytes() == b"new"  # both as they were


def test_the_message_is_translatable(tmp_path: Path) -> None:
    from db.i18n import Text

    message = FileBusy(tmp_path / "offices.json").args[0]
    assert isinstance(message, Text)
    assert message.params == {"path": str(tmp_path / "offices.json")}


def test_other_errors_are_raised_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = two_files(tmp_path)
    time = FakeTime()
    with pytest.raises(FileNotFoundError):
        replace_file(tmp_path / "missing", target, sleep=time.sleep, clock=time.clock)
    held = HeldFile(None, error=lambda path: PermissionError(13, "Permission denied", str(path)))
    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(PermissionError) as caught:
        replace_file(source, target, sleep=time.sleep, clock=time.clock)
    monkeypatch.undo()
    assert not isinstance(caught.value, FileBusy)
    assert held.refused == 1 and time.slept == []


def test_atomic_writes_wait_for_the_antivirus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "bundle.shequ"
    target.write_bytes(b"old")
    held = HeldFile(2)
    monkeypatch.setattr(os, "replace", held)
    write_atomic(target, b"new bundle")
    monkeypatch.undo()
    assert target.read_bytes() == b"new bundle" and held.refused == 2
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.shequ"]  # no temporary left


def test_an_atomic_write_held_too_long_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "bundle.shequ"
    target.write_bytes(b"old")
    monkeypatch.setattr(fileio, "REPLACE_PATIENCE", 0.05)
    monkeypatch.setattr(os, "replace", HeldFile(None))
    with pytest.raises(FileBusy) as caught:
        write_atomic(target, b"new bundle")
    monkeypatch.undo()
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.shequ"]


def test_a_backup_waits_for_the_indexer(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(data_dir, create=True) as store:
        held = HeldFile(3, holds=lambda target: target.parent.name == "backups")
        monkeypatch.setattr(os, "replace", held)
        path = make_backup(store, "exit")
        monkeypatch.undo()
    assert held.refused == 3
    assert path.exists() and not list(path.parent.glob("*.partial"))
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_a_restore_over_a_held_database_leaves_it_as_it_was(
    data_dir: Path, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(data_dir, create=True) as store:
        backup = make_backup(store, "exit")
        with store.transaction(actor) as session:
            session.add(Staff(name="后来加的", office_code=OFFICE_CODE))
    db_path = data_dir / DB_FILENAME
    before = db_path.read_bytes()
    sides = {db_path.with_name(DB_FILENAME + suffix): suffix.encode() for suffix in ("-wal", "-shm")}
    for side, content in sides.items():  # set aside before the swap, so put back after it failed
        side.write_bytes(content)
    monkeypatch.setattr(fileio, "REPLACE_PATIENCE", 0.05)
    monkeypatch.setattr(os, "replace", HeldFile(None, holds=lambda target: target.name == DB_FILENAME))
    with pytest.raises(RestoreFailed) as caught:
        restore_backup(data_dir, backup)
    monkeypatch.undo()
    assert "正被其他程序占用" in str(caught.value)
    assert db_path.read_bytes() == before
    # the log and the index are back under their names (SQLite's safety copy rewrote the index)
    assert db_path.with_name(DB_FILENAME + "-wal").read_bytes() == b"-wal"
    assert db_path.with_name(DB_FILENAME + "-shm").exists()
    assert not list(data_dir.glob("*.restoring")) and not list(data_dir.glob("*.old"))


def replace_calls(path: Path) -> list[int]:
    """Lines of ``path`` that call ``os.replace`` (or ``replace`` imported from :mod:`os`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    from_os = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "os"
        for alias in node.names
        if alias.name in ("replace", "rename")
    }
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("replace", "rename"):
            if isinstance(func.value, ast.Name) and func.value.id == "os":
                lines.append(node.lineno)
        elif isinstance(func, ast.Name) and func.id in from_os:
            lines.append(node.lineno)
    return lines


def test_every_replace_goes_through_replace_file() -> None:
    """The data layer and the app rename over files only with db.fileio.replace_file."""
    found = [
        f"{path.relative_to(REPO).as_posix()}:{line}"
        for folder in ("db", "desktop")
        for path in sorted((REPO / folder).rglob("*.py"))
        if path != REPO / "db" / "fileio.py"
        for line in replace_calls(path)
    ]
    assert found == []
    assert len(replace_calls(REPO / "db" / "fileio.py")) == 1  # replace_file's own
