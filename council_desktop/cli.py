"""``council-desktop``: the command line, and the GUI when no command is given."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from council_desktop.commands import briefs as briefs_commands
from council_desktop.commands import calendar as calendar_commands
from council_desktop.commands import maintenance as maintenance_commands
from council_desktop.commands import records as records_commands
from council_desktop.commands import search as search_commands
from council_desktop.paths import DB_ENV, default_db_path


def _self_test(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--self-test``: run the installation check (council_desktop/selftest.py) and exit."""
    if not value or ctx.resilient_parsing:
        return
    from council_desktop.selftest import run_self_test

    ctx.exit(run_self_test())


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=f"The database file (default: ${DB_ENV}, else council.sqlite in the user data folder).",
)
@click.option(
    "--self-test",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=_self_test,
    help="Check that this installation works (on a temporary database) and exit.",
)
@click.version_option(package_name="council-desktop", prog_name="council-desktop")
@click.pass_context
def cli(ctx: click.Context, db: Path | None) -> None:
    """Council Desktop: offline records of the Council of Foreign Ministers of the OTS.

    With no command, opens the desktop app on the database.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = str(db if db is not None else _configured_db_path())
    if ctx.invoked_subcommand is None:
        from council_desktop.gui_entry import run_gui

        ctx.exit(run_gui(Path(ctx.obj["db"])))


for module in (
    records_commands,
    briefs_commands,
    calendar_commands,
    search_commands,
    maintenance_commands,
):
    module.register(cli)


def _configured_db_path() -> Path:
    """``$COUNCIL_DESKTOP_DB``, else the database chosen in the settings, else the default."""
    if os.environ.get(DB_ENV):
        return default_db_path()
    from council_desktop import settings

    chosen = settings.load().database
    return Path(chosen).expanduser() if chosen else default_db_path()


def main() -> None:
    """Console-script entry point.

    ``council-desktop list meetings | head -1``: when the reader closes the pipe early, the
    output stops quietly (Python's recipe: point stdout at devnull so the final flush at exit
    cannot complain again), never "Error: Broken pipe" or a traceback.
    """
    try:
        try:
            cli(prog_name="council-desktop", auto_envvar_prefix=None, obj={})
        finally:
            if sys.stdout is not None:  # None in a windowed (no console) frozen build
                sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    main()
