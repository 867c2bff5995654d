"""Opening a record from a search: bring the first field holding a searched word into view.

The search view puts the parsed query on ``AppContext.highlight`` while it asks for the
record to open; the form (forms/base.py) then calls :func:`reveal_match`: the tab holding
the first matching field is shown and the match is selected in its editor (a whole row in
a sub-table). Matching is the snippets' matching, over folded text (search/snippets.py).
"""

from __future__ import annotations

from typing import Any

from council_desktop.search.query import ParsedQuery
from council_desktop.search.snippets import first_match, matcher
from council_desktop.ui.forms.subtables import SubTable
from council_desktop.ui.qt import QLineEdit, QPlainTextEdit, QTabWidget, QWidget


def reveal_match(form: Any, query: ParsedQuery) -> bool:
    """Show and select the first match of ``query`` among ``form``'s text fields and
    sub-tables (in the order they were bound); False when no field matches."""
    pattern = matcher(query)
    if pattern is None:
        return False
    for binding in form._bindings.values():
        editor = binding.editor
        if isinstance(editor, SubTable):
            row = _matching_row(binding.read(), pattern)
            if row is not None:
                show_widget(form, editor)
                editor.table.selectRow(row)
                editor.table.scrollTo(editor.table.model().index(row, 0))
                editor.table.setFocus()
                return True
        elif isinstance(editor, QLineEdit | QPlainTextEdit):
            text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            span = first_match(text, pattern)
            if span is not None:
                show_widget(form, editor)
                _select(editor, *span)
                return True
    return False


def _matching_row(rows: list[dict[str, Any]], pattern: Any) -> int | None:
    for i, row in enumerate(rows):
        texts = (v for k, v in row.items() if k != "uuid" and isinstance(v, str))
        if any(first_match(t, pattern) for t in texts):
            return i
    return None


def show_widget(form: QWidget, widget: QWidget) -> None:
    """Switch ``form``'s tabs (if any) to the page holding ``widget``."""
    tabs = getattr(form, "tabs", None)
    if not isinstance(tabs, QTabWidget):
        return
    for i in range(tabs.count()):
        page = tabs.widget(i)
        if page is not None and (page is widget or page.isAncestorOf(widget)):
            tabs.setCurrentIndex(i)
            return


def _select(editor: QLineEdit | QPlainTextEdit, start: int, end: int) -> None:
    # Python offsets are code points, Qt's UTF-16 units: the same for every Turkic letter.
    editor.setFocus()
    if isinstance(editor, QLineEdit):
        editor.setSelection(start, end - start)
        return
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, type(cursor).MoveMode.KeepAnchor)  # QTextCursor, via the shim
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
