"""``council-desktop search`` and ``reindex`` through the real click entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from council_desktop.cli import cli
from council_desktop.store import Store

PROTOCOL = "0c0f1d00-2013-4c0d-9a00-000000000101"
SECOND_EXTRAORDINARY = "0c0f1d00-2013-4c0d-9a00-000000000004"


@pytest.fixture
def db(sample_store: Store) -> str:
    path = str(sample_store.path)
    sample_store.close()
    return path


def run(db: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)


def test_one_result_per_line(db: str) -> None:
    result = run(db, "search", "ÇAVUŞOĞLU")
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 3
    first = lines[0].split("\t")
    assert first[0] == "meeting" and first[3] == SECOND_EXTRAORDINARY
    assert "[Çavuşoğlu]" in first[4]


def test_json_array_with_the_documented_keys(db: str) -> None:
    result = run(db, "search", "afgan", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert {(o["type"], o["uuid"]) for o in data} >= {("meeting", SECOND_EXTRAORDINARY)}
    for o in data:
        assert {"type", "uuid", "title", "date", "snippet", "snippet_marked"} <= set(o)
        assert "<b>" not in o["snippet"]


def test_json_snippet_marked_brackets_the_match_like_the_text_output(db: str) -> None:
    (text_line,) = [
        line
        for line in run(db, "search", "ÇAVUŞOĞLU").output.splitlines()
        if line.split("\t")[3] == SECOND_EXTRAORDINARY
    ]
    data = json.loads(run(db, "search", "ÇAVUŞOĞLU", "--json").output)
    (hit,) = [o for o in data if o["uuid"] == SECOND_EXTRAORDINARY]
    assert "[Çavuşoğlu]" in hit["snippet_marked"]
    assert "[" not in hit["snippet"]
    assert hit["snippet_marked"].replace("[", "").replace("]", "") == hit["snippet"]
    assert hit["snippet_marked"] == text_line.split("\t")[4]
    assert list(hit)[list(hit).index("snippet") + 1] == "snippet_marked"


def test_attachment_hits_name_their_document(db: str) -> None:
    result = run(db, "search", "kararlaştırmışlardır", "--type", "attachment", "--json")
    (hit,) = json.loads(result.output)
    assert hit["type"] == "attachment" and hit["uuid"] == PROTOCOL
    assert hit["filename"] == "İşbirliği Protokolü (özet).pdf"
    assert "kararlaştırmışlardır" in hit["snippet"]


def test_type_and_limit(db: str) -> None:
    data = json.loads(
        run(db, "search", "disisleri", "--type", "meeting", "--limit", "2", "--json").output
    )
    assert len(data) == 2 and {o["type"] for o in data} == {"meeting"}


@pytest.mark.parametrize("typed", ['"', "*", "(", "AND", "NEAR(", "İzmir-Ankara", "O'zbek", "-"])
def test_awkward_queries_never_fail(db: str, typed: str) -> None:
    result = run(db, "search", typed, "--json")
    assert result.exit_code == 0
    assert isinstance(json.loads(result.output), list)


def test_nothing_found_says_so(db: str) -> None:
    result = CliRunner().invoke(cli, ["--db", db, "search", "zzzyyyxxx"])
    assert result.exit_code == 0
    assert "No records found." in result.output


def test_bad_options_are_one_line_errors(db: str) -> None:
    result = run(db, "search", "x", "--type", "person")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "person" in result.output


def test_reindex(db: str) -> None:
    store = Store.open(Path(db))
    store.conn.execute("DELETE FROM search_index")
    store.close()
    assert json.loads(run(db, "search", "afgan", "--json").output) == []
    result = run(db, "reindex")
    assert result.exit_code == 0
    assert "7 meetings, 4 documents and 1 attached files indexed" in result.output
    assert json.loads(run(db, "search", "afgan", "--json").output) != []
