"""Backups given relative paths, and backups made while an attachment file was already lost.

A lost attachment file must not make every later backup unrestorable: the backup says so
(stderr, a dialog), and a restore brings the records back and names the files it could not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from council_desktop.cli import cli
from council_desktop.records.model import new_document
from council_desktop.store import Store, attach_file, get_document, save_document
from council_desktop.store.backup import BackupError, create_backup, restore
from council_desktop.ui.qt import QMessageBox

DOC_TITLE = "Bildiri"


def _attach(store: Store, tmp_path: Path, name: str, data: bytes) -> str:
    """A document with one attachment; the attachment's sha256."""
    doc = save_document(store, new_document(title=DOC_TITLE, kind="declaration")).uuids[0]
    source = tmp_path / name
    source.write_bytes(data)
    attach_file(store, doc, source)
    return str(get_document(store, doc)["attachments"][0]["sha256"])


def _lose(db_path: Path, sha: str) -> None:
    (db_path.with_name(f"{db_path.stem}-attachments") / sha[:2] / sha).unlink()


# -- 1. relative paths ----------------------------------------------------------------------


def test_backup_and_restore_with_relative_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nb").mkdir()
    runner = CliRunner()
    made = runner.invoke(cli, ["--db", "nb/c.sqlite", "backup"])
    assert made.exit_code == 0, made.output
    assert "Backed up to" in made.output and "7 meetings" in made.output
    assert len([p for p in (tmp_path / "nb" / "backups").iterdir()]) == 1

    absolute = tmp_path / "a.sqlite"
    made = runner.invoke(cli, ["--db", str(absolute), "backup", "bkrel"])
    assert made.exit_code == 0, made.output
    assert (tmp_path / "bkrel" / "backup.json").is_file()

    back = runner.invoke(cli, ["--db", "nb/c.sqlite", "restore", "bkrel"])
    assert back.exit_code == 0, back.output
    assert "Restored" in back.output and "7 meetings" in back.output


# -- 2. an attachment file lost before the backup ------------------------------------------


def test_backup_lists_a_lost_attachment_and_its_restore_brings_the_records_back(
    db_path: Path, tmp_path: Path
) -> None:
    with Store.open(db_path) as store:
        lost = _attach(store, tmp_path, "annex.pdf", b"%PDF-1.4 lost")
        kept = _attach(store, tmp_path, "kept.pdf", b"%PDF-1.4 kept")
        _lose(db_path, lost)
        info = create_backup(store, kind="manual")
    assert info.missing_attachments == (f"'annex.pdf' of document {DOC_TITLE!r} (missing)",)
    manifest = json.loads((info.path / "backup.json").read_text(encoding="utf-8"))
    assert manifest["missing_attachments"] == [lost]

    report = restore(info.path, db_path)

    assert report.documents == 2
    assert report.missing_attachments == [f"'annex.pdf' of document {DOC_TITLE!r}"]
    assert "already missing when the backup was made" in report.warnings()[0]
    with Store.open(db_path) as restored:
        assert restored.scalar("SELECT count(*) FROM attachments") == 2  # records: all back
    assert (db_path.with_name("council-attachments") / kept[:2] / kept).is_file()


def test_restore_still_refuses_when_a_file_the_backup_holds_is_damaged(
    db_path: Path, tmp_path: Path
) -> None:
    with Store.open(db_path) as store:
        lost = _attach(store, tmp_path, "annex.pdf", b"%PDF-1.4 lost")
        held = _attach(store, tmp_path, "held.pdf", b"%PDF-1.4 held")
        _lose(db_path, lost)
        info = create_backup(store, kind="manual")
    (info.path / "attachments" / held[:2] / held).write_bytes(b"rotten")
    (db_path.with_name("council-attachments") / held[:2] / held).write_bytes(b"rotten too")
    with pytest.raises(BackupError, match=held[:12]):
        restore(info.path, db_path)


def test_a_damaged_live_file_is_not_copied_into_the_backup(db_path: Path, tmp_path: Path) -> None:
    with Store.open(db_path) as store:
        sha = _attach(store, tmp_path, "annex.pdf", b"%PDF-1.4 fine")
        (db_path.with_name("council-attachments") / sha[:2] / sha).write_bytes(b"bit rot")
        info = create_backup(store, kind="manual")
    assert info.missing_attachments == (f"'annex.pdf' of document {DOC_TITLE!r} (damaged)",)
    assert not (info.path / "attachments" / sha[:2] / sha).exists()
    assert restore(info.path, db_path).documents == 1  # restorable, not refused


def test_cli_backup_warns_on_stderr_and_restore_names_the_lost_file(
    db_path: Path, tmp_path: Path
) -> None:
    with Store.open(db_path) as store:
        _lose(db_path, _attach(store, tmp_path, "annex.pdf", b"%PDF-1.4 lost"))
    runner = CliRunner()
    dest = tmp_path / "set"
    made = runner.invoke(cli, ["--db", str(db_path), "backup", str(dest)])
    assert made.exit_code == 0, made.output
    assert "Warning: 1 attachment file(s) were missing" in made.stderr
    assert "'annex.pdf' of document 'Bildiri' (missing)" in made.stderr
    assert "Warning" not in made.stdout

    back = runner.invoke(cli, ["--db", str(db_path), "restore", str(dest)])
    assert back.exit_code == 0, back.output
    assert "Restored" in back.stdout
    assert "already missing when the backup was made" in back.stderr
    assert "'annex.pdf' of document 'Bildiri'" in back.stderr


def test_back_up_now_warns_in_a_dialog_about_lost_files(
    qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from council_desktop.ui.app import create_main_window
    from council_desktop.ui.dialogs.backup_dialog import back_up_now

    with Store.open(db_path) as store:
        _lose(db_path, _attach(store, tmp_path, "annex.pdf", b"%PDF-1.4 lost"))
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    try:
        info = back_up_now(window.ctx, window)
    finally:
        window.ctx.store.close()
    assert info is not None
    assert len(warned) == 1
    assert "NOT in it" in warned[0] and "'annex.pdf' of document 'Bildiri'" in warned[0]
