"""From the store to a printed brief: the sample records' meetings, with their annexes."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from council_desktop.briefs import BriefOptions, render_book, render_brief
from council_desktop.briefs.gather import gather_book_inputs, gather_brief_input
from council_desktop.store import RecordNotFound, meeting_uuids

SECOND_EXTRAORDINARY = "0c0f1d00-2013-4c0d-9a00-000000000004"


def test_gathered_brief_renders_the_sample_meeting(sample_store, tmp_path):
    data = gather_brief_input(sample_store, SECOND_EXTRAORDINARY)
    assert data.meeting["title"] == "Dışişleri Bakanları Konseyi 2. Olağanüstü Toplantısı"
    assert data.background, "earlier sample meetings form the background"
    starts = [m["starts_on"] for m in data.background]
    assert starts == sorted(starts, reverse=True)
    out = render_brief(data, tmp_path / "brief.pdf", BriefOptions(lang="tr", deterministic=True))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Çavuşoğlu" in text and "Afganistan" in text


def test_unknown_uuid_is_record_not_found(sample_store):
    with pytest.raises(RecordNotFound):
        gather_brief_input(sample_store, "no-such-uuid")


def test_book_of_all_sample_meetings_with_annexes(sample_store, tmp_path):
    items = gather_book_inputs(sample_store, meeting_uuids(sample_store))
    options = BriefOptions(deterministic=True, include_annexes=True)
    result = render_book(items, tmp_path / "book.pdf", options)
    assert result.annexes >= 1 and not result.skipped_annexes
    pages = [p.extract_text() for p in PdfReader(result.path).pages]
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))
