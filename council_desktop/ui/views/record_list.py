"""A master list beside its detail form: quick filter, SQL-sorted table, splitter, form.

Several rows can be selected (Ctrl/Shift-click, Ctrl+A) for a briefing book or one Delete; the
form shows the *current* row. The list never loses an edit: moving the current row while the
form is dirty asks Save / Discard / Cancel, and Cancel goes back to the record being edited.
After a save the list re-reads its rows and keeps the selection; every write is announced on
the AppContext so other views follow.
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
from council_desktop.store import Change, move_to_trash
from council_desktop.store.errors import StoreError
from council_desktop.ui.context import AppContext
from council_desktop.ui.core_messages import translate_error
from council_desktop.ui.enum_labels import enum_label
from council_desktop.ui.icons import icon
from council_desktop.ui.models.record_table import RecordTableModel, format_date, runs
from council_desktop.ui.qt import (
    QAbstractItemView,
    QByteArray,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QItemSelection,
    QItemSelectionModel,
    QLineEdit,
    QMessageBox,
    QModelIndex,
    QObject,
    QSettings,
    QSplitter,
    QStyle,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

FILTER_DELAY_MS = 150
# Automatic column widths: no column but the title wider than this many average characters
# (the rest elides, the tooltip has it whole), and the title never narrower than TITLE_MIN.
# Kinds and statuses are a handful of labels, whole in every language ("Внеочередное
# заседание") unless the list is too narrow for them and a readable title.
COLUMN_CAPS = {"kind": 30, "status": 20, "city": 14, "reference": 18}
TITLE_MIN_CHARS = 16
KEEP_WHOLE = {"starts_on", "dated_on"}  # a cut date is no date: these never shrink
MEASURED_ROWS = 300  # rows looked at for content widths (the first page or so)
LIST_SHARE = 60  # per cent of the page the list gets beside the form, until the user drags
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
        self._keep_uuids: list[str] = []
        self._keep_all = False  # every row was selected (Ctrl+A): select every row again
        self._keep_current: str | None = None
        self._auto_widths = True  # until the user drags a column edge
        self._fitting = False  # True while the code sets column widths
        self._natural: dict[int, tuple[int, int]] | None = None  # column -> (min, natural)

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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list for the form (the arrow keys move between rows): walking the
        # cells with Tab loaded one record after another and never reached the form.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setAccessibleName(
            self.tr("Meetings") if self.record_type == "meeting" else self.tr("Documents")
        )
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes what the other columns leave, so the list never scrolls sideways.
        title = self.model.column_of("title")
        if title >= 0:
            header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)

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
        # The form follows the table in the Tab order as it was added (its own order inside:
        # title first); setTabOrder(table, form) would pull one of its children out of it.
        self.setTabOrder(self.filter_edit, self.table)

        self.restore_state()
        self.table.setSortingEnabled(True)
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)
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

    def _measure(self) -> dict[int, tuple[int, int]]:
        """Each column but the title: (narrowest, natural) width in pixels.

        Natural is the widest of its header, the labels it can show (every kind and status in
        the interface language, the longest date) and the first rows' texts, capped so one long
        label cannot take the title's room; narrowest is what the header needs.
        """
        metrics = self.table.fontMetrics()
        pad = 2 * metrics.horizontalAdvance("M")
        arrow = self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
        longest_date = max(
            (format_date(f"2000-{month:02d}-28") for month in range(1, 13)),
            key=metrics.horizontalAdvance,
        )
        kinds = MEETING_KINDS if self.record_type == "meeting" else DOCUMENT_KINDS
        statuses = MEETING_STATUSES if self.record_type == "meeting" else DOCUMENT_STATUSES
        samples = {
            "starts_on": [longest_date],
            "dated_on": [longest_date],
            "kind": [enum_label(k) for k in kinds],
            "status": [enum_label(s) for s in statuses],
        }
        rows = min(self.model.rowCount(), MEASURED_ROWS)
        widths: dict[int, tuple[int, int]] = {}
        for column, spec in enumerate(self.model.columns):
            if spec.key == "title":
                continue
            header_text = self.model.headerData(
                column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
            )
            narrowest = metrics.horizontalAdvance(header_text) + pad + arrow
            texts = samples.get(spec.key, []) + [
                str(self.model.index(row, column).data() or "") for row in range(rows)
            ]
            natural = max([narrowest] + [metrics.horizontalAdvance(t) + pad for t in texts])
            cap = COLUMN_CAPS.get(spec.key)
            if cap is not None:
                natural = min(natural, max(narrowest, cap * metrics.averageCharWidth() + pad))
            if spec.key in KEEP_WHOLE:
                narrowest = natural
            widths[column] = (narrowest, natural)
        return widths

    def fit_columns(self) -> None:
        """Size the columns to their contents within the table's width (the title stretches).

        Runs on every resize until the user drags a column edge; from then on their widths are
        kept (and remembered). When the natural widths do not fit, the other columns give up
        room (in proportion to what they have beyond their header; dates never), before the
        title goes below its minimum.
        """
        if not self._auto_widths:
            return
        if self._natural is None:
            self._natural = self._measure()
        natural = self._natural
        title_min = TITLE_MIN_CHARS * self.table.fontMetrics().averageCharWidth()
        room = self.table.viewport().width() - title_min
        widths = {c: width for c, (_least, width) in natural.items()}
        excess = sum(widths.values()) - room
        if excess > 0:
            slack = {c: widths[c] - least for c, (least, _w) in natural.items()}
            total_slack = sum(slack.values())
            if total_slack > 0:
                share = min(1.0, excess / total_slack)
                widths = {c: round(widths[c] - slack[c] * share) for c in widths}
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        """A column edge dragged by the user ends the automatic widths for this list."""
        if self._fitting or column == self.model.column_of("title"):
            return
        if self.table.horizontalHeader().sectionResizeMode(column) == (
            QHeaderView.ResizeMode.Interactive
        ):
            self._auto_widths = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def _key(self, name: str) -> str:
        return f"lists/{self.record_type}/{name}"

    def save_state(self) -> None:
        """Remember column widths, order, sort and the splitter (per record type)."""
        settings = app_settings()
        settings.setValue(self._key("header"), self.table.horizontalHeader().saveState())
        settings.setValue(self._key("auto_widths"), self._auto_widths)
        settings.setValue(self._key("splitter"), self.splitter.saveState())
        settings.sync()

    def restore_state(self) -> None:
        settings = app_settings()
        header_state = settings.value(self._key("header"))
        if isinstance(header_state, QByteArray) and not header_state.isEmpty():
            self.table.horizontalHeader().restoreState(header_state)
            auto = settings.value(self._key("auto_widths"), True)
            self._auto_widths = auto not in (False, "false")
        else:
            column = self.model.column_of(self.model.query.sort_key)
            self.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        splitter_state = settings.value(self._key("splitter"))
        if isinstance(splitter_state, QByteArray) and not splitter_state.isEmpty():
            self.splitter.restoreState(splitter_state)
        else:  # the list a little wider: its titles need the room more than the form
            self.splitter.setSizes([LIST_SHARE * 12, (100 - LIST_SHARE) * 12])

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
        """The current row's record when that row is selected (what the form shows)."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.uuid_at(index.row())

    def _selected_rows(self) -> list[int]:
        # From the selection's ranges: Ctrl+A on 100,000 rows is one range, not 100,000 indexes.
        rows: set[int] = set()
        for part in self.table.selectionModel().selection():
            rows.update(range(part.top(), part.bottom() + 1))
        return sorted(rows)

    def selected_uuids(self) -> list[str]:
        """Every selected record, in list order (a briefing book of "the selection")."""
        return self.model.uuids_at(self._selected_rows())

    def has_selection(self) -> bool:
        return self.table.selectionModel().hasSelection()

    def _select_row(self, row: int | None) -> None:
        """Make ``row`` current and the only one selected (or select nothing), asking nothing."""
        self._select_rows([] if row is None or row < 0 else [row], row)

    def _select_rows(self, rows: list[int], current: int | None) -> None:
        """Select ``rows``, with ``current`` the current row, without asking the form anything."""
        self._guard = True
        try:
            selection_model = self.table.selectionModel()
            if current is None or current < 0:
                selection_model.clear()
                return
            selection = QItemSelection()
            last = self.model.columnCount() - 1
            for first_row, last_row in runs(sorted(set(rows))):
                selection.select(self.model.index(first_row, 0), self.model.index(last_row, last))
            index = self.model.index(current, 0)
            flags = QItemSelectionModel.SelectionFlag
            selection_model.setCurrentIndex(index, flags.NoUpdate)
            selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
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
        rows = self._selected_rows()
        self._keep_all = bool(rows) and len(rows) == self.model.rowCount()
        self._keep_uuids = [] if self._keep_all else self.model.uuids_at(rows)
        self._keep_current = self.selected_uuid() or self.form.current_uuid()

    def _restore_selection(self) -> None:
        """After the rows were read again: the same records selected, the same one current.

        The current record's row is one indexed count (a long filtered list is not read again
        for it: then it stays selected only when it is on the first page); the other selected
        records are found among the rows read, i.e. around it (a selection of every row stays
        every row).
        """
        keep, current, keep_all = self._keep_uuids, self._keep_current, self._keep_all
        self._keep_uuids, self._keep_current, self._keep_all = [], None, False
        current_row = self.model.row_of(current, scan=False) if current else None
        if keep_all:
            rows = list(range(self.model.rowCount()))
        else:
            if current_row is not None:
                self.model.uuid_at(current_row)  # reads the rows around it (shown next)
            rows = self.model.loaded_rows_of(keep)
        if not rows and current_row is not None:
            rows = [current_row]
        self._select_rows(rows, current_row if current_row is not None else next(iter(rows), None))

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._guard:
            return
        uuid = self.model.uuid_at(current.row()) if current.isValid() else None
        if uuid is None or uuid == self.form.current_uuid():
            return
        if not self.confirm_leave():
            # Back to the record being edited, once the click has finished selecting.
            shown = self.form.current_uuid()
            row = self.model.row_of(shown) if shown else None
            if row is None and previous.isValid():
                row = previous.row()
            QTimer.singleShot(0, lambda: self._select_row(row))
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
        if hasattr(self.form, "focus_first_field"):  # typing starts in the title
            self.form.focus_first_field()
        else:
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
        """Move the selected records (or the one shown) to the trash, after one confirmation.

        The question names the record when there is one, else how many. All go in one
        transaction: every one of them is in the trash afterwards, or none is.
        """
        shown = self.form.current_uuid()
        rows = self._selected_rows()
        uuids = [u for u in map(self.model.uuid_at, rows) if u]
        if not uuids and shown:
            uuids = [shown]
            row = self.model.row_of(shown)
            rows = [row] if row is not None else []
        if not uuids:
            return False
        if not self._confirm_delete(uuids, rows):
            return False
        try:
            with self.ctx.store.write():
                for uuid in uuids:
                    move_to_trash(self.ctx.store, self.record_type, uuid)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Delete"), translate_error(exc))
            return False
        if shown in uuids:
            self.form.load(None)  # nothing to keep: the record shown went to the trash
        self.ctx.announce(Change("trashed", self.record_type, tuple(uuids)))
        if self.form.current_uuid() is None and self.model.rowCount():
            next_row = min(rows[0] if rows else 0, self.model.rowCount() - 1)
            self._select_row(next_row)
            self.form.load(self.model.uuid_at(next_row))
        self.currentRecordChanged.emit(self.form.current_uuid())
        return True

    def _confirm_delete(self, uuids: list[str], rows: list[int]) -> bool:
        if len(uuids) == 1:
            title = self.model.title_at(rows[0]) if rows else uuids[0]
            question = (
                self.tr("Move the meeting “{title}” to the trash?")
                if self.record_type == "meeting"
                else self.tr("Move the document “{title}” to the trash?")
            ).format(title=title)
            restore = self.tr("You can restore it from the Trash page.")
        else:
            question = (
                self.tr("Move these %n meetings to the trash?", "", len(uuids))
                if self.record_type == "meeting"
                else self.tr("Move these %n documents to the trash?", "", len(uuids))
            )
            restore = self.tr("You can restore them from the Trash page.")
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question + "\n\n" + restore,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- changes ---------------------------------------------------------------------------

    def _on_change(self, change: Any) -> None:
        if change.record_type in (self.record_type, "all"):
            self.model.refresh()

    def _after_save(self, uuid: str) -> None:
        self.model.refresh()
        self.select_uuid(uuid)
        self.currentRecordChanged.emit(uuid)
