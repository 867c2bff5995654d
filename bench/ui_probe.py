"""Figures 3, 5 and 7 in a process of their own: lists, calendar, timeline, pages' first
open, peak memory.

    python -m bench.ui_probe DB [--repeats N]      (prints one JSON object)

Real widgets, offscreen, with events processed: each step is timed from the user's action
to the end of the paint it causes (an event filter sees the viewport's Paint event). A fresh
process keeps the harness's own memory (the imported JSON) out of the peak RSS figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from council_desktop.ui.qt import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QEvent,
    QKeyEvent,
    QObject,
    Qt,
    QTimer,
    QWidget,
)

PAINT_TIMEOUT_S = 5.0


def none_refcount_bug() -> bool:
    """True when void QPainter calls drop a reference to ``None`` (PySide6 6.12 on Python
    3.11, where None is not immortal): after enough painting None is freed and the process
    aborts ("none_dealloc"). Found by this harness on the calendar of the large database."""
    from council_desktop.ui.qt import QImage, QPainter

    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(100):
        painter.setOpacity(1.0)
    after = sys.getrefcount(None)
    painter.end()
    return after < before


def shield_none() -> None:
    """Give None a huge reference count so the bug above cannot free it (measurement only:
    the app itself still needs a fix, see docs/performance.md)."""
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


class PaintWatch(QObject):
    """Counts Paint events reaching a widget (a viewport), to time until a change is on screen."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def until_painted(widget: QWidget, action: Callable[[], object]) -> float:
    """Seconds from ``action()`` to the end of the next paint of ``widget``."""
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    watch = PaintWatch(widget)
    began = time.perf_counter()
    action()
    while watch.count == 0 and time.perf_counter() - began < PAINT_TIMEOUT_S:
        app.processEvents()
    if watch.count == 0:  # nothing was scheduled: paint now, so the figure includes one paint
        widget.repaint()
    app.processEvents()
    elapsed = time.perf_counter() - began
    widget.removeEventFilter(watch)
    watch.deleteLater()
    return elapsed


def _ms(samples: list[float]) -> dict[str, Any]:
    return {
        "median_ms": statistics.median(samples) * 1000,
        "max_ms": max(samples) * 1000,
        "samples_ms": [round(s * 1000, 2) for s in samples],
    }


def lists(window: Any, repeats: int) -> dict[str, Any]:
    """Open the meetings list, jump to its last row (Ctrl+End), quick filter, sort column."""
    view = window.list_view("meeting")
    table, model = view.table, view.model
    viewport = table.viewport()
    out: dict[str, Any] = {}

    def open_list() -> None:
        window.show_page("meetings")
        model.refresh()

    opened = []
    for _ in range(repeats + 1):
        window.show_page("start")
        QApplication.processEvents()
        opened.append(until_painted(viewport, open_list))
    out["open"] = _ms(opened[1:])

    def ctrl_end() -> None:
        table.setFocus()
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        QApplication.sendEvent(table, press)

    jumps, reached = [], []
    for _ in range(repeats + 1):
        view.model.set_filter("")
        # Back to the first row: Ctrl+End on the row that is already current does nothing.
        table.setCurrentIndex(model.index(0, 0))
        table.scrollToTop()
        jumps.append(until_painted(viewport, ctrl_end))
        reached.append(table.currentIndex().row())
    out["last_row"] = _ms(jumps[1:])
    out["last_row"]["row_reached"] = reached[-1]
    out["last_row"]["rows_total"] = model.total_count

    words = ["istanbul", "bakü", "Алматы", "summit", "Oʻzbek", "koridor", "Бишкек", "ankara"]
    filtered, shown = [], []
    for word in words[: repeats + 1]:
        view.filter_edit.setText("")
        view.apply_filter()
        QApplication.processEvents()

        def apply(word: str = word) -> None:
            view.filter_edit.setText(word)
            view.apply_filter()  # what the 150 ms typing pause then does

        filtered.append(until_painted(viewport, apply))
        shown.append(model.total_count)
    out["filter"] = _ms(filtered[1:])
    out["filter"]["rows_shown"] = shown
    view.filter_edit.setText("")
    view.apply_filter()

    sorted_, columns = [], []
    keys = ["title", "city", "kind", "status", "starts_on"]
    for i in range(repeats + 1):
        key = keys[i % len(keys)]
        column = model.column_of(key)
        order = Qt.SortOrder.AscendingOrder if i % 2 == 0 else Qt.SortOrder.DescendingOrder
        sorted_.append(until_painted(viewport, lambda c=column, o=order: table.sortByColumn(c, o)))
        columns.append(key)
    out["sort"] = _ms(sorted_[1:])
    return out


def _page_or_view(window: Any, key: str, module: str, cls: str) -> tuple[Any, str]:
    """The window's page when it is the real view, else the view built alone (while the
    main window still shows a placeholder), else None."""
    try:
        page = window.page(key)
    except (KeyError, AttributeError):
        page = None
    if page is not None and type(page).__name__ == cls:
        return page, "main window page"
    try:
        mod = __import__(module, fromlist=[cls])
    except ImportError:
        return None, f"{module} does not exist"
    view = getattr(mod, cls)(window.ctx)
    view.resize(1100, 700)
    view.show()
    QApplication.processEvents()
    return view, "view built alone (the main window shows a placeholder)"


def calendar(window: Any, repeats: int) -> dict[str, Any]:
    view, where = _page_or_view(
        window, "calendar", "council_desktop.ui.views.calendar_view", "CalendarView"
    )
    if view is None:
        return {"available": False, "why": where}
    if where == "main window page":
        window.show_page("calendar")
    QApplication.processEvents()
    months = [(2015 + i % 10, 1 + (i * 5) % 12) for i in range(repeats + 1)]
    # The month grid is the calendar's inner table; its viewport receives the paints.
    inner = view.calendar.findChild(QAbstractItemView)
    grid = inner.viewport() if inner is not None else view.calendar
    samples, counts = [], []
    for year, month in months:
        samples.append(until_painted(grid, lambda y=year, m=month: view.show_month(y, m)))
        counts.append(
            sum(len(v) for v in view.calendar._items.values())
            if hasattr(view.calendar, "_items")
            else None
        )
    return {
        "available": True,
        "where": where,
        **_ms(samples[1:]),
        "months": months,
        "items": counts,
    }


def timeline(window: Any, repeats: int) -> dict[str, Any]:
    view, where = _page_or_view(
        window, "timeline", "council_desktop.ui.views.timeline_view", "TimelineView"
    )
    if view is None:
        return {"available": False, "why": where}
    if where == "main window page":
        window.show_page("timeline")
    QApplication.processEvents()
    wait_loaded(view)
    samples = []
    viewport = view.canvas.viewport()
    for _ in range(repeats + 1):
        view.canvas.set_zoom(view.canvas.px_per_day() * 8)  # zoomed in, then "Fit all"
        QApplication.processEvents()
        samples.append(until_painted(viewport, view.fit_all))
    return {
        "available": True,
        "where": where,
        **_ms(samples[1:]),
        "meetings": view.data.meeting_count() if hasattr(view.data, "meeting_count") else None,
    }


def _loading(page: Any) -> bool:
    """True while a page reads its data in the background (``ui/background.py``)."""
    reader = getattr(page, "reader", None)
    return bool(getattr(reader, "loading", False))


def wait_loaded(page: Any, timeout: float = 60.0) -> None:
    """Turn the event loop until ``page`` has its data (at once for a page that reads inline)."""
    began = time.perf_counter()
    while _loading(page) and time.perf_counter() - began < timeout:
        QApplication.processEvents()
        time.sleep(0.001)


_FIRST_OPEN_VIEWPORTS = {
    "timeline": lambda page: page.canvas.viewport(),
    "followup": lambda page: page.table.viewport(),
}


class FilledWatch(PaintWatch):
    """A PaintWatch that also notes when the first paint with the page's data ended."""

    def __init__(self, widget: QWidget, page: Any):
        super().__init__(widget)
        self.page = page
        self.filled_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.filled_at is None and not _loading(self.page):
            # Marked after the paint: a zero-delay timer fires once the paint has returned.
            QTimer.singleShot(0, self._filled)
        return super().eventFilter(watched, event)

    def _filled(self) -> None:
        if self.filled_at is None:
            self.filled_at = time.perf_counter()


def first_open(db: Path, key: str, repeats: int) -> dict[str, Any]:
    """A page's first show in a new window: until its first paint (what blocks the UI
    thread), until its data is painted (later when it is read in the background), and the
    longest the UI thread was busy in between (the data's arrival, the columns sized).

    Each run opens a new window (a new connection, its caches cold) on the meetings page,
    then shows ``key`` once.
    """
    from council_desktop.ui.app import create_main_window

    shown, filled, blocks = [], [], []
    closed = []  # kept until the end: freed here, not by a collection in a worker thread
    for _ in range(repeats + 1):
        window = create_main_window(db)
        window.resize(1280, 800)
        window.show_page("meetings")
        window.show()
        QApplication.processEvents()
        began = time.perf_counter()
        window.show_page(key)  # builds the page; it paints when the event loop turns
        page = window.page(key)
        watch = FilledWatch(_FIRST_OPEN_VIEWPORTS[key](page), page)
        while watch.count == 0 and time.perf_counter() - began < PAINT_TIMEOUT_S:
            QApplication.processEvents()
        shown.append(time.perf_counter() - began)
        longest = 0.0  # the UI thread's longest stretch of work while the data comes in
        while watch.filled_at is None and time.perf_counter() - began < 60:
            turn = time.perf_counter()
            QApplication.processEvents()
            longest = max(longest, time.perf_counter() - turn)
            time.sleep(0.0005)
        filled.append((watch.filled_at or time.perf_counter()) - began)
        blocks.append(longest)
        window.show_page("meetings")  # the window reopens on the page it was closed on
        window.close()
        window.ctx.store.close()
        closed.append(window)
        QApplication.processEvents()
    return {
        "available": True,
        **_ms(shown[1:]),
        "filled": _ms(filled[1:]),
        "longest_block_while_filling": _ms(blocks[1:]),
    }


def visit_everything(window: Any) -> list[str]:
    """Show every page and paint it (the memory figure wants every view visited)."""
    shown = []
    for key in window.page_keys():
        window.show_page(key)
        QApplication.processEvents()
        wait_loaded(window.page(key))
        window.grab()
        shown.append(key)
    try:
        from council_desktop.search.service import search

        search(window.ctx.store, "dışişleri")
    except ImportError:
        pass
    return shown


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    On Linux ``VmHWM`` is read: ``ru_maxrss`` survives ``exec`` and would report the
    harness's own peak (the 280 MB JSON it imported), not this process's.
    """
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, else KB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ui_probe")
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    from council_desktop.ui.app import create_main_window

    result: dict[str, Any] = {}
    QApplication.instance() or QApplication(sys.argv[:1])
    result["pyside_none_bug"] = none_refcount_bug()
    if result["pyside_none_bug"]:
        shield_none()
    began = time.perf_counter()
    window = create_main_window(args.db)
    window.resize(1280, 800)
    window.show()
    window.show_page("meetings")
    QApplication.processEvents()
    result["window_s"] = time.perf_counter() - began
    result["lists"] = lists(window, args.repeats)
    result["calendar"] = calendar(window, args.repeats)
    result["timeline"] = timeline(window, args.repeats)
    result["visited"] = visit_everything(window)
    result["peak_rss_mb"] = peak_rss_mb()
    # After the memory figure: these open (and close) windows of their own.
    result["first_open"] = {
        key: first_open(args.db, key, args.repeats) for key in ("timeline", "followup")
    }
    print(json.dumps(result))
    window.ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
