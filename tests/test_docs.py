"""Every CLI command is documented (sqlite-utils' habit): a new command without docs fails."""

from __future__ import annotations

from pathlib import Path

import click

from council_desktop.cli import cli

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        names.append(f"{prefix}{name}")
        if isinstance(command, click.Group):
            names += _commands(command, f"{prefix}{name} ")
    return names


def test_every_command_is_in_docs_cli_md() -> None:
    text = DOCS.read_text(encoding="utf-8")
    missing = [n for n in _commands(cli) if f"council-desktop {n.split()[0]}" not in text]
    sub = [n for n in _commands(cli) if " " in n and n.split()[1] not in text]
    assert missing == [] and sub == []


def test_every_command_has_help() -> None:
    assert all(c.help for c in cli.commands.values())
