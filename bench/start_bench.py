"""Figure 2: start-up, from launching a new process to the main window painted with its first
rows, against a bare PySide6 window launched and painted the same way.

Both children run offscreen with the same interpreter and are timed by the parent from
``Popen`` to the line the child prints once the paint happened, so interpreter start and
imports count for both. The app child opens the large database the way the app does
(``create_main_window``) and waits for the meetings table to paint rows.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import council_desktop
from bench.timing import Figure

READY = "BENCH-PAINTED"

_WATCH = """
from PySide6.QtCore import QObject, QEvent
class Watch(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            Watch.seen = True
        return False
"""

BARE = (
    _WATCH
    + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("Hello")
window.setCentralWidget(label)
watch = Watch()
label.installEventFilter(watch)
window.resize(1280, 800)
window.show()
while not Watch.seen:
    app.processEvents()
print("BENCH-PAINTED", flush=True)
"""
)

APP = (
    _WATCH
    + """
import sys
from council_desktop.ui.app import create_main_window
from council_desktop.ui.qt import QApplication
window = create_main_window(sys.argv[1])
window.show_page("meetings")
table = window.list_view("meeting").table
watch = Watch()
table.viewport().installEventFilter(watch)
window.show()
app = QApplication.instance()
while not (Watch.seen and table.model().rowCount() > 0):
    app.processEvents()
print("BENCH-PAINTED", table.model().rowCount(), flush=True)
"""
)


def launch(code: str, args: list[str], env: dict[str, str], timeout: float = 120) -> float:
    """Seconds from starting ``python -c code`` to its READY line."""
    began = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(READY):
                elapsed = time.perf_counter() - began
                break
        else:
            _out, err = proc.communicate(timeout=timeout)
            raise RuntimeError(f"the child never painted: {err.strip()[-600:]}")
    finally:
        proc.kill()
        proc.wait()
    return elapsed


def measure_start(db: Path, env: dict[str, str], *, repeats: int) -> Figure:
    """Median start of the app on ``db`` and of a bare window, after one warm-up each."""
    figure = Figure("2 start", "s", target="<= 1.5 s and ratio <= 4")
    # An installed or frozen app starts from compiled bytecode; a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every launch compile the whole app again (~50 ms).
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    compileall.compile_dir(str(Path(council_desktop.__file__).parent), quiet=1)
    try:
        launch(APP, [str(db)], env)
    except RuntimeError as exc:
        return figure.unavailable(f"the app did not start: {exc}")
    ours = [launch(APP, [str(db)], env) for _ in range(repeats)]
    launch(BARE, [], env)
    bare = [launch(BARE, [], env) for _ in range(repeats)]
    figure.ours, figure.baseline = statistics.median(ours), statistics.median(bare)
    figure.details = {"seconds": ours, "baseline_seconds": bare, "cpus": os.cpu_count()}
    ratio = figure.ratio
    return figure.judge(figure.ours <= 1.5 and ratio is not None and ratio <= 4)
