"""Records as plain dicts in the exchange format, and the defaults that complete them.

A meeting or document travels through the app as the same dict the JSON exchange format uses
(docs/exchange-format.md), so import, export, forms, briefs and search all speak one shape.
"""

from __future__ import annotations

import copy
import os
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
    """A fresh record identifier: a random (version 4) uuid in its canonical text form.

    Formatted from 16 random bytes directly, at twice the speed of ``str(uuid4())``: an
    import mints one for every participant, agenda item and action (docs/performance.md).
    """
    h = os.urandom(16).hex()
    variant = "89ab"[int(h[16], 16) & 3]
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:]}"


def complete(data: Record, defaults: Record) -> Record:
    """A copy of ``data`` with every missing key filled from ``defaults`` (lists copied)."""
    # Only defaults that ``data`` lacks and that are mutable are copied: a ``deepcopy`` of
    # the whole defaults for every record and sub-record was a tenth of a large import.
    out = {**defaults, **data}
    for key in defaults.keys() - data.keys():
        if isinstance(out[key], list | dict | set):
            out[key] = copy.deepcopy(out[key])
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
