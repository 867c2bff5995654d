"""The audit trail: who changed which record, when, and which fields from what to what."""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from typing import Any

from council_desktop.store.connection import Store, utc_now

_IGNORED = {"created_at", "updated_at", "id"}


def os_user() -> str:
    """The operating-system user recorded against each change."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some containers)
        return "unknown"


def diff(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, list[Any]]:
    """Fields that differ between two versions of a record, as ``{field: [old, new]}``."""
    old = old or {}
    keys = (set(old) | set(new)) - _IGNORED
    return {k: [old.get(k), new.get(k)] for k in sorted(keys) if old.get(k) != new.get(k)}


def audit_rows(
    action: str, record_type: str, entries: list[tuple[str, str, dict[str, list[Any]]]]
) -> list[tuple[str, str, str, str, str, str, str]]:
    """Rows for ``audit_log`` from (uuid, title, changes) entries, stamped now by this user."""
    at, user = utc_now(), os_user()
    return [
        (at, user, action, record_type, uuid, title, json.dumps(changes, ensure_ascii=False))
        for uuid, title, changes in entries
    ]


def write_audit(store: Store, rows: list[tuple[str, str, str, str, str, str, str]]) -> None:
    """Append audit rows (inside the caller's transaction)."""
    store.conn.executemany(
        "INSERT INTO audit_log (at, os_user, action, record_type, record_uuid, title, changes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


@dataclass(frozen=True)
class HistoryEntry:
    """One change to one record."""

    at: str
    os_user: str
    action: str
    record_type: str
    record_uuid: str
    title: str
    changes: dict[str, list[Any]]


def history(store: Store, record_uuid: str) -> list[HistoryEntry]:
    """Every recorded change to a record, oldest first."""
    rows = store.conn.execute(
        "SELECT at, os_user, action, record_type, record_uuid, title, changes FROM audit_log "
        "WHERE record_uuid = ? ORDER BY id",
        [record_uuid],
    ).fetchall()
    return [
        HistoryEntry(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6]))
        for row in rows
    ]
