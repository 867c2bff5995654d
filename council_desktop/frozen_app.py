"""What both frozen executables do around the command line: a log file and a crash report.

Installed builds have no terminal a desk officer would read, so everything goes to the rotating
log file in the user log folder (logs.py). An exception that escapes the app (for instance a
module a trimmed build left out) is written there in full, and the user is told where the file
is: on stderr for ``council-desktop-cli``, in a dialog for the windowed ``council-desktop``.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger("council_desktop.frozen")


def _utf8_streams() -> None:
    """Redirected output of a frozen build is UTF-8 (Turkish titles in a cp1252 pipe)."""
    if not getattr(sys, "frozen", False):
        return  # from source, Python's own settings (PYTHONIOENCODING, -X utf8) decide
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not stream.isatty():
            reconfigure(encoding="utf-8", errors="replace")


def crash_message(log_path: Path) -> str:
    """The sentence shown for an exception that escaped the app."""
    return (
        "Council Desktop stopped because of an unexpected error. Your saved records are safe.\n"
        f"The details were written to the log file:\n{log_path}\n"
        "Please send that file to your IT support."
    )


def _tell_user(message: str, *, windowed: bool) -> None:
    if sys.stderr is not None:
        print(message, file=sys.stderr)
    if not windowed or os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return  # nobody could see (or close) a dialog
    try:  # the app's own apology dialog, if Qt itself still works
        from council_desktop.logs import log_file
        from council_desktop.ui.errors import show_apology
        from council_desktop.ui.qt import QApplication

        _app = QApplication.instance() or QApplication(sys.argv[:1])
        show_apology(log_file())
        return
    except Exception:
        log.exception("the crash dialog could not be shown")
    if sys.platform == "win32":  # Qt is what failed: the plain Windows message box
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, message, "Council Desktop", 0x10)


def run(*, windowed: bool) -> int:
    """Run the ``council-desktop`` command line as a frozen executable; the exit code."""
    from council_desktop.logs import setup_logging

    _utf8_streams()
    log_path = setup_logging()
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    try:
        from council_desktop import __version__
        from council_desktop.cli import cli

        log.info(
            "start %s %s (%s)", __version__, sys.argv[1:], "windowed" if windowed else "console"
        )
        name = "council-desktop" if windowed else "council-desktop-cli"
        cli.main(prog_name=name, obj={}, standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except BaseException:
        log.critical("unexpected exception", exc_info=True)
        for handler in logging.getLogger().handlers:
            handler.flush()
        _tell_user(crash_message(log_path), windowed=windowed)
        return 70  # EX_SOFTWARE
    return 0
