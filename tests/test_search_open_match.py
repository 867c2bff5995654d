"""Opening a search result shows where the match is: its tab, the words selected."""

from __future__ import annotations

import pytest

from council_desktop.records.folding import fold
from council_desktop.ui.qt import QApplication, QLineEdit, QPlainTextEdit, Qt

pytestmark = pytest.mark.gui

SECOND_EXTRAORDINARY = "0c0f1d00-2013-4c0d-9a00-000000000004"
PROTOCOL = "0c0f1d00-2013-4c0d-9a00-000000000101"


@pytest.fixture
def window(qtbot, sample_store):
    from council_desktop.ui.context import AppContext
    from council_desktop.ui.main_window import MainWindow
    from council_desktop.ui.views import search_view

    settings = search_view.app_settings()
    settings.remove(search_view.RECENT_KEY)
    settings.sync()
    win = MainWindow(AppContext(sample_store))
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def search_and_open(qtbot, win, text: str) -> None:
    """Type into the toolbar field, wait for the results, press Enter (opens the first)."""
    win.focus_search()
    view = win.search_view
    view.field.setText(text)
    with qtbot.waitSignal(view.ctx.open_record, timeout=3000):
        view.run_search()
        qtbot.keyClick(view.field, Qt.Key.Key_Return)
    qtbot.wait(20)


def selected_text(widget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().selectedText()
    return ""


def test_afgan_opens_the_meeting_with_the_word_selected(qtbot, window) -> None:
    search_and_open(qtbot, window, "afgan")
    form = window.meetings_view.form
    assert form.current_uuid() == SECOND_EXTRAORDINARY
    assert form.tabs.currentIndex() == 0  # General: the summary names Afganistan
    focused = QApplication.focusWidget()
    assert focused is form.summary_edit or focused is form.tags_edit
    assert fold(selected_text(focused)).startswith("afganistan")
    assert window.meetings_view.form.ctx.highlight is None  # used once, then cleared


def test_a_match_in_a_sub_table_selects_its_row(qtbot, window) -> None:
    search_and_open(qtbot, window, "küresel sonuçları")
    form = window.meetings_view.form
    assert form.current_uuid() == SECOND_EXTRAORDINARY
    assert form.tabs.tabText(form.tabs.currentIndex()).startswith("Agenda")
    assert form.agenda.table.currentRow() == 0  # "Afganistan'daki son durum … küresel sonuçları"
    assert form.agenda.table.hasFocus()


def test_reopening_the_shown_record_moves_to_the_new_match(qtbot, window) -> None:
    search_and_open(qtbot, window, "küresel sonuçları")
    search_and_open(qtbot, window, "çavuşoğlu")  # the same meeting: no reload, new match
    form = window.meetings_view.form
    assert form.tabs.currentIndex() == 0
    assert fold(selected_text(QApplication.focusWidget())) == "cavusoglu"


def test_a_hit_in_an_attached_file_shows_the_attachments(qtbot, window) -> None:
    search_and_open(qtbot, window, "Kırgızistan Taraflar")  # only in the PDF
    form = window.documents_view.form
    assert form.current_uuid() == PROTOCOL
    assert form.tabs.currentIndex() == 2


def test_records_opened_otherwise_are_not_highlighted(qtbot, window) -> None:
    window.ctx.open_record.emit("meeting", SECOND_EXTRAORDINARY)
    form = window.meetings_view.form
    assert form.current_uuid() == SECOND_EXTRAORDINARY
    assert selected_text(form.summary_edit) == ""
