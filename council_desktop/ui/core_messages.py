"""The core's English messages in the interface language, without Qt in the core.

The core (store, import, validation, settings, backups) speaks English on purpose: its
sentences go to the command line and the log unchanged. The UI shows the same sentences to an
officer in Turkish or Russian: :func:`translate_message` recognises a message by the template
the core built it from (each template below is the core's f-string with its expressions
named), translates the template under the ``CoreMessages`` context and fills the values back
in. A message it does not recognise is shown in English, never hidden.

Placeholders named in ``_NESTED`` hold another message or a record label and are translated
in turn ("Nothing was imported: {problem}."). Keep each template word for word as the core
writes it; ``tests/test_core_messages.py`` reads the core's sources and fails when a message
has no template here.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Mapping

from council_desktop.records.validation import Problem, ValidationError
from council_desktop.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"

# The first template whose every part is recognised wins. The Problem frame comes first, so
# "meetings[3] (uuid …): kind: 'boss' is not one of: …" is not taken whole as "{value} is not
# one of: {choices}"; ``{record}`` only matches a record label, so the frame takes nothing else.
TEMPLATES: tuple[str, ...] = (
    # -- records/validation.py Problem: "record: field: message" (a problem of an import) ------
    QT_TRANSLATE_NOOP("CoreMessages", "{record}: {field}: {message}"),
    # -- records/validation.py: what is wrong with one field --------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a date (expected YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a real date (expected YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("CoreMessages", "is required"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be text, not {type}"),
    QT_TRANSLATE_NOOP("CoreMessages", "contains a broken character (a lone UTF-16 surrogate); retype or remove it"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not one of: {choices}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a known country code"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a known language code"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be a list of text"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be a list of objects"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be text"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a valid uuid"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be a whole number of 0 or more"),
    QT_TRANSLATE_NOOP("CoreMessages", "the end date is before the start date"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be a document uuid"),
    # -- store/meetings.py, store/documents.py, store/attachments.py, store/trash.py ----------
    QT_TRANSLATE_NOOP("CoreMessages", "no document with uuid {uuid}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no stored file with sha256 {sha}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not known"),
    QT_TRANSLATE_NOOP("CoreMessages", "not on this document"),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no meeting with uuid {uuid}."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no document with uuid {uuid}."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no action item with uuid {uuid}."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no meeting with uuid {uuid} in the trash."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no document with uuid {uuid} in the trash."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no {record_type} with uuid {uuid} in the trash."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no {record_type} with uuid {uuid}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a sha256 hash."),
    QT_TRANSLATE_NOOP("CoreMessages", "An in-memory database cannot hold attachments."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a readable file."),
    QT_TRANSLATE_NOOP("CoreMessages", "The attachment's file is missing from {folder}."),
    # -- store/connection.py: opening and writing the database ------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is a folder, not a database file."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a Council Desktop database (it is not an SQLite file)."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} cannot be opened: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is damaged or not a Council Desktop database ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is an SQLite file but not a Council Desktop database."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} was written by a newer version of Council Desktop. Install the newer version to open it; the file was not changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "This database is open read-only (another Council Desktop window is using it)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The disk is full: nothing was saved. Free some space and save again."),
    QT_TRANSLATE_NOOP("CoreMessages", "The database file cannot be written (read-only): nothing was saved."),
    QT_TRANSLATE_NOOP("CoreMessages", "The database is busy in another program: nothing was saved. Try again."),
    QT_TRANSLATE_NOOP("CoreMessages", "The database refused the change ({reason}): nothing was saved."),
    # -- exchange/json_format.py: import ------------------------------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "Nothing was imported: {problem} (and {n} more)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Nothing was imported: {problem}."),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown problem"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} does not exist"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not UTF-8 text"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not valid JSON (line {line}, column {column}: {reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} must hold a JSON object at the top level"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a Council Desktop exchange file (format is not {format})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: version must be a whole number"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} uses exchange format version {version}; this app reads up to {supported}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: {key} must be a list of objects"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: the file changed while it was imported"),
    QT_TRANSLATE_NOOP("CoreMessages", "{entry}: kept the stored copy, which differs; the file's copy has no updated_at to show it is newer"),
    QT_TRANSLATE_NOOP("CoreMessages", "top level: unknown key {key} ignored"),
    QT_TRANSLATE_NOOP("CoreMessages", "{record}: unknown key {key} ignored"),
    QT_TRANSLATE_NOOP("CoreMessages", "{list}[{n}]: uuid {uuid} is used twice in the file ({other})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{record}: path is required to import the file's bytes"),
    QT_TRANSLATE_NOOP("CoreMessages", "{record}: path {file} points outside the import folder"),
    QT_TRANSLATE_NOOP("CoreMessages", "{record}: file {file} is missing"),
    QT_TRANSLATE_NOOP("CoreMessages", "{record}: file {file} does not match its sha256"),
    # -- store/backup.py: backups and restore -------------------------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "The backup failed its integrity check ({result}); nothing was kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "An in-memory database cannot be backed up."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} already exists and is not empty; choose a new folder."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} holds no database backup."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a database file."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} has {n} broken reference(s) between records."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is damaged or not a database ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "attachment {sha}… is missing or damaged in the backup."),
    QT_TRANSLATE_NOOP("CoreMessages", "The backup cannot be restored: {problem} (and {n} more problems) Nothing was changed; {name} is as it was."),
    QT_TRANSLATE_NOOP("CoreMessages", "The backup cannot be restored: {problem} Nothing was changed; {name} is as it was."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is open in {owner}. Close it first; nothing was changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "Checked {path}: integrity ok."),
    QT_TRANSLATE_NOOP("CoreMessages", "Kept the current file aside as {path}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Copied {n} attachment file(s) into place."),
    QT_TRANSLATE_NOOP("CoreMessages", "Restored {path}: {meetings} meetings, {documents} documents."),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} attachment file(s) were already missing when the backup was made, so they could not be restored (their records were); attach them again from another copy:"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} of document {title} (missing)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} of document {title} (damaged)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} of document {title}"),
    QT_TRANSLATE_NOOP("CoreMessages", "attachment {sha}… (missing)"),
    QT_TRANSLATE_NOOP("CoreMessages", "attachment {sha}… (damaged)"),
    QT_TRANSLATE_NOOP("CoreMessages", "attachment {sha}…"),
    # -- store/lock.py: who holds the file ----------------------------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "another Council Desktop window"),
    QT_TRANSLATE_NOOP("CoreMessages", "Council Desktop (process {pid} on {host}, since {since})"),
    # -- store/check.py and search/index.py: Tools > Check database ---------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "The database cannot be read ({reason}); restore it from a backup."),
    QT_TRANSLATE_NOOP("CoreMessages", "The check stopped with a database error: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Integrity check: {details}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Broken reference: row {rowid} of {table} points to a missing row in {parent}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Attachment {file} of {title} is missing ({sha}…)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Attachment {file} of {title} is damaged: its bytes no longer match their sha256 ({sha}…)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The search index is missing: run `council-desktop reindex`."),
    QT_TRANSLATE_NOOP("CoreMessages", "Search index: {entry} is not indexed."),
    QT_TRANSLATE_NOOP("CoreMessages", "Search index: {entry} is indexed {n} times."),
    QT_TRANSLATE_NOOP("CoreMessages", "Search index: {entry} is indexed with out-of-date text."),
    QT_TRANSLATE_NOOP("CoreMessages", "Search index: a row for {entry} belongs to no live record."),
    QT_TRANSLATE_NOOP("CoreMessages", "Search index: {entry} has out-of-date kind, date, country or classification for the search filters."),
    QT_TRANSLATE_NOOP("CoreMessages", "Search index: {n} rows are missing their other half."),
    QT_TRANSLATE_NOOP("CoreMessages", "Run `council-desktop reindex` to rebuild the search index."),
    # -- settings.py: the settings files ------------------------------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "{source}: unknown setting {key} ignored"),
    QT_TRANSLATE_NOOP("CoreMessages", "{source}: {setting} must be {type}, not {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{source}: {setting} must be one of {choices}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{source}: {setting} must be between {low} and {high}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{source}: {setting} {value} is not a usable path"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} cannot be read ({reason}); its settings were ignored"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} must hold a JSON object; its settings were ignored"),
    # -- store/relocate.py: moving the database -----------------------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "{path} does not exist, so it cannot be moved."),
    QT_TRANSLATE_NOOP("CoreMessages", "The database is already in that folder."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} already exists; choose another folder so nothing is overwritten."),
    QT_TRANSLATE_NOOP("CoreMessages", "The database could not be moved to {folder} ({reason}); it is unchanged in its old place."),
    # -- files.py: writing a file safely ------------------------------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "cannot write {path}: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "it is a folder"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a folder"),
    QT_TRANSLATE_NOOP("CoreMessages", "no such folder {path}"),
    # -- briefs/book.py -----------------------------------------------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "A briefing book needs at least one meeting."),
    # -- generic sentences that the specific ones above must come before -----------------------
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is damaged: {details}"),
    # -- record labels (records/validation.py, exchange/json_format.py) ------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "{record} {list}[{n}]"),
    QT_TRANSLATE_NOOP("CoreMessages", "{list}[{n}] (uuid {uuid})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{list}[{n}]"),
    QT_TRANSLATE_NOOP("CoreMessages", "meeting {title}"),
    QT_TRANSLATE_NOOP("CoreMessages", "document {title}"),
    QT_TRANSLATE_NOOP("CoreMessages", "member state {code}"),
    QT_TRANSLATE_NOOP("CoreMessages", "meeting"),
    QT_TRANSLATE_NOOP("CoreMessages", "document"),
    QT_TRANSLATE_NOOP("CoreMessages", "action item"),
    QT_TRANSLATE_NOOP("CoreMessages", "attachment"),
)  # fmt: skip

# Placeholders that hold another message or label, translated in turn.
_NESTED = frozenset({"problem", "message", "record", "owner"})
# What each placeholder may match; anything else matches as little text as it can.
_PATTERNS = {
    "n": r"\d+",
    "line": r"\d+",
    "column": r"\d+",
    "version": r"-?\d+",
    "supported": r"\d+",
    "low": r"-?\d+",
    "high": r"-?\d+",
    "meetings": r"\d+",
    "documents": r"\d+",
    "rowid": r"\d+",
    "pid": r"\S+",
    "field": r"[\w\[\].]+",
    "list": r"[a-z_]+",
    "setting": r"[a-z_]+",
    "type": r"\w+",
    "sha": r"[0-9a-fA-F]+",
    "uuid": r"\S+",
    "title": r"'.*'|\".*\"",
    "code": r"'.*'|\".*\"|None",
    # A record label: "meeting 'Baku meeting'", "meetings[3] (uuid …) participants[2]", …
    "record": r"(?:meeting|document|member state|action item|attachment|[a-z_]+\[\d+\])"
    r"(?: '.*?'| \".*?\"| None| \(uuid [^)]*\))?(?: [a-z_]+\[\d+\])*",
}


def _regex(template: str) -> re.Pattern[str]:
    """The template as an anchored regex, one named group per placeholder."""
    parts = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P<{name}>{_PATTERNS.get(name, r'.+?')})")
    return re.compile("".join(parts), re.DOTALL)


@functools.cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((t, _regex(t)) for t in TEMPLATES)


def matching_template(text: str) -> str | None:
    """The first template the core's ``text`` fits (None when none does); for the tests."""
    return next((t for t, regex in _compiled() if regex.fullmatch(text)), None)


def _fill(template: str, values: Mapping[str, str]) -> str:
    translated = QCoreApplication.translate(CONTEXT, template)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return template.format(**values)


def _translate(text: str, depth: int) -> tuple[str, bool]:
    """(shown text, whether every part was recognised)."""
    if depth > 4:
        return text, False
    partial: str | None = None
    for template, regex in _compiled():
        match = regex.fullmatch(text)
        if match is None:
            continue
        values: dict[str, str] = {}
        complete = True
        for name, value in match.groupdict().items():
            if name in _NESTED:
                value, known = _translate(value, depth + 1)
                complete = complete and known
            values[name] = value
        shown = _fill(template, values)
        if complete:
            return shown, True
        partial = partial or shown
    return (partial, True) if partial is not None else (text, False)


def translate_message(text: str) -> str:
    """One of the core's English messages in the interface language (English when unknown)."""
    return _translate(text, 0)[0]


def translate_messages(texts: list[str]) -> list[str]:
    """Several messages (a problem list, a restore report), each translated."""
    return [translate_message(t) for t in texts]


def translate_problem(problem: Problem, labels: Mapping[str, str] | None = None) -> str:
    """ "Field: message" for a validation problem, the field named as the form labels it."""
    field = (labels or {}).get(problem.field) or problem.field
    return f"{field}: {translate_message(problem.message)}"


def translate_error(exc: BaseException) -> str:
    """An error the core raised (``str(exc)`` is its sentence), in the interface language."""
    if isinstance(exc, ValidationError):  # str() joins its problems with "; "
        return "; ".join(translate_message(str(p)) for p in exc.problems)
    return translate_message(str(exc))
