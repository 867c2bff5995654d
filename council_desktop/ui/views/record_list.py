"""A master list beside its detail form: quick filter, SQL-sorted table, splitter, form.

The list never loses an edit: moving to another row while the form is dirty asks Save /
Discard / Cancel, and Cancel puts the selection back. After a save the list re-reads its rows
and selects the saved record; every write is announced on the AppContext so other views follow.
"""

from __future__ import annotations

from typing import Any

from council_desktop import paths
from council_desktop.records.enums import (
    DOCUMENT_KINDS,
    DOCUMENT_STATUSES,
    MEETING_KINDS,
    MEETING_STATUSES,
)
from council_desktop.store import move_to_trash
from council_desktop.store.errors import StoreError
from council_desktop.ui.context import AppContext
from council_desktop.ui.enum_labels import enum_label
from council_desktop.ui.icons import icon
from council_desktop.ui.models.record_table import RecordTableModel, format_date
from council_desktop.ui.qt import (
    QAbstractItemView,
    QByteArray,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QLineEdit,
    QMessageBox,
    QModelIndex,
    QSettings,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

FILTER_DELAY_MS = 150
DISCARD = "discard"
SAVE = "save"
CANCEL = "cancel"


def app_settings() -> QSettings:
    """Window and list layout (an INI file in the user config folder, beside settings.json).

    An explicit file under ``paths.config_dir()`` rather than Qt's default location: the same
    folder on every system as the app's other settings, and tests that redirect HOME/XDG get a
    fresh file (Qt caches its own default path once per process).
    """
    return QSettings(str(paths.config_dir() / "layout.ini"), QSettings.Format.IniFormat)


class RecordListView(QWidget):
    """The Meetings or Documents page: filter box and table on the left, the form on the right."""

    currentRecordChanged = Signal(object)  # uuid or None: what the form shows now

    def __init__(self, ctx: AppContext, form: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self.record_type: str = form.record_type
        self.model = RecordTableModel(ctx.store, self.record_type, self)
        self._guard = False  # True while the selection is changed by code
        self._keep_uuid: str | None = None

        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter meetings…")
            if self.record_type == "meeting"
            else self.tr("Filter documents…")
        )
        self.filter_edit.setAccessibleName(self.tr("Quick filter"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.returnPressed.connect(self.apply_filter)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setAccessibleName(
            self.tr("Meetings") if self.record_type == "meeting" else self.tr("Documents")
        )
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        self._default_widths()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(form)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.filter_edit, self.table)
        self.setTabOrder(self.table, form)

        self.restore_state()
        self.table.setSortingEnabled(True)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        ctx.changed.connect(self._on_change)
        form.saved.connect(self._after_save)
        self._show_first()

    def _show_first(self) -> None:
        """Open on the first record, so the form beside the list is never an empty frame."""
        first = self.model.uuid_at(0)
        self._select_row(0 if first else None)
        self.form.load(first)

    # -- layout state ----------------------------------------------------------------------

    def _default_widths(self) -> None:
        """First-run widths measured from the texts the columns show (no truncated dates)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        pad = 2 * metrics.horizontalAdvance("M")
        longest_date = max(
            (format_date(f"2000-{month:02d}-28") for month in range(1, 13)),
            key=metrics.horizontalAdvance,
        )
        kinds = MEETING_KINDS if self.record_type == "meeting" else DOCUMENT_KINDS
        statuses = MEETING_STATUSES if self.record_type == "meeting" else DOCUMENT_STATUSES
        samples = {
            "starts_on": [longest_date],
            "dated_on": [longest_date],
            "kind": [enum_label(kinds[1])],  # a typical label; the longest ones elide
            "status": [enum_label(s) for s in statuses],
            "city": ["Nur-Sultan", "New York"],
            "reference": ["OTS/CFM/2021/00"],
            "title": ["M" * 22],
        }
        for column, spec in enumerate(self.model.columns):
            texts = samples.get(spec.key, ["M" * 8]) + [self.model.headerData(
                column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
            )]  # fmt: skip
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + pad)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes what the other columns leave, so the list never scrolls sideways.
        title = self.model.column_of("title")
        if title >= 0:
            header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)

    def _key(self, name: str) -> str:
        return f"lists/{self.record_type}/{name}"

    def save_state(self) -> None:
        """Remember column widths, order, sort and the splitter (per record type)."""
        settings = app_settings()
        settings.setValue(self._key("header"), self.table.horizontalHeader().saveState())
        settings.setValue(self._key("splitter"), self.splitter.saveState())
        settings.sync()

    def restore_state(self) -> None:
        settings = app_settings()
        header_state = settings.value(self._key("header"))
        if isinstance(header_state, QByteArray) and not header_state.isEmpty():
            self.table.horizontalHeader().restoreState(header_state)
        else:
            column = self.model.column_of(self.model.query.sort_key)
            self.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        splitter_state = settings.value(self._key("splitter"))
        if isinstance(splitter_state, QByteArray) and not splitter_state.isEmpty():
            self.splitter.restoreState(splitter_state)
        else:
            self.splitter.setSizes([620, 620])

    # -- filter ----------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Filter now (the box waits ~150 ms after the last key press)."""
        self._filter_timer.stop()
        self.model.set_filter(self.filter_edit.text())

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- selection -------------------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.uuid_at(index.row())

    def selected_uuids(self) -> list[str]:
        """Every selected record, in list order (a briefing book of "the selection")."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [uuid for uuid in (self.model.uuid_at(row) for row in rows) if uuid]

    def _select_row(self, row: int | None) -> None:
        """Select ``row`` (or nothing) without asking the form anything."""
        self._guard = True
        try:
            selection = self.table.selectionModel()
            if row is None or row < 0:
                selection.clear()
                return
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._guard = False

    def select_uuid(self, uuid: str) -> bool:
        """Select the row of ``uuid`` (clearing a filter that hides it); True when found."""
        row = self.model.row_of(uuid)
        if row is None and self.model.query.filter_text:
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(False)
            self.apply_filter()
            row = self.model.row_of(uuid)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _remember_selection(self) -> None:
        self._keep_uuid = self.selected_uuid() or self.form.current_uuid()

    def _restore_selection(self) -> None:
        uuid, self._keep_uuid = self._keep_uuid, None
        row = self.model.row_of(uuid) if uuid else None
        self._select_row(row)

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._guard:
            return
        uuid = self.model.uuid_at(current.row()) if current.isValid() else None
        if uuid is None or uuid == self.form.current_uuid():
            return
        if not self.confirm_leave():
            back = previous.row() if previous.isValid() else None
            QTimer.singleShot(0, lambda: self._select_row(back))
            return
        self.form.load(uuid)
        self.currentRecordChanged.emit(uuid)

    def confirm_leave(self) -> bool:
        """True when the form may show something else (saving or discarding its edits)."""
        if not self.form.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This record has unsaved changes. Save them before you go on?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return bool(self.form.save())
        return answer == QMessageBox.StandardButton.Discard

    # -- actions ---------------------------------------------------------------------------

    def new_record(self) -> bool:
        """Show a blank form for a new record (after asking about unsaved edits)."""
        if not self.confirm_leave():
            return False
        self._select_row(None)
        self.form.load(None)
        self.currentRecordChanged.emit(None)
        self.form.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def save(self) -> bool:
        return bool(self.form.save())

    def open_uuid(self, uuid: str) -> bool:
        """Show record ``uuid``: select its row and load it (asking about unsaved edits)."""
        if uuid == self.form.current_uuid():
            self.select_uuid(uuid)
            return True
        if not self.confirm_leave():
            return False
        found = self.select_uuid(uuid)
        self.form.load(uuid)
        self.currentRecordChanged.emit(uuid)
        return found

    def delete_current(self) -> bool:
        """Move the shown record to the trash after a confirmation that names it."""
        uuid = self.selected_uuid() or self.form.current_uuid()
        if uuid is None:
            return False
        row = self.model.row_of(uuid)
        title = self.model.title_at(row) if row is not None else uuid
        question = (
            self.tr("Move the meeting “{title}” to the trash?")
            if self.record_type == "meeting"
            else self.tr("Move the document “{title}” to the trash?")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question.format(title=title)
            + "\n\n"
            + self.tr("You can restore it from the Trash page."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            change = move_to_trash(self.ctx.store, self.record_type, uuid)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Delete"), str(exc))
            return False
        self.form.load(None)
        self.ctx.announce(change)
        next_row = min(row if row is not None else 0, self.model.rowCount() - 1)
        if next_row >= 0:
            self._row_changed(self.model.index(next_row, 0), QModelIndex())
            self._select_row(next_row)
        self.currentRecordChanged.emit(self.form.current_uuid())
        return True

    # -- changes ---------------------------------------------------------------------------

    def _on_change(self, change: Any) -> None:
        if change.record_type in (self.record_type, "all"):
            self.model.refresh()

    def _after_save(self, uuid: str) -> None:
        self.model.refresh()
        self.select_uuid(uuid)
        self.currentRecordChanged.emit(uuid)
