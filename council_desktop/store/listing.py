"""Paged, sorted, filtered lists for the UI's table models: SQL does the work, not Python.

The quick filter matches folded text (records/folding.py) against a stored folded key, so
``istanbul``, ``ISTANBUL`` and ``İstanbul`` all find İstanbul; sorting uses indexed sort keys
whose binary order is Turkish alphabetical order.

``RecordList`` is one query's rows for a windowed table model: how many, any page of them, the
row of a record, each for a few milliseconds at 100,000 meetings (docs/performance.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from council_desktop.records.folding import fold
from council_desktop.store.connection import Store


@dataclass(frozen=True)
class Column:
    """One list column: its key, header (English source text), value SQL and sort SQL.

    ``sort_sql`` is one or more comma-separated keys that an index on ``(deleted_at, keys…)``
    serves in order (ties then go by id, the index's last column): kind and status sort by
    date within each value, so no page of a long list needs a sort of its own.
    """

    key: str
    header: str
    value_sql: str
    sort_sql: str


MEETING_COLUMNS = (
    Column("starts_on", "Date", "starts_on", "starts_on"),
    Column("title", "Title", "title", "title_key"),
    Column("kind", "Kind", "kind", "kind, starts_on"),
    Column("city", "City", "city", "city_key"),
    Column("status", "Status", "status", "status, starts_on"),
)

DOCUMENT_COLUMNS = (
    Column("dated_on", "Date", "dated_on", "dated_on"),
    Column("title", "Title", "title", "title_key"),
    Column("kind", "Kind", "kind", "kind, dated_on"),
    Column("status", "Status", "status", "status, dated_on"),
    Column("reference", "Reference", "reference", "reference_key"),
)

_SOURCES = {"meeting": ("meetings", MEETING_COLUMNS), "document": ("documents", DOCUMENT_COLUMNS)}


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with LIKE's wildcards escaped (ESCAPE '\\')."""
    folded = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{folded}%"


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: record type, quick filter text, sort column and direction."""

    record_type: str = "meeting"
    filter_text: str = ""
    sort_key: str = "starts_on"
    descending: bool = True

    def words(self) -> list[str]:
        """The filter's words (those that fold to something)."""
        return [w for w in self.filter_text.split() if fold(w)]

    def _where(self) -> tuple[str, list[Any]]:
        # Filtered counts read the covering index (deleted_at, filter_key) of migration 0003.
        clauses = ["deleted_at IS NULL"]
        params: list[Any] = []
        for w in self.words():
            clauses.append("filter_key LIKE ? ESCAPE '\\'")
            params.append(like_pattern(w))
        return " AND ".join(clauses), params

    def _sort_column(self) -> Column:
        _, columns = _SOURCES[self.record_type]
        by_key = {c.key: c for c in columns}
        return by_key.get(self.sort_key, columns[0])

    def _sort_keys(self) -> list[str]:
        return [k.strip() for k in self._sort_column().sort_sql.split(",")]

    def _order(self, reverse: bool = False) -> str:
        direction = "DESC" if self.descending != reverse else "ASC"
        return ", ".join(f"{k} {direction}" for k in [*self._sort_keys(), "id"])


def count(store: Store, query: ListQuery) -> int:
    """How many records the list shows."""
    table, _ = _SOURCES[query.record_type]
    where, params = query._where()
    return int(str(store.scalar(f"SELECT count(*) FROM {table} WHERE {where}", params)))


def page(store: Store, query: ListQuery, offset: int, limit: int) -> list[tuple[Any, ...]]:
    """One page of rows: (uuid, *column values) in the columns' order."""
    return _select(store, query, _values(query), offset, limit)


def _values(query: ListQuery) -> str:
    _, columns = _SOURCES[query.record_type]
    return "uuid, " + ", ".join(c.value_sql for c in columns)


def _select(
    store: Store, query: ListQuery, values: str, offset: int, limit: int, *, reverse: bool = False
) -> list[tuple[Any, ...]]:
    """Rows ``offset``… of the list (of the list read backwards when ``reverse``)."""
    table, _ = _SOURCES[query.record_type]
    where, params = query._where()
    return store.conn.execute(
        f"SELECT {values} FROM {table} WHERE {where} ORDER BY {query._order(reverse)} "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()


def _before(keys: list[str], descending: bool) -> str:
    """SQL true for rows that sort before the target, whose keys are ?1…?n and id ?n+1.

    Lexicographic over the keys then id, in SQL's order: NULL first ascending, last descending.
    """
    terms = []
    for i, key in enumerate([*keys, "id"]):
        same = [f"{k} IS ?{j + 1}" for j, k in enumerate(keys[:i])]
        p = f"?{i + 1}"
        if descending:
            earlier = f"({key} IS NOT NULL AND ({p} IS NULL OR {key} > {p}))"
        else:
            earlier = f"({p} IS NOT NULL AND ({key} IS NULL OR {key} < {p}))"
        terms.append("(" + " AND ".join([*same, earlier]) + ")")
    return " OR ".join(terms)


def row_of(store: Store, query: ListQuery, uuid: str) -> int | None:
    """The row index a record has in the list (to select it after a save), or None.

    Counts the rows that sort before the record, which the sort index answers without
    reading the table (~6 ms at 100,000 meetings; numbering every row with a window function
    took a quarter of a second).
    """
    table, _ = _SOURCES[query.record_type]
    where, params = query._where()
    keys = query._sort_keys()
    target = store.conn.execute(
        f"SELECT {', '.join(keys)}, id FROM {table} WHERE {where} AND uuid = ?", [*params, uuid]
    ).fetchone()
    if target is None:
        return None
    # ``before`` comes first: SQLite numbers the filter's plain "?" after the numbered ones.
    found = store.scalar(
        f"SELECT count(*) FROM {table} WHERE ({_before(keys, query.descending)}) AND {where}",
        [*target, *params],
    )
    return int(str(found))


# A filtered list of at most this many records puts its ids in list order at once (a look-up
# by id per match: ~7 ms for 4,000), so every page and row_of is a look-up by id.
ORDER_NOW_MAX = 10_000
# A longer one is dense: rows this near either end are found fast by walking the sort index
# and skipping rows that do not match; further in, walking would cost up to ~120 ms a page,
# so the first such page orders the ids once from the covering sort index (~30 ms).
NEAR_END = 1_000


class RecordList:
    """One query's rows for a windowed list: ``total``, ``page()`` and ``row_of()``.

    Built in one read: without a filter, a count from the sort index; with one, the matching
    ids from one pass over the covering index (deleted_at, filter_key), which is the count
    too. Pages come by LIMIT/OFFSET on the sort index from the nearer end (the last page
    costs what the first does), or by id once a filtered list's ids are in order.
    """

    def __init__(self, store: Store, query: ListQuery):
        self.store = store
        self.query = query
        self._table, _ = _SOURCES[query.record_type]
        self._ids: list[int] | None = None  # a filtered list's ids in list order, once known
        self._matches: set[int] | None = None  # a long filtered list's ids, in no order
        self._positions: dict[int, int] | None = None
        if not query.words():
            self.total = count(store, query)
            return
        where, params = query._where()
        found = [
            r[0] for r in store.conn.execute(f"SELECT id FROM {self._table} WHERE {where}", params)
        ]
        self.total = len(found)
        if self.total <= ORDER_NOW_MAX:
            self._ids = self._in_order(found)
        else:
            self._matches = set(found)

    @property
    def by_id(self) -> bool:
        """True when pages are read by id (a filtered list in order), not by OFFSET."""
        return self._ids is not None

    def _in_order(self, ids: list[int]) -> list[int]:
        if not ids:
            return []
        return [
            r[0]
            for r in self.store.conn.execute(
                f"SELECT id FROM {self._table} WHERE id IN (SELECT value FROM json_each(?)) "
                f"ORDER BY {self.query._order()}",
                [json.dumps(ids)],
            )
        ]

    def _ordered(self) -> list[int] | None:
        """A filtered list's ids in list order (a long one's read now, from the sort index)."""
        if self._ids is None and self._matches is not None:
            matches = self._matches
            every = self.store.conn.execute(
                f"SELECT id FROM {self._table} WHERE deleted_at IS NULL "
                f"ORDER BY {self.query._order()}"
            )
            self._ids = [i for (i,) in every if i in matches]
            self._matches = None
        return self._ids

    def page(self, offset: int, limit: int) -> list[tuple[Any, ...]]:
        """Rows ``offset`` … ``offset + limit - 1``: (uuid, *column values)."""
        return self._read(_values(self.query), offset, limit)

    def uuids(self, offset: int, limit: int) -> list[str]:
        """The uuids of rows ``offset`` … ``offset + limit - 1`` (a selection of many rows)."""
        return [r[0] for r in self._read("uuid", offset, limit)]

    def _read(self, values: str, offset: int, limit: int) -> list[tuple[Any, ...]]:
        offset, limit = max(offset, 0), max(min(limit, self.total - offset), 0)
        if not limit:
            return []
        from_end = self.total - offset - limit
        if self._matches is not None and min(offset, from_end) > NEAR_END:
            self._ordered()
        if self._ids is not None:
            wanted = self._ids[offset : offset + limit]
            rows = self.store.conn.execute(
                f"SELECT id, {values} FROM {self._table} "
                "WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(wanted)],
            ).fetchall()
            by_id = {r[0]: r[1:] for r in rows}
            return [by_id[i] for i in wanted if i in by_id]
        if from_end < offset:  # nearer the end: read the list backwards
            rows = _select(self.store, self.query, values, from_end, limit, reverse=True)
            return rows[::-1]
        return _select(self.store, self.query, values, offset, limit)

    def row_of(self, uuid: str, *, scan: bool = True) -> int | None:
        """The row of ``uuid``, or None when the list does not show it.

        With ``scan=False`` a long filtered list whose ids are not in order yet answers None
        rather than order them (~30 ms): keeping a selection across a filter is a nicety.
        """
        if not self.query.words():
            return row_of(self.store, self.query, uuid)
        if self._ids is None and not scan:
            return None
        ids = self._ordered() or []
        found = self.store.scalar(f"SELECT id FROM {self._table} WHERE uuid = ?", [uuid])
        if self._positions is None:
            self._positions = {i: n for n, i in enumerate(ids)}
        return None if found is None else self._positions.get(int(str(found)))


def counts(store: Store) -> dict[str, int]:
    """Record counts for the status bar."""
    return {
        "meetings": int(
            str(store.scalar("SELECT count(*) FROM meetings WHERE deleted_at IS NULL"))
        ),
        "documents": int(
            str(store.scalar("SELECT count(*) FROM documents WHERE deleted_at IS NULL"))
        ),
        "trash": int(
            str(
                store.scalar(
                    "SELECT (SELECT count(*) FROM meetings WHERE deleted_at IS NOT NULL) + "
                    "(SELECT count(*) FROM documents WHERE deleted_at IS NOT NULL)"
                )
            )
        ),
    }
