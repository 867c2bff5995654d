"""``council-desktop ics``: export meetings and dated action items as an iCalendar file.

icalendar (~40 ms to import) is imported by the command itself: the desktop app builds the
command line at every start and never needs it there.
"""

from __future__ import annotations

from pathlib import Path

import click

from council_desktop.commands.common import fail, friendly_errors, opened_store
from council_desktop.files import check_output_path
from council_desktop.records.validation import parse_date
from council_desktop.store.connection import Store
from council_desktop.store.errors import RecordNotFound


def _date_option(value: str | None, option: str) -> str | None:
    """A YYYY-MM-DD option value, or a clear error naming the option."""
    try:
        parsed = parse_date(value)
    except ValueError as exc:
        fail(f"{option}: {exc}.")
        return None
    return parsed.isoformat() if parsed else None


@click.command("ics")
@click.option("--from", "date_from", metavar="DATE", help="Only meetings held on or after DATE.")
@click.option("--to", "date_to", metavar="DATE", help="Only meetings held on or before DATE.")
@click.option(
    "--meeting",
    "meetings",
    multiple=True,
    metavar="UUID",
    help="Only this meeting (repeat for several).",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The .ics file to write.",
)
@click.pass_context
@friendly_errors
def ics_command(
    ctx: click.Context,
    date_from: str | None,
    date_to: str | None,
    meetings: tuple[str, ...],
    output: Path,
) -> None:
    """Export meetings (all-day events) and dated action items (to-dos) as an .ics file.

    Outlook, Thunderbird and other calendar programs import it; importing a newer export
    updates the same events (their UIDs come from the records' uuids).
    """
    from council_desktop.exchange.ics import export_ics

    start = _date_option(date_from, "--from")
    end = _date_option(date_to, "--to")
    if start and end and end < start:
        fail(f"--to {end} is before --from {start}.")
    check_output_path(output)
    with opened_store(ctx, read_only=False) as store:
        _check_meetings_exist(store, meetings)
        count = export_ics(
            store, output, date_from=start, date_to=end, uuids=list(meetings) or None
        )
    click.echo(f"Exported {count} meetings to {output}.")


def _check_meetings_exist(store: Store, uuids: tuple[str, ...]) -> None:
    """Every ``--meeting`` must name a meeting (a typo must not give an empty calendar)."""
    from council_desktop.store.meetings import get_meeting

    for uuid in uuids:
        try:
            get_meeting(store, uuid)
        except RecordNotFound:
            fail(f"--meeting {uuid}: there is no meeting with this uuid; nothing was written.")


def register(group: click.Group) -> None:
    """Add the calendar commands to the CLI."""
    group.add_command(ics_command)
