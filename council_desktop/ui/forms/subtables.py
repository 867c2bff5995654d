"""Sub-records edited in place: participants, agenda items, outcomes, action items.

A :class:`SubTable` holds a list of dicts (the exchange format's sub-records) and shows chosen
keys as columns; each column says how its value is edited (plain text, an enum drop-down, a
country, a date …) and shown. Keys that are not columns (the sub-record's uuid) ride along
untouched, so saving keeps the rows' identity.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from council_desktop.ui.forms.widgets import CodeCombo, OptionalDateEdit
from council_desktop.ui.qt import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPushButton,
    QStyledItemDelegate,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

VALUE_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class SubColumn:
    """One column: the dict key, its header, and (for non-text values) editor and label."""

    key: str
    header: str
    editor: Callable[[QWidget], QWidget] | None = None  # None = plain text in place
    label: Callable[[Any], str] | None = None  # how a value is shown (None = as text)
    stretch: bool = False


class _Delegate(QStyledItemDelegate):
    """Creates the column's own editor (drop-down, date) for in-place editing."""

    def __init__(self, columns: list[SubColumn], parent: QWidget):
        super().__init__(parent)
        self.columns = columns
        self.open_editor: QWidget | None = None

    def commit_open_editor(self) -> None:
        """Write what is typed in an open cell editor into the row now (Save with a cell open)."""
        editor = self.open_editor
        if editor is not None:
            self.open_editor = None
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, editor, event) -> bool:  # noqa: N802 (Qt override)
        # Qt commits on Return through a queued call; commit at once so what was typed is in
        # the record before anything else (a shortcut, a test) looks at it.
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and editor is self.open_editor
        ):
            self.commit_open_editor()
            return True
        return super().eventFilter(editor, event)

    def destroyEditor(self, editor, index) -> None:  # noqa: N802
        if editor is self.open_editor:
            self.open_editor = None
        super().destroyEditor(editor, index)

    def _column(self, index: QModelIndex) -> SubColumn:
        return self.columns[index.column()]

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        column = self._column(index)
        if column.editor is None:
            self.open_editor = super().createEditor(parent, option, index)
            return self.open_editor
        editor = column.editor(parent)
        self.open_editor = editor
        if isinstance(editor, CodeCombo):
            # A choice is made once picked: commit at once instead of waiting for focus-out.
            editor.activated.connect(lambda _i, e=editor: self.commitData.emit(e))
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        if self._column(index).editor is None:
            super().setEditorData(editor, index)
        else:
            editor.set_value(index.data(VALUE_ROLE))

    def setModelData(self, editor, model, index):  # noqa: N802
        column = self._column(index)
        if column.editor is None:
            super().setModelData(editor, model, index)
            return
        value = editor.value()
        model.setData(index, value, VALUE_ROLE)
        model.setData(index, column.label(value) if column.label else str(value or ""))


class SubTable(QWidget):
    """An editable, ordered list of sub-records with Add / Remove / Move up / Move down."""

    edited = Signal()

    def __init__(
        self,
        columns: list[SubColumn],
        defaults: dict[str, Any],
        noun: str,
        first_edit: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.columns = columns
        self.defaults = defaults
        self.first_edit = first_edit or columns[0].key
        self._rows: list[dict[str, Any]] = []
        self._filling = False

        self.table = QTableWidget(0, len(columns), self)
        self.table.setAccessibleName(noun)
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard use stays sane
        self.delegate = _Delegate(columns, self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        for i, column in enumerate(columns):
            header.setSectionResizeMode(
                i,
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        self._read_only = False
        self._update_buttons()

    # -- value --------------------------------------------------------------------------------

    def value(self) -> list[dict[str, Any]]:
        """The rows as sub-record dicts, in order."""
        return copy.deepcopy(self._rows)

    def set_value(self, rows: list[dict[str, Any]] | None) -> None:
        current = self.table.currentRow()
        self._rows = copy.deepcopy(rows or [])
        self._fill()
        if self._rows:
            self.table.selectRow(min(max(current, 0), len(self._rows) - 1))

    def _fill(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(self._rows))
            for r, row in enumerate(self._rows):
                for c, column in enumerate(self.columns):
                    self.table.setItem(r, c, self._item(column, row.get(column.key)))
        finally:
            self._filling = False
        self._update_buttons()

    def _item(self, column: SubColumn, value: Any) -> QTableWidgetItem:
        shown = column.label(value) if column.label else str(value or "")
        item = QTableWidgetItem(shown)
        item.setData(VALUE_ROLE, value)
        item.setToolTip(shown)
        return item

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        column = self.columns[item.column()]
        value = item.text() if column.editor is None else item.data(VALUE_ROLE)
        row = self._rows[item.row()]
        if row.get(column.key) == value:
            return
        row[column.key] = value
        item.setToolTip(item.text())
        self.edited.emit()

    def commit_pending(self) -> None:
        """Take in a cell edit still open (the user pressed Save without leaving the cell)."""
        self.delegate.commit_open_editor()

    # -- buttons ------------------------------------------------------------------------------

    def add_row(self) -> None:
        """Append a row with the defaults and start editing its first field in place."""
        self._rows.append(copy.deepcopy(self.defaults))
        self._fill()
        row = len(self._rows) - 1
        col = [c.key for c in self.columns].index(self.first_edit)
        self.table.setCurrentCell(row, col)
        self.table.setFocus()
        self.edited.emit()
        item = self.table.item(row, col)
        if not self._read_only and item is not None:
            self.table.editItem(item)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            del self._rows[row]
            self._fill()
            if self._rows:
                self.table.selectRow(min(row, len(self._rows) - 1))
            self.edited.emit()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if 0 <= row < len(self._rows) and 0 <= target < len(self._rows):
            self._rows[row], self._rows[target] = self._rows[target], self._rows[row]
            self._fill()
            self.table.selectRow(target)
            self.edited.emit()

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        has = 0 <= row < len(self._rows) and bool(self.table.selectedItems())
        writable = not self._read_only
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and has)
        self.up_button.setEnabled(writable and has and row > 0)
        self.down_button.setEnabled(writable and has and row < len(self._rows) - 1)

    # -- state --------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._update_buttons()

    def set_error(self, text: str) -> None:
        """Show (or, with "", hide) a problem message under the table."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


def date_editor(parent: QWidget) -> QWidget:
    """An in-place date editor (may be emptied)."""
    return OptionalDateEdit(parent)
