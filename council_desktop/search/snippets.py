"""Snippets: a short piece of the ORIGINAL text around the match, with the matches marked.

FTS5's own ``snippet()`` would show the folded text (``disisleri`` instead of ``Dışişleri``).
So the match is found in the folded text and mapped back to the original: folding is done
character by character (``fold(a + b) == fold(a) + fold(b)``), which tells, for every folded
character, the original character it came from.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from council_desktop.records.folding import fold
from council_desktop.search.query import ParsedQuery

WINDOW = 180  # characters of original text shown
BEFORE = 50  # of which, before the first match
_CHUNK = 2048
_SPACES = re.compile(r"\s+")
_SPACE = re.compile(r"\s")


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


@dataclass(frozen=True)
class Marked:
    """A piece of original text and the (start, end) spans to highlight in it."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def html(self, open_tag: str = "<b>", close_tag: str = "</b>") -> str:
        """The text HTML-escaped, each span wrapped in the tags (rich text for the GUI)."""
        return self._wrap(_escape, open_tag, close_tag)

    def bracketed(self, left: str = "[", right: str = "]") -> str:
        """The text with each span between brackets (a terminal has no bold)."""
        return self._wrap(str, left, right)

    def _wrap(self, escape: Callable[[str], str], left: str, right: str) -> str:
        out, pos = [], 0
        for start, end in self.spans:
            out += [escape(self.text[pos:start]), left, escape(self.text[start:end]), right]
            pos = end
        out.append(escape(self.text[pos:]))
        return "".join(out)


def matcher(query: ParsedQuery) -> re.Pattern[str] | None:
    """A regex over FOLDED text matching every term the way FTS5 does (prefix, phrase)."""
    alternatives = []
    for seq in query.patterns():
        body = r"[\W_]+".join(
            re.escape(t) + (r"[^\W_]*" if i == len(seq) - 1 else r"(?![^\W_])")
            for i, t in enumerate(seq)
        )
        alternatives.append(body)
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + ")")


# fold() of one character, memoised: snippets fold a few hundred characters one by one per
# result, and a cache lookup is ten times cheaper than the call (fold is pure).
_fold_char = functools.lru_cache(maxsize=4096)(fold)


def _one_to_one(text: str) -> bool:
    """True when every character of ``text`` folds to exactly one character (most text: the
    dropped apostrophes and the letters that fold to two are rare), so offsets carry over."""
    return all(len(_fold_char(ch)) == 1 for ch in set(text))


def _folded_with_origins(text: str) -> tuple[str, Sequence[int]]:
    """The folded text and, for each folded character, the index of its original character."""
    if _one_to_one(text):
        return fold(text), range(len(text))
    parts, origins = [], []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        parts.append(f)
        origins += [i] * len(f)
    return "".join(parts), origins


def _original_offset(text: str, folded_pos: int) -> int:
    """The index in ``text`` of the character that folded text position ``folded_pos`` came from.

    Whole chunks are skipped by their folded length (C speed), so a long PDF's text costs
    little; within the last chunk the character is found by bisection over folded prefixes
    (``fold`` is character by character, so a prefix's folded length only grows).
    """
    if _one_to_one(text):
        return min(folded_pos, len(text))
    done, i = 0, 0
    while i < len(text):
        size = len(fold(text[i : i + _CHUNK]))
        if done + size > folded_pos:
            break
        done += size
        i += _CHUNK
    lo, hi = i, min(len(text), i + _CHUNK)
    while lo < hi:  # the first j whose folded text[i : j + 1] reaches past folded_pos
        mid = (lo + hi) // 2
        if done + len(fold(text[i : mid + 1])) > folded_pos:
            hi = mid
        else:
            lo = mid + 1
    return lo


def mark(text: str, pattern: re.Pattern[str] | None) -> Marked:
    """``text`` (whitespace collapsed) with every match of ``pattern`` marked."""
    text = _SPACES.sub(" ", text).strip()
    if pattern is None or not text:
        return Marked(text)
    folded, origins = _folded_with_origins(text)
    spans = []
    for m in pattern.finditer(folded):
        if m.end() > m.start():
            spans.append((origins[m.start()], origins[m.end() - 1] + 1))
    return Marked(text, tuple(_merge(spans)))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, pattern: re.Pattern[str] | None, width: int = WINDOW) -> Marked:
    """About ``width`` characters of ``text`` around its first match, matches marked.

    With no match (the hit was in the title), the beginning of the text.
    """
    first = pattern.search(fold(text)) if pattern is not None and text else None
    start = 0
    if first is not None:
        start = max(0, _original_offset(text, first.start()) - BEFORE)
        if start:  # begin at a word
            space = _SPACE.search(text, start, start + 20)
            start = space.end() if space else start
    end = min(len(text), start + width)
    if end < len(text):  # end at a word
        spaces = [m.start() for m in _SPACE.finditer(text, max(start, end - 30), end)]
        end = spaces[-1] if spaces and spaces[-1] > start else end
    piece = mark(text[start:end], pattern)
    lead = "… " if start > 0 and piece.text else ""
    tail = " …" if end < len(text) and piece.text else ""
    spans = tuple((s + len(lead), e + len(lead)) for s, e in piece.spans)
    return Marked(lead + piece.text + tail, spans)


def first_match(text: str, pattern: re.Pattern[str] | None) -> tuple[int, int] | None:
    """The (start, end) of the first match in ``text`` itself (no whitespace collapsed), so
    an editor can select it; None when nothing matches."""
    if pattern is None or not text:
        return None
    folded, origins = _folded_with_origins(text)
    for m in pattern.finditer(folded):
        if m.end() > m.start():
            return origins[m.start()], origins[m.end() - 1] + 1
    return None
