"""The Start page: a welcome, what the file holds, and room for panels other views add.

The upcoming-meetings panel (another issue) is added with ``StartPage.add_panel(widget)``.
"""

from __future__ import annotations

from council_desktop.store import listing
from council_desktop.ui.context import AppContext
from council_desktop.ui.icons import icon
from council_desktop.ui.qt import QHBoxLayout, QLabel, Qt, QVBoxLayout, QWidget
from council_desktop.ui.views.when_shown import RefreshWhenShown


class StartPage(QWidget):
    """Welcome text and record counts, refreshed on every change while the page is seen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        top = QHBoxLayout()
        top.setSpacing(16)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(56, 56))
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(4)
        heading = QLabel(self.tr("Welcome to Council Desktop"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        words.addWidget(heading)
        intro = QLabel(
            self.tr(
                "The records of the Council of Foreign Ministers of the Organization of "
                "Turkic States: meetings, documents and what was agreed. Choose a page on the "
                "left, or press Ctrl+N to record a new meeting."
            )
        )
        intro.setWordWrap(True)
        words.addWidget(intro)
        top.addLayout(words, 1)
        layout.addLayout(top)
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.counts_label)
        self.panels = QVBoxLayout()
        self.panels.setSpacing(12)
        layout.addLayout(self.panels)
        layout.addStretch(1)
        # The counts are read when the page is shown (a window opening on the meetings list
        # need not count 150,000 records twice), and re-read on changes while it is seen.
        self.refresher = RefreshWhenShown(self, self.refresh)
        ctx.changed.connect(self.refresher.request)
        self.refresher.request()

    def add_panel(self, widget: QWidget) -> None:
        """Add a panel (such as upcoming meetings) below the counts."""
        self.panels.addWidget(widget)

    def refresh(self, _change: object = None) -> None:
        n = listing.counts(self.ctx.store)
        self.counts_label.setText(
            self.tr("This file holds {meetings} meetings and {documents} documents.").format(
                meetings=n["meetings"], documents=n["documents"]
            )
        )
