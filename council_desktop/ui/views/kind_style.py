"""One colour per meeting kind, shared by the calendar, the timeline and their legends.

Colours are chosen to stay distinct for the common colour-vision deficiencies and dark enough
for white-on-colour or colour-bar-on-tint drawing; the legend names each kind in words, so the
colour is never the only cue.
"""

from __future__ import annotations

from council_desktop.records.enums import MEETING_KINDS
from council_desktop.ui.enum_labels import enum_label
from council_desktop.ui.qt import (
    QColor,
    QHBoxLayout,
    QLabel,
    QPainter,
    QPixmap,
    QSizePolicy,
    Qt,
    QWidget,
)

KIND_COLOURS = {
    "summit": "#b03a2e",
    "regular": "#1f5f99",
    "extraordinary": "#b76e00",
    "informal": "#1e7d44",
    "other": "#6c3d91",
}
ACTION_COLOUR = "#4d4d4d"


def kind_colour(kind: str) -> QColor:
    """The strong colour of a kind (marker, bar)."""
    return QColor(KIND_COLOURS.get(kind, KIND_COLOURS["other"]))


def kind_tint(kind: str) -> QColor:
    """A light tint of the kind's colour (a cell item's background): 20 % colour on white."""
    c = kind_colour(kind)
    return QColor(*(round(255 - (255 - v) * 0.2) for v in (c.red(), c.green(), c.blue())))


def squeezable(content: QHBoxLayout | QWidget) -> QWidget:
    """A row of controls that may be narrower than its contents (the excess is clipped).

    Keeps a page's wide filter row from forcing a minimum width on the whole main window.
    """
    if isinstance(content, QWidget):
        row = content
    else:
        row = QWidget()
        row.setLayout(content)
        content.setContentsMargins(0, 0, 0, 0)
    row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    row.setMinimumWidth(200)
    return row


def _swatch(colour: QColor, outlined: bool = False) -> QPixmap:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if outlined:
        painter.setPen(colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(2, 2, 9, 9)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(1, 1, 12, 12, 3, 3)
    painter.end()
    return pixmap


class KindLegend(QWidget):
    """A row of colour swatches with the kinds' names (and optionally "Action due")."""

    def __init__(self, with_actions: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        entries = [(enum_label(k), _swatch(kind_colour(k))) for k in MEETING_KINDS]
        if with_actions:
            entries.append((self.tr("Action due"), _swatch(QColor(ACTION_COLOUR), outlined=True)))
        for text, pixmap in entries:
            pair = QHBoxLayout()
            pair.setSpacing(4)
            swatch = QLabel()
            swatch.setPixmap(pixmap)
            pair.addWidget(swatch)
            pair.addWidget(QLabel(text))
            layout.addLayout(pair)
        layout.addStretch(1)
