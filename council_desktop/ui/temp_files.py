"""The app's one folder for throw-away files, and its clean-up.

A brief opened for printing and an attachment opened in its program are handed to another
program that reads them whenever it likes, so we can never know when to delete them. Instead
they all live under one folder of ours (in the user cache folder: private to the user, never
shared in /tmp), and :func:`remove_old_temp_files` deletes whatever is older than a day when
the app starts. Nothing in it is ever the only copy of anything.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from pathlib import Path

from council_desktop import paths

log = logging.getLogger(__name__)

MAX_AGE_SECONDS = 24 * 60 * 60
TEMP_FOLDER_NAME = "temp"


def temp_root() -> Path:
    """The folder every temporary file of the app goes under (made when missing)."""
    root = paths.cache_dir() / TEMP_FOLDER_NAME
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    return root


def new_temp_folder(prefix: str) -> Path:
    """A fresh, private folder under :func:`temp_root` (a file there keeps its own name, so
    the system picks the right program by the extension)."""
    return Path(tempfile.mkdtemp(prefix=prefix, dir=temp_root()))


def remove_old_temp_files(max_age: float = MAX_AGE_SECONDS, now: float | None = None) -> int:
    """Delete files under :func:`temp_root` older than ``max_age`` seconds, then the folders
    left empty; how many files went. Never raises: a file still open in a viewer (Windows
    refuses to delete it) simply stays until the next start."""
    root = paths.cache_dir() / TEMP_FOLDER_NAME
    if not root.is_dir():
        return 0
    cutoff = (time.time() if now is None else now) - max_age
    # Folder times before anything is deleted (deleting a file touches its folder).
    folder_times: dict[str, float] = {}
    for folder, _subfolders, _files in os.walk(root):
        with contextlib.suppress(OSError):
            folder_times[folder] = Path(folder).stat().st_mtime
    removed = 0
    for folder, _subfolders, files in os.walk(root, topdown=False):
        for name in files:
            path = Path(folder, name)
            with contextlib.suppress(OSError):
                if path.lstat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
        if Path(folder) != root:
            # An old folder left empty goes (a new one may be about to receive its file;
            # one still holding a newer file, or in use, refuses and stays).
            with contextlib.suppress(OSError):
                if folder_times.get(folder, cutoff) < cutoff:
                    Path(folder).rmdir()
    if removed:
        log.info("removed %d temporary file(s) older than a day from %s", removed, root)
    return removed
