"""Typed text → FTS5 MATCH: folded, every token quoted, never an error."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from council_desktop.search.query import MAX_TOKENS, parse
from council_desktop.search.service import search
from council_desktop.store import Store


def test_words_are_folded_quoted_prefixes_all_required() -> None:
    q = parse("ÇAVUŞOĞLU İstanbul")
    assert q.words == ("cavusoglu", "istanbul")
    assert q.match_expression() == '"cavusoglu"* AND "istanbul"*'


def test_quoted_text_is_a_phrase() -> None:
    q = parse('"Dışişleri Bakanları" Bakü')
    assert q.phrases == (("disisleri", "bakanlari"),)
    assert q.words == ("baku",)
    assert q.match_expression() == '"baku"* AND "disisleri bakanlari"*'


def test_an_unclosed_quote_makes_the_rest_a_phrase() -> None:
    assert parse('afgan "türk kon').phrases == (("turk", "kon"),)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("İzmir-Ankara", ("izmir", "ankara")),
        ("O'zbek", ("ozbek",)),
        ("Oʻzbekiston", ("ozbekiston",)),
        ("AND", ("and",)),
        ("NEAR(", ("near",)),
        ("title:afgan", ("title", "afgan")),
        ("a OR b NOT c", ("a", "or", "b", "not", "c")),
        ("snake_case", ("snake", "case")),
    ],
)
def test_operators_and_punctuation_become_plain_words(typed: str, words: tuple[str, ...]) -> None:
    q = parse(typed)
    assert q.words == words
    assert all(part.startswith('"') for part in q.match_expression().split(" AND "))


@pytest.mark.parametrize("typed", ['"', "*", "(", ")", "-", "^", ":", '""', "  ", "", "'", "ʻ"])
def test_nothing_searchable_is_an_empty_query(typed: str) -> None:
    assert parse(typed).empty
    assert parse(typed).match_expression() == ""


def test_a_pasted_page_is_bounded() -> None:
    assert len(parse("kelime " * 1000 + " ".join(f"w{i}" for i in range(500))).words) <= MAX_TOKENS


@pytest.fixture(scope="module")
def small_store():
    from council_desktop.store import save_meeting

    s = Store.memory()
    save_meeting(
        s,
        {
            "title": "İzmir-Ankara toplantısı",
            "kind": "regular",
            "starts_on": "2024-01-02",
            "summary": 'O\'zbekiston; NEAR(a b) AND "quoted" * ( ) ^ title:x',
        },
    )
    yield s
    s.close()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_no_typed_text_raises(small_store: Store, text: str) -> None:
    results = search(small_store, text)
    assert isinstance(results, list)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("\"*()-^:+ ANDORNEAT'ʻ’İıəşÇ{}[],.;\\/")), max_size=30)
)
def test_fts5_syntax_characters_never_raise(small_store: Store, text: str) -> None:
    search(small_store, text)


@pytest.mark.parametrize(
    "typed", ["İzmir-Ankara", "O'zbek", "ozbekiston", '"izmir ankara"', "NEAR(a", "AND quoted"]
)
def test_awkward_text_finds_what_it_names(small_store: Store, typed: str) -> None:
    assert len(search(small_store, typed)) == 1
