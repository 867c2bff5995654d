"""Unexpected exceptions: written to the log file in full, shown to the user as an apology.

A desk officer never sees a traceback; the dialog names the log file so IT can read it. The
hook never raises itself (an exception inside an excepthook would end the app).

One unexpected error is not an apology matter: a damaged page of the database file met while
reading (SQLite's "database disk image is malformed"). "Your saved records are safe" would be
false then, so the hook says the file is damaged and names the newest backup to restore.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from council_desktop.logs import log_file
from council_desktop.ui.locale_format import format_datetime
from council_desktop.ui.qt import QApplication, QCoreApplication, QMessageBox

log = logging.getLogger("council_desktop.unexpected")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]
_DATABASE_PROPERTY = "councilDatabase"


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


def is_damaged_database(exc: BaseException) -> bool:
    """Whether ``exc`` says the database file itself is damaged (not locked, not busy)."""
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(exc, sqlite3.OperationalError):
        return False
    if getattr(exc, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def note_open_database(path: Path | None) -> None:
    """Remember the file the newest main window shows: the damaged-file message names it.

    Kept on the application object (no module global); set before the window is built, as a
    damaged page can already be met while its first list is read.
    """
    app = QApplication.instance()
    if app is not None and path is not None:
        app.setProperty(_DATABASE_PROPERTY, str(path))


def open_database_path() -> Path | None:
    """The database file of the newest main window (None when there is none)."""
    app = QApplication.instance()
    noted = app.property(_DATABASE_PROPERTY) if app is not None else None
    if noted:
        return Path(str(noted))
    widgets = [QApplication.activeWindow(), *QApplication.topLevelWidgets()]
    shown = [w for w in widgets if w is not None and w.isVisible()]  # a replaced one lingers
    for widget in [*shown, *widgets]:
        store = getattr(getattr(widget, "ctx", None), "store", None)
        path = getattr(store, "path", None)
        if isinstance(path, Path):
            return path
    return None


def damaged_text(db_path: Path | None, error: BaseException) -> str:
    """What to say when a read met a damaged page: which file, and the newest backup."""
    from council_desktop.settings import load
    from council_desktop.store.backup import newest_backup

    text = QCoreApplication.translate(
        "Errors",
        "The database file {path} is damaged: a part of it can no longer be read ({error}). "
        "Records in that part cannot be shown, and changes may not be saved.",
    ).format(path=str(db_path or ""), error=str(error))
    try:
        found = newest_backup(db_path, load().backup_folder) if db_path else None
    except OSError:
        found = None
    if found is None:
        return (
            text
            + "\n\n"
            + QCoreApplication.translate(
                "Errors",
                "No backup of this file was found. Close Council Desktop and ask your IT "
                "support to look at the file (council-desktop check names the damage).",
            )
        )
    return (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "Errors",
            "The newest backup is from {date}: {path}\n"
            "Restore it with File > Restore from backup… (the damaged file is kept aside).",
        ).format(date=format_datetime(found.created), path=str(found.path))
    )


def show_damaged(error: BaseException) -> None:
    """The damaged-file dialog, once per file and run (every repaint would raise it again)."""
    app = QApplication.instance()
    if app is None:
        return
    db_path = open_database_path()
    key = str(db_path)
    told = app.property("councilDamagedFilesTold") or []
    if key in told:
        return
    app.setProperty("councilDamagedFilesTold", [*told, key])
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("Errors", "The database file is damaged"),
        damaged_text(db_path, error),
    )


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The ``sys.excepthook``: log the traceback, then apologise in a dialog.

    A damaged database file gets its own message instead (:func:`show_damaged`).
    """
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        log.error("unexpected exception", exc_info=(exc_type, exc, tb))
        for handler in logging.getLogger().handlers:
            handler.flush()
        if is_damaged_database(exc):
            show_damaged(exc)
        else:
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
