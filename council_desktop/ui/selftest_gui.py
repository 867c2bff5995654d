"""The Qt steps of ``--self-test`` (council_desktop/selftest.py runs them; see its docstring).

They catch what a trimmed frozen build can lose: a platform plugin, the image formats and icon
rendering, our compiled translations and Qt's (tr, en, ru, kk), and the main window itself.
Runs offscreen unless ``QT_QPA_PLATFORM`` is set (set it to ``xcb``, ``windows`` or ``cocoa``
to also prove the real display plugin).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

QT_LANGUAGES = ("tr", "en", "ru", "kk")
IMAGE_FORMATS = ("png", "svg", "ico")


def _application() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from council_desktop.ui.qt import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] or "council-desktop"])


def check_qt() -> str:
    """Platform plugin, image formats, the bundled icons, our and Qt's translations."""
    from council_desktop.selftest import StepFailed
    from council_desktop.ui.i18n import LANGUAGES, qt_translation_file, translation_file
    from council_desktop.ui.icons import icon
    from council_desktop.ui.qt import QImageReader, QTranslator

    app = _application()
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in IMAGE_FORMATS if f not in formats]
    if missing:
        raise StepFailed(f"Qt image formats missing: {', '.join(missing)}")
    if icon("app").isNull() or icon("search").isNull():
        raise StepFailed("the bundled SVG icons do not render")
    ours = [translation_file(lang) for lang in LANGUAGES if lang != "en"]
    qts = [qt_translation_file(lang) for lang in QT_LANGUAGES]
    unloaded = [str(path) for path in ours + qts if not QTranslator(app).load(str(path))]
    if unloaded:
        raise StepFailed(f"translations missing: {', '.join(unloaded)}")
    return (
        f"platform {app.platformName()}, {len(formats)} image formats, icons render, "
        f"translations {'/'.join(p.stem for p in ours + qts)}"
    )


def check_main_window(store: Any, db_path: Path) -> str:
    """Open the real main window on the self-test's database, let it paint, close it."""
    from council_desktop.selftest import NotAvailable, StepFailed

    try:
        from council_desktop.ui.app import create_main_window
    except ImportError as exc:
        raise NotAvailable("not available in this build (ui.app.create_main_window)") from exc
    app = _application()
    window = create_main_window(store)
    window.show()
    app.processEvents()
    if not window.isVisible():
        raise StepFailed("the main window did not show")
    title = window.windowTitle()
    size = window.size()
    image = window.grab()
    if image.isNull():
        raise StepFailed("the main window did not paint")
    # Closing normally saves the layout to the user's layout.ini; an offscreen test window's
    # size must not replace the desk officer's own.
    window.save_state = lambda: None
    window.close()
    app.processEvents()
    window.deleteLater()
    app.processEvents()
    return f"{title!r} opened {size.width()}x{size.height()} and closed"
