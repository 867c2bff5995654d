"""Printable briefing PDFs (ReportLab): one meeting's brief, or a book of several.

The rendering API takes plain exchange-format dicts, so it depends on neither the store nor Qt.
"""

from __future__ import annotations

from council_desktop.briefs.book import render_book
from council_desktop.briefs.brief import render_brief
from council_desktop.briefs.options import (
    BookResult,
    BriefCancelled,
    BriefInput,
    BriefOptions,
    ProgressCallback,
    SkippedAnnex,
)

__all__ = [
    "BookResult",
    "BriefCancelled",
    "BriefInput",
    "BriefOptions",
    "ProgressCallback",
    "SkippedAnnex",
    "render_book",
    "render_brief",
]
