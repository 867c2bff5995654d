"""Records as plain dicts in the exchange format, and the defaults that complete them.

A meeting or document travels through the app as the same dict the JSON exchange format uses
(docs/exchange-format.md), so import, export, forms, briefs and search all speak one shape.
"""

from __future__ import annotations

import copy
import uuid as uuid_module
from typing import Any

Record = dict[str, Any]

MEETING_DEFAULTS: Record = {
    "uuid": None,
    "title": "",
    "kind": "regular",
    "ordinal": None,
    "starts_on": None,
    "ends_on": None,
    "city": "",
    "country": None,
    "venue": "",
    "host": "",
    "chair": "",
    "framework": "",
    "status": "planned",
    "classification": "unclassified",
    "summary": "",
    "tags": [],
    "participants": [],
    "agenda": [],
    "outcomes": [],
    "actions": [],
    "documents": [],
}

PARTICIPANT_DEFAULTS: Record = {"country": None, "name": "", "position": "", "role": "member"}
AGENDA_DEFAULTS: Record = {"title": "", "notes": ""}
OUTCOME_DEFAULTS: Record = {"kind": "other", "title": "", "text": "", "document": None}
ACTION_DEFAULTS: Record = {"title": "", "owner": "", "due_on": None, "status": "open"}

DOCUMENT_DEFAULTS: Record = {
    "uuid": None,
    "title": "",
    "kind": "other",
    "reference": "",
    "dated_on": None,
    "place": "",
    "status": "draft",
    "languages": [],
    "parties": [],
    "classification": "unclassified",
    "summary": "",
    "tags": [],
    "attachments": [],
}

ATTACHMENT_DEFAULTS: Record = {"filename": "", "media_type": "", "sha256": "", "path": None}

MEMBER_STATE_DEFAULTS: Record = {
    "code": "",
    "name_en": "",
    "name_tr": "",
    "status": "member",
    "since": None,
}

SUB_DEFAULTS: dict[str, Record] = {
    "participants": PARTICIPANT_DEFAULTS,
    "agenda": AGENDA_DEFAULTS,
    "outcomes": OUTCOME_DEFAULTS,
    "actions": ACTION_DEFAULTS,
    "attachments": ATTACHMENT_DEFAULTS,
}


def new_uuid() -> str:
    """A fresh record identifier."""
    return str(uuid_module.uuid4())


def complete(data: Record, defaults: Record) -> Record:
    """A copy of ``data`` with every missing key filled from ``defaults`` (lists copied)."""
    out = copy.deepcopy(defaults)
    out.update({k: v for k, v in data.items()})
    for key, sub_defaults in SUB_DEFAULTS.items():
        if key in defaults and isinstance(out.get(key), list):
            out[key] = [
                complete(item, sub_defaults) if isinstance(item, dict) else item
                for item in out[key]
            ]
    return out


def new_meeting(**fields: Any) -> Record:
    """A complete meeting dict with defaults, overridden by ``fields``."""
    return complete(fields, MEETING_DEFAULTS)


def new_document(**fields: Any) -> Record:
    """A complete document dict with defaults, overridden by ``fields``."""
    return complete(fields, DOCUMENT_DEFAULTS)
