"""The Search page and its toolbar field: results as you type, grouped by type, with snippets.

The field lives in the main window's toolbar (Ctrl+F) but belongs to this view, which runs
``search.service.search`` a moment after the last keystroke (one FTS5 query, tens of ms even
over 150,000 records, so it runs on the UI thread). Enter or a double-click opens the record
through ``ctx.open_record``; an attached-file hit opens its document. Recent searches are kept
in QSettings and offered by the field's completer.
"""

from __future__ import annotations

from typing import Any

from council_desktop.records.countries import COUNTRIES
from council_desktop.records.enums import CLASSIFICATIONS, DOCUMENT_KINDS, MEETING_KINDS
from council_desktop.records.folding import fold
from council_desktop.search.query import parse, tokens
from council_desktop.search.service import SearchResult, search
from council_desktop.search.snippets import Marked
from council_desktop.ui.context import AppContext, Highlight
from council_desktop.ui.enum_labels import country_label, enum_label
from council_desktop.ui.icons import icon
from council_desktop.ui.locale_format import date_input_format, format_date
from council_desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDate,
    QDateEdit,
    QEvent,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QModelIndex,
    QObject,
    QPainter,
    QPushButton,
    QRectF,
    QSize,
    QStandardItem,
    QStandardItemModel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTextDocument,
    QTimer,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desktop.ui.views.record_list import app_settings

SEARCH_DELAY_MS = 250  # after the last keystroke
RESULT_LIMIT = 200
# Letters typed before results come by themselves: a one- or two-letter prefix matches most of
# a large index (up to a second on 150,000 records); Enter searches for anything.
MIN_LETTERS = 3
RECENT_KEY = "search/recent"
RECENT_MAX = 12
NO_DATE = QDate(1900, 1, 1)  # the date edits' "any date" value
RESULT_ROLE = Qt.ItemDataRole.UserRole  # the SearchResult of a result row
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the rich text a result row shows
GROUP_ORDER = ("meeting", "document", "attachment")
_MATCH_OPEN = '<span style="background-color:#fde68a; color:#1f2937"><b>'
_MATCH_CLOSE = "</b></span>"
_MUTED = "#6b7280"  # dates and kinds; replaced by the selection's text colour when selected


def load_recent() -> list[str]:
    """Recent searches, newest first."""
    value = app_settings().value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [str(v) for v in value or []][:RECENT_MAX]


def remember_search(text: str) -> list[str]:
    """Put ``text`` first in the recent searches (one entry per folded spelling)."""
    text = " ".join(text.split())
    if not text:
        return load_recent()
    kept = [t for t in load_recent() if fold(t) != fold(text)]
    recent = [text, *kept][:RECENT_MAX]
    settings = app_settings()
    settings.setValue(RECENT_KEY, recent)
    settings.sync()
    return recent


class SearchField(QLineEdit):
    """The toolbar's search box: Down moves into the results, Down on an empty box lists recent."""

    downPressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("search_field")
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search"))
        self.setToolTip(
            self.tr(
                "Every word matches the start of a word; all words must match; "
                '"quoted words" match as a phrase. Searches attached PDFs too.'
            )
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.recent_model = QStandardItemModel(self)
        completer = QCompleter(self.recent_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_recent(self, recent: list[str]) -> None:
        """Offer these searches in the completer."""
        self.recent_model.clear()
        for text in recent:
            self.recent_model.appendRow(QStandardItem(text))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        popup = self.completer().popup()
        if event.key() == Qt.Key.Key_Down and not (popup and popup.isVisible()):
            if not self.text():
                self.completer().setCompletionPrefix("")
                self.completer().complete()
            else:
                self.downPressed.emit()
            return
        super().keyPressEvent(event)


class ResultDelegate(QStyledItemDelegate):
    """Paints a result row's rich text (title, date, snippet with the matches highlighted)."""

    def _document(self, index: QModelIndex, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(3)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(width, 200))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.data(HTML_ROLE) is None:  # a group heading
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        doc = self._document(index, option.rect.width())
        if option.state & QStyle.StateFlag.State_Selected:
            color = option.palette.highlightedText().color().name()
            selected = str(index.data(HTML_ROLE)).replace(_MUTED, color)
            doc.setHtml(f'<div style="color:{color}">{selected}</div>')
            doc.setTextWidth(max(option.rect.width(), 200))
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        view = self.parent()
        width = option.rect.width()
        if isinstance(view, QTreeWidget):  # the width paint() will get: the row's indented width
            depth, parent = int(view.rootIsDecorated()), index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width = view.viewport().width() - view.indentation() * depth
        doc = self._document(index, width)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class SearchView(QWidget):
    """The Search page: filters and grouped results for what is typed in ``self.field``."""

    searched = Signal(str)  # the text searched, after each run (also when cleared)
    activated = Signal()  # the person started typing: the main window shows this page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("search_view")
        self.ctx = ctx
        self._results: list[SearchResult] = []
        self.field = SearchField()
        self.field.set_recent(load_recent())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_as_typed)
        self.field.textChanged.connect(self._text_changed)
        self.field.textEdited.connect(lambda _t: self.activated.emit())
        self.field.returnPressed.connect(self._return_pressed)
        self.field.downPressed.connect(self._focus_results)

        self.type_combo = self._combo(
            self.tr("Type"),
            [
                (None, self.tr("All types")),
                ("meeting", self.tr("Meetings")),
                ("document", self.tr("Documents")),
                ("attachment", self.tr("Attached files")),
            ],
        )
        kinds = list(dict.fromkeys(MEETING_KINDS + DOCUMENT_KINDS))
        self.kind_combo = self._combo(
            self.tr("Kind"), [(None, self.tr("Any kind"))] + [(k, enum_label(k)) for k in kinds]
        )
        countries = sorted(COUNTRIES, key=lambda c: fold(country_label(c)))
        self.country_combo = self._combo(
            self.tr("Country"),
            [(None, self.tr("Any country"))] + [(c, country_label(c)) for c in countries],
        )
        self.classification_combo = self._combo(
            self.tr("Classification"),
            [(None, self.tr("Any classification"))] + [(c, enum_label(c)) for c in CLASSIFICATIONS],
        )
        self.date_from = self._date_edit(self.tr("From date"))
        self.date_to = self._date_edit(self.tr("To date"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        # Two short rows, so the page never makes the window wider than a small screen.
        choices = QHBoxLayout()
        choices.setSpacing(6)
        for widget in (self.type_combo, self.kind_combo, self.country_combo):
            choices.addWidget(widget, 1)
        choices.addWidget(self.classification_combo, 1)
        dates = QHBoxLayout()
        dates.setSpacing(6)
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addWidget(self.clear_button)
        dates.addStretch(1)
        filters = QVBoxLayout()
        filters.setSpacing(6)
        filters.addLayout(choices)
        filters.addLayout(dates)

        self.status_label = QLabel()
        self.status_label.setObjectName("search_status")
        self.status_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("search_results")
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setItemDelegate(ResultDelegate(self.tree))
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.open_item(item))
        self.tree.installEventFilter(self)
        self.tree.viewport().installEventFilter(self)  # rows re-wrap when the width changes

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tree, 1)
        ctx.changed.connect(self._records_changed)
        self._show_status()

    # -- building ----------------------------------------------------------------------------

    def _combo(self, name: str, choices: list[tuple[str | None, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        for value, label in choices:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_input_format())
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self._filters_changed)
        return edit

    # -- filters -----------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        """The keyword arguments for ``search()`` that the filter widgets stand for."""

        def iso(edit: QDateEdit) -> str | None:
            return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

        record_type = self.type_combo.currentData()
        kind = self.kind_combo.currentData()
        return {
            "types": [record_type] if record_type else None,
            "kinds": [kind] if kind else None,
            "date_from": iso(self.date_from),
            "date_to": iso(self.date_to),
            "country": self.country_combo.currentData(),
            "classification": self.classification_combo.currentData(),
        }

    def set_filter(self, name: str, value: Any) -> None:
        """Choose a filter value by what ``filters()`` returns for it (tests, saved searches)."""
        if name in ("date_from", "date_to"):
            edit = self.date_from if name == "date_from" else self.date_to
            edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE)
            return
        combo = {
            "type": self.type_combo,
            "kind": self.kind_combo,
            "country": self.country_combo,
            "classification": self.classification_combo,
        }[name]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def clear_filters(self) -> None:
        """Every filter back to "any"."""
        for combo in (self.type_combo, self.kind_combo, self.country_combo):
            combo.setCurrentIndex(0)
        self.classification_combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)

    def _filters_changed(self, *_args: object) -> None:
        if self.field.text().strip():
            self._search_as_typed()

    # -- searching ---------------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self._timer.start()

    def _search_as_typed(self) -> None:
        if sum(len(t) for t in tokens(self.field.text())) >= MIN_LETTERS:
            self.run_search()
        else:
            self._results = []
            self.tree.clear()
            self._show_status(too_short=bool(self.field.text().strip()))
            self.searched.emit(self.field.text())

    def run_search(self) -> None:
        """Search now for the field's text with the filters (typing calls this after a pause)."""
        self._timer.stop()
        text = self.field.text()
        self._results = search(self.ctx.store, text, limit=RESULT_LIMIT, **self.filters())
        self._fill_tree()
        self._show_status()
        self.searched.emit(text)

    def results(self) -> list[SearchResult]:
        """What the last search found, best first."""
        return list(self._results)

    def _fill_tree(self) -> None:
        self.tree.clear()
        first: QTreeWidgetItem | None = None
        for record_type in GROUP_ORDER:
            group = [r for r in self._results if r.type == record_type]
            if not group:
                continue
            if record_type == "meeting":
                heading = self.tr("Meetings (%n)", "", len(group))
            elif record_type == "document":
                heading = self.tr("Documents (%n)", "", len(group))
            else:
                heading = self.tr("Attached files (%n)", "", len(group))
            top = QTreeWidgetItem([heading])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for result in group:
                item = QTreeWidgetItem([self._plain(result)])
                item.setData(0, RESULT_ROLE, result)
                item.setData(0, HTML_ROLE, self._html(result))
                item.setToolTip(0, result.title)
                top.addChild(item)
                first = first or item
            top.setExpanded(True)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _details(self, r: SearchResult) -> list[str]:
        details = [format_date(r.date) if r.date else self.tr("no date"), enum_label(r.kind)]
        if r.filename:
            details.append(self.tr("in %1").replace("%1", r.filename))
        return [d for d in details if d]

    def _plain(self, r: SearchResult) -> str:
        return f"{r.title} — {' · '.join(self._details(r))}\n{r.snippet}"

    def _html(self, r: SearchResult) -> str:
        from html import escape

        snippet = Marked(r.snippet, r.highlights).html(_MATCH_OPEN, _MATCH_CLOSE)
        details = escape(" · ".join(self._details(r)), quote=False)
        return (
            f'<span style="font-size:large">{r.title_html}</span>'
            f'&nbsp;&nbsp;<span style="color:{_MUTED}">{details}</span><br/>{snippet}'
        )

    def _show_status(self, too_short: bool = False) -> None:
        text = self.field.text().strip()
        if too_short:
            message = self.tr(
                "Keep typing: results come from three letters on (Enter searches now)."
            )
        elif not text:
            message = self.tr(
                "Type a name, a place or words from a record or an attached PDF in the search "
                'box. Every word matches the start of a word; "quoted words" match as a phrase.'
            )
        elif not self._results:
            message = self.tr("No records match “%1”.").replace("%1", text)
        else:
            message = self.tr("%n result(s) for “%1”.", "", len(self._results)).replace("%1", text)
        self.status_label.setText(message)

    def _records_changed(self, _change: object) -> None:
        if self._results:
            self._timer.start()

    # -- opening -----------------------------------------------------------------------------

    def current_result(self) -> SearchResult | None:
        """The result selected in the list (the first after each search)."""
        item = self.tree.currentItem()
        result = item.data(0, RESULT_ROLE) if item is not None else None
        return result if isinstance(result, SearchResult) else None

    def open_item(self, item: QTreeWidgetItem | None) -> bool:
        """Open a result row's record (an attached file opens its document)."""
        result = item.data(0, RESULT_ROLE) if item is not None else None
        if not isinstance(result, SearchResult):
            return False
        self.field.set_recent(remember_search(self.field.text()))
        # The form shows where the match is (ui/forms/match.py).
        self.ctx.highlight = Highlight(parse(self.field.text()), result.attachment_uuid)
        try:
            self.ctx.open_record.emit(result.record_type, result.uuid)
        finally:
            self.ctx.highlight = None
        return True

    def open_current(self) -> bool:
        """Open the selected result; False when there is none."""
        return self.open_item(self.tree.currentItem())

    def _return_pressed(self) -> None:
        if self._timer.isActive() or not self._results:
            self.run_search()
        if not self.open_current() and self.field.text().strip():
            self.field.set_recent(remember_search(self.field.text()))

    def _focus_results(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.current_result() is not None:
            self.tree.setFocus()

    def focus_field(self) -> None:
        """Ctrl+F: put the cursor in the search box, its text selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter on a result opens it; typing in the results goes back to the search box."""
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.tree.doItemsLayout)
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.open_current()
            if event.text().strip() and key not in (Qt.Key.Key_Space,):  # type: ignore[attr-defined]
                self.field.setFocus()
                self.field.event(event)
                return True
        return super().eventFilter(watched, event)
