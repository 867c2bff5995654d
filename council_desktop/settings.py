"""User preferences, in one documented JSON file that IT can also deploy site-wide.

Layers, later ones winning: built-in defaults, the site-wide file (``$COUNCIL_DESKTOP_SITE_SETTINGS``
or ``site-settings.json`` in the system config folder), the user's file (``settings.json`` in the
user config folder). A bad file never stops the app: it is reported and its values are skipped.
See docs/settings.md.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from council_desktop.files import write_text_atomically
from council_desktop.paths import APP_AUTHOR, APP_NAME, config_dir

log = logging.getLogger(__name__)

SITE_ENV = "COUNCIL_DESKTOP_SITE_SETTINGS"
USER_ENV = "COUNCIL_DESKTOP_SETTINGS"
INTERFACE_LANGUAGES = ("system", "en", "tr", "ru")
BRIEF_LANGUAGES = ("en", "tr")
PAPERS = ("A4", "Letter")
CLASSIFICATION_MARKINGS = ("record", "unclassified", "restricted", "confidential", "secret")


@dataclass
class Settings:
    """Every preference with its default. ``database`` empty means the default location."""

    interface_language: str = "system"
    database: str = ""
    organisation: str = "Organization of Turkic States"
    office: str = "Council of Foreign Ministers"
    brief_language: str = "en"
    brief_paper: str = "A4"
    brief_classification: str = "record"  # "record": use each meeting's own classification
    backup_folder: str = ""  # empty: backups/ beside the database
    backups_daily: int = 7
    backups_weekly: int = 8
    problems: list[str] = field(default_factory=list, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        """The settings as they are written to a file."""
        data = dataclasses.asdict(self)
        data.pop("problems")
        return data


_CHOICES: dict[str, tuple[str, ...]] = {
    "interface_language": INTERFACE_LANGUAGES,
    "brief_language": BRIEF_LANGUAGES,
    "brief_paper": PAPERS,
    "brief_classification": CLASSIFICATION_MARKINGS,
}
_COUNTS = {"backups_daily": (1, 365), "backups_weekly": (0, 520)}
_PATHS = {"database": "file", "backup_folder": "folder"}


def _usable_path(value: str, kind: str) -> bool:
    """A path that can name a ``file`` or ``folder`` here: no NUL, not the other kind."""
    if "\x00" in value:
        return False
    try:
        path = Path(value).expanduser()
        exists_as_other = path.is_dir() if kind == "file" else path.is_file()
    except (RuntimeError, ValueError, OSError):  # "~unknownuser", names the OS refuses
        return False
    return not exists_as_other


def site_settings_path() -> Path:
    """The site-wide settings file IT may deploy."""
    env = os.environ.get(SITE_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)) / "site-settings.json"


def user_settings_path() -> Path:
    """The user's own settings file."""
    env = os.environ.get(USER_ENV)
    return Path(env) if env else config_dir() / "settings.json"


def validate(values: dict[str, Any], source: str) -> tuple[dict[str, Any], list[str]]:
    """The valid values of a settings mapping and a message for each invalid one."""
    known = {f.name: f for f in dataclasses.fields(Settings) if f.name != "problems"}
    good: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in values.items():
        if key not in known:
            problems.append(f"{source}: unknown setting {key!r} ignored")
            continue
        expected = int if key in _COUNTS else str
        if not isinstance(value, expected) or isinstance(value, bool):
            problems.append(f"{source}: {key} must be {expected.__name__}, not {value!r}")
            continue
        if key in _CHOICES and value not in _CHOICES[key]:
            problems.append(f"{source}: {key} must be one of {', '.join(_CHOICES[key])}")
            continue
        low, high = _COUNTS.get(key, (0, 0))
        if key in _COUNTS and not low <= int(value) <= high:
            problems.append(f"{source}: {key} must be between {low} and {high}")
            continue
        if key in _PATHS and value and not _usable_path(str(value), _PATHS[key]):
            problems.append(f"{source}: {key} {value!r} is not a usable path")
            continue
        good[key] = value
    return good, problems


def _read(path: Path) -> tuple[dict[str, Any], list[str]]:
    if path.is_dir():
        return {}, [f"{path} is a folder, not a settings file; it was ignored"]
    if not path.is_file():
        return {}, []
    try:
        # utf-8-sig: Notepad and PowerShell 5 write a byte-order mark; IT deploys with both.
        values = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {}, [f"{path} cannot be read ({exc}); its settings were ignored"]
    if not isinstance(values, dict):
        return {}, [f"{path} must hold a JSON object; its settings were ignored"]
    return validate(values, str(path))


def load() -> Settings:
    """Defaults, then the site-wide file, then the user's file; problems kept, never raised."""
    merged: dict[str, Any] = {}
    problems: list[str] = []
    for path in (site_settings_path(), user_settings_path()):
        values, found = _read(path)
        merged.update(values)
        problems += found
    for p in problems:
        log.warning("settings: %s", p)
    settings = Settings(**merged)
    settings.problems = problems
    return settings


def save(settings: Settings) -> Path:
    """Write the user's settings file atomically; its path."""
    good, problems = validate(settings.to_json(), "settings")
    if problems:
        raise ValueError("; ".join(problems))
    path = user_settings_path()
    write_text_atomically(path, json.dumps(good, ensure_ascii=False, indent=2) + "\n")
    return path
