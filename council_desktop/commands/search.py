"""Commands for full-text search: ``search`` and ``reindex``."""

from __future__ import annotations

from typing import Any

import click

from council_desktop.commands.common import echo_json, friendly_errors, opened_store
from council_desktop.search.index import rebuild
from council_desktop.search.service import RECORD_TYPES, SearchResult, search
from council_desktop.search.snippets import Marked


@click.command("search")
@click.argument("query")
@click.option(
    "--type",
    "record_type",
    type=click.Choice(RECORD_TYPES),
    default=None,
    help="Only meetings, documents or attached files.",
)
@click.option(
    "--limit", type=click.IntRange(1, 10_000), default=50, show_default=True, help="At most N."
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of objects.")
@click.pass_context
@friendly_errors
def search_command(
    ctx: click.Context, query: str, record_type: str | None, limit: int, as_json: bool
) -> None:
    """Find records by words in them, or in their attached PDFs (Turkic-aware).

    Every word matches as a prefix (afgan finds Afganistan), all words must match, a
    "quoted phrase" matches as a phrase; case, ı/İ, ş, ç, ğ, ə and Kazakh letters are folded.
    One result per line: type, date, title, uuid, then a snippet with the match in [brackets].
    An attached-file hit names its document's uuid. --json gives the snippet plain and, as
    snippet_marked, with the same [brackets].
    """
    types = [record_type] if record_type else None
    with opened_store(ctx) as store:
        results = search(store, query, types=types, limit=limit)
    if as_json:
        echo_json([_json_object(r) for r in results])
        return
    for r in results:
        title = f"{r.title} [{r.filename}]" if r.filename else r.title
        click.echo(f"{r.type}\t{r.date or '-'}\t{title}\t{r.uuid}\t{_marked(r)}")
    if not results:
        click.echo("No records found.", err=True)


def _marked(result: SearchResult) -> str:
    """The snippet with each match in [brackets] (a terminal has no bold)."""
    return Marked(result.snippet, result.highlights).bracketed()


def _json_object(result: SearchResult) -> dict[str, Any]:
    """``as_json`` plus ``snippet_marked`` right after the plain ``snippet``."""
    out: dict[str, Any] = {}
    for key, value in result.as_json().items():
        out[key] = value
        if key == "snippet":
            out["snippet_marked"] = _marked(result)
    return out


@click.command("reindex")
@click.option("--no-extract", is_flag=True, help="Keep the text read from attached files before.")
@click.pass_context
@friendly_errors
def reindex_command(ctx: click.Context, no_extract: bool) -> None:
    """Rebuild the search index, reading the text of attached PDFs again."""
    with opened_store(ctx) as store:
        report = rebuild(store, extract=not no_extract)
    click.echo(f"Search index rebuilt: {report.summary()}.")


def register(group: click.Group) -> None:
    """Add these commands to the CLI."""
    for command in (search_command, reindex_command):
        group.add_command(command)
