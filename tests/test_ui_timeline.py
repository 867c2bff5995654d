"""The Timeline page: one marker or counted cluster per meeting, filters, zoom, labels."""

from __future__ import annotations

import itertools

from council_desktop.records.model import new_meeting
from council_desktop.store import save_meetings
from council_desktop.ui.qt import QDate, QPoint, QPointF, Qt
from council_desktop.ui.views.timeline_view import TimelineView

SUMMIT_2019 = "0c0f1d00-2013-4c0d-9a00-000000000001"


def _view(qtbot, ctx) -> TimelineView:
    view = TimelineView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 560)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    return view


def _layout(view: TimelineView):
    view.canvas.grab()  # paint once, as the screen would
    return view.compute_layout()


def _no_overlaps(rects) -> bool:
    return not any(a.intersects(b) for a, b in itertools.combinations(rects, 2))


def test_fit_all_shows_every_sample_meeting_once(qtbot, app_context, tmp_path):
    view = _view(qtbot, app_context)
    layout = _layout(view)
    assert layout.meeting_count() == 7
    assert view.lane_kinds() == ["summit", "regular", "extraordinary", "informal", "other"]
    assert layout.labels, "some markers are labelled"
    # The 7th Summit and the ministers' meeting held for it are linked.
    assert any({a.kind, b.kind} == {"summit", "regular"} for a, b in layout.links)
    view.grab().save(str(tmp_path / "timeline.png"))


def test_filters_cut_the_markers(qtbot, app_context):
    view = _view(qtbot, app_context)
    view.kind_boxes["informal"].setChecked(False)
    view.kind_boxes["extraordinary"].setChecked(False)
    qtbot.waitUntil(lambda: view.data.total == 3)
    assert _layout(view).meeting_count() == 3
    view.tag_combo.setCurrentIndex(view.tag_combo.findData("Bakü"))
    qtbot.waitUntil(lambda: view.data.total == 2)
    assert _layout(view).meeting_count() == 2
    view.tag_combo.setCurrentIndex(0)
    view.country_combo.setCurrentIndex(view.country_combo.findData("TR"))
    qtbot.waitUntil(lambda: view.data.total == 1)  # the Istanbul summit (extraordinary is off)
    view.country_combo.setCurrentIndex(0)
    for box in view.kind_boxes.values():
        box.setChecked(True)
    view.date_from.setDate(QDate(2020, 1, 1))
    qtbot.waitUntil(lambda: view.data.total == 3)
    view.date_to.setDate(QDate(2020, 12, 31))
    qtbot.waitUntil(lambda: view.data.total == 1)
    assert _layout(view).meeting_count() == 1


def test_zoom_keeps_label_size_and_labels_never_overlap(qtbot, app_context):
    store = app_context.store
    crowd = []
    for n in range(300):  # a crowded stretch: 300 meetings over 2016-2017
        m = new_meeting()
        m.update(
            title=f"Working group meeting number {n}",
            kind=("regular", "other", "informal")[n % 3],
            starts_on=f"{2016 + n // 150}-{1 + (n // 12) % 12:02d}-{1 + n % 28:02d}",
        )
        m["ends_on"] = m["starts_on"]
        crowd.append(m)
    app_context.announce(save_meetings(store, crowd))
    view = _view(qtbot, app_context)
    heights = set()
    for _ in range(9):
        layout = _layout(view)
        assert layout.meeting_count() == 307 or view.user_zoomed
        assert _no_overlaps([label.rect for label in layout.labels])
        # Markers and clusters in one lane never touch either.
        for lane in {m.lane for m in layout.markers}:
            row = sorted((m for m in layout.markers if m.lane == lane), key=lambda m: m.x)
            assert all(a.right < b.left for a, b in zip(row, row[1:], strict=False))
        heights |= {round(label.rect.height()) for label in layout.labels}
        assert view.label_font().pixelSize() == 12
        qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    assert len(heights) == 1, "labels keep one size at every zoom"
    view.fit_all()
    clusters = [m for m in _layout(view).markers if m.count > 1]
    assert clusters, "at fit-all the crowd is shown as counted clusters"


def test_ctrl_wheel_zooms_and_plain_wheel_scrolls(qtbot, app_context):
    view = _view(qtbot, app_context)
    before = view.canvas.px_per_day()
    centre = QPointF(view.canvas.viewport().rect().center())
    qtbot.wait(1)
    from PySide6.QtGui import QWheelEvent  # test-only: synthesise the event

    from council_desktop.ui.qt import QApplication

    event = QWheelEvent(
        centre, view.canvas.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view.canvas.viewport(), event)
    assert view.canvas.px_per_day() > before * 1.4


def test_click_selects_and_double_click_opens(qtbot, app_context):
    view = _view(qtbot, app_context)
    view.canvas.show_days(18150, 18330)  # around October 2019
    layout = _layout(view)
    summit = next(m for m in layout.markers if m.kind == "summit")
    y = view._lane_top(summit.lane) + 32
    pos = QPoint(round(summit.x), round(y))
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.selected_uuid() == SUMMIT_2019
    assert "Türk Konseyi Yedinci Zirvesi" in view.summary.text()
    opened = []
    app_context.open_record.connect(lambda kind, uuid: opened.append((kind, uuid)))
    qtbot.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert opened == [("meeting", SUMMIT_2019)]
