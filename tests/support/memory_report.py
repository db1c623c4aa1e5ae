"""Peak memory measured by the tests of hostile inputs, printed at the end of the test run (see
``pytest_terminal_summary`` in tests/conftest.py), so CI's log shows each figure next to its limit."""

from __future__ import annotations

LINES: list[str] = []


def record(line: str) -> None:
    """Keep ``line`` (a file, what happened, its peak) for the run's summary; also print it."""
    LINES.append(line)
    print(line)
