"""Start-up builds only the page the window opens on; every other page is built when first shown.

On 100,000 meetings the calendar, timeline and follow-up pages took ~2.5 s to build at start
(docs/performance.md). These tests pin down that they are not built until shown, that showing
them (or reading ``window.calendar_view`` …) builds them and they work, and that the Start
page's panels read the database only when they can be seen. The daily backup at open runs in
a worker thread with its own connection, once a day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from council_desktop.records.model import new_meeting
from council_desktop.settings import Settings
from council_desktop.store import save_meeting
from council_desktop.store.backup import list_backups
from council_desktop.ui.app import create_main_window
from council_desktop.ui.durability import start_daily_backup
from council_desktop.ui.qt import QLabel
from council_desktop.ui.views.calendar_view import CalendarView
from council_desktop.ui.views.followup_view import FollowUpView
from council_desktop.ui.views.record_list import RecordListView
from council_desktop.ui.views.timeline_view import TimelineView
from council_desktop.ui.views.trash_view import TrashView

pytestmark = pytest.mark.gui

TODAY = dt.date.today()
LAZY_PAGES = {
    "calendar": CalendarView,
    "timeline": TimelineView,
    "followup": FollowUpView,
    "trash": TrashView,
    "documents": RecordListView,
}


def _day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def window(qtbot, sample_store):
    m = new_meeting()
    m.update(title="Ministers in Astana", kind="regular", starts_on=_day(10), city="Astana")
    m["actions"] = [{"title": "Book the hall", "owner": "Sekretarya", "due_on": _day(-3)}]
    save_meeting(sample_store, m)
    w = create_main_window(sample_store)
    qtbot.addWidget(w)
    w.show_page("meetings")
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_start_up_builds_neither_the_planning_pages_nor_the_trash(window):
    for key, view_class in LAZY_PAGES.items():
        assert not window.page_built(key), key
        assert window.findChildren(view_class) == [] or view_class is RecordListView
    assert [type(v) for v in window.list_views()] == [RecordListView]  # meetings only
    assert window.page_keys()[:8] == [
        "start", "meetings", "documents", "calendar", "timeline", "followup", "trash", "search",
    ]  # fmt: skip


def test_showing_a_page_builds_it_once_and_it_works(qtbot, window, tmp_path):
    window.show_page("timeline")
    timeline = window.page("timeline")
    assert isinstance(timeline, TimelineView) and window.stack.currentWidget() is timeline
    assert window.current_page_key() == "timeline"
    assert timeline.data.total == 8  # the seven sample meetings and the one saved above
    window.show_page("meetings")
    window.show_page("timeline")
    assert window.page("timeline") is timeline  # built once, kept

    window.show_page("calendar")
    calendar = window.calendar_view
    assert isinstance(calendar, CalendarView)
    calendar.show_month(2019, 10)
    assert [i.title for i in calendar.items_for("2019-10-15")][0].startswith("Türk Konseyi")
    window.grab().save(str(tmp_path / "calendar.png"))

    window.show_page("followup")
    followup = window.followup_view
    titles = [r.title for r in followup.model.rows]
    assert titles[0] == "Book the hall" and len(titles) == 2  # overdue first, then the sample's

    window.show_page("trash")
    assert isinstance(window.trash_view, TrashView)
    assert window.current_page_key() == "trash"


def test_reading_a_view_attribute_builds_its_page_without_showing_it(window):
    assert isinstance(window.timeline_view, TimelineView)
    assert window.page_built("timeline") and window.current_page_key() == "meetings"
    assert isinstance(window.documents_view, RecordListView)
    assert len(window.list_views()) == 2


def test_a_page_opened_from_elsewhere_is_built_on_the_way(qtbot, window):
    window.ctx.open_record.emit("document", "0c0f1d00-2013-4c0d-9a00-000000000103")
    assert window.current_page_key() == "documents"
    assert window.documents_view.form.current_uuid() == "0c0f1d00-2013-4c0d-9a00-000000000103"
    window.start_page.findChild(QLabel)  # the Start page exists from the beginning
    window.upcoming_panel.overdue_button.click()  # "show Follow-up"
    assert window.current_page_key() == "followup"
    assert isinstance(window.page("followup"), FollowUpView)


def test_replace_page_with_a_factory_builds_at_once_only_when_showing(qtbot, window):
    made = []

    def factory():
        made.append(QLabel("built"))
        return made[-1]

    window.replace_page("calendar", factory)
    assert made == [] and not window.page_built("calendar")
    window.show_page("calendar")
    assert window.stack.currentWidget() is made[0]
    window.replace_page("calendar", factory)  # showing: built now
    assert len(made) == 2 and window.stack.currentWidget() is made[1]


def test_the_start_page_reads_its_panels_when_shown(qtbot, window):
    panel = window.upcoming_panel
    assert panel.refresher.due and panel.list.count() == 0  # not read at start-up
    m = new_meeting()
    m.update(title="Extraordinary call", kind="extraordinary", starts_on=_day(1))
    window.ctx.announce(save_meeting(window.ctx.store, m))  # saved while on Meetings
    assert panel.list.count() == 0
    window.show_page("start")
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "Extraordinary call" in texts[0] and "Ministers in Astana" in texts[1]
    assert panel.overdue_button.isVisible()
    assert "9 meetings" in window.start_page.counts_label.text()
    later = new_meeting()
    later.update(title="Seen at once", kind="informal", starts_on=_day(2))
    window.ctx.announce(save_meeting(window.ctx.store, later))  # the panel is on screen
    assert any("Seen at once" in panel.list.item(i).text() for i in range(panel.list.count()))
    assert "10 meetings" in window.start_page.counts_label.text()


def test_the_daily_backup_runs_in_a_thread_once_a_day(qtbot, sample_store):
    assert sample_store.path is not None
    for _ in range(2):
        start_daily_backup(sample_store.path, Settings()).join(timeout=60)
    found = list_backups(sample_store.path.parent / "backups")
    assert len(found) == 1 and found[0].kind == "auto"
    assert found[0].meetings == 7
