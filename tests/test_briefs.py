"""Meeting briefs and briefing books: checked through the text pypdf extracts, never bytes."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject
from reportlab.pdfgen.canvas import Canvas

from council_desktop.briefs import (
    BriefCancelled,
    BriefInput,
    BriefOptions,
    render_book,
    render_brief,
)
from council_desktop.briefs.fonts import register_fonts
from council_desktop.briefs.labels import Labels
from council_desktop.resources import resource_path

HOSTILE = 'Talks on A & B <b>not bold</b> <img src="/etc/passwd"/>'
OPTIONS = BriefOptions(deterministic=True, prepared_on=dt.date(2021, 9, 20))
SECTIONS_EN = [
    "Overview",
    "Participants",
    "Agenda",
    "Background",
    "Related documents",
    "Outcomes",
    "Open action items",
]


def meeting(**overrides: Any) -> dict[str, Any]:
    """The 2nd extraordinary meeting, with delegations writing their own alphabets."""
    record: dict[str, Any] = {
        "uuid": "5b0c7c2e-3f7c-4f5e-9a53-2a4c1d7e0002",
        "title": "Dışişleri Bakanları Konseyi 2. Olağanüstü Toplantısı",
        "kind": "extraordinary",
        "ordinal": 2,
        "starts_on": "2021-09-27",
        "ends_on": "2021-09-27",
        "city": "İstanbul",
        "country": "TR",
        "venue": "Dolmabahçe Çalışma Ofisi",
        "host": "Mevlüt Çavuşoğlu",
        "chair": "Mevlüt Çavuşoğlu",
        "framework": "",
        "status": "held",
        "classification": "restricted",
        "summary": "Afganistan'daki durum görüşüldü.\nİkinci satır & devamı.",
        "tags": ["Afganistan"],
        "participants": [
            {
                "country": "TR",
                "name": "Yavuz Selim Kıran",
                "position": "Yardımcı",
                "role": "member",
            },
            {
                "country": "TR",
                "name": "Mevlüt Çavuşoğlu",
                "position": "Dışişleri Bakanı",
                "role": "head",
            },
            {
                "country": "AZ",
                "name": "Elmar Məmmədyarov",
                "position": "Xarici işlər naziri",
                "role": "head",
            },
            {
                "country": "KZ",
                "name": "Мұрат Нұртілеу",
                "position": "Сыртқы істер министрі",
                "role": "head",
            },
            {
                "country": "UZ",
                "name": "Abdulaziz Komilov",
                "position": "Oʻzbekiston Respublikasi Tashqi ishlar vaziri",
                "role": "head",
            },
            {
                "country": "HU",
                "name": "Szijjártó Péter",
                "position": "Minister",
                "role": "observer",
            },
        ],
        "agenda": [
            {"title": "Afganistan'daki son durum", "notes": "Konuşma noktaları:\n- insani yardım"},
            {"title": "Diğer hususlar", "notes": ""},
        ],
        "outcomes": [
            {
                "kind": "declaration",
                "title": "Afganistan'daki duruma ilişkin Bildiri",
                "text": "Kabul edildi.",
                "document": "doc-1",
            },
        ],
        "actions": [
            {
                "title": "Bildiriyi yayımla",
                "owner": "Basın Müşavirliği",
                "due_on": "2021-10-01",
                "status": "open",
            },
            {"title": "Done already", "owner": "X", "due_on": None, "status": "done"},
        ],
        "documents": ["doc-1"],
    }
    record.update(overrides)
    return record


def document(attachments: list[dict[str, Any]] | None = None, **overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "uuid": "doc-1",
        "title": "Afganistan Bildirisi",
        "kind": "declaration",
        "reference": "TDT/DBK/2021-2",
        "dated_on": "2021-09-27",
        "status": "signed",
        "attachments": attachments or [],
    }
    record.update(overrides)
    return record


def previous(n: int) -> dict[str, Any]:
    return meeting(
        uuid=f"prev-{n}",
        title=f"Önceki toplantı {n}",
        kind="regular",
        ordinal=n,
        starts_on=f"201{n}-10-14",
        ends_on=f"201{n}-10-14",
        outcomes=[
            {"kind": "statement", "title": f"Ortak Açıklama {n}", "text": "", "document": None}
        ],
    )


@pytest.fixture
def brief_input() -> BriefInput:
    return BriefInput(meeting(), [document()], [previous(7), previous(9)])


def text_of(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(pages: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(pages))


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


def test_brief_has_every_section_and_writes_every_alphabet(tmp_path, brief_input):
    out = render_brief(brief_input, tmp_path / "brief.pdf", OPTIONS)
    text = flat(text_of(out))
    for section in SECTIONS_EN:
        assert section in text
    for written in ("Dışişleri", "Çavuşoğlu", "Məmmədyarov", "Нұртілеу", "Oʻzbekiston", "İstanbul"):
        assert written in text
    assert "27 September 2021" in text
    assert "2nd Extraordinary Meeting" in text
    assert "RESTRICTED" in text
    assert "Prepared on 20 September 2021" in text
    assert "Done already" not in text  # only open action items


def test_background_is_most_recent_first(tmp_path, brief_input):
    text = flat(text_of(render_brief(brief_input, tmp_path / "b.pdf", OPTIONS)))
    assert text.index("Önceki toplantı 9") < text.index("Önceki toplantı 7")
    assert "Ortak Açıklama 9" in text


def test_heads_of_delegation_come_first(tmp_path, brief_input):
    text = flat(text_of(render_brief(brief_input, tmp_path / "b.pdf", OPTIONS)))
    participants = text[text.index("Delegation of Türkiye") :]
    assert participants.index("Çavuşoğlu") < participants.index("Kıran")


def test_hostile_title_prints_literally(tmp_path):
    data = BriefInput(meeting(title=HOSTILE, summary=HOSTILE), [], [])
    out = render_brief(data, tmp_path / "hostile.pdf", OPTIONS)
    reader = PdfReader(out)
    assert HOSTILE in flat(text_of(out))
    assert reader.metadata is not None and reader.metadata.title == HOSTILE


def test_page_x_of_y_on_every_page(tmp_path, brief_input):
    pages = text_of(render_brief(brief_input, tmp_path / "b.pdf", OPTIONS))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert text.count("RESTRICTED") >= 2  # marking top and bottom


def test_metadata_and_outline(tmp_path, brief_input):
    reader = PdfReader(render_brief(brief_input, tmp_path / "b.pdf", OPTIONS))
    assert reader.metadata is not None
    assert reader.metadata.title == brief_input.meeting["title"]
    assert reader.metadata.author
    assert reader.metadata.subject
    titles = outline_titles(reader)
    for number, section in enumerate(SECTIONS_EN, start=1):
        assert f"{number}. {section}" in titles
    assert reader.trailer["/Root"].get("/Lang") == "en"


def fonts_of(pages: Any) -> list[DictionaryObject]:
    """The font dictionaries the given pages use (their /Resources /Font)."""
    fonts = []
    for page in pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for ref in resources.get_object().get("/Font", {}).values():
            fonts.append(ref.get_object() if isinstance(ref, IndirectObject) else ref)
    return fonts


def is_embedded(font: DictionaryObject) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_only_embedded_fonts(tmp_path, brief_input):
    reader = PdfReader(render_brief(brief_input, tmp_path / "b.pdf", OPTIONS))
    fonts = fonts_of(reader.pages)
    assert fonts
    for font in fonts:
        assert "Helvetica" not in str(font.get("/BaseFont"))
        assert is_embedded(font), font.get("/BaseFont")
    names = {str(f.get("/BaseFont")) for f in fonts}
    assert any("DejaVuSans-Bold" in n for n in names)  # <b> and headings really use the bold file


def test_turkish_labels(tmp_path, brief_input):
    options = BriefOptions(lang="tr", deterministic=True, prepared_on=dt.date(2021, 9, 20))
    pages = text_of(render_brief(brief_input, tmp_path / "tr.pdf", options))
    text = flat(pages)
    for label in (
        "Türk Devletleri Teşkilatı",
        "Dışişleri Bakanları Konseyi",
        "İçindekiler",
        "Genel Bilgiler",
        "Katılımcılar",
        "Gündem",
        "Arka Plan",
        "İlgili Belgeler",
        "Sonuçlar",
        "Açık Eylem Maddeleri",
        "2. Olağanüstü Toplantı",
        "Gizlilik derecesi",
        "27 Eylül 2021",
        "HİZMETE ÖZEL",
        "Heyet Başkanı",
        "Azerbaycan Heyeti",
    ):
        assert label in text, label
    for number, page in enumerate(pages, start=1):
        assert f"Sayfa {number} / {len(pages)}" in page


def test_letter_paper_and_classification_override(tmp_path, brief_input):
    options = BriefOptions(paper="Letter", classification="secret", deterministic=True)
    reader = PdfReader(render_brief(brief_input, tmp_path / "l.pdf", options))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "SECRET" in reader.pages[1].extract_text()


def test_deterministic_output(tmp_path, brief_input):
    one = render_brief(brief_input, tmp_path / "1.pdf", OPTIONS).read_bytes()
    two = render_brief(brief_input, tmp_path / "2.pdf", OPTIONS).read_bytes()
    assert one == two


def test_long_tables_split_and_repeat_their_header(tmp_path):
    crowd = [
        {"country": "KZ", "name": f"Қатысушы {i}", "position": "Кеңесші", "role": "member"}
        for i in range(150)
    ]
    out = render_brief(BriefInput(meeting(participants=crowd), [], []), tmp_path / "l.pdf", OPTIONS)
    pages = [p for p in text_of(out) if "Қатысушы" in p]
    assert len(pages) >= 3
    assert all("Position" in p for p in pages)
    assert "Қатысушы 149" in flat(pages)


def test_empty_meeting_renders(tmp_path):
    bare = {"title": "Bare", "kind": "other"}
    text = flat(text_of(render_brief(BriefInput(bare), tmp_path / "bare.pdf", OPTIONS)))
    assert "None recorded." in text and "Date not set" in text


def three_meetings() -> list[BriefInput]:
    return [
        BriefInput(
            meeting(uuid=f"m{n}", title=f"Toplantı {n} — Dışişleri", ordinal=n), [document()]
        )
        for n in (1, 2, 3)
    ]


def test_book_has_continuous_page_numbers(tmp_path):
    result = render_book(three_meetings(), tmp_path / "book.pdf", OPTIONS, title="Kitap 2021")
    pages = text_of(result.path)
    assert result.pages == len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
    reader = PdfReader(result.path)
    titles = outline_titles(reader)
    for n in (1, 2, 3):
        assert f"{n}. Toplantı {n} — Dışişleri" in titles
        assert f"{n}.2 Participants" in titles
    assert reader.metadata is not None and reader.metadata.title == "Kitap 2021"


def annex_pdf(path: Path, text: str) -> Path:
    register_fonts()
    canvas = Canvas(str(path), pagesize=(400, 300), initialFontName="DejaVuSans")
    for page in (1, 2):
        canvas.setFont("DejaVuSans", 14)
        canvas.drawString(40, 150, f"{text} {page}")
        canvas.showPage()
    canvas.save()
    return path


def test_book_with_annexes_merges_good_and_notes_damaged(tmp_path):
    good = annex_pdf(tmp_path / "good.pdf", "ANNEX SAMPLE Oʻzbekiston")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj <<garbage\n%%EOF")
    items = three_meetings()
    items[0] = BriefInput(
        items[0].meeting,
        [
            document(
                attachments=[
                    {
                        "filename": "good.pdf",
                        "media_type": "application/pdf",
                        "sha256": "a" * 64,
                        "path": str(good),
                    }
                ]
            ),
            document(
                uuid="doc-2",
                title="Bozuk Belge",
                attachments=[
                    {
                        "filename": "bad.pdf",
                        "media_type": "application/pdf",
                        "sha256": "b" * 64,
                        "path": str(bad),
                    }
                ],
            ),
        ],
    )
    options = BriefOptions(deterministic=True, include_annexes=True)
    result = render_book(items, tmp_path / "annexed.pdf", options)
    pages = text_of(result.path)
    assert result.annexes == 1
    assert [s.filename for s in result.skipped_annexes] == ["bad.pdf"]
    text = flat(pages)
    assert "ANNEX SAMPLE Oʻzbekiston 1" in text and "ANNEX SAMPLE Oʻzbekiston 2" in text
    assert "Annex 2 was not included: bad.pdf (Bozuk Belge) is damaged or unreadable." in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    titles = outline_titles(PdfReader(result.path))
    assert "Annexes" in titles and "Annex 1: Afganistan Bildirisi" in titles
    contents = flat(
        pages[1 : pages.index(next(p for p in pages if "1.1 Overview" in p and "Kind" in p))]
    )
    assert "Annex 1: Afganistan Bildirisi" in contents


def test_book_progress_and_cancel(tmp_path):
    seen: list[tuple[int, int]] = []
    render_book(
        three_meetings(),
        tmp_path / "p.pdf",
        OPTIONS,
        progress=lambda d, t: bool(seen.append((d, t))),
    )
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(BriefCancelled):
        render_book(three_meetings(), target, OPTIONS, progress=lambda d, t: d >= 2)
    assert not target.exists()


def test_labels_write_dates_out():
    assert Labels("tr").date("2019-10-14") == "14 Ekim 2019"
    assert Labels("en").date("2019-10-14") == "14 October 2019"
    assert Labels("en").date_range("2019-10-14", "2019-10-15") == "14–15 October 2019"
    assert Labels("en").kind_with_ordinal("regular", 11) == "11th Regular Meeting"
    assert Labels("en").kind_with_ordinal("informal", 3) == "3rd Informal Meeting"
    assert Labels("tr").kind_with_ordinal("extraordinary", 1) == "1. Olağanüstü Toplantı"
    assert Labels("tr").marking("confidential") == "ÖZEL"
    assert Labels("en").marking("NATO RESTRICTED") == "NATO RESTRICTED"


def test_fonts_are_bundled():
    for style in ("", "-Bold", "-Oblique", "-BoldOblique"):
        assert resource_path("fonts", f"DejaVuSans{style}.ttf").is_file()


def test_briefs_never_import_qt():
    code = "import sys, council_desktop.briefs.gather; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_hostile_titles_in_a_book_contents(tmp_path):
    items = [BriefInput(meeting(title=HOSTILE, uuid="h1"))]
    result = render_book(items, tmp_path / "h.pdf", OPTIONS, title=HOSTILE)
    pages = text_of(result.path)
    assert HOSTILE in flat(pages[:1])  # cover
    assert f"1. {HOSTILE}" in flat(pages[1:2])  # contents
    assert f"1. {HOSTILE}" in outline_titles(PdfReader(result.path))


def test_huge_and_odd_text_still_lays_out(tmp_path):
    notes = "Uzun not & <tag> " * 2000 + "SON"
    odd = meeting(
        title="T" * 2000,
        agenda=[{"title": "Madde", "notes": notes}],
        participants=[{"country": None, "name": "Y" * 3000, "position": None, "role": "x"}],
        summary="a\x00b\x07c\r\nd",
    )
    result = render_book([BriefInput(odd)], tmp_path / "odd.pdf", OPTIONS)
    text = flat(text_of(result.path))
    assert "SON" in text and "Uzun not & <tag>" in text
    assert "abc d" in text


def test_long_fields_print_every_character(tmp_path):
    """Huge fields are cut into small pieces for speed: nothing may go missing on the way."""
    odd = meeting(
        summary="ə" * 30_000,  # one run with no space to break at
        agenda=[{"title": "Madde", "notes": "\n".join(f"satır {i}" for i in range(1_000))}],
        participants=[
            {
                "country": "TR",
                "name": "Ş" * 3_000,
                "position": "\n".join(f"p{i}" for i in range(100)),
                "role": "member",
            }
        ],
    )
    text = flat(text_of(render_brief(BriefInput(odd), tmp_path / "long.pdf", OPTIONS)))
    assert text.count("ə") >= 30_000 and text.count("Ş") >= 3_000
    assert all(f"satır {i} " in text for i in range(1_000))
    assert all(f"p{i} " in text for i in range(100))
    assert "not printed" not in text


def test_a_field_beyond_its_print_limit_says_what_was_left_out(tmp_path):
    odd = meeting(title="Kısa", city="K" * 25_000, summary="satır\n" * 5_000)
    out = render_brief(BriefInput(odd), tmp_path / "cut.pdf", BriefOptions(lang="tr"))
    text = flat(text_of(out))
    assert "[… 5.000 karakter daha yazdırılmadı; kaydın tamamı Council Desktop'tadır]" in text
    assert "[… 6.001 karakter daha yazdırılmadı" in text  # lines 4,001-5,000 and a break
