"""The benchmark harness runs end to end at the quick size (a smoke test: no time is asserted).

Speed is judged by ``make bench`` and written up in docs/performance.md; this only proves the
harness has not rotted: it runs, prints its one table and writes a JSON file in which every
figure either has its number (and the baseline where it has one) or says why not.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURES = (
    "1 import",
    "2 start",
    "3 list: open",
    "3 list: jump to last row",
    "3 list: quick filter",
    "3 list: sort column",
    "4 search median",
    "4 search p95",
    "5 calendar month paint",
    "5 timeline fit-all paint",
    "5 timeline page first open",
    "5 follow-up page first open",
    "6 brief",
    "6 book (100 meetings)",
    "7 peak RSS, every view",
    "8 bundle size",
)
WITH_BASELINE = {"1 import", "2 start", "4 search median", "4 search p95", "6 brief"}


def test_quick_harness_runs_and_reports_every_figure(tmp_path: Path) -> None:
    out, data = tmp_path / "out", tmp_path / "data"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--out", str(out), "--data", str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads((out / "results-quick.json").read_text(encoding="utf-8"))
    figures = {f["name"]: f for f in result["figures"]}
    assert list(figures) == list(FIGURES)
    for name, f in figures.items():
        assert name in proc.stdout  # the one table names every figure
        if f["verdict"] == "not available yet":
            assert f["note"] and f["ours"] is None  # never a made-up number
        else:
            assert f["ours"] is not None and f["ours"] > 0, name
            assert f["verdict"] in ("ok", "SHORT", "n/a"), name
    for name in WITH_BASELINE:
        f = figures[name]
        if f["verdict"] != "not available yet":
            assert f["baseline"] > 0 and f["ratio"] > 0, name
    imported = figures["1 import"]["details"]
    assert imported["records"] == 3_000 + 1_500  # every generated record was imported
    assert result["machine"]["cpus"] >= 1
