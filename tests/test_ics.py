"""iCalendar export: parses back with the icalendar library, right dates, stable UIDs."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner
from icalendar import Calendar

from council_desktop.cli import cli
from council_desktop.exchange.ics import export_ics
from council_desktop.records.model import new_meeting
from council_desktop.store import get_meeting, save_meeting

SUMMIT_2019 = "0c0f1d00-2013-4c0d-9a00-000000000001"
EXTRAORDINARY_2020 = "0c0f1d00-2013-4c0d-9a00-000000000003"


def _read(path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def _events(cal: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_every_meeting_is_an_all_day_event_with_exclusive_end(sample_store, tmp_path):
    target = tmp_path / "council.ics"
    assert export_ics(sample_store, target) == 7
    cal = _read(target)
    events = _events(cal)
    assert len(events) == 7
    summit = events[f"{SUMMIT_2019}@council-desktop"]
    assert summit.decoded("DTSTART") == dt.date(2019, 10, 15)
    assert summit.decoded("DTEND") == dt.date(2019, 10, 16)  # exclusive: the day after
    assert type(summit.decoded("DTSTART")) is dt.date  # all day, no time
    assert str(summit["SUMMARY"]) == "Türk Konseyi Yedinci Zirvesi"
    assert "Bakü" in str(summit["LOCATION"]) and "Azerbaijan" in str(summit["LOCATION"])
    assert str(cal["VERSION"]) == "2.0" and "Council Desktop" in str(cal["PRODID"])


def test_description_has_summary_and_agenda_and_multi_day_span(store, tmp_path):
    m = new_meeting()
    m.update(
        title="Three days in Astana",
        kind="regular",
        starts_on="2027-05-30",
        ends_on="2027-06-01",
        city="Astana",
        venue="Palace of Peace",
        country="KZ",
        summary="Annual meeting.",
    )
    m["agenda"] = [{"title": "Opening"}, {"title": "Budget; 2028"}]
    save_meeting(store, m)
    export_ics(store, tmp_path / "a.ics")
    (event,) = _read(tmp_path / "a.ics").walk("VEVENT")
    assert event.decoded("DTSTART") == dt.date(2027, 5, 30)
    assert event.decoded("DTEND") == dt.date(2027, 6, 2)
    assert str(event["LOCATION"]) == "Palace of Peace, Astana, Kazakhstan"
    description = str(event["DESCRIPTION"])
    assert description.startswith("Annual meeting.")
    assert "1. Opening" in description and "2. Budget; 2028" in description


def test_actions_with_due_dates_become_todos_related_to_their_meeting(sample_store, tmp_path):
    export_ics(sample_store, tmp_path / "a.ics")
    todos = _read(tmp_path / "a.ics").walk("VTODO")
    meeting = get_meeting(sample_store, EXTRAORDINARY_2020)
    dated = [a for a in meeting["actions"] if a["due_on"]]
    assert len(todos) == len(dated) == 1
    (todo,) = todos
    assert str(todo["UID"]) == f"{dated[0]['uuid']}@council-desktop"
    assert todo.decoded("DUE") == dt.date(2021, 11, 12)
    assert str(todo["STATUS"]) == "COMPLETED"
    assert str(todo["RELATED-TO"]) == f"{EXTRAORDINARY_2020}@council-desktop"


def test_exporting_twice_keeps_uids_and_an_edit_raises_the_sequence(sample_store, tmp_path):
    export_ics(sample_store, tmp_path / "one.ics")
    export_ics(sample_store, tmp_path / "two.ics")
    assert (tmp_path / "one.ics").read_bytes() == (tmp_path / "two.ics").read_bytes()
    before = _events(_read(tmp_path / "one.ics"))[f"{SUMMIT_2019}@council-desktop"]

    summit = get_meeting(sample_store, SUMMIT_2019)
    summit["starts_on"] = summit["ends_on"] = "2019-10-16"
    save_meeting(sample_store, summit)
    export_ics(sample_store, tmp_path / "three.ics")
    after_events = _events(_read(tmp_path / "three.ics"))
    assert set(after_events) == set(_events(_read(tmp_path / "one.ics")))
    after = after_events[f"{SUMMIT_2019}@council-desktop"]
    assert after.decoded("DTSTART") == dt.date(2019, 10, 16)
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])


def test_range_and_uuid_selection(sample_store, tmp_path):
    n = export_ics(sample_store, tmp_path / "a.ics", date_from="2019-10-01", date_to="2019-10-31")
    assert n == 2
    n = export_ics(sample_store, tmp_path / "b.ics", uuids=[SUMMIT_2019])
    assert n == 1
    assert list(_events(_read(tmp_path / "b.ics"))) == [f"{SUMMIT_2019}@council-desktop"]


def test_cli_ics_command(sample_store, db_path, tmp_path):
    sample_store.close()
    out = tmp_path / "out" / "october.ics"
    out.parent.mkdir()  # the command creates no folder for a path the user typed
    result = CliRunner().invoke(
        cli,
        ["--db", str(db_path), "ics", "--from", "2019-10-01", "--to", "2019-10-31", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert "Exported 2 meetings" in result.output
    assert len(_read(out).walk("VEVENT")) == 2


def test_cli_ics_rejects_a_bad_date_in_one_line(sample_store, db_path, tmp_path):
    sample_store.close()
    result = CliRunner().invoke(
        cli, ["--db", str(db_path), "ics", "--from", "2019-13-01", "-o", str(tmp_path / "x.ics")]
    )
    assert result.exit_code == 2
    assert "--from" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.ics").exists()
