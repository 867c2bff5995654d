"""Figure 4: search, 30 typed queries through the app's ``search()`` against raw FTS5 SQL.

The baseline is the same query as a person who knows FTS5 would write it by hand: the folded
words as quoted prefixes, ``MATCH`` on the same index, ranked by the same bm25 weights, the
same LIMIT, reading the same columns. Its MATCH strings are prepared before the clock starts.
"""

from __future__ import annotations

import importlib
import statistics
import time
from typing import Any

from bench.timing import Figure, percentile
from council_desktop.records.folding import fold
from council_desktop.store import Store

# One to three words: Turkish, Azerbaijani, Kazakh and Kyrgyz Cyrillic, Uzbek, English, and
# prefixes (what a person has typed half-way).
QUERIES = (
    "dışişleri",
    "İstanbul",
    "Orta Koridor",
    "gümrük işlemleri",
    "Türk Devletleri Teşkilatı",
    "Kervansaray",
    "Şuşa",
    "kültürel miras",
    "Bakü",
    "e-ticaret",
    "əməkdaş",
    "Enerji təhlükəsizliyi",
    "Түркістан",
    "ынтымақтастық",
    "көлік транзит",
    "Ысык-Көл",
    "Манас эпосу",
    "Oʻzbekiston",
    "hamkorlik",
    "Samarqand sammiti",
    "caravanserai",
    "transport route",
    "Secretary General",
    "declaration",
    "dışiş",
    "ekono",
    "Turkiy til",
    "мемлекет",
    "кызматташ",
    "migra",
)
LIMIT = 50
WEIGHTS = {"title": 10.0, "body": 1.0}  # the service's bm25 weights; other columns 0


def raw_sql(store: Store) -> str:
    """The hand-written query for the index as this database has it (columns in order)."""
    cols = [r[1] for r in store.conn.execute("PRAGMA table_info(search_index)")]
    weights = ", ".join(str(WEIGHTS.get(c, 0.0)) for c in cols)
    return (
        "SELECT rowid, title_raw, body_raw FROM search_index "
        f"WHERE search_index MATCH ? ORDER BY bm25(search_index, {weights}) LIMIT ?"
    )


def raw_match(text: str) -> str:
    """The hand-written MATCH string: every folded word a quoted prefix, all required."""
    words = [w for w in fold(text).replace("-", " ").split() if w]
    return " AND ".join(f'"{w}"*' for w in words)


def _timed(run: Any, items: list[Any], repeats: int) -> tuple[list[float], list[int]]:
    """Per item: the median of ``repeats`` runs (after one warm-up run of every item)."""
    for item in items:
        run(item)
    medians, hits = [], []
    for item in items:
        samples = []
        found = 0
        for _ in range(repeats):
            began = time.perf_counter()
            found = len(run(item))
            samples.append(time.perf_counter() - began)
        medians.append(statistics.median(samples))
        hits.append(found)
    return medians, hits


def measure_search(store: Store, *, repeats: int) -> list[Figure]:
    """Median and p95 of the 30 queries, ours against the raw FTS5 SQL."""
    median_fig = Figure("4 search median", "ms", target="ratio <= 1.5")
    p95_fig = Figure("4 search p95", "ms", target="< 50 ms and ratio <= 1.5")
    try:
        service = importlib.import_module("council_desktop.search.service")
    except ImportError:
        why = "council_desktop/search/service.py does not exist"
        return [median_fig.unavailable(why), p95_fig.unavailable(why)]
    queries = list(QUERIES)
    ours, our_hits = _timed(lambda q: service.search(store, q, limit=LIMIT), queries, repeats)
    matches = [raw_match(q) for q in queries]
    sql = raw_sql(store)
    raw, raw_hits = _timed(
        lambda m: store.conn.execute(sql, [m, LIMIT]).fetchall(), matches, repeats
    )
    details = {
        "queries": dict(zip(queries, [round(t * 1000, 2) for t in ours], strict=True)),
        "raw_ms": [round(t * 1000, 2) for t in raw],
        "hits": our_hits,
        "raw_hits": raw_hits,
        "empty": [q for q, h in zip(queries, our_hits, strict=True) if h == 0],
    }
    median_fig.ours = statistics.median(ours) * 1000
    median_fig.baseline = statistics.median(raw) * 1000
    median_fig.details = details
    p95_fig.ours = percentile(ours, 95) * 1000
    p95_fig.baseline = percentile(raw, 95) * 1000
    median_ratio, p95_ratio = median_fig.ratio, p95_fig.ratio
    median_fig.judge(median_ratio is not None and median_ratio <= 1.5)
    p95_fig.judge(p95_fig.ours < 50 and p95_ratio is not None and p95_ratio <= 1.5)
    return [median_fig, p95_fig]
