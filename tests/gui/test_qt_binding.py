"""Guards against a broken Qt binding.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` on every call of a method that
returns nothing, so a long session aborted with "Fatal Python error: none_dealloc".
pyproject.toml keeps that release out; this test fails if such a binding comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_methods_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("社区")
    assert sys.getrefcount(None) >= before - 10
