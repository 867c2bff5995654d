"""Files from every released schema version open and upgrade (TagStudio's fixture approach).

tests/fixtures/schema-v<N>.sqlite is a database written by schema version N with the sample
records; add one each time a migration is added.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from council_desktop.store import Store, get_meeting, schema, version
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


def _open_after_a_test_migration(path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """Open the v1 fixture copied to ``path`` with one more migration than it has."""
    shutil.copy(FIXTURES / "schema-v1.sqlite", path)
    newer = Migrations(schema.MIGRATION_SET)
    for known in schema.migrations._migrations[:1]:
        newer(name=known.name)(known.fn)

    @newer(name="0099_test_column")
    def add_column(db) -> None:
        # transform() drops FTS triggers in sqlite-utils; our index is kept by the store in
        # Python, so a migration that transforms tables must leave search working.
        db["audit_log"].transform(types={"title": str})
        db.execute("ALTER TABLE meetings ADD COLUMN test_note TEXT")

    monkeypatch.setattr(schema, "migrations", newer)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 99)
    monkeypatch.setattr(version, "SCHEMA_VERSION", 99)
    from council_desktop.startup import open_database

    return open_database(path)


def test_an_upgrade_backs_up_first_and_keeps_the_search_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from council_desktop.store.backup import list_backups

    store = _open_after_a_test_migration(tmp_path / "old.sqlite", monkeypatch)
    try:
        found = list_backups(tmp_path / "backups")
        assert len(found) == 1 and found[0].kind == "migration"
        assert "0099_test_column" in found[0].note
        cols = {r[1] for r in store.conn.execute("PRAGMA table_info(meetings)")}
        assert "test_note" in cols
        hits = store.conn.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'afganistan'"
        ).fetchone()[0]
        assert hits >= 1
    finally:
        store.close()
    old = Store.open(found[0].db_file)
    try:
        assert counts(old)["meetings"] == 7
    finally:
        old.close()


def test_the_upgrade_backup_goes_where_the_settings_keep_backups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from council_desktop.store.backup import list_backups

    elsewhere = tmp_path / "site-backups"
    user_settings = tmp_path / "settings.json"
    user_settings.write_text(json.dumps({"backup_folder": str(elsewhere)}), encoding="utf-8")
    monkeypatch.setenv("COUNCIL_DESKTOP_SETTINGS", str(user_settings))
    _open_after_a_test_migration(tmp_path / "old.sqlite", monkeypatch).close()
    assert [b.kind for b in list_backups(elsewhere)] == ["migration"]
    assert not (tmp_path / "backups").exists()


def test_the_cyrillic_sort_key_migration_reorders_stored_keys(tmp_path: Path) -> None:
    """Files from before 0004 kept Cyrillic keys in code-point order (ё after я)."""
    import sqlite3

    from council_desktop.records.folding import sort_key

    path = tmp_path / "v3.sqlite"
    shutil.copy(FIXTURES / "schema-v3.sqlite", path)
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE meetings SET title = 'Ёлка', title_key = 'ёлка' "
        "WHERE uuid = '0c0f1d00-2013-4c0d-9a00-000000000001'"
    )
    conn.commit()
    conn.close()
    store = Store.open(path)
    try:
        key = store.scalar(
            "SELECT title_key FROM meetings WHERE uuid = '0c0f1d00-2013-4c0d-9a00-000000000001'"
        )
        assert key == sort_key("Ёлка") < sort_key("Яхта")
    finally:
        store.close()
