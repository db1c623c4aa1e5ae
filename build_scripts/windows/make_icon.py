"""Draw the app icon: a red rounded square with 社 in white (the bundled Noto Sans SC Bold).

    .venv/bin/python build_scripts/windows/make_icon.py

Writes ``resources/icons/shequ.png`` (256 px, the Qt window icon) and
``build_scripts/windows/shequ.ico`` (16, 24, 32, 48, 64, 128 and 256 px, for the .exe and the
installer). Qt draws (offscreen, no display needed); Pillow packs the .ico — it is needed only
here (``.venv/bin/pip install pillow``), not by the app. The outputs are committed.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "NotoSansSC-Bold.ttf"
PNG_OUT = ROOT / "resources" / "icons" / "shequ.png"
ICO_OUT = ROOT / "build_scripts" / "windows" / "shequ.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
RED = "#C8102E"  # a deep Chinese red


def draw(size: int, family: str) -> bytes:
    """The icon at ``size`` pixels as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = size * 0.03
    square = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    path = QPainterPath()
    radius = size * 0.2
    path.addRoundedRect(square, radius, radius)
    painter.fillPath(path, QColor(RED))
    font = QFont(family)
    font.setBold(True)
    font.setPixelSize(max(8, round(size * 0.66)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    text_box = QRectF(square)
    text_box.translate(0, -size * 0.02)  # CJK glyphs sit a little low in their em box
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, "社")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    if font_id < 0:
        raise SystemExit(f"cannot load {FONT}")
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    PNG_OUT.parent.mkdir(parents=True, exist_ok=True)
    PNG_OUT.write_bytes(draw(256, family))
    # each size drawn on its own (sharper than scaling one picture down), then packed together
    images = {size: Image.open(io.BytesIO(draw(size, family))).convert("RGBA") for size in ICO_SIZES}
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICO_OUT,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    del app
    print(f"{PNG_OUT.relative_to(ROOT)}: {PNG_OUT.stat().st_size} bytes")
    print(f"{ICO_OUT.relative_to(ROOT)}: {ICO_OUT.stat().st_size} bytes, sizes {ICO_SIZES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
