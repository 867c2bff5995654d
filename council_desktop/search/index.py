"""Rebuilding the search index from the records, and proving it matches them.

The store keeps the index in step on every write (store/search_index.py). These two are for
everything else: ``rebuild`` after a migration, a restored file or a better PDF extractor
(``council-desktop reindex``); ``check`` for ``council-desktop check`` and the tests.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from council_desktop.search.extract import extract_text
from council_desktop.store import search_index
from council_desktop.store.connection import Store

log = logging.getLogger(__name__)


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
    found = store.conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
        "AND name IN ('search_index', 'search_records')"
    ).fetchone()[0]
    return bool(found == 2)


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
    (a file whose bytes are missing keeps the text read before). The index tables are made
    anew (store/search_index.py ``refill``), so a lost or damaged table is recovered too.
    """
    extracted, missing = _reextract(store) if extract else (0, 0)
    with store.write():
        counts = search_index.refill(store)
    return RebuildReport(
        counts.get("meeting", 0),
        counts.get("document", 0),
        counts.get("attachment", 0),
        extracted,
        missing,
    )


def check(store: Store) -> list[str]:
    """Problems with the index, one sentence each; ``[]`` when it matches the live records.

    Missing (a live record not indexed), stale (indexed text differs from the record),
    orphan (a row for a deleted or unknown record), duplicate rows, out-of-date filter columns
    and half rows (in ``search_index`` or ``search_records`` only) are reported.
    """
    if not _index_exists(store):
        return ["The search index is missing: run `council-desktop reindex`."]
    actual: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for record_type, uuid, *text in search_index.indexed_rows(store):
        actual.setdefault((record_type, uuid), []).append(tuple(text))
    problems: list[str] = []
    for record_type, uuid, *text in search_index.expected_rows(store):
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
    for record_type, uuid in sorted(set(search_index.stale_filters(store)) - set(actual)):
        problems.append(
            f"Search index: {record_type} {uuid} has out-of-date kind, date, country or "
            "classification for the search filters."
        )
    unpaired = search_index.unpaired_rows(store)
    if unpaired:
        problems.append(f"Search index: {unpaired} rows are missing their other half.")
    if problems:
        problems.append("Run `council-desktop reindex` to rebuild the search index.")
    return problems
