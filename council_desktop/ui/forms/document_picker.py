"""A dialog to pick documents from the registry, filtered as you type (Turkish-aware, in SQL)."""

from __future__ import annotations

from council_desktop.store import document_choices
from council_desktop.ui.context import AppContext
from council_desktop.ui.enum_labels import enum_label
from council_desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

UUID_ROLE = Qt.ItemDataRole.UserRole


class DocumentPicker(QDialog):
    """Choose one or more documents; documents in ``exclude`` (already linked) are not offered."""

    def __init__(
        self, ctx: AppContext, exclude: set[str] | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.exclude = set(exclude or ())
        self.setWindowTitle(self.tr("Link documents"))
        self.resize(720, 440)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Type part of a title, reference or place"))
        self.filter_edit.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Filter:"), self)
        label.setBuddy(self.filter_edit)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Date"), self.tr("Reference"), self.tr("Kind")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemDoubleClicked.connect(lambda _i: self.accept())
        self.table.itemSelectionChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.filter_edit.textChanged.connect(self.refill)
        self.refill("")

    def refill(self, text: str) -> None:
        """Show the documents matching ``text`` (the store folds case and diacritics)."""
        rows = [r for r in document_choices(self.ctx.store, text) if r["uuid"] not in self.exclude]
        self.table.setRowCount(len(rows))
        for r, doc in enumerate(rows):
            values = (doc["title"], doc["dated_on"] or "", doc["reference"] or "",
                      enum_label(doc["kind"]))  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(UUID_ROLE, doc["uuid"])
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        if rows:
            self.table.selectRow(0)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.selected_uuids()))

    def selected_uuids(self) -> list[str]:
        items = {i.row(): i for i in self.table.selectedItems()}
        return [items[r].data(UUID_ROLE) for r in sorted(items)]

    @classmethod
    def pick(
        cls, ctx: AppContext, exclude: set[str] | None = None, parent: QWidget | None = None
    ) -> list[str]:
        """Run the dialog; the chosen uuids (empty when cancelled). Tests patch this."""
        dialog = cls(ctx, exclude, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.selected_uuids()
            return []
        finally:
            dialog.deleteLater()
