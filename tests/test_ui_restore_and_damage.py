"""Restore from backup with an edit open in the form, and a damaged page met while reading.

A restore must not let the form's older copy be saved over the restored record; a damaged
database file must be named as such (with the newest backup), never "your records are safe".
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from council_desktop.records.model import new_meeting
from council_desktop.startup import open_database
from council_desktop.store import Store, get_meeting, save_meetings
from council_desktop.store.backup import create_backup
from council_desktop.ui.app import create_main_window
from council_desktop.ui.qt import QApplication, QDialog, QMessageBox

MEETING = "0c0f1d00-2013-4c0d-9a00-000000000002"
Button = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot, db_path: Path):
    w = create_main_window(open_database(db_path))
    qtbot.addWidget(w)
    w.show()
    w.show_page("meetings")
    yield w
    w.reload_forms()  # drop what a test left typed, so the window closes without asking
    w.close()
    w.ctx.store.close()


def _edit_title(qtbot, form, text: str) -> None:
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, text)


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The Restore dialog, answered "Restore" on its newest backup without blocking."""
    from council_desktop.ui.dialogs.backup_dialog import RestoreDialog

    opened: list[bool] = []
    monkeypatch.setattr(
        RestoreDialog, "exec", lambda self: opened.append(True) or QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    return opened


def test_restore_asks_about_unsaved_edits_and_cancel_changes_nothing(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, chooser: list[bool]
) -> None:
    from council_desktop.ui.dialogs.backup_dialog import back_up_now, restore_from_backup

    assert back_up_now(window.ctx, window) is not None
    window.meetings_view.open_uuid(MEETING)
    form = window.meetings_view.form
    _edit_title(qtbot, form, "Yarim kalmis duzenleme")
    assert form.is_dirty()
    asked = _answer(monkeypatch, Button.Cancel)

    assert not restore_from_backup(window.ctx, window)

    assert len(asked) == 1 and "unsaved changes" in asked[0]
    assert chooser == []  # Cancel: not even the list of backups
    assert form.is_dirty() and form.title_edit.text() == "Yarim kalmis duzenleme"


def test_after_a_restore_the_form_shows_the_restored_record(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, chooser: list[bool]
) -> None:
    from council_desktop.ui.dialogs.backup_dialog import back_up_now, restore_from_backup

    original = get_meeting(window.ctx.store, MEETING)["title"]
    assert back_up_now(window.ctx, window) is not None
    window.meetings_view.open_uuid(MEETING)
    form = window.meetings_view.form
    _edit_title(qtbot, form, "Yedekten sonra kaydedildi")
    assert form.save()  # later work, saved: the backup does not have it
    _edit_title(qtbot, form, "Kaydedilmemis duzenleme")
    asked = _answer(monkeypatch, Button.Discard)

    assert restore_from_backup(window.ctx, window)

    assert len(asked) == 1 and chooser == [True]
    assert get_meeting(window.ctx.store, MEETING)["title"] == original
    assert form.current_uuid() == MEETING
    assert form.title_edit.text() == original  # reloaded: no old copy left to save over it
    assert not form.is_dirty()


# -- a damaged page met while reading -------------------------------------------------------


def _damaged_copy(db_path: Path) -> Path:
    """The sample database with many meetings, backed up, then a stretch of pages overwritten."""
    store = open_database(db_path)
    save_meetings(
        store,
        [new_meeting(title=f"Toplantı {i} " + "ayrıntı " * 40, kind="regular") for i in range(300)],
    )
    create_backup(store, kind="manual")
    store.close()
    with sqlite3.connect(db_path) as conn:  # everything into the main file, none in the WAL
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    middle = len(data) // 2
    garbage = bytes(range(256)) * 64
    data[middle : middle + len(garbage)] = garbage
    db_path.write_bytes(bytes(data))
    return db_path


@pytest.mark.qt_no_exception_capture
def test_a_damaged_page_is_reported_as_damage_with_the_newest_backup(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from council_desktop.ui import errors

    path = _damaged_copy(db_path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append((a[1], a[2])))
    monkeypatch.setattr(sys, "excepthook", errors.handle_exception)
    w = create_main_window(path)
    qtbot.addWidget(w)
    try:
        w.show()  # the meetings list reads its first rows as the window paints
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        for _ in range(5):  # more reads of the same damage: said once, not once per repaint
            QApplication.processEvents()
    finally:
        w.ctx.store.close()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "The database file is damaged"
    assert str(path) in text and "malformed" in text
    assert "The newest backup is from" in text and "File > Restore from backup" in text
    assert "records are safe" not in text


def test_locks_and_other_errors_keep_the_apology() -> None:
    from council_desktop.ui.errors import is_damaged_database

    assert is_damaged_database(sqlite3.DatabaseError("database disk image is malformed"))
    assert is_damaged_database(sqlite3.DatabaseError("file is not a database"))
    assert not is_damaged_database(sqlite3.OperationalError("database is locked"))
    assert not is_damaged_database(ValueError("malformed"))
    with Store.memory() as store:  # a real SQLite error of another kind
        try:
            store.conn.execute("SELECT * FROM no_such_table")
        except sqlite3.DatabaseError as exc:
            assert not is_damaged_database(exc)
