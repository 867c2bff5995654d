"""File > Back up now… and File > Restore from backup… (with dates and record counts).

Restoring swaps the database file, so the window closes its connection first (it keeps the
lock, so no second window can slip in), restores, and reopens the restored file. Unsaved edits
are settled first (Save / Discard / Cancel) and the forms reloaded after, so a later save never
writes a form's old copy over the restored record.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from council_desktop import settings
from council_desktop.store import Change, StoreError
from council_desktop.store.backup import (
    BackupInfo,
    backups_folder,
    create_backup,
    list_backups,
    restore,
)
from council_desktop.store.check import check
from council_desktop.ui.context import AppContext
from council_desktop.ui.core_messages import translate_error, translate_messages
from council_desktop.ui.errors import show_error
from council_desktop.ui.locale_format import format_datetime
from council_desktop.ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from council_desktop.ui.main_window import MainWindow


def backup_folder_for(ctx: AppContext) -> Path:
    """Where this database's backups go (settings.backup_folder or backups/ beside it)."""
    assert ctx.store.path is not None
    return backups_folder(ctx.store.path, settings.load().backup_folder)


def back_up_now(ctx: AppContext, parent: QWidget | None = None) -> BackupInfo | None:
    """Make a backup set now and say where it went."""
    try:
        info = create_backup(ctx.store, backup_folder_for(ctx), kind="manual")
    except (StoreError, OSError) as exc:
        show_error(
            parent, QCoreApplication.translate("Backup", "Backup failed"), translate_error(exc)
        )
        return None
    ctx.status_message.emit(
        QCoreApplication.translate(
            "Backup", "Backed up {meetings} meetings and {documents} documents to {path}"
        ).format(meetings=info.meetings, documents=info.documents, path=str(info.path))
    )
    if info.missing_attachments:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Backup", "Attachment files missing from the backup"),
            QCoreApplication.translate(
                "Backup",
                "The backup was made in {path}, but {count} attachment file(s) were missing or "
                "damaged in the attachments folder, so they are NOT in it (their records are):",
            ).format(path=str(info.path), count=len(info.missing_attachments))
            + "\n\n"
            + _bullets(translate_messages(list(info.missing_attachments)))
            + "\n\n"
            + QCoreApplication.translate(
                "Backup",
                "Run Tools > Check database, and attach these files again from another copy.",
            ),
        )
    return info


def _bullets(items: list[str], limit: int = 20) -> str:
    """At most ``limit`` lines, then how many more."""
    shown = [f"• {item}" for item in items[:limit]]
    if len(items) > limit:
        shown.append(
            QCoreApplication.translate("Backup", "… and {count} more").format(
                count=len(items) - limit
            )
        )
    return "\n".join(shown)


class RestoreDialog(QDialog):
    """The backups of this database, newest first; Restore puts the chosen one in place."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Restore from backup"))
        folder = backup_folder_for(ctx)
        stem = ctx.store.path.stem if ctx.store.path else None
        self.backups = list_backups(folder, stem)
        intro = QLabel(
            self.tr(
                "Choose a backup. The backup is checked first; the current file is kept "
                "aside (renamed with the date and time), never overwritten."
            )
        )
        intro.setWordWrap(True)
        kinds = {
            "auto": self.tr("daily"),
            "manual": self.tr("by hand"),
            "migration": self.tr("before an upgrade"),
            "file": self.tr("file"),
        }
        self.table = QTableWidget(len(self.backups), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Meetings"), self.tr("Documents")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, b in enumerate(self.backups):
            cells = (
                format_datetime(b.created),
                kinds.get(b.kind, b.kind),
                "?" if b.meetings is None else str(b.meetings),
                "?" if b.documents is None else str(b.documents),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        where = QLabel(self.tr("Backups folder: {folder}").format(folder=str(folder)))
        where.setWordWrap(True)
        if not self.backups:
            where.setText(
                self.tr("There are no backups in {folder} yet.").format(folder=str(folder))
            )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.backups) and not ctx.read_only)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.resize(640, 380)

    def chosen(self) -> BackupInfo | None:
        """The selected backup."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None


def restore_backup(ctx: AppContext, info: BackupInfo, parent: QWidget | None = None) -> bool:
    """Restore ``info`` over the open database and reopen it; True on success."""
    path = ctx.store.path
    if path is None or ctx.read_only:
        return False
    ctx.store.close()
    try:
        report = restore(info.path, path, holding_lock=True)
    except (StoreError, OSError) as exc:
        ctx.store.reopen()  # the file is untouched: carry on with it
        show_error(
            parent, QCoreApplication.translate("Backup", "Restore refused"), translate_error(exc)
        )
        return False
    ctx.store.reopen()
    ctx.announce(Change("saved", "all"))
    steps = "\n".join(translate_messages(report.lines()))
    if report.missing_attachments:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Backup", "Restored without some attachment files"),
            QCoreApplication.translate(
                "Backup",
                "The records were restored, but {count} attachment file(s) were already "
                "missing when the backup was made, so they could not be restored:",
            ).format(count=len(report.missing_attachments))
            + "\n\n"
            + _bullets(translate_messages(report.missing_attachments))
            + "\n\n"
            + QCoreApplication.translate("Backup", "Attach them again from another copy.")
            + "\n\n"
            + steps,
        )
    else:
        QMessageBox.information(parent, QCoreApplication.translate("Backup", "Restored"), steps)
    return True


def restore_from_backup(ctx: AppContext, window: MainWindow | None = None) -> bool:
    """File > Restore from backup…: settle unsaved edits, choose, restore, reload the forms."""
    if window is not None and not window.settle_edits():
        return False
    dialog = RestoreDialog(ctx, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return False
    info = dialog.chosen()
    assert info is not None
    restored = restore_backup(ctx, info, window)
    if restored and window is not None:
        window.reload_forms()
    return restored


def check_database(ctx: AppContext, parent: QWidget | None = None) -> list[str]:
    """Tools > Check database: run every check and show the result."""
    problems = check(ctx.store)
    if problems:
        shown = translate_messages(problems[:30])
        if len(problems) > 30:
            shown.append(
                QCoreApplication.translate("Backup", "… and {count} more").format(
                    count=len(problems) - 30
                )
            )
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Backup", "Check database"),
            QCoreApplication.translate("Backup", "{count} problem(s) found:").format(
                count=len(problems)
            )
            + "\n\n"
            + "\n".join(shown),
        )
    else:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Backup", "Check database"),
            QCoreApplication.translate("Backup", "No problems found."),
        )
    return problems
