"""Council Desktop: offline records for the Council of Foreign Ministers of the Organization of Turkic States."""

from importlib import metadata

try:
    __version__ = metadata.version("council-desktop")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
