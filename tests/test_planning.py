"""The date queries behind the calendar, timeline, follow-up and upcoming views."""

from __future__ import annotations

import datetime as dt

from council_desktop.records.model import new_meeting
from council_desktop.store import move_to_trash, save_meeting, set_action_status
from council_desktop.store.planning import (
    TimelineFilter,
    action_owners,
    actions_due_between,
    day_number,
    follow_up_actions,
    from_day_number,
    meeting_countries,
    meeting_tags,
    meetings_between,
    timeline_data,
    timeline_details,
    upcoming,
)

SUMMIT_2019 = "0c0f1d00-2013-4c0d-9a00-000000000001"
MINISTERS_2019 = "0c0f1d00-2013-4c0d-9a00-000000000002"
TODAY = dt.date(2026, 11, 28)


def _meeting(store, title, starts, ends=None, kind="regular", actions=(), **extra):
    m = new_meeting()
    m.update(title=title, kind=kind, starts_on=starts, ends_on=ends or starts, **extra)
    m["actions"] = [dict(a) for a in actions]
    return save_meeting(store, m).uuids[0]


def test_october_2019_holds_the_bakü_ministers_meeting_and_the_summit(sample_store):
    found = meetings_between(sample_store, "2019-10-01", "2019-10-31")
    assert [(m.uuid, m.starts_on, m.kind) for m in found] == [
        (MINISTERS_2019, "2019-10-14", "regular"),
        (SUMMIT_2019, "2019-10-15", "summit"),
    ]
    assert all(m.framework == "Türk Konseyi Yedinci Zirvesi" for m in found)


def test_a_multi_day_meeting_overlaps_ranges_it_started_before(store):
    uuid = _meeting(store, "Long", "2024-03-30", "2024-04-02")
    assert [m.uuid for m in meetings_between(store, "2024-04-01", "2024-04-30")] == [uuid]
    assert [m.uuid for m in meetings_between(store, "2024-03-01", "2024-03-29")] == []
    span = meetings_between(store, "2024-04-02", "2024-04-02")[0]
    assert span.covers("2024-04-01") and not span.covers("2024-04-03")


def test_trashed_meetings_leave_the_calendar(sample_store):
    move_to_trash(sample_store, "meeting", SUMMIT_2019)
    assert [m.uuid for m in meetings_between(sample_store, "2019-10-01", "2019-10-31")] == [
        MINISTERS_2019
    ]


def test_actions_due_in_a_range_and_follow_up_order(store):
    _meeting(
        store,
        "Planning",
        "2026-10-01",
        actions=[
            {"title": "Later", "owner": "Sekretarya", "due_on": "2026-12-20", "status": "open"},
            {"title": "Late", "owner": "Azerbaijan", "due_on": "2026-11-01", "status": "open"},
            {"title": "Undated", "owner": "Sekretarya", "due_on": None, "status": "open"},
            {"title": "Finished", "owner": "Sekretarya", "due_on": "2026-10-15", "status": "done"},
        ],
    )
    due = actions_due_between(store, "2026-10-01", "2026-11-30")
    assert [a.title for a in due] == ["Finished", "Late"]
    open_items = follow_up_actions(store, today=TODAY)
    assert [a.title for a in open_items] == ["Late", "Later", "Undated"]
    assert open_items[0].overdue(TODAY) and not open_items[1].overdue(TODAY)
    assert [a.title for a in follow_up_actions(store, owner="Sekretarya", today=TODAY)] == [
        "Later",
        "Undated",
    ]
    assert [a.title for a in follow_up_actions(store, status="done", today=TODAY)] == ["Finished"]
    assert len(follow_up_actions(store, status=None, today=TODAY)) == 4
    assert action_owners(store) == ["Azerbaijan", "Sekretarya"]


def test_marking_done_takes_an_action_out_of_follow_up(store):
    _meeting(store, "M", "2026-10-01", actions=[{"title": "A", "due_on": "2026-11-01"}])
    (item,) = follow_up_actions(store, today=TODAY)
    set_action_status(store, item.uuid, "done")
    assert follow_up_actions(store, today=TODAY) == []


def test_upcoming_looks_thirty_days_ahead(store):
    soon = _meeting(
        store,
        "Soon",
        "2026-12-10",
        actions=[
            {"title": "Prepare", "due_on": "2026-12-05"},
            {"title": "Much later", "due_on": "2027-03-01"},
            {"title": "Overdue", "due_on": "2026-11-01"},
        ],
    )
    _meeting(store, "Far", "2027-02-01")
    _meeting(store, "Called off", "2026-12-12", status="cancelled")
    _meeting(store, "Past", "2026-10-01")
    ahead = upcoming(store, days=30, today=TODAY)
    assert [m.uuid for m in ahead.meetings] == [soon]
    assert [a.title for a in ahead.actions] == ["Prepare"]
    assert ahead.overdue == 1


def test_timeline_arrays_per_kind_and_filters(sample_store):
    data = timeline_data(sample_store)
    assert data.total == 7
    assert len(data.lanes["summit"]) == 2 and len(data.lanes["informal"]) == 2
    summit = data.lanes["summit"]
    assert from_day_number(summit.starts[0]) == dt.date(2019, 10, 15)
    # Summit and ministers' meeting of the 7th Summit share one framework code.
    regular = data.lanes["regular"]
    assert summit.frameworks[0] == regular.frameworks[0] != 0
    assert data.frameworks[summit.frameworks[0]] == "Türk Konseyi Yedinci Zirvesi"
    assert data.extent() == (day_number(dt.date(2011, 9, 23)), day_number(dt.date(2021, 11, 12)))

    assert timeline_data(sample_store, TimelineFilter(kinds=("summit",))).total == 2
    assert timeline_data(sample_store, TimelineFilter(tag="Bakü")).total == 3
    assert timeline_data(sample_store, TimelineFilter(country="TR")).total == 2
    assert timeline_data(sample_store, TimelineFilter(date_from="2020-01-01")).total == 3
    assert timeline_data(sample_store, TimelineFilter(date_to="2019-10-14")).total == 3
    assert timeline_data(sample_store, TimelineFilter(kinds=())).total == 0

    details = timeline_details(sample_store, summit.ids)
    assert {d["uuid"] for d in details.values()} == {
        SUMMIT_2019,
        "0c0f1d00-2013-4c0d-9a00-000000000007",
    }
    assert "Bakü" in meeting_tags(sample_store)
    assert meeting_countries(sample_store) == ["AZ", "TR", "US"]
