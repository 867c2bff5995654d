"""Typing any text (Turkish, Azerbaijani, Cyrillic) into widgets as key presses.

``qtbot.keyClicks`` goes through QTest's ASCII key table and aborts the process on ``ş`` or
``ə``; a real keyboard sends key events that carry the character, which is what this does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send one key press and release per character of ``text`` to ``widget``."""
    for ch in text:
        key = Qt.Key.Key_unknown if not ch.isascii() else Qt.Key(ord(ch.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
