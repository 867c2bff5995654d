"""The Follow-up page: open action items across all meetings, overdue first.

Each row has a check box; ticking it marks the action done through ``set_action_status`` at
once (no Save button) and announces the change, so the calendar and the meeting's form follow.

The list is not small: 100,000 meetings carry ~96,000 open actions. The model holds only their
row ids in order (read in the background on a large database, ``ui/background.py``) and reads
the rows a page at a time when the table shows them; columns are sized from the first rows, not
from every row. Building every row up front and sizing columns to all of them took 1.3 s.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import OrderedDict
from typing import Any

from council_desktop.records.enums import ACTION_STATUSES
from council_desktop.store import StoreError, set_action_status
from council_desktop.store.planning import (
    ActionDue,
    FollowUpList,
    action_owners,
    actions_by_id,
    follow_up_list,
)
from council_desktop.ui.background import BackgroundRead, is_large
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
PAGE_ROWS = 200
KEPT_PAGES = 12


class FollowUpModel(QAbstractTableModel):
    """Action items as rows; the first column's check box is "done".

    Holds the list's row ids; :meth:`row` reads ``PAGE_ROWS`` rows at a time by id and keeps
    the ``KEPT_PAGES`` pages used last.
    """

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.list = FollowUpList(array("q"), 0)
        self.owner: str = ""
        self.status: str | None = "open"
        self.today = dt.date.today()
        self._pages: OrderedDict[int, list[ActionDue]] = OrderedDict()

    def set_list(self, found: FollowUpList, today: dt.date) -> None:
        """Show ``found`` (read for ``today``)."""
        self.beginResetModel()
        self.list, self.today = found, today
        self._pages.clear()
        self.endResetModel()

    def row(self, number: int) -> ActionDue:
        """The action shown on row ``number`` (its page read when not kept)."""
        page_no = number // PAGE_ROWS
        page = self._pages.get(page_no)
        if page is None:
            ids = self.list.ids[page_no * PAGE_ROWS : (page_no + 1) * PAGE_ROWS]
            found = actions_by_id(self.ctx.store, ids)
            # An action deleted since the list was read keeps its row until the reload its
            # change announces; it reads as an empty row meanwhile.
            page = [found.get(i) or ActionDue("", "", "", None, "", "", "") for i in ids]
            self._pages[page_no] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[number % PAGE_ROWS]

    @property
    def rows(self) -> list[ActionDue]:
        """Every row, read now (for a short list; the table itself reads by page)."""
        return [self.row(n) for n in range(len(self.list))]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.list)

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
        item = self.row(index.row())
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
        item = self.row(index.row())
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
        self._pages.clear()  # the row shows its new state before the list is read again
        self.ctx.announce(change)  # every view (this one too) reloads from the store
        return True


class FollowUpView(QWidget):
    """Filters (owner, status) above the table of action items."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = FollowUpModel(ctx, self)
        self.reader = BackgroundRead(ctx.store, self._loaded, self)
        self.owners_reader = BackgroundRead(ctx.store, self._fill_owners, self)
        self._large = is_large(ctx.store)
        self._sized = False
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
        # Sized once from the first rows (resizeColumnsToContents looks at the rows on screen):
        # ResizeToContents would read every one of ~96,000 rows at each layout.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(50)  # rows looked at (default 1,000: ~0.14 s)
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
        self._fill_owners([])  # "All owners" until the owners are read
        self.reload()

    def _fill_owners(self, owners: list[str]) -> None:
        current = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("All owners"), "")
        for owner in owners:
            self.owner_combo.addItem(owner, owner)
        index = self.owner_combo.findData(current) if current else 0
        self.owner_combo.setCurrentIndex(max(0, index))
        self.owner_combo.blockSignals(False)

    def _filters_changed(self) -> None:
        """Read the list for the filters shown; in the background on a large database."""
        self.model.owner = owner = str(self.owner_combo.currentData() or "")
        self.model.status = status = str(self.status_combo.currentData() or "") or None
        today = dt.date.today()

        def read(store: Any) -> tuple[FollowUpList, dt.date]:
            found = follow_up_list(store, owner=owner or None, status=status, today=today)
            return found, today

        if self._large and not self.model.list.ids:
            self.count_label.setText(self.tr("Loading actions…"))
        self.reader.request(read, background=self._large)

    def reload(self) -> None:
        """Re-read the rows and the owners (after any record change)."""
        self._filters_changed()
        self.owners_reader.request(action_owners, background=self._large)

    def _loaded(self, result: tuple[FollowUpList, dt.date]) -> None:
        found, today = result
        self.model.set_list(found, today)
        text = self.tr("%n action(s)", "", len(found))
        if found.overdue:
            text += " · " + self.tr("%n overdue", "", found.overdue)
        self.count_label.setText(text)
        if not self._sized and len(found):
            self.table.resizeColumnsToContents()  # the rows on screen, once
            self._sized = True

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != COL_DONE:
            self.ctx.open_record.emit("meeting", self.model.row(index.row()).meeting_uuid)
