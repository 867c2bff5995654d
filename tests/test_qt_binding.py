"""Guard against a Qt binding that corrupts the interpreter (PySide6 6.12.0 on Python 3.11).

That release dropped a reference to ``None`` on every Qt call returning nothing; after a few
thousand calls Python aborted with "none_dealloc". A GUI session makes millions of such calls.
"""

from __future__ import annotations

import sys

from council_desktop.ui.qt import QLabel


def test_void_qt_calls_keep_none_alive(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.update()
    assert sys.getrefcount(None) >= before - 50
