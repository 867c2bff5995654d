"""Commands on the records themselves: import, export, list, show."""

from __future__ import annotations

from pathlib import Path

import click

from council_desktop.commands.common import echo_json, fail, friendly_errors, opened_store
from council_desktop.exchange.json_format import ImportFailed, export_file, import_file
from council_desktop.files import check_output_path
from council_desktop.store import get_document, get_meeting
from council_desktop.store.errors import RecordNotFound
from council_desktop.store.listing import ListQuery, page


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
@friendly_errors
def import_command(ctx: click.Context, file: Path) -> None:
    """Import records from an exchange-format JSON FILE (all or nothing)."""
    with opened_store(ctx) as store:
        try:
            report = import_file(store, file)
        except ImportFailed as exc:
            for problem in exc.problems[:50]:
                click.echo(f"  {problem}", err=True)
            if len(exc.problems) > 50:
                click.echo(f"  … and {len(exc.problems) - 50} more", err=True)
            fail(str(exc))
            return
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(f"Imported {file}: {report.summary()}.")


@click.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
@friendly_errors
def export_command(ctx: click.Context, file: Path) -> None:
    """Export every record to an exchange-format JSON FILE (attachments beside it).

    FILE's folder must exist. A missing attachment file does not stop the export: a warning
    names the document and the file, which is left out.
    """
    check_output_path(file)
    with opened_store(ctx, read_only=False) as store:
        report = export_file(store, file)
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(f"Exported {report.records} records to {file}.")


@click.command("list")
@click.argument("what", type=click.Choice(["meetings", "documents"]))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--filter", "filter_text", default="", help="Quick filter (Turkish-aware).")
@click.pass_context
@friendly_errors
def list_command(ctx: click.Context, what: str, as_json: bool, filter_text: str) -> None:
    """List meetings or documents, newest first."""
    record_type = what[:-1]
    date_key = "starts_on" if record_type == "meeting" else "dated_on"
    query = ListQuery(record_type, filter_text, date_key, True)
    with opened_store(ctx) as store:
        rows = page(store, query, 0, 1_000_000)
    keys = (
        ("uuid", "starts_on", "title", "kind", "city", "status")
        if record_type == "meeting"
        else ("uuid", "dated_on", "title", "kind", "status", "reference")
    )
    if as_json:
        echo_json([dict(zip(keys, r, strict=True)) for r in rows])
        return
    for r in rows:
        click.echo("  ".join(str(v) if v is not None else "-" for v in r))


@click.command("show")
@click.argument("uuid")
@click.option("--json", "as_json", is_flag=True, help="Print the record as exchange-format JSON.")
@click.pass_context
@friendly_errors
def show_command(ctx: click.Context, uuid: str, as_json: bool) -> None:
    """Show one meeting or document by UUID."""
    with opened_store(ctx) as store:
        try:
            record, kind = get_meeting(store, uuid), "meeting"
        except RecordNotFound:
            try:
                record, kind = get_document(store, uuid), "document"
            except RecordNotFound:
                fail(f"There is no meeting or document with uuid {uuid}.")
                return
    if as_json:
        echo_json(record)
        return
    click.echo(f"{kind}: {record['title']}")
    for key, value in record.items():
        if key in ("title",) or value in (None, "", []):
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            click.echo(f"{key}:")
            for item in value:
                shown = ", ".join(f"{k}={v}" for k, v in item.items() if k != "uuid" and v)
                click.echo(f"  - {shown}")
        else:
            click.echo(f"{key}: {', '.join(value) if isinstance(value, list) else value}")


def register(group: click.Group) -> None:
    """Add these commands to the CLI."""
    for command in (import_command, export_command, list_command, show_command):
        group.add_command(command)
