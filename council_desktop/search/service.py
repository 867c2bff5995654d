"""``search()``: one ranked FTS5 MATCH with LIMIT, then text and snippets for those rows only.

The query is parsed into folded tokens (query.py), so nothing typed is an FTS5 syntax error.
Ranking is FTS5's bm25 with the title weighted above the body. Computing bm25 is what costs
(about a microsecond per matching row), so at most ``RANK_CAP`` matches are ranked: the
newest ones (highest rowids; a rebuild numbers rows by the record's date, a save gives the
next number). A one-letter prefix or a word in half the records thus costs the same as a
word in 20,000. Filters read the slim ``search_records`` table (store/search_index.py), and
the original text is read for the returned rows only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from council_desktop.search import snippets
from council_desktop.search.query import ParsedQuery, parse
from council_desktop.store.connection import Store

RECORD_TYPES = ("meeting", "document", "attachment")
TITLE_WEIGHT = 10.0
# bm25 weights for the columns: title, body, title_raw, body_raw.
RANK = f"bm25(search_index, {TITLE_WEIGHT}, 1.0, 0.0, 0.0)"
# Matches ranked at most: ~15 ms of bm25 on a 2-core laptop (docs/search.md, "Speed").
RANK_CAP = 20_000
MAX_LIMIT = 10_000


@dataclass(frozen=True)
class SearchResult:
    """One hit. ``uuid``/``title``/``date`` are the record to open: for an attachment hit,
    the document that holds the file (``filename``/``attachment_uuid`` name the file).

    ``snippet`` is plain original text; ``snippet_html`` is the same, HTML-escaped, with the
    matches in ``<b>``; ``highlights`` are the matches' (start, end) offsets in ``snippet``.
    """

    type: str  # meeting | document | attachment
    uuid: str
    title: str
    date: str | None
    snippet: str
    snippet_html: str
    title_html: str
    highlights: tuple[tuple[int, int], ...]
    kind: str
    filename: str | None = None
    attachment_uuid: str | None = None
    rank: float = 0.0

    @property
    def record_type(self) -> str:
        """What to open for this hit: ``meeting`` or ``document`` (attachments open theirs)."""
        return "meeting" if self.type == "meeting" else "document"

    def as_json(self) -> dict[str, Any]:
        """The ``--json`` object: type, uuid, title, date, snippet (+ filename for files)."""
        out = {k: v for k, v in asdict(self).items() if k in _JSON_KEYS}
        if self.type == "attachment":
            out["filename"] = self.filename
        return out


_JSON_KEYS = ("type", "uuid", "title", "date", "snippet")


@dataclass(frozen=True)
class Filters:
    """Optional restrictions; each ``None`` means "any"."""

    types: tuple[str, ...] | None = None
    kinds: tuple[str, ...] | None = None
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    classification: str | None = None


def search(
    store: Store,
    text: str,
    *,
    types: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    country: str | None = None,
    classification: str | None = None,
    limit: int = 50,
) -> list[SearchResult]:
    """The records matching ``text`` (every word a prefix, all required), best first.

    Dates are ISO ``YYYY-MM-DD`` strings, inclusive; a record without a date is left out
    when a date range is given. Text that has nothing searchable gives ``[]``.
    """
    query = parse(text)
    filters = Filters(
        tuple(types) if types is not None else None,
        tuple(kinds) if kinds is not None else None,
        date_from or None,
        date_to or None,
        country or None,
        classification or None,
    )
    limit = max(0, min(int(limit), MAX_LIMIT))
    if query.empty or limit == 0 or (filters.types is not None and not filters.types):
        return []
    sql, params = _sql(query, filters, limit)
    try:
        ranked = store.conn.execute(sql, params).fetchall()
        rows = _details(store, ranked)
    except sqlite3.OperationalError as exc:  # a damaged or missing index: say so, no results
        if "search_" in str(exc) or "fts5" in str(exc):
            return []
        raise
    pattern = snippets.matcher(query)
    return [_result(row, pattern) for row in rows]


# The newest RANK_CAP matches (FTS5 walks rowids downwards itself), ranked by bm25; the
# search_records join is added only when a filter needs it.
_RANKED = """
SELECT id, score FROM (
    SELECT s.rowid AS id, {rank} AS score FROM search_index s{join}
    WHERE search_index MATCH ?{where}
    ORDER BY s.rowid DESC LIMIT ?)
ORDER BY score LIMIT ?"""

# What a result shows, for the few rows returned (a file's hit opens its document).
_DETAILS = """
SELECT r.id, r.record_type, r.record_uuid, s.title_raw, s.body_raw, r.date, r.kind,
       d.uuid, d.title
FROM search_records r JOIN search_index s ON s.rowid = r.id
LEFT JOIN attachments a ON r.record_type = 'attachment' AND a.uuid = r.record_uuid
LEFT JOIN documents d ON d.id = a.document_id
WHERE r.id IN ({marks})"""


def _sql(query: ParsedQuery, f: Filters, limit: int) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = [query.match_expression()]
    if f.types is not None:
        where.append(f"r.record_type IN ({', '.join('?' * len(f.types))})")
        params += list(f.types)
    if f.kinds is not None:
        where.append(f"r.kind IN ({', '.join('?' * len(f.kinds))})")
        params += list(f.kinds)
    if f.date_from is not None:
        where.append("r.date >= ?")
        params.append(f.date_from)
    if f.date_to is not None:
        where.append("r.date <= ?")
        params.append(f.date_to)
    if f.country is not None:
        where.append("instr(r.countries, '\"' || ? || '\"') > 0")
        params.append(f.country)
    if f.classification is not None:
        where.append("r.classification = ?")
        params.append(f.classification)
    join = " JOIN search_records r ON r.id = s.rowid" if where else ""
    sql = _RANKED.format(rank=RANK, join=join, where="".join(f" AND {w}" for w in where))
    return sql, params + [RANK_CAP, limit]


def _details(store: Store, ranked: list[tuple[int, float]]) -> list[tuple[Any, ...]]:
    """The shown columns of the ranked rows, best first, each with its score."""
    if not ranked:
        return []
    found = {
        row[0]: row[1:]
        for row in store.conn.execute(
            _DETAILS.format(marks=", ".join("?" * len(ranked))), [i for i, _ in ranked]
        )
    }
    return [(*found[i], score) for i, score in ranked if i in found]


def _result(row: tuple[Any, ...], pattern: Any) -> SearchResult:
    record_type, record_uuid, title_raw, body_raw, date, kind, doc_uuid, doc_title, rank = row
    piece = snippets.snippet(body_raw or "", pattern)
    is_file = record_type == "attachment"
    shown_title = (doc_title or "") if is_file else (title_raw or "")
    return SearchResult(
        type=record_type,
        uuid=(doc_uuid or record_uuid) if is_file else record_uuid,
        title=shown_title,
        date=date,
        snippet=piece.text,
        snippet_html=piece.html(),
        title_html=snippets.mark(shown_title, pattern).html(),
        highlights=piece.spans,
        kind=kind or "",
        filename=title_raw if is_file else None,
        attachment_uuid=record_uuid if is_file else None,
        rank=float(rank or 0.0),
    )
