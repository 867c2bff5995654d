"""The schema, as versioned migrations (sqlite-utils ``Migrations``).

A file written by an older version opens and is upgraded step by step; a file from a newer
version carries a migration we do not know, or a higher ``user_version``, and is refused.
Statements are run one by one (never ``executescript``, which commits the open transaction).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from council_desktop.store import version

MIGRATION_SET = "council_desktop"
migrations = Migrations(MIGRATION_SET)

_STAMPS = """created_at TEXT NOT NULL, updated_at TEXT NOT NULL"""

_V1 = [
    f"""CREATE TABLE member_states (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE,
        name_en TEXT NOT NULL, name_tr TEXT NOT NULL, status TEXT NOT NULL, since TEXT,
        {_STAMPS})""",
    f"""CREATE TABLE meetings (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
        kind TEXT NOT NULL, ordinal INTEGER, starts_on TEXT, ends_on TEXT,
        city TEXT NOT NULL DEFAULT '', country TEXT, venue TEXT NOT NULL DEFAULT '',
        host TEXT NOT NULL DEFAULT '', chair TEXT NOT NULL DEFAULT '',
        framework TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
        classification TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        title_key TEXT NOT NULL DEFAULT '', city_key TEXT NOT NULL DEFAULT '',
        filter_key TEXT NOT NULL DEFAULT '', deleted_at TEXT, {_STAMPS})""",
    "CREATE INDEX meetings_starts_on ON meetings(deleted_at, starts_on)",
    "CREATE INDEX meetings_title_key ON meetings(deleted_at, title_key)",
    "CREATE INDEX meetings_kind ON meetings(deleted_at, kind, starts_on)",
    "CREATE INDEX meetings_status ON meetings(deleted_at, status, starts_on)",
    "CREATE INDEX meetings_city_key ON meetings(deleted_at, city_key)",
    "CREATE INDEX meetings_framework ON meetings(framework)",
    f"""CREATE TABLE documents (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
        kind TEXT NOT NULL, reference TEXT NOT NULL DEFAULT '', dated_on TEXT,
        place TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
        languages TEXT NOT NULL DEFAULT '[]', parties TEXT NOT NULL DEFAULT '[]',
        classification TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        title_key TEXT NOT NULL DEFAULT '', reference_key TEXT NOT NULL DEFAULT '',
        filter_key TEXT NOT NULL DEFAULT '', deleted_at TEXT, {_STAMPS})""",
    "CREATE INDEX documents_dated_on ON documents(deleted_at, dated_on)",
    "CREATE INDEX documents_title_key ON documents(deleted_at, title_key)",
    "CREATE INDEX documents_kind ON documents(deleted_at, kind, dated_on)",
    "CREATE INDEX documents_status ON documents(deleted_at, status, dated_on)",
    "CREATE INDEX documents_reference_key ON documents(deleted_at, reference_key)",
    f"""CREATE TABLE participants (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position_no INTEGER NOT NULL, country TEXT, name TEXT NOT NULL,
        position TEXT NOT NULL DEFAULT '', role TEXT NOT NULL, {_STAMPS})""",
    "CREATE INDEX participants_meeting ON participants(meeting_id, position_no)",
    f"""CREATE TABLE agenda_items (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position_no INTEGER NOT NULL, title TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '',
        {_STAMPS})""",
    "CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position_no)",
    f"""CREATE TABLE outcomes (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position_no INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL, {_STAMPS})""",
    "CREATE INDEX outcomes_meeting ON outcomes(meeting_id, position_no)",
    "CREATE INDEX outcomes_document ON outcomes(document_id)",
    f"""CREATE TABLE action_items (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position_no INTEGER NOT NULL, title TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '',
        due_on TEXT, status TEXT NOT NULL, {_STAMPS})""",
    "CREATE INDEX action_items_meeting ON action_items(meeting_id, position_no)",
    "CREATE INDEX action_items_due ON action_items(status, due_on)",
    """CREATE TABLE meeting_documents (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position_no INTEGER NOT NULL, PRIMARY KEY (meeting_id, document_id))""",
    "CREATE INDEX meeting_documents_document ON meeting_documents(document_id)",
    """CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, media_type TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)""",
    f"""CREATE TABLE attachments (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position_no INTEGER NOT NULL, filename TEXT NOT NULL,
        media_type TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL REFERENCES blobs(sha256), size INTEGER NOT NULL, {_STAMPS})""",
    "CREATE INDEX attachments_document ON attachments(document_id, position_no)",
    "CREATE INDEX attachments_sha256 ON attachments(sha256)",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, os_user TEXT NOT NULL,
        action TEXT NOT NULL, record_type TEXT NOT NULL, record_uuid TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '', changes TEXT NOT NULL DEFAULT '{}')""",
    "CREATE INDEX audit_log_record ON audit_log(record_uuid, id)",
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    # The search index holds folded text (records/folding.py) for matching and the original
    # text (unindexed) for snippets; it is maintained in Python by store/search_index.py.
    """CREATE VIRTUAL TABLE search_index USING fts5(
        record_type UNINDEXED, record_uuid UNINDEXED, title, body,
        title_raw UNINDEXED, body_raw UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2')""",
]


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    """The first schema: records, sub-records, attachments, audit, search index."""
    for statement in _V1:
        db.execute(statement)


# The search index since 0002: a slim FTS5 table (folded text to match, original text
# unindexed for snippets, prefix indexes so one- and two-letter prefixes are cheap) and
# ``search_records`` sharing its rowids: which record each row is, and the columns the
# search filters read, so a filtered search never loads long text (store/search_index.py).
SEARCH_TABLES = [
    """CREATE TABLE search_records (
        id INTEGER PRIMARY KEY, record_type TEXT NOT NULL, record_uuid TEXT NOT NULL,
        kind TEXT, date TEXT, countries TEXT NOT NULL DEFAULT '[]', classification TEXT)""",
    "CREATE INDEX search_records_uuid ON search_records(record_uuid)",
    """CREATE VIRTUAL TABLE search_index USING fts5(
        title, body, title_raw UNINDEXED, body_raw UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')""",
]


@migrations(name="0002_search_records")
def m0002_search_records(db: Database) -> None:
    """Restructure the search index (SEARCH_TABLES) and fill it again from the records.

    The text is folded in Python, so this calls the store's own index code: a later
    migration that changes what get_meeting/get_document read must keep this step working
    (or replace it by one that refills the index after all steps have run).
    """
    from council_desktop.store.connection import Store
    from council_desktop.store.search_index import refill

    refill(Store(db.conn, None))


# The quick filter matches ``filter_key LIKE '%word%'``, which no b-tree can seek: it reads
# every row's key. This index holds just (deleted_at, filter_key, id), a fraction of the
# table's pages, so a filtered list counts and finds its rows in one pass over it
# (store/listing.py: ~42 ms per read over the table at 100,000 meetings, ~25 ms here).
FILTER_INDEXES = [
    "CREATE INDEX meetings_filter_key ON meetings(deleted_at, filter_key)",
    "CREATE INDEX documents_filter_key ON documents(deleted_at, filter_key)",
]


@migrations(name="0003_filter_indexes")
def m0003_filter_indexes(db: Database) -> None:
    """Covering indexes for the lists' quick filter (FILTER_INDEXES)."""
    for statement in FILTER_INDEXES:
        db.execute(statement)


@migrations(name="0004_cyrillic_sort_keys")
def m0004_cyrillic_sort_keys(db: Database) -> None:
    """Recompute the stored sort keys: Cyrillic now sorts in alphabet order (ё after е,
    Kazakh and Kyrgyz letters after their base letters), not by code point."""
    from council_desktop.records.folding import sort_key

    for table, columns in (
        ("meetings", ("title", "city")),
        ("documents", ("title", "reference")),
    ):
        keys = ", ".join(f"{c}_key = ?" for c in columns)
        rows = db.execute(f"SELECT id, {', '.join(columns)} FROM {table}").fetchall()
        db.conn.executemany(
            f"UPDATE {table} SET {keys} WHERE id = ?",
            [(*(sort_key(v) for v in row[1:]), row[0]) for row in rows],
        )


SCHEMA_VERSION = len(migrations._migrations)
if SCHEMA_VERSION != version.SCHEMA_VERSION:  # pragma: no cover - caught by the first test run
    raise RuntimeError(
        f"store/version.py says schema {version.SCHEMA_VERSION} but schema.py holds "
        f"{SCHEMA_VERSION} migrations: update store/version.py"
    )


def known_migration_names() -> set[str]:
    """Names of every migration this version of the app knows."""
    return {m.name for m in migrations._migrations}
