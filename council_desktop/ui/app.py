"""Starting the desktop app: QApplication, logging, the error hook, the database, the window.

``create_main_window`` is the one way to get a ready window (the app, tests, screenshots and the
frozen self-test all use it); ``run`` adds the event loop and the exit code.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from council_desktop import settings
from council_desktop.logs import setup_logging
from council_desktop.startup import open_database
from council_desktop.store import Store
from council_desktop.store.errors import StoreError
from council_desktop.ui.context import AppContext
from council_desktop.ui.dialogs.preferences import report_settings_problems
from council_desktop.ui.errors import install_excepthook
from council_desktop.ui.i18n import install_language
from council_desktop.ui.icons import icon
from council_desktop.ui.main_window import MainWindow
from council_desktop.ui.qt import QApplication, QCoreApplication, QMessageBox

log = logging.getLogger(__name__)

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


def create_main_window(source: Path | str | Store) -> MainWindow:
    """A main window over ``source`` (a database path, opened like the app does, or a Store).

    Raises :class:`StoreError` when the file cannot be opened (the caller decides how to say so).
    """
    application()
    store = source if isinstance(source, Store) else open_database(Path(source))
    ctx = AppContext(store)
    window = MainWindow(ctx)
    ctx.setParent(window)
    return window


def run(db_path: Path) -> int:
    """Open the main window on ``db_path`` and run the event loop; the exit code."""
    app = application()
    log_path = setup_logging()
    install_excepthook()
    log.info("starting on %s (log %s)", db_path, log_path)
    preferences = settings.load()
    install_language(preferences.interface_language)
    try:
        window = create_main_window(db_path)
    except StoreError as exc:
        log.warning("cannot open %s: %s", db_path, exc)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Cannot open the database"),
            str(exc),
        )
        return EXIT_CANNOT_OPEN
    window.show()
    report_settings_problems(window, preferences.problems)
    code = app.exec()
    window.ctx.store.close()
    return int(code)
