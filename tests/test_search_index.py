"""The index stays right through every way records change; check() proves it, rebuild() fixes it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from council_desktop.exchange.json_format import import_file
from council_desktop.search.index import check, rebuild
from council_desktop.search.service import search
from council_desktop.store import (
    Store,
    attach_file,
    empty_trash,
    get_document,
    get_meeting,
    move_to_trash,
    remove_attachment,
    restore,
    save_document,
    save_meeting,
    search_index,
)

MEETING = "0c0f1d00-2013-4c0d-9a00-000000000004"
PROTOCOL = "0c0f1d00-2013-4c0d-9a00-000000000101"
PDF = (
    Path(__file__).resolve().parent.parent / "data" / "attachments" / "isbirligi-protokolu-ozet.pdf"
)


def uuids(store: Store, text: str) -> set[str]:
    return {r.uuid for r in search(store, text)}


def test_the_sample_database_is_indexed_right(sample_store: Store) -> None:
    assert check(sample_store) == []


def test_form_edit_replaces_the_old_text(sample_store: Store) -> None:
    m = get_meeting(sample_store, MEETING)
    m["summary"] = "Toplantı Semerkant'ta yapıldı."
    m["participants"].append({"name": "Bakhtiyor Saidov", "role": "head", "position": ""})
    save_meeting(sample_store, m)
    assert MEETING in uuids(sample_store, "semerkant")
    assert MEETING in uuids(sample_store, "saidov")
    assert MEETING not in uuids(sample_store, "görüşmek")  # was only in the old summary
    assert check(sample_store) == []


def test_new_records_are_found_at_once(store: Store) -> None:
    change = save_document(store, {"title": "Nahçıvan Anlaşması", "kind": "agreement"})
    assert uuids(store, "nahcivan") == {change.uuids[0]}
    assert check(store) == []


def test_trash_restore_and_empty_trash(sample_store: Store) -> None:
    move_to_trash(sample_store, "document", PROTOCOL)
    assert PROTOCOL not in uuids(sample_store, "mekanizmalar")  # neither record nor its PDF
    assert check(sample_store) == []
    restore(sample_store, "document", PROTOCOL)
    assert {r.type for r in search(sample_store, "mekanizmalar")} == {"document", "attachment"}
    assert check(sample_store) == []
    move_to_trash(sample_store, "meeting", MEETING)
    empty_trash(sample_store)
    assert MEETING not in uuids(sample_store, "cavusoglu")
    assert check(sample_store) == []


def test_attach_and_remove_a_pdf(sample_store: Store, tmp_path: Path) -> None:
    target = "0c0f1d00-2013-4c0d-9a00-000000000102"
    attach_file(sample_store, target, PDF)
    hits = {(r.type, r.uuid) for r in search(sample_store, "kararlaştırmışlardır")}
    assert ("attachment", target) in hits
    assert check(sample_store) == []
    attachment = get_document(sample_store, target)["attachments"][0]["uuid"]
    remove_attachment(sample_store, target, attachment)
    hits = {(r.type, r.uuid) for r in search(sample_store, "kararlaştırmışlardır")}
    assert ("attachment", target) not in hits
    assert check(sample_store) == []


def test_import_creates_and_updates(sample_store: Store, sample_copy: Path) -> None:
    data = json.loads(sample_copy.read_text(encoding="utf-8"))
    data["meetings"][0]["summary"] = "Tamamen yeni bir özet: Türkistan."
    data["meetings"][0]["updated_at"] = "2030-01-01T00:00:00.000000Z"
    sample_copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    import_file(sample_store, sample_copy)
    assert uuids(sample_store, "türkistan") == {data["meetings"][0]["uuid"]}
    assert check(sample_store) == []


def test_import_into_an_empty_database_indexes_the_pdf(store: Store, sample_copy: Path) -> None:
    import_file(store, sample_copy)
    assert [(r.type, r.uuid) for r in search(store, "Kırgızistan Taraflar")] == [
        ("attachment", PROTOCOL)
    ]
    assert check(store) == []


def test_check_finds_missing_stale_orphan_and_duplicate_rows(sample_store: Store) -> None:
    c = sample_store.conn
    search_index.remove(sample_store, [MEETING])
    c.execute(
        "UPDATE search_index SET body = 'eski' WHERE rowid = "
        "(SELECT id FROM search_records WHERE record_uuid = ?)",
        ["0c0f1d00-2013-4c0d-9a00-000000000002"],
    )
    search_index.add(sample_store, [("meeting", "no-such-uuid", "x", "x", "x", "x")])
    doc = get_document(sample_store, "0c0f1d00-2013-4c0d-9a00-000000000103")
    search_index.add(sample_store, [search_index.document_index_row(doc)])
    problems = check(sample_store)
    text = "\n".join(problems)
    assert f"meeting {MEETING}" in text and "not indexed" in text
    assert "out-of-date text" in text
    assert "no-such-uuid belongs to no live record" in text
    assert "indexed 2 times" in text
    assert len(problems) == 5  # four problems and what to do about them
    rebuild(sample_store)
    assert check(sample_store) == []


def test_check_finds_stale_filter_columns_and_half_rows(sample_store: Store) -> None:
    c = sample_store.conn
    c.execute("UPDATE search_records SET kind = 'summit' WHERE record_uuid = ?", [PROTOCOL])
    c.execute("DELETE FROM search_records WHERE record_uuid = ?", [MEETING])
    text = "\n".join(check(sample_store))
    assert f"document {PROTOCOL} has out-of-date kind" in text
    assert f"meeting {MEETING}" in text and "not indexed" in text
    assert "1 rows are missing their other half" in text
    rebuild(sample_store)
    assert check(sample_store) == []


def test_a_document_edit_moves_its_files_filters_too(sample_store: Store) -> None:
    doc = get_document(sample_store, PROTOCOL)
    doc["dated_on"] = "2001-02-03"
    save_document(sample_store, doc)
    hits = search(
        sample_store, "kararlaştırmışlardır", date_from="2001-01-01", date_to="2001-12-31"
    )
    assert ("attachment", "2001-02-03") in {(r.type, r.date) for r in hits}
    later = search(sample_store, "kararlaştırmışlardır", date_from="2002-01-01")
    assert "attachment" not in {r.type for r in later}
    assert check(sample_store) == []


def test_a_migration_that_transforms_tables_keeps_search(sample_store: Store) -> None:
    # sqlite-utils' transform() drops FTS triggers; our index is not trigger-based.
    sample_store.db["meetings"].transform(types={"ordinal": int})
    sample_store.db["documents"].transform(types={"summary": str})
    assert check(sample_store) == []
    assert MEETING in uuids(sample_store, "cavusoglu")


def test_a_migration_that_loses_the_index_is_repaired_by_rebuild(sample_store: Store) -> None:
    sample_store.conn.execute("DROP TABLE search_index")
    sample_store.conn.execute("DROP TABLE search_records")
    assert check(sample_store) == ["The search index is missing: run `council-desktop reindex`."]
    assert search(sample_store, "cavusoglu") == []  # no error for the user
    report = rebuild(sample_store)
    assert (report.meetings, report.documents, report.attachments) == (7, 4, 1)
    assert check(sample_store) == []
    assert MEETING in uuids(sample_store, "cavusoglu")


def test_rebuild_reads_pdf_text_again_from_the_bytes(sample_store: Store) -> None:
    sample_store.conn.execute("UPDATE blobs SET text = ''")
    rebuild(sample_store, extract=False)
    assert search(sample_store, "Kırgızistan Taraflar") == []
    report = rebuild(sample_store)
    assert report.extracted == 1
    assert [r.type for r in search(sample_store, "Kırgızistan Taraflar")] == ["attachment"]
    assert check(sample_store) == []


def test_restore_from_a_backup_copy_keeps_the_index(sample_store: Store, tmp_path: Path) -> None:
    from council_desktop.store.backup import online_backup

    copy = online_backup(sample_store, tmp_path / "copy.sqlite")
    shutil.copytree(sample_store.attachments_dir, tmp_path / "copy-attachments")
    restored = Store.open(copy)
    try:
        assert check(restored) == []
        assert MEETING in uuids(restored, "cavusoglu")
    finally:
        restored.close()


def test_rebuild_keeps_old_text_when_the_file_is_missing(sample_store: Store) -> None:
    from council_desktop.store import blob_path

    sha = get_document(sample_store, PROTOCOL)["attachments"][0]["sha256"]
    blob_path(sample_store, sha).unlink()
    report = rebuild(sample_store)
    assert report.missing_files == 1
    assert [r.type for r in search(sample_store, "Kırgızistan Taraflar")] == ["attachment"]
