"""The part of saving that meetings and documents share: ids, insert-or-update, audit entries."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from council_desktop.records.model import Record, new_uuid
from council_desktop.store import audit
from council_desktop.store.connection import Store


def ids_by_uuid(store: Store, table: str, uuids: Iterable[str]) -> dict[str, int]:
    """``{uuid: id}`` of the rows of ``table`` (live or in the trash) with these uuids."""
    rows = store.rows_in(
        f"SELECT uuid, id FROM {table} WHERE uuid IN ({{marks}})", dict.fromkeys(uuids)
    )
    return dict(rows)


def give_uuids(records: list[Record]) -> None:
    """A fresh uuid for every record that has none yet."""
    for r in records:
        if not r.get("uuid"):
            r["uuid"] = new_uuid()


def stamps(record: Record, now: str, keep: bool) -> tuple[str, str]:
    """The (created_at, updated_at) to write: the record's own on import, else now."""
    if not keep:
        return now, now
    updated = record.get("updated_at") or now
    return record.get("created_at") or updated, updated


def insert_or_update(
    store: Store,
    table: str,
    columns: tuple[str, ...],
    records: list[Record],
    row_of: Callable[[Record], tuple[Any, ...]],
    existing: dict[str, int],
    now: str,
    keep_timestamps: bool,
) -> dict[str, int]:
    """Write the main rows of ``records`` (new ones inserted with fresh ids); ``{uuid: id}``."""
    next_id = int(store.scalar(f"SELECT coalesce(max(id), 0) FROM {table}") or 0) + 1
    inserts, updates = [], []
    ids: dict[str, int] = {}
    for r in records:
        row = row_of(r)
        created, updated = stamps(r, now, keep_timestamps)
        if r["uuid"] in existing:
            ids[r["uuid"]] = existing[r["uuid"]]
            updates.append((*row, updated, existing[r["uuid"]]))
        else:
            ids[r["uuid"]] = next_id
            inserts.append((next_id, r["uuid"], *row, created, updated))
            next_id += 1
    store.conn.executemany(
        f"INSERT INTO {table} (id, uuid, {', '.join(columns)}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * (len(columns) + 4))})",
        inserts,
    )
    sets = ", ".join(f"{c} = ?" for c in columns)
    store.conn.executemany(
        f"UPDATE {table} SET {sets}, deleted_at = NULL, updated_at = ? WHERE id = ?", updates
    )
    return ids


def audit_saves(
    store: Store,
    record_type: str,
    records: list[Record],
    olds: dict[str, Record],
    action: str | None,
    comparable: Callable[[Record], Record] = lambda r: r,
) -> None:
    """One audit row per saved record: created (or ``action``), or updated with its diff."""
    created: list[tuple[str, str, dict[str, list[Any]]]] = []
    updated: list[tuple[str, str, dict[str, list[Any]]]] = []
    for r in records:
        old = olds.get(r["uuid"])
        if old is None:
            created.append((r["uuid"], r["title"], {}))
        else:
            updated.append((r["uuid"], r["title"], audit.diff(comparable(old), comparable(r))))
    audit.write_audit(
        store,
        audit.audit_rows(action or "created", record_type, created)
        + audit.audit_rows(action or "updated", record_type, updated),
    )
