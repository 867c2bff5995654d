"""Starting the desktop app: QApplication, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from council_desktop.startup import open_database
from council_desktop.store.errors import StoreError
from council_desktop.ui.qt import QApplication, QMainWindow, QMessageBox


def run(db_path: Path) -> int:
    """Open the main window on ``db_path`` and run the event loop; the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Council Desktop")
    app.setOrganizationName("OrganizationOfTurkicStates")
    try:
        store = open_database(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, "Council Desktop", str(exc))
        return 2
    window = QMainWindow()
    window.setWindowTitle(f"{db_path.name} — Council Desktop")
    window.resize(1100, 700)
    window.show()
    code = app.exec()
    store.close()
    return int(code)
