"""Where the app keeps its files on this machine (platformdirs), and how the database is chosen."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CouncilDesktop"
APP_AUTHOR = "OrganizationOfTurkicStates"
DB_ENV = "COUNCIL_DESKTOP_DB"
DB_FILENAME = "council.sqlite"


def data_dir() -> Path:
    """The user data folder (database, attachments, backups by default)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """The user log folder."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """The user settings folder."""
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    """The user cache folder (throw-away files: ui/temp_files.py keeps its temp folder here)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    """``$COUNCIL_DESKTOP_DB`` if set, else ``council.sqlite`` in the user data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILENAME
