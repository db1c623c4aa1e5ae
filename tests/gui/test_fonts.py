"""The bundled font: TrueType outlines, registered in Qt, rare name characters drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QFontMetrics, QImage, QPainter, QRawFont
from PySide6.QtWidgets import QLabel

from desktop.common.fonts import FAMILY, FONT_FILES, register_fonts
from desktop.common.paths import resource_path
from desktop.shell.app import make_application

RARE_NAME_CHARACTERS = "喆玥堃昇𠮷"  # 𠮷 is U+20BB7, outside the BMP
NAMES = "张喆 李玥 王堃 赵昇 𠮷"


def test_font_files_are_truetype_and_small_enough() -> None:
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        head = path.read_bytes()[:4]
        assert head == b"\x00\x01\x00\x00", f"{name} is not a TrueType-outline font"
        assert path.stat().st_size < 25_000_000, f"{name} is bigger than expected"
    assert (resource_path("fonts", "OFL.txt")).read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") >= 1


def test_register_fonts_gives_the_family(qapp) -> None:
    family = register_fonts()
    assert family == FAMILY
    assert register_fonts() == FAMILY  # a second call adds nothing and still answers
    assert FAMILY in QFontDatabase.families()
    assert QFontDatabase.isSmoothlyScalable(FAMILY)
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(FAMILY))


def test_the_family_has_the_rare_name_characters(qapp) -> None:
    register_fonts()
    font = QFont(FAMILY, 12)
    assert QFontInfo(font).family() == FAMILY  # the bundled font, not a fallback
    metrics = QFontMetrics(font)
    for char in RARE_NAME_CHARACTERS:
        assert metrics.inFontUcs4(ord(char)), f"no glyph for {char} U+{ord(char):04X}"
    for weight in (QFont.Weight.Normal, QFont.Weight.Bold):
        font.setWeight(weight)
        raw = QRawFont.fromFont(font)
        assert raw.isValid()
        assert raw.familyName() == FAMILY
        assert raw.styleName() == ("Bold" if weight == QFont.Weight.Bold else "Regular")  # not a synthetic bold
        for char in RARE_NAME_CHARACTERS:
            assert raw.supportsCharacter(ord(char)), f"{weight}: no glyph for U+{ord(char):04X}"
        (glyph,) = raw.glyphIndexesForString("𠮷")  # one glyph for the surrogate pair
        assert glyph != 0
        assert not raw.pathForGlyph(glyph).isEmpty()


def test_reportlab_embeds_the_font(tmp_path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    for name in FONT_FILES:
        face = name.removesuffix(".ttf")
        pdfmetrics.registerFont(TTFont(face, str(resource_path("fonts", name))))
    pdf = canvas.Canvas(str(tmp_path / "names.pdf"))
    for number, name in enumerate(FONT_FILES):
        pdf.setFont(name.removesuffix(".ttf"), 16)
        pdf.drawString(72, 720 - 30 * number, NAMES)
    pdf.save()
    assert (tmp_path / "names.pdf").stat().st_size > 1000


def _ink(image: QImage) -> int:
    """How many pixels are not background white."""
    white = QColor(Qt.GlobalColor.white).rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) != white)


def test_a_label_draws_the_names(qapp) -> None:
    app = make_application()
    assert app.font().family() == FAMILY
    label = QLabel(NAMES)
    label.setFont(QFont(FAMILY, 18))
    label.setStyleSheet("background: white; color: black;")
    label.adjustSize()
    image = label.grab().toImage()
    assert image.width() > 100
    assert _ink(image) > 200

    # 𠮷 alone is drawn with the bundled font, not as an empty box or a missing glyph.
    glyph_image = QImage(64, 64, QImage.Format.Format_RGB32)
    glyph_image.fill(Qt.GlobalColor.white)
    painter = QPainter(glyph_image)
    painter.setFont(QFont(FAMILY, 32))
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(glyph_image.rect(), Qt.AlignmentFlag.AlignCenter, "𠮷")
    painter.end()
    assert _ink(glyph_image) > 100
