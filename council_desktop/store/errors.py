"""Errors the store raises, each with a message fit to show a person as it is."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every store error; ``str(err)`` is a full sentence for the user."""


class NotADatabaseError(StoreError):
    """The file is not a Council Desktop database, or is damaged."""


class NewerVersionError(StoreError):
    """The file was written by a newer version of the app; it is left untouched."""


class RecordNotFound(StoreError):
    """No record with that uuid (or it is in the trash)."""


class ReadOnlyError(StoreError):
    """The database was opened read-only (another window has it open)."""


class SaveFailed(StoreError):
    """The disk refused the write (full, read-only, locked); nothing was changed."""
