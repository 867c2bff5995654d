"""The documents a meeting links: pick from the registry, unlink, reorder, open."""

from __future__ import annotations

from typing import Any

from council_desktop.store import StoreError, get_document, restore
from council_desktop.ui.context import AppContext
from council_desktop.ui.forms.document_picker import DocumentPicker
from council_desktop.ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

FOUND, TRASHED, MISSING = "found", "trashed", "missing"


class DocumentTitles:
    """Looks up and remembers what a linked document is called (for tables and drop-downs).

    A linked document may be in the trash (a meeting keeps its links while the document is
    deleted): it is shown by its title and "(in the trash)", not as "not found".
    """

    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self._known: dict[str, dict[str, Any]] = {}

    def info(self, uuid: str | None) -> dict[str, Any]:
        """Title, date, reference and ``state`` (found, trashed, missing) of a document."""
        if not uuid:
            return {"title": "", "dated_on": "", "reference": "", "state": MISSING}
        if uuid in self._known:
            return self._known[uuid]
        try:
            doc = get_document(self.ctx.store, uuid, include_deleted=True)
        except StoreError:
            missing = QCoreApplication.translate("LinkedDocuments", "(document not found)")
            return {"title": missing, "dated_on": "", "reference": "", "state": MISSING}
        info = {k: doc.get(k) or "" for k in ("title", "dated_on", "reference")}
        if doc.get("deleted_at"):  # not remembered: it may be restored at any time
            trashed = QCoreApplication.translate("LinkedDocuments", "(in the trash)")
            return {**info, "title": f"{info['title']} {trashed}", "state": TRASHED}
        self._known[uuid] = {**info, "state": FOUND}
        return self._known[uuid]

    def title(self, uuid: str | None) -> str:
        return str(self.info(uuid)["title"])

    def forget(self) -> None:
        self._known.clear()


class LinkedDocuments(QWidget):
    """A meeting's linked documents (a list of uuids) with Link… / Unlink / Open."""

    edited = Signal()

    def __init__(self, ctx: AppContext, titles: DocumentTitles, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.titles = titles
        self._uuids: list[str] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Date"),
                                              self.tr("Reference")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemDoubleClicked.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.link_button = QPushButton(self.tr("&Link…"), self)
        self.unlink_button = QPushButton(self.tr("U&nlink"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.link_button.clicked.connect(self.link)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.open_button.clicked.connect(self.open_selected)
        hint = QLabel(self.tr("Documents of the registry that belong to this meeting."), self)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.link_button, self.unlink_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self._read_only = False
        self._update_buttons()

    def value(self) -> list[str]:
        return list(self._uuids)

    def set_value(self, uuids: list[str] | None) -> None:
        self._uuids = list(uuids or [])
        self.table.setRowCount(len(self._uuids))
        for r, uuid in enumerate(self._uuids):
            info = self.titles.info(uuid)
            for c, key in enumerate(("title", "dated_on", "reference")):
                item = QTableWidgetItem(str(info[key]))
                item.setToolTip(str(info[key]))
                if info["state"] != FOUND:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(r, c, item)
        self._update_buttons()

    def link(self) -> None:
        """Pick documents from the registry and add them to the list."""
        chosen = DocumentPicker.pick(self.ctx, set(self._uuids), self)
        new = [u for u in chosen if u not in self._uuids]
        if new:
            self.set_value(self._uuids + new)
            self.edited.emit()

    def unlink_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._uuids):
            self.set_value(self._uuids[:row] + self._uuids[row + 1 :])
            self.edited.emit()

    def open_selected(self) -> None:
        """Open the selected document; one in the trash is offered back first."""
        row = self.table.currentRow()
        if not 0 <= row < len(self._uuids):
            return
        uuid = self._uuids[row]
        state = self.titles.info(uuid)["state"]
        if state == TRASHED and not self._restore(uuid):
            return
        if state == MISSING:
            QMessageBox.information(
                self,
                self.tr("Document not found"),
                self.tr("This document was deleted for good. Unlink removes it from the meeting."),
            )
            return
        self.ctx.open_record.emit("document", uuid)

    def _restore(self, uuid: str) -> bool:
        """Ask to bring a trashed document back (restoring it whole); True when it is back."""
        title = get_document(self.ctx.store, uuid, include_deleted=True)["title"]
        if self.ctx.read_only:
            QMessageBox.information(
                self,
                self.tr("Document in the trash"),
                self.tr("“%1” is in the trash; a read-only window cannot restore it.").replace(
                    "%1", title
                ),
            )
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Document in the trash"),
            self.tr("“%1” is in the trash. Restore it and open it?").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            change = restore(self.ctx.store, "document", uuid)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), str(exc))
            return False
        self.ctx.announce(change)
        self.set_value(self._uuids)  # its title without "(in the trash)"
        return True

    def _update_buttons(self) -> None:
        has = 0 <= self.table.currentRow() < len(self._uuids) and bool(self.table.selectedItems())
        self.link_button.setEnabled(not self._read_only)
        self.unlink_button.setEnabled(has and not self._read_only)
        self.open_button.setEnabled(has)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
