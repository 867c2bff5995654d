"""The banner shown when another Council Desktop window holds the database's lock.

This window then opened the file read-only: it shows the records (and the other window's
changes as they are saved) but never writes under the other window's feet.
"""

from __future__ import annotations

from council_desktop.ui.qt import QHBoxLayout, QLabel, QWidget


class ReadOnlyBanner(QWidget):
    """A coloured strip naming who holds the file, above the window's pages."""

    def __init__(self, owner: str, parent: QWidget | None = None):
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
            ).format(owner=owner)
        )
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Read-only database"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label)
