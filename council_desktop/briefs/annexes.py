"""PDF attachments appended as annexes: checked up front, given reserved pages, stamped in.

Each annex page is placed (scaled to fit) inside the body of a reserved page, so annexes carry
the book's marking and continuous page numbers and the contents and bookmarks stay valid.
A file that cannot be read is skipped with a note printed in the book, never a failure.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf._page import PageObject
from pypdf.generic import DictionaryObject, NameObject
from reportlab.platypus import Flowable, PageBreak, Paragraph

from council_desktop.briefs.options import BriefInput, Record, SkippedAnnex
from council_desktop.briefs.styles import esc
from council_desktop.briefs.templates import AnnexSlot, Heading
from council_desktop.pypdf_quiet import quiet_pypdf

if TYPE_CHECKING:
    from council_desktop.briefs.context import Context


@dataclass
class Annex:
    """One readable PDF attachment and the number it is printed under."""

    number: int
    document: Record
    filename: str
    pages: list[PageObject]


def is_pdf(attachment: Record) -> bool:
    name = str(attachment.get("filename") or attachment.get("path") or "").lower()
    return attachment.get("media_type") == "application/pdf" or name.endswith(".pdf")


def plan_annexes(items: list[BriefInput], ctx: Context) -> tuple[list[Annex], list[SkippedAnnex]]:
    """Every PDF attachment of the linked documents, once each, in order; unreadable ones apart.

    Skipped annexes keep their number so the note in the book says which one is missing.
    """
    annexes: list[Annex] = []
    skipped: list[SkippedAnnex] = []
    seen: set[str] = set()
    number = 0
    for item in items:
        for document in item.documents:
            for attachment in document.get("attachments") or []:
                ident = str(attachment.get("sha256") or attachment.get("path") or "")
                if not is_pdf(attachment) or ident in seen:
                    continue
                seen.add(ident)
                number += 1
                filename = str(attachment.get("filename") or Path(str(attachment.get("path"))).name)
                pages, reason = read_pages(attachment.get("path"))
                if pages:
                    annexes.append(Annex(number, document, filename, pages))
                else:
                    title = str(document.get("title") or "")
                    skipped.append(SkippedAnnex(number, title, filename, ctx.labels(reason)))
    return annexes, skipped


def read_pages(path: object) -> tuple[list[PageObject], str]:
    """The pages of the PDF at ``path``, or no pages and the label key of why not."""
    if not path or not Path(str(path)).is_file():
        return [], "reason_missing"
    try:
        with quiet_pypdf():  # the skipped-annex note says it; pypdf's own warnings are noise
            reader = PdfReader(str(path), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return [], "reason_encrypted"
            pages = list(reader.pages)
            for page in pages:  # touch every page now, so a broken one cannot fail the stamping
                if float(page.cropbox.width) <= 0 or float(page.cropbox.height) <= 0:
                    return [], "reason_damaged"
                page.get_contents()
    except Exception:  # noqa: BLE001 - any parser error means "damaged", whatever pypdf raises
        return [], "reason_damaged"
    return (pages, "") if pages else ([], "reason_empty")


def annex_story(
    ctx: Context, annexes: list[Annex], skipped: list[SkippedAnnex], marker: Flowable
) -> list[Flowable]:
    """The "Annexes" part: a list with notes for skipped files, then each annex's pages."""
    lab, s = ctx.labels, ctx.styles
    story: list[Flowable] = [
        PageBreak(),
        marker,
        Heading(lab("annexes"), s.h1, key=ctx.key("annexes"), outline_level=0, toc_level=0),
    ]
    entries: list[tuple[int, list[Flowable]]] = []
    for annex in annexes:
        line = f"{lab('annex', n=annex.number)}: {annex.document.get('title') or ''}"
        text = f"{line} ({annex.filename}) — {lab.count('annex_pages', len(annex.pages))}"
        entries.append((annex.number, s.blocks(text, s.body)))
    for skip in skipped:
        note = lab(
            "annex_skipped",
            n=skip.number,
            filename=skip.filename,
            document=skip.document_title,
            reason=skip.reason,
        )
        entries.append((skip.number, s.blocks(note, s.note)))
    for _, flowables in sorted(entries, key=lambda e: e[0]):
        story += flowables
    for annex in annexes:
        title = f"{lab('annex', n=annex.number)}: {annex.document.get('title') or ''}"
        story += [
            PageBreak(),
            Heading(title, s.h1, key=ctx.key(f"annex{annex.number}"), outline_level=1, toc_level=1),
        ]
        doc = annex.document
        for label, value in (
            ("reference", doc.get("reference")),
            ("date", lab.date(doc.get("dated_on"))),
            ("document", annex.filename),
        ):
            if value:
                story += s.blocks(value, s.body, lead=f"<b>{esc(lab(label))}:</b> ")
        story.append(Paragraph(esc(lab.count("annex_pages", len(annex.pages))), s.body))
        for index in range(len(annex.pages)):
            story += [PageBreak(), AnnexSlot(annex.number, index)]
    return story


def stamp_annexes(
    pdf: bytes,
    annexes: list[Annex],
    slots: dict[tuple[int, int], int],
    box: tuple[float, float, float, float],
) -> bytes:
    """Draw each annex page, scaled to fit ``box``, onto its reserved page of ``pdf``.

    ReportLab's pages share one font dictionary: each reserved page gets its own copy first,
    or the annex's fonts (often a non-embedded Helvetica) would be listed on every page.
    """
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    bx, by, bw, bh = box
    with quiet_pypdf():  # an annex was read once already; its quirks were reported then
        for annex in annexes:
            for index, page in enumerate(annex.pages):
                target = slots.get((annex.number, index))
                if target is None:
                    continue
                move, width, height = upright(page)
                scale = min(bw / width, bh / height)
                move = move.scale(scale, scale).translate(
                    bx + (bw - width * scale) / 2, by + (bh - height * scale) / 2
                )
                slot = writer.pages[target - 1]
                own_resources(slot)
                slot.merge_transformed_page(page, move)
        out = io.BytesIO()
        writer.write(out)
    return out.getvalue()


def own_resources(page: PageObject) -> None:
    """Give ``page`` private copies of its resource dictionaries (the entries still point at
    the same shared fonts and images), so merging into them changes this page only."""
    shared = page.get("/Resources")
    own = DictionaryObject()
    if shared is not None:
        for key, value in shared.get_object().items():
            value = value.get_object()
            own[NameObject(key)] = (
                DictionaryObject(value) if isinstance(value, DictionaryObject) else value
            )
    page[NameObject("/Resources")] = own


def upright(page: PageObject) -> tuple[Transformation, float, float]:
    """Move the page's crop box to the origin, turned as /Rotate says; its new width, height."""
    crop = page.cropbox
    left, bottom = float(crop.left), float(crop.bottom)
    width, height = float(crop.width), float(crop.height)
    move = Transformation().translate(-left, -bottom).rotate(-(page.rotation % 360))
    corners = [move.apply_on((x, y)) for x in (0.0, width) for y in (0.0, height)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    move = move.translate(-min(xs), -min(ys))
    return move, max(xs) - min(xs), max(ys) - min(ys)
