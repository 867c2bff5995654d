"""Figure 2: start-up, from launching a new process to the main window painted with its first
rows, against a bare PySide6 window launched and painted the same way.

Both children run offscreen with the same interpreter and are timed by the parent from
``Popen`` to the line the child prints once the paint happened, so interpreter start and
imports count for both. The app child goes through the real entry point (``council-desktop
--db DB``: command line, ``gui_entry``, ``ui.app.run``) and stops once the meetings table has
painted rows.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
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

# The app child starts the real entry point (``council-desktop --db DB``: the command line,
# ``gui_entry``, ``ui.app.run`` with its logging, settings, translators and lock). Only
# ``QApplication.exec`` is replaced, so the product carries no bench code: instead of running
# the event loop, it turns it until the meetings table has painted rows, prints the line, and
# returns. The daily backup (at most once a day, in a worker thread after the window is up) is
# left out: it would copy the whole 1.2 GB file at every launch of the bench.
APP = (
    _WATCH
    + """
import sys, time
from PySide6.QtWidgets import QApplication
import council_desktop.ui.durability as durability
import threading

def _no_backup(db_path, preferences):
    thread = threading.Thread(target=lambda: None)
    thread.start()
    return thread

durability.start_daily_backup = _no_backup

def _exec_until_painted(app):
    windows = [w for w in app.topLevelWidgets() if hasattr(w, "list_view") and w.isVisible()]
    if len(windows) != 1:
        print("BENCH-FAILED no main window", flush=True)
        return 1
    window = windows[0]
    if window.current_page_key() != "meetings":
        print("BENCH-FAILED the window opened on", window.current_page_key(), flush=True)
        return 1
    table = window.list_view("meeting").table
    watch = Watch()
    table.viewport().installEventFilter(watch)
    deadline = time.monotonic() + 60
    while not (Watch.seen and table.model().rowCount() > 0):
        app.processEvents()
        if time.monotonic() > deadline:
            print("BENCH-FAILED no paint within 60 s", flush=True)
            return 1
    print("BENCH-PAINTED", table.model().rowCount(), flush=True)
    return 0

QApplication.exec = _exec_until_painted
sys.argv = ["council-desktop", "--db", sys.argv[1]]
from council_desktop.cli import main
main()
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
    said: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(READY):
                elapsed = time.perf_counter() - began
                break
            said.append(line.strip())
        else:
            _out, err = proc.communicate(timeout=timeout)
            why = " ".join([*said[-3:], err.strip()[-600:]])
            raise RuntimeError(f"the child never painted: {why}")
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
    with tempfile.TemporaryDirectory(prefix="bench-start-home-") as home:
        # A home of its own: no window layout saved by the UI probe (the window would reopen
        # on the page it was closed on), no settings but the defaults.
        env.update(
            HOME=home,
            XDG_CONFIG_HOME=f"{home}/config",
            XDG_DATA_HOME=f"{home}/data",
            XDG_STATE_HOME=f"{home}/state",
            XDG_CACHE_HOME=f"{home}/cache",
        )
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
