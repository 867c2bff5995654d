"""Entry script of the frozen windowed executable ``council-desktop`` (build.spec)."""

import sys

from council_desktop.frozen_app import run

if __name__ == "__main__":
    sys.exit(run(windowed=True))
