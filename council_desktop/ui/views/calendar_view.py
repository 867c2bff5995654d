"""The Calendar page: a month grid whose days show their meetings and due actions.

The grid is a QCalendarWidget whose ``paintCell`` draws, under the day number, one coloured
line per meeting (by kind) and per action item due, and "+N" when they do not all fit. Beside
it, the clicked day's records are listed; double-clicking one opens its form. The month is
reloaded from two indexed queries whenever it changes or any record changes (``ctx.changed``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from council_desktop.records.enums import MEETING_KINDS
from council_desktop.store.planning import actions_due_between, meetings_between
from council_desktop.ui.context import AppContext
from council_desktop.ui.enum_labels import enum_label
from council_desktop.ui.locale_format import date_input_format, format_month
from council_desktop.ui.qt import (
    QCalendarWidget,
    QColor,
    QDate,
    QDateEdit,
    QFont,
    QFontMetrics,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QPainter,
    QPen,
    QPushButton,
    QRect,
    QSplitter,
    Qt,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from council_desktop.ui.views.kind_style import (
    ACTION_COLOUR,
    KindLegend,
    kind_colour,
    kind_tint,
    squeezable,
)

GRID_DAYS = 42  # QCalendarWidget always shows six weeks
_KIND_ORDER = {k: i for i, k in enumerate(MEETING_KINDS)}
_RECORD_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class DayItem:
    """One line a calendar day shows: a meeting held that day, or an action item due."""

    record_type: str  # "meeting" | "action"
    uuid: str  # the meeting's or the action's uuid
    meeting_uuid: str  # the form to open
    title: str
    kind: str  # meeting kind; "action" for actions
    status: str
    detail: str = ""  # city for meetings, owner for actions


def _iso(day: QDate | dt.date | str) -> str:
    if isinstance(day, QDate):
        return day.toString(Qt.DateFormat.ISODate)
    return day.isoformat() if isinstance(day, dt.date) else day


def grid_start(year: int, month: int, first_weekday: int) -> dt.date:
    """The first date the six-week grid of ``year-month`` shows (``first_weekday`` 1 = Monday)."""
    first = dt.date(year, month, 1)
    back = (first.isoweekday() - first_weekday) % 7
    # QCalendarWidget shows a whole previous week when the month starts on the first weekday.
    return first - dt.timedelta(days=back or 7)


class MonthCalendar(QCalendarWidget):
    """A month grid that paints each day's meetings and due actions below the day number."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: dict[str, list[DayItem]] = {}
        self.painted: dict[str, list[str]] = {}  # what the last paint drew per day (tests)
        self.setGridVisible(True)
        self.setNavigationBarVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.LongDayNames)
        self.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.setMinimumSize(420, 360)
        self._compact_day_names()

    def _compact_day_names(self) -> None:
        """Give the weekday-name row its text height; the six week rows share the rest.

        QCalendarWidget stretches all seven rows of its table equally, which wastes a sixth
        of the grid on day names.
        """
        table = self.findChild(QTableView, "qt_calendar_calendarview")
        if table is None:
            return
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        rows.resizeSection(0, QFontMetrics(self.font()).height() + 10)

    def set_items(self, items: dict[str, list[DayItem]]) -> None:
        """Replace what the days show and repaint."""
        self._items = items
        self.painted = {}
        self.updateCells()

    def items_for(self, day: QDate | dt.date | str) -> list[DayItem]:
        """Everything day ``day`` shows, meetings first (Summits first), then due actions."""
        return list(self._items.get(_iso(day), []))

    def shown_range(self) -> tuple[dt.date, dt.date]:
        """First and last date of the six weeks on screen."""
        start = grid_start(self.yearShown(), self.monthShown(), self.firstDayOfWeek().value)
        return start, start + dt.timedelta(days=GRID_DAYS - 1)

    # -- painting ------------------------------------------------------------------------

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:  # noqa: N802
        """Day number (by the base class, in a header strip), then the day's items."""
        number_height = QFontMetrics(self.font()).height() + 4
        super().paintCell(painter, QRect(rect.x(), rect.y(), rect.width(), number_height), date)
        painter.save()
        try:
            painter.setClipRect(rect)
            self._paint_frame(painter, rect, date)
            body = rect.adjusted(3, number_height, -3, -2)
            if date.month() != self.monthShown():
                painter.setOpacity(0.5)
            self.painted[_iso(date)] = self._paint_items(painter, body, self.items_for(date))
        finally:
            painter.restore()

    def _paint_frame(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        palette = self.palette()
        if date == self.selectedDate():
            painter.setPen(QPen(palette.highlight().color(), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        elif date == QDate.currentDate():
            painter.setPen(QPen(palette.highlight().color().lighter(130), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

    def _item_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _paint_items(self, painter: QPainter, body: QRect, items: list[DayItem]) -> list[str]:
        """Draw the items that fit, and "+N" for the rest; the texts drawn."""
        if not items:
            return []
        font = self._item_font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        line = metrics.height() + 3
        capacity = max(1, body.height() // line)
        shown = items if len(items) <= capacity else items[: capacity - 1]
        drawn: list[str] = []
        y = body.top()
        for item in shown:
            box = QRect(body.left(), y, body.width(), line - 1)
            drawn.append(self._paint_item(painter, box, item, metrics))
            y += line
        if len(shown) < len(items):
            more = self.tr("+%n more", "", len(items) - len(shown))
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRect(body.left() + 2, y, body.width() - 2, line - 1),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                more,
            )
            drawn.append(more)
        return drawn

    def _paint_item(
        self, painter: QPainter, box: QRect, item: DayItem, metrics: QFontMetrics
    ) -> str:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if item.record_type == "meeting":
            painter.fillRect(box, kind_tint(item.kind))
            painter.fillRect(QRect(box.left(), box.top(), 4, box.height()), kind_colour(item.kind))
            text_left = box.left() + 7
            colour = QColor("#1a1a1a")
        else:
            colour = QColor(ACTION_COLOUR)
            side = min(box.height() - 4, 9)
            check = QRect(box.left() + 1, box.top() + (box.height() - side) // 2, side, side)
            painter.setPen(colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(check)
            if item.status == "done":
                painter.drawLine(check.topLeft(), check.bottomRight())
                painter.drawLine(check.topRight(), check.bottomLeft())
            text_left = check.right() + 5
        text = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, box.right() - text_left)
        painter.setPen(colour)
        painter.drawText(
            QRect(text_left, box.top(), box.right() - text_left, box.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        return text


class CalendarView(QWidget):
    """Month calendar with navigation, legend and the clicked day's list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.calendar = MonthCalendar()
        self.month_label = QLabel()
        heading_font = self.month_label.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.month_label.setFont(heading_font)
        self.day_heading = QLabel()
        self.day_heading.setWordWrap(True)
        self.day_list = QListWidget()
        self.day_list.setWordWrap(True)
        self.day_list.setAlternatingRowColors(True)
        self.jump_date = QDateEdit()
        self.jump_date.setCalendarPopup(True)
        self.jump_date.setDisplayFormat(date_input_format())
        self.jump_date.setDate(QDate.currentDate())
        self._build()
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.reload())
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.activated.connect(self._open_first_of_day)
        self.day_list.itemActivated.connect(self._open_item)
        ctx.changed.connect(lambda _change: self.reload())
        self.reload()

    def _button(self, text: str, tip: str, slot) -> QToolButton:  # type: ignore[no-untyped-def]
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        nav = QHBoxLayout()
        cal = self.calendar
        self.prev_year = self._button("«", self.tr("Previous year"), cal.showPreviousYear)
        self.prev_month = self._button("‹", self.tr("Previous month"), cal.showPreviousMonth)
        self.next_month = self._button("›", self.tr("Next month"), cal.showNextMonth)
        self.next_year = self._button("»", self.tr("Next year"), cal.showNextYear)
        today = QPushButton(self.tr("&Today"))
        today.clicked.connect(self.go_to_today)
        self.go_button = go = QPushButton(self.tr("&Go to date"))
        go.clicked.connect(lambda: self.go_to(self.jump_date.date()))
        for w in (self.prev_year, self.prev_month, self.month_label, self.next_month):
            nav.addWidget(w)
        nav.addWidget(self.next_year)
        nav.addSpacing(12)
        nav.addWidget(today)
        nav.addStretch(1)
        nav.addWidget(self.jump_date)
        nav.addWidget(go)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.day_heading)
        side_layout.addWidget(self.day_list, 1)
        hint = QLabel(self.tr("Double-click an entry to open its meeting."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        side_layout.addWidget(hint)
        splitter = QSplitter()
        splitter.addWidget(self.calendar)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 260])

        layout = QVBoxLayout(self)
        layout.addWidget(squeezable(nav))
        layout.addWidget(squeezable(KindLegend(with_actions=True)))
        layout.addWidget(splitter, 1)

    # -- navigation ----------------------------------------------------------------------

    def show_month(self, year: int, month: int) -> None:
        """Show the month ``year-month`` (keeps the selected day)."""
        self.calendar.setCurrentPage(year, month)

    def go_to(self, date: QDate | dt.date) -> None:
        """Show and select a date (the "Go to date" button)."""
        qdate = QDate(date.year, date.month, date.day) if isinstance(date, dt.date) else date
        self.calendar.setSelectedDate(qdate)
        self.calendar.setCurrentPage(qdate.year(), qdate.month())
        self._show_day()

    def go_to_today(self) -> None:
        self.go_to(QDate.currentDate())

    # -- data ----------------------------------------------------------------------------

    def items_for(self, day: QDate | dt.date | str) -> list[DayItem]:
        """What the calendar paints on ``day`` (only days of the six weeks shown are loaded)."""
        return self.calendar.items_for(day)

    def reload(self) -> None:
        """Re-read the six weeks on screen and repaint; refresh the day list."""
        first, last = self.calendar.shown_range()
        by_day: dict[str, list[DayItem]] = {}
        store = self.ctx.store
        for m in meetings_between(store, first, last):
            day = max(dt.date.fromisoformat(m.starts_on), first)
            end = min(dt.date.fromisoformat(m.ends_on), last)
            item = DayItem("meeting", m.uuid, m.uuid, m.title, m.kind, m.status, m.city)
            while day <= end:
                by_day.setdefault(day.isoformat(), []).append(item)
                day += dt.timedelta(days=1)
        for items in by_day.values():
            items.sort(key=lambda i: _KIND_ORDER.get(i.kind, 99))
        for a in actions_due_between(store, first, last):
            by_day.setdefault(str(a.due_on), []).append(
                DayItem("action", a.uuid, a.meeting_uuid, a.title, "action", a.status, a.owner)
            )
        self.calendar.set_items(by_day)
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        self.month_label.setText(format_month(QDate(year, month, 1)))  # "Октябрь 2019"
        self._show_day()

    def _show_day(self) -> None:
        date = self.calendar.selectedDate()
        self.day_heading.setText(QLocale().toString(date, QLocale.FormatType.LongFormat))
        self.day_list.clear()
        items = self.items_for(date)
        for item in items:
            entry = QListWidgetItem(self._describe(item))
            entry.setData(_RECORD_ROLE, item.meeting_uuid)
            colour = kind_colour(item.kind) if item.record_type == "meeting" else None
            if colour is not None:
                entry.setForeground(colour.darker(120))
            self.day_list.addItem(entry)
        if not items:
            empty = QListWidgetItem(self.tr("No meetings and no actions due on this day."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_list.addItem(empty)

    def _describe(self, item: DayItem) -> str:
        if item.record_type == "meeting":
            where = f" — {item.detail}" if item.detail else ""
            return f"{enum_label(item.kind)}: {item.title}{where}"
        owner = f" ({item.detail})" if item.detail else ""
        return (
            self.tr("Action due: %1%2 [%3]")
            .replace("%1", item.title)
            .replace("%2", owner)
            .replace("%3", enum_label(item.status))
        )

    def listed_uuids(self) -> list[str]:
        """The meeting uuids of the day list's entries, in order (tests, accessibility)."""
        found = []
        for row in range(self.day_list.count()):
            value = self.day_list.item(row).data(_RECORD_ROLE)
            if value:
                found.append(str(value))
        return found

    # -- opening -------------------------------------------------------------------------

    def _open_item(self, entry: QListWidgetItem) -> None:
        uuid = entry.data(_RECORD_ROLE)
        if uuid:
            self.ctx.open_record.emit("meeting", str(uuid))

    def _open_first_of_day(self, date: QDate) -> None:
        items = self.items_for(date)
        if items:
            self.ctx.open_record.emit("meeting", items[0].meeting_uuid)
