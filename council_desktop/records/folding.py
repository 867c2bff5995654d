"""Turkic-aware text folding: the one function used for search keys, the FTS index and queries.

SQLite's ``lower()``/``NOCASE``/``LIKE`` fold ASCII only and FTS5's unicode61 never folds ``ı`` or
``ə``; Python's ``"İ".lower()`` yields ``i`` + U+0307. So every piece of text that is searched or
filtered is folded here, in Python, the same way for what is stored and for what is typed.
"""

from __future__ import annotations

import functools
import unicodedata

# Letters folded before decomposition: the ones NFKD leaves alone or splits wrongly.
_SPECIAL = {
    "İ": "i",
    "I": "i",
    "ı": "i",
    "Ə": "e",
    "ə": "e",
    "Ä": "a",
    "ä": "a",
    "Ğ": "g",
    "ğ": "g",
    "Ø": "o",
    "ø": "o",
    "Đ": "d",
    "đ": "d",
    "Ł": "l",
    "ł": "l",
    "ß": "ss",
    # Kazakh, Kyrgyz and other Turkic Cyrillic letters, to the base letter a person would type.
    "Қ": "к",
    "қ": "к",
    "Ң": "н",
    "ң": "н",
    "Ү": "у",
    "ү": "у",
    "Ұ": "у",
    "ұ": "у",
    "Ө": "о",
    "ө": "о",
    "Һ": "х",
    "һ": "х",
    "І": "и",
    "і": "и",
    "Ғ": "г",
    "ғ": "г",
    "Ә": "а",
    "ә": "а",
    "Ё": "е",
    "ё": "е",
    "Й": "и",
    "й": "и",
    "Ў": "у",
    "ў": "у",
    "Ҳ": "х",
    "ҳ": "х",
    "Җ": "ж",
    "җ": "ж",
}

# Apostrophe-like marks inside words (Uzbek oʻ / gʻ, Turkish suffix apostrophes): dropped.
_DROPPED = {
    "ʻ",  # U+02BB modifier letter turned comma (Uzbek)
    "ʼ",  # U+02BC modifier letter apostrophe
    "'",
    "’",  # U+2019
    "‘",  # U+2018
    "`",
    "´",
}

_TABLE = str.maketrans({**_SPECIAL, **{ch: None for ch in _DROPPED}})


def fold(text: str | None) -> str:
    """Return ``text`` folded for matching: case, Turkic letters, diacritics and apostrophes.

    ``fold("İSTANBUL") == fold("istanbul")``, ``fold("Çavuşoğlu") == "cavusoglu"``,
    ``fold("Oʻzbekiston") == "ozbekiston"``, ``fold("НҰРТІЛЕУ") == "нуртилеу"``.
    """
    if not text:
        return ""
    if text.isascii():  # nothing to decompose, and casefold is lower
        return text.translate(_TABLE).lower()
    # Folding works character by character, so a text folds word by word; words repeat, so
    # each is folded once and remembered (15x faster on long bodies; docs/performance.md).
    return " ".join(map(_fold_word, text.split(" ")))


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(_TABLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_TABLE)


def fold_all(*parts: str | None) -> str:
    """Fold several fields into one space-separated key (for quick filters and the index)."""
    return " ".join(f for f in (fold(p) for p in parts) if f)


# Turkish alphabetical order for the Latin letters; everything else keeps its code point order.
_TURKISH_ORDER = "aâbcçdefgğhıiîjklmnoöpqrsştuûüvwxyz"
_RANK = {ch: chr(0x100 + i * 2) for i, ch in enumerate(_TURKISH_ORDER)}
_RANK["ə"] = chr(0x100 + _TURKISH_ORDER.index("e") * 2 + 1)  # Azerbaijani ə right after e
# Cyrillic in Russian order with the Kazakh and Kyrgyz letters after their base letters
# (ё after е, not after я as code points have it), ranked after every Latin letter.
_CYRILLIC_ORDER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RANK.update({ch: chr(0x150 + i * 2) for i, ch in enumerate(_CYRILLIC_ORDER)})


def sort_key(text: str | None) -> str:
    """A key whose binary order is Turkish alphabetical order (c < ç < d, ı < i, s < ş).

    Stored in an indexed column so lists sort in SQL, not in Python over every row.
    Case is ignored (İ/i and I/ı are lower-cased the Turkish way first).
    """
    if not text:
        return ""
    lowered = text.replace("İ", "i").replace("I", "ı").lower()
    return unicodedata.normalize("NFC", lowered).translate(_SORT_RANKS)


class _SortRanks(dict[int, str | None]):
    """A ``str.translate`` table from a character to its sort rank, filled as characters come.

    Each character's rank is worked out once (a Python loop per character was a large share
    of import time); dropped marks map to None, which ``translate`` deletes.
    """

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        rank: str | None
        if ch in _DROPPED:
            rank = None
        else:
            rank = _RANK.get(ch)
            if rank is None:
                base = fold(ch)[:1]  # other accented Latin letters sort with their base letter
                rank = _RANK.get(base, ch)
        self[code] = rank
        return rank


_SORT_RANKS = _SortRanks()
