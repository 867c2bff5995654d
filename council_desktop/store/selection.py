"""Choosing a set of meetings (a briefing book, an export): by dates, framework, tag or uuids."""

from __future__ import annotations

import json
from collections.abc import Iterable

from council_desktop.records.folding import fold, sort_key
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


def frameworks(store: Store) -> list[str]:
    """The distinct frameworks of live meetings, in Turkish-aware alphabetical order.

    What a "framework" choice offers (a briefing book for one Summit); spellings that fold
    alike are offered once, as first written.
    """
    rows = store.conn.execute(
        "SELECT DISTINCT framework FROM meetings "
        "WHERE deleted_at IS NULL AND coalesce(framework, '') != '' ORDER BY id"
    ).fetchall()
    return _distinct_folded(str(fw) for (fw,) in rows)


def meeting_tags(store: Store) -> list[str]:
    """The distinct tags of live meetings, alphabetical (offered when choosing by tag)."""
    rows = store.conn.execute("SELECT tags FROM meetings WHERE deleted_at IS NULL").fetchall()
    return _distinct_folded(str(t) for (tags,) in rows for t in json.loads(tags or "[]") if t)


def _distinct_folded(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(fold(value), value)
    return sorted(seen.values(), key=sort_key)


def date_span(store: Store, uuids: list[str]) -> tuple[str | None, str | None]:
    """The first start and the last end among these meetings (a book's "from … to")."""
    first: str | None = None
    last: str | None = None
    for lo, hi in store.rows_in(
        "SELECT min(starts_on), max(coalesce(ends_on, starts_on)) FROM meetings "
        "WHERE uuid IN ({marks})",
        uuids,
    ):  # one row per chunk of uuids
        first = lo if first is None or (lo is not None and lo < first) else first
        last = hi if last is None or (hi is not None and hi > last) else last
    return first, last
