"""What every window and view shares: the open store and the one "records changed" signal.

Views never talk to each other directly: a write goes through a store operation, its
:class:`Change` is announced on ``changed``, and every view refreshes what it shows from it
(Anki's pattern). ``open_record`` asks the main window to show a record's form.
"""

from __future__ import annotations

from council_desktop.store import Change, Store
from council_desktop.ui.qt import QObject, Signal


class AppContext(QObject):
    """The open database and the app-wide signals."""

    changed = Signal(object)  # a store Change
    open_record = Signal(str, str)  # record_type ("meeting" | "document"), uuid
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store

    @property
    def read_only(self) -> bool:
        """True when another window owns the database (this one must not write)."""
        return self.store.read_only

    def announce(self, change: Change) -> None:
        """Tell every view that records changed (call after each store write)."""
        self.changed.emit(change)
