"""Keeps the search index in step with the records, inside the same transactions.

Two tables share rowids (schema migration 0002): the FTS5 table ``search_index`` (folded
``title``/``body`` to match, the original ``title_raw``/``body_raw`` unindexed for snippets)
and the slim ``search_records`` (which record a row is, and the columns the search filters
read: kind, date, countries, classification). A filtered search checks ``search_records``
for each candidate and never loads the long text of rows it does not show.

Text is folded in Python (records/folding.py) before it is indexed, because SQLite and FTS5
cannot fold ı, İ, ə or the Kazakh letters. The filter columns are copied by SQL from the
record's own row (a file's from its document), which the callers have written first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from council_desktop.records.folding import fold
from council_desktop.store.connection import Store

IndexRow = tuple[
    str, str, str, str, str, str
]  # record_type, uuid, title, body, raw title, raw body


def _join(parts: Iterable[Any]) -> str:
    return "\n".join(str(p) for p in parts if p)


def meeting_index_row(m: dict[str, Any]) -> IndexRow:
    """The index row for a meeting and everything inside it (participants, agenda, …)."""
    body = _join(
        [
            m.get("framework"),
            m.get("city"),
            m.get("venue"),
            m.get("host"),
            m.get("chair"),
            m.get("summary"),
            " ".join(m.get("tags") or []),
        ]
        + [f"{p.get('name', '')} {p.get('position', '')}" for p in m.get("participants") or []]
        + [f"{a.get('title', '')}\n{a.get('notes', '')}" for a in m.get("agenda") or []]
        + [f"{o.get('title', '')}\n{o.get('text', '')}" for o in m.get("outcomes") or []]
        + [f"{a.get('title', '')} {a.get('owner', '')}" for a in m.get("actions") or []]
    )
    title = m.get("title") or ""
    return ("meeting", m["uuid"], fold(title), fold(body), title, body)


def document_index_row(d: dict[str, Any]) -> IndexRow:
    """The index row for a document's own fields."""
    body = _join(
        [d.get("reference"), d.get("place"), d.get("summary"), " ".join(d.get("tags") or [])]
    )
    title = d.get("title") or ""
    return ("document", d["uuid"], fold(title), fold(body), title, body)


def attachment_index_row(attachment_uuid: str, filename: str, text: str) -> IndexRow:
    """The index row for the text extracted from an attached file."""
    return ("attachment", attachment_uuid, fold(filename), fold(text), filename, text)


# The filter columns of a row, read from its record (LEFT JOIN: a row is written even if the
# record is missing, so check() can report it): the tables to join, with {uuid} the row's
# record uuid, and the expressions for kind, date, countries (a JSON list: a meeting's
# country, a document's parties) and classification. A file's are its document's.
_DOCUMENT_FILTERS = ("d.kind", "d.dated_on", "coalesce(d.parties, '[]')", "d.classification")
_FILTER_SOURCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "meeting": (
        "LEFT JOIN meetings m ON m.uuid = {uuid}",
        (
            "m.kind",
            "m.starts_on",
            "CASE WHEN coalesce(m.country, '') = '' THEN '[]' ELSE json_array(m.country) END",
            "m.classification",
        ),
    ),
    "document": ("LEFT JOIN documents d ON d.uuid = {uuid}", _DOCUMENT_FILTERS),
    "attachment": (
        "LEFT JOIN attachments a ON a.uuid = {uuid} LEFT JOIN documents d ON d.id = a.document_id",
        _DOCUMENT_FILTERS,
    ),
}
_FILTER_COLUMNS = ("kind", "date", "countries", "classification")


def remove(store: Store, record_uuids: Iterable[str]) -> None:
    """Drop the index rows of these records (found by uuid through ``search_records``)."""
    c = store.conn
    ids = [
        (row[0],)
        for uuid in record_uuids
        for row in c.execute("SELECT id FROM search_records WHERE record_uuid = ?", [uuid])
    ]
    c.executemany("DELETE FROM search_index WHERE rowid = ?", ids)
    c.executemany("DELETE FROM search_records WHERE id = ?", ids)


def add(store: Store, rows: Iterable[IndexRow]) -> None:
    """Insert index rows, each with the next rowid (so newer rows rank first when capped)."""
    c = store.conn
    next_id = int(c.execute("SELECT coalesce(max(id), 0) + 1 FROM search_records").fetchone()[0])
    by_type: dict[str, list[tuple[int, str]]] = {}
    texts = []
    for row_id, (record_type, uuid, title, body, title_raw, body_raw) in enumerate(rows, next_id):
        by_type.setdefault(record_type, []).append((row_id, uuid))
        texts.append((row_id, title, body, title_raw, body_raw))
    for record_type, ids in by_type.items():
        joins, exprs = _FILTER_SOURCES[record_type]
        c.executemany(
            f"INSERT INTO search_records (id, record_type, record_uuid, "
            f"{', '.join(_FILTER_COLUMNS)}) SELECT ?1, '{record_type}', ?2, "
            f"{', '.join(exprs)} FROM (SELECT 1) {joins.format(uuid='?2')}",
            ids,
        )
    c.executemany(
        "INSERT INTO search_index (rowid, title, body, title_raw, body_raw) VALUES (?, ?, ?, ?, ?)",
        texts,
    )


def indexed_rows(store: Store) -> Iterator[IndexRow]:
    """Every row the index holds, as ``add`` was given it (for ``check``)."""
    yield from store.conn.execute(
        "SELECT r.record_type, r.record_uuid, s.title, s.body, s.title_raw, s.body_raw "
        "FROM search_records r JOIN search_index s ON s.rowid = r.id"
    )


def stale_filters(store: Store) -> list[tuple[str, str]]:
    """Rows whose filter columns differ from their record's (type, uuid), for ``check``."""
    out: list[tuple[str, str]] = []
    for record_type, (joins, exprs) in _FILTER_SOURCES.items():
        differs = " OR ".join(
            f"r.{col} IS NOT {expr}" for col, expr in zip(_FILTER_COLUMNS, exprs, strict=True)
        )
        out += store.conn.execute(
            f"SELECT r.record_type, r.record_uuid FROM search_records r "
            f"{joins.format(uuid='r.record_uuid')} WHERE r.record_type = ? AND ({differs})",
            [record_type],
        ).fetchall()
    return out


def unpaired_rows(store: Store) -> int:
    """Rows in one of the two tables without their partner in the other (for ``check``)."""
    c = store.conn
    text_only = c.execute(
        "SELECT count(*) FROM search_index WHERE rowid NOT IN (SELECT id FROM search_records)"
    ).fetchone()[0]
    record_only = c.execute(
        "SELECT count(*) FROM search_records WHERE id NOT IN (SELECT rowid FROM search_index)"
    ).fetchone()[0]
    return int(text_only) + int(record_only)


def expected_rows(store: Store) -> Iterator[IndexRow]:
    """Every row the index should hold, built from the live records as a save builds it.

    Oldest first (by the record's date; undated first), so that after a rebuild a higher
    rowid means a newer record: ``search()`` ranks the newest matches when there are many.
    """
    from council_desktop.store.documents import get_document  # these import this module
    from council_desktop.store.meetings import get_meeting

    order = store.conn.execute(
        "SELECT coalesce(starts_on, ''), 0, id, uuid FROM meetings WHERE deleted_at IS NULL "
        "UNION ALL "
        "SELECT coalesce(dated_on, ''), 1, id, uuid FROM documents WHERE deleted_at IS NULL "
        "ORDER BY 1, 2, 3"
    ).fetchall()
    for _date, is_document, _id, uuid in order:
        if not is_document:
            yield meeting_index_row(get_meeting(store, uuid))
            continue
        doc = get_document(store, uuid)
        yield document_index_row(doc)
        for a in doc["attachments"]:
            text = store.scalar("SELECT text FROM blobs WHERE sha256 = ?", [a["sha256"]])
            yield attachment_index_row(a["uuid"], a["filename"], str(text or ""))


def refill(store: Store) -> dict[str, int]:
    """Recreate both tables empty and index every live record (inside the caller's write).

    Dropping is much faster than deleting every row of an FTS5 table, and also recovers a
    table that was lost. The index is merged into one segment at the end ('optimize'): a
    freshly filled index answers common words about twice as fast. Rows per record type.
    """
    from council_desktop.store import schema

    c = store.conn
    c.execute("DROP TABLE IF EXISTS search_index")
    c.execute("DROP TABLE IF EXISTS search_records")
    for statement in schema.SEARCH_TABLES:
        c.execute(statement)
    counts: dict[str, int] = {}
    batch: list[IndexRow] = []
    for row in expected_rows(store):
        counts[row[0]] = counts.get(row[0], 0) + 1
        batch.append(row)
        if len(batch) >= 1000:
            add(store, batch)
            batch = []
    add(store, batch)
    optimize(store)
    return counts


def optimize(store: Store) -> None:
    """Merge the index into one segment (after a refill or a large import)."""
    store.conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
