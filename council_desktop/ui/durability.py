"""Plugs the durability pieces into the main window (issue 7) with one call.

``install_durability(window)`` adds File > Back up now… / Restore from backup…, Tools > Check
database, Records > History…, the Trash page, the read-only banner (when another window holds
the lock) and the watcher that shows records written by another program (the command line)
without a restart. The Trash page is built when it is first shown.

``start_daily_backup`` runs the automatic backup at open in a worker thread with its own
connection: on a large database the backup copies the whole file (over a gigabyte for 100,000
meetings), which on the UI thread held back the first paint and then froze the window.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any

from council_desktop.settings import Settings
from council_desktop.store import Change, Store, StoreError
from council_desktop.store.lock import read_owner
from council_desktop.ui.context import AppContext
from council_desktop.ui.dialogs.history_dialog import show_history
from council_desktop.ui.qt import (
    QAction,
    QCoreApplication,
    QEvent,
    QFileSystemWatcher,
    QObject,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from council_desktop.ui.read_only_banner import ReadOnlyBanner
from council_desktop.ui.views.trash_view import TrashView

POLL_MS = 2000

log = logging.getLogger(__name__)


def daily_backup(store: Store, preferences: Settings) -> None:
    """The automatic backup at open (at most once a day, rotated); never stops the app.

    A backup only reads, so ``store`` may be a read-only connection of its own (the worker's).
    """
    from council_desktop.store.backup import backup_if_due, backups_folder

    if store.path is None:
        return
    try:
        made = backup_if_due(
            store,
            backups_folder(store.path, preferences.backup_folder),
            daily=preferences.backups_daily,
            weekly=preferences.backups_weekly,
        )
    except (StoreError, OSError) as exc:  # a full or missing backup disk: say so in the log
        log.warning("the daily backup failed: %s", exc)
        return
    if made is not None:
        log.info("daily backup written to %s", made.path)


def _backup_in_own_connection(db_path: Path, preferences: Settings) -> None:
    # A sqlite3 connection belongs to the thread that made it: the worker opens its own.
    try:
        store = Store.open(db_path, read_only=True)
    except StoreError as exc:
        log.warning("the daily backup could not open %s: %s", db_path, exc)
        return
    try:
        daily_backup(store, preferences)
    finally:
        store.close()


def start_daily_backup(db_path: Path, preferences: Settings) -> threading.Thread:
    """Run :func:`daily_backup` on ``db_path`` in a worker thread; join it before quitting.

    At most one backup a day still holds: ``backup_if_due`` skips a day that has one, and only
    the window holding the file's lock starts this.
    """
    thread = threading.Thread(
        target=_backup_in_own_connection, args=(db_path, preferences), name="daily-backup"
    )
    thread.start()
    return thread


class ExternalChangeWatcher(QObject):
    """Announces ``Change("saved", "all")`` when another connection committed to the file.

    ``PRAGMA data_version`` changes only for other connections' commits, so checking it is
    cheap and never fires for this window's own saves. It is checked when the -wal file
    changes, when the window is activated, and every two seconds as a fallback.
    """

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._version = self._data_version()
        self.watcher = QFileSystemWatcher(self)
        path = ctx.store.path
        if path is not None:
            for candidate in (Path(f"{path}-wal"), path):
                if candidate.exists():
                    self.watcher.addPath(str(candidate))
        self.watcher.fileChanged.connect(lambda _p: self.check_now())
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()

    def _data_version(self) -> int | None:
        with contextlib.suppress(sqlite3.Error):
            return int(self.ctx.store.conn.execute("PRAGMA data_version").fetchone()[0])
        return None

    def check_now(self) -> bool:
        """Announce a refresh if another program wrote; True when it did."""
        version = self._data_version()
        if version is None or version == self._version:
            return False
        self._version = version
        self.ctx.announce(Change("saved", "all"))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.WindowActivate:
            self.check_now()
        return False


def _add_banner(window: Any, owner: dict[str, Any]) -> ReadOnlyBanner:
    banner = ReadOnlyBanner(owner)
    body = window.takeCentralWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(body, 1)
    window.setCentralWidget(holder)
    window.read_only_banner = banner
    return banner


def _current_record_uuid(window: Any) -> str | None:
    view = window.current_list_view()
    if view is None:
        return None
    return view.selected_uuid() or view.form.current_uuid()


def _backup_dialogs() -> Any:
    # Imported when a menu entry is used: the dialogs and store.backup are not needed to start.
    from council_desktop.ui.dialogs import backup_dialog

    return backup_dialog


def install_durability(window: Any) -> None:
    """Add the durability menus, the Trash page, the banner and the change watcher."""
    ctx: AppContext = window.ctx
    writable = not ctx.read_only and ctx.store.path is not None

    window.backup_action = QAction(
        QCoreApplication.translate("Durability", "&Back up now…"), window
    )
    window.backup_action.setStatusTip(
        QCoreApplication.translate("Durability", "Back up the records and attachments now")
    )
    window.backup_action.triggered.connect(lambda: _backup_dialogs().back_up_now(ctx, window))
    window.backup_action.setEnabled(ctx.store.path is not None)
    window.restore_action = QAction(
        QCoreApplication.translate("Durability", "&Restore from backup…"), window
    )
    window.restore_action.setStatusTip(
        QCoreApplication.translate("Durability", "Put a backup in place of this database")
    )
    window.restore_action.triggered.connect(
        lambda: _backup_dialogs().restore_from_backup(ctx, window)
    )
    window.restore_action.setEnabled(writable)
    quit_action = window.quit_action  # the backup entries go just above Quit
    window.file_menu.insertAction(quit_action, window.backup_action)
    window.file_menu.insertAction(quit_action, window.restore_action)
    window.file_menu.insertSeparator(quit_action)

    window.check_action = QAction(
        QCoreApplication.translate("Durability", "&Check database"), window
    )
    window.check_action.setStatusTip(
        QCoreApplication.translate(
            "Durability", "Check the file, its attachments and the search index"
        )
    )
    window.check_action.triggered.connect(lambda: _backup_dialogs().check_database(ctx, window))
    window.tools_menu.addAction(window.check_action)

    window.history_action = QAction(QCoreApplication.translate("Durability", "&History…"), window)
    window.history_action.setStatusTip(
        QCoreApplication.translate("Durability", "Every change to the selected record")
    )

    def open_history() -> None:
        uuid = _current_record_uuid(window)
        view = window.current_list_view()
        if uuid:
            labels = view.form.field_labels() if hasattr(view.form, "field_labels") else None
            show_history(ctx, uuid, window, labels)

    window.history_action.triggered.connect(open_history)
    window.records_menu.addAction(window.history_action)

    window.replace_page("trash", lambda: TrashView(ctx))  # built when first shown

    if ctx.read_only and ctx.store.path is not None:
        _add_banner(window, read_owner(ctx.store.path))

    window.change_watcher = ExternalChangeWatcher(ctx, window)
    window.installEventFilter(window.change_watcher)
