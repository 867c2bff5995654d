"""What a person typed, turned into a safe FTS5 MATCH expression over folded tokens.

Raw user text handed to FTS5 raises on ``İzmir-Ankara``, ``O'zbek``, a lone ``"`` or ``NEAR(``
and cannot fold ı or ə. So the text is folded with records/folding.py (as the index is), cut
into tokens the way FTS5's unicode61 tokenizer cuts them, and every token is re-quoted: FTS5
then sees only strings, never operators, and no input is ever a syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from council_desktop.records.folding import fold

# A token is a run of letters and digits (unicode61's default "L* N*"); everything else
# separates tokens. ``[^\W_]`` is \w without the underscore, which unicode61 treats as punctuation.
TOKEN = re.compile(r"[^\W_]+")
MAX_TOKENS = 32  # more words than anyone types; bounds the work a pasted page can cause
MAX_TOKEN_LENGTH = 100


def tokens(text: str) -> list[str]:
    """The folded tokens of ``text``, in order (bounded in number and length)."""
    return [t[:MAX_TOKEN_LENGTH] for t in TOKEN.findall(fold(text))][:MAX_TOKENS]


@dataclass(frozen=True)
class ParsedQuery:
    """Folded search terms: single words (each a prefix) and quoted phrases (words in order).

    Every term must match. In a phrase the words must be adjacent; the last word of a phrase,
    like every single word, matches as a prefix, so results keep coming while a person types.
    """

    words: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()

    @property
    def empty(self) -> bool:
        """True when nothing searchable was typed (only spaces, punctuation, quotes …)."""
        return not self.words and not self.phrases

    def match_expression(self) -> str:
        """The FTS5 MATCH string: ``"w1"* AND "p1 p2"* …``; empty when there is nothing."""
        parts = [f'"{w}"*' for w in self.words]
        parts += [f'"{" ".join(p)}"*' for p in self.phrases]
        return " AND ".join(parts)

    def patterns(self) -> list[tuple[str, ...]]:
        """Every term as a token sequence (a word is a one-token sequence), for highlighting."""
        return [(w,) for w in self.words] + list(self.phrases)


def parse(text: str | None) -> ParsedQuery:
    """Parse typed text: words outside double quotes, phrases inside them.

    An unclosed quote makes the rest of the text a phrase. Nothing raises: text with no
    letters or digits gives an empty query (and no results).
    """
    words: list[str] = []
    phrases: list[tuple[str, ...]] = []
    budget = MAX_TOKENS
    for i, segment in enumerate((text or "").split('"')):
        found = tokens(segment)[:budget]
        budget -= len(found)
        if i % 2 == 1 and len(found) > 1:  # inside quotes: a phrase
            if tuple(found) not in phrases:
                phrases.append(tuple(found))
        else:
            words += [w for w in found if w not in words]
        if budget <= 0:
            break
    return ParsedQuery(tuple(words), tuple(phrases))
