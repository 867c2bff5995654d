"""Entry script of the frozen console executable ``council-desktop-cli`` (build.spec)."""

import sys

from council_desktop.frozen_app import run

if __name__ == "__main__":
    sys.exit(run(windowed=False))
