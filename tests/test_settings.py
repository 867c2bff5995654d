"""Settings: layered files, validation, and a bad file never stops the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from council_desktop import settings


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    site, user = tmp_path / "site.json", tmp_path / "user.json"
    monkeypatch.setenv(settings.SITE_ENV, str(site))
    monkeypatch.setenv(settings.USER_ENV, str(user))
    return site, user


def test_defaults_when_no_file(files) -> None:
    s = settings.load()
    assert s.brief_paper == "A4" and s.interface_language == "system" and s.problems == []


def test_user_file_wins_over_site_file(files) -> None:
    site, user = files
    site.write_text(json.dumps({"brief_language": "tr", "organisation": "TDT"}))
    user.write_text(json.dumps({"brief_language": "en"}))
    s = settings.load()
    assert s.brief_language == "en" and s.organisation == "TDT"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "cannot be read"),
        ("[1]", "JSON object"),
        ('{"brief_paper": "A5"}', "brief_paper must be one of"),
        ('{"backups_daily": 0}', "between 1 and 365"),
        ('{"backups_daily": "7"}', "must be int"),
        ('{"colour": "blue"}', "unknown setting"),
    ],
)
def test_bad_values_fall_back_to_defaults_with_a_message(files, content, words) -> None:
    _, user = files
    user.write_text(content)
    s = settings.load()
    assert s.brief_paper == "A4" and s.backups_daily == 7
    assert any(words in p for p in s.problems)


def test_save_round_trips_and_refuses_bad_values(files) -> None:
    s = settings.load()
    s.brief_paper = "Letter"
    settings.save(s)
    assert settings.load().brief_paper == "Letter"
    s.brief_paper = "A5"
    with pytest.raises(ValueError, match="brief_paper"):
        settings.save(s)


def test_the_cli_uses_the_database_setting(files, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from council_desktop.cli import cli

    _, user = files
    chosen = tmp_path / "chosen.sqlite"
    user.write_text(json.dumps({"database": str(chosen)}))
    result = CliRunner().invoke(cli, ["list", "documents"])
    assert result.exit_code == 0 and chosen.exists()


def test_a_byte_order_mark_is_accepted(files) -> None:
    _, user = files
    user.write_bytes(b"\xef\xbb\xbf" + json.dumps({"brief_paper": "Letter"}).encode())
    s = settings.load()
    assert s.brief_paper == "Letter" and s.problems == []


def test_a_folder_where_the_file_should_be_is_reported(files) -> None:
    _, user = files
    user.mkdir()
    assert any("is a folder" in p for p in settings.load().problems)


@pytest.mark.parametrize(
    ("key", "value"),
    [("database", "bad\x00name.sqlite"), ("database", "."), ("backup_folder", __file__)],
)
def test_unusable_paths_are_refused(files, key, value) -> None:
    _, user = files
    user.write_text(json.dumps({key: value}))
    s = settings.load()
    assert getattr(s, key) == "" and any("not a usable path" in p for p in s.problems)
