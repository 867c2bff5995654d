"""Validation of meetings, documents and member states, with messages a person understands.

Every rule lives here, so the forms (inline messages), import (a report of every problem) and
the store (the last gate before SQL) all refuse the same things in the same words.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_module
from dataclasses import dataclass
from typing import Any

from council_desktop.records import enums
from council_desktop.records.countries import is_known
from council_desktop.records.model import (
    ACTION_DEFAULTS,
    AGENDA_DEFAULTS,
    ATTACHMENT_DEFAULTS,
    DOCUMENT_DEFAULTS,
    MEETING_DEFAULTS,
    MEMBER_STATE_DEFAULTS,
    OUTCOME_DEFAULTS,
    PARTICIPANT_DEFAULTS,
    Record,
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of one record."""

    record: str  # "meeting 'Baku meeting'" or "meetings[3]"
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.record}: {self.field}: {self.message}"


class ValidationError(ValueError):
    """Raised by the store when a record breaks a rule; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


_TEXT_META = {"uuid", "updated_at", "created_at", "deleted_at", "id", "size", "added_at"}


def parse_date(value: Any) -> dt.date | None:
    """A real calendar date from ``YYYY-MM-DD`` (or a date), or None when empty; raises ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date (expected YYYY-MM-DD)")
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value} is not a real date (expected YYYY-MM-DD)") from None


# Lone UTF-16 surrogates (from JSON "\\ud800" escapes or broken clipboards) cannot be stored.
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_MESSAGE = "contains a broken character (a lone UTF-16 surrogate); retype or remove it"


class _Checker:
    """Collects problems for one record."""

    def __init__(self, label: str):
        self.label = label
        self.problems: list[Problem] = []

    def add(self, field: str, message: str) -> None:
        self.problems.append(Problem(self.label, field, message))

    def text(self, data: Record, field: str, *, required: bool = False) -> None:
        value = data.get(field)
        if value is None:
            if required:
                self.add(field, "is required")
            return
        if not isinstance(value, str):
            self.add(field, f"must be text, not {type(value).__name__}")
        elif required and not value.strip():
            self.add(field, "is required")
        elif _SURROGATE.search(value):
            self.add(field, _SURROGATE_MESSAGE)

    def choice(self, data: Record, field: str, allowed: tuple[str, ...]) -> None:
        value = data.get(field)
        if value not in allowed:
            self.add(field, f"{value!r} is not one of: {', '.join(allowed)}")

    def date(self, data: Record, field: str) -> dt.date | None:
        try:
            return parse_date(data.get(field))
        except ValueError as exc:
            self.add(field, str(exc))
            return None

    def country(self, data: Record, field: str, *, required: bool = False) -> None:
        value = data.get(field)
        if value in (None, ""):
            if required:
                self.add(field, "is required")
            return
        if not is_known(value):
            self.add(field, f"{value!r} is not a known country code")

    def string_list(self, data: Record, field: str) -> list[Any]:
        value = data.get(field)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.add(field, "must be a list of text")
            return []
        if any(_SURROGATE.search(v) for v in value):
            self.add(field, _SURROGATE_MESSAGE)
        return value

    def object_list(self, data: Record, field: str) -> list[Record]:
        value = data.get(field)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.add(field, "must be a list of objects")
            return []
        return value

    def uuid(self, data: Record) -> None:
        value = data.get("uuid")
        if value in (None, ""):
            return
        if not isinstance(value, str):
            self.add("uuid", "must be text")
            return
        try:
            uuid_module.UUID(value)
        except ValueError:
            self.add("uuid", f"{value!r} is not a valid uuid")

    def integer(self, data: Record, field: str) -> None:
        value = data.get(field)
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.add(field, "must be a whole number of 0 or more")


def _label(kind: str, data: Record, where: str | None) -> str:
    if where:
        return where
    title = data.get("title")
    return f"{kind} {title!r}" if isinstance(title, str) and title.strip() else kind


def unknown_keys(data: Record, defaults: Record) -> list[str]:
    """Keys of ``data`` the format does not know (reported as warnings on import)."""
    return sorted(k for k in data if k not in defaults and k not in _TEXT_META)


def validate_meeting(data: Record, where: str | None = None) -> list[Problem]:
    """Every problem with a meeting dict (empty when it may be saved)."""
    c = _Checker(_label("meeting", data, where))
    c.uuid(data)
    c.text(data, "title", required=True)
    c.choice(data, "kind", enums.MEETING_KINDS)
    c.choice(data, "status", enums.MEETING_STATUSES)
    c.choice(data, "classification", enums.CLASSIFICATIONS)
    c.integer(data, "ordinal")
    for field in ("city", "venue", "host", "chair", "framework", "summary"):
        c.text(data, field)
    c.country(data, "country")
    starts = c.date(data, "starts_on")
    ends = c.date(data, "ends_on")
    if starts and ends and ends < starts:
        c.add("ends_on", "the end date is before the start date")
    c.string_list(data, "tags")
    c.string_list(data, "documents")
    for i, p in enumerate(c.object_list(data, "participants")):
        field = f"participants[{i + 1}]"
        sub = _Checker(f"{c.label} {field}")
        sub.text(p, "name", required=True)
        sub.text(p, "position")
        sub.country(p, "country")
        sub.choice(p, "role", enums.PARTICIPANT_ROLES)
        c.problems.extend(sub.problems)
    for i, a in enumerate(c.object_list(data, "agenda")):
        sub = _Checker(f"{c.label} agenda[{i + 1}]")
        sub.text(a, "title", required=True)
        sub.text(a, "notes")
        c.problems.extend(sub.problems)
    for i, o in enumerate(c.object_list(data, "outcomes")):
        sub = _Checker(f"{c.label} outcomes[{i + 1}]")
        sub.text(o, "title", required=True)
        sub.text(o, "text")
        sub.choice(o, "kind", enums.OUTCOME_KINDS)
        doc = o.get("document")
        if doc is not None and not isinstance(doc, str):
            sub.add("document", "must be a document uuid")
        c.problems.extend(sub.problems)
    for i, a in enumerate(c.object_list(data, "actions")):
        sub = _Checker(f"{c.label} actions[{i + 1}]")
        sub.text(a, "title", required=True)
        sub.text(a, "owner")
        sub.date(a, "due_on")
        sub.choice(a, "status", enums.ACTION_STATUSES)
        c.problems.extend(sub.problems)
    return c.problems


def validate_document(data: Record, where: str | None = None) -> list[Problem]:
    """Every problem with a document dict (empty when it may be saved)."""
    c = _Checker(_label("document", data, where))
    c.uuid(data)
    c.text(data, "title", required=True)
    c.choice(data, "kind", enums.DOCUMENT_KINDS)
    c.choice(data, "status", enums.DOCUMENT_STATUSES)
    c.choice(data, "classification", enums.CLASSIFICATIONS)
    for field in ("reference", "place", "summary"):
        c.text(data, field)
    c.date(data, "dated_on")
    c.string_list(data, "tags")
    for lang in c.string_list(data, "languages"):
        if lang not in enums.LANGUAGES:
            c.add("languages", f"{lang!r} is not a known language code")
    for code in c.string_list(data, "parties"):
        if not is_known(code):
            c.add("parties", f"{code!r} is not a known country code")
    for i, a in enumerate(c.object_list(data, "attachments")):
        sub = _Checker(f"{c.label} attachments[{i + 1}]")
        sub.text(a, "filename", required=True)
        sub.text(a, "media_type")
        c.problems.extend(sub.problems)
    return c.problems


def validate_member_state(data: Record, where: str | None = None) -> list[Problem]:
    """Every problem with a member state dict."""
    c = _Checker(where or f"member state {data.get('code')!r}")
    c.country(data, "code", required=True)
    c.text(data, "name_en", required=True)
    c.text(data, "name_tr", required=True)
    c.choice(data, "status", enums.STATE_STATUSES)
    c.date(data, "since")
    return c.problems


KNOWN_KEYS = {
    "meeting": MEETING_DEFAULTS,
    "document": DOCUMENT_DEFAULTS,
    "member_state": MEMBER_STATE_DEFAULTS,
    "participant": PARTICIPANT_DEFAULTS,
    "agenda": AGENDA_DEFAULTS,
    "outcome": OUTCOME_DEFAULTS,
    "action": ACTION_DEFAULTS,
    "attachment": ATTACHMENT_DEFAULTS,
}
