"""Any Unicode in any text field survives export -> import -> export unchanged."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from council_desktop.exchange.json_format import export_data, import_data
from council_desktop.store import Store

# Any text: control characters, RTL, emoji, markup characters; titles must not be blank.
any_text = st.text(st.characters(codec="utf-8"), max_size=40)
title = any_text.filter(lambda s: s.strip() != "")
hostile = st.sampled_from(
    [
        "<b>x</b> & <img src='/etc/passwd'/>",
        "مرحبا בעולם",
        "🇹🇷🇦🇿 emoji",
        "\x00\x01\x1f\x7f",
        "a" * 100_000,
    ]
)
text = st.one_of(any_text, hostile)

meeting = st.fixed_dictionaries(
    {
        "uuid": st.uuids().map(str),
        "title": st.one_of(title, hostile),
        "kind": st.sampled_from(["summit", "regular", "extraordinary", "informal", "other"]),
        "city": text,
        "venue": text,
        "host": text,
        "summary": text,
        "tags": st.lists(any_text, max_size=3),
        "participants": st.lists(
            st.fixed_dictionaries({"name": title, "position": text, "role": st.just("member")}),
            max_size=3,
        ),
        "agenda": st.lists(st.fixed_dictionaries({"title": title, "notes": text}), max_size=3),
    }
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(meeting, min_size=1, max_size=3, unique_by=lambda m: m["uuid"]))
def test_any_text_round_trips(meetings) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first = Store.open(Path(tmp) / "a.sqlite")
        second = Store.open(Path(tmp) / "b.sqlite")
        try:
            data = {"format": "council-desktop", "version": 1, "meetings": meetings}
            import_data(first, json.loads(json.dumps(data)), Path(tmp))
            exported = export_data(first)
            import_data(second, json.loads(json.dumps(exported)), Path(tmp))
            again = export_data(second)
            assert again == exported
            by_uuid = {m["uuid"]: m for m in again["meetings"]}
            for m in meetings:
                assert by_uuid[m["uuid"]]["title"] == m["title"]
                assert by_uuid[m["uuid"]]["summary"] == m["summary"]
        finally:
            first.close()
            second.close()
