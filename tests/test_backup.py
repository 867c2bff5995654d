"""Backups and restore: complete sets with attachments, refusal of bad backups, rotation, check."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from council_desktop.cli import cli
from council_desktop.records.model import new_document, new_meeting
from council_desktop.store import (
    Store,
    attach_file,
    blob_path,
    get_document,
    save_document,
    save_meeting,
)
from council_desktop.store.backup import (
    BackupError,
    backup_if_due,
    create_backup,
    list_backups,
    restore,
    rotate,
)
from council_desktop.store.check import check


def _doc_with_attachment(store: Store, tmp_path: Path, text: bytes = b"%PDF-1.4 annex") -> str:
    doc = save_document(store, new_document(title="Bildiri", kind="declaration")).uuids[0]
    source = tmp_path / "annex.pdf"
    source.write_bytes(text)
    attach_file(store, doc, source)
    return doc


def test_backup_and_restore_round_trip_with_attachments(db_path: Path, tmp_path: Path) -> None:
    store = Store.open(db_path)
    doc = _doc_with_attachment(store, tmp_path)
    save_meeting(store, new_meeting(title="Yedek toplantısı", kind="regular", documents=[doc]))
    info = create_backup(store, kind="manual")
    assert (info.meetings, info.documents, info.attachments) == (1, 1, 1)
    sha = get_document(store, doc)["attachments"][0]["sha256"]
    assert (info.path / "attachments" / sha[:2] / sha).read_bytes() == b"%PDF-1.4 annex"
    # After the backup: more work, and the attachments folder is lost.
    save_meeting(store, new_meeting(title="Sonradan", kind="regular"))
    store.close()
    blob_path_live = db_path.with_name("council-attachments") / sha[:2] / sha
    blob_path_live.unlink()

    report = restore(info.path, db_path)

    assert report.meetings == 1 and report.documents == 1 and report.attachments_copied == 1
    assert len(report.kept_aside) >= 1 and all(p.exists() for p in report.kept_aside)
    with Store.open(report.kept_aside[0]) as aside:  # the replaced file is intact, not lost
        assert aside.scalar("SELECT count(*) FROM meetings") == 2
    with Store.open(db_path) as restored:
        assert check(restored) == []
        assert restored.scalar("SELECT title FROM meetings") == "Yedek toplantısı"
        assert blob_path(restored, sha).read_bytes() == b"%PDF-1.4 annex"
    assert "Kept the current file aside" in "\n".join(report.lines())


def test_restore_refuses_a_damaged_backup_and_keeps_the_current_file(
    db_path: Path, tmp_path: Path
) -> None:
    with Store.open(db_path) as store:
        save_meeting(store, new_meeting(title="Güncel", kind="regular"))
        info = create_backup(store, kind="manual")
        save_meeting(store, new_meeting(title="Daha güncel", kind="regular"))
    data = bytearray(info.db_file.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 3000] = os.urandom(3000)
    info.db_file.write_bytes(bytes(data))
    before = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(BackupError) as err:
        restore(info.path, db_path)

    assert "cannot be restored" in str(err.value) and "Nothing was changed" in str(err.value)
    assert sorted(p.name for p in db_path.parent.iterdir()) == before
    with Store.open(db_path) as store:
        assert store.scalar("SELECT count(*) FROM meetings") == 2


def test_restore_refuses_a_backup_missing_an_attachment(db_path: Path, tmp_path: Path) -> None:
    with Store.open(db_path) as store:
        _doc_with_attachment(store, tmp_path)
        info = create_backup(store, kind="manual")
    for blob in (info.path / "attachments").rglob("*"):
        if blob.is_file():
            blob.unlink()
    live = db_path.with_name("council-attachments")
    for blob in live.rglob("*"):
        if blob.is_file():
            blob.write_bytes(b"rotten")  # the live copy cannot stand in either
    with pytest.raises(BackupError, match="attachment"):
        restore(info.path, db_path)


def test_restore_refuses_while_another_window_holds_the_file(db_path: Path) -> None:
    from council_desktop.store.lock import acquire

    with Store.open(db_path) as store:
        info = create_backup(store, kind="manual")
    lock = acquire(db_path)
    assert lock is not None
    try:
        with pytest.raises(BackupError, match="Close it first"):
            restore(info.path, db_path)
    finally:
        lock.release()


def test_cli_backup_and_restore(db_path: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    dest = tmp_path / "usb" / "council-backup"
    result = runner.invoke(cli, ["--db", str(db_path), "backup", str(dest)])
    assert result.exit_code == 0, result.output
    assert "7 meetings" in result.output and (dest / "backup.json").is_file()
    listed = runner.invoke(cli, ["--db", str(db_path), "backups"])
    assert listed.exit_code == 0
    result = runner.invoke(cli, ["--db", str(db_path), "restore", str(dest)])
    assert result.exit_code == 0, result.output
    assert "Kept the current file aside" in result.output
    assert "Restored" in result.output and "7 meetings" in result.output
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    result = runner.invoke(cli, ["--db", str(db_path), "restore", str(bad)])
    assert result.exit_code == 2 and "cannot be restored" in result.output


def _fake_set(folder: Path, when: dt.datetime, kind: str = "auto") -> Path:
    path = folder / f"council-{when:%Y%m%d-%H%M%S}-{kind}"
    path.mkdir(parents=True)
    (path / "council.sqlite").write_bytes(b"")
    return path


def test_rotation_keeps_the_last_daily_and_weekly_sets(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = dt.datetime(2024, 1, 1, 9, 0)  # a Monday
    made = {}
    for day in range(60):
        when = start + dt.timedelta(days=day)
        made[when.date()] = _fake_set(folder, when)
    extra_same_day = _fake_set(folder, start + dt.timedelta(days=59, hours=3), "manual")
    migration = _fake_set(folder, start, "migration")

    removed = rotate(folder, "council", daily=7, weekly=4)

    kept = {p for p in folder.iterdir()}
    last = start.date() + dt.timedelta(days=59)
    # The newest set of each of the last 7 days (the manual one wins its day).
    for back in range(1, 7):
        assert made[last - dt.timedelta(days=back)] in kept
    assert extra_same_day in kept and made[last] not in kept
    # One per ISO week for the last 4 weeks: the newest of each week.
    weeks = {d.isocalendar()[:2] for d in made if (last - d).days < 28}
    assert len(weeks) == 4 or len(weeks) == 5
    assert made[dt.date(2024, 2, 18)] in kept  # a Sunday: newest of its week
    assert made[dt.date(2024, 2, 11)] in kept
    assert made[dt.date(2024, 1, 1)] not in kept
    assert migration in kept  # never rotated away
    assert len(kept) == len(list(folder.iterdir()))
    assert len(removed) == 61 - (len(kept) - 1)


def test_backup_if_due_runs_once_a_day_and_rotates(db_path: Path) -> None:
    with Store.open(db_path) as store:
        day = dt.datetime(2024, 3, 1, 8, 0)
        for i in range(10):
            when = day + dt.timedelta(days=i)
            assert backup_if_due(store, daily=3, weekly=0, now=when) is not None
            assert backup_if_due(store, daily=3, weekly=0, now=when.replace(hour=17)) is None
        found = list_backups(db_path.parent / "backups", "council")
    assert [b.created.day for b in found] == [10, 9, 8]
    assert all(b.meetings == 0 and b.kind == "auto" for b in found)


# -- check -----------------------------------------------------------------------------------


def test_check_finds_a_missing_and_a_damaged_attachment(db_path: Path, tmp_path: Path) -> None:
    store = Store.open(db_path)
    doc = _doc_with_attachment(store, tmp_path, b"first annex")
    other = _doc_with_attachment(store, tmp_path, b"second annex")
    assert check(store) == []
    first = get_document(store, doc)["attachments"][0]["sha256"]
    second = get_document(store, other)["attachments"][0]["sha256"]
    blob_path(store, first).unlink()
    blob_path(store, second).write_bytes(b"second annex, edited outside the app")
    problems = check(store)
    store.close()
    assert any("missing" in p and first[:12] in p for p in problems), problems
    assert any("damaged" in p and second[:12] in p for p in problems), problems
    result = CliRunner().invoke(cli, ["--db", str(db_path), "check"])
    assert result.exit_code == 1
    assert "missing" in result.output and "damaged" in result.output


def test_check_finds_a_broken_search_index(sample_store: Store) -> None:
    assert check(sample_store) == []
    with sample_store.write():
        sample_store.conn.execute(
            "DELETE FROM search_records WHERE record_uuid = '0c0f1d00-2013-4c0d-9a00-000000000003'"
        )
    problems = check(sample_store)
    assert any("0c0f1d00-2013-4c0d-9a00-000000000003" in p for p in problems), problems


def test_check_finds_a_broken_reference(store: Store) -> None:
    save_meeting(store, new_meeting(title="Referans", kind="regular", participants=[{"name": "A"}]))
    store.conn.execute("PRAGMA foreign_keys = OFF")
    store.conn.execute("DELETE FROM meetings")
    store.conn.execute("DELETE FROM search_index")
    problems = check(store)
    assert any("participants" in p for p in problems), problems


def test_check_reports_a_damaged_page(db_path: Path) -> None:
    with Store.open(db_path) as store:
        for i in range(50):
            save_meeting(store, new_meeting(title=f"Toplantı {i}", kind="regular"))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = int(str(store.scalar(
            "SELECT rootpage FROM sqlite_master WHERE name = 'meetings_title_key'"
        )))  # fmt: skip
        page_size = int(str(store.scalar("PRAGMA page_size")))
    data = bytearray(db_path.read_bytes())
    offset = (root - 1) * page_size
    data[offset : offset + 64] = b"\x42" * 64  # an index page that is no longer an index page
    db_path.write_bytes(bytes(data))
    with Store.open(db_path, read_only=True) as store:
        problems = check(store)
    assert problems and ("malformed" in problems[0] or "Integrity check" in problems[0]), problems
    result = CliRunner().invoke(cli, ["--db", str(db_path), "check"])
    assert result.exit_code == 1 and problems[0] in result.output
