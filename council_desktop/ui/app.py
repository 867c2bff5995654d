"""Starting the desktop app: QApplication, logging, the error hook, the database, the window.

``create_main_window`` is the one way to get a ready window (the app, tests, screenshots and the
frozen self-test all use it); ``run`` adds the event loop and the exit code.

Start-up order: open the file, build the window with only the page it opens on (other pages
are built when first shown), show it, and only then start the work that can wait — the daily
backup runs in a worker thread once the event loop turns, so the first rows paint without
waiting for a copy of the database.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from council_desktop import settings
from council_desktop.logs import setup_logging
from council_desktop.startup import open_database
from council_desktop.store import Store
from council_desktop.store.errors import StoreError
from council_desktop.store.lock import acquire as acquire_lock
from council_desktop.ui.context import AppContext
from council_desktop.ui.core_messages import translate_error
from council_desktop.ui.dialogs.preferences import report_settings_problems
from council_desktop.ui.durability import daily_backup, start_daily_backup
from council_desktop.ui.errors import install_excepthook, note_open_database
from council_desktop.ui.i18n import install_language
from council_desktop.ui.icons import icon
from council_desktop.ui.locale_format import format_datetime
from council_desktop.ui.main_window import MainWindow
from council_desktop.ui.qt import QApplication, QCoreApplication, QMessageBox, QTimer
from council_desktop.ui.temp_files import remove_old_temp_files

log = logging.getLogger(__name__)

__all__ = ["application", "create_main_window", "daily_backup", "newest_backup_sentence", "run"]

APP_NAME = "Council Desktop"
ORGANIZATION = "OrganizationOfTurkicStates"
EXIT_CANNOT_OPEN = 2


def application() -> QApplication:
    """The one QApplication (created if needed), named so QSettings finds its file."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("CouncilDesktop")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setWindowIcon(icon("app"))
    return app


def create_main_window(source: Path | str | Store, *, read_only: bool = False) -> MainWindow:
    """A main window over ``source`` (a database path, opened like the app does, or a Store).

    ``read_only`` opens the file without writing (another window holds its lock). Raises
    :class:`StoreError` when the file cannot be opened (the caller decides how to say so).
    """
    application()
    store = (
        source if isinstance(source, Store) else open_database(Path(source), read_only=read_only)
    )
    ctx = AppContext(store)
    note_open_database(store.path)  # named if a damaged page is met while the window builds
    window = MainWindow(ctx)
    ctx.setParent(window)
    return window


def run(db_path: Path) -> int:
    """Open the main window on ``db_path`` and run the event loop; the exit code."""
    app = application()
    log_path = setup_logging()
    install_excepthook()
    log.info("starting on %s (log %s)", db_path, log_path)
    remove_old_temp_files()  # briefs and attachments opened in other programs, days ago
    preferences = settings.load()
    install_language(preferences.interface_language)
    # A second window on the same file opens it read-only (with a banner) instead of writing
    # under the first one's feet; the lock is released when this window closes.
    try:
        lock = acquire_lock(db_path)
    except OSError:  # a folder this user cannot write (a CD, a share): read, never write
        lock = None
    try:
        window = create_main_window(db_path, read_only=lock is None)
    except StoreError as exc:
        if lock is not None:
            lock.release()
        log.warning("cannot open %s: %s", db_path, exc)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Cannot open the database"),
            translate_error(exc) + newest_backup_sentence(db_path, preferences.backup_folder),
        )
        return EXIT_CANNOT_OPEN
    window.show()
    backups: list[threading.Thread] = []
    store_path = window.ctx.store.path
    if lock is not None and store_path is not None:
        # Only the lock holder backs up; after the window is up, in a thread of its own.
        QTimer.singleShot(0, lambda: backups.append(start_daily_backup(store_path, preferences)))
    report_settings_problems(window, preferences.problems)
    code = app.exec()
    for thread in backups:  # a backup under way finishes while the file is still ours
        if thread.is_alive():
            log.info("waiting for the daily backup to finish")
        thread.join()
    window.ctx.store.close()
    if lock is not None:
        lock.release()
    return int(code)


def newest_backup_sentence(db_path: Path, folder: str) -> str:
    """A paragraph naming the newest backup, for the cannot-open dialog (empty when none)."""
    from council_desktop.store.backup import newest_backup

    try:
        found = newest_backup(db_path, folder)
    except OSError:
        return ""
    if found is None:
        return ""
    return "\n\n" + QCoreApplication.translate(
        "App", 'The newest backup is from {date}. To restore it: council-desktop restore "{path}"'
    ).format(date=format_datetime(found.created), path=str(found.path))
