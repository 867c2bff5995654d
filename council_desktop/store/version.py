"""The schema version this app writes, in a module light enough to read at every start.

Opening a file whose ``PRAGMA user_version`` equals this needs no migration machinery, so
start-up does not import sqlite-utils (~30 ms). store/schema.py checks that it matches the
number of migrations it holds: bump this when adding a migration.
"""

SCHEMA_VERSION = 4
