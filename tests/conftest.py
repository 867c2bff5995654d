"""Shared fixtures: every test gets its own database file; Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample.json"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep user data, settings and logs of every test out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("COUNCIL_DESKTOP_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a new database file in a fresh folder."""
    return tmp_path / "records" / "council.sqlite"


@pytest.fixture
def store(db_path: Path):
    """An empty, open store on a temporary file."""
    from council_desktop.store import Store

    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def sample_store(db_path: Path):
    """A store holding the sample records (as a first run creates it)."""
    from council_desktop.startup import open_database

    s = open_database(db_path)
    yield s
    s.close()


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A private copy of data/sample.json with its attachments folder."""
    target = tmp_path / "sample"
    shutil.copytree(SAMPLE.parent, target)
    return target / "sample.json"


@pytest.fixture
def app_context(qapp, sample_store):
    """The UI's shared context on a store with the sample records."""
    from council_desktop.ui.context import AppContext

    return AppContext(sample_store)


@pytest.fixture
def window_at_1280(qtbot, sample_store):
    """Open the real main window at 1280×800, shown, on a record: ``window_at_1280(uuid)``."""
    from council_desktop.ui.app import create_main_window

    def open_on(meeting_uuid: str):
        window = create_main_window(sample_store)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.open_record("meeting", meeting_uuid)
        return window

    return open_on
