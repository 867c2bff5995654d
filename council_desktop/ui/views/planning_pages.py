"""Plugs the planning views into the main window: Calendar, Timeline, Follow-up, Upcoming, .ics.

Kept out of main_window.py so the window needs one call (``install_planning_views(self)``) and
this issue's wiring lives with its views.

The three pages are handed to the window as factories: each is built the first time it is
shown. On 100,000 meetings building them read the whole timeline (~0.4 s), the tag and country
choices (~0.3 s) and every open action twice (~0.8 s) before the first paint; now start-up pays
none of it, and each page pays its own share when the user opens it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from council_desktop.store import StoreError
from council_desktop.ui.core_messages import translate_error
from council_desktop.ui.qt import QAction, QCoreApplication, QFileDialog, QMessageBox, QWidget
from council_desktop.ui.views.upcoming_panel import UpcomingPanel


def export_calendar(window: Any, path: str | None = None, uuids: list[str] | None = None) -> bool:
    """Export calendar (.ics)…: every dated meeting and action, or only the meetings ``uuids``.

    File > Export calendar exports all; Records > Export selected meetings to calendar takes
    the meetings selected in the list (one, or a filtered set after Ctrl+A).
    """
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
    # icalendar takes ~30 ms to import: paid when a calendar is exported, not at start-up.
    from council_desktop.exchange.ics import export_ics

    try:
        count = export_ics(window.ctx.store, Path(path), uuids=uuids)
    except (StoreError, OSError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PlanningPages", "Export calendar"),
            translate_error(exc),
        )
        return False
    window.ctx.status_message.emit(
        QCoreApplication.translate("PlanningPages", "{n} meetings exported to {path}").format(
            n=count, path=path
        )
    )
    return True


def export_selected_calendar(window: Any, path: str | None = None) -> bool:
    """Records > Export selected meetings to calendar…: the meetings selected in the list."""
    uuids = window.meetings_view.selected_uuids()
    if not uuids:
        QMessageBox.information(
            window,
            QCoreApplication.translate("PlanningPages", "Export calendar"),
            QCoreApplication.translate(
                "PlanningPages", "Select one or more meetings in the Meetings list first."
            ),
        )
        return False
    return export_calendar(window, path, uuids)


# The factories import their view too (~10 ms of modules together): start-up needs none of it.


def _calendar(ctx: Any) -> QWidget:
    from council_desktop.ui.views.calendar_view import CalendarView

    return CalendarView(ctx)


def _timeline(ctx: Any) -> QWidget:
    from council_desktop.ui.views.timeline_view import TimelineView

    return TimelineView(ctx)


def _follow_up(ctx: Any) -> QWidget:
    from council_desktop.ui.views.followup_view import FollowUpView

    return FollowUpView(ctx)


def install_planning_views(window: Any) -> None:
    """Replace the calendar/timeline/follow-up placeholders, add Upcoming and the .ics export.

    The views are built when their page is first shown (``window.calendar_view`` and friends,
    or ``window.page(key)``, build them on demand).
    """
    ctx = window.ctx
    for key, factory in (
        ("calendar", _calendar),
        ("timeline", _timeline),
        ("followup", _follow_up),
    ):
        window.replace_page(key, lambda f=factory: f(ctx))
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
    selected = QAction(
        QCoreApplication.translate("PlanningPages", "Export selected meetings to calendar…"),
        window,
    )
    selected.setStatusTip(
        QCoreApplication.translate(
            "PlanningPages",
            "Export the meetings selected in the list (and their dated actions) as an iCalendar file",
        )
    )
    selected.triggered.connect(lambda _checked=False: export_selected_calendar(window))
    window.export_selected_calendar_action = selected
    window.records_menu.addAction(selected)
    menu = window.file_menu
    actions = menu.actions()
    after = getattr(window, "export_action", None)
    if after in actions and actions.index(after) + 1 < len(actions):
        menu.insertAction(actions[actions.index(after) + 1], action)
    else:
        menu.addAction(action)
