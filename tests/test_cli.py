"""The command line through its real entry point: exit codes, one clear line, no traceback."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from council_desktop import __version__
from council_desktop.cli import cli


def run(db: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_a_new_database_gets_the_sample_records(db_path: Path) -> None:
    result = run(db_path, "list", "meetings", "--json")
    assert result.exit_code == 0
    titles = [m["title"] for m in json.loads(result.output)]
    assert "Dışişleri Bakanları Konseyi 2. Olağanüstü Toplantısı" in titles


def test_show_prints_a_record_as_json(db_path: Path) -> None:
    result = run(db_path, "show", "0c0f1d00-2013-4c0d-9a00-000000000004", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["host"] == "Mevlüt Çavuşoğlu"
    text = run(db_path, "show", "0c0f1d00-2013-4c0d-9a00-000000000004")
    assert "İstanbul" in text.output


def test_unknown_uuid_is_exit_2(db_path: Path) -> None:
    result = run(db_path, "show", "nope")
    assert result.exit_code == 2 and "no meeting or document" in result.stderr


def test_export_then_import_elsewhere(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "records.json"
    out.parent.mkdir()  # the command creates no folder for a path the user typed
    assert run(db_path, "export", str(out)).exit_code == 0
    other = tmp_path / "other.sqlite"
    result = run(other, "import", str(out))
    assert result.exit_code == 0 and "0 created" in result.output  # sample already there


@pytest.mark.parametrize(
    "content",
    [
        "not json at all",
        '{"format": "council-desktop", "version": 1, "meetings": [{"title": "x"',
        '{"format": "council-desktop", "version": 1, "meetings": [{"title": 5}]}',
        '{"format": "council-desktop", "version": 1, "meetings": [{"title": "x", "starts_on": "2021-02-30"}]}',
        '{"format": "council-desktop", "version": 1, "meetings": [{"title": "x", "kind": "party"}]}',
    ],
)
def test_malformed_import_is_exit_2_and_changes_nothing(
    db_path: Path, tmp_path: Path, content
) -> None:
    run(db_path, "list", "meetings")  # creates the database
    before = run(db_path, "list", "meetings", "--json").output
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    result = run(db_path, "import", str(bad))
    assert result.exit_code == 2
    assert "Traceback" not in result.output + result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Error: ")
    assert run(db_path, "list", "meetings", "--json").output == before


def test_a_file_that_is_not_a_database_is_exit_2_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("my notes " * 200)
    digest = _digest(path)
    result = run(path, "list", "meetings")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert _digest(path) == digest


def test_the_console_script_and_module_entry_point(tmp_path: Path) -> None:
    env = {**os.environ, "COUNCIL_DESKTOP_DB": str(tmp_path / "env.sqlite")}
    out = subprocess.run(
        [sys.executable, "-m", "council_desktop", "list", "documents"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "İşbirliği Protokolü" in out.stdout
    assert (tmp_path / "env.sqlite").exists()
