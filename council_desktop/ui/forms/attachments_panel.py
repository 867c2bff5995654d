"""A document's attached files: add (dialog or drag and drop), open, save a copy, remove.

Attaching writes at once through the store (the bytes are stored once, by hash), so the panel
needs a saved document; for a new one it says so. A file whose bytes are missing or damaged
is listed as such, never raised as an exception.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from council_desktop.records.validation import ValidationError
from council_desktop.store import (
    StoreError,
    attach_file,
    attachment_state,
    get_document,
    remove_attachment,
    save_copy,
)
from council_desktop.ui.context import AppContext
from council_desktop.ui.core_messages import translate_error
from council_desktop.ui.forms.widgets import human_size
from council_desktop.ui.qt import (
    QAbstractItemView,
    QColor,
    QDateTime,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QMimeData,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desktop.ui.temp_files import new_temp_folder

COL_NAME, COL_TYPE, COL_SIZE, COL_ADDED, COL_STATE = range(5)


class AttachmentsPanel(QWidget):
    """The attachments of one saved document."""

    attachmentsChanged = Signal(list)  # noqa: N815 — the document's attachments, fresh from the store

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.document_uuid: str | None = None
        self.attachments: list[dict[str, Any]] = []
        self._open_dir: Path | None = None
        self.setAcceptDrops(True)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Size"), self.tr("Added"),
             self.tr("State")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAcceptDrops(False)  # the panel takes the drop, wherever it lands
        self.table.viewport().setAcceptDrops(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_TYPE, COL_SIZE, COL_ADDED, COL_STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemDoubleClicked.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Attach files…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.copy_button = QPushButton(self.tr("Save a cop&y…"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.add_button.clicked.connect(self.add_from_dialog)
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.copy_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._read_only = False
        self.set_document(None, [])

    # -- showing ------------------------------------------------------------------------------

    def set_document(self, uuid: str | None, attachments: list[dict[str, Any]]) -> None:
        """Show ``attachments`` of document ``uuid`` (None: a new document, not saved yet)."""
        self.document_uuid = uuid
        self.attachments = list(attachments)
        if uuid is None:
            self.hint.setText(
                self.tr("Save the new document first; then you can attach files to it.")
            )
        elif self._read_only:
            self.hint.setText(self.tr("Read-only: attachments can be opened but not changed."))
        else:
            self.hint.setText(self.tr("Add files with the button or drag them here."))
        self.table.setRowCount(len(self.attachments))
        for r, a in enumerate(self.attachments):
            state = self.state_text(a.get("sha256", ""))
            values = [a.get("filename", ""), a.get("media_type", ""),
                      human_size(a.get("size")), self._when(a.get("added_at")), state]  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c == COL_STATE and state != self.tr("OK"):
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(r, c, item)
        if self.attachments:
            self.table.selectRow(0)
        self._update_buttons()

    def state_text(self, sha256: str) -> str:
        """OK, Missing or Damaged — whatever is wrong with the stored bytes is shown, not raised."""
        try:
            state = attachment_state(self.ctx.store, sha256)
        except (StoreError, OSError):
            state = "missing"
        return {
            "ok": self.tr("OK"),
            "missing": self.tr("Missing"),
            "damaged": self.tr("Damaged"),
        }.get(state, state)

    @staticmethod
    def _when(value: str | None) -> str:
        if not value:
            return ""
        when = QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs)
        if not when.isValid():
            return value
        return when.toLocalTime().toString("yyyy-MM-dd HH:mm")

    def reload(self) -> None:
        """Re-read the attachments from the store and tell the form."""
        if self.document_uuid is None:
            return
        try:
            attachments = get_document(self.ctx.store, self.document_uuid)["attachments"]
        except StoreError:
            attachments = []
        self.set_document(self.document_uuid, attachments)
        self.attachmentsChanged.emit(list(attachments))

    def _selected(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.attachments) and self.table.selectedItems():
            return self.attachments[row]
        return None

    def _update_buttons(self) -> None:
        writable = self.document_uuid is not None and not self._read_only
        has = self._selected() is not None
        self.add_button.setEnabled(writable)
        self.open_button.setEnabled(has)
        self.copy_button.setEnabled(has)
        self.remove_button.setEnabled(writable and has)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.set_document(self.document_uuid, self.attachments)

    # -- adding -------------------------------------------------------------------------------

    def add_from_dialog(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), str(Path.home()), self.tr("All files (*)")
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> int:
        """Attach each file (its bytes are stored once); how many were attached."""
        if self.document_uuid is None or self._read_only:
            return 0
        problems: list[str] = []
        added = 0
        for path in paths:
            if not path.is_file():
                problems.append(self.tr("%1 is not a file.").replace("%1", str(path)))
                continue
            try:
                change = attach_file(self.ctx.store, self.document_uuid, path)
            except (StoreError, ValidationError, OSError) as exc:
                problems.append(f"{path.name}: {translate_error(exc)}")
                continue
            added += 1
            self.ctx.announce(change)
        self.reload()
        if problems:
            QMessageBox.warning(
                self,
                self.tr("Some files were not attached"),
                "\n".join(problems),
            )
        return added

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.handle_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def _accepts(self, mime: QMimeData) -> bool:
        return (
            self.document_uuid is not None
            and not self._read_only
            and mime.hasUrls()
            and any(u.isLocalFile() for u in mime.urls())
        )

    def handle_drop(self, mime: QMimeData) -> int:
        """Attach the local files named in dropped data; how many were attached."""
        if not self._accepts(mime):
            return 0
        return self.add_files([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])

    # -- using --------------------------------------------------------------------------------

    def _use_anyway(self, a: dict[str, Any], opening: bool) -> bool:
        """False unless the user agrees to use a file whose bytes no longer match their hash.

        The bytes could have been tampered with: opening them or handing a copy on without a
        word would pass them off as the stored file.
        """
        try:
            state = attachment_state(self.ctx.store, a["sha256"])
        except (StoreError, OSError):
            return True  # a missing file: opening or copying says so itself
        if state != "damaged":
            return True
        question = (
            self.tr("This file does not match what was stored (it may be damaged). Open it anyway?")
            if opening
            else self.tr(
                "This file does not match what was stored (it may be damaged). Save a copy anyway?"
            )
        )
        answer = QMessageBox.warning(
            self,
            self.tr("Damaged file"),
            f"“{a['filename']}”\n\n{question}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_selected(self) -> None:
        """Open the file with the system's viewer (a copy under its own name, so the right
        program is chosen by its extension)."""
        a = self._selected()
        if a is None or not self._use_anyway(a, opening=True):
            return
        try:
            if self._open_dir is None:
                self._open_dir = new_temp_folder("attachments-")  # cleared after a day
            folder = self._open_dir / a["sha256"][:16]
            folder.mkdir(exist_ok=True)
            copy = save_copy(self.ctx.store, a["sha256"], folder / Path(a["filename"]).name)
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open the file"), translate_error(exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            QMessageBox.warning(
                self,
                self.tr("Cannot open the file"),
                self.tr("No program on this computer opens this kind of file."),
            )

    def copy_selected(self) -> None:
        """Save a copy of the file where the user chooses."""
        a = self._selected()
        if a is None or not self._use_anyway(a, opening=False):
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(Path.home() / Path(a["filename"]).name)
        )
        if not target:
            return
        try:
            save_copy(self.ctx.store, a["sha256"], Path(target))
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self, self.tr("The copy was not saved"), translate_error(exc))
            return
        self.ctx.status_message.emit(self.tr("Saved a copy to %1").replace("%1", target))

    def remove_selected(self) -> None:
        """Detach the selected file after the user confirms."""
        a = self._selected()
        if a is None or self.document_uuid is None or self._read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove “%1” from this document?").replace("%1", a["filename"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            change = remove_attachment(self.ctx.store, self.document_uuid, a["uuid"])
        except (StoreError, ValidationError) as exc:
            QMessageBox.warning(
                self, self.tr("The attachment was not removed"), translate_error(exc)
            )
            return
        self.ctx.announce(change)
        self.reload()
