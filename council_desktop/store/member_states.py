"""The Council's member and observer states."""

from __future__ import annotations

from council_desktop.records.model import MEMBER_STATE_DEFAULTS, Record, complete, new_uuid
from council_desktop.records.validation import ValidationError, validate_member_state
from council_desktop.store.connection import Store, utc_now

_FIELDS = ("code", "name_en", "name_tr", "status", "since")


def save_member_states(store: Store, records: list[Record]) -> int:
    """Insert or update member states by code; how many were new or changed."""
    completed = [complete(r, MEMBER_STATE_DEFAULTS) for r in records]
    problems = [p for r in completed for p in validate_member_state(r)]
    if problems:
        raise ValidationError(problems)
    changed = 0
    now = utc_now()
    with store.write():
        for r in completed:
            old = store.conn.execute(
                f"SELECT {', '.join(_FIELDS)} FROM member_states WHERE code = ?", [r["code"]]
            ).fetchone()
            values = tuple(r[f] for f in _FIELDS)
            if old == values:
                continue
            changed += 1
            store.conn.execute(
                f"INSERT INTO member_states (uuid, {', '.join(_FIELDS)}, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET "
                "name_en = excluded.name_en, name_tr = excluded.name_tr, "
                "status = excluded.status, since = excluded.since, updated_at = excluded.updated_at",
                [new_uuid(), *values, now, now],
            )
    return changed


def list_member_states(store: Store) -> list[Record]:
    """Every member and observer state, members first, by code."""
    rows = store.conn.execute(
        f"SELECT {', '.join(_FIELDS)} FROM member_states ORDER BY status, code"
    ).fetchall()
    return [dict(zip(_FIELDS, r, strict=True)) for r in rows]
