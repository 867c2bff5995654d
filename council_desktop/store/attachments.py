"""Attachment bytes: stored once, content-addressed by sha256, in a folder beside the database.

Bytes are written to a temporary file, fsynced and renamed into place, so a power cut never
leaves a half-written attachment under its final name. Names come only from the hash, so a
file name from outside can never escape the folder.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from council_desktop.files import copy_atomically, sha256_of
from council_desktop.records.validation import Problem, ValidationError
from council_desktop.store import documents as documents_ops
from council_desktop.store.changes import Change
from council_desktop.store.connection import Store, utc_now
from council_desktop.store.errors import StoreError

_HEX = set("0123456789abcdef")


def _is_sha256(value: str) -> bool:
    return len(value) == 64 and set(value) <= _HEX


def blob_path(store: Store, sha256: str) -> Path:
    """Where the bytes with this hash live (whether or not they are there)."""
    if not _is_sha256(sha256):
        raise StoreError(f"{sha256!r} is not a sha256 hash.")
    folder = store.attachments_dir
    if folder is None:
        raise StoreError("An in-memory database cannot hold attachments.")
    return folder / sha256[:2] / sha256


def guess_media_type(filename: str) -> str:
    """A media type from the file name (``application/octet-stream`` when unknown)."""
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def store_bytes(store: Store, source: Path, media_type: str | None = None) -> str:
    """Copy a file's bytes into the attachments folder (once) and register them; the sha256.

    The text of PDFs is extracted now (for search) and kept in the database.
    """
    from council_desktop.search.extract import extract_text

    source = Path(source)
    if not source.is_file():
        raise StoreError(f"{source} is not a readable file.")
    sha = sha256_of(source)
    target = blob_path(store, sha)
    media = media_type or guess_media_type(source.name)
    # The bytes are checked and written inside the write transaction: clean_up() removes files
    # inside its own, so it can never delete bytes between this check and this insert.
    with store.write():
        if not target.exists() or sha256_of(target) != sha:
            copy_atomically(source, target)
        known = store.scalar("SELECT 1 FROM blobs WHERE sha256 = ?", [sha])
        if not known:
            store.conn.execute(
                "INSERT INTO blobs (sha256, size, media_type, text, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [sha, target.stat().st_size, media, extract_text(target, media), utc_now()],
            )
    return sha


def attach_file(
    store: Store, document_uuid: str, source: Path, filename: str | None = None
) -> Change:
    """Add a file to a saved document (file dialog or drag and drop)."""
    source = Path(source)
    name = filename or source.name
    sha = store_bytes(store, source)
    with store.write():
        doc = documents_ops.get_document(store, document_uuid)
        doc["attachments"].append(
            {"filename": name, "media_type": guess_media_type(name), "sha256": sha}
        )
        documents_ops.save_documents(store, [doc])
    return Change("saved", "document", (document_uuid,))


def remove_attachment(store: Store, document_uuid: str, attachment_uuid: str) -> Change:
    """Detach a file from a document; its bytes stay until :func:`clean_up` finds them unused."""
    with store.write():
        doc = documents_ops.get_document(store, document_uuid)
        kept = [a for a in doc["attachments"] if a["uuid"] != attachment_uuid]
        if len(kept) == len(doc["attachments"]):
            raise ValidationError([Problem("attachment", "uuid", "not on this document")])
        doc["attachments"] = kept
        documents_ops.save_documents(store, [doc])
    return Change("saved", "document", (document_uuid,))


def attachment_state(store: Store, sha256: str) -> str:
    """``ok``, ``missing`` or ``damaged`` (bytes present but their hash differs)."""
    path = blob_path(store, sha256)
    if not path.is_file():
        return "missing"
    return "ok" if sha256_of(path) == sha256 else "damaged"


def save_copy(store: Store, sha256: str, destination: Path) -> Path:
    """Write an attachment's bytes to a place the user chose."""
    source = blob_path(store, sha256)
    if not source.is_file():
        raise StoreError(f"The attachment's file is missing from {source.parent}.")
    copy_atomically(source, destination)
    return Path(destination)


def unreferenced_blobs(store: Store) -> list[str]:
    """Hashes of stored bytes that no attachment (live or in the trash) refers to."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT sha256 FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments)"
        )
    ]


def clean_up(store: Store) -> list[str]:
    """Remove bytes nothing references any more (the explicit clean-up); the hashes removed.

    Runs in one write transaction (so no other program can attach those bytes meanwhile) and
    also removes files left in the folder by an interrupted import or copy.
    """
    with store.write():
        removed = unreferenced_blobs(store)
        store.conn.executemany("DELETE FROM blobs WHERE sha256 = ?", [(s,) for s in removed])
        for sha in removed:
            blob_path(store, sha).unlink(missing_ok=True)
        known = {r[0] for r in store.conn.execute("SELECT sha256 FROM blobs")}
        folder = store.attachments_dir
        if folder is not None and folder.is_dir():
            for path in folder.glob("*/*"):
                if path.is_file() and path.name not in known:
                    path.unlink(missing_ok=True)
    return removed
