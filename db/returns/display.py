"""A copy of a signed return for the screen and the printer, with its signature stamp drawn in.

The visible signature is the appearance of a form field (a ``/Widget`` annotation). PDFium, the
engine behind Qt's PDF viewer, draws form widgets only through its form-filling interface,
which Qt does not call: previewed or printed through Qt, a signed return would show an empty
"电子签名" box. :func:`with_signature_stamps` adds each signature's appearance to its page's
content (an incremental update of a copy), so any renderer draws it. The copy is for looking
at only — it no longer verifies; the original bytes are what is saved and sent.
"""

from __future__ import annotations

import io
from typing import Any

_STAMP_NAME = "/ShequStamp"


def has_signature_fields(pdf: bytes) -> bool:
    """Whether ``pdf`` probably has a signature field (a cheap look at the bytes)."""
    return b"/Sig" in pdf and b"/Widget" in pdf


def _number(value: Any) -> float:
    return float(value)


def _placement(rect: Any, bbox: Any) -> tuple[float, float, float, float] | None:
    """``a d e f`` of the ``cm`` that maps the appearance's box onto the annotation's rectangle."""
    rx1, ry1, rx2, ry2 = (_number(v) for v in rect)
    bx1, by1, bx2, by2 = (_number(v) for v in bbox)
    rx1, rx2 = sorted((rx1, rx2))
    ry1, ry2 = sorted((ry1, ry2))
    bx1, bx2 = sorted((bx1, bx2))
    by1, by2 = sorted((by1, by2))
    if bx2 - bx1 <= 0 or by2 - by1 <= 0:
        return None
    sx = (rx2 - rx1) / (bx2 - bx1)
    sy = (ry2 - ry1) / (by2 - by1)
    return sx, sy, rx1 - bx1 * sx, ry1 - by1 * sy


def with_signature_stamps(pdf: bytes) -> bytes:
    """``pdf`` with every visible signature's appearance drawn into its page (or ``pdf`` itself
    when there is nothing to draw or the file cannot be read)."""
    if not has_signature_fields(pdf):
        return pdf
    from pyhanko.pdf_utils import generic as pdf_generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    generic: Any = pdf_generic  # pyHanko's PDF objects are only partly typed
    try:
        writer: Any = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        reader = writer.prev
        pages = int(reader.root["/Pages"]["/Count"])
        drawn = 0
        for page_ix in range(pages):
            page_ref, _resources = reader.find_page_for_modification(page_ix)
            page = page_ref.get_object()
            annotations = page.get("/Annots")
            if annotations is None:
                continue
            commands: list[str] = []
            xobjects = generic.DictionaryObject()
            for annotation_ref in annotations.get_object():
                annotation = annotation_ref.get_object()
                if annotation.get("/Subtype") != "/Widget":
                    continue
                field = annotation
                if "/FT" not in field and "/Parent" in field:
                    field = field["/Parent"].get_object()
                if field.get("/FT") != "/Sig":
                    continue
                if int(annotation.get("/F", 0)) & 2:  # hidden
                    continue
                appearance = annotation.get("/AP")
                if appearance is None or "/N" not in appearance:
                    continue
                normal = appearance.raw_get("/N")
                if not isinstance(normal, generic.IndirectObject):
                    continue
                placement = _placement(annotation["/Rect"], normal.get_object()["/BBox"])
                if placement is None:
                    continue
                name = f"{_STAMP_NAME}{len(xobjects) + 1}"
                xobjects[generic.NameObject(name)] = normal
                a, d, e, f = placement
                commands.append(f"q {a:.4f} 0 0 {d:.4f} {e:.4f} {f:.4f} cm {name} Do Q")
            if not commands:
                continue
            stream = generic.StreamObject(stream_data=("\n".join(commands) + "\n").encode("ascii"))
            resources = generic.DictionaryObject({generic.NameObject("/XObject"): xobjects})
            writer.add_stream_to_page(page_ix, writer.add_object(stream), resources=resources)
            drawn += 1
        if not drawn:
            return pdf
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except Exception:  # a damaged file: show it as it is
        return pdf
