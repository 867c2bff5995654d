"""The meeting and document lists as one windowed table model, fed by SQL in pages.

Sorting and the quick filter run in SQL (store.listing), so a file with 100,000 meetings
opens and sorts in Turkish order without a proxy model touching every row. ``rowCount()`` is
the whole list from the start (Ctrl+End goes to the real last row); ``data()`` serves rows
from a few recently used pages, each read on demand in one query of a few milliseconds
(synchronously: nothing to wait for, so no row is ever painted blank). One class serves
both record types (``record_type``), the columns come from the store.
"""

from __future__ import annotations

from collections import OrderedDict
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
CACHED_PAGES = 12  # pages kept (least recently used dropped): a few screens around the view
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
        cached_pages: int = CACHED_PAGES,
    ):
        super().__init__(parent)
        self._store = store
        self.record_type = record_type
        self.columns = (
            listing.MEETING_COLUMNS if record_type == "meeting" else listing.DOCUMENT_COLUMNS
        )
        self._page_size = page_size
        self._cached_pages = max(cached_pages, 2)
        self._query = listing.ListQuery(record_type, "", _DEFAULT_SORT[record_type], True)
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._rows_fetched = 0
        self._list = listing.RecordList(store, self._query)
        self._page(0)  # the first screen, read with the count

    # -- what the list shows ---------------------------------------------------------------

    @property
    def query(self) -> listing.ListQuery:
        return self._query

    @property
    def rows_fetched(self) -> int:
        """Rows read from the database since the list was last (re)read: tests prove paging."""
        return self._rows_fetched

    @property
    def total_count(self) -> int:
        """How many records match the current filter (the row count)."""
        return self._list.total

    def column_key(self, column: int) -> str:
        return self.columns[column].key

    def column_of(self, key: str) -> int:
        """Column index of a column key (``-1`` when the list has no such column)."""
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    def _requery(self, query: listing.ListQuery) -> None:
        """Read the list again under ``query``: the count (and ids) now, rows when shown.

        A model reset: views keep their selection through ``modelAboutToBeReset`` and
        ``modelReset`` (by uuid).
        """
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._rows_fetched = 0
        self._list = listing.RecordList(self._store, query)
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
        """Read the list again after a change (rows are re-read as they are shown)."""
        self._requery(self._query)

    # -- pages -----------------------------------------------------------------------------

    def _page(self, number: int) -> list[tuple[Any, ...]]:
        """Page ``number`` of the list, from the cache or read now (least recently used out)."""
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        rows = self._list.page(number * self._page_size, self._page_size)
        self._rows_fetched += len(rows)
        self._pages[number] = rows
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        return rows

    def _row(self, row: int) -> tuple[Any, ...] | None:
        if not 0 <= row < self._list.total:
            return None
        rows = self._page(row // self._page_size)
        offset = row % self._page_size
        return rows[offset] if offset < len(rows) else None

    # -- rows and uuids --------------------------------------------------------------------

    def uuid_at(self, row: int) -> str | None:
        found = self._row(row)
        return found[0] if found else None

    def title_at(self, row: int) -> str:
        found = self._row(row)
        return str(found[self.column_of("title") + 1]) if found else ""

    def uuids_at(self, rows: list[int]) -> list[str]:
        """The uuids of ``rows`` (sorted), in order: one query per run of rows not in the cache.

        A selection of the whole list (Ctrl+A) costs one read of its uuids, not every page.
        """
        size = self._page_size
        found: list[str] = []
        for first, last in runs(sorted({r for r in rows if 0 <= r < self._list.total})):
            row = first
            while row <= last:
                number = row // size
                page = self._pages.get(number)
                if page is not None:
                    stop = min(last + 1, (number + 1) * size)
                    found += [r[0] for r in page[row - number * size : stop - number * size]]
                else:  # read up to the next cached page (or the run's end) in one query
                    after = number + 1
                    while after * size <= last and after not in self._pages:
                        after += 1
                    stop = min(last + 1, after * size)
                    uuids = self._list.uuids(row, stop - row)
                    self._rows_fetched += len(uuids)
                    found += uuids
                row = stop
        return found

    def row_of(self, uuid: str, *, scan: bool = True) -> int | None:
        """The row showing ``uuid`` under the current query, or None; reads no rows.

        Looks in the pages read so far first. ``scan=False``: answer None rather than read
        a long filtered list's matches again (see listing.RecordList.row_of).
        """
        if not scan and self._list.total:
            self._page(0)  # the rows shown first: where a record kept across a filter often is
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row[0] == uuid:
                    return number * self._page_size + offset
        return self._list.row_of(uuid, scan=scan)

    def loaded_rows_of(self, uuids: list[str]) -> list[int]:
        """The rows (among the pages read) showing ``uuids``, in list order; no query."""
        wanted = set(uuids)
        if not wanted:
            return []
        return sorted(
            number * self._page_size + offset
            for number, rows in self._pages.items()
            for offset, row in enumerate(rows)
            if row[0] in wanted
        )

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._list.total

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index.row()) if index.isValid() else None
        if row is None:
            return None
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


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
