"""Refresh a widget's data only while it can be seen.

The Start page and its Upcoming panel re-read the database on every change; when the window
opens on another page, or the user works elsewhere, nobody sees those reads. A
:class:`RefreshWhenShown` runs the refresh at once when the widget is visible, and otherwise
remembers that it is due and runs it when the widget is next shown, so start-up and saves
elsewhere skip the queries.
"""

from __future__ import annotations

from collections.abc import Callable

from council_desktop.ui.qt import QEvent, QObject, QWidget


class RefreshWhenShown(QObject):
    """Calls ``refresh`` now if ``widget`` is visible, else at its next show."""

    def __init__(self, widget: QWidget, refresh: Callable[[], object]):
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.due = False
        widget.installEventFilter(self)

    def request(self, *_args: object) -> None:
        """The data changed: refresh now if it is seen, else when it is next shown."""
        self.due = True
        if self._widget.isVisible():
            self.refresh_now()

    def refresh_if_due(self) -> None:
        """Refresh now if a request is pending (for code that reads the widget unseen)."""
        if self.due:
            self.refresh_now()

    def refresh_now(self) -> None:
        self.due = False
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._widget and event.type() == QEvent.Type.Show and self.due:
            self.refresh_now()
        return False
