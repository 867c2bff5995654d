"""Text extraction from attached files, kept in the database so search can find it."""

from __future__ import annotations

import logging
from pathlib import Path

from council_desktop.pypdf_quiet import quiet_pypdf

log = logging.getLogger(__name__)

MAX_TEXT = 2_000_000  # characters kept per file; enough for any treaty, bounded for the index


def extract_text(path: Path, media_type: str = "") -> str:
    """The text of a PDF (or a plain-text file); empty for other types or damaged files."""
    try:
        if media_type == "application/pdf" or path.suffix.lower() == ".pdf":
            return _pdf_text(path)
        if media_type.startswith("text/"):
            return path.read_text(encoding="utf-8", errors="replace")[:MAX_TEXT]
    except Exception as exc:  # a damaged attachment must never stop an import or a save
        log.warning("could not extract text from %s: %s", path, exc)
    return ""


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    parts: list[str] = []
    size = 0
    with quiet_pypdf():  # a damaged file gets our one warning above, not pypdf's as well
        reader = PdfReader(str(path))
        for page in reader.pages:
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size > MAX_TEXT:
                break
    return "\n".join(parts)[:MAX_TEXT]
