"""Render the main views with the sample records into docs/screenshots/*.png (offscreen).

``make screenshots`` runs this. Each entry of ``SHOTS`` is (page key, file name, what to grab):
to add your view, add one line. The app runs on a fresh database with the sample records and a
throw-away settings folder, so the pictures never depend on the machine they are made on.

Usage: python tools/screenshots.py [--out DIR] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1280, 800)
ISTANBUL_MEETING = "0c0f1d00-2013-4c0d-9a00-000000000004"
PROTOCOL_DOCUMENT = "0c0f1d00-2013-4c0d-9a00-000000000101"


def _window(w):  # what most shots grab: the whole window
    return w


def _meeting_form(w):
    w.open_record("meeting", ISTANBUL_MEETING)
    return w.meetings_view.form


def _document_form(w):
    w.open_record("document", PROTOCOL_DOCUMENT)
    return w.documents_view.form


def _meetings_page(w):
    w.open_record("meeting", ISTANBUL_MEETING)
    return w


def _calendar(w):  # October 2019: the Bakü ministers' meeting and the 7th Summit
    import datetime

    w.calendar_view.go_to(datetime.date(2019, 10, 15))
    return w.calendar_view


def _timeline(w):
    w.timeline_view.fit_all()
    return w.timeline_view


def _followup(w):
    return w.followup_view


def _preferences(w):
    from council_desktop import settings
    from council_desktop.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings.load(), w.ctx.store.path, w)
    dialog.tabs.setCurrentIndex(2)  # Briefs: the longest labels
    dialog.show()
    return dialog


# (page key, file name, grab: window -> widget to save). Add your view here.
SHOTS: list[tuple[str, str, Callable]] = [
    ("start", "main-start.png", _window),
    ("meetings", "main-meetings.png", _meetings_page),
    ("documents", "main-documents.png", _window),
    ("meetings", "meeting-form.png", _meeting_form),
    ("documents", "document-form.png", _document_form),
    ("calendar", "main-calendar.png", _window),
    ("timeline", "main-timeline.png", _window),
    ("followup", "main-followup.png", _window),
    ("calendar", "calendar.png", _calendar),
    ("timeline", "timeline.png", _timeline),
    ("followup", "followup.png", _followup),
    ("trash", "main-trash.png", _window),
    ("start", "preferences.png", _preferences),
]


def _isolate(home: Path) -> None:
    """Fresh settings and logs: the pictures must not show this machine's saved layout."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HOME"] = str(home)
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):  # fmt: skip
        os.environ[var] = str(home / sub)
    os.environ.pop("COUNCIL_DESKTOP_DB", None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files")
    parser.add_argument("--only", nargs="*", help="file names to render (default: all)")
    parser.add_argument(
        "--language",
        choices=("en", "tr", "ru"),
        help="interface language; files get a <lang>- prefix",
    )
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="council-shots-"))
    _isolate(work / "home")
    sys.path.insert(0, str(ROOT))

    from council_desktop.ui.app import application, create_main_window

    app = application()
    if args.language:
        from council_desktop.ui.i18n import install_language

        install_language(args.language, app)
    window = create_main_window(work / "council.sqlite")
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for page, name, grab in SHOTS:
        if args.only and name not in args.only:
            continue
        window.show_page(page)
        app.processEvents()
        widget = grab(window)
        app.processEvents()
        target = args.out / (f"{args.language}-{name}" if args.language else name)
        if not widget.grab().save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        written.append(target)
    window.close()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
