"""Workbooks as Excel and WPS save them, made from openpyxl's: its files keep every text inline in
the sheet (``t="inlineStr"``), Excel's in a shared strings table. Used by the tests of the fast cell
reader and by ``benches/bench_sheets.py``."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

_INLINE = re.compile(r'<c ([^>]*?)t="inlineStr"([^>]*)><is><t( xml:space="preserve")?>([^<]*)</t></is></c>')
_CONTENT_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_RELATIONSHIP = (
    '<Relationship Id="rIdShared" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/>'
)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def replace_parts(path: Path, parts: dict[str, bytes]) -> None:
    """Rewrite a workbook with ``parts`` added or replaced (the others copied as they are)."""
    with zipfile.ZipFile(path) as source:
        kept = {info.filename: source.read(info) for info in source.infolist()}
    kept.update(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in kept.items():
            target.writestr(name, data)


def share_strings(path: Path) -> int:
    """Move the plain inline strings of every worksheet of ``path`` into a shared strings table,
    as Excel keeps them; returns how many distinct strings the table holds."""
    table: dict[tuple[str, str], int] = {}

    def shared(match: re.Match[str]) -> str:
        before, after, space, text = match.groups()
        index = table.setdefault((space or "", text), len(table))
        return f'<c {before}t="s"{after}><v>{index}</v></c>'

    with zipfile.ZipFile(path) as source:
        names = [name for name in source.namelist() if name.startswith("xl/worksheets/sheet")]
        sheets = {name: source.read(name).decode("utf-8") for name in names}
        types = source.read("[Content_Types].xml").decode("utf-8")
        rels = source.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    parts = {name: _INLINE.sub(shared, xml).encode("utf-8") for name, xml in sheets.items()}
    items = "".join(f"<si><t{space}>{text}</t></si>" for space, text in table)
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<sst xmlns="{MAIN}" count="{len(table)}" uniqueCount="{len(table)}">{items}</sst>'
    ).encode()
    parts["[Content_Types].xml"] = types.replace("</Types>", _CONTENT_TYPE + "</Types>").encode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", _RELATIONSHIP + "</Relationships>").encode(
        "utf-8"
    )
    replace_parts(path, parts)
    return len(table)
