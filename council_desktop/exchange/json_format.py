"""The JSON exchange format (docs/exchange-format.md): import in one transaction, export.

Import reads and checks the whole file first and reports every problem (record, field, why);
only a file with none is written, in one transaction, so a bad file changes nothing.
"""

from __future__ import annotations

import contextlib
import gc
import json
import uuid as uuid_module
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from council_desktop.files import sha256_of, write_text_atomically
from council_desktop.records.model import (
    DOCUMENT_DEFAULTS,
    MEETING_DEFAULTS,
    MEMBER_STATE_DEFAULTS,
    SUB_DEFAULTS,
    Record,
    complete,
)
from council_desktop.records.validation import Problem, unknown_keys
from council_desktop.store import attachments as attachments_ops
from council_desktop.store import documents as documents_ops
from council_desktop.store import meetings as meetings_ops
from council_desktop.store import member_states as member_states_ops
from council_desktop.store import search_index
from council_desktop.store.connection import Store
from council_desktop.store.errors import StoreError
from council_desktop.store.record_rows import ids_by_uuid

FORMAT = "council-desktop"
# A large import leaves the search index in many segments; merging them halves the time of
# searches for common words (docs/search.md). Small imports are not worth the merge.
OPTIMIZE_AFTER = 5_000
VERSION = 1
_TOP_KEYS = {"format", "version", "member_states", "meetings", "documents"}


class ImportFailed(StoreError):
    """The file cannot be imported; nothing was changed. ``problems`` lists every reason."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        count = len(problems)
        head = problems[0] if problems else "unknown problem"
        more = f" (and {count - 1} more)" if count > 1 else ""
        super().__init__(f"Nothing was imported: {head}{more}.")


@dataclass
class ImportReport:
    """What an import did."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    member_states: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.member_states} member states changed"
        )


def read_exchange_file(path: Path) -> dict[str, Any]:
    """Parse and check the envelope of an exchange file; raises :class:`ImportFailed`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ImportFailed([f"{path} does not exist"]) from None
    except UnicodeDecodeError:
        raise ImportFailed([f"{path} is not UTF-8 text"]) from None
    except OSError as exc:
        raise ImportFailed([f"{path} cannot be read: {exc.strerror}"]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            [f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"]
        ) from None
    if not isinstance(data, dict):
        raise ImportFailed([f"{path} must hold a JSON object at the top level"])
    if data.get("format") != FORMAT:
        raise ImportFailed(
            [f"{path} is not a Council Desktop exchange file (format is not {FORMAT!r})"]
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFailed([f"{path}: version must be a whole number"])
    if version > VERSION:
        raise ImportFailed(
            [f"{path} uses exchange format version {version}; this app reads up to {VERSION}"]
        )
    for key in ("member_states", "meetings", "documents"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise ImportFailed([f"{path}: {key} must be a list of objects"])
    return data


def _warnings(kind: str, label: str, record: Record, defaults: Record) -> list[str]:
    out = [f"{label}: unknown key {k!r} ignored" for k in unknown_keys(record, defaults)]
    for key, sub_defaults in SUB_DEFAULTS.items():
        if key in defaults and isinstance(record.get(key), list):
            usual = sub_defaults.keys() | {"uuid"}  # items with only these keys need no look
            for i, item in enumerate(record[key]):
                if isinstance(item, dict) and not item.keys() <= usual:
                    out += [
                        f"{label} {key}[{i + 1}]: unknown key {k!r} ignored"
                        for k in unknown_keys(item, sub_defaults)
                    ]
    return out


def _strip(record: Record, known: Record) -> Record:
    """Only the keys the format knows (unknown ones were reported as warnings)."""
    allowed = known.keys() | {"uuid", "created_at", "updated_at"}
    out = (
        dict(record)
        if record.keys() <= allowed
        else {k: v for k, v in record.items() if k in allowed}
    )
    for key, sub_defaults in SUB_DEFAULTS.items():
        if key in known and isinstance(out.get(key), list):
            sub_allowed = sub_defaults.keys() | {"uuid"}
            # Items are only rebuilt when they carry unknown keys (they are copied later by
            # ``complete``); rebuilding every one was a twentieth of a large import.
            out[key] = [
                {k: v for k, v in item.items() if k in sub_allowed}
                if isinstance(item, dict) and not item.keys() <= sub_allowed
                else item
                for item in out[key]
            ]
    return out


def _label(kind: str, index: int, record: Record) -> str:
    uuid = record.get("uuid")
    return f"{kind}[{index + 1}]" + (f" (uuid {uuid})" if uuid else "")


def _comparable(record: Record, sub_keys: tuple[str, ...]) -> Record:
    """A record without timestamps and sub-record uuids, to see whether an import changes it."""
    out = {k: v for k, v in record.items() if k not in ("created_at", "updated_at", "deleted_at")}
    for key in sub_keys:
        out[key] = [
            {k: v for k, v in item.items() if k not in ("uuid", "size", "added_at", "path")}
            for item in out.get(key, [])
        ]
    return out


def _split_changed(
    store: Store,
    records: list[Record],
    getter: Any,
    sub_keys: tuple[str, ...],
    table: str,
    warnings: list[str],
) -> tuple[list[Record], int, int]:
    """Records to write and (updated, unchanged) counts: newer copies win, equal ones skip.

    One query per 500 uuids finds which records the database holds, so only those are read
    back (one ``getter`` call per new record was slow at 100,000).
    """
    to_write: list[Record] = []
    updated = unchanged = 0
    stored = ids_by_uuid(store, table, (r["uuid"] for r in records if r.get("uuid")))
    for r in records:
        uuid = r.get("uuid")
        if not uuid or uuid not in stored:
            to_write.append(r)
            continue
        try:
            current = getter(store, uuid, include_deleted=True)
        except StoreError:
            to_write.append(r)
            continue
        incoming_time, stored_time = r.get("updated_at"), current.get("updated_at")
        same = _comparable(current, sub_keys) == _comparable(r, sub_keys)
        if same and not current.get("deleted_at"):
            unchanged += 1
        elif not incoming_time:
            # Without a timestamp nothing shows the file's copy is newer than an edit made
            # here since: the stored record wins, and the user is told.
            unchanged += 1
            warnings.append(
                f"{table[:-1]} {uuid} ({r.get('title')!r}): kept the stored copy, which differs; "
                "the file's copy has no updated_at to show it is newer"
            )
        elif stored_time and incoming_time <= stored_time:
            unchanged += 1
        else:
            updated += 1
            to_write.append(r)
    return to_write, updated, unchanged


def import_data(store: Store, data: dict[str, Any], base_dir: Path) -> ImportReport:
    """Import checked exchange data; every record or none. Raises :class:`ImportFailed`."""
    report = ImportReport()
    problems: list[str] = []
    for key in sorted(set(data) - _TOP_KEYS):
        report.warnings.append(f"top level: unknown key {key!r} ignored")

    states = data.get("member_states", [])
    docs_in = data.get("documents", [])
    meetings_in = data.get("meetings", [])
    for kind, records, defaults in (
        ("member_states", states, MEMBER_STATE_DEFAULTS),
        ("documents", docs_in, DOCUMENT_DEFAULTS),
        ("meetings", meetings_in, MEETING_DEFAULTS),
    ):
        for i, r in enumerate(records):
            report.warnings += _warnings(kind, _label(kind, i, r), r, defaults)
    states = [_strip(r, MEMBER_STATE_DEFAULTS) for r in states]
    docs_in = _with_uuids("document", [_strip(r, DOCUMENT_DEFAULTS) for r in docs_in])
    meetings_in = _with_uuids("meeting", [_strip(r, MEETING_DEFAULTS) for r in meetings_in])

    problems += _duplicate_uuids("documents", docs_in) + _duplicate_uuids("meetings", meetings_in)
    doc_labels = [_label("documents", i, r) for i, r in enumerate(docs_in)]
    docs, found = documents_ops.prepare_documents(store, docs_in, doc_labels)
    problems += [str(p) for p in found]
    sources = _attachment_sources(docs, doc_labels, base_dir, problems)
    file_doc_uuids = {d["uuid"] for d in docs if isinstance(d.get("uuid"), str) and d["uuid"]}
    meeting_labels = [_label("meetings", i, r) for i, r in enumerate(meetings_in)]
    meetings, found = meetings_ops.prepare_meetings(
        store, meetings_in, meeting_labels, incoming_documents=file_doc_uuids
    )
    problems += [str(p) for p in found]
    from council_desktop.records.validation import validate_member_state

    for i, s in enumerate(states):
        problems += [
            str(p)
            for p in validate_member_state(
                complete(s, MEMBER_STATE_DEFAULTS), _label("member_states", i, s)
            )
        ]
    if problems:
        raise ImportFailed(problems)

    with store.write():
        for (sha, media), path in sources.items():
            stored = attachments_ops.store_bytes(store, path, media)
            if stored != sha:  # the file changed between the check and now
                raise ImportFailed([f"{path}: the file changed while it was imported"])
        report.member_states = member_states_ops.save_member_states(store, states)
        docs_to_write, upd, same = _split_changed(
            store, docs, documents_ops.get_document, ("attachments",), "documents", report.warnings
        )
        report.updated += upd
        report.unchanged += same
        meetings_to_write, upd, same = _split_changed(
            store, meetings, meetings_ops.get_meeting,
            ("participants", "agenda", "outcomes", "actions"), "meetings", report.warnings,
        )  # fmt: skip
        report.updated += upd
        report.unchanged += same
        report.created = len(docs_to_write) + len(meetings_to_write) - report.updated
        for d in docs_to_write:
            for a in d["attachments"]:
                a.pop("path", None)
        if docs_to_write:
            documents_ops.save_documents(
                store, docs_to_write, action="imported", validated=True, keep_timestamps=True
            )
        if meetings_to_write:
            meetings_ops.save_meetings(
                store, meetings_to_write, action="imported", validated=True, keep_timestamps=True
            )
        if len(docs_to_write) + len(meetings_to_write) >= OPTIMIZE_AFTER:
            search_index.optimize(store)
    return report


def import_file(store: Store, path: Path) -> ImportReport:
    """Import an exchange file (attachments' paths are relative to it)."""
    path = Path(path)
    with _cycle_collector_paused():
        data = read_exchange_file(path)
        return import_data(store, data, path.resolve().parent)


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a file is imported.

    A large file is millions of small dicts that all live until the import ends; the collector
    walked them again and again (about a tenth of a 100,000-meeting import) and found nothing
    to free. Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_UUID_NAMESPACE = uuid_module.UUID("7b1c5a52-4f0e-4d8e-9a43-2c9e6f0d1b11")


def _with_uuids(kind: str, records: list[Record]) -> list[Record]:
    """Give records without a uuid one derived from their content.

    So importing the same file twice matches them the second time instead of duplicating
    them (a changed record gets a new uuid: it is a different record as far as the file says).
    """
    for r in records:
        if not r.get("uuid"):
            canonical = json.dumps(r, sort_keys=True, default=str)  # ASCII: lone surrogates too
            r["uuid"] = str(uuid_module.uuid5(_UUID_NAMESPACE, f"{kind}\n{canonical}"))
    return records


def _duplicate_uuids(kind: str, records: list[Record]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, r in enumerate(records):
        u = r.get("uuid")
        if isinstance(u, str) and u:
            if u in seen:
                out.append(
                    f"{kind}[{i + 1}]: uuid {u} is used twice in the file ({kind}[{seen[u] + 1}])"
                )
            seen.setdefault(u, i)
    return out


def _attachment_sources(
    docs: list[Record], labels: list[str], base_dir: Path, problems: list[str]
) -> dict[tuple[str, str], Path]:
    """Check every attachment's file is inside the import folder and matches its sha256."""
    sources: dict[tuple[str, str], Path] = {}
    root = base_dir.resolve()
    for label, d in zip(labels, docs, strict=True):
        for i, a in enumerate(d.get("attachments") or []):
            where = f"{label} attachments[{i + 1}]"
            rel = a.get("path")
            if not isinstance(rel, str) or not rel:
                problems.append(f"{where}: path is required to import the file's bytes")
                continue
            path = (root / rel).resolve()
            if not path.is_relative_to(root):
                problems.append(f"{where}: path {rel!r} points outside the import folder")
                continue
            if not path.is_file():
                problems.append(f"{where}: file {rel!r} is missing")
                continue
            sha = sha256_of(path)
            if a.get("sha256") and a["sha256"] != sha:
                problems.append(f"{where}: file {rel!r} does not match its sha256")
                continue
            a["sha256"] = sha
            media = a.get("media_type") or attachments_ops.guess_media_type(a.get("filename", ""))
            a["media_type"] = media
            sources[(sha, media)] = path
    return sources


# -- export ----------------------------------------------------------------------------------


def export_data(store: Store) -> dict[str, Any]:
    """Every live record as exchange data (attachments' ``path`` as ``attachments/<sha256>``)."""
    meetings = [
        _clean(meetings_ops.get_meeting(store, u)) for u in meetings_ops.meeting_uuids(store)
    ]
    documents = []
    for u in documents_ops.document_uuids(store):
        d = _clean(documents_ops.get_document(store, u))
        d["attachments"] = [
            {"uuid": a["uuid"], "filename": a["filename"], "media_type": a["media_type"],
             "sha256": a["sha256"], "path": f"attachments/{a['sha256']}"}
            for a in d["attachments"]
        ]  # fmt: skip
        documents.append(d)
    return {
        "format": FORMAT,
        "version": VERSION,
        "member_states": member_states_ops.list_member_states(store),
        "meetings": meetings,
        "documents": documents,
    }


def _clean(record: Record) -> Record:
    record.pop("deleted_at", None)
    return record


@dataclass
class ExportReport:
    """What an export wrote, and the warnings the user must read (files it had to leave out)."""

    records: int = 0
    attachments: int = 0
    warnings: list[str] = field(default_factory=list)


def export_file(store: Store, path: Path) -> ExportReport:
    """Write every record to ``path`` and the attachment bytes to ``attachments/`` beside it.

    An attachment whose file is missing from the database's attachments folder does not stop
    the export: its document is exported without that attachment (so the file still imports)
    and a warning names the document and the file.
    """
    path = Path(path)
    data = export_data(store)
    report = ExportReport(records=len(data["meetings"]) + len(data["documents"]))
    folder = path.parent / "attachments"
    written: set[str] = set()
    for doc in data["documents"]:
        kept = []
        for a in doc["attachments"]:
            sha = a["sha256"]
            if sha not in written and not _export_bytes(store, sha, folder / sha):
                report.warnings.append(
                    f"document {doc['title']!r} (uuid {doc['uuid']}): the attachment file "
                    f"{a['filename']!r} is missing from the attachments folder; the document "
                    "was exported without it"
                )
                continue
            written.add(sha)
            kept.append(a)
        doc["attachments"] = kept
    report.attachments = len(written)
    write_text_atomically(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return report


def _export_bytes(store: Store, sha: str, target: Path) -> bool:
    """Copy one attachment's bytes beside the export (once); False when they are missing."""
    if target.exists():
        return True
    source = attachments_ops.blob_path(store, sha)
    if not source.is_file():
        return False
    attachments_ops.save_copy(store, sha, target)
    return True


__all__ = [
    "ExportReport",
    "ImportFailed",
    "ImportReport",
    "Problem",
    "export_data",
    "export_file",
    "import_data",
    "import_file",
    "read_exchange_file",
]
