"""The Follow-up page: open action items across all meetings, overdue first.

Each row has a check box; ticking it marks the action done through ``set_action_status`` at
once (no Save button) and announces the change, so the calendar and the meeting's form follow.
The list is small (open actions), so the model holds it whole and reloads on every change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from council_desktop.records.enums import ACTION_STATUSES
from council_desktop.store import StoreError, set_action_status
from council_desktop.store.planning import ActionDue, action_owners, follow_up_actions
from council_desktop.ui.context import AppContext
from council_desktop.ui.core_messages import translate_error
from council_desktop.ui.enum_labels import enum_label
from council_desktop.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QColor,
    QComboBox,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QModelIndex,
    QObject,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)

COL_DONE, COL_DUE, COL_TITLE, COL_OWNER, COL_MEETING, COL_STATUS = range(6)
OVERDUE_COLOUR = QColor("#b3261e")


class FollowUpModel(QAbstractTableModel):
    """Action items as rows; the first column's check box is "done"."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ActionDue] = []
        self.owner: str = ""
        self.status: str | None = "open"
        self.today = dt.date.today()

    def reload(self) -> None:
        self.beginResetModel()
        self.today = dt.date.today()
        self.rows = follow_up_actions(
            self.ctx.store, owner=self.owner or None, status=self.status, today=self.today
        )
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Done"),
            self.tr("Due"),
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Meeting"),
            self.tr("Status"),
        )[section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_DONE and not self.ctx.read_only:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        col = index.column()
        overdue = item.overdue(self.today)
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_DONE:
            return Qt.CheckState.Checked if item.status == "done" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DUE:
                if not item.due_on:
                    return self.tr("no date")
                return (
                    self.tr("%1 (overdue)").replace("%1", item.due_on) if overdue else item.due_on
                )
            return {
                COL_TITLE: item.title,
                COL_OWNER: item.owner,
                COL_MEETING: item.meeting_title,
                COL_STATUS: enum_label(item.status),
            }.get(col)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DUE and overdue:
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.FontRole and col == COL_DUE and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.title}\n{item.meeting_title}"
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Ticking the box saves at once: done when checked, open again when unchecked."""
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_DONE:
            return False
        item = self.rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        status = "done" if checked else "open"
        try:
            change = set_action_status(self.ctx.store, item.uuid, status)
        except StoreError as exc:
            QMessageBox.warning(None, self.tr("Follow-up"), translate_error(exc))
            return False
        self.ctx.status_message.emit(
            self.tr("Marked done: %1").replace("%1", item.title)
            if checked
            else self.tr("Open again: %1").replace("%1", item.title)
        )
        self.ctx.announce(change)  # every view (this one too) reloads from the store
        return True


class FollowUpView(QWidget):
    """Filters (owner, status) above the table of action items."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = FollowUpModel(ctx, self)
        self.owner_combo = QComboBox()
        self.owner_combo.setMinimumContentsLength(16)
        self.status_combo = QComboBox()
        for status in ACTION_STATUSES:
            self.status_combo.addItem(enum_label(status), status)
        self.status_combo.addItem(self.tr("All"), "")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MEETING, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Owner:")))
        filters.addWidget(self.owner_combo)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr("Tick an action to mark it done; double-click a row to open its meeting.")
        )
        hint.setEnabled(False)
        layout.addWidget(hint)

        self.owner_combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.status_combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.table.doubleClicked.connect(self._open)
        ctx.changed.connect(lambda _change: self.reload())
        self.reload()

    def _fill_owners(self) -> None:
        current = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("All owners"), "")
        for owner in action_owners(self.ctx.store):
            self.owner_combo.addItem(owner, owner)
        index = self.owner_combo.findData(current) if current else 0
        self.owner_combo.setCurrentIndex(max(0, index))
        self.owner_combo.blockSignals(False)

    def _filters_changed(self) -> None:
        self.model.owner = str(self.owner_combo.currentData() or "")
        self.model.status = str(self.status_combo.currentData() or "") or None
        self._reload_rows()

    def reload(self) -> None:
        """Re-read owners and rows (after any record change)."""
        self._fill_owners()
        self._filters_changed()

    def _reload_rows(self) -> None:
        self.model.reload()
        overdue = sum(1 for r in self.model.rows if r.overdue(self.model.today))
        text = self.tr("%n action(s)", "", len(self.model.rows))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.count_label.setText(text)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != COL_DONE:
            self.ctx.open_record.emit("meeting", self.model.rows[index.row()].meeting_uuid)
