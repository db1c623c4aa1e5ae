"""Atomic writes: the old file or the new one, never half of one, and no temporary left behind."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from db import fileio
from db.fileio import write_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "bundle.shequ"
    write_atomic(target, b"first")
    write_atomic(target, b"second version")
    assert target.read_bytes() == b"second version"
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.shequ"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_mode(tmp_path: Path) -> None:
    write_atomic(tmp_path / "key.pem", b"secret", 0o600)
    write_atomic(tmp_path / "cert.pem", b"public")
    assert stat.S_IMODE((tmp_path / "key.pem").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "cert.pem").stat().st_mode) == 0o644


def test_a_failure_leaves_the_target_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "offices.json"
    target.write_bytes(b"old")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["offices.json"]


def test_an_interrupted_write_leaves_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "bundle.shequ"
    target.write_bytes(b"old")

    def pulled_out(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(fileio.os, "fsync", pulled_out)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old" and len(os.listdir(tmp_path)) == 1


def test_a_missing_folder_is_an_error_and_makes_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "no-stick" / "bundle.shequ", b"data")
    assert not (tmp_path / "no-stick").exists()
