"""Checks run by ``make run`` before Qt starts, so a missing system library gets a clear message.

Qt's xcb platform plugin (Linux) aborts the whole process, uncatchably, when libxcb-cursor and
friends are missing; this finds them first and names the Debian/Ubuntu packages to install.
Deliberately Qt-free: it must run even when Qt cannot start.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

_XCB_LIBS = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}


def missing_linux_packages() -> list[str]:
    """Debian package names of the xcb libraries Qt needs that this machine lacks."""
    if not sys.platform.startswith("linux"):
        return []
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "wayland", "minimal")):
        return []
    return [pkg for lib, pkg in _XCB_LIBS.items() if ctypes.util.find_library(lib) is None]


def main() -> int:
    """Print what is missing; exit 1 if the GUI cannot start here."""
    if (
        sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "No display found (DISPLAY/WAYLAND_DISPLAY are not set). Run on a desktop, "
            "or try: QT_QPA_PLATFORM=offscreen make run",
            file=sys.stderr,
        )
        return 1
    missing = missing_linux_packages()
    if missing:
        print(
            "Qt needs system libraries this machine lacks. Install them with:\n"
            f"    sudo apt-get install {' '.join(missing)}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
