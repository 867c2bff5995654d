"""Rebuilding the search index from the records, and proving it matches them.

The store keeps the index in step on every write (store/search_index.py). These two are for
everything else: ``rebuild`` after a migration, a restored file or a better PDF extractor
(``council-desktop reindex``); ``check`` for ``council-desktop check`` and the tests.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from council_desktop.search.extract import extract_text
from council_desktop.store import schema, search_index
from council_desktop.store.connection import Store
from council_desktop.store.documents import get_document
from council_desktop.store.meetings import get_meeting

log = logging.getLogger(__name__)

_COLUMNS = "title, body, title_raw, body_raw"


@dataclass(frozen=True)
class RebuildReport:
    """What ``rebuild`` did: rows written, files whose text was read again, files missing."""

    meetings: int
    documents: int
    attachments: int
    extracted: int
    missing_files: int

    def summary(self) -> str:
        """One sentence for the command line and the status bar."""
        return (
            f"{self.meetings} meetings, {self.documents} documents and {self.attachments} "
            f"attached files indexed; text read again from {self.extracted} files"
            + (f"; {self.missing_files} files missing" if self.missing_files else "")
        )


def _index_exists(store: Store) -> bool:
    return bool(
        store.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_index'")
    )


def _index_ddl() -> str:
    # The one definition of the table is the schema's; reused when a migration lost it.
    return next(s for s in schema._V1 if "search_index USING fts5" in s)


def _live_uuids(store: Store, table: str) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            f"SELECT uuid FROM {table} WHERE deleted_at IS NULL ORDER BY id"
        )
    ]


def expected_rows(store: Store) -> Iterator[search_index.IndexRow]:
    """Every row the index should hold, built from the live records as a save builds it."""
    for uuid in _live_uuids(store, "meetings"):
        yield search_index.meeting_index_row(get_meeting(store, uuid))
    for uuid in _live_uuids(store, "documents"):
        doc = get_document(store, uuid)
        yield search_index.document_index_row(doc)
        for a in doc["attachments"]:
            text = store.scalar("SELECT text FROM blobs WHERE sha256 = ?", [a["sha256"]])
            yield search_index.attachment_index_row(a["uuid"], a["filename"], str(text or ""))


def _reextract(store: Store) -> tuple[int, int]:
    """Read the text of every stored file again from its bytes (outside any transaction)."""
    folder = store.attachments_dir
    if folder is None:
        return 0, 0
    from council_desktop.store.attachments import blob_path

    texts: dict[str, str] = {}
    missing = 0
    blobs = store.conn.execute("SELECT sha256, media_type FROM blobs").fetchall()
    for sha, media_type in blobs:
        path = blob_path(store, sha)
        if not path.is_file():
            missing += 1
            log.warning("attachment bytes missing: %s", path)
            continue
        texts[sha] = extract_text(path, media_type)
    with store.write():
        store.conn.executemany(
            "UPDATE blobs SET text = ? WHERE sha256 = ?", [(t, s) for s, t in texts.items()]
        )
    return len(texts), missing


def rebuild(store: Store, *, extract: bool = True) -> RebuildReport:
    """Drop every index row and index all live records again (one transaction).

    With ``extract`` the text of attached files is first read again from the stored bytes
    (a file whose bytes are missing keeps the text read before). A lost index table (a
    migration that recreated tables) is created again.
    """
    extracted, missing = _reextract(store) if extract else (0, 0)
    counts: Counter[str] = Counter()
    with store.write():
        if not _index_exists(store):
            store.conn.execute(_index_ddl())
        store.conn.execute("DELETE FROM search_index")
        batch: list[search_index.IndexRow] = []
        for row in expected_rows(store):
            counts[row[0]] += 1
            batch.append(row)
            if len(batch) >= 1000:
                search_index.add(store, batch)
                batch = []
        search_index.add(store, batch)
        store.conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    return RebuildReport(
        counts["meeting"], counts["document"], counts["attachment"], extracted, missing
    )


def check(store: Store) -> list[str]:
    """Problems with the index, one sentence each; ``[]`` when it matches the live records.

    Missing (a live record not indexed), stale (indexed text differs from the record),
    orphan (a row for a deleted or unknown record) and duplicate rows are reported.
    """
    if not _index_exists(store):
        return ["The search index is missing: run `council-desktop reindex`."]
    actual: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {}
    for record_type, uuid, *text in store.conn.execute(
        f"SELECT record_type, record_uuid, {_COLUMNS} FROM search_index"
    ):
        actual.setdefault((record_type, uuid), []).append(tuple(text))
    problems: list[str] = []
    for record_type, uuid, *text in expected_rows(store):
        found = actual.pop((record_type, uuid), None)
        label = f"{record_type} {uuid} ({text[2]!r})"
        if found is None:
            problems.append(f"Search index: {label} is not indexed.")
        elif len(found) > 1:
            problems.append(f"Search index: {label} is indexed {len(found)} times.")
        elif found[0] != tuple(text):
            problems.append(f"Search index: {label} is indexed with out-of-date text.")
    for record_type, uuid in sorted(actual):
        problems.append(f"Search index: a row for {record_type} {uuid} belongs to no live record.")
    if problems:
        problems.append("Run `council-desktop reindex` to rebuild the search index.")
    return problems
