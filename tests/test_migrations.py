"""Files from every released schema version open and upgrade (TagStudio's fixture approach).

tests/fixtures/schema-v<N>.sqlite is a database written by schema version N with the sample
records; add one each time a migration is added.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from council_desktop.store import Store, get_meeting, schema
from council_desktop.store.listing import counts

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema-v*.sqlite")))
def test_every_released_schema_opens_with_its_records(fixture: str, tmp_path: Path) -> None:
    path = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, path)
    store = Store.open(path)
    try:
        assert counts(store)["meetings"] == 7
        m = get_meeting(store, "0c0f1d00-2013-4c0d-9a00-000000000004")
        assert m["host"] == "Mevlüt Çavuşoğlu"
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    finally:
        store.close()


def test_an_upgrade_backs_up_first_and_keeps_the_search_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema-v1.sqlite", path)
    newer = Migrations(schema.MIGRATION_SET)
    newer(name="0001_initial")(schema.m0001_initial)

    @newer(name="0002_test_column")
    def add_column(db) -> None:
        # transform() drops FTS triggers in sqlite-utils; our index is kept by the store in
        # Python, so a migration that transforms tables must leave search working.
        db["audit_log"].transform(types={"title": str})
        db.execute("ALTER TABLE meetings ADD COLUMN test_note TEXT")

    monkeypatch.setattr(schema, "migrations", newer)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    from council_desktop.startup import open_database

    store = open_database(path)
    try:
        from council_desktop.store.backup import list_backups

        found = list_backups(tmp_path / "backups")
        assert len(found) == 1 and found[0].kind == "migration"
        assert "0002_test_column" in found[0].note
        backups = [found[0].db_file]
        cols = {r[1] for r in store.conn.execute("PRAGMA table_info(meetings)")}
        assert "test_note" in cols
        hits = store.conn.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'afganistan'"
        ).fetchone()[0]
        assert hits >= 1
    finally:
        store.close()
    old = Store.open(backups[0])
    try:
        assert counts(old)["meetings"] == 7
    finally:
        old.close()
