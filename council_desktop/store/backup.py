"""Backups with SQLite's online backup API (never a file copy of a live database).

A backup is a *set*: a folder ``<stem>-YYYYMMDD-HHMMSS-<kind>/`` holding a copy of the database
(rollback-journal mode, so it opens anywhere, even from read-only media), ``attachments/`` with
every blob the copy references (same ``ab/abcdef…`` layout as the live folder) and
``backup.json`` (date, kind, record counts). Blobs never change once written, so a blob already
in the previous set is hard-linked instead of copied: a daily backup costs only the new files.
A restore is complete from the set alone. See docs/durability.md.

An attachment file already missing (or damaged) in the live folder when a backup is made is
listed in ``backup.json``: the backup warns about it, and a restore of that set restores every
record and reports those files instead of refusing the whole backup because of them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from council_desktop.store.attachments import sha256_of
from council_desktop.store.connection import Store, attachments_dir_for
from council_desktop.store.errors import StoreError

MANIFEST = "backup.json"
KINDS = ("auto", "manual", "migration")
ROTATED_KINDS = ("auto", "manual")  # backups before a migration are kept until deleted by hand
_SET_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>auto|manual|migration)$")
_STAMP = "%Y%m%d-%H%M%S"


class BackupError(StoreError):
    """A backup could not be made, or a backup cannot be restored; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the Restore dialog and ``council-desktop backups`` list it."""

    path: Path  # the set folder (or a loose .sqlite file)
    db_file: Path
    created: dt.datetime  # local time
    kind: str
    meetings: int | None = None
    documents: int | None = None
    attachments: int | None = None
    note: str = ""
    # Files the database references that were missing or damaged in the live folder when the
    # backup was made, as sentences (``'annex.pdf' of document 'Bildiri' (missing)``).
    missing_attachments: tuple[str, ...] = ()

    def describe(self) -> str:
        """One line: date, kind and counts."""
        counts = (
            f"{self.meetings} meetings, {self.documents} documents, "
            f"{self.attachments} attachment files"
            if self.meetings is not None
            else "record counts unknown"
        )
        return f"{self.created:%Y-%m-%d %H:%M}  {self.kind:<9} {counts}  {self.path}"


@dataclass
class RestoreReport:
    """What a restore did, step by step, for the user to read."""

    source: Path
    db_path: Path
    kept_aside: list[Path] = field(default_factory=list)
    attachments_copied: int = 0
    meetings: int = 0
    documents: int = 0
    # Attachment files that were already missing when the backup was made (not restorable).
    missing_attachments: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"Checked {self.source}: integrity ok."]
        out += [f"Kept the current file aside as {p}." for p in self.kept_aside]
        out.append(f"Copied {self.attachments_copied} attachment file(s) into place.")
        out.append(
            f"Restored {self.db_path}: {self.meetings} meetings, {self.documents} documents."
        )
        return out

    def warnings(self) -> list[str]:
        """What the user must know although the restore succeeded (empty: nothing)."""
        if not self.missing_attachments:
            return []
        return [
            f"{len(self.missing_attachments)} attachment file(s) were already missing when "
            "the backup was made, so they could not be restored (their records were); "
            "attach them again from another copy:"
        ] + [f"  {name}" for name in self.missing_attachments]


# -- where -----------------------------------------------------------------------------------


def backups_folder(db_path: Path, configured: str = "") -> Path:
    """``settings.backup_folder`` when set, else ``backups/`` beside the database."""
    return Path(configured).expanduser() if configured else Path(db_path).parent / "backups"


def backups_dir(store: Store) -> Path:
    """The default ``backups/`` folder beside the store's database."""
    if store.path is None:
        raise ValueError("an in-memory database has no backups folder")
    return backups_folder(store.path)


# -- making ----------------------------------------------------------------------------------


def online_backup(store: Store, destination: Path) -> Path:
    """Copy the live database to ``destination`` through the backup API, then verify it."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".partial")
    tmp.unlink(missing_ok=True)
    target = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        store.conn.backup(target)
        # A standalone file: no -wal beside it is needed to read it (read-only media, e-mail).
        target.execute("PRAGMA journal_mode = DELETE")
        ok = target.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        target.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise BackupError(f"The backup failed its integrity check ({ok}); nothing was kept.")
    _fsync(tmp)
    tmp.replace(destination)
    return destination


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def record_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Live meetings and documents, and distinct attachment files, in a database."""

    def one(sql: str) -> int:
        try:
            return int(conn.execute(sql).fetchone()[0])
        except sqlite3.Error:  # an old or partial schema
            return 0

    return {
        "meetings": one("SELECT count(*) FROM meetings WHERE deleted_at IS NULL"),
        "documents": one("SELECT count(*) FROM documents WHERE deleted_at IS NULL"),
        "attachments": one("SELECT count(DISTINCT sha256) FROM attachments"),
    }


def _referenced_blobs(conn: sqlite3.Connection) -> list[str]:
    try:
        return [r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM attachments")]
    except sqlite3.Error:
        return []


def _attachment_names(conn: sqlite3.Connection, shas: list[str]) -> dict[str, list[str]]:
    """For each hash, the files that use it as the user knows them: ``'a.pdf' of 'Title'``."""
    names: dict[str, list[str]] = {sha: [] for sha in shas}
    try:
        for sha in shas:
            rows = conn.execute(
                "SELECT a.filename, d.title FROM attachments a "
                "JOIN documents d ON d.id = a.document_id WHERE a.sha256 = ? ORDER BY a.id",
                [sha],
            )
            names[sha] = [f"{filename!r} of document {title!r}" for filename, title in rows]
    except sqlite3.Error:  # an old or partial schema: the hash is all there is to say
        pass
    return {sha: found or [f"attachment {sha[:12]}…"] for sha, found in names.items()}


def _blob_rel(sha: str) -> Path:
    return Path(sha[:2]) / sha


def _copy_blob(source: Path, target: Path, link_from: Path | None) -> bool:
    """Link (from the previous set) or copy one blob; False when the copied bytes are damaged.

    A linked file was verified when that set copied it; a copied one is hashed now, so a
    damaged live file never enters a backup that would then claim to hold it.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if link_from is not None and link_from.is_file():
        try:
            os.link(link_from, target)
            return True
        except OSError:  # another disk, or a file system without hard links
            pass
    shutil.copy2(source, target)
    if sha256_of(target) != target.name:
        target.unlink()
        return False
    return True


def _previous_set(folder: Path, stem: str) -> Path | None:
    sets = [b.path for b in list_backups(folder, stem) if b.path.is_dir()]
    return sets[0] if sets else None


def create_backup(
    store: Store,
    folder: Path | None = None,
    *,
    kind: str = "manual",
    now: dt.datetime | None = None,
    destination: Path | None = None,
    note: str = "",
) -> BackupInfo:
    """Make a complete backup set (database + referenced attachments + manifest).

    ``destination`` names the set folder exactly (``council-desktop backup DEST``); otherwise
    the set is created in ``folder`` (default ``backups/`` beside the database) under a dated
    name. Missing or damaged attachment bytes do not stop a backup; they are listed in the
    manifest and in the returned info's ``missing_attachments`` (the caller warns the user).
    Relative paths are taken from the current folder.
    """
    if store.path is None:
        raise BackupError("An in-memory database cannot be backed up.")
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    now = now or dt.datetime.now()
    stem = store.path.stem
    if destination is None:
        folder = Path(folder) if folder is not None else backups_dir(store)
        destination = folder / f"{stem}-{now.strftime(_STAMP)}-{kind}"
    # Absolute from here on: the copy is opened through a file: URI, which cannot be relative.
    destination = Path(destination).expanduser().absolute()
    if destination.exists() and any(destination.iterdir()):
        raise BackupError(f"{destination} already exists and is not empty; choose a new folder.")
    previous = _previous_set(destination.parent, stem) if destination.parent.is_dir() else None
    work = Path(tempfile.mkdtemp(prefix=f".{destination.name}-", dir=_mkdir(destination.parent)))
    try:
        db_copy = online_backup(store, work / store.path.name)
        uri = f"{db_copy.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as c:
            counts = record_counts(c)
            shas = _referenced_blobs(c)
            live = attachments_dir_for(store.path)
            lost: dict[str, str] = {}  # sha -> "missing" | "damaged"
            for sha in shas:
                source = live / _blob_rel(sha)
                if not source.is_file():
                    lost[sha] = "missing"
                    continue
                link = previous / "attachments" / _blob_rel(sha) if previous else None
                if link is not None and not (
                    link.is_file() and link.stat().st_size == source.stat().st_size
                ):
                    link = None
                if not _copy_blob(source, work / "attachments" / _blob_rel(sha), link):
                    lost[sha] = "damaged"
            names = _attachment_names(c, list(lost))
        manifest = {
            "created": now.isoformat(timespec="seconds"),
            "kind": kind,
            "database": store.path.name,
            "source": str(store.path.absolute()),
            **counts,
            "missing_attachments": list(lost),
            "missing_attachment_files": [
                {"sha256": sha, "problem": problem, "files": names[sha]}
                for sha, problem in lost.items()
            ],
            "note": note,
        }
        (work / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        if destination.exists():
            destination.rmdir()
        work.replace(destination)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return _info_from_set(destination)  # type: ignore[return-value]


def _mkdir(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backup_before_migration(
    store: Store, pending: list[str], folder: Path | None = None
) -> BackupInfo:
    """Always back up a file before its schema is upgraded (kept, never rotated away)."""
    return create_backup(
        store, folder, kind="migration", note="before the upgrade " + ", ".join(pending)
    )


def backup_if_due(
    store: Store,
    folder: Path | None = None,
    *,
    daily: int = 7,
    weekly: int = 8,
    now: dt.datetime | None = None,
) -> BackupInfo | None:
    """The automatic backup when the app opens a file: at most once a day, then rotation.

    None when a backup from today already exists (or the store is in memory).
    """
    if store.path is None:
        return None
    now = now or dt.datetime.now()
    folder = Path(folder) if folder is not None else backups_dir(store)
    existing = list_backups(folder, store.path.stem)
    if any(b.created.date() == now.date() and b.kind in ROTATED_KINDS for b in existing):
        return None
    made = create_backup(store, folder, kind="auto", now=now)
    rotate(folder, store.path.stem, daily=daily, weekly=weekly)
    return made


def rotate(folder: Path, stem: str, *, daily: int, weekly: int) -> list[Path]:
    """Keep the newest set of each of the last ``daily`` days and ``weekly`` ISO weeks.

    Only automatic and manual sets are rotated; backups made before a migration and loose
    files are left alone. Returns the sets removed.
    """
    sets = [b for b in list_backups(folder, stem) if b.kind in ROTATED_KINDS and b.path.is_dir()]
    keep: set[Path] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for b in sets:  # newest first
        day = b.created.date()
        week = tuple(day.isocalendar())[:2]
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(b.path)
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)  # type: ignore[arg-type]
            keep.add(b.path)
    removed = [b.path for b in sets if b.path not in keep]
    for path in removed:
        shutil.rmtree(path, ignore_errors=True)
    return removed


# -- listing ---------------------------------------------------------------------------------


def _info_from_set(path: Path) -> BackupInfo | None:
    match = _SET_NAME.match(path.name)
    try:
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    if not isinstance(manifest, dict):
        manifest = {}
    try:
        created = dt.datetime.fromisoformat(str(manifest["created"]))
    except (KeyError, ValueError):
        if match is None:
            return None
        created = dt.datetime.strptime(match["stamp"], _STAMP)
    db_name = manifest.get("database")
    db_file = path / db_name if isinstance(db_name, str) else None
    if db_file is None or not db_file.is_file():
        found = sorted(p for p in path.glob("*.sqlite") if p.is_file())
        if not found:
            return None
        db_file = found[0]

    def count(key: str) -> int | None:
        value = manifest.get(key)
        return value if isinstance(value, int) else None

    missing: list[str] = []
    for entry in manifest.get("missing_attachment_files") or []:
        if isinstance(entry, dict):
            files = entry.get("files") or [f"attachment {str(entry.get('sha256'))[:12]}…"]
            missing += [f"{name} ({entry.get('problem', 'missing')})" for name in files]

    return BackupInfo(
        path=path,
        db_file=db_file,
        created=created,
        kind=str(manifest.get("kind") or (match["kind"] if match else "manual")),
        meetings=count("meetings"),
        documents=count("documents"),
        attachments=count("attachments"),
        note=str(manifest.get("note") or ""),
        missing_attachments=tuple(missing),
    )


def _info_from_file(path: Path) -> BackupInfo:
    created = dt.datetime.fromtimestamp(path.stat().st_mtime)
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as c:
            counts = record_counts(c)
    except sqlite3.Error:
        return BackupInfo(path, path, created, "file")
    return BackupInfo(
        path, path, created, "file", counts["meetings"], counts["documents"], counts["attachments"]
    )


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """Backups in ``folder``, newest first: sets (optionally of one database) and loose files."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for entry in folder.iterdir():
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            info = _info_from_set(entry)
            match = _SET_NAME.match(entry.name)
            if info is None or (stem is not None and match and match["stem"] != stem):
                continue
            found.append(info)
        elif (
            entry.suffix in (".sqlite", ".db")
            and entry.is_file()
            and (stem is None or entry.name.startswith(stem))
        ):
            found.append(_info_from_file(entry))
    return sorted(found, key=lambda b: b.created, reverse=True)


def newest_backup(db_path: Path, configured_folder: str = "") -> BackupInfo | None:
    """The newest backup of a database (offered when the file cannot be opened)."""
    found = list_backups(backups_folder(db_path, configured_folder), Path(db_path).stem)
    return found[0] if found else None


# -- restoring -------------------------------------------------------------------------------


def _backup_db_file(src: Path) -> tuple[Path, Path | None]:
    """The database file inside a backup and its attachments folder (if any)."""
    src = Path(src).expanduser()
    if src.is_dir():
        info = _info_from_set(src)
        if info is None:
            raise BackupError(f"{src} holds no database backup.")
        return info.db_file, src / "attachments"
    if not src.is_file():
        raise BackupError(f"{src} does not exist.")
    beside = src.parent / "attachments"
    return src, beside if beside.is_dir() else None


def _known_missing(src: Path) -> set[str]:
    """Hashes the set's manifest says were missing or damaged when the backup was made."""
    src = Path(src).expanduser()
    if not src.is_dir():
        return set()
    try:
        manifest = json.loads((src / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    listed = manifest.get("missing_attachments") if isinstance(manifest, dict) else None
    return {s for s in listed if isinstance(s, str)} if isinstance(listed, list) else set()


def _absent_blobs(
    shas: list[str], attachments: Path | None, live_attachments: Path | None
) -> list[str]:
    """The hashes found intact neither in the set nor in the live attachments folder."""
    absent = []
    for sha in shas:
        candidates = [attachments / _blob_rel(sha)] if attachments else []
        if live_attachments is not None:
            candidates.append(live_attachments / _blob_rel(sha))
        if not any(p.is_file() and sha256_of(p) == sha for p in candidates):
            absent.append(sha)
    return absent


def verify_backup(src: Path, live_attachments: Path | None = None) -> list[str]:
    """Problems that make a backup unfit to restore (empty: it is fine).

    The file must pass ``integrity_check`` and ``foreign_key_check``, be a Council Desktop
    database no newer than this app, and every attachment it references must be in the set
    (or already, intact, in the live attachments folder) — except the files its manifest
    lists as already missing when it was made: those the restore reports, never refuses for.
    """
    db_file, attachments = _backup_db_file(src)
    with open(db_file, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            return [f"{db_file} is not a database file."]
    problems: list[str] = []
    try:
        # immutable=1: the backup is never written, not even a -wal or -shm beside it.
        uri = f"{db_file.resolve().as_uri()}?mode=ro&immutable=1"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as c:
            rows = [r[0] for r in c.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                return [f"{db_file} is damaged: {'; '.join(rows[:5])}"]
            fk = c.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems.append(f"{db_file} has {len(fk)} broken reference(s) between records.")
            shas = _referenced_blobs(c)
            with contextlib.closing(Store(c, db_file, read_only=True)) as probe:
                probe._check_version()
    except StoreError as exc:
        return [str(exc)]
    except sqlite3.DatabaseError as exc:
        return [f"{db_file} is damaged or not a database ({exc})."]
    known_missing = _known_missing(src)
    for sha in _absent_blobs(shas, attachments, live_attachments):
        if sha not in known_missing:
            problems.append(f"attachment {sha[:12]}… is missing or damaged in the backup.")
    return problems


def restore(
    src: Path, db_path: Path, *, now: dt.datetime | None = None, holding_lock: bool = False
) -> RestoreReport:
    """Put a backup in place of ``db_path``: verify it, keep the current file aside, copy.

    The current database (with its ``-wal``) is renamed ``<name>.replaced-<stamp>``, never
    overwritten; attachment bytes are only ever added. Refuses (raising
    :class:`BackupError`, changing nothing) when the backup fails :func:`verify_backup` or
    another Council Desktop window has the file open (``holding_lock``: the caller, the app
    itself, holds the lock and has closed its connection).
    """
    from council_desktop.store import lock as lock_ops

    db_path = Path(db_path).expanduser().resolve()
    live_attachments = attachments_dir_for(db_path)
    problems = verify_backup(src, live_attachments)
    if problems:
        raise BackupError(
            f"The backup cannot be restored: {problems[0]}"
            + (f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else "")
            + f" Nothing was changed; {db_path.name} is as it was."
        )
    held = None
    if not holding_lock:
        held = lock_ops.acquire(db_path)
        if held is None:
            raise BackupError(
                f"{db_path.name} is open in {lock_ops.describe_owner(db_path)}. "
                "Close it first; nothing was changed."
            )
    try:
        return _put_in_place(src, db_path, live_attachments, now or dt.datetime.now())
    finally:
        if held is not None:
            held.release()


def _put_in_place(src: Path, db_path: Path, live: Path, now: dt.datetime) -> RestoreReport:
    db_file, attachments = _backup_db_file(src)
    report = RestoreReport(Path(src), db_path)
    # 1. Attachment bytes first: content-addressed, so adding them can never hurt.
    with contextlib.closing(
        sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    ) as c:
        shas = _referenced_blobs(c)
        known = _known_missing(src)
        lost = _absent_blobs([s for s in shas if s in known], attachments, live)
        report.missing_attachments = [
            name for names in _attachment_names(c, lost).values() for name in names
        ]
    for sha in shas:
        target = live / _blob_rel(sha)
        if target.is_file() and sha256_of(target) == sha:
            continue
        source = attachments / _blob_rel(sha) if attachments else None
        if source is None or not source.is_file():
            continue  # verify_backup proved the live copy is intact
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".restoring-{sha}")
        shutil.copyfile(source, tmp)
        _fsync(tmp)
        tmp.replace(target)
        report.attachments_copied += 1
    # 2. A private copy of the backup beside the database, synced, before anything moves.
    incoming = db_path.with_name(f".{db_path.name}.restoring")
    shutil.copyfile(db_file, incoming)
    _fsync(incoming)
    # 3. The current file (and its WAL, which may hold the newest commits) is kept aside.
    if db_path.exists():
        aside = db_path.with_name(f"{db_path.name}.replaced-{now.strftime(_STAMP)}")
        for suffix in ("", "-wal", "-shm"):
            current = Path(f"{db_path}{suffix}")
            if current.exists():
                moved = Path(f"{aside}{suffix}")
                current.replace(moved)
                if suffix != "-shm":
                    report.kept_aside.append(moved)
    incoming.replace(db_path)
    # 4. Open it the normal way (WAL on, upgraded if older) and count what came back.
    with Store.open(db_path) as restored:
        counts = record_counts(restored.conn)
    report.meetings, report.documents = counts["meetings"], counts["documents"]
    return report
