"""The Trash page: deleted records, Restore (whole), and Empty trash (asks first)."""

from __future__ import annotations

from typing import Any

from council_desktop.store import StoreError, empty_trash, restore, trash_items
from council_desktop.ui.context import AppContext
from council_desktop.ui.core_messages import translate_error
from council_desktop.ui.errors import show_error
from council_desktop.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class TrashView(QWidget):
    """Lists the trash; reloads on every change (it is small)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[dict[str, str]] = []
        heading = QLabel(self.tr("Trash"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.hint = QLabel(
            self.tr(
                "Deleted meetings and documents stay here, with their participants, agenda, "
                "outcomes, actions, links and attachments, until you empty the trash."
            )
        )
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Deleted"), self.tr("Type"), self.tr("Title")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected records back, whole"))
        self.empty_button = QPushButton(self.tr("Empty trash…"))
        self.empty_button.setToolTip(self.tr("Delete everything in the trash for good"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        ctx.changed.connect(self._on_change)
        self.reload()

    def _labels(self) -> dict[str, str]:
        return {"meeting": self.tr("Meeting"), "document": self.tr("Document")}

    def reload(self) -> None:
        """Read the trash again."""
        self.items = trash_items(self.ctx.store)
        labels = self._labels()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = (
                item["deleted_at"][:16].replace("T", " "),
                labels.get(item["record_type"], item["record_type"]),
                item["title"],
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.ctx.read_only
        self.restore_button.setEnabled(writable and bool(self.selected()))
        self.empty_button.setEnabled(writable and bool(self.items))

    def selected(self) -> list[dict[str, str]]:
        """The selected trash entries."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.items[r] for r in rows if r < len(self.items)]

    def restore_selected(self) -> None:
        """Restore the selected records (each whole) and tell every view."""
        for item in self.selected():
            try:
                change = restore(self.ctx.store, item["record_type"], item["uuid"])
            except StoreError as exc:
                show_error(self, self.tr("Cannot restore"), translate_error(exc))
                break
            self.ctx.announce(change)
            self.ctx.status_message.emit(self.tr("Restored “{title}”.").format(title=item["title"]))

    def empty(self) -> bool:
        """Delete the trash for good, after asking; True when it was emptied."""
        if not self.items:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Empty trash"),
            self.tr(
                "Delete {count} records in the trash for good? This cannot be undone "
                "(backups still hold them)."
            ).format(count=len(self.items)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            change = empty_trash(self.ctx.store)
        except StoreError as exc:
            show_error(self, self.tr("Cannot empty the trash"), translate_error(exc))
            return False
        self.ctx.announce(change)
        return True

    def _on_change(self, _change: Any) -> None:
        self.reload()
