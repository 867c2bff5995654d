"""The bridge from the command line to the GUI: imports Qt only when the GUI is wanted."""

from __future__ import annotations

from pathlib import Path


def run_gui(db_path: Path) -> int:
    """Start the desktop app on ``db_path``; its exit code."""
    from council_desktop.ui.app import run

    return run(db_path)
