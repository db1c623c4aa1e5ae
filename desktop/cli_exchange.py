"""``shequ`` commands for exchange (registered through ``desktop.cli.COMMAND_MODULES``)."""

from __future__ import annotations

from typing import Any


def register(commands: Any) -> None:
    """Add this module's sub-commands to the ``shequ`` parser's sub-parsers."""
    del commands
