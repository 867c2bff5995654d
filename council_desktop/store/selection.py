"""Choosing a set of meetings (a briefing book, an export): by dates, framework, tag or uuids."""

from __future__ import annotations

import json

from council_desktop.records.folding import fold
from council_desktop.store.connection import Store


def select_meetings(
    store: Store,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    framework: str | None = None,
    tag: str | None = None,
    uuids: list[str] | None = None,
) -> list[str]:
    """Uuids of live meetings matching every criterion given, oldest first.

    ``framework`` and ``tag`` match folded text (``yedinci zirve`` finds "Yedinci Zirve").
    """
    clauses = ["deleted_at IS NULL"]
    params: list[object] = []
    if date_from:
        clauses.append("coalesce(ends_on, starts_on) >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("starts_on <= ?")
        params.append(date_to)
    if uuids is not None:
        clauses.append(f"uuid IN ({','.join('?' * len(uuids))})")
        params += uuids
    rows = store.conn.execute(
        f"SELECT uuid, framework, tags FROM meetings WHERE {' AND '.join(clauses)} "
        "ORDER BY starts_on, id",
        params,
    ).fetchall()
    wanted_framework = fold(framework) if framework else None
    wanted_tag = fold(tag) if tag else None
    out = []
    for uuid, fw, tags in rows:
        if wanted_framework and fold(fw) != wanted_framework:
            continue
        if wanted_tag and wanted_tag not in {fold(t) for t in json.loads(tags)}:
            continue
        out.append(uuid)
    return out
