"""The Chinese fonts embedded in returns, and a fix to reportlab's ToUnicode maps.

The bundled ``resources/fonts/NotoSansSC-{Regular,Bold}.ttf`` (TrueType outlines, built by
``build_scripts/build_font.py``) are registered with reportlab once per process; reportlab
embeds only the glyphs a return uses.

reportlab (up to 4.x at least) writes each subset's ToUnicode entry as ``<%04X>`` of the
code point, so a character beyond the Basic Multilingual Plane (𠮷 U+20BB7) is written as
five hex digits and copies out of the PDF as a wrong character. :func:`to_unicode_cmap`
writes such characters as their UTF-16 surrogate pair, as the PDF specification asks
(ISO 32000-1 §9.10.3); it replaces reportlab's function when the fonts are registered.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence
from pathlib import Path

from db.returns.errors import FontMissing

REGULAR = "ShequSans"
BOLD = "ShequSans-Bold"
FONT_FILES = {REGULAR: "NotoSansSC-Regular.ttf", BOLD: "NotoSansSC-Bold.ttf"}


def font_dir() -> Path:
    """``resources/fonts`` from the source tree or from a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent.parent))
    return base / "resources" / "fonts"


def font_path(name: str = REGULAR) -> Path:
    """The file of one of the return's fonts; :class:`FontMissing` when it is not installed."""
    path = font_dir() / FONT_FILES[name]
    if not path.is_file():
        raise FontMissing(str(path))
    return path


def _utf16_hex(code_point: int) -> str:
    if code_point > 0xFFFF:
        offset = code_point - 0x10000
        return f"{0xD800 + (offset >> 10):04X}{0xDC00 + (offset & 0x3FF):04X}"
    return f"{code_point:04X}"


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """A ToUnicode CMap for one 256-glyph subset (characters beyond the BMP as surrogate pairs)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    # at most 100 entries per bfchar block (PostScript CMap limit)
    entries = [f"<{index:02X}> <{_utf16_hex(code)}>" for index, code in enumerate(subset)]
    for start in range(0, len(entries), 100):
        block = entries[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(block)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold fonts with reportlab (once); their reportlab names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics, ttfonts

    paths = {name: font_path(name) for name in FONT_FILES}
    ttfonts.makeToUnicodeCMap = to_unicode_cmap  # see the module's docstring
    for name, path in paths.items():
        pdfmetrics.registerFont(ttfonts.TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


def accelerator() -> dict[str, list[str]]:
    """Which of reportlab's speed-critical functions (string widths, PDF escaping, number formatting)
    come from its C accelerator ``_rl_accel`` (the ``rl-accel`` package) and which fell back to
    Python (about 9 s of a scale-100 return without it): ``{"c": [...], "python": [...]}``."""
    from reportlab.lib import rl_accel

    return {"c": sorted(rl_accel._c_funcs), "python": sorted(rl_accel._py_funcs)}
