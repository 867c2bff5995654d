"""`council-desktop brief` and `book` through the real CLI, checked by the PDF's text."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from pypdf import PdfReader

from council_desktop.cli import cli

SECOND_EXTRAORDINARY = "0c0f1d00-2013-4c0d-9a00-000000000004"


def run(db: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_brief_in_turkish_prints_the_meeting_as_written(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    result = run(db_path, "brief", SECOND_EXTRAORDINARY, "-o", str(out), "--lang", "tr")
    assert result.exit_code == 0, result.output
    text = _text(out)
    assert "Dışişleri Bakanları Konseyi 2. Olağanüstü Toplantısı" in text
    assert "Mevlüt Çavuşoğlu" in text and "27 Eylül 2021" in text
    assert "Sayfa 1 / " in text


def test_brief_on_letter_paper_with_a_marking(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    result = run(
        db_path, "brief", SECOND_EXTRAORDINARY, "-o", str(out),
        "--paper", "letter", "--classification", "restricted", "--lang", "en",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    reader = PdfReader(out)
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (612, 792)
    assert "RESTRICTED" in _text(out).upper()


def test_book_by_framework_with_annexes(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "book.pdf"
    result = run(
        db_path, "book", "--framework", "türk konseyi yedinci zirvesi", "--annexes", "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    assert "2 meetings" in result.output
    text = _text(out)
    assert "Türk Konseyi Yedinci Zirvesi" in text
    assert "Summary sheet prepared for the sample records" in text  # the protocol's annex


def test_unknown_meeting_and_empty_selection_are_exit_2(db_path: Path, tmp_path: Path) -> None:
    result = run(db_path, "brief", "no-such-uuid", "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 2 and "no meeting" in result.stderr.lower()
    result = run(db_path, "book", "--tag", "nothing-has-this", "-o", str(tmp_path / "y.pdf"))
    assert result.exit_code == 2 and "No meeting matches" in result.stderr
    result = run(db_path, "book", "--from", "2021-02-30", "-o", str(tmp_path / "z.pdf"))
    assert result.exit_code == 2 and "not a real date" in result.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_book_of_one_meeting_says_meeting_not_meetings(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    result = run(db_path, "book", "--meeting", SECOND_EXTRAORDINARY, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert re.search(r"\.pdf: 1 meeting, \d+ pages\.$", result.output.strip()), result.output
