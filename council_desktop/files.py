"""Writing files so a crash or a full disk never leaves half a file under the final name.

Every export, attachment, settings file and backup copy goes through here: write beside the
target, flush and fsync, then rename over it (atomic on every platform we ship to).

The app's own folders (attachments, backups, the attachments/ beside an export) are created
when missing. A file the user named (``brief -o``, ``ics -o``, ``export FILE``) is first passed
through :func:`check_output_path`, which creates nothing: a typo in its folder must not make
folders anywhere on the disk. Every failure raises :class:`CannotWrite`, naming the file the
caller gave (never the hidden temporary file beside it) and what is wrong with it.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "permission denied",  # a folder that takes no new files (/proc)
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EISDIR: "it is a folder",
    errno.ENAMETOOLONG: "the name is too long",
}


class CannotWrite(OSError):
    """A file cannot be written; ``str()`` is the sentence: ``cannot write PATH: why``."""

    def __init__(self, path: Path, reason: str, code: int = 0):
        super().__init__(code, reason, str(path))
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot write {self.path}: {self.reason}"


def _folder_problem(path: Path) -> str | None:
    """Why the folder of ``path`` cannot take it (None: the folder is there)."""
    if path.is_dir():
        return "it is a folder"
    parent = path.parent
    if parent.is_dir():
        return None
    probe = parent
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        return f"{probe} is not a folder"
    return f"no such folder {parent}"


def check_output_path(path: str | Path) -> Path:
    """``path`` if a file the user named can be written there; creates no folder.

    Raises :class:`CannotWrite` ("no such folder …", "… is not a folder", "it is a folder").
    """
    path = Path(path)
    problem = _folder_problem(path)
    if problem is not None:
        raise CannotWrite(path, problem)
    return path


def _atomically(path: Path, fill: Callable[[BinaryIO], object]) -> Path:
    """Write ``path`` through a synced temporary file beside it, renamed over it at the end."""
    if path.is_dir():
        raise CannotWrite(path, "it is a folder")
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, CannotWrite) or not _about(path, exc.filename):
            raise  # not about the target (e.g. the source of a copy could not be read)
        why = (
            _folder_problem(path)
            or _REASONS.get(exc.errno or 0)
            or (exc.strerror or str(exc)).lower()
        )
        raise CannotWrite(path, why, exc.errno or 0) from exc
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _about(path: Path, filename: object) -> bool:
    """Whether an error's file name is the target, its temporary file or one of its folders."""
    if filename is None:  # a failed write() or fsync() of the temporary file
        return True
    named = Path(str(filename))
    return named.parent == path.parent or named == path or named in path.parents


def write_bytes_atomically(path: str | Path, data: bytes) -> Path:
    """Replace ``path`` with ``data`` in one step; the folder is created if needed."""
    return _atomically(Path(path), lambda fh: fh.write(data))


def write_text_atomically(path: str | Path, text: str) -> Path:
    """Replace ``path`` with UTF-8 ``text`` in one step."""
    return write_bytes_atomically(path, text.encode("utf-8"))


def copy_atomically(source: str | Path, target: str | Path) -> Path:
    """Copy a (possibly large) file in chunks to ``target`` in one step."""
    with Path(source).open("rb") as src:  # a source that cannot be read is not a write error

        def fill(out: BinaryIO) -> None:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                out.write(chunk)

        return _atomically(Path(target), fill)


def sha256_of(path: str | Path) -> str:
    """The sha256 of a file, read in chunks."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
