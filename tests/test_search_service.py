"""search() over the sample records: Turkic folding, prefixes, phrases, files, filters, snippets."""

from __future__ import annotations

import pytest

from council_desktop.search.service import search
from council_desktop.store import Store, save_meeting

M = "0c0f1d00-2013-4c0d-9a00-0000000000{:02d}"
D = "0c0f1d00-2013-4c0d-9a00-000000000{}"
SECOND_EXTRAORDINARY = M.format(4)
AFGHANISTAN_DECLARATION = D.format(104)
PROTOCOL = D.format(101)


def found(store: Store, text: str, **kw) -> set[tuple[str, str]]:
    return {(r.type, r.uuid) for r in search(store, text, **kw)}


def test_prefix_finds_afganistan(sample_store: Store) -> None:
    hits = found(sample_store, "afgan")
    assert ("meeting", SECOND_EXTRAORDINARY) in hits
    assert ("document", AFGHANISTAN_DECLARATION) in hits


@pytest.mark.parametrize("typed", ["cavusoglu", "ÇAVUŞOĞLU", "Çavuşoğlu", "çavuş"])
def test_host_name_in_any_spelling(sample_store: Store, typed: str) -> None:
    hits = found(sample_store, typed)
    assert ("meeting", SECOND_EXTRAORDINARY) in hits  # hosted by Mevlüt Çavuşoğlu
    assert all(t == "meeting" for t, _ in hits)


@pytest.mark.parametrize("typed", ["ISTANBUL", "istanbul", "İstanbul", "ıstanbul"])
def test_istanbul_in_any_case(sample_store: Store, typed: str) -> None:
    assert found(sample_store, typed) == found(sample_store, "İstanbul")
    assert ("meeting", SECOND_EXTRAORDINARY) in found(sample_store, typed)


def test_disisleri_finds_disisleri(sample_store: Store) -> None:
    results = search(sample_store, "disisleri")
    assert len(results) >= 8
    assert any("<b>Dışişleri</b>" in r.snippet_html for r in results)


def test_azerbaijani_and_kazakh_names(sample_store: Store) -> None:
    assert found(sample_store, "MƏMMƏDYAROV") == found(sample_store, "memmedyarov") != set()
    assert found(sample_store, "тілеуберді") == found(sample_store, "ТИЛЕУБЕРДИ") != set()


def test_uzbek_apostrophes(sample_store: Store) -> None:
    expected = found(sample_store, "Oʻzbekiston")
    assert expected
    assert found(sample_store, "O'zbekiston") == found(sample_store, "ozbek") == expected


def test_all_words_must_match(sample_store: Store) -> None:
    assert found(sample_store, "afgan istanbul") <= found(sample_store, "afgan")
    assert found(sample_store, "afgan bakü") == set()


def test_a_quoted_phrase_must_be_adjacent(sample_store: Store) -> None:
    assert found(sample_store, '"olağanüstü toplantısı"')
    assert found(sample_store, '"toplantısı olağanüstü"') == set()


def test_words_inside_the_attached_pdf_find_it_as_an_attachment_hit(sample_store: Store) -> None:
    results = search(sample_store, "kararlaştırmışlardır mekanizma", types=["attachment"])
    assert len(results) == 1
    hit = results[0]
    assert hit.uuid == PROTOCOL  # the document to open
    assert hit.record_type == "document"
    assert hit.filename == "İşbirliği Protokolü (özet).pdf"
    assert hit.title == "Dışişleri Bakanlıkları arasında İşbirliği Protokolü"
    assert "<b>kararlaştırmışlardır</b>" in hit.snippet_html
    # a sentence that is only in the PDF (not the document's summary)
    only_pdf = search(sample_store, "Kırgızistan Taraflar")
    assert [(r.type, r.uuid) for r in only_pdf] == [("attachment", PROTOCOL)]


def test_snippet_is_original_text_with_the_match_marked(sample_store: Store) -> None:
    hit = next(r for r in search(sample_store, "afgan") if r.uuid == SECOND_EXTRAORDINARY)
    assert "Afganistan'daki" in hit.snippet
    start, end = hit.highlights[0]
    assert hit.snippet[start:end] == "Afganistan'daki"
    assert "<b>Afganistan'daki</b>" in hit.snippet_html
    assert hit.date == "2021-09-27"
    assert hit.kind == "extraordinary"


def test_title_matches_rank_first(sample_store: Store) -> None:
    results = search(sample_store, "afgan")
    assert results[0].uuid == AFGHANISTAN_DECLARATION  # "Afganistan" is in its title
    assert "<b>" in results[0].title_html


def test_filters(sample_store: Store) -> None:
    assert found(sample_store, "dışişleri", types=["document"]) <= {
        ("document", D.format(n)) for n in (101, 102, 103, 104)
    }
    kinds = {r.kind for r in search(sample_store, "dışişleri", kinds=["extraordinary"])}
    assert kinds == {"extraordinary"}
    dated = search(sample_store, "dışişleri", date_from="2020-01-01", date_to="2020-12-31")
    assert dated and all("2020-01-01" <= (r.date or "") <= "2020-12-31" for r in dated)
    turkey = found(sample_store, "dışişleri", country="TR")
    assert ("meeting", SECOND_EXTRAORDINARY) in turkey
    assert ("meeting", M.format(2)) not in turkey  # held in Baku
    assert ("attachment", PROTOCOL) in found(sample_store, "taraflar", country="KG")  # a party
    assert found(sample_store, "dışişleri", classification="secret") == set()
    assert found(sample_store, "dışişleri", types=[]) == set()


def test_limit(sample_store: Store) -> None:
    assert len(search(sample_store, "dışişleri", limit=2)) == 2
    assert search(sample_store, "dışişleri", limit=0) == []


def test_html_in_records_is_escaped_in_snippets(store: Store) -> None:
    save_meeting(
        store,
        {"title": "<script>alert(1)</script> Şuşa", "kind": "other", "summary": "a < b & Şuşa"},
    )
    (hit,) = search(store, "susa")
    assert "<script>" not in hit.title_html and "&lt;script&gt;" in hit.title_html
    assert hit.snippet_html == "a &lt; b &amp; <b>Şuşa</b>"


def test_long_text_snippet_comes_from_around_the_match(store: Store) -> None:
    filler = "lorem ipsum dolor " * 20_000
    save_meeting(
        store, {"title": "Uzun", "kind": "other", "summary": filler + "Nursultan " + filler}
    )
    (hit,) = search(store, "nursultan")
    assert "<b>Nursultan</b>" in hit.snippet_html
    assert len(hit.snippet) < 300


@pytest.mark.parametrize(
    ("text", "typed", "found"),
    [
        ("Dışişleri Bakanları İstanbul'da", "BAKAN", "Bakanları"),  # folds one to one
        ("Toplantı İstanbul'da yapıldı", "istanbul", "İstanbul'da"),  # ' is dropped: one word
        ("Oʻzbekiston Respublikasi va Oʻzbek tili", "ozbek", "Oʻzbekiston"),  # ʻ is dropped
        ("O'zbek — Oʻzbekiston", "ozbekiston", "Oʻzbekiston"),
        ("Nothing here", "afgan", None),
    ],
)
def test_first_match_and_snippets_map_back_to_the_original(
    text: str, typed: str, found: str | None
) -> None:
    from council_desktop.search.query import parse
    from council_desktop.search.snippets import first_match, matcher, snippet

    pattern = matcher(parse(typed))
    span = first_match(text, pattern)
    assert (text[span[0] : span[1]] if span else None) == found
    piece = snippet(text, pattern)
    assert [piece.text[a:b] for a, b in piece.spans][:1] == ([found] if found else [])
