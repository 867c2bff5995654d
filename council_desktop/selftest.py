"""``council-desktop --self-test``: prove, on the machine it runs on, that this build works.

IT runs it after installing (and CI runs it on every frozen build): a bundle that left out a
module, a font, a Qt plugin or a translation fails here instead of on a desk officer's screen.
Each step uses the app's own public functions on a temporary database, never the user's, and
prints one line: ``PASS``/``FAIL``, the step, and what it saw. A piece of the app this build
does not have yet FAILs as "not available" — a self-test that passes what it did not check
would be worse than none.

Qt-free: the Qt and main-window steps live in ``ui/selftest_gui.py`` and is imported only when run.
"""

from __future__ import annotations

import importlib
import logging
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from council_desktop import __version__
from council_desktop.resources import resource_path, sample_records_path
from council_desktop.store.connection import Store

log = logging.getLogger(__name__)

#: The sample meeting whose brief is rendered (Baku 2019: Turkish text with ı, ş, İ).
BRIEF_MEETING = "0c0f1d00-2013-4c0d-9a00-000000000002"
#: Typed without Turkish letters; must still find "Dışişleri" (the app's folding at work).
SEARCH_QUERY = "disisleri"
BUNDLED_FONTS = ("DejaVuSans", "DejaVuSans-Bold")
GUI_STEPS = "council_desktop.ui.selftest_gui"


class NotAvailable(Exception):
    """The piece of the app this step checks is not part of this build."""


class StepFailed(Exception):
    """The step ran and found something wrong."""


@dataclass
class Workspace:
    """What the steps share: a temporary folder and the database opened in it."""

    folder: Path
    store: Store | None = None

    @property
    def db_path(self) -> Path:
        return self.folder / "self-test.sqlite"

    def need_store(self) -> Store:
        if self.store is None:
            raise StepFailed("skipped: the database step did not pass")
        return self.store


@dataclass
class StepResult:
    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'}  {self.name:<10} {self.detail}"


def _optional(module: str, name: str) -> Any:
    """``module.name`` from another part of the app, or NotAvailable if this build lacks it."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            raise NotAvailable(f"not available in this build ({module})") from exc
        raise
    if not hasattr(found, name):
        raise NotAvailable(f"not available in this build ({module}.{name})")
    return getattr(found, name)


# ---- the steps ------------------------------------------------------------------------------


def step_resources(ws: Workspace) -> str:
    """The bundled files the app reads at run time are where resources.py looks."""
    wanted = [resource_path("fonts", f"{font}.ttf") for font in BUNDLED_FONTS]
    wanted.append(sample_records_path())
    missing = [str(p) for p in wanted if not p.is_file()]
    if missing:
        raise StepFailed(f"missing {', '.join(missing)}")
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "source tree"
    return f"fonts and sample records found ({frozen}, version {__version__})"


def step_database(ws: Workspace) -> str:
    """A new database file gets the current schema; SQLite has the FTS5 search needs."""
    ws.store = Store.open(ws.db_path)
    options = {row[0] for row in ws.store.conn.execute("PRAGMA compile_options")}
    if "ENABLE_FTS5" not in options:
        raise StepFailed(f"SQLite {sqlite3.sqlite_version} was built without FTS5")
    version = ws.store.conn.execute("PRAGMA user_version").fetchone()[0]
    return f"created {ws.db_path.name} (schema {version}, SQLite {sqlite3.sqlite_version})"


def step_import(ws: Workspace) -> str:
    """The sample records import; the counts are what the file holds."""
    from council_desktop.exchange.json_format import import_file, read_exchange_file
    from council_desktop.store.listing import counts

    store = ws.need_store()
    source = sample_records_path()
    report = import_file(store, source)
    data = read_exchange_file(source)
    expected = {"meetings": len(data["meetings"]), "documents": len(data["documents"])}
    found = counts(store)
    got = {key: found.get(key, 0) for key in expected}
    if got != expected:
        raise StepFailed(f"expected {expected}, the database holds {got}")
    return f"{got['meetings']} meetings, {got['documents']} documents ({report.summary()})"


def step_search(ws: Workspace) -> str:
    """A search typed without Turkish letters finds the Turkish records (Turkic folding)."""
    search = _optional("council_desktop.search.service", "search")
    store = ws.need_store()
    hits = list(search(store, SEARCH_QUERY))
    titles = [str(getattr(hit, "title", "")) for hit in hits]
    if not any("Dışişleri" in title for title in titles):
        raise StepFailed(f"{SEARCH_QUERY!r} did not find 'Dışişleri' (found {titles[:3]})")
    return f"{SEARCH_QUERY!r} found {len(hits)} result(s), e.g. {titles[0]!r}"


def step_brief(ws: Workspace) -> str:
    """A meeting's brief renders with the bundled fonts embedded, and its text reads back."""
    from council_desktop.briefs import render_brief
    from council_desktop.briefs.gather import gather_brief_input

    store = ws.need_store()
    data = gather_brief_input(store, BRIEF_MEETING)
    out = render_brief(data, ws.folder / "brief.pdf")
    fonts, unembedded = pdf_fonts(out)
    if unembedded:
        raise StepFailed(f"fonts not embedded: {', '.join(sorted(unembedded))}")
    missing = [f for f in BUNDLED_FONTS if not any(name.endswith(f) for name in fonts)]
    if missing:
        raise StepFailed(f"bundled fonts not used: {', '.join(missing)} (found {sorted(fonts)})")
    title = str(data.meeting.get("title") or "")
    text = pdf_text(out)
    if title.split()[0] not in text:
        raise StepFailed(f"the title {title!r} is not in the PDF text")
    pages = text.count("\f") + 1
    return (
        f"{out.name}: {out.stat().st_size // 1024} KB, {pages} page(s), {len(fonts)} embedded fonts"
    )


def step_qt(ws: Workspace) -> str:
    """Qt starts (offscreen unless QT_QPA_PLATFORM says otherwise) with what the build kept."""
    check = _optional(GUI_STEPS, "check_qt")
    detail: str = check()
    return detail


def step_window(ws: Workspace) -> str:
    """The main window opens on the self-test's database and closes."""
    check = _optional(GUI_STEPS, "check_main_window")
    detail: str = check(ws.need_store(), ws.db_path)
    return detail


def step_backup(ws: Workspace) -> str:
    """A backup set (database and attachments) is made and passes the restore check."""
    create_backup = _optional("council_desktop.store.backup", "create_backup")
    verify_backup = _optional("council_desktop.store.backup", "verify_backup")
    from council_desktop.store.listing import counts

    store = ws.need_store()
    info = create_backup(store, ws.folder / "backups", kind="manual")
    problems = verify_backup(info.path)
    if problems:
        raise StepFailed(f"the backup would not restore: {problems[0]}")
    live = counts(store)
    if (info.meetings, info.documents) != (live["meetings"], live["documents"]):
        raise StepFailed(f"the backup holds {info.meetings} meetings, the database {live}")
    return (
        f"{info.path.name}: verified, {info.meetings} meetings, {info.documents} documents, "
        f"{info.attachments} attachment file(s)"
    )


STEPS: list[tuple[str, Callable[[Workspace], str]]] = [
    ("resources", step_resources),
    ("database", step_database),
    ("import", step_import),
    ("search", step_search),
    ("brief", step_brief),
    ("qt", step_qt),
    ("window", step_window),
    ("backup", step_backup),
]


# ---- PDF checks (pypdf; the app depends on it for attachment text anyway) ---------------------


def pdf_fonts(path: Path) -> tuple[set[str], set[str]]:
    """(every font name used on the pages, the names of those not embedded)."""
    from pypdf import PdfReader

    used: set[str] = set()
    unembedded: set[str] = set()
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        fonts = resources.get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            name = str(font.get("/BaseFont", "?")).lstrip("/")
            used.add(name)
            if not _embedded(font):
                unembedded.add(name)
    return used, unembedded


def _embedded(font: Any) -> bool:
    descriptors = [font.get("/FontDescriptor")]
    for descendant in font.get("/DescendantFonts") or []:
        descriptors.append(descendant.get_object().get("/FontDescriptor"))
    for descriptor in descriptors:
        if descriptor is None:
            continue
        descriptor = descriptor.get_object()
        if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            return True
    return False


def pdf_text(path: Path) -> str:
    """The extracted text, pages separated by form feeds."""
    from pypdf import PdfReader

    return "\f".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


# ---- running ---------------------------------------------------------------------------------


def run_step(ws: Workspace, name: str, func: Callable[[Workspace], str]) -> StepResult:
    started = time.monotonic()
    try:
        detail, ok = func(ws), True
    except (NotAvailable, StepFailed) as exc:
        detail, ok = str(exc), False
    except Exception as exc:  # the point of a self-test: report any failure as a line
        log.exception("self-test step %s failed", name)
        detail, ok = f"{type(exc).__name__}: {exc}", False
    return StepResult(name, ok, detail, time.monotonic() - started)


def _write(out: TextIO | None, line: str) -> None:
    log.info("self-test: %s", line)
    if out is not None:  # a windowed Windows executable has no stdout
        out.write(line + "\n")
        out.flush()


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step, print one line each, and return 0 only if all passed."""
    out = out if out is not None else sys.stdout
    _write(out, f"Council Desktop {__version__} self-test ({sys.platform})")
    results: list[StepResult] = []
    with tempfile.TemporaryDirectory(prefix="council-self-test-") as tmp:
        ws = Workspace(Path(tmp))
        try:
            for name, func in STEPS:
                result = run_step(ws, name, func)
                results.append(result)
                _write(out, result.line())
        finally:
            if ws.store is not None:
                ws.store.close()
    failed = [r.name for r in results if not r.ok]
    summary = f"{len(results) - len(failed)} of {len(results)} steps passed"
    _write(out, f"self-test {'passed' if not failed else 'FAILED'}: {summary}")
    return 0 if not failed else 1
