"""Timeline "Fit all": every meeting in view with a margin at both ends, the last one labelled."""

from __future__ import annotations

import pytest

from council_desktop.ui.views.timeline_view import MARKER_RADIUS, MIN_LABEL_PX, TimelineView

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("width", [1100, 700])
def test_fit_all_leaves_a_margin_and_labels_the_last_meeting(qtbot, app_context, tmp_path, width):
    view = TimelineView(app_context)
    qtbot.addWidget(view)
    view.resize(width, 560)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    view.canvas.grab().save(str(tmp_path / f"timeline-{width}.png"))
    layout = view.compute_layout()
    viewport = view.canvas.viewport().width()
    assert layout.meeting_count() == 7
    xs = sorted(m.x for m in layout.markers)
    margin = 0.04 * (xs[-1] - xs[0])  # 4 % of the span in pixels, at the least
    assert margin * 0.9 <= xs[0] <= margin * 1.5  # off the left edge, but not far
    assert xs[0] - MARKER_RADIUS > 0
    assert viewport - (xs[-1] + MARKER_RADIUS) >= margin
    last = max(layout.markers, key=lambda m: m.x)
    labels = [label for label in layout.labels if label.row_id == last.row_id]
    assert labels, "the right-most meeting has no label"
    assert labels[0].rect.width() >= MIN_LABEL_PX
    assert labels[0].rect.right() <= viewport
