"""The store: connection settings, named operations, validation at the last gate, trash, audit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from council_desktop.records.model import new_document, new_meeting
from council_desktop.records.validation import ValidationError
from council_desktop.store import (
    NewerVersionError,
    NotADatabaseError,
    RecordNotFound,
    Store,
    attach_file,
    empty_trash,
    get_document,
    get_meeting,
    history,
    listing,
    move_to_trash,
    restore,
    save_document,
    save_meeting,
    set_action_status,
    trash_items,
)


def _meeting(**kw):
    base = dict(
        title="Bakü toplantısı", kind="regular", starts_on="2019-10-14", ends_on="2019-10-14"
    )
    base.update(kw)
    return new_meeting(**base)


def test_every_connection_has_the_durability_settings(store: Store) -> None:
    c = store.conn
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert c.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_every_record_table_has_id_uuid_and_timestamps(store: Store) -> None:
    for table in (
        "meetings", "documents", "participants", "agenda_items", "outcomes", "action_items",
        "attachments", "member_states",
    ):  # fmt: skip
        cols = {r[1]: r for r in store.conn.execute(f"PRAGMA table_info({table})")}
        assert {"id", "uuid", "created_at", "updated_at"} <= set(cols), table
        assert cols["id"][5] == 1, f"{table}.id is not the primary key"


def test_meeting_round_trip_keeps_every_field_and_order(store: Store) -> None:
    doc = save_document(store, new_document(title="Bildiri", kind="declaration")).uuids[0]
    data = _meeting(
        ordinal=2, city="İstanbul", country="TR", venue="Dolmabahçe", host="Mevlüt Çavuşoğlu",
        chair="Mevlüt Çavuşoğlu", framework="", status="held", classification="restricted",
        summary="Satır 1\nSatır 2", tags=["Afganistan", "olağanüstü"],
        participants=[
            {"country": "TR", "name": "Mevlüt Çavuşoğlu", "position": "Bakan", "role": "head"},
            {"country": "AZ", "name": "Ceyhun Bayramov", "position": "Nazir", "role": "member"},
        ],
        agenda=[{"title": "Afganistan", "notes": "notlar"}, {"title": "Göç", "notes": ""}],
        outcomes=[{"kind": "declaration", "title": "Bildiri", "text": "metin", "document": doc}],
        actions=[{"title": "Takip", "owner": "Sekretarya", "due_on": "2021-12-01", "status": "open"}],
        documents=[doc],
    )  # fmt: skip
    uuid = save_meeting(store, data).uuids[0]
    got = get_meeting(store, uuid)
    for key in (
        "title",
        "city",
        "host",
        "summary",
        "tags",
        "classification",
        "ordinal",
        "documents",
    ):
        assert got[key] == data[key]
    assert [p["name"] for p in got["participants"]] == ["Mevlüt Çavuşoğlu", "Ceyhun Bayramov"]
    assert [a["title"] for a in got["agenda"]] == ["Afganistan", "Göç"]
    assert got["outcomes"][0]["document"] == doc
    assert got["actions"][0]["due_on"] == "2021-12-01"


def test_sub_record_uuids_are_stable_across_saves(store: Store) -> None:
    uuid = save_meeting(store, _meeting(participants=[{"name": "A", "role": "head"}])).uuids[0]
    first = get_meeting(store, uuid)
    first["title"] = "Yeni başlık"
    save_meeting(store, first)
    second = get_meeting(store, uuid)
    assert second["participants"][0]["uuid"] == first["participants"][0]["uuid"]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"title": "  "}, "title", "required"),
        ({"kind": "party"}, "kind", "not one of"),
        ({"starts_on": "2021-02-30"}, "starts_on", "not a real date"),
        ({"starts_on": "2021-03-02", "ends_on": "2021-03-01"}, "ends_on", "before the start"),
        ({"country": "XX"}, "country", "not a known country"),
        ({"status": "done"}, "status", "not one of"),
    ],
)
def test_invalid_meetings_are_refused_with_the_field_named(store, changes, field, words) -> None:
    with pytest.raises(ValidationError) as err:
        save_meeting(store, _meeting(**changes))
    assert any(p.field == field and words in p.message for p in err.value.problems)
    assert listing.counts(store)["meetings"] == 0


def test_link_to_an_unknown_document_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="no document"):
        save_meeting(store, _meeting(documents=["7f3f0a4e-0000-4000-8000-000000000000"]))


def test_trash_restores_a_meeting_whole(store: Store) -> None:
    uuid = save_meeting(store, _meeting(participants=[{"name": "A", "role": "head"}])).uuids[0]
    move_to_trash(store, "meeting", uuid)
    with pytest.raises(RecordNotFound):
        get_meeting(store, uuid)
    assert [i["uuid"] for i in trash_items(store)] == [uuid]
    restore(store, "meeting", uuid)
    assert get_meeting(store, uuid)["participants"][0]["name"] == "A"
    move_to_trash(store, "meeting", uuid)
    empty_trash(store)
    assert store.scalar("SELECT count(*) FROM participants") == 0
    assert trash_items(store) == []


def test_history_records_who_changed_what(store: Store) -> None:
    uuid = save_meeting(store, _meeting()).uuids[0]
    m = get_meeting(store, uuid)
    m["city"] = "Bakü"
    save_meeting(store, m)
    entries = history(store, uuid)
    assert [e.action for e in entries] == ["created", "updated"]
    assert entries[1].changes["city"] == ["", "Bakü"]
    assert entries[1].os_user


def test_action_status_is_saved_at_once(store: Store) -> None:
    uuid = save_meeting(store, _meeting(actions=[{"title": "Takip", "status": "open"}])).uuids[0]
    action = get_meeting(store, uuid)["actions"][0]["uuid"]
    set_action_status(store, action, "done")
    assert get_meeting(store, uuid)["actions"][0]["status"] == "done"


def test_attachments_are_stored_once_by_content(store: Store, tmp_path: Path) -> None:
    doc = save_document(store, new_document(title="Protokol")).uuids[0]
    src = tmp_path / "a.pdf"
    src.write_bytes(b"%PDF-1.4 not really")
    attach_file(store, doc, src)
    attach_file(store, doc, src, filename="copy.pdf")
    atts = get_document(store, doc)["attachments"]
    assert [a["filename"] for a in atts] == ["a.pdf", "copy.pdf"]
    assert atts[0]["sha256"] == atts[1]["sha256"]
    assert store.scalar("SELECT count(*) FROM blobs") == 1
    blob_files = [p for p in store.attachments_dir.rglob("*") if p.is_file()]
    assert len(blob_files) == 1 and blob_files[0].read_bytes() == src.read_bytes()


def test_quick_filter_is_turkish_aware(sample_store: Store) -> None:
    def titles(text: str) -> set[str]:
        q = listing.ListQuery("meeting", text)
        return {r[2] for r in listing.page(sample_store, q, 0, 100)}

    istanbul = titles("İstanbul")
    assert istanbul and titles("istanbul") == istanbul == titles("ISTANBUL")
    assert any("2. Olağanüstü" in t for t in titles("cavusoglu"))
    assert titles("100%_") == set()


def test_titles_sort_in_turkish_order(store: Store) -> None:
    for title in ("Dış", "Çay", "Cam", "İnce", "Ilık", "Şeker", "Sabah"):
        save_meeting(store, _meeting(title=title))
    q = listing.ListQuery("meeting", "", "title", False)
    got = [r[2] for r in listing.page(store, q, 0, 100)]
    assert got == ["Cam", "Çay", "Dış", "Ilık", "İnce", "Sabah", "Şeker"]


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="not a Council Desktop database"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError, match="not a Council Desktop database"):
        Store.open(path)


def test_a_file_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerVersionError, match="newer version"):
        Store.open(db_path)
    assert db_path.read_bytes() == before
