"""The core lock file beside a database: one app window writes a file, a second one reads.

``<db>.lock`` holds the owner's pid, host and start time (so the second window can say who has
the file) and is held with an operating-system lock (``flock`` / ``msvcrt.locking``) that the
kernel drops when the owner dies, however it dies. A lock file left by a dead process is
therefore stale by construction and simply taken over. Where the OS lock is unavailable (some
network shares), the pid is checked instead: a lock whose pid is gone on this host is stale.

The command line does not take this lock: SQLite's own locking and the busy timeout let it
write while the app is open. Only ``restore`` (which swaps the file) insists on it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_WIN_LOCK_OFFSET = 1 << 30


def lock_path_for(db_path: Path) -> Path:
    """The lock file that belongs to a database file."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


@dataclass
class Lock:
    """A held lock; release it (or use it as a context manager) when the file is closed."""

    path: Path
    fd: int

    def release(self) -> None:
        """Remove the lock file and drop the OS lock (idempotent)."""
        if self.fd < 0:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(self.fd)
        with contextlib.suppress(OSError):
            os.close(self.fd)
        self.fd = -1

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _try_os_lock(fd: int) -> bool | None:
    """True when locked, False when someone else holds it, None when the OS cannot lock here."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)  # beyond the text, which stays readable
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        return None
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate it on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def read_owner(db_path: Path) -> dict[str, Any]:
    """Who holds the lock, as written in the lock file (empty when unknown)."""
    try:
        data = json.loads(lock_path_for(db_path).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def describe_owner(db_path: Path) -> str:
    """A short phrase naming the lock's owner, for the read-only banner."""
    owner = read_owner(db_path)
    if not owner:
        return "another Council Desktop window"
    return (
        f"Council Desktop (process {owner.get('pid', '?')} on {owner.get('host', '?')}, "
        f"since {str(owner.get('since', '?'))[:16].replace('T', ' ')})"
    )


def _stale_by_pid(owner: dict[str, Any]) -> bool:
    return owner.get("host") == socket.gethostname() and not pid_alive(int(owner.get("pid", 0)))


def acquire(db_path: Path) -> Lock | None:
    """Take the lock for ``db_path``; None when another live process holds it."""
    path = lock_path_for(Path(db_path).expanduser().resolve())
    path.parent.mkdir(parents=True, exist_ok=True)
    for _attempt in range(5):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        locked = _try_os_lock(fd)
        if locked is False:
            os.close(fd)
            return None
        if locked is None:  # no OS locking here: fall back to the recorded pid
            owner = read_owner(Path(db_path))
            if owner and owner.get("pid") != os.getpid() and not _stale_by_pid(owner):
                os.close(fd)
                return None
        # The holder before us may have removed the file while we waited: lock the file that
        # is at the path now, not an unlinked one.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if not same:
            os.close(fd)
            continue
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
        payload = json.dumps(info).encode()
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, payload)
        os.fsync(fd)
        return Lock(path, fd)
    return None
