"""Named operations on documents: save (create or update), read."""

from __future__ import annotations

import json
from typing import Any

from council_desktop.records.folding import fold_all, sort_key
from council_desktop.records.model import DOCUMENT_DEFAULTS, Record, complete, new_uuid
from council_desktop.records.validation import Problem, ValidationError, validate_document
from council_desktop.store import search_index
from council_desktop.store.changes import Change
from council_desktop.store.connection import Store, utc_now
from council_desktop.store.errors import RecordNotFound
from council_desktop.store.record_rows import audit_saves, give_uuids, ids_by_uuid, insert_or_update

DOCUMENT_FIELDS = (
    "title", "kind", "reference", "dated_on", "place", "status", "classification", "summary",
)  # fmt: skip
_LIST_FIELDS = ("languages", "parties", "tags")


def _filter_key(d: Record) -> str:
    return fold_all(
        d.get("title"), d.get("reference"), d.get("place"), " ".join(d.get("tags") or [])
    )


def prepare_documents(
    store: Store, records: list[Record], labels: list[str] | None = None
) -> tuple[list[Record], list[Problem]]:
    """Complete and validate documents; attachments must name stored bytes (sha256)."""
    completed = [complete(r, DOCUMENT_DEFAULTS) for r in records]
    problems: list[Problem] = []
    for i, d in enumerate(completed):
        where = labels[i] if labels else None
        found = validate_document(d, where)
        problems += found
    return completed, problems


def save_documents(
    store: Store,
    records: list[Record],
    *,
    action: str | None = None,
    validated: bool = False,
    keep_timestamps: bool = False,
) -> Change:
    """Create or update documents (matched by uuid) in one transaction.

    The ``attachments`` list is authoritative: each entry must name bytes already stored
    (see :func:`attachments.store_bytes`); entries keep their uuids when given.
    """
    if validated:
        completed = records
    else:
        completed, problems = prepare_documents(store, records)
        if problems:
            raise ValidationError(problems)
    now = utc_now()
    with store.write():
        give_uuids(completed)
        existing = ids_by_uuid(store, "documents", (d["uuid"] for d in completed))
        olds = {u: get_document(store, u, include_deleted=True) for u in existing}
        cols = DOCUMENT_FIELDS + _LIST_FIELDS + ("title_key", "reference_key", "filter_key")
        ids = insert_or_update(
            store, "documents", cols, completed, _document_row, existing, now, keep_timestamps
        )
        old_attachment_uuids = [a["uuid"] for u in existing for a in olds[u].get("attachments", [])]
        store.conn.executemany(
            "DELETE FROM attachments WHERE document_id = ?", [(i,) for i in existing.values()]
        )
        attachment_rows = _attachment_rows(store, completed, ids, now)
        store.conn.executemany(
            "INSERT INTO attachments (uuid, document_id, position_no, filename, media_type, "
            "sha256, size, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            attachment_rows,
        )
        search_index.remove(store, list(existing) + old_attachment_uuids)
        search_index.add(store, (search_index.document_index_row(d) for d in completed))
        search_index.add(store, _attachment_index_rows(store, attachment_rows))
        audit_saves(store, "document", completed, olds, action, _comparable)
    return Change("saved", "document", tuple(d["uuid"] for d in completed))


def save_document(store: Store, data: Record) -> Change:
    """Create or update one document (the form's Save)."""
    return save_documents(store, [data])


def _comparable(d: Record) -> Record:
    """A document as the audit compares it: attachments by name and hash only."""
    out = dict(d)
    out["attachments"] = [
        {"filename": a.get("filename"), "sha256": a.get("sha256")} for a in d.get("attachments", [])
    ]
    return out


def _document_row(d: Record) -> tuple[Any, ...]:
    return (
        *map(d.get, DOCUMENT_FIELDS),
        *(json.dumps(d.get(f) or [], ensure_ascii=False) for f in _LIST_FIELDS),
        sort_key(d.get("title")),
        sort_key(d.get("reference")),
        _filter_key(d),
    )


def _attachment_rows(
    store: Store, docs: list[Record], ids: dict[str, int], now: str
) -> list[tuple[Any, ...]]:
    shas = {a["sha256"] for d in docs for a in d["attachments"]}
    sizes: dict[str, tuple[int, str]] = {}
    for sha in shas:
        row = store.conn.execute(
            "SELECT size, media_type FROM blobs WHERE sha256 = ?", [sha]
        ).fetchone()
        if row is None:
            raise ValidationError(
                [Problem("attachment", "sha256", f"no stored file with sha256 {sha}")]
            )
        sizes[sha] = (row[0], row[1])
    return [
        (a.get("uuid") or new_uuid(), ids[d["uuid"]], pos, a["filename"],
         a.get("media_type") or sizes[a["sha256"]][1], a["sha256"], sizes[a["sha256"]][0],
         a.get("added_at") or now, now)
        for d in docs
        for pos, a in enumerate(d["attachments"])
    ]  # fmt: skip


def _attachment_index_rows(
    store: Store, rows: list[tuple[Any, ...]]
) -> list[search_index.IndexRow]:
    out = []
    for row in rows:
        text = store.scalar("SELECT text FROM blobs WHERE sha256 = ?", [row[5]]) or ""
        out.append(search_index.attachment_index_row(row[0], row[3], str(text)))
    return out


def get_document(store: Store, uuid: str, *, include_deleted: bool = False) -> Record:
    """A document with its attachments, as an exchange-format dict (+ timestamps).

    Each attachment carries ``uuid``, ``filename``, ``media_type``, ``sha256``, ``size`` and
    ``added_at``; the bytes are found with :func:`attachments.blob_path`.
    """
    sql = (
        f"SELECT id, uuid, {', '.join(DOCUMENT_FIELDS + _LIST_FIELDS)}, created_at, updated_at, "
        "deleted_at FROM documents WHERE uuid = ?"
    )
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    row = store.conn.execute(sql, [uuid]).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no document with uuid {uuid}.")
    keys = ["id", "uuid", *DOCUMENT_FIELDS, *_LIST_FIELDS, "created_at", "updated_at", "deleted_at"]
    d: Record = dict(zip(keys, row, strict=True))
    doc_id = d.pop("id")
    for f in _LIST_FIELDS:
        d[f] = json.loads(d[f])
    d["attachments"] = [
        {"uuid": r[0], "filename": r[1], "media_type": r[2], "sha256": r[3], "size": r[4],
         "added_at": r[5]}
        for r in store.conn.execute(
            "SELECT uuid, filename, media_type, sha256, size, created_at FROM attachments "
            "WHERE document_id = ? ORDER BY position_no",
            [doc_id],
        )
    ]  # fmt: skip
    return d


def document_uuids(store: Store) -> list[str]:
    """Uuids of every live document, oldest first (export)."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT uuid FROM documents WHERE deleted_at IS NULL ORDER BY dated_on, id"
        )
    ]


def document_choices(store: Store, text: str = "", limit: int = 200) -> list[Record]:
    """Documents for a picker, filtered by folded text: uuid, title, kind, dated_on, reference."""
    from council_desktop.store.listing import like_pattern

    rows = store.conn.execute(
        "SELECT uuid, title, kind, dated_on, reference FROM documents WHERE deleted_at IS NULL "
        "AND filter_key LIKE ? ESCAPE '\\' ORDER BY dated_on DESC LIMIT ?",
        [like_pattern(text), limit],
    ).fetchall()
    return [
        {"uuid": r[0], "title": r[1], "kind": r[2], "dated_on": r[3], "reference": r[4]}
        for r in rows
    ]
