"""Date-driven reads for the calendar, timeline, follow-up and upcoming views.

The views ask narrow questions ("what happens in October 2019?", "which actions are still
open?") and get back only the columns they draw, through queries that use the date indexes, so
a month, a year or the whole history of 100,000 meetings costs one indexed query, not a scan of
full records. The timeline gets compact arrays (day numbers, row ids) and aggregates them per
pixel itself; titles are fetched only for the few markers it actually labels.
"""

from __future__ import annotations

import datetime as dt
import json
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from council_desktop.records.enums import ACTION_STATUSES, MEETING_KINDS
from council_desktop.store.connection import Store

# A meeting that started up to this many days before a range can still overlap it. Bounding the
# look-back keeps the range query on the (deleted_at, starts_on) index; no Council meeting lasts
# a year.
LONGEST_MEETING_DAYS = 366

# Day numbers are days since 1970-01-01 (SQLite: julianday - 2440587.5), so they fit array('l').
_EPOCH = dt.date(1970, 1, 1)
_DAY_SQL = "CAST(julianday({col}) - 2440587.5 AS INTEGER)"


def day_number(day: dt.date) -> int:
    """Days since 1970-01-01: the timeline's coordinate."""
    return (day - _EPOCH).days


def from_day_number(number: int) -> dt.date:
    """The date of a day number (inverse of :func:`day_number`)."""
    return _EPOCH + dt.timedelta(days=int(number))


def _iso(value: dt.date | str) -> str:
    return value.isoformat() if isinstance(value, dt.date) else value


@dataclass(frozen=True)
class MeetingSpan:
    """What a calendar or list draws for one meeting."""

    uuid: str
    title: str
    kind: str
    starts_on: str
    ends_on: str
    status: str
    framework: str
    city: str = ""

    def covers(self, day: dt.date | str) -> bool:
        """True when the meeting is held on ``day`` (ISO dates compare as text)."""
        return self.starts_on <= _iso(day) <= self.ends_on


@dataclass(frozen=True)
class ActionDue:
    """An action item as the follow-up, calendar and upcoming views show it."""

    uuid: str
    title: str
    owner: str
    due_on: str | None
    status: str
    meeting_uuid: str
    meeting_title: str

    def overdue(self, today: dt.date) -> bool:
        """Open and due before ``today``."""
        return self.status == "open" and bool(self.due_on) and str(self.due_on) < today.isoformat()


_SPAN_COLUMNS = (
    "uuid, title, kind, starts_on, coalesce(ends_on, starts_on), status, framework, city"
)


def meetings_between(
    store: Store, date_from: dt.date | str, date_to: dt.date | str
) -> list[MeetingSpan]:
    """Live meetings held on at least one day of [date_from, date_to], by start date."""
    start, end = _iso(date_from), _iso(date_to)
    look_back = (dt.date.fromisoformat(start) - dt.timedelta(days=LONGEST_MEETING_DAYS)).isoformat()
    rows = store.conn.execute(
        f"SELECT {_SPAN_COLUMNS} FROM meetings "
        "WHERE deleted_at IS NULL AND starts_on BETWEEN ? AND ? "
        "AND coalesce(ends_on, starts_on) >= ? ORDER BY starts_on, kind, id",
        [look_back, end, start],
    ).fetchall()
    return [MeetingSpan(*r) for r in rows]


_ACTION_SELECT = (
    "SELECT a.uuid, a.title, a.owner, a.due_on, a.status, m.uuid, m.title "
    "FROM action_items a JOIN meetings m ON m.id = a.meeting_id "
)
_ALL_STATUSES = ", ".join(f"'{s}'" for s in ACTION_STATUSES)


def actions_due_between(
    store: Store, date_from: dt.date | str, date_to: dt.date | str
) -> list[ActionDue]:
    """Action items (any status) of live meetings due in [date_from, date_to], by due date."""
    # "status IN (all)" lets SQLite use the (status, due_on) index for the date range.
    rows = store.conn.execute(
        _ACTION_SELECT + f"WHERE a.status IN ({_ALL_STATUSES}) AND a.due_on BETWEEN ? AND ? "
        "AND m.deleted_at IS NULL ORDER BY a.due_on, m.starts_on, a.position_no",
        [_iso(date_from), _iso(date_to)],
    ).fetchall()
    return [ActionDue(*r) for r in rows]


def _follow_up_query(
    select: str, owner: str | None, status: str | None, today: dt.date
) -> tuple[str, list[Any]]:
    """The follow-up list's SQL (its WHERE and ORDER BY) behind ``select``, and its parameters."""
    clauses = ["m.deleted_at IS NULL"]
    params: list[Any] = []
    if status:
        clauses.append("a.status = ?")
        params.append(status)
    if owner:
        clauses.append("a.owner = ?")
        params.append(owner)
    sql = (
        select + "FROM action_items a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE " + " AND ".join(clauses) + " ORDER BY "
        "CASE WHEN a.status = 'open' AND a.due_on < ? THEN 0 ELSE 1 END, "
        "a.due_on IS NULL, a.due_on, m.starts_on, a.position_no"
    )
    return sql, [*params, today.isoformat()]


def follow_up_actions(
    store: Store,
    *,
    owner: str | None = None,
    status: str | None = "open",
    today: dt.date | None = None,
) -> list[ActionDue]:
    """Action items across all live meetings: overdue first, then by due date, undated last.

    ``status`` None means every status; ``owner`` None or "" means every owner (exact match,
    the view offers the owners from :func:`action_owners`).
    """
    sql, params = _follow_up_query(
        "SELECT a.uuid, a.title, a.owner, a.due_on, a.status, m.uuid, m.title ",
        owner, status, today or dt.date.today(),
    )  # fmt: skip
    return [ActionDue(*r) for r in store.conn.execute(sql, params)]


@dataclass
class FollowUpList:
    """The follow-up list as row ids in its order, and how many of the first are overdue.

    100,000 open actions are 0.8 MB here; their rows are read a page at a time
    (:func:`actions_by_id`) when the table shows them.
    """

    ids: array
    overdue: int

    def __len__(self) -> int:
        return len(self.ids)


def follow_up_list(
    store: Store,
    *,
    owner: str | None = None,
    status: str | None = "open",
    today: dt.date | None = None,
) -> FollowUpList:
    """:func:`follow_up_actions` as ordered row ids (the same filter and order)."""
    today = today or dt.date.today()
    sql, params = _follow_up_query(
        "SELECT a.id, CASE WHEN a.status = 'open' AND a.due_on < ? THEN 1 ELSE 0 END ",
        owner,
        status,
        today,
    )
    ids = array("q")
    overdue = 0
    for row_id, late in store.conn.execute(sql, [today.isoformat(), *params]):
        ids.append(row_id)
        overdue += late
    return FollowUpList(ids, overdue)


def actions_by_id(store: Store, ids: Iterable[int]) -> dict[int, ActionDue]:
    """The action items with these row ids (a page of the follow-up list)."""
    rows = store.rows_in(
        "SELECT a.id, a.uuid, a.title, a.owner, a.due_on, a.status, m.uuid, m.title "
        "FROM action_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id IN ({marks})",
        ids,
    )
    return {row_id: ActionDue(*rest) for row_id, *rest in rows}


def action_owners(store: Store) -> list[str]:
    """Every owner named on an action item of a live meeting (the follow-up filter)."""
    # One pass over the actions, leaving out those of trashed meetings (few, found through
    # the deleted_at index). Joining each action to its meeting cost 0.27 s on 200,000.
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT owner FROM action_items WHERE owner != '' AND meeting_id NOT IN "
            "(SELECT id FROM meetings WHERE deleted_at IS NOT NULL) ORDER BY owner"
        )
    ]


@dataclass(frozen=True)
class Upcoming:
    """The Start page's look ahead: meetings and open actions due in the next days."""

    meetings: list[MeetingSpan]
    actions: list[ActionDue]
    overdue: int  # open actions already past their due date


def upcoming(store: Store, *, days: int = 30, today: dt.date | None = None) -> Upcoming:
    """Meetings held and open actions due from ``today`` to ``today + days``."""
    today = today or dt.date.today()
    end = today + dt.timedelta(days=days)
    meetings = [m for m in meetings_between(store, today, end) if m.status != "cancelled"]
    actions = [a for a in actions_due_between(store, today, end) if a.status == "open"]
    # Overdue actions of live meetings = all overdue actions (counted in the (status, due_on)
    # index alone) minus those of meetings in the trash (few: found through a deleted_at index,
    # CROSS JOIN and the unary + keep SQLite from starting at the actions). Joining every
    # overdue action to its meeting cost one row look-up per action instead: 56 ms for 26,000
    # overdue actions on 100,000 meetings, now ~1 ms. Exact: action_items.meeting_id is NOT
    # NULL with a cascading foreign key.
    overdue = store.scalar(
        "SELECT (SELECT count(*) FROM action_items WHERE status = 'open' AND due_on < ?)"
        " - (SELECT count(*) FROM meetings m CROSS JOIN action_items a ON a.meeting_id = m.id"
        " WHERE m.deleted_at IS NOT NULL AND +a.status = 'open' AND +a.due_on < ?)",
        [today.isoformat()] * 2,
    )
    return Upcoming(meetings, actions, int(overdue or 0))


# -- the timeline ------------------------------------------------------------------------------


@dataclass
class KindLane:
    """One timeline lane as parallel compact arrays, sorted by start day.

    ``ids`` are meeting row ids (for :func:`timeline_details`), ``starts``/``ends`` day numbers
    (inclusive), ``frameworks`` small integer codes into :attr:`TimelineData.frameworks`
    (0 = none), so Summit and ministers' meeting of one framework can be related cheaply.
    """

    ids: array = field(default_factory=lambda: array("q"))
    starts: array = field(default_factory=lambda: array("l"))
    ends: array = field(default_factory=lambda: array("l"))
    frameworks: array = field(default_factory=lambda: array("l"))

    def __len__(self) -> int:
        return len(self.ids)


@dataclass
class TimelineData:
    """Every matching meeting, per kind, plus the framework names behind the codes."""

    lanes: dict[str, KindLane]
    frameworks: list[str]  # index = code; frameworks[0] == ""

    @property
    def total(self) -> int:
        return sum(len(lane) for lane in self.lanes.values())

    def extent(self) -> tuple[int, int] | None:
        """(first start, last end) day numbers over all lanes, None when empty."""
        starts = [lane.starts[0] for lane in self.lanes.values() if len(lane)]
        if not starts:
            return None
        ends = [max(lane.ends) for lane in self.lanes.values() if len(lane)]
        return min(starts), max(ends)


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows: kinds, one tag, one country, a date range (all optional)."""

    kinds: tuple[str, ...] = MEETING_KINDS
    tag: str = ""
    country: str = ""
    date_from: str | None = None
    date_to: str | None = None


def timeline_data(store: Store, flt: TimelineFilter | None = None) -> TimelineData:
    """The compact per-kind arrays for the timeline (one query; four columns per kind)."""
    flt = flt or TimelineFilter()
    clauses = ["deleted_at IS NULL", "starts_on IS NOT NULL"]
    params: list[Any] = []
    kinds = [k for k in flt.kinds if k in MEETING_KINDS]
    if not kinds:
        return TimelineData({}, [""])
    if len(kinds) < len(MEETING_KINDS):
        clauses.append(f"kind IN ({', '.join('?' * len(kinds))})")
        params += kinds
    if flt.date_from:
        look_back = dt.date.fromisoformat(flt.date_from) - dt.timedelta(days=LONGEST_MEETING_DAYS)
        clauses.append("starts_on >= ? AND coalesce(ends_on, starts_on) >= ?")
        params += [look_back.isoformat(), flt.date_from]
    if flt.date_to:
        clauses.append("starts_on <= ?")
        params.append(flt.date_to)
    if flt.country:
        clauses.append("country = ?")
        params.append(flt.country)
    if flt.tag:
        clauses.append("EXISTS (SELECT 1 FROM json_each(meetings.tags) WHERE value = ?)")
        params.append(flt.tag)
    if not (flt.date_from or flt.date_to):
        # Most meetings match: one pass over the table beats walking the date index and
        # fetching each row by id.
        clauses[0] = "+deleted_at IS NULL"
    # One row per kind, its columns as JSON arrays, sorted here: parsing four arrays and one
    # sort in Python cost a fraction of SQLite's sort of 100,000 rows and of building their
    # tuples (0.27 s -> 0.1 s).
    sql = (
        "SELECT kind, json_group_array(id), json_group_array(s), json_group_array(e), "
        "json_group_array(framework) FROM ("
        f"SELECT id, kind, {_DAY_SQL.format(col='starts_on')} AS s, "
        f"{_DAY_SQL.format(col='coalesce(ends_on, starts_on)')} AS e, framework "
        f"FROM meetings WHERE {' AND '.join(clauses)}) GROUP BY kind"
    )
    lanes = {k: KindLane() for k in kinds}
    codes: dict[str, int] = {"": 0}
    for kind, *arrays in store.conn.execute(sql, params):
        if kind not in lanes:
            continue
        row_ids, starts, ends, names = (json.loads(a) for a in arrays)
        keys = [(start << 32) | row_id for start, row_id in zip(starts, row_ids, strict=True)]
        order = sorted(range(len(keys)), key=keys.__getitem__)  # by start day, then id
        lanes[kind] = KindLane(
            array("q", [row_ids[i] for i in order]),
            array("l", [starts[i] for i in order]),
            array("l", [max(starts[i], ends[i]) for i in order]),
            array("l", [codes.setdefault(names[i], len(codes)) for i in order]),
        )
    names = [""] * len(codes)
    for name, code in codes.items():
        names[code] = name
    return TimelineData(lanes, names)


def timeline_details(store: Store, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """uuid, title, kind, dates, city, status and summary of the meetings with these row ids.

    Called for the handful of markers the timeline labels or the one it selects.
    """
    keys = ("id", "uuid", "title", "kind", "starts_on", "ends_on", "city", "country", "status",
            "framework", "summary")  # fmt: skip
    rows = store.rows_in(
        "SELECT id, uuid, title, kind, starts_on, coalesce(ends_on, starts_on), city, "
        "country, status, framework, summary FROM meetings WHERE id IN ({marks})",
        dict.fromkeys(ids),
    )
    return {r[0]: dict(zip(keys, r, strict=True)) for r in rows}


# The filter choices read every live meeting: "+deleted_at" makes that one pass over the table
# instead of walking the deleted_at index and looking each row up (tags 0.33 s -> 0.08 s,
# countries 0.26 s -> 0.04 s on 100,000 meetings).


def meeting_tags(store: Store) -> list[str]:
    """Every tag used by a live meeting, sorted (the timeline's tag filter)."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT j.value FROM meetings m, json_each(m.tags) j "
            "WHERE +m.deleted_at IS NULL AND m.tags != '[]' ORDER BY j.value"
        )
    ]


def meeting_countries(store: Store) -> list[str]:
    """Country codes of live meetings, sorted (the timeline's country filter)."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT country FROM meetings WHERE +deleted_at IS NULL "
            "AND country IS NOT NULL AND country != '' ORDER BY country"
        )
    ]


def meeting_date_extent(store: Store) -> tuple[str, str] | None:
    """(first start, last end) of live meetings, for "fit all" and the date-range defaults."""
    row = store.conn.execute(
        "SELECT min(starts_on), max(coalesce(ends_on, starts_on)) FROM meetings "
        "WHERE deleted_at IS NULL AND starts_on IS NOT NULL"
    ).fetchone()
    return (row[0], row[1]) if row and row[0] else None
