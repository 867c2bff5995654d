"""Small timing helpers shared by the figures: medians after a warm-up, percentiles, results.

Every figure is a :class:`Figure`: our number, the baseline measured in the same run, their
ratio, the target and a verdict. A figure whose subject does not exist yet says so in ``note``
and carries no number; the harness never invents one.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Figure:
    """One row of the results table."""

    name: str
    unit: str
    ours: float | None = None
    baseline: float | None = None
    target: str = ""
    #: Checks ``(ours, baseline, ratio)`` against the target; None when there is nothing to check.
    verdict: str = "n/a"
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    #: True when a higher number is better (records per second): the ratio is baseline / ours.
    higher_is_better: bool = False

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.baseline is None or not self.baseline or not self.ours:
            return None
        if self.higher_is_better:
            return self.baseline / self.ours
        return self.ours / self.baseline

    def judge(self, ok: bool) -> Figure:
        self.verdict = "ok" if ok else "SHORT"
        return self

    def unavailable(self, why: str) -> Figure:
        self.verdict = "not available yet"
        self.note = why
        return self

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["ratio"] = self.ratio
        return out


def median_time(
    run: Callable[[], object], *, repeats: int = 5, warmup: int = 1
) -> tuple[float, list[float]]:
    """Median seconds of ``run()`` over ``repeats`` runs after ``warmup`` unmeasured ones."""
    for _ in range(warmup):
        run()
    samples = []
    for _ in range(repeats):
        began = time.perf_counter()
        run()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples), samples


def percentile(samples: list[float], p: float) -> float:
    """The ``p``-th percentile (0-100) by linear interpolation between closest ranks."""
    ordered = sorted(samples)
    if not ordered:
        raise ValueError("no samples")
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)
