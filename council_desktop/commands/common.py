"""What every command shares: opening the database and turning errors into one clear line.

Exit codes: 0 success, 1 the command ran and found problems (``check``), 2 bad input or a file
that cannot be used; never a traceback for something the user can fix.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from council_desktop.files import CannotWrite
from council_desktop.records.validation import ValidationError
from council_desktop.store.connection import Store
from council_desktop.store.errors import NewerVersionError, NotADatabaseError, StoreError

F = TypeVar("F", bound=Callable[..., Any])
EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2


def fail(message: str, code: int = EXIT_BAD_INPUT) -> None:
    """Print one line to stderr and exit (no traceback)."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def db_path(ctx: click.Context) -> Path:
    """The database chosen with ``--db`` / ``$COUNCIL_DESKTOP_DB`` / the user data folder."""
    return Path(ctx.find_root().obj["db"])


@contextmanager
def opened_store(ctx: click.Context, *, read_only: bool = False) -> Iterator[Store]:
    """Open the command's database (creating it with the sample records if new)."""
    from council_desktop.startup import open_database

    store = open_database(db_path(ctx), read_only=read_only)
    try:
        yield store
    finally:
        store.close()


def friendly_errors(func: F) -> F:
    """Turn the errors a user can cause into one line on stderr and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValidationError as exc:
            for problem in exc.problems[:20]:
                click.echo(f"  {problem}", err=True)
            fail(f"{len(exc.problems)} problem(s); nothing was saved.")
        except (NotADatabaseError, NewerVersionError) as exc:
            fail(str(exc) + _newest_backup_hint())
        except StoreError as exc:
            fail(str(exc))
        except sqlite3.DatabaseError as exc:
            fail(
                f"The database is damaged ({exc}). Run council-desktop check; nothing more was "
                "changed." + _newest_backup_hint()
            )
        except UnicodeError:  # undecodable bytes in an argument arrive as lone surrogates
            fail("An argument holds characters that are not valid text; retype it.")
        except BrokenPipeError:  # `| head`: the reader left; cli.main ends quietly
            raise
        except CannotWrite as exc:  # names the path the user gave, never a temporary file
            fail(str(exc) + "; nothing was written.")
        except OSError as exc:
            fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))

    return wrapper  # type: ignore[return-value]


def _newest_backup_hint() -> str:
    """A sentence naming the newest backup and how to restore it (empty when none)."""
    ctx = click.get_current_context(silent=True)
    if ctx is None or not (ctx.find_root().obj or {}).get("db"):
        return ""
    from council_desktop.settings import load
    from council_desktop.store.backup import newest_backup

    try:
        found = newest_backup(db_path(ctx), load().backup_folder)
    except OSError:
        return ""
    if found is None:
        return ""
    return (
        f" The newest backup is from {found.created:%Y-%m-%d %H:%M}: "
        f"council-desktop restore {found.path}"
    )


def echo_json(value: Any) -> None:
    """Print JSON the way every ``--json`` option does (UTF-8, indented)."""
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))
