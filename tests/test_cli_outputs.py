"""Files the user names on the command line, a reader that leaves the pipe, unknown uuids,
and an export that meets a lost attachment file: one clear line each, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from council_desktop.cli import cli
from council_desktop.exchange.json_format import export_file, import_file
from council_desktop.store import Store, get_document
from council_desktop.ui.qt import QMessageBox

MEETING = "0c0f1d00-2013-4c0d-9a00-000000000001"
DOCUMENT = "0c0f1d00-2013-4c0d-9a00-000000000101"  # holds the sample's one attachment


def run(db_path: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args])


# -- 7. output paths ------------------------------------------------------------------------


@pytest.fixture
def db(sample_store: Store, db_path: Path) -> Path:
    sample_store.close()
    return db_path


@pytest.mark.parametrize(
    "command",
    [
        ["brief", MEETING, "-o"],
        ["book", "--meeting", MEETING, "-o"],
        ["ics", "-o"],
        ["export"],
    ],
    ids=["brief", "book", "ics", "export"],
)
def test_an_output_in_a_missing_folder_is_refused_and_no_folder_is_made(
    db: Path, tmp_path: Path, command: list[str]
) -> None:
    target = tmp_path / "nonexistent" / "dir" / "out.file"
    result = run(db, *command, str(target))
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (
        f"Error: cannot write {target}: no such folder {target.parent}; nothing was written."
    )
    assert not (tmp_path / "nonexistent").exists()


def test_an_output_under_a_file_is_not_a_folder(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("b.pdf").write_bytes(b"%PDF")
    result = run(db, "brief", MEETING, "-o", "b.pdf/z.pdf")
    assert result.exit_code == 2
    assert "cannot write b.pdf/z.pdf: b.pdf is not a folder" in result.stderr
    assert "File exists" not in result.stderr


def test_a_folder_that_refuses_files_is_named_not_the_temporary_file(
    db: Path, tmp_path: Path
) -> None:
    refusing = Path("/proc") if Path("/proc/self").exists() else None
    if refusing is None:
        pytest.skip("needs /proc")
    result = run(db, "brief", MEETING, "-o", str(refusing / "z.pdf"))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "Error: cannot write /proc/z.pdf: permission denied; nothing was written."
    )
    assert ".tmp" not in result.stderr


def test_an_output_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    from council_desktop.files import CannotWrite, check_output_path, write_bytes_atomically

    with pytest.raises(CannotWrite, match="it is a folder"):
        write_bytes_atomically(tmp_path, b"x")
    with pytest.raises(CannotWrite, match="it is a folder"):
        check_output_path(tmp_path)


def test_the_apps_own_folders_are_still_created(tmp_path: Path) -> None:
    from council_desktop.files import write_bytes_atomically

    target = tmp_path / "backups" / "ab" / "file"
    write_bytes_atomically(target, b"bytes")
    assert target.read_bytes() == b"bytes"


# -- 8. ics --meeting with an unknown uuid --------------------------------------------------


def test_ics_with_an_unknown_meeting_is_exit_2_and_writes_nothing(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "n.ics"
    result = run(db, "ics", "--meeting", MEETING, "--meeting", "nope", "-o", str(out))
    assert result.exit_code == 2
    assert "--meeting nope: there is no meeting with this uuid" in result.stderr
    assert not out.exists()
    assert run(db, "ics", "--meeting", MEETING, "-o", str(out)).exit_code == 0


# -- 6. a reader that leaves early ----------------------------------------------------------


def test_a_closed_pipe_ends_the_listing_quietly(db: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "council_desktop", "--db", str(db), "list", "meetings"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # as `| head -1` does once it has its line
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=60)
    assert err == ""  # not "Error: Broken pipe", not "Exception ignored … BrokenPipeError"


# -- 3. export with a lost attachment file --------------------------------------------------


def _lose_the_sample_attachment(store: Store) -> str:
    attachment = get_document(store, DOCUMENT)["attachments"][0]
    sha = attachment["sha256"]
    assert store.attachments_dir is not None
    (store.attachments_dir / sha[:2] / sha).unlink()
    return str(attachment["filename"])


def test_export_goes_on_past_a_lost_attachment_and_names_it(
    sample_store: Store, tmp_path: Path
) -> None:
    filename = _lose_the_sample_attachment(sample_store)
    out = tmp_path / "records.json"

    report = export_file(sample_store, out)

    assert report.records == 11
    assert len(report.warnings) == 1
    title = get_document(sample_store, DOCUMENT)["title"]
    assert repr(title) in report.warnings[0] and repr(filename) in report.warnings[0]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["meetings"]) == 7 and len(data["documents"]) == 4
    exported = next(d for d in data["documents"] if d["uuid"] == DOCUMENT)
    assert exported["attachments"] == []  # left out, so the file still imports
    with Store.open(tmp_path / "other.sqlite") as other:
        assert import_file(other, out).created == 11


def test_cli_export_prints_the_warning(sample_store: Store, db_path: Path, tmp_path: Path) -> None:
    filename = _lose_the_sample_attachment(sample_store)
    sample_store.close()
    result = run(db_path, "export", str(tmp_path / "records.json"))
    assert result.exit_code == 0, result.output
    assert "Exported 11 records" in result.stdout
    assert result.stderr.startswith("Warning: document ")
    assert repr(filename) in result.stderr


def test_gui_export_shows_the_warning(
    qtbot, sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from council_desktop.ui.app import create_main_window

    filename = _lose_the_sample_attachment(sample_store)
    window = create_main_window(sample_store)
    qtbot.addWidget(window)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"refused: {a[2]}"))
    assert window.export_records(str(tmp_path / "records.json"))
    assert len(shown) == 1
    assert repr(filename) in shown[0].text()
    assert "11 records exported" in shown[0].informativeText()
