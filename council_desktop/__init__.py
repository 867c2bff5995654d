"""Council Desktop: offline records for the Council of Foreign Ministers of the Organization of Turkic States."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata when first asked for.

    importlib.metadata costs ~20 ms to import; the app's start-up does not need the version.
    """
    if name != "__version__":
        raise AttributeError(f"module 'council_desktop' has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("council-desktop")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        version = "0.0.0+unknown"
    globals()["__version__"] = version
    return version
