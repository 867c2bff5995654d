"""Named operations on meetings: save (create or update), read, trash, restore, actions."""

from __future__ import annotations

import json
from typing import Any

from council_desktop.records.folding import fold_all, sort_key
from council_desktop.records.model import MEETING_DEFAULTS, Record, complete, new_uuid
from council_desktop.records.validation import Problem, ValidationError, validate_meeting
from council_desktop.store import audit, search_index
from council_desktop.store.changes import Change
from council_desktop.store.connection import Store, utc_now
from council_desktop.store.errors import RecordNotFound
from council_desktop.store.record_rows import audit_saves, give_uuids, ids_by_uuid, insert_or_update

MEETING_FIELDS = (
    "title", "kind", "ordinal", "starts_on", "ends_on", "city", "country", "venue", "host",
    "chair", "framework", "status", "classification", "summary",
)  # fmt: skip

_SUB_TABLES = {
    "participants": ("participants", ("country", "name", "position", "role")),
    "agenda": ("agenda_items", ("title", "notes")),
    "actions": ("action_items", ("title", "owner", "due_on", "status")),
}


def _filter_key(m: Record) -> str:
    return fold_all(
        m.get("title"), m.get("city"), m.get("venue"), m.get("host"), m.get("chair"),
        m.get("framework"), m.get("country"), " ".join(m.get("tags") or []),
    )  # fmt: skip


def _document_ids(store: Store, uuids: set[str]) -> dict[str, int]:
    return ids_by_uuid(store, "documents", sorted(uuids))


def _link_problems(m: Record, doc_ids: dict[str, int], where: str | None) -> list[Problem]:
    label = where or f"meeting {m.get('title')!r}"
    problems = [
        Problem(label, "documents", f"no document with uuid {u}")
        for u in m.get("documents") or []
        if u not in doc_ids
    ]
    problems += [
        Problem(label, f"outcomes[{i + 1}].document", f"no document with uuid {o['document']}")
        for i, o in enumerate(m.get("outcomes") or [])
        if o.get("document") and o["document"] not in doc_ids
    ]
    return problems


def prepare_meetings(
    store: Store,
    records: list[Record],
    labels: list[str] | None = None,
    incoming_documents: set[str] | None = None,
) -> tuple[list[Record], list[Problem]]:
    """Complete and validate meetings; linked documents must exist (or be ``incoming``)."""
    completed = [complete(r, MEETING_DEFAULTS) for r in records]
    problems: list[Problem] = []
    wanted = {u for m in completed for u in (m.get("documents") or []) if isinstance(u, str)}
    wanted |= {
        o["document"]
        for m in completed
        for o in (m.get("outcomes") or [])
        if isinstance(o, dict) and isinstance(o.get("document"), str)
    }
    doc_ids = _document_ids(store, wanted)
    doc_ids.update({u: 0 for u in incoming_documents or ()})
    for i, m in enumerate(completed):
        where = labels[i] if labels else None
        found = validate_meeting(m, where)
        if not found:
            found = _link_problems(m, doc_ids, where)
        problems += found
    return completed, problems


def save_meetings(
    store: Store,
    records: list[Record],
    *,
    action: str | None = None,
    validated: bool = False,
    keep_timestamps: bool = False,
) -> Change:
    """Create or update meetings (matched by uuid) in one transaction.

    Sub-records are replaced by the lists given; their uuids are kept when given. Raises
    :class:`ValidationError` with every problem, changing nothing, when any record is invalid.
    ``keep_timestamps`` (import) keeps the records' own ``created_at``/``updated_at``.
    """
    if validated:
        completed = records
    else:
        completed, problems = prepare_meetings(store, records)
        if problems:
            raise ValidationError(problems)
    now = utc_now()
    with store.write():
        give_uuids(completed)
        existing = ids_by_uuid(store, "meetings", (m["uuid"] for m in completed))
        olds = {u: get_meeting(store, u, include_deleted=True) for u in existing}
        doc_ids = _document_ids(
            store,
            {u for m in completed for u in m["documents"]}
            | {o["document"] for m in completed for o in m["outcomes"] if o.get("document")},
        )
        ids = insert_or_update(
            store, "meetings", MEETING_FIELDS + ("tags", "title_key", "city_key", "filter_key"),
            completed, _meeting_row, existing, now, keep_timestamps,
        )  # fmt: skip
        _replace_children(store, completed, ids, doc_ids, now, [ids[u] for u in existing])
        search_index.remove(store, existing)
        search_index.add(store, (search_index.meeting_index_row(m) for m in completed))
        audit_saves(store, "meeting", completed, olds, action)
    return Change("saved", "meeting", tuple(m["uuid"] for m in completed))


def save_meeting(store: Store, data: Record) -> Change:
    """Create or update one meeting (the form's Save)."""
    return save_meetings(store, [data])


def _meeting_row(m: Record) -> tuple[Any, ...]:
    return (
        *map(m.get, MEETING_FIELDS),
        json.dumps(m.get("tags") or [], ensure_ascii=False),
        sort_key(m.get("title")),
        sort_key(m.get("city")),
        _filter_key(m),
    )


def _replace_children(
    store: Store,
    meetings: list[Record],
    ids: dict[str, int],
    doc_ids: dict[str, int],
    now: str,
    replaced_ids: list[int],
) -> None:
    c = store.conn
    for table in ("participants", "agenda_items", "outcomes", "action_items", "meeting_documents"):
        c.executemany(f"DELETE FROM {table} WHERE meeting_id = ?", [(i,) for i in replaced_ids])
    for key, (table, fields) in _SUB_TABLES.items():
        rows = [
            (item.get("uuid") or new_uuid(), ids[m["uuid"]], pos, *map(item.get, fields), now, now)
            for m in meetings
            for pos, item in enumerate(m[key])
        ]  # fmt: skip
        c.executemany(
            f"INSERT INTO {table} (uuid, meeting_id, position_no, {', '.join(fields)}, "
            f"created_at, updated_at) VALUES ({', '.join('?' * (len(fields) + 5))})",
            rows,
        )
    c.executemany(
        "INSERT INTO outcomes (uuid, meeting_id, position_no, kind, title, text, document_id, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (o.get("uuid") or new_uuid(), ids[m["uuid"]], pos, o["kind"], o["title"],
             o.get("text") or "", doc_ids.get(o.get("document") or ""), now, now)
            for m in meetings
            for pos, o in enumerate(m["outcomes"])
        ],
    )  # fmt: skip
    c.executemany(
        "INSERT OR IGNORE INTO meeting_documents (meeting_id, document_id, position_no) "
        "VALUES (?, ?, ?)",
        [
            (ids[m["uuid"]], doc_ids[u], pos)
            for m in meetings
            for pos, u in enumerate(m["documents"])
        ],
    )


# -- reading ---------------------------------------------------------------------------------


def _meeting_id(store: Store, uuid: str, include_deleted: bool = False) -> int:
    sql = "SELECT id FROM meetings WHERE uuid = ?"
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    found = store.scalar(sql, [uuid])
    if found is None:
        raise RecordNotFound(f"There is no meeting with uuid {uuid}.")
    return int(str(found))


def get_meeting(store: Store, uuid: str, *, include_deleted: bool = False) -> Record:
    """A meeting with its sub-records, as an exchange-format dict (+ timestamps)."""
    mid = _meeting_id(store, uuid, include_deleted)
    c = store.conn
    row = c.execute(
        f"SELECT uuid, {', '.join(MEETING_FIELDS)}, tags, created_at, updated_at, deleted_at "
        "FROM meetings WHERE id = ?",
        [mid],
    ).fetchone()
    keys = ("uuid",) + MEETING_FIELDS + ("tags", "created_at", "updated_at", "deleted_at")
    m: Record = dict(zip(keys, row, strict=True))
    m["tags"] = json.loads(m["tags"])
    for key, (table, fields) in _SUB_TABLES.items():
        m[key] = [
            dict(zip(("uuid",) + fields, r, strict=True))
            for r in c.execute(
                f"SELECT uuid, {', '.join(fields)} FROM {table} WHERE meeting_id = ? "
                "ORDER BY position_no",
                [mid],
            )
        ]
    m["outcomes"] = [
        {"uuid": r[0], "kind": r[1], "title": r[2], "text": r[3], "document": r[4]}
        for r in c.execute(
            "SELECT o.uuid, o.kind, o.title, o.text, d.uuid FROM outcomes o "
            "LEFT JOIN documents d ON d.id = o.document_id WHERE o.meeting_id = ? "
            "ORDER BY o.position_no",
            [mid],
        )
    ]
    m["documents"] = [
        r[0]
        for r in c.execute(
            "SELECT d.uuid FROM meeting_documents md JOIN documents d ON d.id = md.document_id "
            "WHERE md.meeting_id = ? ORDER BY md.position_no",
            [mid],
        )
    ]
    return m


def meeting_uuids(store: Store) -> list[str]:
    """Uuids of every live meeting, oldest first (export, book selection)."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT uuid FROM meetings WHERE deleted_at IS NULL ORDER BY starts_on, id"
        )
    ]


def previous_meetings(store: Store, uuid: str, limit: int = 5) -> list[Record]:
    """The Council's meetings before this one, most recent first (a brief's background)."""
    starts_on = store.scalar("SELECT starts_on FROM meetings WHERE uuid = ?", [uuid])
    if not starts_on:
        return []
    rows = store.conn.execute(
        "SELECT uuid FROM meetings WHERE deleted_at IS NULL AND starts_on < ? "
        "AND status != 'cancelled' ORDER BY starts_on DESC, id DESC LIMIT ?",
        [starts_on, limit],
    ).fetchall()
    return [get_meeting(store, r[0]) for r in rows]


def meetings_referencing_document(store: Store, document_uuid: str) -> list[Record]:
    """Meetings that link a document (directly or through an outcome): uuid, title, date."""
    # Two indexed look-ups (links, outcomes), then the meetings by id (CROSS JOIN keeps that
    # order) instead of a pass over every meeting: the document form asks on every load.
    rows = store.conn.execute(
        """SELECT m.uuid, m.title, m.starts_on FROM (
               SELECT meeting_id FROM meeting_documents WHERE document_id = (
                   SELECT id FROM documents WHERE uuid = ?1)
               UNION
               SELECT meeting_id FROM outcomes WHERE document_id = (
                   SELECT id FROM documents WHERE uuid = ?1)
           ) AS linked CROSS JOIN meetings m ON m.id = linked.meeting_id
           WHERE m.deleted_at IS NULL ORDER BY m.starts_on""",
        [document_uuid],
    ).fetchall()
    return [{"uuid": r[0], "title": r[1], "starts_on": r[2]} for r in rows]


# -- action items ----------------------------------------------------------------------------


def set_action_status(store: Store, action_uuid: str, status: str) -> Change:
    """Mark one action item open / done / dropped, saved at once (the Follow-up view's click)."""
    from council_desktop.records.enums import ACTION_STATUSES

    if status not in ACTION_STATUSES:
        raise ValidationError([Problem("action item", "status", f"{status!r} is not known")])
    with store.write():
        row = store.conn.execute(
            "SELECT a.status, a.title, m.uuid FROM action_items a "
            "JOIN meetings m ON m.id = a.meeting_id WHERE a.uuid = ?",
            [action_uuid],
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"There is no action item with uuid {action_uuid}.")
        now = utc_now()
        store.conn.execute(
            "UPDATE action_items SET status = ?, updated_at = ? WHERE uuid = ?",
            [status, now, action_uuid],
        )
        store.conn.execute("UPDATE meetings SET updated_at = ? WHERE uuid = ?", [now, row[2]])
        audit.write_audit(
            store,
            audit.audit_rows(
                "updated", "action", [(action_uuid, row[1], {"status": [row[0], status]})]
            ),
        )
    return Change("saved", "meeting", (row[2],))
