"""Small text PDFs for the generator's attachments, byte-identical for the same input.

Drawn on a bare canvas rather than with platypus: hundreds of files must take seconds, and the
text only has to be real (extractable, searchable, in Turkic scripts), not pretty.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "BenchDejaVuSans"
FONT_SIZE = 11
LEADING = 15
MARGIN = 56
FONT_PATH = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "DejaVuSans.ttf"


def register_font() -> str:
    """Register DejaVu Sans once (the standard fonts print Cyrillic, ə and ʻ as boxes)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_PATH)))
    return FONT


def render_pdf(title: str, paragraphs: list[str], *, pages: int = 1) -> bytes:
    """A PDF of ``pages`` pages, each with the title and the paragraphs wrapped to the page."""
    register_font()
    buf = io.BytesIO()
    # invariant=1 fixes the creation date and document id, so equal input gives equal bytes.
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("Council Desktop benchmark generator")
    width, height = A4
    for page in range(1, pages + 1):
        y = height - MARGIN
        c.setFont(FONT, FONT_SIZE + 3)
        c.drawString(MARGIN, y, title)
        y -= 2 * LEADING
        c.setFont(FONT, FONT_SIZE)
        for paragraph in paragraphs:
            for line in simpleSplit(paragraph, FONT, FONT_SIZE, width - 2 * MARGIN):
                if y < MARGIN + LEADING:
                    break
                c.drawString(MARGIN, y, line)
                y -= LEADING
            y -= LEADING // 2
        c.drawRightString(width - MARGIN, MARGIN / 2, f"{page} / {pages}")
        c.showPage()
    c.save()
    return buf.getvalue()
