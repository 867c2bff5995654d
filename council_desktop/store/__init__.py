"""The SQLite file: connection, migrations and the named operations the UI and CLI call.

Callers use these functions (``save_meeting``, ``attach_file``, ``move_to_trash`` …) and never
write SQL themselves. Each write is one transaction and returns a :class:`Change`.
"""

from council_desktop.store.attachments import (
    attach_file,
    attachment_state,
    blob_path,
    clean_up,
    remove_attachment,
    save_copy,
    store_bytes,
)
from council_desktop.store.audit import history
from council_desktop.store.changes import Change
from council_desktop.store.connection import Store
from council_desktop.store.documents import (
    document_choices,
    document_uuids,
    get_document,
    save_document,
    save_documents,
)
from council_desktop.store.errors import (
    NewerVersionError,
    NotADatabaseError,
    ReadOnlyError,
    RecordNotFound,
    SaveFailed,
    StoreError,
)
from council_desktop.store.meetings import (
    get_meeting,
    meeting_uuids,
    meetings_referencing_document,
    previous_meetings,
    save_meeting,
    save_meetings,
    set_action_status,
)
from council_desktop.store.member_states import list_member_states, save_member_states
from council_desktop.store.trash import empty_trash, move_to_trash, restore, trash_items

__all__ = [
    "Change",
    "NewerVersionError",
    "NotADatabaseError",
    "ReadOnlyError",
    "RecordNotFound",
    "SaveFailed",
    "Store",
    "StoreError",
    "attach_file",
    "attachment_state",
    "blob_path",
    "clean_up",
    "document_choices",
    "document_uuids",
    "empty_trash",
    "get_document",
    "get_meeting",
    "history",
    "list_member_states",
    "meeting_uuids",
    "meetings_referencing_document",
    "move_to_trash",
    "previous_meetings",
    "remove_attachment",
    "restore",
    "save_copy",
    "save_document",
    "save_documents",
    "save_meeting",
    "save_meetings",
    "save_member_states",
    "set_action_status",
    "store_bytes",
    "trash_items",
]
