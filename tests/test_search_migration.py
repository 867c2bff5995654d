"""Migration 0002 restructures the search index; files from schema v1 upgrade with search working."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from council_desktop.search.index import check
from council_desktop.search.service import search
from council_desktop.store import Store, schema

FIXTURES = Path(__file__).parent / "fixtures"
SECOND_EXTRAORDINARY = "0c0f1d00-2013-4c0d-9a00-000000000004"
AFGHANISTAN_DECLARATION = "0c0f1d00-2013-4c0d-9a00-000000000104"
PROTOCOL = "0c0f1d00-2013-4c0d-9a00-000000000101"


@pytest.fixture
def upgraded(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema-v1.sqlite", path)
    store = Store.open(path)
    yield store
    store.close()


def columns(store: Store, table: str) -> list[str]:
    return [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]


def test_v1_upgrades_to_the_slim_index_and_the_side_table(upgraded: Store) -> None:
    applied = {r[0] for r in upgraded.conn.execute("SELECT name FROM _sqlite_migrations")}
    assert "0002_search_records" in applied
    assert columns(upgraded, "search_index") == ["title", "body", "title_raw", "body_raw"]
    assert "kind" in columns(upgraded, "search_records")
    ddl = upgraded.scalar("SELECT sql FROM sqlite_master WHERE name = 'search_index'")
    assert "prefix" in ddl
    rows = dict(
        upgraded.conn.execute("SELECT record_type, count(*) FROM search_records GROUP BY 1")
    )
    assert rows == {"meeting": 7, "document": 4, "attachment": 1}


def test_v1_upgrade_is_searchable_and_checks_clean(upgraded: Store) -> None:
    assert check(upgraded) == []
    found = {(r.type, r.uuid) for r in search(upgraded, "afgan")}
    assert ("meeting", SECOND_EXTRAORDINARY) in found
    assert ("document", AFGHANISTAN_DECLARATION) in found
    files = search(upgraded, "Kırgızistan Taraflar")
    assert [(r.type, r.uuid) for r in files] == [("attachment", PROTOCOL)]
    assert search(upgraded, "ÇAVUŞOĞLU")[0].title_html  # folded matching, original text shown


def test_v1_upgrade_fills_the_filter_columns(upgraded: Store) -> None:
    meetings_only = search(upgraded, "afgan", types=["meeting"])
    assert {r.type for r in meetings_only} == {"meeting"}
    dated = search(upgraded, "afgan", date_from="2021-09-27", date_to="2021-09-27")
    assert SECOND_EXTRAORDINARY in {r.uuid for r in dated}
    assert search(upgraded, "afgan", date_from="2030-01-01") == []
    kind = search(upgraded, "afgan", kinds=["extraordinary"])
    assert [r.uuid for r in kind] == [SECOND_EXTRAORDINARY]


def test_the_v2_fixture_is_the_current_schema_written_whole() -> None:
    path = FIXTURES / "schema-v2.sqlite"
    assert not Path(f"{path}-wal").exists()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()
    assert names == ["0001_initial", "0002_search_records"]
    assert {m.name for m in schema.migrations._migrations} >= set(names)


def test_the_v2_fixture_opens_searchable(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite"
    shutil.copy(FIXTURES / "schema-v2.sqlite", path)
    store = Store.open(path)
    try:
        assert check(store) == []
        assert SECOND_EXTRAORDINARY in {r.uuid for r in search(store, "cavusoglu")}
    finally:
        store.close()
