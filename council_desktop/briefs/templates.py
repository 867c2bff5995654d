"""The page furniture: classification marking top and bottom, short title, "Page X of Y".

``BriefDocTemplate`` turns marked flowables into contents entries and PDF bookmarks
(``afterFlowable``). "of Y" is the page count of the previous layout pass: ``multiBuild`` lays
the story out again until the contents *and* the page total are stable. (A canvas that holds
pages back until save() to learn the total breaks every bookmark: ReportLab would still be
on page 1 when they are made.)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.paragraph import ParagraphStyle

from council_desktop.briefs.fonts import BOLD, FAMILY
from council_desktop.briefs.styles import ACCENT, MARKING, RULE, clip, esc

PAGE_SIZES = {"A4": A4, "Letter": letter}
MARGIN_X = 20 * mm
MARGIN_Y = 27 * mm


class Heading(Paragraph):
    """A heading that becomes a bookmark, and a contents entry when ``toc_level`` is set."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        key: str,
        outline_level: int,
        toc_level: int | None = None,
    ) -> None:
        text = clip(text)  # a heading must fit a page and a contents line; the body has it all
        super().__init__(esc(text), style)
        self.plain_text = text
        self.bookmark_key = key
        self.outline_level = outline_level
        self.toc_level = toc_level


class ContextMarker(Flowable):
    """Zero-size flowable switching the running header (short title, marking) from here on."""

    def __init__(self, short_title: str, marking: str) -> None:
        super().__init__()
        self.short_title = short_title
        self.marking = marking
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class AnnexSlot(Flowable):
    """A reserved page whose body is later filled with one page of an annex PDF."""

    def __init__(self, annex: int, index: int) -> None:
        super().__init__()
        self.annex = annex
        self.index = index

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, 1

    def draw(self) -> None:
        pass


class HeadingGroup(KeepTogether):
    """Headings (``keepWithNext`` styles) and the block after them, as ReportLab groups them.

    ReportLab's own KeepTogether moves the whole group to the next page whenever it does not
    fit, so a heading followed by a long table left most of a page blank, or (when the table
    was already a KeepTogether) stayed behind alone. Here the group stays where it is when the
    headings and the first piece of the next block fit, and moves as a whole only when they do
    not: a heading is never the last line of a page.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 - ReportLab's names
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = list(self._content)
        frame = getattr(self, "_frame", None)
        if aH >= self._H or frame is None or getattr(frame, "_atTop", False):
            return content  # it fits, or a new page would be no better
        *heads, follower = content
        room = aH - follower.getSpaceBefore()
        for head in heads:
            room -= head.wrapOn(self.canv, aW, aH)[1] + head.getSpaceBefore()
            room -= head.getSpaceAfter()
        if room > 0:
            height = follower.wrapOn(self.canv, aW, room)[1]
            if height <= room or follower.splitOn(self.canv, aW, room):
                return content
        return [FrameBreak(), *content]


@functools.lru_cache(maxsize=256)
def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, shortened with an ellipsis to fit ``width`` points.

    Every page draws the same few header lines: they are measured once (cached), and the cut
    is found by bisection, not one character at a time (docs/performance.md).
    """
    text = " ".join(text[:400].split())  # no header line holds more than 400 characters
    if stringWidth(text, font, size) <= width:
        return text
    fits, too_long = 0, len(text)  # the longest prefix that fits with "…" lies in [fits, too_long)
    while too_long - fits > 1:
        mid = (fits + too_long) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            fits = mid
        else:
            too_long = mid
    return text[:fits].rstrip() + "…"


class BriefDocTemplate(BaseDocTemplate):
    """One body frame per page, furniture drawn at page end from the current context."""

    def __init__(
        self,
        target: Any,
        *,
        paper: str,
        page_label: str,
        header_right: str,
        footer_left: str,
        marking: str,
        short_title: str,
        deterministic: bool,
        **meta: Any,
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZES.get(paper, A4),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_Y,
            bottomMargin=MARGIN_Y,
            invariant=1 if deterministic else None,
            initialFontName=FAMILY,
            displayDocTitle=1,
            creator="Council Desktop",
            keepTogetherClass=HeadingGroup,
            **meta,
        )
        self.page_label = page_label  # "Page {page} of {total}"
        #: The page count of the previous layout pass, printed as "of Y" in this one.
        self.total_pages = 0
        self.header_right = header_right
        self.footer_left = footer_left
        self.default_marking = marking
        self.default_title = short_title
        self.marking = marking
        self.short_title = short_title
        #: (annex number, page index within the annex) -> page number in this document.
        self.slots: dict[tuple[int, int], int] = {}
        #: Called with the pass number at each ContextMarker (progress of a book).
        self.on_marker: Callable[[int], None] | None = None
        self._pass = 0
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("body", [frame], onPageEnd=self._furniture)])

    @property
    def body_box(self) -> tuple[float, float, float, float]:
        """x, y, width, height of the body frame (where annex pages are placed)."""
        return self.leftMargin, self.bottomMargin, self.width, self.height

    def beforeDocument(self) -> None:  # noqa: N802 - ReportLab's hook
        self.marking = self.default_marking
        self.short_title = self.default_title
        self.slots = {}
        self._pass += 1

    def _allSatisfied(self) -> bool:  # noqa: N802 - ReportLab's hook
        """multiBuild's "done?": the contents are stable and this pass printed the real total.

        The body never depends on the total (it is in the footer), so this adds a pass only when
        the page count changed, which the contents changing would cause anyway.
        """
        settled = bool(super()._allSatisfied()) and self.total_pages == self.page
        self.total_pages = self.page
        return settled

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's hook
        if isinstance(flowable, ContextMarker):
            self.short_title, self.marking = flowable.short_title, flowable.marking
            if self.on_marker is not None:
                self.on_marker(self._pass)
        elif isinstance(flowable, AnnexSlot):
            self.slots[(flowable.annex, flowable.index)] = self.page
        elif isinstance(flowable, Heading):
            self._bookmark(flowable)

    def _bookmark(self, heading: Heading) -> None:
        canv = self.canv
        top = self.frame._y + heading.height + 6
        canv.bookmarkPage(heading.bookmark_key, fit="XYZ", left=0, top=top)
        canv.addOutlineEntry(
            heading.plain_text, heading.bookmark_key, level=heading.outline_level, closed=False
        )
        if heading.toc_level is not None:
            entry = (heading.toc_level, esc(heading.plain_text), self.page, heading.bookmark_key)
            self.notify("TOCEntry", entry)

    def _furniture(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Marking top and bottom, short title, rules, "Page X of Y"."""
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        canv.saveState()
        canv.setFillColor(MARKING)
        canv.setFont(BOLD, 9)
        canv.drawCentredString(width / 2, height - 11 * mm, self.marking)
        canv.drawCentredString(width / 2, 8 * mm, self.marking)
        canv.setFillColor(ACCENT)
        canv.setFont(FAMILY, 8)
        half = (right - left) / 2 - 6
        canv.drawString(left, height - 18 * mm, fit(self.short_title, FAMILY, 8, half))
        canv.drawRightString(right, height - 18 * mm, fit(self.header_right, FAMILY, 8, half))
        canv.drawString(left, 15 * mm, fit(self.footer_left, FAMILY, 8, half))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, height - 19.5 * mm, right, height - 19.5 * mm)
        canv.line(left, 18.5 * mm, right, 18.5 * mm)
        total = self.total_pages or self.page  # unknown in the first pass, which is not kept
        canv.setFillColor(ACCENT)
        canv.setFont(FAMILY, 8)
        canv.drawRightString(right, 15 * mm, self.page_label.format(page=self.page, total=total))
        canv.restoreState()
