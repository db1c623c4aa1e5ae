"""The bundled Chinese font, so every PC shows the same glyphs (rare name characters included).

``resources/fonts/NotoSansSC-{Regular,Bold}.ttf`` is Noto Sans CJK SC with TrueType outlines,
built by ``build_scripts/build_font.py``; it covers GB 18030 and the CJK extensions (喆 玥 堃 昇,
𠮷 U+20BB7). reportlab can embed the same files in PDFs.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from desktop.common.paths import resource_path

FAMILY = "Noto Sans SC"
FONT_FILES = ("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")

log = logging.getLogger(__name__)
_registered: dict[str, int] = {}  # font file → Qt font id, so a second call adds nothing


def register_fonts() -> str:
    """Add the bundled fonts to Qt's font database (once) and return their family name.

    Needs a QGuiApplication. A missing or unreadable file is logged and skipped; the family
    name is returned all the same, and Qt then falls back to the system's fonts.
    """
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        if str(path) in _registered:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        _registered[str(path)] = font_id
        families = QFontDatabase.applicationFontFamilies(font_id)
        if FAMILY not in families:
            log.warning("bundled font %s has families %s, expected %r", path, families, FAMILY)
    return FAMILY
