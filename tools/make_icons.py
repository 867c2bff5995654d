"""Render the app icon (resources/icons/app.svg) into the files installers want.

build.spec runs this at build time, so the Windows ``.ico``, the macOS ``.icns`` and the Linux
PNG always match the SVG the app itself shows; nothing generated is committed.
Qt renders the SVG (offscreen, no display needed); Pillow writes ``.ico`` and ``.icns``.

Usage: python tools/make_icons.py OUT_DIR   ->  OUT_DIR/council-desktop.{png,ico,icns}
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
MASTER = 1024  # .icns wants up to 1024 px; everything else is scaled down from this


def render_png(svg: Path, size: int) -> bytes:
    """The SVG as a transparent square PNG of ``size`` pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def make_icons(out_dir: Path, svg: Path = SOURCE) -> dict[str, Path]:
    """Write council-desktop.png (256 px), .ico and .icns into ``out_dir``; their paths."""
    from PIL import Image

    out_dir.mkdir(parents=True, exist_ok=True)
    master = Image.open(io.BytesIO(render_png(svg, MASTER))).convert("RGBA")
    paths = {kind: out_dir / f"council-desktop.{kind}" for kind in ("png", "ico", "icns")}
    master.resize((256, 256), Image.Resampling.LANCZOS).save(paths["png"])
    master.save(paths["ico"], sizes=ICO_SIZES)
    master.save(paths["icns"])
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for path in make_icons(Path(sys.argv[1])).values():
        print(path)
