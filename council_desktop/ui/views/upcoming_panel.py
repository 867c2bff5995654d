"""The Start page's "Coming up" panel: meetings and actions due in the next 30 days.

Officers open the app to see what is next; this answers it without opening the calendar. It
also says how many open actions are already overdue and offers the Follow-up page for them.

The panel reads the database only while it can be seen: when the window opens on another page
(or the Start page is hidden), a change just marks it stale and the next show re-reads it, so
start-up and every save elsewhere skip its queries.
"""

from __future__ import annotations

from council_desktop.store.planning import upcoming
from council_desktop.ui.context import AppContext
from council_desktop.ui.enum_labels import enum_label
from council_desktop.ui.qt import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desktop.ui.views.kind_style import kind_colour
from council_desktop.ui.views.when_shown import RefreshWhenShown

LOOK_AHEAD_DAYS = 30
_UUID_ROLE = Qt.ItemDataRole.UserRole


class UpcomingPanel(QWidget):
    """Next meetings and actions due, one list, soonest first; double-click opens the meeting."""

    show_follow_up = Signal()  # the main window switches to the Follow-up page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(
            self.tr("Coming up in the next %1 days").replace("%1", str(LOOK_AHEAD_DAYS))
        )
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open)
        self.overdue_button = QPushButton()
        self.overdue_button.setFlat(True)
        self.overdue_button.setStyleSheet("color: #b3261e; text-align: left;")
        self.overdue_button.clicked.connect(self.show_follow_up.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.overdue_button)
        self.refresher = RefreshWhenShown(self, self.reload)
        ctx.changed.connect(self.refresher.request)
        self.refresher.request()  # read when first shown

    def reload(self) -> None:
        """Re-read the next 30 days."""
        self.refresher.due = False
        ahead = upcoming(self.ctx.store, days=LOOK_AHEAD_DAYS)
        entries: list[tuple[str, QListWidgetItem]] = []
        for m in ahead.meetings:
            where = f" — {m.city}" if m.city else ""
            item = QListWidgetItem(f"{m.starts_on}  {enum_label(m.kind)}: {m.title}{where}")
            item.setForeground(kind_colour(m.kind).darker(120))
            item.setData(_UUID_ROLE, m.uuid)
            entries.append((m.starts_on, item))
        for a in ahead.actions:
            owner = f" ({a.owner})" if a.owner else ""
            text = self.tr("%1  Action due: %2%3").replace("%1", str(a.due_on))
            item = QListWidgetItem(text.replace("%2", a.title).replace("%3", owner))
            item.setData(_UUID_ROLE, a.meeting_uuid)
            item.setToolTip(a.meeting_title)
            entries.append((str(a.due_on), item))
        self.list.clear()
        for _day, item in sorted(entries, key=lambda e: e[0]):
            self.list.addItem(item)
        if not entries:
            empty = QListWidgetItem(
                self.tr("Nothing planned in the next %1 days.").replace("%1", str(LOOK_AHEAD_DAYS))
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.overdue_button.setVisible(ahead.overdue > 0)
        self.overdue_button.setText(
            self.tr("%n open action(s) overdue — show Follow-up", "", ahead.overdue)
        )

    def listed_texts(self) -> list[str]:
        """The entries' texts in order (tests), read first if the panel is stale."""
        self.refresher.refresh_if_due()
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _open(self, item: QListWidgetItem) -> None:
        uuid = item.data(_UUID_ROLE)
        if uuid:
            self.ctx.open_record.emit("meeting", str(uuid))
