"""Backups with SQLite's online backup API (never a file copy of a live database)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from council_desktop.store.connection import Store


def backups_dir(store: Store) -> Path:
    """The ``backups/`` folder beside the database."""
    if store.path is None:
        raise ValueError("an in-memory database has no backups folder")
    return store.path.parent / "backups"


def online_backup(store: Store, destination: Path) -> Path:
    """Copy the live database to ``destination`` through the backup API, then verify it."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".partial")
    tmp.unlink(missing_ok=True)
    target = sqlite3.connect(str(tmp))
    try:
        store.conn.backup(target)
        ok = target.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        target.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"the backup failed its integrity check: {ok}")
    tmp.replace(destination)
    return destination


def backup_before_migration(store: Store, pending: list[str]) -> Path:
    """Always back up a file before its schema is upgraded."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{store.path.stem if store.path else 'db'}-before-{pending[0]}-{stamp}.sqlite"
    return online_backup(store, backups_dir(store) / name)
