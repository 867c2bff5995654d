"""The one way to find bundled files (fonts, icons, translations, sample data).

Works from a source checkout, an installed package and a PyInstaller bundle alike: the bundle
lays out ``resources/`` and ``data/`` beside the package folder, exactly as the source tree does.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # the only place the frozen layout is looked up
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under the top-level ``resources/`` folder."""
    return _root().joinpath("resources", *parts)


def data_path(*parts: str) -> Path:
    """Path of a file under the top-level ``data/`` folder (the sample records)."""
    return _root().joinpath("data", *parts)


def sample_records_path() -> Path:
    """The sample records loaded into a new database on first run."""
    return data_path("sample.json")
