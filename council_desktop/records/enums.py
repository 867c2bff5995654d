"""The closed vocabularies of the records, stored language-neutrally (the UI translates them)."""

from __future__ import annotations

MEETING_KINDS = ("summit", "regular", "extraordinary", "informal", "other")
MEETING_STATUSES = ("planned", "held", "cancelled")
CLASSIFICATIONS = ("unclassified", "restricted", "confidential", "secret")
PARTICIPANT_ROLES = ("head", "member", "observer", "guest")
OUTCOME_KINDS = ("declaration", "statement", "decision", "signed_document", "other")
ACTION_STATUSES = ("open", "done", "dropped")
DOCUMENT_KINDS = (
    "protocol",
    "agreement",
    "declaration",
    "statement",
    "memorandum",
    "report",
    "note",
    "other",
)
DOCUMENT_STATUSES = ("draft", "signed", "in_force", "superseded")
STATE_STATUSES = ("member", "observer")
LANGUAGES = ("tr", "en", "ru", "az", "kk", "ky", "uz", "hu", "tk")

# English labels, the source strings the UI and briefs translate.
LABELS_EN: dict[str, str] = {
    "summit": "Summit",
    "regular": "Regular meeting",
    "extraordinary": "Extraordinary meeting",
    "informal": "Informal meeting",
    "other": "Other",
    "planned": "Planned",
    "held": "Held",
    "cancelled": "Cancelled",
    "unclassified": "Unclassified",
    "restricted": "Restricted",
    "confidential": "Confidential",
    "secret": "Secret",
    "head": "Head of delegation",
    "member": "Member",
    "observer": "Observer",
    "guest": "Guest",
    "declaration": "Declaration",
    "statement": "Statement",
    "decision": "Decision",
    "signed_document": "Signed document",
    "open": "Open",
    "done": "Done",
    "dropped": "Dropped",
    "protocol": "Protocol",
    "agreement": "Agreement",
    "memorandum": "Memorandum",
    "report": "Report",
    "note": "Note",
    "draft": "Draft",
    "signed": "Signed",
    "in_force": "In force",
    "superseded": "Superseded",
}
