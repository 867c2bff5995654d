"""The bundled icon set (resources/icons/*.svg), so the app looks the same on every system.

Icons are rendered from SVG with QSvgRenderer at several sizes, not through the svg image
plugin, so a frozen build that trims plugins still shows them, crisp at 100 % and 200 %.
"""

from __future__ import annotations

from functools import cache

from council_desktop.resources import resource_path
from council_desktop.ui.qt import QIcon, QPainter, QPixmap, QSvgRenderer, Qt

_SIZES = (16, 20, 24, 32, 48, 64, 128)


def icon_path(name: str) -> str:
    """The file of icon ``name`` (``resources/icons/<name>.svg``)."""
    return str(resource_path("icons", f"{name}.svg"))


@cache
def icon(name: str) -> QIcon:
    """Icon ``name``; an empty QIcon (never an exception) when the file is missing."""
    renderer = QSvgRenderer(icon_path(name))
    if not renderer.isValid():
        return QIcon()
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_render(renderer, size))
    return result


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return pixmap
