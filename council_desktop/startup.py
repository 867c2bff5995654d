"""Opening the user's database the way the app and the CLI both do.

A new, empty database receives the sample records (so a first ``make run`` shows the Council's
meetings); an existing one is backed up before a schema migration.
"""

from __future__ import annotations

import logging
from pathlib import Path

from council_desktop.store.connection import Store

log = logging.getLogger(__name__)


def _backup_before_migrate(store: Store, pending: list[str]) -> None:
    """Back up into the folder the settings name (where ``backups`` and restore look too)."""
    from council_desktop import settings
    from council_desktop.store.backup import backup_before_migration, backups_folder

    if store.path is None:
        return
    folder = backups_folder(store.path, settings.load().backup_folder)
    backup_before_migration(store, pending, folder)


def open_database(path: Path, *, read_only: bool = False, seed: bool = True) -> Store:
    """Open ``path`` (upgrading it after a backup); a brand-new file gets the sample records."""
    path = Path(path)
    is_new = not path.exists() or path.stat().st_size == 0
    store = Store.open(path, read_only=read_only, before_migrate=_backup_before_migrate)
    if is_new and seed and not read_only:
        load_sample_records(store)
    return store


def load_sample_records(store: Store) -> None:
    """Import ``data/sample.json`` (the Council's public records) into ``store``."""
    from council_desktop.exchange.json_format import import_file
    from council_desktop.resources import sample_records_path

    sample = sample_records_path()
    if sample.is_file():
        report = import_file(store, sample)
        log.info("sample records loaded: %s", report.summary())
    else:  # a broken install should still open, empty
        log.warning("sample records not found at %s", sample)
