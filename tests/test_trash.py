"""Trash: delete moves a record with its sub-records and links away; restore brings it back whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from council_desktop.cli import cli
from council_desktop.records.model import new_document, new_meeting
from council_desktop.search.service import search
from council_desktop.store import (
    RecordNotFound,
    Store,
    attach_file,
    attachment_state,
    clean_up,
    empty_trash,
    get_document,
    get_meeting,
    history,
    move_to_trash,
    restore,
    save_document,
    save_meeting,
    trash_items,
)
from council_desktop.store.check import check


def _full_meeting(store: Store, tmp_path: Path) -> tuple[str, str]:
    doc = save_document(store, new_document(title="Semerkant Bildirisi", kind="declaration"))
    doc_uuid = doc.uuids[0]
    source = tmp_path / "ek.txt"
    source.write_text("Ekteki metin")
    attach_file(store, doc_uuid, source)
    m = new_meeting(
        title="Semerkant toplantısı", kind="regular", starts_on="2022-11-11",
        participants=[{"name": "Vladimir Norov"}, {"name": "Ceyhun Bayramov"}],
        agenda=[{"title": "Açılış", "notes": "Kısa"}],
        outcomes=[{"kind": "declaration", "title": "Bildiri", "document": doc_uuid}],
        actions=[{"title": "Taslağı dağıt", "owner": "Sekretarya"}],
        documents=[doc_uuid],
    )  # fmt: skip
    return save_meeting(store, m).uuids[0], doc_uuid


def test_a_trashed_meeting_comes_back_whole(store: Store, tmp_path: Path) -> None:
    meeting_uuid, _doc = _full_meeting(store, tmp_path)
    before = get_meeting(store, meeting_uuid)
    assert [r.uuid for r in search(store, "semerkant toplantisi")] == [meeting_uuid]

    move_to_trash(store, "meeting", meeting_uuid)

    with pytest.raises(RecordNotFound):
        get_meeting(store, meeting_uuid)
    assert search(store, "semerkant toplantisi") == []
    assert [i["uuid"] for i in trash_items(store)] == [meeting_uuid]

    restore(store, "meeting", meeting_uuid)

    after = get_meeting(store, meeting_uuid)
    for key in ("participants", "agenda", "outcomes", "actions", "documents", "title"):
        assert after[key] == before[key], key
    assert [r.uuid for r in search(store, "norov")] == [meeting_uuid]
    assert trash_items(store) == []
    assert [e.action for e in history(store, meeting_uuid)] == ["created", "deleted", "restored"]
    assert check(store) == []


def test_a_trashed_document_keeps_its_attachment_and_links(store: Store, tmp_path: Path) -> None:
    meeting_uuid, doc_uuid = _full_meeting(store, tmp_path)
    sha = get_document(store, doc_uuid)["attachments"][0]["sha256"]
    move_to_trash(store, "document", doc_uuid)
    assert search(store, "ekteki") == []
    assert clean_up(store) == []  # bytes of a trashed document are still referenced
    assert attachment_state(store, sha) == "ok"

    restore(store, "document", doc_uuid)

    assert get_meeting(store, meeting_uuid)["documents"] == [doc_uuid]
    assert get_meeting(store, meeting_uuid)["outcomes"][0]["document"] == doc_uuid
    assert {r.type for r in search(store, "ekteki")} == {"attachment"}
    assert check(store) == []


def test_empty_trash_deletes_for_good_and_clean_up_frees_the_bytes(
    store: Store, tmp_path: Path
) -> None:
    meeting_uuid, doc_uuid = _full_meeting(store, tmp_path)
    sha = get_document(store, doc_uuid)["attachments"][0]["sha256"]
    move_to_trash(store, "document", doc_uuid)
    move_to_trash(store, "meeting", meeting_uuid)
    change = empty_trash(store)
    assert set(change.uuids) == {meeting_uuid, doc_uuid}
    assert store.scalar("SELECT count(*) FROM participants") == 0
    assert attachment_state(store, sha) == "ok"  # only an explicit clean-up removes bytes
    assert clean_up(store) == [sha]
    assert attachment_state(store, sha) == "missing"
    assert [e.action for e in history(store, meeting_uuid)][-1] == "purged"
    assert check(store) == []


def test_empty_trash_never_purges_a_record_restored_meanwhile(db_path: Path) -> None:
    """Another program restores a record between listing the trash and emptying it."""
    first = Store.open(db_path)
    second = Store.open(db_path)
    uuid = save_meeting(first, new_meeting(title="Geri gelen", kind="regular")).uuids[0]
    move_to_trash(first, "meeting", uuid)
    assert len(trash_items(first)) == 1  # what the Trash view shows
    restore(second, "meeting", uuid)
    empty_trash(first)
    assert get_meeting(first, uuid)["title"] == "Geri gelen"
    first.close()
    second.close()


def test_trash_commands(db_path: Path) -> None:
    runner = CliRunner()
    uuid = "0c0f1d00-2013-4c0d-9a00-000000000002"
    # The first command creates the file with the sample records.
    assert runner.invoke(cli, ["--db", str(db_path), "trash", "list"]).exit_code == 0
    with Store.open(db_path) as s:
        move_to_trash(s, "meeting", uuid)
    listed = runner.invoke(cli, ["--db", str(db_path), "trash", "list"])
    assert uuid in listed.output
    declined = runner.invoke(cli, ["--db", str(db_path), "trash", "empty"], input="n\n")
    assert "Nothing was deleted" in declined.output
    restored = runner.invoke(cli, ["--db", str(db_path), "trash", "restore", uuid])
    assert restored.exit_code == 0 and "Restored meeting" in restored.output
    missing = runner.invoke(cli, ["--db", str(db_path), "trash", "restore", uuid])
    assert missing.exit_code == 2
    hist = runner.invoke(cli, ["--db", str(db_path), "history", uuid])
    assert hist.exit_code == 0
    assert "deleted meeting" in hist.output and "restored meeting" in hist.output
    with Store.open(db_path) as s:
        move_to_trash(s, "meeting", uuid)
    emptied = runner.invoke(cli, ["--db", str(db_path), "trash", "empty", "--yes"])
    assert "Deleted 1 record" in emptied.output


def test_history_shows_field_changes(store: Store) -> None:
    uuid = save_meeting(store, new_meeting(title="İlk", kind="regular", city="Bakü")).uuids[0]
    m = get_meeting(store, uuid)
    m["city"] = "Astana"
    save_meeting(store, m)
    entries = history(store, uuid)
    assert [e.action for e in entries] == ["created", "updated"]
    assert entries[1].changes == {"city": ["Bakü", "Astana"]}
    assert entries[1].os_user
