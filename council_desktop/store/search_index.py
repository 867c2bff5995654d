"""Keeps the FTS5 ``search_index`` in step with the records, inside the same transactions.

Text is folded in Python (records/folding.py) before it is indexed, because SQLite and FTS5
cannot fold ı, İ, ə or the Kazakh letters; the original text is kept unindexed for snippets.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from council_desktop.records.folding import fold
from council_desktop.store.connection import Store

IndexRow = tuple[str, str, str, str, str, str]


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


def remove(store: Store, record_uuids: Iterable[str]) -> None:
    """Drop index rows for these records (and, for documents, nothing else: see callers)."""
    store.conn.executemany(
        "DELETE FROM search_index WHERE record_uuid = ?", [(u,) for u in record_uuids]
    )


def add(store: Store, rows: Iterable[IndexRow]) -> None:
    """Insert index rows."""
    store.conn.executemany(
        "INSERT INTO search_index (record_type, record_uuid, title, body, title_raw, body_raw) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
