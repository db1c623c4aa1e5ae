"""Native crashes leave a trace: faulthandler writes into the log folder (desktop.shell.crash).

Each crash is real: a child process reads memory at address 0 through ctypes (as a broken Qt
plugin or driver would), and dies of it; the test then reads the file it left.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.shell import crash
from desktop.shell.crash import FAULT_LOG_NAME, open_fault_log

REPO = Path(__file__).resolve().parents[2]

CRASH = """
def read_address_zero():
    import ctypes
    ctypes.string_at(0)

read_address_zero()
"""


NO_CORE_DUMP = """
try:
    import resource
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
except ImportError:  # Windows
    pass
"""


def run_child(code: str, *options: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (faulthandler off unless ``options`` turn it on)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONFAULTHANDLER"}
    return subprocess.run(
        [sys.executable, *options, "-c", NO_CORE_DUMP + code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def crashed(done: subprocess.CompletedProcess[str]) -> bool:
    return done.returncode != 0 and "crash-test-survived" not in done.stdout


def test_a_native_crash_leaves_its_stack_in_the_log_folder(tmp_path: Path) -> None:
    code = (
        "from pathlib import Path\n"
        "from desktop.shell.crash import enable_fault_log\n"
        f"print(enable_fault_log(Path({str(tmp_path)!r})), flush=True)\n" + CRASH + "print('crash-test-survived')\n"
    )
    done = run_child(code)
    assert crashed(done), done.stdout + done.stderr
    log = tmp_path / FAULT_LOG_NAME
    assert done.stdout.splitlines()[0] == str(log)
    text = log.read_text(encoding="utf-8")
    assert text.startswith(f"--- shequ {__version__} started ")
    assert "Fatal Python error: Segmentation fault" in text
    assert "read_address_zero" in text  # the Python stack: where it happened
    assert "Fatal Python error" not in done.stderr  # the file, not a console nobody sees


def test_the_app_turns_it_on_with_its_error_hook(tmp_path: Path) -> None:
    """install_excepthook (what run_app calls) opens the fault log in the log folder."""
    code = (
        "from pathlib import Path\n"
        "import desktop.common.paths\n"
        f"desktop.common.paths.log_dir = lambda: Path({str(tmp_path)!r})\n"
        "from desktop.shell.crash import install_excepthook\n"
        "install_excepthook()\n" + CRASH + "print('crash-test-survived')\n"
    )
    done = run_child(code)
    assert crashed(done), done.stdout + done.stderr
    text = (tmp_path / FAULT_LOG_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text and "read_address_zero" in text


def test_faulthandler_sent_elsewhere_is_left_alone(tmp_path: Path) -> None:
    """``python -X faulthandler`` (a developer's console): the stacks stay where they were sent."""
    code = (
        "from pathlib import Path\n"
        "from desktop.shell.crash import enable_fault_log\n"
        f"print(enable_fault_log(Path({str(tmp_path)!r})), flush=True)\n" + CRASH
    )
    done = run_child(code, "-X", "faulthandler")
    assert crashed(done)
    assert done.stdout.splitlines()[0] == "None"
    assert not (tmp_path / FAULT_LOG_NAME).exists()
    assert "Fatal Python error: Segmentation fault" in done.stderr


def test_the_log_is_appended_to_and_begun_again_when_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / FAULT_LOG_NAME
    log.write_text("Fatal Python error: Segmentation fault (yesterday)\n", encoding="utf-8")
    with open_fault_log(tmp_path) as stream:
        assert Path(stream.name) == log
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Fatal Python error: Segmentation fault (yesterday)"
    assert lines[1].startswith(f"--- shequ {__version__} started ") and lines[1].endswith(f"process {os.getpid()}")
    monkeypatch.setattr(crash, "FAULT_LOG_LIMIT", 10)
    with open_fault_log(tmp_path):
        pass
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("--- shequ ")


def test_a_folder_that_cannot_be_written_is_no_failure(tmp_path: Path) -> None:
    """No log folder (a file in its way): start-up goes on without the fault log."""
    blocked = tmp_path / "log"
    blocked.write_text("not a folder", encoding="utf-8")
    code = (
        "from pathlib import Path\n"
        "from desktop.shell.crash import enable_fault_log\n"
        f"print(enable_fault_log(Path({str(blocked)!r})))\n"
    )
    done = run_child(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "None"
