"""Keeping the records file safe: backup, restore, check, history, trash, clean-up."""

from __future__ import annotations

from pathlib import Path

import click

from council_desktop.commands.common import (
    EXIT_PROBLEMS,
    db_path,
    echo_json,
    fail,
    friendly_errors,
    opened_store,
)
from council_desktop.settings import load as load_settings
from council_desktop.store import clean_up, empty_trash, history, trash_items
from council_desktop.store import restore as restore_from_trash
from council_desktop.store.backup import (
    BackupError,
    backups_folder,
    create_backup,
    list_backups,
    restore,
)
from council_desktop.store.check import check


def _configured_folder(ctx: click.Context) -> Path:
    return backups_folder(db_path(ctx), load_settings().backup_folder)


@click.command("backup")
@click.argument("dest", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
@friendly_errors
def backup_command(ctx: click.Context, dest: Path | None) -> None:
    """Back up the database and its attachments into the folder DEST.

    DEST is created as the backup set; an existing, non-empty DEST gets a dated set inside.
    Without DEST the set goes to the backups folder (settings.backup_folder or backups/).
    """
    with opened_store(ctx) as store:
        if dest is None:
            info = create_backup(store, _configured_folder(ctx), kind="manual")
        elif dest.is_dir() and any(dest.iterdir()):
            info = create_backup(store, dest, kind="manual")
        else:
            info = create_backup(store, destination=dest, kind="manual")
    click.echo(f"Backed up to {info.path}: {info.meetings} meetings, {info.documents} documents, "
               f"{info.attachments} attachment files.")  # fmt: skip
    if info.missing_attachments:
        click.echo(
            f"Warning: {len(info.missing_attachments)} attachment file(s) were missing or "
            "damaged in the attachments folder and are NOT in this backup (the records are); "
            "run council-desktop check, and attach them again from another copy:",
            err=True,
        )
        for name in info.missing_attachments:
            click.echo(f"  {name}", err=True)


@click.command("backups")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
@friendly_errors
def backups_command(ctx: click.Context, as_json: bool) -> None:
    """List the backups of the database, newest first, with dates and record counts."""
    found = list_backups(_configured_folder(ctx), db_path(ctx).stem)
    if as_json:
        echo_json(
            [
                {
                    "path": str(b.path),
                    "created": b.created.isoformat(),
                    "kind": b.kind,
                    "meetings": b.meetings,
                    "documents": b.documents,
                    "attachments": b.attachments,
                }
                for b in found
            ]  # fmt: skip
        )
        return
    if not found:
        click.echo(f"No backups in {_configured_folder(ctx)}.")
    for b in found:
        click.echo(b.describe())


@click.command("restore")
@click.argument("src", type=click.Path(exists=True, path_type=Path))
@click.pass_context
@friendly_errors
def restore_command(ctx: click.Context, src: Path) -> None:
    """Restore the database from the backup SRC (a backup folder or a .sqlite file).

    The backup is checked first; the current file is kept aside, renamed with a timestamp.
    """
    try:
        report = restore(src, db_path(ctx))
    except BackupError as exc:
        fail(str(exc))
        return
    for line in report.lines():
        click.echo(line)
    for line in report.warnings():
        click.echo(line if line.startswith(" ") else f"Warning: {line}", err=True)


@click.command("check")
@click.pass_context
@friendly_errors
def check_command(ctx: click.Context) -> None:
    """Check the database: integrity, references, attachment bytes, search index.

    Exits 1 and lists the problems when there are any.
    """
    with opened_store(ctx, read_only=_exists(ctx)) as store:
        problems = check(store)
    if problems:
        for problem in problems:
            click.echo(problem)
        click.echo(f"{len(problems)} problem(s) found in {db_path(ctx)}.", err=True)
        raise SystemExit(EXIT_PROBLEMS)
    click.echo(f"{db_path(ctx)}: no problems found.")


def _exists(ctx: click.Context) -> bool:
    return db_path(ctx).is_file() and db_path(ctx).stat().st_size > 0


@click.command("history")
@click.argument("uuid")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
@friendly_errors
def history_command(ctx: click.Context, uuid: str, as_json: bool) -> None:
    """Print every recorded change to the record UUID: when, who, what changed."""
    with opened_store(ctx) as store:
        entries = history(store, uuid)
    if as_json:
        echo_json([e.__dict__ for e in entries])
        return
    if not entries:
        fail(f"No history for {uuid}: no record with that uuid was ever saved.")
    for e in entries:
        click.echo(f"{e.at[:19].replace('T', ' ')}  {e.os_user}  {e.action} {e.record_type} "
                   f"{e.title!r}")  # fmt: skip
        for name, (old, new) in e.changes.items():
            click.echo(f"    {name}: {_short(old)} → {_short(new)}")


def _short(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@click.group("trash")
def trash_group() -> None:
    """Deleted records: list, restore, empty."""


@trash_group.command("list")
@click.pass_context
@friendly_errors
def trash_list(ctx: click.Context) -> None:
    """List the trash, most recently deleted first."""
    with opened_store(ctx) as store:
        items = trash_items(store)
    if not items:
        click.echo("The trash is empty.")
    for i in items:
        click.echo(f"{i['deleted_at'][:19].replace('T', ' ')}  {i['record_type']:<8}  "
                   f"{i['uuid']}  {i['title']}")  # fmt: skip


@trash_group.command("restore")
@click.argument("uuid")
@click.pass_context
@friendly_errors
def trash_restore(ctx: click.Context, uuid: str) -> None:
    """Bring the record UUID back from the trash, whole."""
    with opened_store(ctx) as store:
        match = [i for i in trash_items(store) if i["uuid"] == uuid]
        if not match:
            fail(f"There is no record with uuid {uuid} in the trash.")
        restore_from_trash(store, match[0]["record_type"], uuid)
    click.echo(f"Restored {match[0]['record_type']} {match[0]['title']!r}.")


@trash_group.command("empty")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@friendly_errors
def trash_empty(ctx: click.Context, yes: bool) -> None:
    """Delete everything in the trash for good (asks first)."""
    with opened_store(ctx) as store:
        count = len(trash_items(store))
        if count == 0:
            click.echo("The trash is empty.")
            return
        if not yes and not click.confirm(f"Delete {count} record(s) for good?", default=False):
            click.echo("Nothing was deleted.")
            return
        change = empty_trash(store)
    click.echo(f"Deleted {len(change.uuids)} record(s) for good.")


@click.command("clean-up")
@click.pass_context
@friendly_errors
def clean_up_command(ctx: click.Context) -> None:
    """Remove attachment bytes that no record (live or in the trash) references any more."""
    with opened_store(ctx) as store:
        removed = clean_up(store)
    click.echo(f"Removed {len(removed)} unreferenced attachment file(s).")


def register(group: click.Group) -> None:
    """Add the maintenance commands to the CLI."""
    for command in (
        backup_command, backups_command, restore_command, check_command, history_command,
        trash_group, clean_up_command,
    ):  # fmt: skip
        group.add_command(command)
