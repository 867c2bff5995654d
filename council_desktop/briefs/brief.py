"""One meeting's brief: cover, contents, and the numbered sections."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from council_desktop.briefs.annexes import plan_annexes
from council_desktop.briefs.context import Context
from council_desktop.briefs.fonts import FAMILY
from council_desktop.briefs.longtext import LONG_TEXT
from council_desktop.briefs.options import BriefInput, BriefOptions, Record
from council_desktop.briefs.render import build_pdf
from council_desktop.briefs.styles import ACCENT, MARKING, SHADE, esc, loose, record_rows
from council_desktop.briefs.templates import ContextMarker, Heading
from council_desktop.files import write_bytes_atomically

ROLE_ORDER = {"head": 0}


def render_brief(
    data: BriefInput, out_path: str | Path, options: BriefOptions | None = None
) -> Path:
    """Write one meeting's brief to ``out_path`` (atomically) and return the path."""
    options = options or BriefOptions()
    ctx = Context.create(options)
    meeting = data.meeting
    annexes, skipped = plan_annexes([data], ctx) if options.include_annexes else ([], [])
    story: list[Flowable] = [*cover(ctx, meeting), *contents(ctx)]
    story.append(ContextMarker(short_title(meeting), ctx.marking(meeting.get("classification"))))
    story += meeting_sections(ctx, data, prefix="", level=0)
    pdf, _pages = build_pdf(ctx, story, annexes, skipped, meta=metadata(ctx, meeting))
    return write_bytes_atomically(out_path, pdf)


def metadata(ctx: Context, meeting: Record) -> dict[str, Any]:
    """PDF metadata and the running header for one meeting's brief."""
    tags = [str(t) for t in meeting.get("tags") or []]
    return {
        "title": str(meeting.get("title") or ""),
        "author": ctx.author,
        "subject": f"{ctx.labels('council')} — {ctx.labels('brief')}",
        "keywords": tags,
        "lang": ctx.options.lang,
        "marking": ctx.marking(meeting.get("classification")),
        "short_title": short_title(meeting),
    }


def short_title(meeting: Record) -> str:
    """The running header's title (the template shortens it to fit)."""
    return str(meeting.get("title") or "")


def cover(ctx: Context, meeting: Record) -> list[Flowable]:
    """The cover: who prepared it, what meeting, when and where, its marking."""
    s, lab = ctx.styles, ctx.labels
    place = ", ".join(
        p
        for p in (meeting.get("venue"), meeting.get("city"), lab.country(meeting.get("country")))
        if p
    )
    lines: list[Flowable] = [
        Spacer(1, 12 * mm),
        *s.blocks(ctx.organisation, s.cover_org),
        Paragraph(esc(lab("council")), s.cover_sub),
    ]
    if ctx.options.office:
        lines += s.blocks(ctx.options.office, s.cover_line)
    lines += [
        Spacer(1, 30 * mm),
        Paragraph(esc(lab("brief").upper() if lab.lang == "en" else lab("brief")), s.cover_line),
        *s.blocks(meeting.get("title"), s.cover_title),
        Paragraph(
            esc(lab.kind_with_ordinal(meeting.get("kind"), meeting.get("ordinal"))), s.cover_sub
        ),
    ]
    if meeting.get("framework"):
        lines += s.blocks(meeting["framework"], s.cover_line)
    lines += [
        Spacer(1, 10 * mm),
        Paragraph(
            esc(lab.date_range(meeting.get("starts_on"), meeting.get("ends_on"))), s.cover_sub
        ),
    ]
    if place:
        lines += s.blocks(place, s.cover_line)
    for key in ("host", "chair"):
        if meeting.get(key):
            lines += s.blocks(f"{lab(key)}: {meeting[key]}", s.cover_line)
    lines += [
        Spacer(1, 30 * mm),
        marking_box(ctx, ctx.marking(meeting.get("classification"))),
        Spacer(1, 8 * mm),
        Paragraph(
            esc(lab("prepared_on", date=lab.date(ctx.options.prepared_date()))), s.cover_line
        ),
        PageBreak(),
    ]
    return lines


def marking_box(ctx: Context, marking: str) -> Table:
    """The classification marking framed on the cover."""
    box = Table([[Paragraph(esc(marking), ctx.styles.cover_marking)]], colWidths=[90 * mm])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("BOX", (0, 0), (-1, -1), 1.2, MARKING),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def contents(ctx: Context) -> list[Flowable]:
    """The contents page; its entries arrive through TOCEntry notifications (multiBuild)."""
    # Table cells set their own font even around paragraphs: name DejaVu or Helvetica sneaks in.
    toc_table = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    toc = TableOfContents(
        levelStyles=list(ctx.styles.toc_levels), tableStyle=toc_table, dotsMinLevel=0
    )
    # Not kept with the contents: it heads a fresh page, and grouping would lay out the
    # whole contents table once more per pass.
    heading = Heading(
        ctx.labels("contents"), loose(ctx.styles.h1), key=ctx.key("contents"), outline_level=0
    )
    return [heading, toc, PageBreak()]


def meeting_sections(ctx: Context, data: BriefInput, *, prefix: str, level: int) -> list[Flowable]:
    """The numbered sections of one meeting; ``prefix`` "3." numbers them 3.1, 3.2 … in a book."""
    lab = ctx.labels
    builders = [
        ("overview", overview),
        ("participants", participants),
        ("agenda", agenda),
        ("background", background),
        ("documents", documents),
        ("outcomes", outcomes),
        ("actions", actions),
    ]
    story: list[Flowable] = []
    for number, (name, build) in enumerate(builders, start=1):
        label = f"{prefix}{number}" if prefix else f"{number}."
        story.append(CondPageBreak(40 * mm))
        story.append(
            Heading(
                f"{label} {lab(name)}",
                ctx.styles.h1 if level == 0 else ctx.styles.h2,
                key=ctx.key(name),
                outline_level=level,
                toc_level=level,
            )
        )
        story += build(ctx, data) or [Paragraph(esc(lab("none")), ctx.styles.body)]
    return story


def overview(ctx: Context, data: BriefInput) -> list[Flowable]:
    """Key facts as a two-column table, then the summary."""
    m, lab, s = data.meeting, ctx.labels, ctx.styles
    facts = [
        ("kind", lab.kind_with_ordinal(m.get("kind"), m.get("ordinal"))),
        ("dates", lab.date_range(m.get("starts_on"), m.get("ends_on"))),
        ("venue", m.get("venue")),
        ("city", m.get("city")),
        ("country", lab.country(m.get("country"))),
        ("host", m.get("host")),
        ("chair", m.get("chair")),
        ("framework", m.get("framework")),
        ("status", lab.enum("meeting_status", m.get("status"))),
        ("classification", ctx.marking(m.get("classification"))),
        ("tags", ", ".join(str(t) for t in m.get("tags") or [])),
    ]
    widths = [0.28 * ctx.width, 0.72 * ctx.width]
    rows: list[list[object]] = []
    ends: list[bool] = []  # which rows end a fact (a huge value continues on further rows)
    for key, value in facts:
        if value:
            group = s.row_group([lab(key), value], widths, [s.cell_head, s.cell], plain=False)
            rows += group
            ends += [i == len(group) - 1 for i in range(len(group))]
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *record_rows(ends, 0),
            ]
        )
    )
    story: list[Flowable] = [table]
    if m.get("summary"):
        story += [Paragraph(esc(lab("summary")), s.h3), *s.blocks(m["summary"], limits=LONG_TEXT)]
    return story


def participants(ctx: Context, data: BriefInput) -> list[Flowable]:
    """One table per delegation, in order of first appearance, heads of delegation first."""
    lab, s = ctx.labels, ctx.styles
    groups: dict[str, list[Record]] = {}
    for person in data.meeting.get("participants") or []:
        groups.setdefault(person.get("country") or "", []).append(person)
    widths = [0.36 * ctx.width, 0.40 * ctx.width, 0.24 * ctx.width]
    header = [lab("name"), lab("position"), lab("role")]
    story: list[Flowable] = []
    for code, people in groups.items():
        people = sorted(people, key=lambda p: ROLE_ORDER.get(p.get("role") or "", 1))
        title = lab("delegation", country=lab.country(code)) if code else lab("no_country")
        rows = [[p.get("name"), p.get("position"), lab.enum("role", p.get("role"))] for p in people]
        tables = s.table(header, rows, widths)
        story += [Paragraph(esc(title), s.h3), *tables]  # h3 keeps with the table's start
    return story


def agenda(ctx: Context, data: BriefInput) -> list[Flowable]:
    """Numbered agenda items, each with its notes and talking points as written."""
    s = ctx.styles
    story: list[Flowable] = []
    for number, item in enumerate(data.meeting.get("agenda") or [], start=1):
        title = f"{number}. {item.get('title') or ''}"
        story += s.blocks(title, s.h3 if item.get("notes") else loose(s.h3))
        if item.get("notes"):
            story += s.blocks(item["notes"], limits=LONG_TEXT)
    return story


def background(ctx: Context, data: BriefInput) -> list[Flowable]:
    """The Council's previous meetings, most recent first, with what they produced."""
    lab, s = ctx.labels, ctx.styles
    own = data.meeting.get("uuid")
    previous = [m for m in data.background if not own or m.get("uuid") != own]
    previous.sort(key=lambda m: str(m.get("starts_on") or ""), reverse=True)
    if not previous:
        return [Paragraph(esc(lab("no_background")), s.body)]
    story: list[Flowable] = []
    for m in previous:
        where = ", ".join(p for p in (m.get("city"), lab.country(m.get("country"))) if p)
        facts = " · ".join(
            p
            for p in (
                lab.kind_with_ordinal(m.get("kind"), m.get("ordinal")),
                lab.date_range(m.get("starts_on"), m.get("ends_on")),
                where,
            )
            if p
        )
        story += [*s.blocks(m.get("title"), s.h3), *s.blocks(facts, s.small)]
        for outcome in m.get("outcomes") or []:
            story += outcome_line(ctx, outcome)
    return story


def outcome_line(ctx: Context, outcome: Record) -> list[Flowable]:
    """ "Declaration: title" as a bulleted paragraph, the outcome's text indented beneath."""
    kind = ctx.labels.enum("outcome_kind", outcome.get("kind"))
    s = ctx.styles
    story = s.blocks(outcome.get("title"), s.bullet, lead=f"<b>{esc(kind)}:</b> ", bullet="•")
    if outcome.get("text"):
        story += s.blocks(outcome["text"], s.bullet, limits=LONG_TEXT)
    return story


def documents(ctx: Context, data: BriefInput) -> list[Flowable]:
    """The linked documents as a table (title, kind, date, status, reference)."""
    lab = ctx.labels
    rows = [
        [
            d.get("title"),
            lab.enum("document_kind", d.get("kind")),
            lab.date(d.get("dated_on")),
            lab.enum("document_status", d.get("status")),
            d.get("reference"),
        ]
        for d in data.documents
    ]
    if not rows:
        return []
    w = ctx.width
    header = [lab("title"), lab("kind"), lab("date"), lab("status"), lab("reference")]
    return list(ctx.styles.table(header, rows, [0.38 * w, 0.14 * w, 0.17 * w, 0.14 * w, 0.17 * w]))


def outcomes(ctx: Context, data: BriefInput) -> list[Flowable]:
    """What the meeting produced, with the linked document's title where there is one."""
    by_uuid = {d.get("uuid"): d for d in data.documents if d.get("uuid")}
    story: list[Flowable] = []
    for outcome in data.meeting.get("outcomes") or []:
        story += outcome_line(ctx, outcome)
        linked = by_uuid.get(outcome.get("document"))
        if linked:
            line = f"{ctx.labels('document')}: {linked.get('title') or ''}"
            story += ctx.styles.blocks(line, ctx.styles.small)
    return story


def actions(ctx: Context, data: BriefInput) -> list[Flowable]:
    """Open action items, soonest due first (undated last)."""
    lab = ctx.labels
    items = [a for a in data.meeting.get("actions") or [] if (a.get("status") or "open") == "open"]
    items.sort(key=lambda a: (not a.get("due_on"), str(a.get("due_on") or "")))
    rows = [[a.get("title"), a.get("owner"), lab.date(a.get("due_on"))] for a in items]
    if not rows:
        return []
    w = ctx.width
    header = [lab("title"), lab("owner"), lab("due_on")]
    return list(ctx.styles.table(header, rows, [0.55 * w, 0.25 * w, 0.20 * w]))
