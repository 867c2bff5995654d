"""Moving a (closed) database file to another folder with everything that belongs to it.

A database is more than its file: ``<stem>-attachments/`` beside it holds the attachment bytes,
and ``backups/`` beside it (unless a backup folder is configured) holds its backup sets. The
Preferences dialog moves them together. All or nothing: a failure part-way puts back what was
already moved, so the user keeps one complete database in the old place.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
from pathlib import Path

from council_desktop.store.backup import backups_folder
from council_desktop.store.connection import attachments_dir_for
from council_desktop.store.errors import StoreError

_SIDE_FILES = ("-wal", "-shm")


class RelocateError(StoreError):
    """The database could not be moved; it is still complete in its old place."""


def _backup_entries(folder: Path, stem: str) -> list[Path]:
    """The backups of database ``stem`` in ``folder`` (other databases' backups stay)."""
    if not folder.is_dir():
        return []
    set_name = re.compile(rf"^{re.escape(stem)}-\d{{8}}-\d{{6}}-")
    return sorted(
        entry
        for entry in folder.iterdir()
        if set_name.match(entry.name) or (entry.is_file() and entry.name.startswith(f"{stem}-"))
    )


def planned_moves(db_path: Path, folder: Path, backup_setting: str = "") -> list[tuple[Path, Path]]:
    """(from, to) pairs for moving ``db_path`` into ``folder``: file, attachments, backups."""
    db_path = Path(db_path)
    folder = Path(folder)
    moves = [(db_path, folder / db_path.name)]
    for suffix in _SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            moves.append((side, folder / side.name))
    attachments = attachments_dir_for(db_path)
    if attachments.exists():
        moves.append((attachments, attachments_dir_for(folder / db_path.name)))
    if not backup_setting:  # a configured backup folder is shared and stays where it is
        old_backups = backups_folder(db_path)
        new_backups = backups_folder(folder / db_path.name)
        moves += [(e, new_backups / e.name) for e in _backup_entries(old_backups, db_path.stem)]
    return moves


def _copy(source: Path, target: Path) -> None:
    if source.is_dir():
        shutil.copytree(source, target, copy_function=shutil.copy2)
    else:
        shutil.copy2(source, target)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def move_database(db_path: Path, folder: Path, backup_setting: str = "") -> Path:
    """Move a closed database with its attachments and backups into ``folder``; its new path.

    Raises :class:`RelocateError` (nothing moved) when ``folder`` already holds a database of
    that name or its attachments, or when the disk refuses.
    """
    db_path = Path(db_path).expanduser().resolve()
    folder = Path(folder).expanduser().resolve()
    if not db_path.is_file():
        raise RelocateError(f"{db_path} does not exist, so it cannot be moved.")
    if folder == db_path.parent:
        raise RelocateError("The database is already in that folder.")
    moves = planned_moves(db_path, folder, backup_setting)
    clashes = [str(target) for _source, target in moves if target.exists()]
    if clashes:
        raise RelocateError(
            f"{clashes[0]} already exists; choose another folder so nothing is overwritten."
        )
    renamed: list[tuple[Path, Path]] = []
    copied: list[tuple[Path, Path]] = []
    try:
        for source, target in moves:
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.rename(source, target)
                renamed.append((source, target))
            except OSError as exc:
                if exc.errno != errno.EXDEV:  # another disk: copy now, delete once all copied
                    raise
                _copy(source, target)
                copied.append((source, target))
    except OSError as exc:
        for source, target in reversed(renamed):
            os.rename(target, source)
        for _source, target in copied:
            _remove(target)
        raise RelocateError(
            f"The database could not be moved to {folder} ({exc.strerror or exc}); "
            "it is unchanged in its old place."
        ) from exc
    for source, _target in copied:
        _remove(source)
    old_backups = backups_folder(db_path)
    if not backup_setting and old_backups.is_dir() and not any(old_backups.iterdir()):
        old_backups.rmdir()
    return folder / db_path.name
