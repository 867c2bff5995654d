"""The audit trail: who changed which record, when, and which fields from what to what."""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from typing import Any

from council_desktop.store.connection import Store, utc_now

_IGNORED = {"created_at", "updated_at", "deleted_at", "id"}


def os_user() -> str:
    """The operating-system user recorded against each change."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some containers)
        return "unknown"


def _plain(value: Any) -> Any:
    """Sub-record lists compared without their uuids (a form or a file may omit them)."""
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return [{k: v for k, v in item.items() if k != "uuid"} for item in value]
    return value


def diff(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, list[Any]]:
    """Fields that differ between two versions of a record, as ``{field: [old, new]}``."""
    old = old or {}
    keys = (set(old) | set(new)) - _IGNORED
    pairs = {k: (_plain(old.get(k)), _plain(new.get(k))) for k in sorted(keys)}
    return {k: [a, b] for k, (a, b) in pairs.items() if a != b}


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
    """Every recorded change to a record, oldest first.

    A meeting's history includes its action items' status changes, which are logged against
    the action item's own uuid.
    """
    rows = store.conn.execute(
        "SELECT at, os_user, action, record_type, record_uuid, title, changes FROM audit_log "
        "WHERE record_uuid = ? OR record_uuid IN (SELECT a.uuid FROM action_items a "
        "JOIN meetings m ON m.id = a.meeting_id WHERE m.uuid = ?) ORDER BY id",
        [record_uuid, record_uuid],
    ).fetchall()
    return [
        HistoryEntry(
            at=r[0], os_user=r[1], action=r[2], record_type=r[3], record_uuid=r[4], title=r[5],
            changes=json.loads(r[6]),
        )
        for r in rows
    ]  # fmt: skip
