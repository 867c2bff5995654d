"""The durability pieces as a person meets them: read-only banner, refresh, trash, history,
backup/restore dialogs, Check database, and a save the disk refuses keeping the edit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from council_desktop.records.model import new_meeting
from council_desktop.store import Store, move_to_trash, save_meeting
from council_desktop.store.lock import acquire
from council_desktop.ui.app import create_main_window, daily_backup
from council_desktop.ui.qt import QMessageBox

MEETING = "0c0f1d00-2013-4c0d-9a00-000000000002"


@pytest.fixture
def window(qtbot, sample_store):
    w = create_main_window(sample_store)
    qtbot.addWidget(w)
    return w


def test_a_second_window_opens_read_only_with_a_banner(qtbot, db_path: Path) -> None:
    Store.open(db_path).close()
    first = acquire(db_path)
    assert first is not None
    try:
        w = create_main_window(db_path, read_only=acquire(db_path) is None)
        qtbot.addWidget(w)
        assert w.ctx.read_only
        assert "Read-only" in w.read_only_banner.label.text()
        assert f"process {os.getpid()}" in w.read_only_banner.label.text()  # who holds it
        assert not w.restore_action.isEnabled() and not w.trash_view.empty_button.isEnabled()
        w.show()
        w.grab().save(str(db_path.parent / "readonly.png"))
        w.ctx.store.close()
    finally:
        first.release()


def test_records_written_by_the_command_line_appear_without_restart(qtbot, db_path: Path) -> None:
    from council_desktop.startup import open_database

    w = create_main_window(open_database(db_path))
    qtbot.addWidget(w)
    before = w.counts_label.text()
    other = Store.open(db_path)  # the CLI, in effect
    save_meeting(other, new_meeting(title="Komut satırından", kind="regular"))
    other.close()
    qtbot.waitUntil(lambda: w.counts_label.text() != before, timeout=5000)
    assert w.counts_label.text().startswith("8 meetings")
    assert w.meetings_view.model.rowCount() == 8
    assert not w.change_watcher.check_now()  # nothing new since: no second refresh
    w.ctx.store.close()


def test_trash_page_restores_and_empties_after_asking(qtbot, window, monkeypatch) -> None:
    ctx = window.ctx
    ctx.announce(move_to_trash(ctx.store, "meeting", MEETING))
    view = window.trash_view
    assert view.table.rowCount() == 1
    view.table.selectRow(0)
    assert view.restore_button.isEnabled()
    view.restore_button.click()
    assert view.table.rowCount() == 0
    assert window.meetings_view.model.rowCount() == 7
    ctx.announce(move_to_trash(ctx.store, "meeting", MEETING))
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel,
    )  # fmt: skip
    assert view.empty() is False and view.table.rowCount() == 1 and asked
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.empty() is True
    assert view.table.rowCount() == 0
    assert "0 in trash" in window.counts_label.text()


def test_history_dialog_lists_changes(qtbot, window) -> None:
    from council_desktop.store import get_meeting
    from council_desktop.ui.dialogs.history_dialog import show_history

    m = get_meeting(window.ctx.store, MEETING)
    m["city"] = "Astana"
    save_meeting(window.ctx.store, m)
    dialog = show_history(window.ctx, MEETING, window)
    qtbot.addWidget(dialog)
    tree = dialog.tree
    assert tree.topLevelItemCount() == 2
    changed = tree.topLevelItem(1)
    assert changed.text(2) == "changed"
    assert changed.child(0).text(0) == "city" and changed.child(0).text(2) == "Astana"
    dialog.grab().save("/tmp/history.png")


def test_back_up_now_and_restore_from_the_dialog(qtbot, db_path: Path, monkeypatch) -> None:
    from council_desktop.startup import open_database
    from council_desktop.ui.dialogs.backup_dialog import RestoreDialog, back_up_now, restore_backup

    w = create_main_window(open_database(db_path))
    qtbot.addWidget(w)
    info = back_up_now(w.ctx, w)
    assert info is not None and info.meetings == 7
    w.ctx.announce(move_to_trash(w.ctx.store, "meeting", MEETING))
    assert w.meetings_view.model.rowCount() == 6
    dialog = RestoreDialog(w.ctx, w)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "7" and dialog.table.item(0, 1).text() == "by hand"
    dialog.grab().save("/tmp/restore.png")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    assert restore_backup(w.ctx, dialog.chosen(), w)
    assert "Kept the current file aside" in shown[0]
    assert w.meetings_view.model.rowCount() == 7  # the same Store object, reopened
    assert any(p.name.startswith("council.sqlite.replaced-") for p in db_path.parent.iterdir())
    w.ctx.store.close()


def test_check_database_reports(qtbot, window, monkeypatch) -> None:
    from council_desktop.ui.dialogs.backup_dialog import check_database

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    assert check_database(window.ctx, window) == []
    assert said == ["No problems found."]
    window.ctx.store.conn.execute("DELETE FROM search_records WHERE record_uuid = ?", [MEETING])
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    assert check_database(window.ctx, window)
    assert MEETING in said[-1]


def test_the_daily_backup_at_open_runs_once(qtbot, sample_store) -> None:
    from council_desktop.settings import Settings
    from council_desktop.store.backup import list_backups

    daily_backup(sample_store, Settings())
    daily_backup(sample_store, Settings())
    assert sample_store.path is not None
    found = list_backups(sample_store.path.parent / "backups")
    assert len(found) == 1 and found[0].kind == "auto"


def test_a_save_the_disk_refuses_keeps_the_edit_in_the_form(qtbot, window, monkeypatch) -> None:
    view = window.meetings_view
    window.show_page("meetings")
    view.form.load(MEETING)
    view.form.title_edit.selectAll()
    qtbot.keyClicks(view.form.title_edit, "Yeni baslik, henuz kaydedilmedi")
    assert view.form.is_dirty()
    window.ctx.store.conn.execute("PRAGMA query_only = 1")  # the disk refuses every write
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert view.form.save() is False
    assert "read-only" in warned[0] and "still in the form" in warned[0]
    assert view.form.title_edit.text() == "Yeni baslik, henuz kaydedilmedi"
    assert view.form.is_dirty()
    window.ctx.store.conn.execute("PRAGMA query_only = 0")
    assert view.form.save() is True  # the same edit saves once the disk allows it
