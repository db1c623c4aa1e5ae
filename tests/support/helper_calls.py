"""Functions for :func:`desktop.common.processes.run_in_process` to run in the helper process
(module-level, so the helper can import them by name)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from db.errors import ShequError


def refuse(message: str) -> None:
    raise ShequError(message)


def crash() -> None:
    raise ZeroDivisionError("a bug in the helper")


def pid_after(seconds: float, started: Path) -> int:
    """Its process id after ``seconds``; ``started`` is written as it starts to wait."""
    started.write_text("started", encoding="utf-8")
    time.sleep(seconds)
    return os.getpid()
