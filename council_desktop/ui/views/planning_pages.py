"""Plugs the planning views into the main window: Calendar, Timeline, Follow-up, Upcoming, .ics.

Kept out of main_window.py so the window needs one call (``install_planning_views(self)``) and
this issue's wiring lives with its views.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from council_desktop.exchange.ics import export_ics
from council_desktop.store import StoreError
from council_desktop.ui.qt import QAction, QCoreApplication, QFileDialog, QMessageBox, QWidget
from council_desktop.ui.views.calendar_view import CalendarView
from council_desktop.ui.views.followup_view import FollowUpView
from council_desktop.ui.views.timeline_view import TimelineView
from council_desktop.ui.views.upcoming_panel import UpcomingPanel


def export_calendar(window: Any, path: str | None = None) -> bool:
    """File > Export calendar (.ics)…: every dated meeting and dated action, for Outlook etc."""
    parent: QWidget = window
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PlanningPages", "Export calendar"),
            "council-meetings.ics",
            QCoreApplication.translate("PlanningPages", "iCalendar files (*.ics)"),
        )
    if not path:
        return False
    if not path.lower().endswith(".ics"):
        path += ".ics"
    try:
        count = export_ics(window.ctx.store, Path(path))
    except (StoreError, OSError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PlanningPages", "Export calendar"), str(exc)
        )
        return False
    window.ctx.status_message.emit(
        QCoreApplication.translate("PlanningPages", "{n} meetings exported to {path}").format(
            n=count, path=path
        )
    )
    return True


def install_planning_views(window: Any) -> None:
    """Replace the calendar/timeline/follow-up placeholders, add Upcoming and the .ics export."""
    ctx = window.ctx
    window.calendar_view = CalendarView(ctx)
    window.replace_page("calendar", window.calendar_view)
    window.timeline_view = TimelineView(ctx)
    window.replace_page("timeline", window.timeline_view)
    window.followup_view = FollowUpView(ctx)
    window.replace_page("followup", window.followup_view)
    window.upcoming_panel = UpcomingPanel(ctx)
    window.upcoming_panel.show_follow_up.connect(lambda: window.show_page("followup"))
    window.start_page.add_panel(window.upcoming_panel)

    action = QAction(
        QCoreApplication.translate("PlanningPages", "Export &calendar (.ics)…"), window
    )
    action.setStatusTip(
        QCoreApplication.translate(
            "PlanningPages", "Export meetings and dated actions as an iCalendar file"
        )
    )
    action.triggered.connect(lambda _checked=False: export_calendar(window))
    window.export_calendar_action = action
    menu = window.file_menu
    actions = menu.actions()
    after = getattr(window, "export_action", None)
    if after in actions and actions.index(after) + 1 < len(actions):
        menu.insertAction(actions[actions.index(after) + 1], action)
    else:
        menu.addAction(action)
