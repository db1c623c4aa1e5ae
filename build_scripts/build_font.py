"""Build the bundled Chinese fonts: Noto Sans CJK SC (CFF) → Noto Sans SC (TrueType outlines).

    .venv/bin/python build_scripts/build_font.py            # both weights into resources/fonts/
    .venv/bin/python build_scripts/build_font.py --out DIR  # somewhere else

The source is Debian's ``fonts-noto-cjk`` (``apt-get install fonts-noto-cjk``): the OpenType
collections ``NotoSansCJK-{Regular,Bold}.ttc``, whose Simplified Chinese face is found by its
name table (it is index 2 in the Debian build). Every glyph is kept — GB 18030, the CJK
extensions (𠮷 U+20BB7 and the other rare name characters) and the other regions' variants
reachable through GSUB — so the app shows any name the same way on every PC.

The CFF outlines are turned into quadratic TrueType ``glyf`` outlines with fontTools' cu2qu pen
(the approach of fontTools' ``otf2ttf`` snippet) because reportlab embeds only TrueType outlines
in PDFs. The family is renamed "Noto Sans SC"; the copyright, trademark, designer and licence
records are kept (Noto is under the SIL OFL 1.1 with no Reserved Font Name, so a modified
version may keep the name). The output is reproducible: the same input gives the same bytes.

Needs fontTools (in the project's ``dev`` extra).
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
OUT_DIR = ROOT / "resources" / "fonts"
FAMILY = "Noto Sans SC"
SOURCE_FAMILY = "Noto Sans CJK SC"
WEIGHTS = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
MAX_ERR = 1.0  # cu2qu tolerance in font units (1/1000 em), as fontTools' otf2ttf
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
# The copyright statement of upstream noto-cjk's Sans/LICENSE. "Source" (from Source Han Sans) is
# the Reserved Font Name; "Noto Sans SC" does not use it.
LICENCE_HEADER = """\
Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.

This Font Software is licensed under the SIL Open Font License, Version 1.1.
This license is copied below, and is also available with a FAQ at:
https://openfontlicense.org
"""
CONVERSION_NOTE = "TrueType outlines converted by Shequ build_scripts/build_font.py (fontTools cu2qu)"


def find_face(collection_path: Path, family: str = SOURCE_FAMILY) -> int:
    """The index of the face named ``family`` (name ID 1) in an OpenType collection."""
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(collection_path), lazy=True)
    try:
        for index, font in enumerate(collection.fonts):
            if font["name"].getDebugName(1) == family:
                return index
    finally:
        collection.close()
    raise SystemExit(f"{collection_path}: no face named {family!r}")


def _to_quadratic(font: Any) -> dict[str, Any]:
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in font.getGlyphOrder():
        tt_pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType ones clockwise.
        glyph_set[name].draw(Cu2QuPen(tt_pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    return glyphs


def convert(source: Path, face: int, style: str, target: Path) -> Path:
    """Convert one face of ``source`` to a TrueType-outline font named ``FAMILY style``."""
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(source), fontNumber=face, recalcTimestamp=False)
    if "CFF " not in font:
        raise SystemExit(f"{source}#{face}: expected CFF outlines")
    glyph_order = font.getGlyphOrder()

    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = _to_quadratic(font)
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    vertical_origins = font.get("VORG")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]  # CFF-only; TrueType takes the vertical origin from vmtx + glyf
    glyf.compile(font)  # computes each glyph's bounding box

    hmtx = font["hmtx"]
    vmtx = font.get("vmtx")
    for name, glyph in glyf.glyphs.items():
        if not hasattr(glyph, "xMin"):  # empty glyph
            continue
        hmtx[name] = (hmtx[name][0], glyph.xMin)
        if vmtx is not None and vertical_origins is not None:
            origin_y = vertical_origins.VOriginRecords.get(name, vertical_origins.defaultVertOriginY)
            vmtx[name] = (vmtx[name][0], origin_y - glyph.yMax)

    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0  # cu2qu makes no composite glyphs
    font["maxp"] = maxp

    post = font["post"]
    post.formatType = 3.0  # no glyph names: the CID names ("cid12519") are of no use and 65k of them cost ~1 MB
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order

    _rename(font, style)
    font.sfntVersion = "\x00\x01\x00\x00"
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))
    return target


def _rename(font: Any, style: str) -> None:
    """Family ``FAMILY``; the copyright, trademark, designer and licence records stay as they are."""
    name_table = font["name"]
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    version = name_table.getDebugName(5) or ""
    version_number = version.removeprefix("Version ").split(";")[0]
    new_names = {
        1: FAMILY,
        2: style,
        3: f"{version_number};GOOG;{postscript};ADOBE;TTF",
        4: full,
        5: f"{version}; {CONVERSION_NOTE}",
        6: postscript,
    }
    for name_id in (*new_names, 16, 17, 21, 22):  # typographic names would bring the old family back
        name_table.removeNames(nameID=name_id)
    for name_id, text in new_names.items():
        name_table.setName(text, name_id, 3, 1, 0x409)  # Windows, English (US)
        if name_id in (1, 2, 4):
            name_table.setName(text, name_id, 3, 1, 0x804)  # Windows, Chinese (PRC), as the source has


def write_licence(target: Path, copyright_file: Path = DEBIAN_COPYRIGHT) -> Path:
    """``OFL.txt``: the copyright statement and the OFL 1.1 text from Debian's copyright file."""
    body: list[str] = []
    for paragraph in copyright_file.read_text(encoding="utf-8").split("\n\n"):  # DEP-5 paragraphs
        first, _, rest = paragraph.partition("\n")
        if first.strip() == "License: SIL-1.1" and rest.strip():
            body = ["" if line.strip() == "." else line.removeprefix(" ") for line in rest.splitlines()]
            break
    if not any("SIL OPEN FONT LICENSE Version 1.1" in line for line in body[:3]):
        raise SystemExit(f"{copyright_file}: no SIL OFL 1.1 text found")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(LICENCE_HEADER + "\n" + "\n".join(body) + "\n", encoding="utf-8")
    return target


def _build(style: str, source_name: str, out_dir: Path) -> tuple[str, Path, float]:
    started = time.monotonic()
    source = SOURCE_DIR / source_name
    face = find_face(source)
    target = convert(source, face, style, out_dir / f"{FAMILY.replace(' ', '')}-{style}.ttf")
    return style, target, time.monotonic() - started


def check(path: Path) -> list[str]:
    """Problems with a built font (empty when fine): outlines, names, the rare name characters."""
    from fontTools.ttLib import TTFont

    problems: list[str] = []
    font = TTFont(str(path), lazy=True)
    if "glyf" not in font or "CFF " in font:
        problems.append("not TrueType outlines")
    if font["name"].getDebugName(1) != FAMILY:
        problems.append(f"family is {font['name'].getDebugName(1)!r}")
    if "Open Font License" not in (font["name"].getDebugName(13) or ""):
        problems.append("licence record (name ID 13) is missing")
    cmap = font.getBestCmap()
    for char in "喆玥堃昇𠮷":
        if ord(char) not in cmap:
            problems.append(f"no glyph for {char} U+{ord(char):04X}")
    font.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder (default: resources/fonts)")
    parser.add_argument("--weight", choices=sorted(WEIGHTS), action="append", help="only this weight (repeatable)")
    args = parser.parse_args(argv)

    wanted = {style: name for style, name in WEIGHTS.items() if not args.weight or style in args.weight}
    missing = [name for name in wanted.values() if not (SOURCE_DIR / name).is_file()]
    if "Regular" in wanted and WEIGHTS["Regular"] in missing:
        print(f"{SOURCE_DIR / WEIGHTS['Regular']} is missing: apt-get install fonts-noto-cjk", file=sys.stderr)
        return 1
    for name in missing:
        print(f"skipping {name}: not installed", file=sys.stderr)
        wanted = {style: n for style, n in wanted.items() if n != name}

    with ProcessPoolExecutor(max_workers=len(wanted)) as pool:
        jobs = [pool.submit(_build, style, name, args.out) for style, name in wanted.items()]
        results = [job.result() for job in jobs]
    print(f"licence: {write_licence(args.out / 'OFL.txt')}")
    status = 0
    for style, target, seconds in results:
        problems = check(target)
        size = target.stat().st_size / 1e6
        print(f"{style}: {target} {size:.1f} MB in {seconds:.0f} s" + (f" — {'; '.join(problems)}" if problems else ""))
        status = status or (1 if problems else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
