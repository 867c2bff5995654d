"""The meeting and document lists as one table model, fed by SQL in pages.

Sorting and the quick filter run in SQL (store.listing) so a file with 100,000 meetings opens
with one page of rows and sorts in Turkish order without a proxy model touching every row.
Rows arrive through ``canFetchMore``/``fetchMore`` as the view scrolls; only fetched rows are
kept. One class serves both record types (``record_type``), the columns come from the store.
"""

from __future__ import annotations

from typing import Any

from council_desktop.store import Store, listing
from council_desktop.ui.enum_labels import enum_label
from council_desktop.ui.qt import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)

PAGE_SIZE = 200
DATE_FORMAT = "d MMMM yyyy"
UUID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record uuid
RAW_ROLE = Qt.ItemDataRole.UserRole + 2  # the stored (untranslated) value

_ENUM_COLUMNS = {"kind", "status"}
_DATE_COLUMNS = {"starts_on", "dated_on"}
_DEFAULT_SORT = {"meeting": "starts_on", "document": "dated_on"}


class RecordTableModel(QAbstractTableModel):
    """Rows of one record type (``"meeting"`` or ``"document"``) as the current query shows them."""

    def __init__(
        self,
        store: Store,
        record_type: str,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ):
        super().__init__(parent)
        self._store = store
        self.record_type = record_type
        self.columns = (
            listing.MEETING_COLUMNS if record_type == "meeting" else listing.DOCUMENT_COLUMNS
        )
        self._page_size = page_size
        self._query = listing.ListQuery(record_type, "", _DEFAULT_SORT[record_type], True)
        self._rows: list[tuple[Any, ...]] = []
        self._total = 0
        self._load(self._page_size)

    # -- what the list shows ---------------------------------------------------------------

    @property
    def query(self) -> listing.ListQuery:
        return self._query

    @property
    def rows_fetched(self) -> int:
        """How many rows have been read from the database (tests prove paging with it)."""
        return len(self._rows)

    @property
    def total_count(self) -> int:
        """How many records match the current filter (fetched or not)."""
        return self._total

    def column_key(self, column: int) -> str:
        return self.columns[column].key

    def column_of(self, key: str) -> int:
        """Column index of a column key (``-1`` when the list has no such column)."""
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    def _load(self, wanted: int) -> None:
        """Read the count and the first ``wanted`` rows of the current query."""
        self._total = listing.count(self._store, self._query)
        self._rows = listing.page(self._store, self._query, 0, max(wanted, self._page_size))

    def _requery(self, query: listing.ListQuery, keep_rows: bool = False) -> None:
        wanted = len(self._rows) if keep_rows else self._page_size
        self.beginResetModel()
        self._query = query
        self._load(wanted)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only records whose folded text contains every word of ``text``."""
        if text != self._query.filter_text:
            self._requery(
                listing.ListQuery(
                    self.record_type, text, self._query.sort_key, self._query.descending
                )
            )

    def sort_by(self, key: str, descending: bool) -> None:
        """Sort by a column key (in SQL, Turkish order for text)."""
        if (key, descending) != (self._query.sort_key, self._query.descending):
            self._requery(
                listing.ListQuery(self.record_type, self._query.filter_text, key, descending)
            )

    def refresh(self) -> None:
        """Read the rows again after a change, keeping as many rows as were fetched.

        Views keep their selection through ``modelAboutToBeReset``/``modelReset`` (by uuid).
        """
        self._requery(self._query, keep_rows=True)

    # -- rows and uuids --------------------------------------------------------------------

    def uuid_at(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def title_at(self, row: int) -> str:
        column = self.column_of("title")
        return str(self._rows[row][column + 1]) if 0 <= row < len(self._rows) else ""

    def row_of(self, uuid: str, *, fetch: bool = True) -> int | None:
        """The row showing ``uuid`` under the current query (fetching rows up to it), or None."""
        row = listing.row_of(self._store, self._query, uuid)
        if row is None:
            return None
        if row >= len(self._rows):
            if not fetch:
                return None
            self.fetch_until(row)
        return row

    def fetched_rows_of(self, uuids: list[str]) -> list[int]:
        """The rows (among those fetched) of ``uuids``, in list order; no query."""
        wanted = set(uuids)
        return [i for i, row in enumerate(self._rows) if row[0] in wanted] if wanted else []

    def fetch_until(self, row: int) -> None:
        """Make sure rows up to ``row`` are fetched (one query, for a jump far down the list)."""
        have = len(self._rows)
        if row < have or have >= self._total:
            return
        wanted = min(self._total - have, max(row + 1 - have, self._page_size))
        more = listing.page(self._store, self._query, have, wanted)
        if not more:
            return
        self.beginInsertRows(QModelIndex(), have, have + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        self.fetch_until(len(self._rows))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = self.columns[index.column()].key
        value = row[index.column() + 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(key, value)
        if role == UUID_ROLE:
            return row[0]
        if role == RAW_ROLE:
            return value
        return None

    def _display(self, key: str, value: Any) -> str:
        if value is None:
            return ""
        if key in _ENUM_COLUMNS:
            return enum_label(str(value))
        if key in _DATE_COLUMNS:
            return format_date(str(value))
        return str(value)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self._header(self.columns[section].header)

    def _header(self, english: str) -> str:
        # Literals so lupdate extracts them; the store's Column.header is the English source.
        headers = {
            "Date": self.tr("Date"),
            "Title": self.tr("Title"),
            "Kind": self.tr("Kind"),
            "City": self.tr("City"),
            "Status": self.tr("Status"),
            "Reference": self.tr("Reference"),
        }
        return headers.get(english, english)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            self.sort_by(self.columns[column].key, order == Qt.SortOrder.DescendingOrder)


def format_date(iso: str) -> str:
    """An ISO date as the user's locale writes it ("14 October 2019"); the text when unparsable."""
    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    return QLocale().toString(date, DATE_FORMAT)
