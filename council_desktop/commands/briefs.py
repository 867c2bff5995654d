"""Commands that print: a meeting's brief and a briefing book.

ReportLab and pypdf (~150 ms to import) are imported inside the commands: every start of the
desktop app goes through this module when the command line is built, and never needs them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from council_desktop.commands.common import fail, friendly_errors, opened_store
from council_desktop.files import check_output_path
from council_desktop.records.validation import parse_date

_LANG = click.Choice(["en", "tr"])
_PAPER = click.Choice(["a4", "letter"], case_sensitive=False)
_MARKING = click.Choice(["record", "unclassified", "restricted", "confidential", "secret"])


def _paper(value: str | None) -> str | None:
    return {"a4": "A4", "letter": "Letter"}.get(value.lower()) if value else None


def _marking(value: str | None) -> str | None:
    return None if value in (None, "record") else value


def _date(value: str | None, name: str) -> str | None:
    try:
        parsed = parse_date(value)
    except ValueError as exc:
        fail(f"{name}: {exc}")
    return parsed.isoformat() if isinstance(parsed, dt.date) else None


@click.command("brief")
@click.argument("uuid")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option(
    "--lang", type=_LANG, default=None, help="Labels in English or Turkish (default: settings)."
)
@click.option("--paper", type=_PAPER, default=None, help="A4 (default) or US Letter.")
@click.option(
    "--classification", type=_MARKING, default=None, help="Marking (default: the meeting's own)."
)
@click.pass_context
@friendly_errors
def brief_command(
    ctx: click.Context, uuid: str, output: Path, lang: str | None, paper: str | None,
    classification: str | None,
) -> None:  # fmt: skip
    """Print the brief of the meeting UUID to a PDF."""
    check_output_path(output)  # before any work; creates no folder
    from council_desktop.briefs import render_brief
    from council_desktop.briefs.defaults import options_from_settings
    from council_desktop.briefs.gather import gather_brief_input

    options = options_from_settings(
        lang=lang, paper=_paper(paper), classification=_marking(classification)
    )
    with opened_store(ctx) as store:
        data = gather_brief_input(store, uuid)
    path = render_brief(data, output, options)
    click.echo(f"Wrote {path}.")


@click.command("book")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--from", "date_from", default=None, help="First date (YYYY-MM-DD).")
@click.option("--to", "date_to", default=None, help="Last date (YYYY-MM-DD).")
@click.option(
    "--framework",
    default=None,
    help='Meetings of one framework, e.g. "Türk Konseyi Yedinci Zirvesi".',
)
@click.option("--tag", default=None, help="Meetings with this tag.")
@click.option("--meeting", "uuids", multiple=True, help="A meeting's uuid (repeat for several).")
@click.option("--annexes", is_flag=True, help="Append the PDF attachments of related documents.")
@click.option("--title", default=None, help="The book's title on its cover.")
@click.option("--lang", type=_LANG, default=None)
@click.option("--paper", type=_PAPER, default=None)
@click.option("--classification", type=_MARKING, default=None)
@click.pass_context
@friendly_errors
def book_command(
    ctx: click.Context, output: Path, date_from: str | None, date_to: str | None,
    framework: str | None, tag: str | None, uuids: tuple[str, ...], annexes: bool,
    title: str | None, lang: str | None, paper: str | None, classification: str | None,
) -> None:  # fmt: skip
    """Print several meetings' briefs in one PDF (a briefing book)."""
    check_output_path(output)  # before any work; creates no folder
    from council_desktop.briefs import render_book
    from council_desktop.briefs.defaults import options_from_settings
    from council_desktop.briefs.gather import gather_book_inputs
    from council_desktop.briefs.labels import Labels
    from council_desktop.store.selection import select_meetings

    options = options_from_settings(
        lang=lang, paper=_paper(paper), classification=_marking(classification),
        include_annexes=annexes,
    )  # fmt: skip
    with opened_store(ctx) as store:
        chosen = select_meetings(
            store, date_from=_date(date_from, "--from"), date_to=_date(date_to, "--to"),
            framework=framework, tag=tag, uuids=list(uuids) if uuids else None,
        )  # fmt: skip
        if not chosen:
            fail("No meeting matches; nothing was printed.")
        items = gather_book_inputs(store, chosen)
    result = render_book(items, output, options, title=title)
    for skipped in result.skipped_annexes:
        click.echo(
            f"Warning: annex {skipped.filename!r} of {skipped.document_title!r} was skipped: "
            f"{skipped.reason}",
            err=True,
        )
    words = Labels("en")  # "1 meeting, 5 pages"
    meetings, pages = words.count("meetings", len(items)), words.count("pages", result.pages)
    click.echo(f"Wrote {result.path}: {meetings}, {pages}.")


def register(group: click.Group) -> None:
    """Add these commands to the CLI."""
    group.add_command(brief_command)
    group.add_command(book_command)
