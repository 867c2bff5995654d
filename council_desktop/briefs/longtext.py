"""User text of any size cut, once, into small pieces that ReportLab lays out in linear time.

ReportLab's cost grows with the square of one paragraph's (or one table row's) size: it wraps
the whole paragraph again at every page it splits, and it measures a word too wide for the line
one character at a time on every wrap. One 100,000-character field took minutes. So the text is
cut before ReportLab sees it: lines stay as typed, a run of characters too wide for the column
(no space to break at) is broken where it reaches the edge, and lines are grouped into pieces
of about ``piece_lines`` printed lines. No character is added or lost; only a field beyond its
print limits (``Limits``) is cut, and the caller prints a visible note saying how much.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_RUN = re.compile(r"\S+")

#: Printed lines per piece of body text (a piece is one Paragraph).
PIECE_LINES = 20
#: Printed lines per piece of a table cell (a piece is one table row).
CELL_PIECE_LINES = 12
#: A character is at most about this many ems wide (for a quick "cannot be too wide" test).
_WIDEST_EM = 1.0
#: Average character width in ems (only to count printed lines when grouping lines).
_AVERAGE_EM = 0.55


@dataclass(frozen=True)
class Limits:
    """How much of one field a brief prints (characters, line breaks) before a note."""

    chars: int
    lines: int


#: Summaries, agenda notes, outcome texts: up to about 80 pages of body text each.
LONG_TEXT = Limits(chars=200_000, lines=4_000)
#: Titles, names, places, tags, table cells: a few pages each.
SHORT_TEXT = Limits(chars=20_000, lines=300)


@dataclass(frozen=True)
class Pieces:
    """The printable pieces of one field (plain text, ``\\n`` = line break) and what was cut."""

    parts: list[str]
    omitted: int = 0


def normalise(text: object) -> str:
    """The text as printed: control characters dropped, every line break a ``\\n``."""
    plain = CONTROL.sub("", "" if text is None else str(text))
    return plain.replace("\r\n", "\n").replace("\r", "\n")


def capped(plain: str, limits: Limits) -> tuple[str, int]:
    """``plain`` within ``limits`` (cut at a line break when there are too many) and how many
    characters were left out."""
    end = min(len(plain), limits.chars)
    if plain.count("\n", 0, end) >= limits.lines:
        at = -1
        for _ in range(limits.lines):
            at = plain.find("\n", at + 1, end)
        end = at
    return plain[:end], len(plain) - end


def cut(
    text: object,
    *,
    font: str,
    size: float,
    width: float,
    limits: Limits = SHORT_TEXT,
    piece_lines: int = PIECE_LINES,
) -> Pieces:
    """``text`` as pieces of about ``piece_lines`` lines of ``width`` points in ``font``."""
    plain, omitted = capped(normalise(text), limits)
    per_line = max(8, int(width / (_AVERAGE_EM * size)))  # characters on a printed line
    atom_chars = per_line * piece_lines
    parts: list[str] = []
    current: list[str] = []
    used = 0
    for line in plain.split("\n"):
        for atom, joiner in _atoms(line, font, size, width, atom_chars):
            cost = max(1, -(-len(atom) // per_line))
            if current and used + cost > piece_lines:
                parts.append("".join(current))
                current, used = [], 0
            elif current:
                current.append(joiner)
            current.append(atom)
            used += cost
    if current:
        parts.append("".join(current))
    return Pieces(parts or [""], omitted)


def _atoms(
    line: str, font: str, size: float, width: float, atom_chars: int
) -> list[tuple[str, str]]:
    """One line as (text, joiner) atoms, ``joiner`` being what goes before the atom when it
    shares a piece with the previous one: a line break before each line and after each edge of
    a wide run; the space a long line was cut at; nothing inside a run cut for length only."""
    if len(line) * size * _WIDEST_EM > width:
        line = _break_wide_runs(line, font, size, width)
    atoms: list[tuple[str, str]] = []
    for segment in line.split("\n"):
        joiner = "\n"
        while len(segment) > atom_chars:
            at = segment.rfind(" ", 0, atom_chars)
            if at > atom_chars // 2:
                atoms.append((segment[:at], joiner))
                segment, joiner = segment[at + 1 :], " "
            else:  # no space (zero-width marks never reach the edge): cut, add nothing
                atoms.append((segment[:atom_chars], joiner))
                segment, joiner = segment[atom_chars:], ""
        atoms.append((segment, joiner))
    return atoms


def _break_wide_runs(line: str, font: str, size: float, width: float) -> str:
    """``line`` with a ``\\n`` wherever a run without spaces reaches the edge of ``width``."""
    face = pdfmetrics.getFont(font).face
    widths, default = face.charWidths, face.defaultWidth
    limit = 0.98 * width * 1000 / size  # in the font's 1/1000 em units, a little to spare
    out: list[str] = []
    last = 0
    for match in _RUN.finditer(line):
        run = match.group()
        if len(run) * size * _WIDEST_EM <= width:
            continue
        cuts = []
        used = 0.0
        for i, ch in enumerate(run):
            w = widths.get(ord(ch), default)
            if used + w > limit and used and not unicodedata.combining(ch):
                cuts.append(i)
                used = 0.0
            used += w
        if not cuts:
            continue
        start = match.start()
        out.append(line[last:start])
        previous = 0
        for at in cuts:
            out.append(run[previous:at] + "\n")
            previous = at
        out.append(run[previous:])
        last = match.end()
    out.append(line[last:])
    return "".join(out)
