"""A record's history: every save, delete and restore, by whom, and what changed."""

from __future__ import annotations

from council_desktop.store import history
from council_desktop.ui.context import AppContext
from council_desktop.ui.enum_labels import country_label, enum_label
from council_desktop.ui.locale_format import format_utc_timestamp
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

_ENUM_FIELDS = {"kind", "status", "classification"}
_COUNTRY_FIELDS = {"country"}
_WIDEST_COLUMN = 280  # px: the "when" and "from" columns; "to" takes the rest


def _short(value: object, limit: int = 120) -> str:
    text = "—" if value in (None, "", []) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shown(field: str, value: object) -> str:
    """A stored value as the form shows it (enum codes and country codes by their labels)."""
    if isinstance(value, str) and field in _ENUM_FIELDS:
        return enum_label(value)
    if isinstance(value, str) and field in _COUNTRY_FIELDS:
        return country_label(value)
    return _short(value)


class HistoryDialog(QDialog):
    """A tree: one row per change, its field changes (old → new) beneath it."""

    def __init__(
        self,
        ctx: AppContext,
        uuid: str,
        parent: QWidget | None = None,
        field_labels: dict[str, str] | None = None,
    ):
        """``field_labels`` names the fields as the form does ("Start date" for starts_on)."""
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
            row = QTreeWidgetItem([format_utc_timestamp(e.at), e.os_user, what])
            for name, (old, new) in e.changes.items():
                label = (field_labels or {}).get(name, name)
                child = QTreeWidgetItem([label, _shown(name, old), _shown(name, new)])
                for column in (1, 2):
                    child.setToolTip(column, child.text(column))
                row.addChild(child)
            self.tree.addTopLevelItem(row)
        if not entries:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No recorded changes"), "", ""]))
        self.tree.expandAll()
        for column in range(2):  # the last one stretches; long values elide (tooltip whole)
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), _WIDEST_COLUMN))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(760, 460)


def show_history(
    ctx: AppContext,
    uuid: str,
    parent: QWidget | None = None,
    field_labels: dict[str, str] | None = None,
) -> HistoryDialog:
    """Open a record's history beside the window (the forms' History… button calls this)."""
    dialog = HistoryDialog(ctx, uuid, parent, field_labels)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per click: freed on close
    dialog.show()
    return dialog
