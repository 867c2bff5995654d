"""Delete to the trash, restore whole, and empty the trash (the only real deletion)."""

from __future__ import annotations

from council_desktop.store import audit, search_index
from council_desktop.store.changes import Change
from council_desktop.store.connection import Store, utc_now
from council_desktop.store.errors import RecordNotFound

_TABLES = {"meeting": "meetings", "document": "documents"}


def _table(record_type: str) -> str:
    if record_type not in _TABLES:
        raise ValueError(f"unknown record type {record_type!r}")
    return _TABLES[record_type]


def _attachment_uuids(store: Store, document_uuid: str) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT a.uuid FROM attachments a JOIN documents d ON d.id = a.document_id "
            "WHERE d.uuid = ?",
            [document_uuid],
        )
    ]


def move_to_trash(store: Store, record_type: str, uuid: str) -> Change:
    """Delete a meeting or document: it leaves every list and search, with its sub-records."""
    table = _table(record_type)
    with store.write():
        title = store.scalar(
            f"SELECT title FROM {table} WHERE uuid = ? AND deleted_at IS NULL", [uuid]
        )
        if title is None:
            raise RecordNotFound(f"There is no {record_type} with uuid {uuid}.")
        now = utc_now()
        store.conn.execute(
            f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE uuid = ?", [now, now, uuid]
        )
        gone = [uuid] + (_attachment_uuids(store, uuid) if record_type == "document" else [])
        search_index.remove(store, gone)
        audit.write_audit(store, audit.audit_rows("deleted", record_type, [(uuid, str(title), {})]))
    return Change("trashed", record_type, (uuid,))


def restore(store: Store, record_type: str, uuid: str) -> Change:
    """Bring a record back from the trash, whole, into lists and search."""
    from council_desktop.store.documents import get_document
    from council_desktop.store.meetings import get_meeting

    table = _table(record_type)
    with store.write():
        title = store.scalar(
            f"SELECT title FROM {table} WHERE uuid = ? AND deleted_at IS NOT NULL", [uuid]
        )
        if title is None:
            raise RecordNotFound(f"There is no {record_type} with uuid {uuid} in the trash.")
        store.conn.execute(f"UPDATE {table} SET deleted_at = NULL WHERE uuid = ?", [uuid])
        if record_type == "meeting":
            search_index.add(store, [search_index.meeting_index_row(get_meeting(store, uuid))])
        else:
            doc = get_document(store, uuid)
            rows = [search_index.document_index_row(doc)]
            for a in doc["attachments"]:
                text = store.scalar("SELECT text FROM blobs WHERE sha256 = ?", [a["sha256"]])
                rows.append(
                    search_index.attachment_index_row(a["uuid"], a["filename"], str(text or ""))
                )
            search_index.add(store, rows)
        audit.write_audit(
            store, audit.audit_rows("restored", record_type, [(uuid, str(title), {})])
        )
    return Change("restored", record_type, (uuid,))


def trash_items(store: Store) -> list[dict[str, str]]:
    """Everything in the trash, most recently deleted first: type, uuid, title, deleted_at."""
    rows = store.conn.execute(
        "SELECT 'meeting', uuid, title, deleted_at FROM meetings WHERE deleted_at IS NOT NULL "
        "UNION ALL SELECT 'document', uuid, title, deleted_at FROM documents "
        "WHERE deleted_at IS NOT NULL ORDER BY 4 DESC"
    ).fetchall()
    return [dict(zip(("record_type", "uuid", "title", "deleted_at"), r, strict=True)) for r in rows]


def empty_trash(store: Store) -> Change:
    """Delete for good everything in the trash (sub-records cascade; bytes stay until clean-up).

    The list is read inside the write transaction, so a record another program restored a
    moment ago is never purged, and only rows still marked deleted are removed.
    """
    with store.write():
        items = trash_items(store)
        for item in items:
            table = _table(item["record_type"])
            store.conn.execute(
                f"DELETE FROM {table} WHERE uuid = ? AND deleted_at IS NOT NULL", [item["uuid"]]
            )
        search_index.remove(store, [i["uuid"] for i in items])
        audit.write_audit(
            store,
            [
                *audit.audit_rows(
                    "purged", "meeting",
                    [(i["uuid"], i["title"], {}) for i in items if i["record_type"] == "meeting"],
                ),
                *audit.audit_rows(
                    "purged", "document",
                    [(i["uuid"], i["title"], {}) for i in items if i["record_type"] == "document"],
                ),
            ],
        )  # fmt: skip
    return Change("purged", "all", tuple(i["uuid"] for i in items))
