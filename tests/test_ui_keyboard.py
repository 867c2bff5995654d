"""The keyboard, as an officer who never touches the mouse uses it.

Tab leaves the list for the form, Alt+<letter> of a field's label puts the cursor in that field,
no two mnemonics on one screen share a letter (in English, Turkish and Russian), Ctrl+Z in a
text field undoes the form's edits, Ctrl+N starts typing in the new record's title. Everything
runs on the real main window with the real meeting and document forms, driven by key presses.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
import test_i18n

from council_desktop.ui.qt import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QGroupBox,
    QKeySequence,
    QLabel,
    QMenu,
    QMessageBox,
    Qt,
    QTabBar,
    QWidget,
)

pytestmark = pytest.mark.gui

MEETING_4 = "0c0f1d00-2013-4c0d-9a00-000000000004"
Key = Qt.Key
Mod = Qt.KeyboardModifier


compiled_translations = test_i18n.compiled_translations  # builds the .qm files when stale
language = test_i18n.language  # switches the running app to a language (English after)


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    """A stray mnemonic must fail a test, not hang it on a dialog; closing discards edits."""
    asked: list[str] = []

    def answer(*args, **_kwargs):
        asked.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Discard

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(answer))
    for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    return asked


@pytest.fixture
def window(qtbot, sample_store):
    """The real main window (real forms), shown and active so shortcuts work."""
    from council_desktop.ui.context import AppContext
    from council_desktop.ui.main_window import MainWindow

    win = MainWindow(AppContext(sample_store))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitActive(win):
        win.activateWindow()
    win.show_page("meetings")
    return win


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Key, modifier: Mod = Mod.NoModifier) -> None:
    """A key press where the keyboard focus is (as a person types)."""
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


# -- 1. Tab leaves the list ------------------------------------------------------------------


@pytest.mark.parametrize("page", ["meetings", "documents"])
def test_tab_goes_from_the_list_to_the_form_and_back_to_the_filter(qtbot, window, page):
    window.show_page(page)
    view = window.page(page)
    shown = view.form.current_uuid()
    view.table.setFocus(Qt.FocusReason.MouseFocusReason)
    press(qtbot, Key.Key_Tab)
    assert focused() is view.form.title_edit  # not the next cell of the table
    assert view.form.current_uuid() == shown  # and no other record was loaded on the way
    order = [focused()]
    for _ in view.form.general_tab().editors()[1:]:
        press(qtbot, Key.Key_Tab)
        order.append(focused())
    assert order == view.form.general_tab().editors()  # the fields in reading order
    view.table.setFocus(Qt.FocusReason.MouseFocusReason)
    press(qtbot, Key.Key_Backtab, Mod.ShiftModifier)
    assert focused() is view.filter_edit
    assert view.form.current_uuid() == shown


def test_tab_leaves_an_empty_date(qtbot, window):
    form = window.meetings_view.form
    form.ends_edit.clear()
    form.ends_edit.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Key.Key_Tab)
    assert focused() is form.status_combo


# -- 2. mnemonics ----------------------------------------------------------------------------


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def _labelled_fields(form) -> list[tuple[QLabel, QWidget]]:
    """Each label on the General tab with the field it names (its buddy)."""
    general = form.tabs.widget(0)
    return [(label, label.buddy()) for label in general.findChildren(QLabel) if label.buddy()]


@pytest.mark.parametrize("page", ["meetings", "documents"])
def test_alt_and_the_underlined_letter_puts_the_cursor_in_that_field(qtbot, window, page):
    window.show_page(page)
    form = window.page(page).form
    window.page(page).table.setFocus()
    rows = _labelled_fields(form)
    assert len(rows) >= 9
    for label, field in rows:
        key = QKeySequence.mnemonic(label.text())[0].key()
        assert key != Key.Key_unknown, f"{label.text()!r} has no mnemonic"
        press(qtbot, key, Mod.AltModifier)
        assert focused() is not None and (focused() is field or field.isAncestorOf(focused())), (
            f"Alt+{key.name} ({label.text()}) put the cursor in {focused()!r}"
        )


def _on_screen_mnemonics(window) -> dict[str, list[str]]:
    """Every mnemonic a person can press now: visible labels, buttons, tabs, the menu bar."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        if _mnemonic(action.text()):
            found[_mnemonic(action.text())].append(f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QMenu):
            continue
        texts: list[str] = []
        is_buddy = isinstance(widget, QLabel) and widget.buddy() is not None
        if is_buddy or (
            isinstance(widget, QAbstractButton) and widget.parent() is not window.toolbar
        ):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            if _mnemonic(text):
                found[_mnemonic(text)].append(f"{type(widget).__name__} {text}")
    return found


def _clashes(found: dict[str, list[str]]) -> list[str]:
    return [f"{key}: {', '.join(names)}" for key, names in found.items() if len(names) > 1]


@pytest.mark.parametrize("lang", ["en", "tr", "ru"])
def test_no_two_mnemonics_on_a_screen_share_a_letter(language, window_at_1280, lang):
    language(lang)
    window = window_at_1280(MEETING_4)
    problems = []
    for page in ("meetings", "documents"):
        window.show_page(page)
        tabs = window.page(page).form.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            problems += [
                f"{page}/{tabs.tabText(index)}: {clash}"
                for clash in _clashes(_on_screen_mnemonics(window))
            ]
    for menu in [a.menu() for a in window.menuBar().actions()]:
        found: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if _mnemonic(action.text()):
                found[_mnemonic(action.text())].append(action.text())
        problems += [f"menu {menu.title()}: {clash}" for clash in _clashes(found)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "tr", "ru"])
def test_every_field_label_has_a_mnemonic_for_its_editor(qtbot, language, app_context, lang):
    from council_desktop.ui.forms import DocumentForm, MeetingForm

    language(lang)
    for form_class in (MeetingForm, DocumentForm):
        form = form_class(app_context)
        qtbot.addWidget(form)
        for label, field in _labelled_fields(form):
            assert _mnemonic(label.text()), f"{label.text()!r} has no mnemonic"
            buddy = label.buddy()
            assert buddy is not None and buddy.focusPolicy() != Qt.FocusPolicy.NoFocus
            assert buddy is field or field.isAncestorOf(buddy)


def test_the_durability_menu_entries_have_mnemonics(window):
    for action in (
        window.backup_action,
        window.restore_action,
        window.check_action,
        window.history_action,
    ):
        assert _mnemonic(action.text()), action.text()


# -- 3. Ctrl+Z in a field undoes the form's edits --------------------------------------------


def test_ctrl_z_in_a_field_undoes_the_forms_edits_in_order(qtbot, window):
    form = window.meetings_view.form
    title, host = form.title_edit.text(), form.host_edit.text()
    form.title_edit.setFocus()
    form.title_edit.end(False)
    qtbot.keyClicks(form.title_edit, " (draft)")
    form.host_edit.setFocus()
    form.host_edit.end(False)
    qtbot.keyClicks(form.host_edit, " Jr")
    assert form.is_dirty()
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert form.host_edit.text() == host
    assert form.title_edit.text() == title + " (draft)"
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert focused() is form.host_edit
    assert (form.title_edit.text(), form.host_edit.text()) == (title, host)
    assert not form.is_dirty()
    press(qtbot, Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier)
    assert form.title_edit.text() == title + " (draft)"
    press(qtbot, Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier)
    assert form.host_edit.text() == host + " Jr"
    assert form.undo_stack().index() == form.undo_stack().count()


def test_ctrl_z_in_the_summary_and_tags_undoes_the_form_too(qtbot, window):
    form = window.meetings_view.form
    tags, summary = form.tags_edit.text(), form.summary_edit.toPlainText()
    form.tags_edit.setFocus()
    form.tags_edit.end(False)
    qtbot.keyClicks(form.tags_edit, ", energy")
    form.summary_edit.setFocus()
    qtbot.keyClicks(form.summary_edit, "More.")
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert (form.tags_edit.text(), form.summary_edit.toPlainText()) == (tags, summary)
    press(qtbot, Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier)
    assert form.tags_edit.value()[-1] == "energy"


# -- 4. Ctrl+N starts in the title -----------------------------------------------------------


@pytest.mark.parametrize("page", ["meetings", "documents"])
def test_ctrl_n_puts_the_cursor_in_the_new_records_title(qtbot, window, page):
    window.show_page(page)
    view = window.page(page)
    view.form.tabs.setCurrentIndex(1)  # even from another tab of the form
    view.table.setFocus()
    press(qtbot, Key.Key_N, Mod.ControlModifier)
    assert view.form.current_uuid() is None
    assert focused() is view.form.title_edit
    qtbot.keyClicks(focused(), "Yeni")
    assert view.form.title_edit.text() == "Yeni"


# -- 9. Preferences: the backup folder's label ----------------------------------------------


def test_backup_folder_label_is_the_folder_fields_mnemonic(qtbot, tmp_path):
    from council_desktop import settings
    from council_desktop.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings.load(), tmp_path / "council.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)  # Backups
    label = next(
        w for w in dialog.findChildren(QLabel) if w.text().replace("&", "") == "Backup folder:"
    )
    assert label.buddy() is dialog.backup_folder_edit  # so the "&" is a mnemonic, not shown
    dialog.daily_spin.setFocus()
    press(qtbot, Key.Key_F, Mod.AltModifier)
    assert focused() is dialog.backup_folder_edit
