"""A briefing book: several meetings' briefs in one PDF, with annexes if asked for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from council_desktop.briefs.annexes import plan_annexes
from council_desktop.briefs.brief import contents, marking_box, meeting_sections, short_title
from council_desktop.briefs.context import Context
from council_desktop.briefs.labels import highest_classification
from council_desktop.briefs.options import (
    BookResult,
    BriefCancelled,
    BriefInput,
    BriefOptions,
    ProgressCallback,
)
from council_desktop.briefs.render import build_pdf
from council_desktop.briefs.styles import clip, esc
from council_desktop.briefs.templates import ContextMarker, Heading
from council_desktop.files import write_bytes_atomically


def render_book(
    items: list[BriefInput],
    out_path: str | Path,
    options: BriefOptions | None = None,
    *,
    title: str | None = None,
    progress: ProgressCallback | None = None,
) -> BookResult:
    """Write the meetings' briefs one after another as one book, pages numbered throughout.

    ``progress(done, total)`` is called as layout goes on (from this thread); returning True
    cancels with ``BriefCancelled`` and writes nothing.
    """
    if not items:
        raise ValueError("A briefing book needs at least one meeting.")
    options = options or BriefOptions()
    ctx = Context.create(options)
    title = title or ctx.labels("book")
    marking = ctx.marking(highest_classification([i.meeting.get("classification") for i in items]))
    tracker = _Progress(progress, len(items))
    tracker.report(0)
    annexes, skipped = plan_annexes(items, ctx) if options.include_annexes else ([], [])
    story: list[Flowable] = [*book_cover(ctx, items, title, marking), *contents(ctx)]
    for number, item in enumerate(items, start=1):
        meeting = item.meeting
        if number > 1:
            story.append(PageBreak())
        story.append(
            ContextMarker(short_title(meeting), ctx.marking(meeting.get("classification")))
        )
        story.append(
            Heading(
                f"{number}. {meeting.get('title') or ''}",
                ctx.styles.h1,
                key=ctx.key(f"meeting{number}"),
                outline_level=0,
                toc_level=0,
            )
        )
        full_title = str(meeting.get("title") or "")
        if clip(full_title) != full_title:  # the heading was shortened: print it all once
            story += ctx.styles.blocks(full_title, ctx.styles.h3)
        story += ctx.styles.blocks(meeting_line(ctx, meeting), ctx.styles.small)
        story += meeting_sections(ctx, item, prefix=f"{number}.", level=1)
    meta: dict[str, Any] = {
        "title": title,
        "author": ctx.author,
        "subject": f"{ctx.labels('council')} — {ctx.labels('book')}",
        "keywords": sorted({str(t) for i in items for t in i.meeting.get("tags") or []}),
        "lang": options.lang,
        "marking": marking,
        "short_title": title,
    }
    pdf, pages = build_pdf(ctx, story, annexes, skipped, meta=meta, on_marker=tracker.marker)
    path = write_bytes_atomically(out_path, pdf)
    tracker.report(tracker.total)
    return BookResult(path, pages, len(annexes), skipped)


def meeting_line(ctx: Context, meeting: dict[str, Any]) -> str:
    """ "2nd Extraordinary Meeting · 27 September 2021 · İstanbul, Türkiye" under a title."""
    lab = ctx.labels
    where = ", ".join(p for p in (meeting.get("city"), lab.country(meeting.get("country"))) if p)
    parts = (
        lab.kind_with_ordinal(meeting.get("kind"), meeting.get("ordinal")),
        lab.date_range(meeting.get("starts_on"), meeting.get("ends_on")),
        where,
    )
    return " · ".join(p for p in parts if p)


def book_cover(ctx: Context, items: list[BriefInput], title: str, marking: str) -> list[Flowable]:
    """The book's cover: organisation, title, how many meetings over which dates, marking."""
    s, lab = ctx.styles, ctx.labels
    starts = sorted(str(i.meeting["starts_on"]) for i in items if i.meeting.get("starts_on"))
    ends = sorted(
        str(i.meeting.get("ends_on") or i.meeting["starts_on"])
        for i in items
        if i.meeting.get("starts_on")
    )
    story: list[Flowable] = [
        Spacer(1, 12 * mm),
        *s.blocks(ctx.organisation, s.cover_org),
        Paragraph(esc(lab("council")), s.cover_sub),
    ]
    if ctx.options.office:
        story += s.blocks(ctx.options.office, s.cover_line)
    story += [
        Spacer(1, 40 * mm),
        *s.blocks(title, s.cover_title),
        Paragraph(esc(lab.count("meetings", len(items))), s.cover_sub),
    ]
    if starts:
        story.append(Paragraph(esc(lab.date_range(starts[0], ends[-1])), s.cover_line))
    story += [
        Spacer(1, 40 * mm),
        marking_box(ctx, marking),
        Spacer(1, 8 * mm),
        Paragraph(
            esc(lab("prepared_on", date=lab.date(ctx.options.prepared_date()))), s.cover_line
        ),
        PageBreak(),
    ]
    return story


class _Progress:
    """Maps layout events to (done, total): about two layout passes, one step per meeting each."""

    def __init__(self, callback: ProgressCallback | None, meetings: int) -> None:
        self.callback = callback
        self.meetings = max(meetings, 1)
        self.total = 2 * self.meetings + 1
        self._pass = 0
        self._seen = 0

    def report(self, done: int) -> None:
        if self.callback is not None and self.callback(done, self.total):
            raise BriefCancelled("briefing book cancelled")

    def marker(self, layout_pass: int) -> None:
        if layout_pass != self._pass:
            self._pass, self._seen = layout_pass, 0
        self._seen += 1
        done = (min(layout_pass, 2) - 1) * self.meetings + min(self._seen, self.meetings)
        self.report(min(done, self.total - 1))
