"""Paragraph and table styles, all in DejaVu, and the one way user text enters a Paragraph."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from council_desktop.briefs.fonts import BOLD, register_fonts
from council_desktop.briefs.longtext import (
    CELL_PIECE_LINES,
    CONTROL,
    SHORT_TEXT,
    Limits,
    cut,
    normalise,
)

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#17365d")
RULE = colors.HexColor("#8a9bb0")
SHADE = colors.HexColor("#e8edf3")
MARKING = colors.HexColor("#9b1c1c")

#: User text up to this size and line count is one Paragraph as typed (the common case).
QUICK_CHARS = 1500
QUICK_LINES = 20
#: A table cell up to this size is one cell as typed; larger ones continue on further rows.
QUICK_CELL_CHARS = 300
#: Longest heading, contents entry or running title; the full text is printed in the body.
HEADING_CHARS = 300

#: Rows per table: ReportLab lays out many small tables far faster than one huge one.
TABLE_CHUNK = 60


def esc(text: object) -> str:
    """User text as Paragraph markup that prints exactly as typed, line breaks kept."""
    return escape(normalise(text)).replace("\n", "<br/>")


def clip(text: object, limit: int = HEADING_CHARS) -> str:
    """Text for a heading or contents line: at most ``limit`` characters, ellipsis when cut."""
    plain = " ".join(("" if text is None else str(text)).split())
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"


def _quick(plain: str, chars: int, lines: int) -> bool:
    """Small enough to hand to ReportLab in one piece."""
    return len(plain) <= chars and plain.count("\n") + plain.count("\r") < lines


@functools.lru_cache(maxsize=128)
def _continued(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    """``style`` for a piece of a longer paragraph: space above only the first piece, below
    only the last, so the pieces print as one paragraph."""
    if first and last:
        return style
    return ParagraphStyle(
        f"{style.name}-{int(first)}{int(last)}",
        parent=style,
        spaceBefore=style.spaceBefore if first else 0,
        spaceAfter=style.spaceAfter if last else 0,
    )


@functools.lru_cache(maxsize=16)
def loose(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` without ``keepWithNext``: for a heading-styled line that heads nothing (an
    agenda item without notes), so a run of them is not kept together as one block."""
    return ParagraphStyle(f"{style.name}-loose", parent=style, keepWithNext=0)


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

    frame_width: float
    omitted: Callable[[int], str]

    def p(self, text: object, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of user text, escaped."""
        return Paragraph(esc(text), style or self.body)

    def blocks(
        self,
        text: object,
        style: ParagraphStyle | None = None,
        *,
        limits: Limits = SHORT_TEXT,
        lead: str = "",
        bullet: str | None = None,
    ) -> list[Flowable]:
        """User text as one paragraph, or, when long, as several small ones that print as one
        (``longtext.cut``), so 100,000 characters lay out in linear time. Beyond ``limits``
        the rest is left out with a visible note. ``lead`` is markup before the text."""
        style = style or self.body
        plain = "" if text is None else str(text)
        if _quick(plain, QUICK_CHARS, QUICK_LINES):
            return [Paragraph(lead + esc(plain), style, bulletText=bullet)]
        width = self.frame_width - style.leftIndent - style.rightIndent
        pieces = cut(plain, font=style.fontName, size=style.fontSize, width=width, limits=limits)
        last = len(pieces.parts) - 1
        flowables: list[Flowable] = [
            Paragraph(
                (lead if i == 0 else "") + (esc(part) or "&nbsp;"),
                _continued(style, i == 0, i == last and not pieces.omitted),
                bulletText=bullet if i == 0 else None,
            )
            for i, part in enumerate(pieces.parts)
        ]
        if pieces.omitted:
            flowables.append(Paragraph(self.omitted_markup(pieces.omitted), style))
        return flowables

    def omitted_markup(self, count: int) -> str:
        """The note that ``count`` characters of a field were left out of print."""
        colour = "#" + MARKING.hexval()[2:]
        return f'<font color="{colour}"><i>{esc(self.omitted(count))}</i></font>'

    def table(
        self, header: list[str], rows: list[list[object]], widths: list[float]
    ) -> list[Table]:
        """Header + rows as tables of at most TABLE_CHUNK rows, each repeating its header.

        A row with a huge cell continues on further rows (ReportLab cannot lay out one huge
        row quickly); rules separate records, not their continuation rows."""
        head = [self.cell_text(h, w, self.cell_head) for h, w in zip(header, widths, strict=True)]
        lines: list[tuple[list[object], bool]] = []  # (cells, ends a record)
        for row in rows:
            group = self.row_group(row, widths)
            lines += [(cells, i == len(group) - 1) for i, cells in enumerate(group)]
        tables = []
        for start in range(0, max(len(lines), 1), TABLE_CHUNK):
            chunk = lines[start : start + TABLE_CHUNK]
            table = Table(
                [head, *(cells for cells, _ in chunk)],
                colWidths=widths,
                repeatRows=1,
                hAlign="LEFT",
                splitInRow=1,
            )
            if all(ends for _, ends in chunk):
                table.setStyle(TABLE_STYLE)
            else:
                table.setStyle(TableStyle(TABLE_BASE + record_rows([e for _, e in chunk], 1)))
            tables.append(table)
        return tables

    def row_group(
        self,
        values: list[object],
        widths: list[float],
        styles: list[ParagraphStyle] | None = None,
        *,
        plain: bool = True,
    ) -> list[list[object]]:
        """One record's table row, or several when a cell is too big for one row: each cell's
        pieces go down its column. ``plain``: cells that fit on one line may be plain strings."""
        styles = styles or [self.cell] * len(values)
        columns: list[list[object]] = []
        for value, width, style in zip(values, widths, styles, strict=True):
            text = "" if value is None else str(value)
            if _quick(text, QUICK_CELL_CHARS, CELL_PIECE_LINES):
                columns.append(
                    [self.cell_text(text, width, style) if plain else Paragraph(esc(text), style)]
                )
                continue
            pieces = cut(
                text,
                font=style.fontName,
                size=style.fontSize,
                width=width - 2 * CELL_PADDING,
                piece_lines=CELL_PIECE_LINES,
            )
            marked = [esc(part) for part in pieces.parts]
            if pieces.omitted:
                marked[-1] += "<br/>" + self.omitted_markup(pieces.omitted)
            columns.append([Paragraph(m, style) for m in marked])
        depth = max(len(c) for c in columns)
        return [[c[i] if i < len(c) else "" for c in columns] for i in range(depth)]

    def cell_text(self, text: object, width: float, style: ParagraphStyle | None = None) -> object:
        """A table cell: a plain string when it fits on one line (several times faster to lay
        out), else a wrapping Paragraph of the escaped text."""
        style = style or self.cell
        plain = "" if text is None else str(text)
        fits = stringWidth(plain, style.fontName, style.fontSize) <= width - 2 * CELL_PADDING
        if fits and "\n" not in plain and "\r" not in plain and not CONTROL.search(plain):
            return plain
        return Paragraph(esc(plain), style)


def record_rows(ends: list[bool], first: int) -> list[tuple[object, ...]]:
    """Table commands for rows ``first``… : a thin rule under each row that ends a record
    (``ends``); a record's continuation rows close up (no rule, no padding between them)."""
    commands: list[tuple[object, ...]] = []
    for index, end in enumerate(ends):
        row = first + index
        if end:
            commands.append(("LINEBELOW", (0, row), (-1, row), 0.25, RULE))
        elif index + 1 < len(ends):
            commands.append(("BOTTOMPADDING", (0, row), (-1, row), 0))
            commands.append(("TOPPADDING", (0, row + 1), (-1, row + 1), 0))
    return commands


CELL_PADDING = 4
TABLE_BASE: list[tuple[object, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
    ("FONTSIZE", (0, 0), (-1, -1), 9),
    ("LEADING", (0, 0), (-1, -1), 11.5),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
]
TABLE_STYLE = TableStyle([*TABLE_BASE, ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE)])


def make_styles(
    frame_width: float = 170 * 72 / 25.4, omitted: Callable[[int], str] | None = None
) -> Styles:
    """Build the styles; registers the fonts first so no style can fall back to Helvetica.

    Headings keep with what follows (``keepWithNext``; ``templates.HeadingGroup`` decides
    where the group goes), so none is left alone at the foot of a page.

    ``frame_width`` is the body's width in points; ``omitted(count)`` words the note printed
    where a field is cut (``longtext.Limits``)."""
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
            keepWithNext=1,
        ),
        h2=style(
            "h2",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        h3=style(
            "h3",
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
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
        frame_width=frame_width,
        omitted=omitted or (lambda count: f"[… {count:,} more characters not printed]"),
    )
