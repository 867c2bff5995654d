"""What every window and view shares: the open store and the one "records changed" signal.

Views never talk to each other directly: a write goes through a store operation, its
:class:`Change` is announced on ``changed``, and every view refreshes what it shows from it
(Anki's pattern). ``open_record`` asks the main window to show a record's form.
"""

from __future__ import annotations

from dataclasses import dataclass

from council_desktop.search.query import ParsedQuery
from council_desktop.store import Change, Store
from council_desktop.ui.qt import QObject, Signal


@dataclass(frozen=True)
class Highlight:
    """What to show when a search result opens: the query, and the file it was found in
    (an attached-file hit), if any."""

    query: ParsedQuery
    attachment_uuid: str | None = None


class AppContext(QObject):
    """The open database and the app-wide signals."""

    changed = Signal(object)  # a store Change
    open_record = Signal(str, str)  # record_type ("meeting" | "document"), uuid
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        # Set by the search view only while it emits ``open_record``: the form that opens the
        # record shows the first field holding a searched word (ui/forms/match.py).
        self.highlight: Highlight | None = None

    @property
    def read_only(self) -> bool:
        """True when another window owns the database (this one must not write)."""
        return self.store.read_only

    def announce(self, change: Change) -> None:
        """Tell every view that records changed (call after each store write)."""
        self.changed.emit(change)
