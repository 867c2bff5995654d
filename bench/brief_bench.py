"""Figure 6: a meeting's brief and a 100-meeting book, against plain ReportLab.

The baseline lays out a document of the same flowables with ReportLab alone (no app code):
running header and footer with "Page X of Y" (ReportLab's usual canvas recipe), the cover lines, a contents page filled by ``multiBuild``, a heading per section, the facts
table, a table per delegation, agenda paragraphs, background and outcome paragraphs, the
documents and actions tables, in the same DejaVu fonts, on A4. Table cells are plain strings
(the cheapest ReportLab offers) unless they must wrap, and long text is a Paragraph.
"""

from __future__ import annotations

import copy
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from bench.timing import Figure
from council_desktop.store import Store

BRIEF_PARTICIPANTS = 40
BRIEF_AGENDA = 20
BOOK_MEETINGS = 100
FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"


# -- the inputs ---------------------------------------------------------------------------------


def brief_meeting_uuid(store: Store) -> str:
    """A held meeting with documents, from the middle of the archive (it has background)."""
    row = store.conn.execute(
        "SELECT m.uuid FROM meetings m JOIN meeting_documents md ON md.meeting_id = m.id "
        "WHERE m.deleted_at IS NULL AND m.status = 'held' ORDER BY m.starts_on, m.id "
        "LIMIT 1 OFFSET (SELECT count(*) / 2 FROM meetings WHERE status = 'held')"
    ).fetchone()
    if row is None:
        row = store.conn.execute("SELECT uuid FROM meetings ORDER BY id LIMIT 1").fetchone()
    return str(row[0])


def grow(meeting: dict[str, Any]) -> dict[str, Any]:
    """The meeting with 40 participants and 20 agenda items (its own ones repeated, renamed)."""
    m = copy.deepcopy(meeting)
    people = m.get("participants") or [{"name": "Delegate", "country": "TR", "role": "member"}]
    items = m.get("agenda") or [{"title": "Item", "notes": ""}]
    m["participants"] = [
        {
            **people[i % len(people)],
            "uuid": None,
            "name": f"{people[i % len(people)]['name']} {i + 1}",
        }
        for i in range(BRIEF_PARTICIPANTS)
    ]
    m["agenda"] = [
        {
            **items[i % len(items)],
            "uuid": None,
            "title": f"{items[i % len(items)]['title']} ({i + 1})",
        }
        for i in range(BRIEF_AGENDA)
    ]
    return m


# -- the baseline: plain ReportLab -----------------------------------------------------------------


def _fonts() -> None:
    names = {
        "BaseSans": "DejaVuSans.ttf",
        "BaseSans-Bold": "DejaVuSans-Bold.ttf",
        "BaseSans-Oblique": "DejaVuSans-Oblique.ttf",
        "BaseSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    }
    for name, file in names.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(
        "BaseSans",
        normal="BaseSans",
        bold="BaseSans-Bold",
        italic="BaseSans-Oblique",
        boldItalic="BaseSans-BoldOblique",
    )


def _esc(text: object) -> str:
    from xml.sax.saxutils import escape

    return escape("" if text is None else str(text)).replace("\n", "<br/>")


class _PageCountCanvas(Canvas):
    """ReportLab's usual "Page X of Y" recipe: keep the pages, number them on save."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont("BaseSans", 8)
            self.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {number} of {len(self._pages)}")
            Canvas.showPage(self)
        Canvas.save(self)


class _Doc(BaseDocTemplate):
    def __init__(self, path: str, title: str):
        super().__init__(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height)
        self.addPageTemplates([PageTemplate("body", [frame], onPage=self._furniture)])
        self.running_title = title

    def _furniture(self, canv: Canvas, doc: Any) -> None:
        """A running header and footer, as any plain ReportLab report has."""
        width, height = A4
        canv.saveState()
        canv.setFont("BaseSans-Bold", 9)
        canv.drawCentredString(width / 2, height - 11 * mm, "RESTRICTED")
        canv.setFont("BaseSans", 8)
        canv.drawString(20 * mm, height - 18 * mm, self.running_title[:60])
        canv.drawString(20 * mm, 15 * mm, "Organization of Turkic States")
        canv.line(20 * mm, height - 19.5 * mm, width - 20 * mm, height - 19.5 * mm)
        canv.restoreState()

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (ReportLab's name)
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName="BaseSans", fontSize=10, leading=13)
    return {
        "body": base,
        "h1": ParagraphStyle("h1", base, fontName="BaseSans-Bold", fontSize=15, leading=19),
        "h2": ParagraphStyle("h2", base, fontName="BaseSans-Bold", fontSize=12, leading=15),
        "h3": ParagraphStyle("h3", base, fontName="BaseSans-Bold", fontSize=10.5, leading=14),
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", base, fontName="BaseSans-Bold", fontSize=20, leading=25),
    }


_TABLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), "BaseSans"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("FONTNAME", (0, 0), (-1, 0), "BaseSans-Bold"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)


def _heading(text: str, style: ParagraphStyle, level: int) -> Paragraph:
    p = Paragraph(_esc(text), style)
    p.toc_level = level  # type: ignore[attr-defined]
    return p


_CELL = ParagraphStyle("cell", fontName="BaseSans", fontSize=9, leading=11.5)


def _cell(value: Any, width: float) -> Any:
    """A plain string when it fits the column, else a wrapping Paragraph (or it would spill)."""
    text = "" if value is None else str(value)
    if pdfmetrics.stringWidth(text, "BaseSans", 9) <= width - 12:
        return text
    return Paragraph(_esc(text), _CELL)


def _table(header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
    cells = [[_cell(c, w) for c, w in zip(row, widths, strict=True)] for row in rows]
    table = Table([header, *cells], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_TABLE)
    return table


def _meeting_story(data: Any, s: dict[str, ParagraphStyle], width: float, level: int) -> list[Any]:
    m = data.meeting
    h = s["h1"] if level == 0 else s["h2"]
    story: list[Any] = [_heading("Overview", h, level)]
    facts = [
        [k, m.get(k)] for k in ("kind", "starts_on", "venue", "city", "host", "chair") if m.get(k)
    ]
    story.append(_table(["Fact", "Value"], facts, [0.28 * width, 0.72 * width]))
    if m.get("summary"):
        story.append(Paragraph(_esc(m["summary"]), s["body"]))
    story.append(_heading("Participants", h, level))
    groups: dict[str, list[Any]] = {}
    for p in m.get("participants") or []:
        groups.setdefault(p.get("country") or "", []).append(p)
    for code, people in groups.items():
        story.append(Paragraph(_esc(code), s["h3"]))
        rows = [[p.get("name"), p.get("position"), p.get("role")] for p in people]
        story.append(
            _table(["Name", "Position", "Role"], rows, [0.36 * width, 0.40 * width, 0.24 * width])
        )
    story.append(_heading("Agenda", h, level))
    for n, item in enumerate(m.get("agenda") or [], start=1):
        story.append(Paragraph(f"{n}. {_esc(item.get('title'))}", s["h3"]))
        if item.get("notes"):
            story.append(Paragraph(_esc(item["notes"]), s["body"]))
    story.append(_heading("Background", h, level))
    for b in data.background:
        story += [
            Paragraph(_esc(b.get("title")), s["h3"]),
            Paragraph(_esc(b.get("starts_on")), s["small"]),
        ]
        for o in b.get("outcomes") or []:
            story.append(
                Paragraph(
                    f"<b>{_esc(o.get('kind'))}:</b> {_esc(o.get('title'))}<br/>{_esc(o.get('text'))}",
                    s["body"],
                    bulletText="•",
                )
            )
    story.append(_heading("Documents", h, level))
    docs = [
        [d.get("title"), d.get("kind"), d.get("dated_on"), d.get("status"), d.get("reference")]
        for d in data.documents
    ]
    if docs:
        w = width
        story.append(
            _table(
                ["Title", "Kind", "Date", "Status", "Reference"],
                docs,
                [0.38 * w, 0.14 * w, 0.17 * w, 0.14 * w, 0.17 * w],
            )
        )
    story.append(_heading("Outcomes", h, level))
    for o in m.get("outcomes") or []:
        story.append(
            Paragraph(
                f"<b>{_esc(o.get('kind'))}:</b> {_esc(o.get('title'))}<br/>{_esc(o.get('text'))}",
                s["body"],
                bulletText="•",
            )
        )
    story.append(_heading("Actions", h, level))
    acts = [
        [a.get("title"), a.get("owner"), a.get("due_on")]
        for a in m.get("actions") or []
        if a.get("status") == "open"
    ]
    if acts:
        story.append(
            _table(["Title", "Owner", "Due"], acts, [0.55 * width, 0.25 * width, 0.20 * width])
        )
    return story


def plain_reportlab(items: list[Any], path: Path) -> None:
    """The same document as plain ReportLab: cover, contents (multiBuild), the sections."""
    _fonts()
    s = _styles()
    book = len(items) > 1
    first = items[0].meeting
    doc = _Doc(str(path), "Briefing book" if book else str(first.get("title")))
    story: list[Any] = [
        Spacer(1, 12 * mm),
        Paragraph("Organization of Turkic States", s["h2"]),
        Paragraph("Council of Foreign Ministers", s["body"]),
        Spacer(1, 30 * mm),
        Paragraph(_esc("Briefing book" if book else first.get("title")), s["title"]),
        Paragraph(_esc(first.get("starts_on")), s["body"]),
        PageBreak(),
        Paragraph("Contents", s["h1"]),
        TableOfContents(levelStyles=[s["body"], s["small"]]),
        PageBreak(),
    ]
    for n, item in enumerate(items, start=1):
        if book:
            if n > 1:
                story.append(PageBreak())
            story.append(_heading(f"{n}. {item.meeting.get('title')}", s["h1"], 0))
        story += _meeting_story(item, s, doc.width, 1 if book else 0)
    doc.multiBuild(story, maxPasses=8, canvasmaker=_PageCountCanvas)


# -- the figure --------------------------------------------------------------------------------


def _median(run: Any, repeats: int) -> tuple[float, list[float], float]:
    """Median wall-clock seconds, the samples, and the median CPU seconds."""
    run()  # warm-up: fonts, caches
    samples, cpu = [], []
    for _ in range(repeats):
        began, began_cpu = time.perf_counter(), time.process_time()
        run()
        samples.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return statistics.median(samples), samples, statistics.median(cpu)


def _cpu_note(figure: Figure, ours_cpu: float, base_cpu: float) -> None:
    """CPU time leaves out the app's fsync of the finished file and other processes' load."""
    figure.details["cpu_ratio"] = ours_cpu / base_cpu
    figure.note = f"CPU-time ratio {ours_cpu / base_cpu:.2f}"


def measure_briefs(store: Store, *, repeats: int, book_repeats: int) -> list[Figure]:
    """The brief (40 participants, 20 agenda items) and the 100-meeting book."""
    brief_fig = Figure("6 brief", "s", target="< 0.5 s and ratio <= 1.5")
    book_fig = Figure("6 book (100 meetings)", "s", target="ratio <= 1.5")
    try:
        from council_desktop.briefs import BriefInput, render_book, render_brief
        from council_desktop.briefs.gather import gather_brief_input
    except ImportError as exc:
        why = f"council_desktop.briefs is not importable ({exc})"
        return [brief_fig.unavailable(why), book_fig.unavailable(why)]
    with tempfile.TemporaryDirectory(prefix="bench-brief-") as tmp:
        out = Path(tmp)
        gathered = gather_brief_input(store, brief_meeting_uuid(store))
        one = BriefInput(grow(gathered.meeting), gathered.documents, gathered.background)
        ours, samples, ours_cpu = _median(lambda: render_brief(one, out / "brief.pdf"), repeats)
        base, base_samples, base_cpu = _median(
            lambda: plain_reportlab([one], out / "plain.pdf"), repeats
        )
        brief_fig.ours, brief_fig.baseline = ours, base
        brief_fig.details = {"seconds": samples, "baseline_seconds": base_samples}
        _cpu_note(brief_fig, ours_cpu, base_cpu)
        ratio = brief_fig.ratio
        brief_fig.judge(ours < 0.5 and ratio is not None and ratio <= 1.5)

        uuids = [
            r[0]
            for r in store.conn.execute(
                "SELECT uuid FROM meetings WHERE deleted_at IS NULL AND status = 'held' "
                "ORDER BY starts_on DESC, id LIMIT ?",
                [BOOK_MEETINGS],
            )
        ]
        items = [gather_brief_input(store, u) for u in uuids]
        ours, samples, ours_cpu = _median(
            lambda: render_book(items, out / "book.pdf"), book_repeats
        )
        base, base_samples, base_cpu = _median(
            lambda: plain_reportlab(items, out / "plain-book.pdf"), book_repeats
        )
        book_fig.ours, book_fig.baseline = ours, base
        book_fig.details = {
            "meetings": len(items),
            "seconds": samples,
            "baseline_seconds": base_samples,
        }
        _cpu_note(book_fig, ours_cpu, base_cpu)
        ratio = book_fig.ratio
        book_fig.judge(ratio is not None and ratio <= 1.5)
    return [brief_fig, book_fig]
