"""Full disks for real, and installations to fill them: the builders of the full-disk and crash tests.

Two ways to run out of room, both the system's own, nothing simulated:

* :func:`small_disk`: a small ``tmpfs`` mounted for the test (root only — tests run as root in
  CI); :func:`fill` then leaves it the room asked for. Where mounting is impossible the test is
  skipped, saying why.
* :func:`shequ_child`: ``shequ`` in a child process under ``RLIMIT_FSIZE`` (every user, every
  POSIX system): a file may not grow past the limit, the write fails with ``EFBIG`` — ``SIGXFSZ``
  ignored in the child, as Python does anyway — and SQLite says "disk I/O error".

The installations: the demo office (``build_demo`` at the date the exchange tests use) in a closed
data folder, with its return's explanations, and that office certified by a city, ready to export.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from db.store import DB_FILENAME
from tests.support.exchange_sites import (
    OFFICE_PASSPHRASE,
    certified_city,
    copy_site,
    demo_template,
)

REPO = Path(__file__).resolve().parents[2]
PERIOD = "2026H1"


def mount_problem() -> str | None:
    """Why a tmpfs cannot be mounted here (None when it can)."""
    if sys.platform != "linux":
        return "a tmpfs is mounted only on Linux"
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root (the tests run as root in CI)"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "no mount/umount command"
    return None


@contextmanager
def small_disk(where: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` KB mounted at ``where`` for the duration (skipped when impossible)."""
    problem = mount_problem()
    if problem is None:
        where.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(where)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            problem = f"mount -t tmpfs refused: {done.stderr.strip() or done.returncode}"
    if problem is not None:
        pytest.skip(problem)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk of ``folder`` so that ``leave`` bytes stay free (as near as its blocks allow)."""
    filler = folder / "filler.bin"
    size = max(free_bytes(folder) - leave, 0)
    with filler.open("wb") as stream:
        try:
            stream.write(b"\0" * size)
            stream.flush()
        except OSError:  # the last block: as full as it gets
            pass
    return filler


def grow(where: Path, size_kb: int) -> None:
    """Give the mounted tmpfs at ``where`` more room (space freed, as the clerk would)."""
    subprocess.run(["mount", "-o", f"remount,size={size_kb}k", str(where)], check=True, capture_output=True)


def _limit_file_size(limit: int) -> None:
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), not kills
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def shequ_child(
    *args: str, fsize: int | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``shequ *args`` in a child process, its files limited to ``fsize`` bytes when given."""
    if fsize is not None and sys.platform == "win32":
        pytest.skip("RLIMIT_FSIZE is POSIX")
    return subprocess.run(
        [sys.executable, "-W", "ignore", "-m", "desktop", *args],
        cwd=REPO,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        preexec_fn=(lambda: _limit_file_size(fsize)) if fsize is not None else None,
    )


def leftovers(folder: Path) -> list[str]:
    """Unfinished files anywhere under ``folder``."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.name.endswith((".partial", ".pending")))


def install_office(template: Path, folder: Path) -> Path:
    """A closed data folder with the demo office (a copy of ``template``)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template / DB_FILENAME, folder / DB_FILENAME)
    return folder


def explanations_file(folder: Path, data_dir: Path) -> Path:
    """The explanation file the demo office's return of :data:`PERIOD` needs (every warning)."""
    checked = shequ_child("--data-dir", str(data_dir), "check", "--period", PERIOD, "--json")
    keys = [item["key"] for item in json.loads(checked.stdout)["to_explain"]]
    path = folder / "explain.json"
    path.write_text(json.dumps(dict.fromkeys(keys, "已核实，情况属实。"), ensure_ascii=False), encoding="utf-8")
    return path


def passphrase_file(folder: Path) -> Path:
    path = folder / "passphrase.txt"
    path.write_text(OFFICE_PASSPHRASE + "\n", encoding="utf-8")
    return path


def demo_office_template(folder: Path) -> Path:
    """The demo office, built once (copy it with :func:`install_office`)."""
    return demo_template(folder)


def certified_office(template: Path, base: Path) -> tuple[Path, Path]:
    """A copy of the demo office certified by a city (in ``base``): its data folder (closed) and
    an empty stick folder."""
    site = copy_site(template, base / "office")
    try:
        _city, hub, stick = certified_city(base, {"胜利社区": site})
        hub.close()
    finally:
        site.close()
    return site.folder, stick
