"""The inputs and results of the brief renderer: plain data, no store, no Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Record = dict[str, Any]

#: Called as ``progress(done, total)``; returning True cancels the book (Qt's ``wasCanceled``).
ProgressCallback = Callable[[int, int], bool | None]


class BriefCancelled(Exception):
    """Raised when the progress callback asked to stop; no output file is left behind."""


@dataclass(frozen=True)
class BriefInput:
    """One meeting and what its brief shows, as exchange-format dicts.

    ``documents`` are the linked documents (attachment ``path`` absolute when annexes are wanted);
    ``background`` the Council's previous meetings with their outcomes, in any order.
    """

    meeting: Record
    documents: list[Record] = field(default_factory=list)
    background: list[Record] = field(default_factory=list)


@dataclass(frozen=True)
class BriefOptions:
    """How a brief or book looks; the defaults are what a desk officer prints most."""

    lang: Literal["en", "tr"] = "en"
    paper: Literal["A4", "Letter"] = "A4"
    #: A classification key (``restricted`` …) or literal marking text; None = from the records.
    classification: str | None = None
    organisation: str | None = None
    office: str = ""
    #: The PDF's Author; empty: the office, else the organisation (never the login name).
    author: str = ""
    include_annexes: bool = False
    #: Byte-identical output for tests (ReportLab's invariant mode, fixed dates and ids).
    deterministic: bool = False
    prepared_on: dt.date | None = None

    def prepared_date(self) -> dt.date:
        """The "Prepared on" date; fixed in deterministic mode so output can be compared."""
        if self.prepared_on is not None:
            return self.prepared_on
        return dt.date(2000, 1, 1) if self.deterministic else dt.date.today()


@dataclass(frozen=True)
class SkippedAnnex:
    """A PDF attachment that could not be appended; the book prints a note instead."""

    number: int
    document_title: str
    filename: str
    reason: str


@dataclass
class BookResult:
    """What ``render_book`` wrote: the file, its page count, and the annexes it left out."""

    path: Path
    pages: int
    annexes: int = 0
    skipped_annexes: list[SkippedAnnex] = field(default_factory=list)
