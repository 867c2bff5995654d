"""The "what changed" value every write operation returns; the UI refreshes from it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """Which records an operation touched: ``action`` is saved, trashed, restored or purged."""

    action: str
    record_type: str  # "meeting", "document", "attachment", "all"
    uuids: tuple[str, ...] = ()
