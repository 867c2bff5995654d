"""Where things land in a brief's PDF: bookmarks, contents links, headings, metadata, fonts.

A reader clicks an outline entry or a contents line and must arrive at that section's heading;
checked by the text pypdf extracts from the page each link points to.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from council_desktop.briefs import BriefInput, BriefOptions, render_book, render_brief
from council_desktop.briefs.defaults import options_from_settings
from council_desktop.settings import Settings
from tests.test_briefs import (
    OPTIONS,
    annex_pdf,
    document,
    fonts_of,
    is_embedded,
    meeting,
    previous,
    text_of,
    three_meetings,
)

DAMAGED = b"%PDF-1.4\n1 0 obj <<garbage\n"  # no %%EOF: pypdf warns "EOF marker not found"
FURNITURE = re.compile(r"^(Page \d+ of \d+|Sayfa \d+ / \d+)$")


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def outline_items(reader: PdfReader) -> list[tuple[str, int]]:
    """(title, 0-based page) of every outline entry, in order."""
    found: list[tuple[str, int]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                page = reader.get_destination_page_number(item)
                found.append((str(item.title), page))

    walk(reader.outline)
    return found


def heading_pages(reader: PdfReader, title: str) -> list[int]:
    """0-based pages printing the line ``title``, the contents pages (those with links) only
    when nothing else does: the contents' own heading."""
    found = [i for i, page in enumerate(reader.pages) if title in lines(page.extract_text() or "")]
    body = [i for i in found if not reader.pages[i].get("/Annots")]
    return body or found


def text_at(page: Any) -> list[tuple[float, float, str]]:
    """(x, y, text) of every piece of text drawn on ``page``."""
    pieces: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append((x, y, text.strip()))

    page.extract_text(visitor_text=visit)
    return pieces


def contents_links(reader: PdfReader) -> list[tuple[str, int, int]]:
    """(entry title, printed page number, 0-based target page) of every contents link.

    The title and the dotted page number are two links on one line; the line is found by the
    link's height on the page."""
    links: list[tuple[str, int, int]] = []
    for page in reader.pages:
        annots = page.get("/Annots")
        if not annots:
            continue
        pieces = text_at(page)
        for ref in annots:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link" or "/Dest" not in annot:
                continue
            _, y1, _, y2 = (float(v) for v in annot["/Rect"])
            line = " ".join(t for x, y, t in sorted(pieces) if y1 - 2 <= y <= y2 + 2)
            entry = re.fullmatch(r"(.+?)[ .]+(\d+)", line)
            assert entry, f"no contents line at the link: {line!r}"
            target = reader.get_page_number(annot["/Dest"][0].get_object())
            links.append((entry[1], int(entry[2]), target))
    return links


def check_links_land_on_their_headings(path: Path) -> list[tuple[str, int]]:
    """Every bookmark and contents link points at the page that shows what it names."""
    reader = PdfReader(path)
    items = outline_items(reader)
    assert len(items) >= 8
    for title, target in items:
        shown_on = heading_pages(reader, title)
        assert shown_on, f"heading {title!r} printed nowhere"
        assert target == shown_on[0], f"{title!r} -> index {target}, printed on {shown_on}"
    links = contents_links(reader)
    assert len(links) == 2 * (len(items) - 1)  # every entry but "Contents": text and number
    for title, printed, target in links:
        assert target == printed - 1, f"{title!r} printed as page {printed}, links to {target + 1}"
        assert target == dict(items)[title], title
    return items


def test_brief_bookmarks_and_contents_links_land_on_their_sections(tmp_path):
    data = BriefInput(meeting(), [document()], [previous(7), previous(9)])
    items = check_links_land_on_their_headings(render_brief(data, tmp_path / "b.pdf", OPTIONS))
    targets = dict(items)
    assert targets["Contents"] == 1 and targets["1. Overview"] >= 2
    assert len(set(targets.values())) >= 3  # not all on one page


def test_book_bookmarks_and_contents_links_land_on_their_sections(tmp_path):
    result = render_book(three_meetings(), tmp_path / "book.pdf", OPTIONS, title="Kitap")
    items = dict(check_links_land_on_their_headings(result.path))
    assert items["1. Toplantı 1 — Dışişleri"] < items["2. Toplantı 2 — Dışişleri"]
    assert items["2.2 Participants"] < items["3. Toplantı 3 — Dışişleri"]


def test_annex_bookmarks_land_on_the_annex_title_page(tmp_path):
    good = annex_pdf(tmp_path / "good.pdf", "ANNEX SAMPLE")
    items = three_meetings()
    attachment = {"filename": "good.pdf", "media_type": "application/pdf", "path": str(good)}
    items[1] = BriefInput(items[1].meeting, [document(attachments=[attachment])])
    options = BriefOptions(deterministic=True, include_annexes=True)
    result = render_book(items, tmp_path / "annexed.pdf", options)
    targets = dict(check_links_land_on_their_headings(result.path))
    pages = text_of(result.path)
    title_page = targets["Annex 1: Afganistan Bildirisi"]
    assert "ANNEX SAMPLE 1" in pages[title_page + 1]  # the annex's first page follows its title
    assert "Annex 1: Afganistan Bildirisi (good.pdf)" in pages[targets["Annexes"]]


def body_lines(page: str, furniture: set[str]) -> list[str]:
    """A page's text without the marking, running title and page number."""
    return [ln for ln in lines(page) if ln not in furniture and not FURNITURE.match(ln)]


def test_no_page_ends_with_a_heading(tmp_path):
    """120 participants: "2. Katılımcılar" used to sit alone at the foot of page 3."""
    crowd = [
        {
            "country": ("KZ", "TR", "AZ")[i % 3],
            "name": f"Katılımcı {i}",
            "position": "Müşavir",
            "role": "member",
        }
        for i in range(120)
    ]
    options = BriefOptions(lang="tr", deterministic=True)
    data = BriefInput(meeting(participants=crowd), [document()], [previous(7)])
    out = render_brief(data, tmp_path / "crowd.pdf", options)
    reader = PdfReader(out)
    pages = [page.extract_text() or "" for page in reader.pages]
    headings = {title for title, _ in outline_items(reader)}
    headings |= {f"{c} Heyeti" for c in ("Kazakistan", "Türkiye", "Azerbaycan")}
    furniture = {
        "HİZMETE ÖZEL",
        meeting()["title"],
        "Dışişleri Bakanları Konseyi",
        "Türk Devletleri Teşkilatı",
    }
    for number, page in enumerate(pages[2:], start=3):
        body = body_lines(page, furniture)
        assert body and body[-1] not in headings, f"page {number} ends with {body[-1]!r}"
    participants = pages[dict(outline_items(reader))["2. Katılımcılar"]]
    assert "Katılımcı 0" in participants  # the heading kept its first rows, not a blank page


def test_author_is_the_office_or_organisation_never_the_login(tmp_path, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "desk.officer")
    data = BriefInput(meeting())
    cases = [
        (Settings(), "Organization of Turkic States"),
        (Settings(office="Protocol Department"), "Protocol Department"),
        (Settings(organisation="Ministry of Foreign Affairs"), "Ministry of Foreign Affairs"),
        (Settings(brief_language="tr"), "Türk Devletleri Teşkilatı"),
    ]
    for number, (settings, author) in enumerate(cases):
        options = options_from_settings(settings, deterministic=True)
        reader = PdfReader(render_brief(data, tmp_path / f"{number}.pdf", options))
        assert reader.metadata is not None and reader.metadata.author == author
    book = render_book([data], tmp_path / "book.pdf", options_from_settings(Settings()))
    metadata = PdfReader(book.path).metadata
    assert metadata is not None and metadata.author == "Organization of Turkic States"


def damaged_annex_book(tmp_path: Path) -> Path:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(DAMAGED)
    attachment = {"filename": "bad.pdf", "media_type": "application/pdf", "path": str(bad)}
    items = [BriefInput(meeting(), [document(attachments=[attachment])])]
    options = BriefOptions(deterministic=True, include_annexes=True)
    result = render_book(items, tmp_path / "book.pdf", options)
    assert [s.filename for s in result.skipped_annexes] == ["bad.pdf"]
    return result.path


def pypdf_records(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")]


def test_a_damaged_annex_makes_no_pypdf_noise(tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    damaged_annex_book(tmp_path)
    assert pypdf_records(caplog) == []


def test_reading_a_damaged_attachment_makes_no_pypdf_noise(tmp_path, caplog, store):
    from council_desktop.search.extract import extract_text
    from council_desktop.store import attach_file, save_document

    caplog.set_level(logging.WARNING)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(DAMAGED)
    assert extract_text(bad, "application/pdf") == ""
    uuid = "5b0c7c2e-3f7c-4f5e-9a53-2a4c1d7e0d01"
    save_document(store, {"uuid": uuid, "title": "Bozuk", "kind": "other"})
    attach_file(store, uuid, bad)
    assert pypdf_records(caplog) == []
    assert logging.getLogger("pypdf").level == logging.NOTSET  # quiet only while reading


def test_book_cli_with_a_damaged_annex_prints_only_our_warning(tmp_path, sample_store):
    """In a real process (no pytest log capture) warnings would reach stderr."""
    from council_desktop.store import attach_file

    bad = tmp_path / "bad.pdf"
    bad.write_bytes(DAMAGED)
    attach_file(sample_store, "0c0f1d00-2013-4c0d-9a00-000000000101", bad)
    db = sample_store.path
    command = [sys.executable, "-m", "council_desktop", "--db", str(db)]
    out = tmp_path / "book.pdf"
    run = subprocess.run(
        [*command, "book", "--annexes", "-o", str(out)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert "Warning: annex 'bad.pdf'" in run.stderr
    assert "EOF marker" not in run.stderr and "pypdf" not in run.stderr
    run = subprocess.run([*command, "reindex"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "EOF marker" not in run.stderr


def helvetica_pdf(path: Path) -> Path:
    """An annex as received from outside: standard Helvetica, not embedded."""
    canvas = Canvas(str(path), pagesize=(400, 300))
    for page in (1, 2):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(40, 150, f"OUTSIDE ANNEX {page}")
        canvas.showPage()
    canvas.save()
    return path


def test_own_pages_of_a_book_with_annexes_embed_every_font(tmp_path):
    """An annex's fonts are its own (we cannot embed fonts into someone else's PDF); every
    page the app draws itself embeds all its fonts, and annex pages add only the annex's."""
    annex = helvetica_pdf(tmp_path / "outside.pdf")
    attachment = {"filename": "outside.pdf", "media_type": "application/pdf", "path": str(annex)}
    items = three_meetings()
    items[0] = BriefInput(items[0].meeting, [document(attachments=[attachment])])
    options = BriefOptions(deterministic=True, include_annexes=True)
    reader = PdfReader(render_book(items, tmp_path / "book.pdf", options).path)
    annex_fonts = {str(f.get("/BaseFont")) for f in fonts_of(PdfReader(annex).pages)}
    assert annex_fonts == {"/Helvetica"}
    annex_pages = 0
    for page in reader.pages:
        fonts = fonts_of([page])
        assert fonts
        foreign = {str(f.get("/BaseFont")) for f in fonts if not is_embedded(f)}
        if "OUTSIDE ANNEX" in (page.extract_text() or ""):
            annex_pages += 1
            assert foreign <= annex_fonts
            assert any(is_embedded(f) for f in fonts)  # our furniture on the annex page
        else:
            assert foreign == set(), foreign
    assert annex_pages == 2


def test_plurals_in_the_book(tmp_path):
    one_page = tmp_path / "one.pdf"
    canvas = Canvas(str(one_page), pagesize=(400, 300))
    canvas.drawString(40, 150, "ONLY PAGE")
    canvas.showPage()
    canvas.save()
    two_pages = annex_pdf(tmp_path / "two.pdf", "TWO")
    attachments = [
        {"filename": "one.pdf", "media_type": "application/pdf", "path": str(one_page)},
        {"filename": "two.pdf", "media_type": "application/pdf", "path": str(two_pages)},
    ]
    items = [BriefInput(meeting(), [document(attachments=attachments)])]
    options = BriefOptions(
        deterministic=True, include_annexes=True, prepared_on=dt.date(2021, 1, 1)
    )
    text = " ".join(text_of(render_book(items, tmp_path / "book.pdf", options).path))
    assert "1 page follows." in text and "2 pages follow." in text
    assert "page(s)" not in text
    assert "1 meeting" in text and "1 meetings" not in text
