"""The Timeline page: the Council's meetings on a horizontal, zoomable time axis.

There are no graphics items per meeting. The scene only spans the dates (x = day number, scaled
by the view's transform: pixels per day), and every paint lays out what is visible from compact
per-kind arrays (store/planning.py): the visible days are cut into fixed-width pixel buckets,
each bucket's meetings are counted with two binary searches, a bucket holding one meeting
becomes a marker, several a counted cluster, and neighbours that would touch merge. So a paint
costs the same for 7 meetings or 100,000, and markers never pile up.

Markers, labels and the axis are drawn in viewport pixels (the painter's transform reset), so
text keeps its size at every zoom. A label is elided to the room before the next marker in its
lane and hidden when too little is left, so labels never overlap. Meetings of one framework in
different lanes (the Summit and the ministers' meeting held for it) share a band and a connector.

On a large database the arrays and the tag and country choices (~0.3 s for 100,000 meetings)
are read in a worker thread (``ui/background.py``): the page opens at once with "Loading
meetings…" and fills in when they arrive.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from bisect import bisect_left
from dataclasses import dataclass, field

from council_desktop.records.enums import MEETING_KINDS
from council_desktop.store.planning import (
    TimelineData,
    TimelineFilter,
    day_number,
    from_day_number,
    meeting_countries,
    meeting_tags,
    timeline_data,
    timeline_details,
)
from council_desktop.ui.background import BackgroundRead, is_large
from council_desktop.ui.context import AppContext
from council_desktop.ui.enum_labels import country_label, enum_label
from council_desktop.ui.locale_format import date_input_format
from council_desktop.ui.qt import (
    QCheckBox,
    QColor,
    QComboBox,
    QDate,
    QDateEdit,
    QFont,
    QFontMetrics,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QIcon,
    QLabel,
    QLocale,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWheelEvent,
    QWidget,
)
from council_desktop.ui.views.kind_style import kind_colour, squeezable

AXIS_HEIGHT = 30
LANE_HEIGHT = 66
NAME_TOP = 3  # lane name row, from the lane's top
MARKER_Y = 32  # marker centre, from the lane's top
LABEL_TOP = 41  # label row, from the lane's top
MARKER_RADIUS = 5
BUCKET_PX = 28  # width of one clustering bucket: room for a four-digit count
GAP_PX = 3  # the least space between two markers / clusters
MIN_LABEL_PX = 40  # a label with less room than this is hidden
MAX_LABEL_PX = 240
MAX_PX_PER_DAY = 160.0  # deepest zoom: one day is this wide
ZOOM_STEP = 1.6
PAD_DAYS = 30
FIT_MARGIN = 0.04  # "Fit all" leaves this share of the span free at each end …
FIT_LABEL_PX = 160  # … and this much room right of the last marker for its label


@dataclass
class Marker:
    """One thing drawn in a lane: a single meeting (count 1) or a cluster of ``count``."""

    kind: str
    lane: int
    x: float  # centre, viewport pixels
    count: int
    first_day: int
    last_day: int  # start day of the last meeting in it
    end_day: int  # last day of a single meeting (multi-day bar)
    row_id: int | None = None  # set for a single meeting
    framework: int = 0
    half_width: float = MARKER_RADIUS

    @property
    def left(self) -> float:
        return self.x - self.half_width

    @property
    def right(self) -> float:
        return self.x + self.half_width


@dataclass
class Label:
    """A marker's visible title: its viewport rectangle and the (elided) text drawn."""

    rect: QRectF
    text: str
    row_id: int


@dataclass
class Layout:
    """What one paint draws; kept for hit-testing and tests."""

    markers: list[Marker] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    links: list[tuple[Marker, Marker]] = field(default_factory=list)

    def meeting_count(self) -> int:
        """Meetings represented by the markers and clusters (each counted once)."""
        return sum(m.count for m in self.markers)


def _swatch_icon(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


class TimelineCanvas(QGraphicsView):
    """The drawing surface: lanes, axis, markers, labels; zoom, pan, click and double-click."""

    def __init__(self, view: TimelineView):
        super().__init__()
        self._owner = view
        self.setScene(QGraphicsScene(self))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMouseTracking(True)
        self._press: QPoint | None = None
        self.layout_result = Layout()

    # -- coordinates ---------------------------------------------------------------------

    def px_per_day(self) -> float:
        return float(self.transform().m11())

    def left_day(self) -> float:
        return float(self.mapToScene(QPoint(0, 0)).x())

    def visible_days(self) -> tuple[float, float]:
        left = self.left_day()
        return left, left + self.viewport().width() / self.px_per_day()

    def top_offset(self) -> float:
        return float(self.mapFromScene(QPointF(self.sceneRect().left(), 0)).y())

    # -- zoom and pan --------------------------------------------------------------------

    def set_zoom(self, px_per_day: float, anchor_x: float | None = None) -> None:
        """Zoom to ``px_per_day`` keeping the day under ``anchor_x`` (default: centre) still."""
        width = self.viewport().width()
        anchor_x = width / 2 if anchor_x is None else anchor_x
        anchor_day = self.left_day() + anchor_x / self.px_per_day()
        ppd = min(MAX_PX_PER_DAY, max(self._owner.min_px_per_day(), px_per_day))
        self.resetTransform()
        self.scale(ppd, 1.0)
        centre_day = anchor_day + (width / 2 - anchor_x) / ppd
        self.centerOn(centre_day, self.sceneRect().height() / 2)
        self.viewport().update()

    def show_days(self, first: float, last: float) -> None:
        """Zoom and scroll so days ``first``..``last`` fill the width."""
        width = max(1, self.viewport().width())
        ppd = width / max(1.0, last - first)
        ppd = min(MAX_PX_PER_DAY, max(self._owner.min_px_per_day(), ppd))
        self.resetTransform()
        self.scale(ppd, 1.0)
        self.centerOn((first + last) / 2, self.sceneRect().height() / 2)
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """Ctrl + wheel zooms around the pointer; the plain wheel scrolls along time."""
        steps = event.angleDelta().y() / 120
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._owner.user_zoomed = True
            self.set_zoom(self.px_per_day() * (1.25**steps), event.position().x())
            event.accept()
            return
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() - int(steps * bar.pageStep() / 8))
        event.accept()

    # -- clicks --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if self._press is not None and (pos - self._press).manhattanLength() < 4:
            self._owner.clicked_at(QPointF(pos))
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._owner.double_clicked_at(QPointF(event.position()))
        event.accept()

    # -- painting ------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.save()
        painter.resetTransform()
        self._owner.paint_background(painter, self)
        painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.save()
        painter.resetTransform()
        self.layout_result = self._owner.compute_layout()
        self._owner.paint_layout(painter, self.layout_result)
        painter.restore()


class TimelineView(QWidget):
    """Filters, zoom buttons, the timeline canvas and the selected meeting's summary."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.data = TimelineData({}, [""])
        self.filter = TimelineFilter()
        self.selected_id: int | None = None
        self.user_zoomed = False
        self._titles: dict[int, str] = {}
        self._refilter = QTimer(self)
        self._refilter.setSingleShot(True)
        self._refilter.setInterval(250)
        self._refilter.timeout.connect(self.apply_filters)
        self.canvas = TimelineCanvas(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setMinimumHeight(64)
        self._build()
        self.reader = BackgroundRead(ctx.store, self._loaded, self)
        self.choices_reader = BackgroundRead(ctx.store, self._fill_choices, self)
        self._large = is_large(ctx.store)
        self._fit_when_loaded = False
        ctx.changed.connect(lambda _change: self.reload())
        self._update_scene_rect()  # a year either side of today until the meetings are read
        self._show_summary()
        self.reload()
        # The choices are read on their own, after the meetings: the lanes need not wait.
        self._fill_choices(([], []))  # "Any tag", "Any country" meanwhile
        self.choices_reader.request(
            lambda store: (meeting_tags(store), meeting_countries(store)), background=self._large
        )

    # -- widgets -------------------------------------------------------------------------

    def _build(self) -> None:
        filters = QHBoxLayout()
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in MEETING_KINDS:
            box = QCheckBox(enum_label(kind))
            box.setIcon(_swatch_icon(kind_colour(kind)))
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._refilter.start())
            self.kind_boxes[kind] = box
            filters.addWidget(box)
        filters.addStretch(1)

        second = QHBoxLayout()
        self.tag_combo = QComboBox()
        self.tag_combo.setMinimumContentsLength(8)
        self.tag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country_combo = QComboBox()
        self.country_combo.setMinimumContentsLength(8)
        self.country_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for combo in (self.tag_combo, self.country_combo):
            combo.currentIndexChanged.connect(lambda _i: self._refilter.start())
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        second.addWidget(QLabel(self.tr("Tag:")))
        second.addWidget(self.tag_combo)
        second.addWidget(QLabel(self.tr("Country:")))
        second.addWidget(self.country_combo)
        second.addWidget(QLabel(self.tr("From:")))
        second.addWidget(self.date_from)
        second.addWidget(QLabel(self.tr("To:")))
        second.addWidget(self.date_to)
        second.addStretch(1)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (Ctrl + wheel)"), self.zoom_out)
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (Ctrl + wheel)"), self.zoom_in)
        self.fit_button = self._tool(
            self.tr("Fit all"), self.tr("Show every meeting"), self.fit_all
        )
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            second.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(squeezable(filters))
        layout.addWidget(squeezable(second))
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.summary)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat(date_input_format())
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(edit.minimumDate())
        edit.dateChanged.connect(lambda _d: self._refilter.start())
        return edit

    def _tool(self, text: str, tip: str, slot) -> QToolButton:  # type: ignore[no-untyped-def]
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _fill_choices(self, choices: tuple[list[str], list[str]]) -> None:
        """(Re)fill the tag and country filters, keeping the choice."""
        tags, countries = choices
        for combo, any_text, values, label in (
            (self.tag_combo, self.tr("Any tag"), tags, str),
            (self.country_combo, self.tr("Any country"), countries, country_label),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, "")
            for value in values:
                combo.addItem(label(value), value)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    # -- data ----------------------------------------------------------------------------

    def _date_value(self, edit: QDateEdit) -> str | None:
        if edit.date() == edit.minimumDate():
            return None
        return str(edit.date().toString(Qt.DateFormat.ISODate))

    def filter_from_widgets(self) -> TimelineFilter:
        """The filter the controls describe."""
        return TimelineFilter(
            kinds=tuple(k for k, box in self.kind_boxes.items() if box.isChecked()),
            tag=str(self.tag_combo.currentData() or ""),
            country=str(self.country_combo.currentData() or ""),
            date_from=self._date_value(self.date_from),
            date_to=self._date_value(self.date_to),
        )

    def apply_filters(self) -> None:
        """Re-query with the controls' filter and show everything that matches."""
        self._refilter.stop()
        self.filter = self.filter_from_widgets()
        self._fit_when_loaded = True
        self.reload()

    def reload(self) -> None:
        """Re-read the compact arrays (after a filter change or any record change); in the
        background on a large database."""
        flt = self.filter
        self.reader.request(lambda store: timeline_data(store, flt), background=self._large)
        if self.reader.loading:
            self.canvas.viewport().update()  # "Loading meetings…"

    def _loaded(self, data: TimelineData) -> None:
        self.data = data
        self._titles.clear()
        if self.selected_id is not None and not self._holds(self.selected_id):
            self.selected_id = None
        self._update_scene_rect()
        self._show_summary()
        if self._fit_when_loaded or not self.user_zoomed:
            self._fit_when_loaded = False
            self.fit_all()
        self.canvas.viewport().update()

    def _holds(self, row_id: int) -> bool:
        return any(row_id in lane.ids for lane in self.data.lanes.values())

    def lane_kinds(self) -> list[str]:
        """The kinds shown as lanes, top to bottom."""
        return [k for k in MEETING_KINDS if k in self.data.lanes]

    def _extent(self) -> tuple[int, int]:
        extent = self.data.extent()
        if extent is None:
            today = day_number(dt.date.today())
            return today - 365, today + 365
        return extent

    def _update_scene_rect(self) -> None:
        # Room beyond the meetings to pan into and for "Fit all"'s margins and last label: a
        # scene cut shorter would push the fitted range back off the right edge.
        first, last = self._extent()
        pad = max(PAD_DAYS, last + 1 - first)
        height = AXIS_HEIGHT + LANE_HEIGHT * max(1, len(self.lane_kinds()))
        self.canvas.setSceneRect(QRectF(first - pad, 0, (last + 1 - first) + 2 * pad, height))

    def _margin_days(self) -> float:
        first, last = self._extent()
        return max(1.0, (last + 1 - first) * FIT_MARGIN)

    def min_px_per_day(self) -> float:
        """The widest zoom: everything (with its margins) fits in half the width."""
        width = max(1, self.canvas.viewport().width())
        first, last = self._extent()
        return width / ((last + 1 - first) + 2 * self._margin_days()) / 2

    # -- zoom ----------------------------------------------------------------------------

    def fit_all(self) -> None:
        """Show every meeting that matches (the "Fit all" button), with a margin at both ends
        and room for the last marker's label (it sat on the right edge, unlabelled)."""
        first, last = self._extent()
        margin = self._margin_days()
        width = max(1, self.canvas.viewport().width())
        label_px = min(FIT_LABEL_PX, width / 4)
        ppd = (width - label_px) / ((last + 1 - first) + 2 * margin)
        self.canvas.show_days(first - margin, last + 1 + margin + label_px / ppd)

    def zoom_in(self) -> None:
        self.user_zoomed = True
        self.canvas.set_zoom(self.canvas.px_per_day() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.user_zoomed = True
        self.canvas.set_zoom(self.canvas.px_per_day() / ZOOM_STEP)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if not self.user_zoomed:
            QTimer.singleShot(0, self.fit_all)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self.user_zoomed:
            self.fit_all()

    # -- layout --------------------------------------------------------------------------

    def label_font(self) -> QFont:
        """The markers' label font: a fixed pixel size, whatever the zoom."""
        font = QFont(self.font())
        font.setPixelSize(12)
        return font

    def count_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(11)
        font.setBold(True)
        return font

    def compute_layout(self) -> Layout:
        """Markers, clusters, labels and links for what the canvas shows now."""
        canvas = self.canvas
        ppd = canvas.px_per_day()
        left, right = canvas.visible_days()
        bucket = max(1, math.ceil(BUCKET_PX / ppd))  # days per bucket, a whole number
        count_metrics = QFontMetrics(self.count_font())
        layout = Layout()
        for lane_no, kind in enumerate(self.lane_kinds()):
            lane = self.data.lanes[kind]
            if not len(lane):
                continue
            placed: list[Marker] = []
            first_bucket = math.floor(left / bucket) - 1
            last_bucket = math.floor(right / bucket) + 1
            lo = bisect_left(lane.starts, first_bucket * bucket)
            for k in range(first_bucket, last_bucket + 1):
                if lo >= len(lane):
                    break
                hi = bisect_left(lane.starts, (k + 1) * bucket, lo)
                if hi > lo:
                    self._place(placed, kind, lane_no, lane, lo, hi, left, ppd, count_metrics)
                lo = hi
            layout.markers += placed
        self._label(layout)
        self._link(layout)
        return layout

    def _place(self, placed, kind, lane_no, lane, lo, hi, left, ppd, metrics) -> None:  # type: ignore[no-untyped-def]
        """Add the meetings lane[lo:hi] as one marker/cluster, merging with a touching one."""
        first, last = lane.starts[lo], lane.starts[hi - 1]
        marker = Marker(kind, lane_no, 0.0, hi - lo, first, last, lane.ends[lo])
        if marker.count == 1:
            marker.row_id = lane.ids[lo]
            marker.framework = lane.frameworks[lo]
        while True:
            self._shape(marker, left, ppd, metrics)
            if not placed or marker.left >= placed[-1].right + GAP_PX:
                placed.append(marker)
                return
            previous = placed.pop()
            marker = Marker(
                kind, lane_no, 0.0, previous.count + marker.count,
                previous.first_day, marker.last_day, marker.end_day,
            )  # fmt: skip

    def _shape(self, marker: Marker, left: float, ppd: float, metrics: QFontMetrics) -> None:
        centre_day = (marker.first_day + marker.last_day + 1) / 2
        marker.x = (centre_day - left) * ppd
        if marker.count == 1:
            marker.x = (marker.first_day + 0.5 - left) * ppd
            marker.half_width = MARKER_RADIUS
        else:
            text_width = metrics.horizontalAdvance(str(marker.count))
            marker.half_width = max(10.0, text_width / 2 + 6)

    def _label(self, layout: Layout) -> None:
        """Give single markers a title that fits before the next marker in their lane."""
        metrics = QFontMetrics(self.label_font())
        width = self.canvas.viewport().width()
        top = self.canvas.top_offset()
        singles = [m for m in layout.markers if m.row_id is not None]
        missing = [m.row_id for m in singles if m.row_id not in self._titles]
        if missing:
            for row_id, info in timeline_details(self.ctx.store, missing).items():
                self._titles[row_id] = info["title"]
        by_lane: dict[int, list[Marker]] = {}
        for m in layout.markers:
            by_lane.setdefault(m.lane, []).append(m)
        for lane_markers in by_lane.values():
            for i, m in enumerate(lane_markers):
                if m.row_id is None:
                    continue
                start = max(0.0, m.x + MARKER_RADIUS + 2)  # clear of a framework link
                limit = (
                    lane_markers[i + 1].left - 2 * GAP_PX if i + 1 < len(lane_markers) else width
                )
                room = min(limit, width, start + MAX_LABEL_PX) - start
                if room < MIN_LABEL_PX:
                    continue
                title = self._titles.get(m.row_id, "")
                text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(room))
                if not text or text == "…":
                    continue
                y = top + AXIS_HEIGHT + m.lane * LANE_HEIGHT + LABEL_TOP
                rect = QRectF(start, y, metrics.horizontalAdvance(text), metrics.height())
                layout.labels.append(Label(rect, text, m.row_id))

    def _link(self, layout: Layout) -> None:
        """Pair single markers of one framework that sit in different lanes."""
        by_framework: dict[int, list[Marker]] = {}
        for m in layout.markers:
            if m.row_id is not None and m.framework:
                by_framework.setdefault(m.framework, []).append(m)
        for group in by_framework.values():
            group.sort(key=lambda m: m.lane)
            for upper, lower in zip(group, group[1:], strict=False):
                if upper.lane != lower.lane:
                    layout.links.append((upper, lower))

    # -- painting ------------------------------------------------------------------------

    def _lane_top(self, lane_no: int) -> float:
        return self.canvas.top_offset() + AXIS_HEIGHT + lane_no * LANE_HEIGHT

    def paint_background(self, painter: QPainter, canvas: TimelineCanvas) -> None:
        """Lane bands, lane names' room, the time axis and its grid lines."""
        width, height = canvas.viewport().width(), canvas.viewport().height()
        palette = self.palette()
        painter.fillRect(0, 0, width, height, palette.base())
        stripe = palette.alternateBase().color()
        for lane_no, _kind in enumerate(self.lane_kinds()):
            if lane_no % 2:
                painter.fillRect(QRectF(0, self._lane_top(lane_no), width, LANE_HEIGHT), stripe)
        top = canvas.top_offset()
        painter.fillRect(QRectF(0, top, width, AXIS_HEIGHT), palette.window())
        painter.setFont(self.label_font())
        metrics = QFontMetrics(self.label_font())
        grid = QPen(palette.mid().color(), 1, Qt.PenStyle.DotLine)
        left, right = canvas.visible_days()
        ppd = canvas.px_per_day()
        bottom = self._lane_top(len(self.lane_kinds()))
        for day, text in axis_ticks(left, right, ppd, metrics):
            x = (day - left) * ppd
            painter.setPen(grid)
            painter.drawLine(QPointF(x, top + AXIS_HEIGHT - 6), QPointF(x, bottom))
            if 0 <= x + 3 <= width - metrics.horizontalAdvance(text):  # never a cut-off year
                painter.setPen(palette.text().color())
                painter.drawText(QPointF(x + 3, top + AXIS_HEIGHT - 10), text)
        if self.reader.loading or not self.data.total:
            painter.setPen(palette.text().color())
            painter.drawText(
                QRectF(0, top + AXIS_HEIGHT, width, LANE_HEIGHT * 2),
                int(Qt.AlignmentFlag.AlignCenter),
                self.tr("Loading meetings…")
                if self.reader.loading
                else self.tr("No meetings match the filters."),
            )

    def paint_layout(self, painter: QPainter, layout: Layout) -> None:
        """Framework bands and links, markers, clusters, labels, then the lane names."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        link_pen = QPen(QColor("#555555"), 1.5, Qt.PenStyle.DashLine)
        for upper, lower in layout.links:
            y1 = self._lane_top(upper.lane) + MARKER_Y
            y2 = self._lane_top(lower.lane) + MARKER_Y
            band = QRectF(
                min(upper.left, lower.left) - 6, y1 - 12,
                abs(upper.x - lower.x) + 2 * MARKER_RADIUS + 12, y2 - y1 + 24,
            )  # fmt: skip
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(120, 120, 120, 40))
            painter.drawRoundedRect(band, 8, 8)
            painter.setPen(link_pen)
            painter.drawLine(QPointF(upper.x, y1), QPointF(lower.x, y2))
        count_font = self.count_font()
        for m in layout.markers:
            self._paint_marker(painter, m, count_font)
        painter.setFont(self.label_font())
        painter.setPen(self.palette().text().color())
        for label in layout.labels:
            painter.drawText(
                label.rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label.text,
            )  # fmt: skip
        self._paint_lane_names(painter)

    def _paint_marker(self, painter: QPainter, m: Marker, count_font: QFont) -> None:
        y = self._lane_top(m.lane) + MARKER_Y
        colour = kind_colour(m.kind)
        if m.count == 1:
            ppd = self.canvas.px_per_day()
            span = (m.end_day - m.first_day) * ppd
            if span > 2 * MARKER_RADIUS:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour.lighter(150))
                painter.drawRoundedRect(QRectF(m.x, y - 3, span, 6), 3, 3)
            painter.setPen(QPen(colour.darker(140), 1))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(m.x, y), MARKER_RADIUS, MARKER_RADIUS)
            if m.row_id == self.selected_id:
                painter.setPen(QPen(self.palette().highlight().color(), 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(m.x, y), MARKER_RADIUS + 4, MARKER_RADIUS + 4)
            return
        pill = QRectF(m.left, y - 9, 2 * m.half_width, 18)
        painter.setPen(QPen(colour.darker(140), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, 9, 9)
        painter.setPen(QColor("white"))
        painter.setFont(count_font)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), str(m.count))

    def _paint_lane_names(self, painter: QPainter) -> None:
        font = self.label_font()
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        backdrop = QColor(self.palette().base().color())
        backdrop.setAlpha(220)
        for lane_no, kind in enumerate(self.lane_kinds()):
            name = enum_label(kind)
            count = len(self.data.lanes[kind])
            text = f"{name} ({count})"
            rect = QRectF(
                6, self._lane_top(lane_no) + NAME_TOP, metrics.horizontalAdvance(text) + 8,
                metrics.height() + 2,
            )  # fmt: skip
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(backdrop)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(kind_colour(kind).darker(130))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)

    # -- selection -----------------------------------------------------------------------

    def marker_at(self, pos: QPointF) -> Marker | None:
        """The marker or cluster drawn under viewport position ``pos``."""
        layout = self.compute_layout()  # what is on screen now (cheap: a few bisects)
        for m in layout.markers:
            y = self._lane_top(m.lane) + MARKER_Y
            if m.left - 3 <= pos.x() <= m.right + 3 and abs(pos.y() - y) <= 11:
                return m
        for label in layout.labels:
            if label.rect.contains(pos):
                return next(m for m in layout.markers if m.row_id == label.row_id)
        return None

    def clicked_at(self, pos: QPointF) -> None:
        """Select a marker (and show its summary); a cluster zooms in on its meetings."""
        m = self.marker_at(pos)
        if m is None:
            return
        if m.row_id is None:
            self.user_zoomed = True
            self.canvas.show_days(m.first_day - 2, m.last_day + 3)
            return
        self.select(m.row_id)

    def double_clicked_at(self, pos: QPointF) -> None:
        m = self.marker_at(pos)
        if m is not None and m.row_id is not None:
            self.select(m.row_id)
            uuid = timeline_details(self.ctx.store, [m.row_id])[m.row_id]["uuid"]
            self.ctx.open_record.emit("meeting", uuid)

    def select(self, row_id: int | None) -> None:
        """Select the meeting with this row id (None: nothing) and show its summary."""
        self.selected_id = row_id
        self._show_summary()
        self.canvas.viewport().update()

    def selected_uuid(self) -> str | None:
        if self.selected_id is None:
            return None
        info = timeline_details(self.ctx.store, [self.selected_id]).get(self.selected_id)
        return info["uuid"] if info else None

    def _show_summary(self) -> None:
        info = None
        if self.selected_id is not None:
            info = timeline_details(self.ctx.store, [self.selected_id]).get(self.selected_id)
        if info is None:
            self.summary.setText(
                self.tr(
                    "Click a marker to see its meeting; double-click to open it. Click a "
                    "number to zoom in on the meetings it counts. Ctrl + wheel zooms, "
                    "dragging pans."
                )
            )
            return
        dates = info["starts_on"]
        if info["ends_on"] and info["ends_on"] != info["starts_on"]:
            dates += f" – {info['ends_on']}"
        place = ", ".join(p for p in (info["city"], country_label(info["country"])) if p)
        facts = " · ".join(
            html.escape(p)
            for p in (enum_label(info["kind"]), dates, place, enum_label(info["status"]))
            if p
        )
        framework = (
            f"<br>{html.escape(self.tr('Framework:'))} {html.escape(info['framework'])}"
            if info["framework"]
            else ""
        )
        summary = html.escape(info["summary"] or "")
        if len(summary) > 400:
            summary = summary[:400] + "…"
        self.summary.setText(
            f"<b>{html.escape(info['title'])}</b><br>{facts}{framework}"
            + (f"<br>{summary}" if summary else "")
        )


# -- the axis --------------------------------------------------------------------------------

_STEPS = (
    ("day", 1), ("day", 2), ("day", 7), ("month", 1), ("month", 3), ("month", 6),
    ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 25), ("year", 50),
    ("year", 100),
)  # fmt: skip
_STEP_DAYS = {"day": 1, "month": 30.4, "year": 365.25}


def _tick_text(day: dt.date, unit: str) -> str:
    locale = QLocale()
    if unit == "year":
        return str(day.year)
    qdate = QDate(day.year, day.month, day.day)
    if unit == "month":
        return str(locale.toString(qdate, "MMM yyyy"))
    return str(locale.toString(qdate, "d MMM yyyy"))


def axis_ticks(
    left: float, right: float, ppd: float, metrics: QFontMetrics
) -> list[tuple[int, str]]:
    """(day number, text) of the axis ticks: the finest step whose labels do not touch."""
    sample = {"day": "28 May 2019", "month": "May 2019", "year": "2019"}
    unit, size = _STEPS[-1]
    for unit, size in _STEPS:
        if _STEP_DAYS[unit] * size * ppd >= metrics.horizontalAdvance(sample[unit]) + 16:
            break
    first = from_day_number(max(day_number(dt.date(1, 1, 2)), math.floor(left)))
    last = from_day_number(min(day_number(dt.date(9999, 12, 1)), math.ceil(right)))
    ticks: list[tuple[int, str]] = []
    if unit == "year":
        year = first.year - first.year % size
        while year <= last.year:
            if year >= 1:
                ticks.append(
                    (day_number(dt.date(year, 1, 1)), _tick_text(dt.date(year, 1, 1), unit))
                )
            year += size
    elif unit == "month":
        month_index = first.year * 12 + first.month - 1
        month_index -= month_index % size
        while True:
            day = dt.date(month_index // 12, month_index % 12 + 1, 1)
            if day > last:
                break
            ticks.append((day_number(day), _tick_text(day, unit)))
            month_index += size
    else:
        number = day_number(first)
        number -= (number - 4) % size if size == 7 else number % size  # weeks start on Monday
        while number <= day_number(last):
            ticks.append((number, _tick_text(from_day_number(number), unit)))
            number += size
    return ticks
