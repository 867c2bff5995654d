"""``council-desktop check`` and Tools > Check database: everything that can silently rot.

SQLite's own checks (pages, references), every attachment's bytes against their sha256, and
the search index against the records. Each problem is one sentence; an empty list means the
file is sound.
"""

from __future__ import annotations

import sqlite3

from council_desktop.store.attachments import attachment_state
from council_desktop.store.connection import Store

_LIMIT = 50  # problems listed per kind; a thoroughly broken file would flood the screen


def check(store: Store) -> list[str]:
    """Every problem found in the open database; empty when it is sound."""
    try:
        problems = _integrity(store)
    except sqlite3.DatabaseError as exc:
        return [f"The database cannot be read ({exc}); restore it from a backup."]
    if problems:  # on a damaged file the other checks would only add noise (or crash)
        return problems
    for part in (_foreign_keys, _attachments, _search_index):
        try:
            problems += part(store)
        except sqlite3.DatabaseError as exc:
            problems.append(f"The check stopped with a database error: {exc}.")
    return problems


def _integrity(store: Store) -> list[str]:
    rows = [r[0] for r in store.conn.execute("PRAGMA integrity_check")]
    if rows == ["ok"]:
        return []
    return [f"Integrity check: {r}" for r in rows[:_LIMIT]]


def _foreign_keys(store: Store) -> list[str]:
    rows = store.conn.execute("PRAGMA foreign_key_check").fetchall()
    return [
        f"Broken reference: row {rowid} of {table} points to a missing row in {parent}."
        for table, rowid, parent, _fk in rows[:_LIMIT]
    ]


def _attachments(store: Store) -> list[str]:
    if store.attachments_dir is None:
        return []
    rows = store.conn.execute(
        "SELECT a.sha256, min(a.filename), min(d.title) FROM attachments a "
        "JOIN documents d ON d.id = a.document_id GROUP BY a.sha256 ORDER BY 3"
    ).fetchall()
    problems = []
    for sha, filename, title in rows:
        state = attachment_state(store, sha)
        if state == "missing":
            problems.append(f"Attachment {filename!r} of {title!r} is missing ({sha[:12]}…).")
        elif state == "damaged":
            problems.append(
                f"Attachment {filename!r} of {title!r} is damaged: its bytes no longer match "
                f"their sha256 ({sha[:12]}…)."
            )
    return problems[:_LIMIT]


def _search_index(store: Store) -> list[str]:
    from council_desktop.search.index import check as check_search_index

    return check_search_index(store)[:_LIMIT]
