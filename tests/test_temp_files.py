"""The app's temp folder: briefs opened for printing and attachments opened in their program
go under one folder, and start-up deletes what is older than a day."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from council_desktop import paths
from council_desktop.ui import temp_files
from council_desktop.ui.temp_files import new_temp_folder, remove_old_temp_files, temp_root

DAY = 24 * 60 * 60


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_temp_folders_are_private_and_under_the_user_cache(tmp_path):
    first, second = new_temp_folder("brief-"), new_temp_folder("brief-")
    assert first != second
    assert first.parent == second.parent == temp_root()
    assert temp_root().is_relative_to(paths.cache_dir())
    assert temp_root().is_relative_to(Path.home())  # conftest: HOME is a temp folder
    if os.name == "posix":
        assert temp_root().stat().st_mode & 0o077 == 0


def test_files_older_than_a_day_go_newer_ones_stay():
    old_folder = new_temp_folder("brief-")
    old = old_folder / "Zirve.pdf"
    old.write_bytes(b"%PDF old")
    new_folder = new_temp_folder("attachments-")
    (new_folder / "ab12").mkdir()
    new = new_folder / "ab12" / "rapor.txt"
    new.write_text("today", encoding="utf-8")
    mixed = new_temp_folder("attachments-")
    stale, fresh = mixed / "eski.txt", mixed / "yeni.txt"
    stale.write_text("old", encoding="utf-8")
    fresh.write_text("new", encoding="utf-8")
    for path in (old, stale):
        _age(path, DAY + 60)
    for folder in (old_folder, mixed):
        _age(folder, DAY + 60)

    assert remove_old_temp_files() == 2
    assert not old.exists() and not old_folder.exists()  # its folder left empty: gone too
    assert new.exists() and fresh.exists()
    assert not stale.exists() and mixed.exists()  # still holds a file of today
    assert temp_root().is_dir()


def test_a_new_empty_folder_is_kept_for_the_file_about_to_arrive():
    folder = new_temp_folder("brief-")
    assert remove_old_temp_files() == 0
    assert folder.is_dir()


def test_cleaning_never_fails(monkeypatch):
    assert remove_old_temp_files() == 0  # no temp folder yet: nothing to do
    locked = new_temp_folder("brief-") / "open-in-viewer.pdf"
    locked.write_bytes(b"%PDF")
    _age(locked, 2 * DAY)

    def refuse(self, *args, **kwargs):
        raise PermissionError("in use by another program")

    monkeypatch.setattr(Path, "unlink", refuse)
    assert remove_old_temp_files() == 0  # as on Windows while a viewer has it open
    assert locked.exists()


def test_the_app_clears_old_temp_files_when_it_starts(monkeypatch, qapp, db_path):
    import sys

    from council_desktop.ui import app as app_module
    from council_desktop.ui.qt import QApplication

    old = new_temp_folder("brief-") / "last-week.pdf"
    old.write_bytes(b"%PDF")
    _age(old, 7 * DAY)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)  # no event loop in a test
    monkeypatch.setattr(app_module, "install_language", lambda *a: "en")  # keep the tests' English
    opened = []
    real = app_module.create_main_window

    def create(*args, **kwargs):
        window = real(*args, **kwargs)
        opened.append(window)
        return window

    monkeypatch.setattr(app_module, "create_main_window", create)
    assert app_module.run(db_path) == 0
    assert not old.exists()
    for window in opened:
        window.close()


@pytest.mark.parametrize("name", ["brief_export", "forms/attachments_panel"])
def test_no_other_temporary_folders_are_made(name):
    """One helper for temp files (no twins): the modules that hand files to other programs
    use it instead of tempfile."""
    source = Path(temp_files.__file__).parent.joinpath(f"{name}.py").read_text(encoding="utf-8")
    assert "tempfile" not in source
    assert "new_temp_folder(" in source
