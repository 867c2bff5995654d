"""Follow-up: open actions across meetings, overdue first; one click marks done and saves.

Also the Start page's Upcoming panel. Dates are relative to the real today, as the views use it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from council_desktop.records.model import new_meeting
from council_desktop.store import get_meeting, save_meeting
from council_desktop.ui.context import AppContext
from council_desktop.ui.qt import QStyle, QStyleOptionViewItem, Qt
from council_desktop.ui.views.followup_view import COL_DONE, FollowUpView
from council_desktop.ui.views.upcoming_panel import UpcomingPanel

TODAY = dt.date.today()


def _day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def planning_context(qapp, store):
    m = new_meeting()
    m.update(
        title="Ministers in Astana",
        kind="regular",
        starts_on=_day(10),
        ends_on=_day(11),
        city="Astana",
    )
    m["actions"] = [
        {"title": "Draft the declaration", "owner": "Sekretarya", "due_on": _day(5)},
        {"title": "Book the hall", "owner": "Kazakhstan", "due_on": _day(-3)},
        {"title": "Circulate minutes", "owner": "Sekretarya", "due_on": None},
        {"title": "Old report", "owner": "Sekretarya", "due_on": _day(-40), "status": "done"},
    ]
    save_meeting(store, m)
    later = new_meeting()
    later.update(title="Summit far ahead", kind="summit", starts_on=_day(90), ends_on=_day(90))
    save_meeting(store, later)
    return AppContext(store)


def _view(qtbot, ctx) -> FollowUpView:
    view = FollowUpView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _titles(view: FollowUpView) -> list[str]:
    return [r.title for r in view.model.rows]


def test_open_actions_overdue_first_with_owner_and_meeting(qtbot, planning_context):
    view = _view(qtbot, planning_context)
    assert _titles(view) == ["Book the hall", "Draft the declaration", "Circulate minutes"]
    model = view.model
    assert "overdue" in model.index(0, 1).data()
    assert model.index(0, 3).data() == "Kazakhstan"
    assert model.index(0, 4).data() == "Ministers in Astana"
    assert "1 overdue" in view.count_label.text()


def test_filter_by_owner_and_status(qtbot, planning_context):
    view = _view(qtbot, planning_context)
    view.owner_combo.setCurrentIndex(view.owner_combo.findData("Sekretarya"))
    assert _titles(view) == ["Draft the declaration", "Circulate minutes"]
    view.status_combo.setCurrentIndex(view.status_combo.findData("done"))
    assert _titles(view) == ["Old report"]
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))
    assert len(_titles(view)) == 3


def test_one_click_on_the_box_marks_done_and_saves(qtbot, planning_context):
    view = _view(qtbot, planning_context)
    messages = []
    planning_context.status_message.connect(messages.append)
    index = view.model.index(0, COL_DONE)
    option = QStyleOptionViewItem()
    option.initFrom(view.table.viewport())
    option.rect = view.table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view.table
    )
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert _titles(view) == ["Draft the declaration", "Circulate minutes"]
    assert messages == ["Marked done: Book the hall"]
    meeting = get_meeting(planning_context.store, view.model.rows[0].meeting_uuid)
    assert {a["title"]: a["status"] for a in meeting["actions"]}["Book the hall"] == "done"


def test_double_click_opens_the_meeting(qtbot, planning_context):
    view = _view(qtbot, planning_context)
    opened = []
    planning_context.open_record.connect(lambda kind, uuid: opened.append((kind, uuid)))
    centre = view.table.visualRect(view.model.index(1, 2)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [("meeting", view.model.rows[1].meeting_uuid)]


def test_upcoming_panel_lists_the_next_30_days(qtbot, planning_context):
    panel = UpcomingPanel(planning_context)
    qtbot.addWidget(panel)
    texts = panel.listed_texts()
    assert len(texts) == 2
    assert "Draft the declaration" in texts[0] and texts[0].startswith(_day(5))
    assert "Ministers in Astana" in texts[1]
    assert not any("Summit far ahead" in t for t in texts)
    assert panel.overdue_button.text().startswith("1 open action")
    shown = []
    panel.show_follow_up.connect(lambda: shown.append(True))
    panel.overdue_button.click()
    assert shown == [True]


def test_upcoming_panel_follows_changes(qtbot, planning_context):
    panel = UpcomingPanel(planning_context)
    qtbot.addWidget(panel)
    m = new_meeting()
    m.update(title="Extraordinary call", kind="extraordinary", starts_on=_day(1), ends_on=_day(1))
    planning_context.announce(save_meeting(planning_context.store, m))
    assert "Extraordinary call" in panel.listed_texts()[0]
