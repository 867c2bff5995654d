"""Paragraph and table styles, all in DejaVu, and the one way user text enters a Paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from council_desktop.briefs.fonts import BOLD, register_fonts

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#17365d")
RULE = colors.HexColor("#8a9bb0")
SHADE = colors.HexColor("#e8edf3")
MARKING = colors.HexColor("#9b1c1c")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

#: Longest paragraph handed to ReportLab: splitting one huge paragraph across pages is quadratic.
BLOCK_CHARS = 1500
#: Longest heading, contents entry or running title; the full text is printed in the body.
HEADING_CHARS = 300

#: Rows per table: ReportLab lays out many small tables far faster than one huge one.
TABLE_CHUNK = 60


def esc(text: object) -> str:
    """User text as Paragraph markup that prints exactly as typed, line breaks kept."""
    plain = _CONTROL.sub("", "" if text is None else str(text))
    plain = plain.replace("\r\n", "\n").replace("\r", "\n")
    return escape(plain).replace("\n", "<br/>")


def clip(text: object, limit: int = HEADING_CHARS) -> str:
    """Text for a heading or contents line: at most ``limit`` characters, ellipsis when cut."""
    plain = " ".join(("" if text is None else str(text)).split())
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"


def chunks(text: str, limit: int = BLOCK_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at line breaks or spaces."""
    pieces: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        pieces.append(line)
    return pieces


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles of a brief."""

    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_org: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    cover_line: ParagraphStyle
    cover_marking: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]

    def p(self, text: object, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of user text, escaped."""
        return Paragraph(esc(text), style or self.body)

    def blocks(self, text: object, style: ParagraphStyle | None = None) -> list[Paragraph]:
        """Long user text as several paragraphs (one per line, long lines cut), so that
        100,000 characters of notes lay out in linear time; empty lines keep their space."""
        style = style or self.body
        plain = "" if text is None else str(text)
        if len(plain) <= BLOCK_CHARS:
            return [Paragraph(esc(plain), style)]
        return [Paragraph(esc(piece) or "&nbsp;", style) for piece in chunks(plain)]

    def table(
        self, header: list[str], rows: list[list[object]], widths: list[float]
    ) -> list[Table]:
        """Header + rows as tables of at most TABLE_CHUNK rows, each repeating its header."""
        head = [self.cell_text(h, w, self.cell_head) for h, w in zip(header, widths, strict=True)]
        tables = []
        for start in range(0, max(len(rows), 1), TABLE_CHUNK):
            chunk = rows[start : start + TABLE_CHUNK]
            body = [
                [self.cell_text(c, w) for c, w in zip(row, widths, strict=True)] for row in chunk
            ]
            table = Table(
                [head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1
            )
            table.setStyle(TABLE_STYLE)
            tables.append(table)
        return tables

    def cell_text(self, text: object, width: float, style: ParagraphStyle | None = None) -> object:
        """A table cell: a plain string when it fits on one line (several times faster to lay
        out), else a wrapping Paragraph of the escaped text."""
        style = style or self.cell
        plain = "" if text is None else str(text)
        fits = stringWidth(plain, style.fontName, style.fontSize) <= width - 2 * CELL_PADDING
        if fits and "\n" not in plain and "\r" not in plain and not _CONTROL.search(plain):
            return plain
        return Paragraph(esc(plain), style)


CELL_PADDING = 4
TABLE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("LEADING", (0, 0), (-1, -1), 11.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
)


def make_styles() -> Styles:
    """Build the styles; registers the fonts first so no style can fall back to Helvetica."""
    family = register_fonts()

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": family,
            "bulletFontName": family,
            "fontSize": 10,
            "leading": 13.5,
            "textColor": INK,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    toc = tuple(
        style(
            f"toc{level}",
            fontName=BOLD if level == 0 else family,
            fontSize=11 if level == 0 else 10,
            leading=15 if level == 0 else 13,
            leftIndent=18 * level,
            firstLineIndent=0,
            spaceBefore=6 if level == 0 else 1,
        )
        for level in range(3)
    )
    return Styles(
        body=style("body", spaceAfter=5),
        small=style("small", fontSize=8.5, leading=11),
        cell=style("cell", fontSize=9, leading=11.5),
        cell_head=style("cell_head", fontName=BOLD, fontSize=9, leading=11.5, textColor=ACCENT),
        h1=style(
            "h1",
            fontName=BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=6,
            spaceAfter=8,
            textColor=ACCENT,
        ),
        h2=style(
            "h2",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            textColor=ACCENT,
        ),
        h3=style("h3", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3),
        cover_org=style(
            "cover_org",
            fontName=BOLD,
            fontSize=13,
            leading=17,
            alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        cover_title=style(
            "cover_title",
            fontName=BOLD,
            fontSize=21,
            leading=27,
            alignment=TA_CENTER,
            spaceBefore=10,
            spaceAfter=10,
        ),
        cover_sub=style("cover_sub", fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=6),
        cover_line=style("cover_line", fontSize=11, leading=15, alignment=TA_CENTER),
        cover_marking=style(
            "cover_marking",
            fontName=BOLD,
            fontSize=13,
            leading=17,
            alignment=TA_CENTER,
            textColor=MARKING,
        ),
        note=style(
            "note",
            fontName="DejaVuSans-Oblique",
            fontSize=9.5,
            leading=12.5,
            textColor=MARKING,
            borderColor=MARKING,
            borderWidth=0.6,
            borderPadding=5,
            leftIndent=5,
            rightIndent=5,
            spaceBefore=6,
            spaceAfter=8,
        ),
        bullet=style("bullet", leftIndent=12, bulletIndent=0, spaceAfter=3),
        toc_levels=toc,
    )
