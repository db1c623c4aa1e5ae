"""Keyboard shortcuts every window shares."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def quit_keys() -> list[QKeySequence]:
    """The platform's Quit keys, and Ctrl+Q everywhere (Windows has no standard binding for Quit)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    if QKeySequence("Ctrl+Q") not in keys:
        keys.append(QKeySequence("Ctrl+Q"))
    return keys
