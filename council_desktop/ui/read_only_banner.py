"""The banner shown when another Council Desktop window holds the database's lock.

This window then opened the file read-only: it shows the records (and the other window's
changes as they are saved) but never writes under the other window's feet.
"""

from __future__ import annotations

from typing import Any

from council_desktop.ui.qt import QHBoxLayout, QLabel, QWidget


class ReadOnlyBanner(QWidget):
    """A coloured strip naming who holds the file, above the window's pages."""

    def __init__(self, owner: dict[str, Any], parent: QWidget | None = None):
        """``owner`` is the lock file's content (store.lock.read_owner), phrased here in the
        interface language."""
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid #d9b44a; }"
        )
        self.label = QLabel(
            self.tr(
                "Read-only: this database is open in {owner}. You can read and search; to "
                "edit, close the other window and reopen this one."
            ).format(owner=self.owner_phrase(owner))
        )
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Read-only database"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label)

    def owner_phrase(self, owner: dict[str, Any]) -> str:
        """Who holds the lock, in words: the other window's process, computer and start."""
        if not owner:
            return self.tr("another Council Desktop window")
        return self.tr("Council Desktop (process {pid} on {host}, since {since})").format(
            pid=owner.get("pid", "?"),
            host=owner.get("host", "?"),
            since=str(owner.get("since", "?"))[:16].replace("T", " "),
        )
