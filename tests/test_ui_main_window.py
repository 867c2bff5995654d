"""The main window as a desk officer uses it: lists, quick filter, delete, unsaved edits, layout.

Most tests drive the list and window logic against the forms' contract with a small stand-in
form (so they test the window, not the forms); the end-to-end test uses the real forms.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from council_desktop.records.model import new_document, new_meeting
from council_desktop.store import (
    RecordNotFound,
    get_document,
    get_meeting,
    listing,
    save_document,
    save_meeting,
)
from council_desktop.ui.qt import (
    QAbstractItemView,
    QLineEdit,
    QMessageBox,
    Qt,
    QUndoStack,
    QVBoxLayout,
    QWidget,
    Signal,
)

pytestmark = pytest.mark.gui

ISTANBUL_MEETINGS = {
    "0c0f1d00-2013-4c0d-9a00-000000000004",
    "0c0f1d00-2013-4c0d-9a00-000000000007",
}
Button = QMessageBox.StandardButton


class StandInForm(QWidget):
    """The forms' contract (ui/forms/base.py RecordForm) with one editable field: the title."""

    dirtyChanged = Signal(bool)  # noqa: N815
    validityChanged = Signal(bool)  # noqa: N815
    saved = Signal(str)
    titleChanged = Signal(str)  # noqa: N815
    briefRequested = Signal(str)  # noqa: N815

    def __init__(self, ctx, record_type: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        self._uuid: str | None = None
        self._loaded = ""
        self._undo = QUndoStack(self)
        self.title = QLineEdit()
        QVBoxLayout(self).addWidget(self.title)
        self.title.textEdited.connect(lambda _t: self.dirtyChanged.emit(self.is_dirty()))
        self.loads: list[str | None] = []

    def _get(self, uuid):
        get = get_meeting if self.record_type == "meeting" else get_document
        return get(self.ctx.store, uuid)

    def load(self, uuid):
        self.loads.append(uuid)
        self._uuid = uuid
        self._loaded = self._get(uuid)["title"] if uuid else ""
        self.title.setText(self._loaded)
        self.dirtyChanged.emit(False)

    def save(self) -> bool:
        if not self.can_save():
            return False
        if self._uuid:
            record = self._get(self._uuid)
        elif self.record_type == "meeting":
            record = new_meeting(starts_on="2031-01-01")
        else:
            record = new_document()
        record["title"] = self.title.text()
        write = save_meeting if self.record_type == "meeting" else save_document
        change = write(self.ctx.store, record)
        self._uuid, self._loaded = change.uuids[0], record["title"]
        self.ctx.announce(change)
        self.dirtyChanged.emit(False)
        self.saved.emit(self._uuid)
        return True

    def is_dirty(self) -> bool:
        return self.title.text() != self._loaded

    def can_save(self) -> bool:
        return bool(self.title.text().strip())

    def current_uuid(self):
        return self._uuid

    def undo_stack(self):
        return self._undo


def stand_in_factory(ctx, record_type, parent=None):
    return StandInForm(ctx, record_type, parent)


@pytest.fixture
def window(qtbot, sample_store):
    from council_desktop.ui.context import AppContext
    from council_desktop.ui.main_window import MainWindow

    win = MainWindow(AppContext(sample_store), form_factory=stand_in_factory)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("meetings")
    return win


def _uuids(view) -> set[str]:
    return {view.model.uuid_at(r) for r in range(view.model.rowCount())}


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard does; QTest cannot send letters outside Latin-1 (İ, ş, ğ …)."""
    from council_desktop.ui.qt import QApplication, QEvent, QKeyEvent

    for char in text:
        if ord(char) < 128:
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _select(qtbot, view, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_window_shows_the_sample_meetings_and_names_the_file(window, sample_store):
    view = window.meetings_view
    assert view.model.rowCount() == 7
    assert "council.sqlite" in window.windowTitle()
    assert window.windowTitle().endswith("— Council Desktop")
    assert not window.isWindowModified()
    assert "7 meetings" in window.counts_label.text()
    assert "4 documents" in window.counts_label.text()
    assert window.path_label.text() == str(sample_store.path)
    assert window.meetings_view.form.current_uuid() == view.model.uuid_at(0)
    assert set(window.page_keys()) >= {"start", "meetings", "documents", "calendar", "timeline",
                                       "followup", "trash"}  # fmt: skip


@pytest.mark.parametrize("typed", ["istanbul", "ISTANBUL", "İstanbul"])
def test_quick_filter_finds_istanbul_however_it_is_typed(qtbot, window, typed):
    view = window.meetings_view
    type_text(qtbot, view.filter_edit, typed)
    assert view.filter_edit.text() == typed
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=2000)
    assert _uuids(view) == ISTANBUL_MEETINGS


def test_quick_filter_ignores_diacritics(qtbot, window):
    view = window.meetings_view
    qtbot.keyClicks(view.filter_edit, "cavusoglu")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert _uuids(view) == {"0c0f1d00-2013-4c0d-9a00-000000000004"}


def test_ctrl_f_focuses_the_search_box_in_the_toolbar(qtbot, window):
    fired = []
    window.find_requested.connect(lambda: fired.append(True))
    window.find_action.trigger()
    assert fired == [True]
    assert window.search_view.field.hasFocus()
    assert window.toolbar.isAncestorOf(window.search_view.field)


def test_sorting_by_title_runs_through_sql(qtbot, window):
    view = window.meetings_view
    column = view.model.column_of("title")
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_point(x, 5))
    assert view.model.query.sort_key == "title"
    shown = [view.model.title_at(r) for r in range(view.model.rowCount())]
    expected_uuids = [row[0] for row in listing.page(window.ctx.store, view.model.query, 0, 100)]
    assert [view.model.uuid_at(r) for r in range(len(shown))] == expected_uuids
    assert header.sortIndicatorSection() == column
    assert view.model.query.descending == (
        header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    )


def test_layout_is_remembered_between_windows(qtbot, sample_store):
    from council_desktop.ui.context import AppContext
    from council_desktop.ui.main_window import MainWindow

    first = MainWindow(AppContext(sample_store), form_factory=stand_in_factory)
    qtbot.addWidget(first)
    first.show()
    size = first.minimumSizeHint().expandedTo(_size(640, 480)) + _size(37, 23)
    first.resize(size)
    first.show_page("documents")
    view = first.documents_view
    status = view.model.column_of("status")
    view.table.horizontalHeader().resizeSection(status, 177)
    view.table.sortByColumn(view.model.column_of("reference"), Qt.SortOrder.AscendingOrder)
    view.splitter.setSizes([300, 500])
    splitter_sizes = view.splitter.sizes()
    first.close()

    second = MainWindow(AppContext(sample_store), form_factory=stand_in_factory)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    again = second.documents_view
    assert second.current_page_key() == "documents"
    assert second.size() == size
    assert again.table.horizontalHeader().sectionSize(status) == 177
    assert again.model.query.sort_key == "reference"
    assert not again.model.query.descending
    assert again.splitter.sizes() == splitter_sizes


@pytest.mark.parametrize("width", [480, 600, 900])
def test_columns_fit_the_list_so_it_never_scrolls_sideways(qtbot, window, width):
    from council_desktop.ui.views.record_list import TITLE_MIN_CHARS

    view = window.meetings_view
    view.splitter.setSizes([width, sum(view.splitter.sizes()) - width])
    qtbot.waitUntil(lambda: abs(view.table.viewport().width() - width) < 20)
    header = view.table.horizontalHeader()
    metrics = view.table.fontMetrics()
    assert header.length() <= view.table.viewport().width()
    assert not view.table.horizontalScrollBar().isVisible()
    date = view.model.column_of("starts_on")
    shown = [view.model.index(r, date).data() for r in range(view.model.rowCount())]
    assert header.sectionSize(date) > max(map(metrics.horizontalAdvance, shown))  # never cut
    title = header.sectionSize(view.model.column_of("title"))
    assert title >= TITLE_MIN_CHARS * metrics.averageCharWidth()


def test_a_column_the_user_sized_keeps_its_width(qtbot, window):
    view = window.meetings_view
    header = view.table.horizontalHeader()
    city = view.model.column_of("city")
    header.resizeSection(city, 131)  # as a drag does
    view.splitter.setSizes([700, 2000])
    qtbot.wait(20)
    assert header.sectionSize(city) == 131


def test_settings_stay_out_of_the_real_home(window, tmp_path_factory):
    from council_desktop.ui.views.record_list import app_settings

    window.save_state()
    settings_file = Path(app_settings().fileName())
    assert settings_file.is_file()
    assert settings_file.is_relative_to(Path.home())  # conftest points HOME at a temp folder


def test_delete_asks_naming_the_record_and_moves_it_to_trash(qtbot, window, monkeypatch):
    view = window.meetings_view
    _select(qtbot, view, 1)
    uuid, title = view.model.uuid_at(1), view.model.title_at(1)
    asked = []

    def answer(parent, caption, text, *args):
        asked.append(text)
        return Button.Cancel if len(asked) == 1 else Button.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # Cancel: nothing happens
    assert title in asked[0]
    assert uuid in _uuids(view)
    window.delete_action.trigger()  # Yes
    assert len(asked) == 2
    assert uuid not in _uuids(view)
    assert view.model.rowCount() == 6
    with pytest.raises(RecordNotFound):
        get_meeting(window.ctx.store, uuid)
    assert listing.counts(window.ctx.store)["trash"] == 1
    assert "1 in trash" in window.counts_label.text()
    assert view.form.current_uuid() == view.model.uuid_at(1)  # the next record is shown


def test_switching_away_from_a_dirty_form_asks(qtbot, window, monkeypatch):
    view = window.meetings_view
    form = view.form
    answers = [Button.Cancel, Button.Discard, Button.Save]
    asked = []

    def answer(*args):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    first = view.model.uuid_at(0)
    qtbot.keyClicks(form.title, " (edited)")
    assert window.isWindowModified()
    assert window.save_action.isEnabled()

    _select(qtbot, view, 2)  # Cancel: stay, edits kept
    qtbot.wait(20)
    assert form.current_uuid() == first and form.is_dirty()
    assert view.selected_uuid() == first

    _select(qtbot, view, 2)  # Discard
    assert form.current_uuid() == view.model.uuid_at(2)
    assert get_meeting(window.ctx.store, first)["title"].endswith("(edited)") is False

    third = view.model.uuid_at(2)
    qtbot.keyClicks(form.title, " v2")
    _select(qtbot, view, 3)  # Save, then move on
    assert get_meeting(window.ctx.store, third)["title"].endswith(" v2")
    assert len(asked) == 3
    assert not window.isWindowModified()


def test_new_record_saves_and_is_selected(qtbot, window, monkeypatch):
    window.show_page("documents")
    window.new_action.trigger()
    view = window.documents_view
    assert view.form.current_uuid() is None
    assert view.selected_uuid() is None
    type_text(qtbot, view.form.title, "Çalışma Belgesi")
    window.save_action.trigger()
    uuid = view.form.current_uuid()
    assert uuid is not None
    assert view.selected_uuid() == uuid
    assert view.model.rowCount() == 5
    assert "5 documents" in window.counts_label.text()


def test_closing_with_unsaved_edits_asks(qtbot, window, monkeypatch):
    answers = [Button.Cancel, Button.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    qtbot.keyClicks(window.meetings_view.form.title, "x")
    window.show_page("start")
    assert not window.close()  # Cancel
    assert window.isVisible() and window.current_page_key() == "meetings"
    assert window.close()  # Discard
    assert answers == []


def test_open_record_from_anywhere(qtbot, window):
    window.show_page("calendar")
    window.ctx.open_record.emit("document", "0c0f1d00-2013-4c0d-9a00-000000000103")
    assert window.current_page_key() == "documents"
    assert window.documents_view.selected_uuid() == "0c0f1d00-2013-4c0d-9a00-000000000103"
    assert window.documents_view.form.current_uuid() == "0c0f1d00-2013-4c0d-9a00-000000000103"


def test_open_record_hidden_by_the_filter_clears_it(qtbot, window):
    view = window.meetings_view
    qtbot.keyClicks(view.filter_edit, "istanbul")
    view.apply_filter()
    window.open_record("meeting", "0c0f1d00-2013-4c0d-9a00-000000000001")
    assert view.filter_edit.text() == ""
    assert view.selected_uuid() == "0c0f1d00-2013-4c0d-9a00-000000000001"


def test_replace_page_swaps_a_placeholder(qtbot, window):
    from council_desktop.ui.qt import QLabel

    calendar = QLabel("the real calendar")
    window.show_page("calendar")
    window.replace_page("calendar", calendar)
    assert window.page("calendar") is calendar
    assert window.stack.currentWidget() is calendar


def test_brief_actions_are_in_the_menus(window):
    """Printing and exporting briefs (tests/test_ui_briefs.py drives them end to end)."""
    assert window.print_brief_action.isEnabled()
    assert "PDF viewer" in window.print_brief_action.toolTip()
    assert window.export_brief_action in window.records_menu.actions()
    assert window.export_book_action in window.records_menu.actions()


# -- several rows selected -------------------------------------------------------------------


def _click(qtbot, view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.table.visualRect(view.model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _rows(view) -> list[int]:
    return sorted(i.row() for i in view.table.selectionModel().selectedRows())


def test_ctrl_shift_click_and_ctrl_a_select_several_for_the_briefing_book(
    qtbot, window, monkeypatch
):
    view = window.meetings_view
    uuid = view.model.uuid_at
    _click(qtbot, view, 0)
    _click(qtbot, view, 2, Qt.KeyboardModifier.ControlModifier)
    assert _rows(view) == [0, 2]
    assert view.selected_uuids() == [uuid(0), uuid(2)]
    assert view.form.current_uuid() == uuid(2)  # the form shows the current row

    _click(qtbot, view, 1)
    _click(qtbot, view, 4, Qt.KeyboardModifier.ShiftModifier)  # from row 1 to row 4
    assert _rows(view) == [1, 2, 3, 4]
    assert view.form.current_uuid() == uuid(4)

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert _rows(view) == list(range(7))
    assert view.form.current_uuid() == uuid(4)  # selecting everything moves nothing

    books = []
    monkeypatch.setattr(window.brief_exporter, "export_book", lambda uuids: books.append(uuids))
    window.export_book_action.trigger()
    assert books == [[uuid(r) for r in range(7)]]


def test_the_selection_survives_a_refresh(qtbot, window):
    from council_desktop.store import Change

    view = window.meetings_view
    _click(qtbot, view, 1)
    _click(qtbot, view, 3, Qt.KeyboardModifier.ControlModifier)
    _click(qtbot, view, 5, Qt.KeyboardModifier.ControlModifier)
    chosen = view.selected_uuids()
    window.ctx.announce(Change("saved", "all"))  # e.g. the command line wrote meanwhile
    assert view.selected_uuids() == chosen
    assert view.form.current_uuid() == view.selected_uuid() == view.model.uuid_at(5)


def test_a_dirty_form_still_guards_ctrl_click(qtbot, window, monkeypatch):
    view = window.meetings_view
    form = view.form
    answers = [Button.Cancel, Button.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    first = view.model.uuid_at(0)
    qtbot.keyClicks(form.title, " (edited)")

    _click(qtbot, view, 3, Qt.KeyboardModifier.ControlModifier)  # Cancel: stay on the edit
    qtbot.waitUntil(lambda: _rows(view) == [0], timeout=1000)
    assert form.current_uuid() == first and form.is_dirty()
    assert view.selected_uuid() == first

    _click(qtbot, view, 3, Qt.KeyboardModifier.ShiftModifier)  # Discard: rows 0-3, form on 3
    assert answers == []
    assert _rows(view) == [0, 1, 2, 3]
    assert form.current_uuid() == view.model.uuid_at(3) and not form.is_dirty()
    assert not get_meeting(window.ctx.store, first)["title"].endswith("(edited)")


def test_delete_several_asks_once_with_the_count_and_trashes_them_all(qtbot, window, monkeypatch):
    view = window.meetings_view
    _click(qtbot, view, 1)
    _click(qtbot, view, 2, Qt.KeyboardModifier.ControlModifier)
    _click(qtbot, view, 4, Qt.KeyboardModifier.ControlModifier)
    chosen = view.selected_uuids()
    titles = [view.model.title_at(r) for r in (1, 2, 4)]
    asked = []

    def answer(parent, caption, text, *args):
        asked.append(text)
        return Button.Cancel if len(asked) == 1 else Button.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # Cancel: nothing happens
    assert len(asked) == 1
    assert "these 3 meetings" in asked[0]
    assert not any(title in asked[0] for title in titles)
    assert _uuids(view) >= set(chosen)

    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # Yes: one question, all three go
    assert len(asked) == 2
    assert view.model.rowCount() == 4
    assert not _uuids(view) & set(chosen)
    for uuid in chosen:
        with pytest.raises(RecordNotFound):
            get_meeting(window.ctx.store, uuid)
    assert listing.counts(window.ctx.store)["trash"] == 3
    assert "3 in trash" in window.counts_label.text()
    assert view.form.current_uuid() == view.model.uuid_at(1)  # the next record is shown
    assert view.selected_uuids() == [view.model.uuid_at(1)]


def test_delete_names_the_one_record_selected_even_if_another_is_shown(qtbot, window, monkeypatch):
    """Ctrl-click can leave one row selected that is not the current one: that one goes."""
    view = window.meetings_view
    _click(qtbot, view, 1)
    _click(qtbot, view, 2, Qt.KeyboardModifier.ControlModifier)
    _click(qtbot, view, 2, Qt.KeyboardModifier.ControlModifier)  # unselects row 2 again
    assert _rows(view) == [1]
    target, title = view.model.uuid_at(1), view.model.title_at(1)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda p, c, text, *a: asked.append(text) or Button.Yes
    )
    window.delete_action.trigger()
    assert len(asked) == 1 and title in asked[0]
    with pytest.raises(RecordNotFound):
        get_meeting(window.ctx.store, target)
    assert listing.counts(window.ctx.store)["trash"] == 1


def test_import_lists_every_problem_and_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "council-desktop", "version": 1, "meetings": [{"title": ""}, '
                   '{"title": "x", "kind": "party"}]}', encoding="utf-8")  # fmt: skip
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    assert not window.import_records(str(bad))
    assert len(shown) == 1
    text = shown[0].text()
    assert "meetings[1]" in text and "meetings[2]" in text
    assert "Traceback" not in text
    assert window.meetings_view.model.rowCount() == 7


def test_export_then_import_round_trip(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "out" / "records.json"
    assert window.export_records(str(target))
    assert target.is_file()
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: infos.append(a[2]))
    assert window.import_records(str(target))
    assert "0 created" in infos[0] and "11 unchanged" in infos[0]


def test_about_names_version_licences_and_database(qtbot, window):
    from council_desktop import __version__
    from council_desktop.ui.dialogs.about import AboutDialog

    dialog = AboutDialog(window.ctx.store.path, window)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert __version__ in text
    assert "DejaVu" in text and "CC0" in text
    assert str(window.ctx.store.path) in text


def test_unexpected_exception_is_logged_and_apologised_for(qtbot, monkeypatch):
    from council_desktop import logs
    from council_desktop.ui import errors

    log_path = logs.setup_logging()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError:
        errors.handle_exception(*sys.exc_info())
    try:
        assert len(shown) == 1
        assert str(log_path) in shown[0]
        assert "Traceback" not in shown[0] and "ZeroDivisionError" not in shown[0]
        written = log_path.read_text(encoding="utf-8")
        assert "Traceback" in written and "ZeroDivisionError: boom in a slot" in written
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(log_path):
                root.removeHandler(handler)
                handler.close()


def test_excepthook_is_installed_by_the_app(monkeypatch):
    from council_desktop.ui import errors

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    previous = errors.install_excepthook()
    assert sys.excepthook is errors.handle_exception
    assert previous is sys.__excepthook__


def test_create_main_window_refuses_a_damaged_file_clearly(qapp, tmp_path):
    from council_desktop.store import StoreError
    from council_desktop.ui.app import create_main_window

    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as err:
        create_main_window(junk)
    assert "junk.sqlite" in str(err.value)


def test_icons_render(qapp):
    from council_desktop.ui.icons import icon

    for name in (
        "app",
        "meetings",
        "documents",
        "calendar",
        "timeline",
        "followup",
        "trash",
        "search",
        "new",
        "save",
        "delete",
        "undo",
        "redo",
        "print",
        "import",
        "export",
    ):
        image = icon(name).pixmap(32, 32).toImage()
        assert not image.isNull(), name
        painted = sum(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))
        assert painted > 20, name  # fmt: skip


def _size(width: int, height: int):
    from council_desktop.ui.qt import QSize

    return QSize(width, height)


def _point(x: int, y: int):
    from council_desktop.ui.qt import QPoint

    return QPoint(x, y)


# -- end to end, with the real forms ---------------------------------------------------------


def _editor(form, key: str):
    """The editor of field ``key`` (the forms bind each field once, ui/forms/base.py)."""
    return form._bindings[key].editor


def _show_tab_of(qtbot, widget) -> None:
    """Click the tab that holds ``widget`` (sub-tables live on the form's tabs)."""
    from council_desktop.ui.qt import QTabWidget

    if widget.isVisible():
        return
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            index = next(i for i in range(parent.count()) if parent.widget(i).isAncestorOf(widget))
            bar = parent.tabBar()
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            assert parent.currentIndex() == index
        parent = parent.parentWidget()


def _type_in_cell(qtbot, sub_table, row: int, key: str, text: str) -> None:
    """Edit one cell of a sub-table in place, as a person does: F2, type, Enter."""
    from council_desktop.ui.qt import QApplication

    _show_tab_of(qtbot, sub_table)
    table = sub_table.table
    assert table.isVisible()
    column = [c.key for c in sub_table.columns].index(key)
    editing = table.state() == QAbstractItemView.State.EditingState
    if not (editing and (table.currentRow(), table.currentColumn()) == (row, column)):
        if editing:  # Add opened another cell's editor: leave it
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        table.setCurrentCell(row, column)
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_new_meeting_typed_in_is_all_there_after_reopening(qtbot, db_path, monkeypatch):
    pytest.importorskip("council_desktop.ui.forms.meeting_form")
    pytest.importorskip("council_desktop.ui.forms.document_form")
    from council_desktop.ui.app import create_main_window
    from council_desktop.ui.qt import QApplication, QDate

    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail(f"unexpected: {a[2]}"))
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.show_page("meetings")
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.meetings_view.form
    assert form.current_uuid() is None

    title = "Dışişleri Bakanları Konseyi Toplantısı (Aşgabat, 2024)"
    type_text(qtbot, _editor(form, "title"), title)
    _editor(form, "starts_on").date_edit.setDate(QDate(2024, 3, 15))
    type_text(qtbot, _editor(form, "city"), "Aşgabat")
    participants = _editor(form, "participants")
    for row, name in enumerate(["Ceyhun Bayramov", "Murat Nurtleu"]):
        _show_tab_of(qtbot, participants)
        qtbot.mouseClick(participants.add_button, Qt.MouseButton.LeftButton)
        _type_in_cell(qtbot, participants, row, "name", name)
    agenda = _editor(form, "agenda")
    _show_tab_of(qtbot, agenda)
    qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
    _type_in_cell(qtbot, agenda, 0, "title", "Afganistan'daki durum")

    assert window.isWindowModified()
    assert window.save_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    uuid = form.current_uuid()
    assert uuid is not None
    assert not window.isWindowModified()
    assert window.meetings_view.selected_uuid() == uuid
    assert window.close()
    window.ctx.store.close()

    again = create_main_window(db_path)
    qtbot.addWidget(again)
    again.show()
    view = again.meetings_view
    type_text(qtbot, view.filter_edit, "asgabat")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    _select(qtbot, view, 0)
    shown = view.form
    assert shown.current_uuid() == uuid
    assert _editor(shown, "title").value() == title
    assert _editor(shown, "starts_on").value() == "2024-03-15"
    assert _editor(shown, "city").value() == "Aşgabat"
    assert [p["name"] for p in _editor(shown, "participants").value()] == [
        "Ceyhun Bayramov",
        "Murat Nurtleu",
    ]
    assert [a["title"] for a in _editor(shown, "agenda").value()] == ["Afganistan'daki durum"]
    stored = get_meeting(again.ctx.store, uuid)
    assert stored["title"] == title and len(stored["participants"]) == 2
    again.close()
    again.ctx.store.close()
