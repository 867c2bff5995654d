"""Read what a brief needs from the store, as the plain dicts the renderer takes.

The only module of ``briefs`` that knows the store; the renderer itself takes dicts.
"""

from __future__ import annotations

from collections.abc import Iterable

from council_desktop.briefs.options import BriefInput, Record
from council_desktop.store import (
    RecordNotFound,
    Store,
    StoreError,
    blob_path,
    get_document,
    get_meeting,
    previous_meetings,
)

#: How many earlier meetings the background section shows.
BACKGROUND_LIMIT = 5


def gather_brief_input(
    store: Store, meeting_uuid: str, *, background_limit: int = BACKGROUND_LIMIT
) -> BriefInput:
    """One meeting, its linked documents (attachment ``path`` set to the stored bytes), and
    the Council's previous meetings. Raises ``RecordNotFound`` for an unknown uuid."""
    meeting = get_meeting(store, meeting_uuid)
    wanted = list(meeting.get("documents") or [])
    wanted += [o["document"] for o in meeting.get("outcomes") or [] if o.get("document")]
    documents = [with_paths(store, d) for d in _documents(store, dict.fromkeys(wanted))]
    background = previous_meetings(store, meeting_uuid, limit=background_limit)
    return BriefInput(meeting, documents, background)


def gather_book_inputs(store: Store, meeting_uuids: Iterable[str]) -> list[BriefInput]:
    """``gather_brief_input`` for each meeting, in the order given."""
    return [gather_brief_input(store, uuid) for uuid in meeting_uuids]


def _documents(store: Store, uuids: Iterable[str]) -> list[Record]:
    found = []
    for uuid in uuids:
        try:
            found.append(get_document(store, uuid))
        except RecordNotFound:  # a link to a document moved to the trash: leave it out
            continue
    return found


def with_paths(store: Store, document: Record) -> Record:
    """The document with each attachment's absolute ``path`` (None when it cannot be found)."""
    attachments = []
    for attachment in document.get("attachments") or []:
        try:
            path = str(blob_path(store, str(attachment.get("sha256") or "")))
        except StoreError:
            path = None
        attachments.append({**attachment, "path": path})
    return {**document, "attachments": attachments}
