"""The benchmark generator: reproducible, valid by the exchange rules, and really multilingual.

Benchmark figures are only comparable if the data is the same every run, and only meaningful if
the app accepts every record; these tests hold the generator to both at a small size.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from bench import vocab
from bench.generate import attachment_marker, generate, main, ordinal_az, ordinal_en
from council_desktop.records import enums
from council_desktop.records.validation import (
    validate_document,
    validate_meeting,
    validate_member_state,
)

SIZES = {"meetings": 50, "documents": 20, "attachments": 3}


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench")
    generate(out, seed=42, **SIZES)
    return out


@pytest.fixture(scope="module")
def data(out_dir: Path) -> dict[str, Any]:
    with (out_dir / "records.json").open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = json.load(fh)
    return loaded


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_same_seed_gives_byte_identical_output(out_dir: Path, tmp_path: Path) -> None:
    again = generate(tmp_path, seed=42, **SIZES)
    assert again == tmp_path / "records.json"
    assert _tree(tmp_path) == _tree(out_dir)


def test_other_seed_gives_other_output(out_dir: Path, tmp_path: Path) -> None:
    generate(tmp_path, seed=43, **SIZES)
    assert not filecmp.cmp(tmp_path / "records.json", out_dir / "records.json", shallow=False)


def test_header_and_counts(data: dict[str, Any], out_dir: Path) -> None:
    assert data["format"] == "council-desktop"
    assert data["version"] == 1
    assert len(data["meetings"]) == SIZES["meetings"]
    assert len(data["documents"]) == SIZES["documents"]
    assert sum(len(d["attachments"]) for d in data["documents"]) == SIZES["attachments"]
    assert len(list((out_dir / "attachments").glob("*.pdf"))) == SIZES["attachments"]
    states = {s["code"]: s["status"] for s in data["member_states"]}
    assert states == {"AZ": "member", "KZ": "member", "KG": "member", "TR": "member",
                      "UZ": "member", "HU": "observer", "TM": "observer"}  # fmt: skip


def test_every_record_passes_validation(data: dict[str, Any]) -> None:
    problems = [p for s in data["member_states"] for p in validate_member_state(s)]
    problems += [p for m in data["meetings"] for p in validate_meeting(m)]
    problems += [p for d in data["documents"] for p in validate_document(d)]
    assert problems == []


def test_dates_are_real_ordered_and_in_range(data: dict[str, Any]) -> None:
    today = dt.date(2025, 6, 30)
    for m in data["meetings"]:
        starts = dt.date.fromisoformat(m["starts_on"])
        ends = dt.date.fromisoformat(m["ends_on"])
        assert dt.date(1990, 1, 1) <= starts <= ends <= dt.date(2041, 1, 2)
        assert (ends - starts).days <= 2  # one to three days
        assert (m["status"] == "planned") == (starts > today)
        for action in m["actions"]:
            if action["due_on"]:
                assert dt.date.fromisoformat(action["due_on"]) > starts
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", m["updated_at"])
    for d in data["documents"]:
        dt.date.fromisoformat(d["dated_on"])


def test_meetings_have_realistic_structure(data: dict[str, Any]) -> None:
    countries = set(vocab.MEMBERS + vocab.OBSERVERS)
    uuids = {d["uuid"] for d in data["documents"]}
    for m in data["meetings"]:
        assert 3 <= len(m["participants"]) <= 12
        assert {p["country"] for p in m["participants"]} <= countries
        assert m["participants"][0]["country"] == m["country"]
        assert 2 <= len(m["agenda"]) <= 8
        assert len(m["outcomes"]) <= 3
        assert len(m["actions"]) <= 4
        assert set(m["documents"]) <= uuids
        for o in m["outcomes"]:
            assert o["document"] is None or o["document"] in m["documents"]
    # Over 50 meetings every kind of meeting and outcome shows up.
    assert {m["kind"] for m in data["meetings"]} == set(enums.MEETING_KINDS)
    assert {p["role"] for m in data["meetings"] for p in m["participants"]} == set(
        enums.PARTICIPANT_ROLES
    )
    assert any(m["documents"] for m in data["meetings"])
    all_uuids = [m["uuid"] for m in data["meetings"]] + [d["uuid"] for d in data["documents"]]
    assert len(set(all_uuids)) == len(all_uuids)


def test_attachments_exist_and_match_their_sha256(data: dict[str, Any], out_dir: Path) -> None:
    for d in data["documents"]:
        for a in d["attachments"]:
            assert a["media_type"] == "application/pdf"
            assert a["filename"].endswith(".pdf")
            content = (out_dir / a["path"]).read_bytes()
            assert content.startswith(b"%PDF-")
            assert hashlib.sha256(content).hexdigest() == a["sha256"]


def test_pdfs_hold_searchable_multilingual_text(out_dir: Path) -> None:
    for number, path in enumerate(sorted((out_dir / "attachments").glob("*.pdf"))):
        reader = PdfReader(path)
        assert 1 <= len(reader.pages) <= 2
        text = " ".join((page.extract_text() or "") for page in reader.pages)
        for word in (*vocab.PDF_SEARCH_WORDS, attachment_marker(number)):
            assert word in text, (path.name, word)


def test_text_is_turkic_in_several_scripts(out_dir: Path) -> None:
    text = (out_dir / "records.json").read_text(encoding="utf-8")
    for letters in ("ı", "İ", "ş", "ğ", "ə", "Ə", "ʻ", "қ", "ұ", "ң", "ү", "ө", "Ж"):
        assert letters in text, letters
    for name in ("Ceyhun Bayramov", "Мұхтар Тілеуберді", "Жээнбек Кулубаев", "Abdulaziz Komilov"):
        assert name in text
    assert "\\u" not in text  # written with ensure_ascii=False


def test_sizes_zero_and_bad_sizes(tmp_path: Path) -> None:
    path = generate(tmp_path, seed=1, meetings=0, documents=0, attachments=0)
    loaded = json.loads(path.read_text(encoding="utf-8"))
    assert loaded["meetings"] == [] and loaded["documents"] == []
    with pytest.raises(ValueError):
        generate(tmp_path, seed=1, meetings=1, documents=0, attachments=1)


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--seed", "7", "--meetings", "5", "--documents", "3", "--attachments", "1"]
    assert main([*argv, "-o", str(tmp_path)]) == 0
    assert "5 meetings" in capsys.readouterr().out
    assert len(json.loads((tmp_path / "records.json").read_text("utf-8"))["meetings"]) == 5


@pytest.mark.parametrize(
    ("n", "en", "az"),
    [(1, "1st", "1-ci"), (2, "2nd", "2-ci"), (3, "3rd", "3-cü"), (6, "6th", "6-cı"),
     (9, "9th", "9-cu"), (11, "11th", "11-ci"), (12, "12th", "12-ci"), (21, "21st", "21-ci"),
     (30, "30th", "30-cu"), (40, "40th", "40-cı"), (100, "100th", "100-cü")],
)  # fmt: skip
def test_ordinals(n: int, en: str, az: str) -> None:
    assert ordinal_en(n) == en
    assert ordinal_az(n) == az


def test_imports_through_the_real_import(
    data: dict[str, Any], out_dir: Path, tmp_path: Path
) -> None:
    """The generated file is only a benchmark if the app takes all of it, warning-free."""
    from council_desktop.exchange.json_format import import_file
    from council_desktop.store.connection import Store

    with Store.open(tmp_path / "council.db") as store:
        report = import_file(store, out_dir / "records.json")
        assert report.warnings == []
        assert report.created == SIZES["meetings"] + SIZES["documents"]
        assert store.scalar("SELECT count(*) FROM meetings") == SIZES["meetings"]
        assert store.scalar("SELECT count(*) FROM documents") == SIZES["documents"]
        assert store.scalar("SELECT count(*) FROM member_states") == 7
        assert store.scalar("SELECT count(*) FROM attachments") == SIZES["attachments"]
        participants = sum(len(m["participants"]) for m in data["meetings"])
        assert store.scalar("SELECT count(*) FROM participants") == participants
        again = import_file(store, out_dir / "records.json")
        assert (again.created, again.updated) == (0, 0)
