"""The page furniture: classification marking top and bottom, short title, "Page X of Y".

``BriefDocTemplate`` turns marked flowables into contents entries and PDF bookmarks
(``afterFlowable``); a numbered canvas writes the page total once the last page is known.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
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


def numbered_canvas(label: str) -> type[Canvas]:
    """A Canvas class that defers "Page X of Y" (``label`` has {page} and {total}) to save()."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []
            self.page_number_at: tuple[float, float] | None = None

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._page_states.append(dict(self.__dict__))
            self._startPage()
            self.page_number_at = None

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                if self.page_number_at is not None:
                    x, y = self.page_number_at
                    self.setFont(FAMILY, 8)
                    self.setFillColor(ACCENT)
                    self.drawRightString(x, y, label.format(page=number, total=total))
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


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
            **meta,
        )
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
        """Marking top and bottom, short title, rules; the page number is left to the canvas."""
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
        canv.restoreState()
        canv.page_number_at = (right, 15 * mm)
