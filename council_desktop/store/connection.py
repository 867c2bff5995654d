"""The one place a database file is opened, checked, upgraded and written in transactions."""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from council_desktop.store import version
from council_desktop.store.errors import (
    NewerVersionError,
    NotADatabaseError,
    ReadOnlyError,
    SaveFailed,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
IN_CHUNK = 500  # values per IN (...) list: stays under SQLite's limit on bound parameters

# Called with (store, pending migration names) before migrations run: the backup hook.
BeforeMigrate = Callable[["Store", list[str]], None]


def utc_now() -> str:
    """The current time as stored in ``created_at``/``updated_at`` (ISO 8601, UTC)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def attachments_dir_for(db_path: Path) -> Path:
    """The content-addressed attachments folder that belongs to a database file."""
    return db_path.with_name(db_path.stem + "-attachments")


def _check_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not an SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a database file.")
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if path.stat().st_size and header != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{path} is not a Council Desktop database (it is not an SQLite file)."
        )


class Store:
    """An open records database: the connection, its folders and its transactions.

    Operations live in the sibling modules (meetings, documents, attachments, …) and take the
    store as their first argument; the UI calls those, never SQL.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *, read_only: bool = False):
        self.conn = conn
        self.path = path
        self.read_only = read_only

    @property
    def db(self) -> Any:
        """The connection as a ``sqlite_utils.Database`` (migrations); imported when needed."""
        from sqlite_utils import Database

        return Database(self.conn)

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        before_migrate: BeforeMigrate | None = None,
    ) -> Store:
        """Open (creating if needed) and upgrade the database at ``path``.

        A file that is not a database, is damaged or is newer than this app raises a
        :class:`StoreError` subclass and is not modified.
        """
        path = Path(path).expanduser().resolve()
        _check_file(path)
        existed = path.exists() and path.stat().st_size > 0
        if not existed and read_only:
            raise NotADatabaseError(f"{path} does not exist.")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            if read_only:
                conn = sqlite3.connect(
                    f"{path.as_uri()}?mode=ro",
                    uri=True,
                    isolation_level=None,
                    check_same_thread=True,
                )
            else:
                conn = sqlite3.connect(str(path), isolation_level=None)
        except sqlite3.Error as exc:
            raise NotADatabaseError(f"{path} cannot be opened: {exc}.") from exc
        store = cls(conn, path, read_only=read_only)
        try:
            store._configure()
            store._check_version()
            # WAL is switched on only after the file proved to be ours and not newer: setting
            # it rewrites the header, and a refused file must stay byte-identical.
            store._use_wal()
            if not read_only:
                store._migrate(before_migrate if existed else None)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise NotADatabaseError(
                f"{path} is damaged or not a Council Desktop database ({exc})."
            ) from exc
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def memory(cls) -> Store:
        """A throw-away in-memory database (tests, previews)."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        store = cls(conn, None)
        store._configure()
        store._migrate(None)
        return store

    def _configure(self) -> None:
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        # Reading the schema proves the file is a database before anything is written.
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def _use_wal(self) -> None:
        if not self.read_only and self.path is not None:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")

    def _is_current(self) -> bool:
        """True when the file is at this app's schema version: nothing to check or migrate."""
        user_version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        return bool(user_version == version.SCHEMA_VERSION)

    def _check_version(self) -> None:
        if self._is_current():
            return
        from council_desktop.store import schema

        user_version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if user_version > schema.SCHEMA_VERSION:
            raise NewerVersionError(self._newer_message())
        table = schema.migrations.migrations_table
        exists = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", [table]
        ).fetchone()
        if exists:
            names = {
                r[0]
                for r in self.conn.execute(
                    f"SELECT name FROM [{table}] WHERE migration_set = ?",
                    [schema.MIGRATION_SET],
                )
            }
            if names - schema.known_migration_names():
                raise NewerVersionError(self._newer_message())
        else:
            others = self.conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            ).fetchone()[0]
            if others:
                raise NotADatabaseError(
                    f"{self.path} is an SQLite file but not a Council Desktop database."
                )

    def _newer_message(self) -> str:
        return (
            f"{self.path} was written by a newer version of Council Desktop. "
            "Install the newer version to open it; the file was not changed."
        )

    def _migrate(self, before_migrate: BeforeMigrate | None) -> None:
        if self._is_current():
            return
        from council_desktop.store import schema

        pending = [m.name for m in schema.migrations.pending(self.db)]
        if not pending:
            return
        if before_migrate is not None:
            before_migrate(self, pending)
        schema.migrations.apply(self.db)
        self.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")

    # -- transactions ----------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[Store]:
        """One user action's writes as one transaction, started IMMEDIATE.

        Taking the write lock first means a second process never meets "database is locked"
        half-way through a read-then-write. Nested use becomes a savepoint. Disk errors
        (full, read-only) become :class:`SaveFailed` and nothing is changed.
        """
        if self.read_only:
            raise ReadOnlyError(
                "This database is open read-only (another Council Desktop window is using it)."
            )
        if self.conn.in_transaction:
            name = f"sp_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise SaveFailed(_disk_message(exc)) from exc
        try:
            yield self
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise SaveFailed(_disk_message(exc)) from exc
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # -- small helpers ---------------------------------------------------------------------

    @property
    def attachments_dir(self) -> Path | None:
        """Where attachment bytes live (None for an in-memory store)."""
        return attachments_dir_for(self.path) if self.path is not None else None

    def scalar(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        """The first column of the first row of a query (None when no row)."""
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def rows_in(self, sql: str, values: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
        """Rows of ``sql`` whose ``{marks}`` is an IN list of ``values``, queried in chunks.

        SQLite caps the number of bound parameters, so long lists go 500 at a time; one
        place does the chunking for every "these ids / these uuids" lookup.
        """
        listed = list(values)
        for start in range(0, len(listed), IN_CHUNK):
            chunk = listed[start : start + IN_CHUNK]
            yield from self.conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value from the meta table (app bookkeeping such as the last backup date)."""
        value = self.scalar("SELECT value FROM meta WHERE key = ?", [key])
        return str(value) if value is not None else default

    def set_meta(self, key: str, value: str) -> None:
        """Store a bookkeeping value."""
        with self.write():
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def reopen(self) -> None:
        """Open the file at ``path`` again in this same object (after a restore swapped it).

        Everything holding this Store (views, models) keeps working on the new file.
        """
        if self.path is None:
            raise ValueError("an in-memory database cannot be reopened")
        fresh = Store.open(self.path, read_only=self.read_only)
        self.close()
        self.conn = fresh.conn

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _disk_message(exc: sqlite3.OperationalError) -> str:
    text = str(exc).lower()
    if "full" in text:
        return "The disk is full: nothing was saved. Free some space and save again."
    if "readonly" in text or "read-only" in text:
        return "The database file cannot be written (read-only): nothing was saved."
    if "locked" in text or "busy" in text:
        return "The database is busy in another program: nothing was saved. Try again."
    return f"The database refused the change ({exc}): nothing was saved."
