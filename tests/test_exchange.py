"""The JSON exchange format: all-or-nothing import, idempotence, warnings, round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from council_desktop.exchange.json_format import (
    ImportFailed,
    export_data,
    export_file,
    import_file,
)
from council_desktop.store import Store, get_document, get_meeting
from council_desktop.store.listing import counts


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _envelope(**lists) -> dict:
    return {"format": "council-desktop", "version": 1, **lists}


def test_sample_records_import_with_everything_the_seed_page_names(sample_store: Store) -> None:
    c = counts(sample_store)
    assert c["meetings"] == 7 and c["documents"] == 4
    baku = get_meeting(sample_store, "0c0f1d00-2013-4c0d-9a00-000000000002")
    assert baku["starts_on"] == "2019-10-14" and baku["city"] == "Bakü"
    first = get_meeting(sample_store, "0c0f1d00-2013-4c0d-9a00-000000000003")
    assert first["kind"] == "extraordinary" and first["starts_on"] == "2020-02-20"
    assert any("Budapeşte" in a["title"] for a in first["agenda"])
    assert len(first["documents"]) == 2
    second = get_meeting(sample_store, "0c0f1d00-2013-4c0d-9a00-000000000004")
    assert second["host"] == "Mevlüt Çavuşoğlu" and second["city"] == "İstanbul"
    assert second["outcomes"][0]["kind"] == "declaration"
    protocol = get_document(sample_store, "0c0f1d00-2013-4c0d-9a00-000000000101")
    assert protocol["kind"] == "protocol" and protocol["attachments"]


def test_importing_the_same_file_twice_changes_nothing(store: Store, sample_copy: Path) -> None:
    first = import_file(store, sample_copy)
    assert first.created == 11
    before = export_data(store)
    second = import_file(store, sample_copy)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 11)
    assert export_data(store) == before


def test_a_newer_copy_updates_the_stored_record(store: Store, sample_copy: Path) -> None:
    import_file(store, sample_copy)
    data = json.loads(sample_copy.read_text(encoding="utf-8"))
    data["meetings"][0]["title"] = "Yeni başlık"
    data["meetings"][0]["updated_at"] = "2030-01-01T00:00:00.000000Z"
    report = import_file(store, _write(sample_copy, data))
    assert report.updated == 1
    assert get_meeting(store, data["meetings"][0]["uuid"])["title"] == "Yeni başlık"


def test_export_import_export_gives_the_same_json(sample_store: Store, tmp_path: Path) -> None:
    out1 = tmp_path / "one" / "records.json"
    export_file(sample_store, out1)
    fresh = Store.open(tmp_path / "fresh.sqlite")
    try:
        import_file(fresh, out1)
        out2 = tmp_path / "two" / "records.json"
        export_file(fresh, out2)
    finally:
        fresh.close()
    assert out1.read_text(encoding="utf-8") == out2.read_text(encoding="utf-8")
    sha = json.loads(out2.read_text(encoding="utf-8"))["documents"][0]["attachments"][0]["sha256"]
    assert (out2.parent / "attachments" / sha).is_file()


def test_a_file_with_any_invalid_record_changes_nothing_and_reports_all(
    store: Store, tmp_path: Path
) -> None:
    data = _envelope(
        meetings=[
            {"title": "İyi", "kind": "regular"},
            {"title": "", "kind": "regular"},
            {"title": "Tarih", "kind": "regular", "starts_on": "2021-02-30"},
            {"title": "Tür", "kind": "party"},
        ]
    )
    with pytest.raises(ImportFailed) as err:
        import_file(store, _write(tmp_path / "bad.json", data))
    text = "\n".join(err.value.problems)
    assert "meetings[2]" in text and "title" in text
    assert "meetings[3]" in text and "2021-02-30" in text
    assert "meetings[4]" in text and "party" in text
    assert counts(store)["meetings"] == 0


def test_unknown_keys_are_warnings(store: Store, tmp_path: Path) -> None:
    data = _envelope(meetings=[{"title": "T", "kind": "regular", "mood": "good"}], extra=1)
    report = import_file(store, _write(tmp_path / "w.json", data))
    assert report.created == 1
    assert any("mood" in w for w in report.warnings)
    assert any("extra" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("this is not json", "not valid JSON"),
        ('{"format": "council-desktop", "version": 1, "meetings": [', "not valid JSON"),
        ('{"format": "council-desktop", "version": 1, "meetings": {}}', "list of objects"),
        ('{"format": "council-desktop", "version": 9}', "version 9"),
        ('{"format": "other", "version": 1}', "not a Council Desktop exchange file"),
        ("[1, 2]", "JSON object"),
    ],
)
def test_malformed_files_are_refused_clearly(store: Store, tmp_path: Path, content, words) -> None:
    path = tmp_path / "f.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFailed, match=words):
        import_file(store, path)


def test_attachment_paths_cannot_escape_the_import_folder(store: Store, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("x")
    inner = tmp_path / "inner"
    inner.mkdir()
    data = _envelope(
        documents=[{"title": "D", "attachments": [{"filename": "s.txt", "path": "../secret.txt"}]}]
    )
    with pytest.raises(ImportFailed, match="outside the import folder"):
        import_file(store, _write(inner / "x.json", data))


def test_a_wrong_sha256_is_refused(store: Store, sample_copy: Path) -> None:
    data = json.loads(sample_copy.read_text(encoding="utf-8"))
    data["documents"][0]["attachments"][0]["sha256"] = "0" * 64
    with pytest.raises(ImportFailed, match="does not match its sha256"):
        import_file(store, _write(sample_copy, data))


def test_records_without_uuid_are_matched_on_the_second_import(
    store: Store, tmp_path: Path
) -> None:
    data = _envelope(
        meetings=[{"title": "Gayri resmi toplantı", "kind": "informal"}],
        documents=[{"title": "Not", "kind": "note"}],
    )
    path = _write(tmp_path / "no-uuid.json", data)
    assert import_file(store, path).created == 2
    again = import_file(store, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert counts(store)["meetings"] == 1 and counts(store)["documents"] == 1


def test_a_copy_without_updated_at_never_overwrites_a_stored_edit(
    store: Store, tmp_path: Path
) -> None:
    from council_desktop.store import save_meeting

    uuid = "5b0c7c2e-3f7c-4f5e-9a53-2a4c1d7e0002"
    path = _write(
        tmp_path / "m.json", _envelope(meetings=[{"uuid": uuid, "title": "İlk", "kind": "other"}])
    )
    import_file(store, path)
    edited = get_meeting(store, uuid)
    edited["title"] = "Burada düzeltildi"
    save_meeting(store, edited)
    report = import_file(store, path)
    assert report.updated == 0 and report.unchanged == 1
    assert any("kept the stored copy" in w for w in report.warnings)
    assert get_meeting(store, uuid)["title"] == "Burada düzeltildi"
