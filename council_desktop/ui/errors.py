"""Unexpected exceptions: written to the log file in full, shown to the user as an apology.

A desk officer never sees a traceback; the dialog names the log file so IT can read it. The
hook never raises itself (an exception inside an excepthook would end the app).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from council_desktop.logs import log_file
from council_desktop.ui.qt import QApplication, QCoreApplication, QMessageBox

log = logging.getLogger("council_desktop.unexpected")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def apology_text(log_path: Path) -> str:
    """The sentence shown for an unexpected error (no traceback, the log file's path)."""
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong inside Council Desktop. Your saved records are safe. "
        "The details were written to the log file:\n{path}\n\n"
        "If this keeps happening, please send that file to your IT support.",
    ).format(path=log_path)


def show_apology(log_path: Path) -> None:
    """The short apology dialog (tests patch QMessageBox.critical)."""
    if QApplication.instance() is None:
        return
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("Errors", "Unexpected error"),
        apology_text(log_path),
    )


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The ``sys.excepthook``: log the traceback, then apologise in a dialog."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        log.error("unexpected exception", exc_info=(exc_type, exc, tb))
        for handler in logging.getLogger().handlers:
            handler.flush()
        show_apology(log_file())
    except Exception:  # the hook must never raise
        sys.__excepthook__(exc_type, exc, tb)


def install_excepthook() -> ExceptHook:
    """Route uncaught exceptions (also those raised in Qt slots) to :func:`handle_exception`."""
    previous = sys.excepthook
    sys.excepthook = handle_exception
    return previous


def show_error(parent: object, title: str, message: str) -> None:
    """A plain error dialog with one clear sentence (for expected errors such as StoreError)."""
    QMessageBox.warning(parent, title, message)  # type: ignore[arg-type]
