"""The Calendar page as an officer uses it: the month's meetings on their days, the day list."""

from __future__ import annotations

import datetime as dt

from council_desktop.records.model import new_meeting
from council_desktop.store import get_meeting, save_meeting
from council_desktop.ui.qt import QDate, QLocale, QPoint, Qt
from council_desktop.ui.views.calendar_view import CalendarView, grid_start

SUMMIT_2019 = "0c0f1d00-2013-4c0d-9a00-000000000001"
MINISTERS_2019 = "0c0f1d00-2013-4c0d-9a00-000000000002"


def _view(qtbot, ctx) -> CalendarView:
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


def _cell_centre(view: CalendarView, day: dt.date) -> QPoint:
    """Where ``day`` is drawn in the month grid's table (row 0 holds the day names)."""
    from council_desktop.ui.qt import QTableView

    table = view.calendar.findChild(QTableView, "qt_calendar_calendarview")
    start = grid_start(view.calendar.yearShown(), view.calendar.monthShown(), 1)
    offset = (day - start).days
    index = table.model().index(1 + offset // 7, offset % 7)
    return table, table.visualRect(index).center()


def test_october_2019_shows_the_ministers_meeting_and_the_summit(qtbot, app_context, tmp_path):
    view = _view(qtbot, app_context)
    view.show_month(2019, 10)
    assert view.month_label.text().endswith("2019")
    assert [i.uuid for i in view.items_for("2019-10-14")] == [MINISTERS_2019]
    assert [i.uuid for i in view.items_for("2019-10-15")] == [SUMMIT_2019]
    assert view.items_for("2019-10-15")[0].kind == "summit"
    assert view.items_for("2019-10-16") == []
    image = view.grab()
    image.save(str(tmp_path / "october-2019.png"))
    # The painter drew the titles (elided to the cell) on those days, and nothing elsewhere.
    assert view.calendar.painted["2019-10-15"][0].startswith("Türk Konseyi")
    assert view.calendar.painted["2019-10-14"][0].startswith("Dışişleri")
    assert view.calendar.painted.get("2019-10-16", []) == []
    assert image.width() == 1100


def test_clicking_a_day_lists_its_records_and_double_click_opens(qtbot, app_context):
    view = _view(qtbot, app_context)
    view.show_month(2019, 10)
    table, centre = _cell_centre(view, dt.date(2019, 10, 14))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert view.calendar.selectedDate() == QDate(2019, 10, 14)
    assert view.listed_uuids() == [MINISTERS_2019]
    assert "Dışişleri Bakanları Konseyi" in view.day_list.item(0).text()
    opened = []
    app_context.open_record.connect(lambda kind, uuid: opened.append((kind, uuid)))
    item = view.day_list.item(0)
    rect = view.day_list.visualItemRect(item)
    # A real double-click is a click followed by a double-click event.
    qtbot.mouseClick(view.day_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.day_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [("meeting", MINISTERS_2019)]


def test_navigation_today_and_go_to(qtbot, app_context):
    view = _view(qtbot, app_context)
    view.go_to(dt.date(2019, 10, 15))
    qtbot.mouseClick(view.next_month, Qt.MouseButton.LeftButton)
    assert (view.calendar.yearShown(), view.calendar.monthShown()) == (2019, 11)
    qtbot.mouseClick(view.prev_year, Qt.MouseButton.LeftButton)
    assert (view.calendar.yearShown(), view.calendar.monthShown()) == (2018, 11)
    view.jump_date.setDate(QDate(2021, 11, 12))
    qtbot.mouseClick(view.go_button, Qt.MouseButton.LeftButton)
    assert view.calendar.selectedDate() == QDate(2021, 11, 12)
    assert [i.uuid for i in view.items_for("2021-11-12")][0].endswith("0007")
    view.go_to_today()
    assert view.calendar.selectedDate() == QDate.currentDate()
    assert view.calendar.firstDayOfWeek() == QLocale().firstDayOfWeek()


def test_a_saved_move_shows_on_the_new_day_at_once(qtbot, app_context):
    view = _view(qtbot, app_context)
    view.show_month(2019, 10)
    summit = get_meeting(app_context.store, SUMMIT_2019)
    summit["starts_on"] = summit["ends_on"] = "2019-10-17"
    app_context.announce(save_meeting(app_context.store, summit))
    assert view.items_for("2019-10-15") == []
    assert [i.uuid for i in view.items_for("2019-10-17")] == [SUMMIT_2019]


def test_a_crowded_day_says_how_many_more(qtbot, app_context):
    store = app_context.store
    for n in range(9):
        m = new_meeting()
        m.update(
            title=f"Working group {n}", kind="other", starts_on="2019-10-22", ends_on="2019-10-22"
        )
        m["actions"] = []
        save_meeting(store, m)
    m = new_meeting()
    m.update(title="Deadline holder", starts_on="2019-10-01", ends_on="2019-10-01")
    m["actions"] = [{"title": "Send the report", "owner": "Sekretarya", "due_on": "2019-10-22"}]
    app_context.announce(save_meeting(store, m))
    view = _view(qtbot, app_context)
    view.show_month(2019, 10)
    items = view.items_for("2019-10-22")
    assert len(items) == 10 and items[-1].record_type == "action"
    view.grab()
    painted = view.calendar.painted["2019-10-22"]
    assert painted[-1].startswith("+") and len(painted) < 10
    hidden = int(painted[-1].split()[0].lstrip("+"))
    assert hidden + len(painted) - 1 == 10


def test_main_window_wiring_and_file_export_calendar(qtbot, app_context, tmp_path, monkeypatch):
    """install_planning_views on a window with the main window's hooks; File > Export calendar."""
    from icalendar import Calendar

    from council_desktop.ui.qt import QAction, QFileDialog, QMainWindow, QVBoxLayout, QWidget
    from council_desktop.ui.views.planning_pages import install_planning_views
    from council_desktop.ui.views.timeline_view import TimelineView

    class Window(QMainWindow):
        def __init__(self, ctx):
            super().__init__()
            self.ctx = ctx
            self.pages = {k: QWidget() for k in ("calendar", "timeline", "followup")}
            self.start_page = QWidget()
            self.start_page.add_panel = QVBoxLayout(self.start_page).addWidget
            self.file_menu = self.menuBar().addMenu("File")
            self.export_action = self.file_menu.addAction("Export…")
            self.quit_action = self.file_menu.addAction("Quit")
            self.records_menu = self.menuBar().addMenu("Records")
            self.shown = []

        def replace_page(self, key, widget):  # the main window's also takes a factory
            self.pages[key] = widget if isinstance(widget, QWidget) else widget()

        def show_page(self, key):
            self.shown.append(key)

    window = Window(app_context)
    qtbot.addWidget(window)
    install_planning_views(window)
    assert isinstance(window.pages["calendar"], CalendarView)
    assert isinstance(window.pages["timeline"], TimelineView)
    actions = window.file_menu.actions()
    assert actions.index(window.export_calendar_action) == actions.index(window.export_action) + 1
    assert isinstance(window.export_calendar_action, QAction)

    target = tmp_path / "meetings"  # no suffix: the export adds .ics
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_calendar_action.trigger()
    written = tmp_path / "meetings.ics"
    assert len(Calendar.from_ical(written.read_bytes()).walk("VEVENT")) == 7

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window.export_calendar_action.trigger()  # cancelled: nothing happens, no error
