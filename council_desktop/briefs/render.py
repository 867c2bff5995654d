"""Lay out a story in a ``BriefDocTemplate``, stamp annexes in, and write the file atomically."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from council_desktop.briefs.annexes import Annex, annex_story, stamp_annexes
from council_desktop.briefs.context import Context
from council_desktop.briefs.options import SkippedAnnex
from council_desktop.briefs.styles import esc
from council_desktop.briefs.templates import (
    BriefDocTemplate,
    ContextMarker,
    Heading,
)


def build_pdf(
    ctx: Context,
    story: list[Flowable],
    annexes: list[Annex],
    skipped: list[SkippedAnnex],
    *,
    meta: dict[str, Any],
    on_marker: Callable[[int], None] | None = None,
) -> tuple[bytes, int]:
    """The finished PDF bytes and page count.

    ``multiBuild`` repeats the layout until the contents page and the page total are stable
    (normally two passes); ``on_marker`` is called with the pass number at every meeting
    start, so a book can report progress and cancel.
    """
    meta = dict(meta)
    if annexes or skipped:
        # Annexes run under the whole document's title and marking, not the last meeting's.
        marker = ContextMarker(meta["short_title"], meta["marking"])
        story = story + annex_story(ctx, annexes, skipped, marker)
    buffer = io.BytesIO()
    doc = BriefDocTemplate(
        buffer,
        paper=ctx.options.paper,
        page_label=ctx.labels("page"),
        header_right=ctx.labels("council"),
        footer_left=ctx.organisation,
        marking=meta.pop("marking"),
        short_title=meta.pop("short_title"),
        deterministic=ctx.options.deterministic,
        **meta,
    )
    doc.on_marker = on_marker
    prefill_contents(story)
    doc.multiBuild(story, maxPasses=8)
    pdf = buffer.getvalue()
    if annexes:
        pdf = stamp_annexes(pdf, annexes, doc.slots, doc.body_box)
    return pdf, doc.page


def prefill_contents(story: list[Flowable]) -> None:
    """Give the contents its entries (without page numbers) before the first pass.

    The first pass then reserves the contents' real length, so the page numbers settle in two
    passes instead of three; a long book lays out a third faster.
    """
    entries = [
        (f.toc_level, esc(f.plain_text), 0, f.bookmark_key)
        for f in story
        if isinstance(f, Heading) and f.toc_level is not None
    ]
    for flowable in story:
        if isinstance(flowable, TableOfContents):
            flowable.addEntries(entries)
