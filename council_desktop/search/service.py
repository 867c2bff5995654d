"""``search()``: one FTS5 MATCH with LIMIT, then snippets for the returned rows only.

The query is parsed into folded tokens (query.py), so nothing typed is an FTS5 syntax error.
Ranking is FTS5's bm25 with the title weighted above the body, passed as ``rank MATCH`` so
FTS5 sorts by rank itself and reads the (possibly long) original text of the top rows only.
Filters join meetings/documents by their UNIQUE uuid; no Python loop over matches.
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
# bm25 weights for the columns: record_type, record_uuid, title, body, title_raw, body_raw.
RANK = f"bm25(0.0, 0.0, {TITLE_WEIGHT}, 1.0, 0.0, 0.0)"
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

    @property
    def on_records(self) -> bool:
        """True when a filter needs the records' own columns (not just the index)."""
        return any(
            v is not None
            for v in (self.kinds, self.date_from, self.date_to, self.country, self.classification)
        )


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
        rows = store.conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:  # a damaged or missing index: say so, no results
        if "search_index" in str(exc) or "fts5" in str(exc):
            return []
        raise
    pattern = snippets.matcher(query)
    return [_result(row, pattern) for row in rows]


_SELECT = """
SELECT s.record_type, s.record_uuid, s.title_raw, s.body_raw, s.rank,
       coalesce(m.uuid, d.uuid, ad.uuid), coalesce(m.title, d.title, ad.title),
       coalesce(m.starts_on, d.dated_on, ad.dated_on), coalesce(m.kind, d.kind, ad.kind)
FROM search_index s
LEFT JOIN meetings m ON s.record_type = 'meeting' AND m.uuid = s.record_uuid
LEFT JOIN documents d ON s.record_type = 'document' AND d.uuid = s.record_uuid
LEFT JOIN attachments a ON s.record_type = 'attachment' AND a.uuid = s.record_uuid
LEFT JOIN documents ad ON ad.id = a.document_id
WHERE search_index MATCH ? AND s.rank MATCH ?"""


def _sql(query: ParsedQuery, f: Filters, limit: int) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = [query.match_expression(), RANK]
    if f.types is not None:
        where.append(f"s.record_type IN ({', '.join('?' * len(f.types))})")
        params += list(f.types)
    if f.on_records:
        # The record's own columns, whichever table it is in (attachments: their document).
        doc = "coalesce(d.{0}, ad.{0})"
        if f.kinds is not None:
            marks = ", ".join("?" * len(f.kinds))
            where.append(f"coalesce(m.kind, {doc.format('kind')}) IN ({marks})")
            params += list(f.kinds)
        date = f"coalesce(m.starts_on, {doc.format('dated_on')})"
        if f.date_from is not None:
            where.append(f"{date} >= ?")
            params.append(f.date_from)
        if f.date_to is not None:
            where.append(f"{date} <= ?")
            params.append(f.date_to)
        if f.country is not None:
            where.append(
                f"(m.country = ? OR instr({doc.format('parties')}, '\"' || ? || '\"') > 0)"
            )
            params += [f.country, f.country]
        if f.classification is not None:
            where.append(f"coalesce(m.classification, {doc.format('classification')}) = ?")
            params.append(f.classification)
    sql = _SELECT + "".join(f" AND {w}" for w in where) + " ORDER BY s.rank LIMIT ?"
    params.append(limit)
    return sql, params


def _result(row: tuple[Any, ...], pattern: Any) -> SearchResult:
    record_type, record_uuid, title_raw, body_raw, rank, uuid, title, date, kind = row
    piece = snippets.snippet(body_raw or "", pattern)
    is_file = record_type == "attachment"
    shown_title = (title or "") if is_file else (title_raw or title or "")
    return SearchResult(
        type=record_type,
        uuid=uuid or record_uuid,
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
