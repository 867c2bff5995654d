"""A record's history: every save, delete and restore, by whom, and what changed."""

from __future__ import annotations

from council_desktop.store import history
from council_desktop.ui.context import AppContext
from council_desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _short(value: object, limit: int = 120) -> str:
    text = "—" if value in (None, "", []) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class HistoryDialog(QDialog):
    """A tree: one row per change, its field changes (old → new) beneath it."""

    def __init__(self, ctx: AppContext, uuid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        entries = history(ctx.store, uuid)
        title = entries[-1].title if entries else uuid
        heading = QLabel(self.tr("Changes to “{title}”, oldest first").format(title=title))
        heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("When / field"), self.tr("Who / from"), self.tr("What / to")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        actions = {
            "created": self.tr("created"),
            "updated": self.tr("changed"),
            "imported": self.tr("imported"),
            "deleted": self.tr("moved to the trash"),
            "restored": self.tr("restored from the trash"),
            "purged": self.tr("deleted for good"),
        }
        for e in entries:
            what = actions.get(e.action, e.action)
            if e.record_type == "action":
                what = self.tr("action item “{title}” {what}").format(title=e.title, what=what)
            row = QTreeWidgetItem([e.at[:19].replace("T", " "), e.os_user, what])
            for name, (old, new) in e.changes.items():
                row.addChild(QTreeWidgetItem([name, _short(old), _short(new)]))
            self.tree.addTopLevelItem(row)
        if not entries:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No recorded changes"), "", ""]))
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(760, 460)


def show_history(ctx: AppContext, uuid: str, parent: QWidget | None = None) -> HistoryDialog:
    """Open a record's history (the forms' History… button calls this)."""
    dialog = HistoryDialog(ctx, uuid, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per click: freed on close
    dialog.show()
    return dialog
