"""iCalendar (RFC 5545) export of meetings and their dated action items, for Outlook/Thunderbird.

Each meeting becomes an all-day VEVENT (DTEND is exclusive: the day after ``ends_on``) whose UID
is derived from the record's uuid, so importing a newer export updates the same events instead
of duplicating them; SEQUENCE and LAST-MODIFIED grow with each saved change so calendar programs
accept the update. Action items with a due date become VTODOs related to their meeting. The
text is built by the maintained ``icalendar`` library (escaping, folding, CRLF), never by hand.
Output is deterministic: exporting the same records twice gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from icalendar import Calendar, Event, Todo

from council_desktop import __version__
from council_desktop.files import write_bytes_atomically
from council_desktop.records.countries import country_name
from council_desktop.records.enums import LABELS_EN
from council_desktop.records.model import Record
from council_desktop.store import get_meeting, history, meeting_uuids
from council_desktop.store.connection import Store
from council_desktop.store.planning import meetings_between

UID_DOMAIN = "council-desktop"
PRODID = f"-//Organization of Turkic States//Council Desktop {__version__}//EN"
_EVENT_STATUS = {"planned": "CONFIRMED", "held": "CONFIRMED", "cancelled": "CANCELLED"}
_TODO_STATUS = {"open": "NEEDS-ACTION", "done": "COMPLETED", "dropped": "CANCELLED"}


def uid_for(record_uuid: str) -> str:
    """The stable iCalendar UID of a meeting or action item."""
    return f"{record_uuid}@{UID_DOMAIN}"


def _stamp(value: str | None) -> dt.datetime:
    """A stored UTC timestamp (``...Z``) as an aware datetime, to the second."""
    if not value:
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed.astimezone(dt.UTC).replace(microsecond=0)


def _location(m: Record) -> str:
    parts = [m.get("venue") or "", m.get("city") or "", country_name(m.get("country"))]
    return ", ".join(p for p in parts if p)


def _description(m: Record) -> str:
    lines = []
    if m.get("summary"):
        lines.append(m["summary"].strip())
    agenda = [a for a in m.get("agenda") or [] if a.get("title")]
    if agenda:
        if lines:
            lines.append("")
        lines.append("Agenda:")
        lines += [f"{i}. {a['title']}" for i, a in enumerate(agenda, 1)]
    return "\n".join(lines)


def meeting_event(m: Record, sequence: int = 0) -> Event:
    """The VEVENT for one meeting (which must have a start date)."""
    starts = dt.date.fromisoformat(m["starts_on"])
    ends = dt.date.fromisoformat(m.get("ends_on") or m["starts_on"])
    event = Event()
    event.add("uid", uid_for(m["uuid"]))
    event.add("dtstamp", _stamp(m.get("updated_at")))
    event.add("last-modified", _stamp(m.get("updated_at")))
    event.add("created", _stamp(m.get("created_at")))
    event.add("sequence", sequence)
    event.add("summary", m["title"])
    event.add("dtstart", starts)
    event.add("dtend", max(ends, starts) + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("status", _EVENT_STATUS.get(m.get("status") or "", "CONFIRMED"))
    location = _location(m)
    if location:
        event.add("location", location)
    description = _description(m)
    if description:
        event.add("description", description)
    categories = [LABELS_EN.get(m.get("kind") or "", m.get("kind") or "")]
    categories += [t for t in m.get("tags") or [] if t]
    event.add("categories", categories)
    if m.get("classification") and m["classification"] != "unclassified":
        event.add("class", "CONFIDENTIAL")
    return event


def action_todo(action: Record, m: Record, sequence: int = 0) -> Todo:
    """The VTODO for one dated action item of meeting ``m``."""
    todo = Todo()
    todo.add("uid", uid_for(action["uuid"]))
    todo.add("dtstamp", _stamp(m.get("updated_at")))
    todo.add("sequence", sequence)
    todo.add("summary", action["title"])
    todo.add("due", dt.date.fromisoformat(action["due_on"]))
    todo.add("status", _TODO_STATUS.get(action.get("status") or "", "NEEDS-ACTION"))
    lines = []
    if action.get("owner"):
        lines.append(f"Owner: {action['owner']}")
    lines.append(f"Meeting: {m['title']}")
    todo.add("description", "\n".join(lines))
    todo.add("related-to", uid_for(m["uuid"]))
    return todo


def selected_meetings(
    store: Store,
    *,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    uuids: Iterable[str] | None = None,
) -> list[str]:
    """Uuids of the dated live meetings to export: all, those overlapping a range, and/or given."""
    if date_from is None and date_to is None:
        chosen = meeting_uuids(store)
    else:
        chosen = [
            s.uuid
            for s in meetings_between(store, date_from or "0001-01-01", date_to or "9999-12-31")
        ]
    if uuids is not None:
        wanted = set(uuids)
        chosen = [u for u in chosen if u in wanted]
    return chosen


def build_calendar(store: Store, meeting_uuid_list: Iterable[str]) -> Calendar:
    """A VCALENDAR with a VEVENT per dated meeting and a VTODO per dated action item."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Council of Foreign Ministers")
    for uuid in meeting_uuid_list:
        m = get_meeting(store, uuid)
        if not m.get("starts_on"):
            continue  # an undated meeting cannot be put in a calendar
        sequence = max(0, len(history(store, uuid)) - 1)
        cal.add_component(meeting_event(m, sequence))
        for action in m.get("actions") or []:
            if action.get("due_on"):
                cal.add_component(action_todo(action, m, sequence))
    return cal


def export_ics(
    store: Store,
    path: str | Path,
    *,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    uuids: Iterable[str] | None = None,
) -> int:
    """Write the chosen meetings to ``path`` as an .ics file; the number of events written."""
    chosen = selected_meetings(store, date_from=date_from, date_to=date_to, uuids=uuids)
    cal = build_calendar(store, chosen)
    write_bytes_atomically(path, cal.to_ical())
    return len(cal.walk("VEVENT"))
