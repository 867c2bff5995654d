"""Exporting and printing briefs from the window, with the rendering off the UI thread.

A book of a hundred meetings takes seconds; the window must keep painting and the user must be
able to cancel. So a :class:`RenderThread` does the work: it opens its OWN read-only
connection to the database file (a sqlite3 connection belongs to the thread that made it),
gathers the records and renders the PDF. It talks to the window only through queued signals;
the renderer's progress callback reports through a signal and reads the cancel request from a
``threading.Event``, never from a widget. :class:`BriefExporter` is the window's side: it shows
:class:`BriefDialog`, asks for a file, shows the progress dialog, and afterwards offers to open
the PDF (or, for "Print brief…", opens a temporary copy in the system's PDF viewer; the copy
lives in the app's temp folder, ui/temp_files.py, which start-up clears of day-old files).
"""

from __future__ import annotations

import logging
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from council_desktop.briefs import (
    BookResult,
    BriefCancelled,
    BriefInput,
    BriefOptions,
    render_book,
    render_brief,
)
from council_desktop.briefs.defaults import options_from_settings
from council_desktop.briefs.gather import gather_brief_input
from council_desktop.logs import log_file
from council_desktop.store import RecordNotFound, Store, StoreError, get_meeting
from council_desktop.ui.context import AppContext
from council_desktop.ui.core_messages import translate_error
from council_desktop.ui.dialogs.brief_dialog import BOOK, BRIEF, BriefDialog
from council_desktop.ui.errors import apology_text
from council_desktop.ui.qt import (
    QCoreApplication,
    QDesktopServices,
    QDialog,
    QFileDialog,
    QMessageBox,
    QObject,
    QProgressDialog,
    Qt,
    QThread,
    QUrl,
    QWidget,
    Signal,
)
from council_desktop.ui.temp_files import new_temp_folder
from council_desktop.ui.views.record_list import app_settings

log = logging.getLogger(__name__)

WRITTEN, CANCELLED, FAILED = "written", "cancelled", "failed"
# The progress dialog appears only for work that takes longer than this.
PROGRESS_DELAY_MS = 400
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class RenderJob:
    """What the worker renders: one brief (``kind=BRIEF``, one uuid) or a book."""

    kind: str
    uuids: list[str]
    out_path: Path
    options: BriefOptions
    title: str | None = None
    # The database file the worker opens by itself; None for an in-memory store.
    db_path: Path | None = None
    # Inputs gathered beforehand, only when there is no file to open (in-memory stores).
    items: list[BriefInput] = field(default_factory=list)


class RenderThread(QThread):
    """Gathers and renders one job in its own thread, with its own database connection."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # Path (a brief) or BookResult (a book)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, job: RenderJob, parent: QObject | None = None):
        super().__init__(parent)
        self.job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop (thread-safe; takes effect at the next progress step)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # the worker thread
        try:
            result = run_job(self.job, self._progress)
        except BriefCancelled:
            self.cancelled.emit()
        except Exception as exc:  # every failure becomes a dialog, never a dead thread
            if not isinstance(exc, StoreError | OSError | ValueError):
                log.exception("brief export failed")
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return self._cancel.is_set()


def run_job(job: RenderJob, progress: Any) -> Path | BookResult:
    """Gather (from a connection opened here) and render; ``progress(done, total) -> cancel``.

    Raises ``BriefCancelled`` when ``progress`` returned True; no file is left behind then.
    """
    items = list(job.items)
    if not items:
        if job.db_path is None:
            raise ValueError("There is no database file to read the meetings from.")
        store = Store.open(job.db_path, read_only=True)
        try:
            for uuid in job.uuids:
                if progress(0, 0):
                    raise BriefCancelled("cancelled while reading the meetings")
                items.append(gather_brief_input(store, uuid))
        finally:
            store.close()
    if job.kind == BOOK:
        return render_book(items, job.out_path, job.options, title=job.title, progress=progress)
    # A brief has no progress steps: write it aside and keep it only if nobody cancelled,
    # so a cancelled export leaves the file that was there before (or none).
    partial = job.out_path.with_name(f".{job.out_path.name}.partial")
    try:
        render_brief(items[0], partial, job.options)
        if progress(1, 1):
            raise BriefCancelled("brief cancelled")
        os.replace(partial, job.out_path)
    finally:
        partial.unlink(missing_ok=True)
    return job.out_path


def safe_file_name(title: str, fallback: str) -> str:
    """A file name from a meeting's title (no path separators or characters Windows refuses)."""
    name = _UNSAFE_IN_FILE_NAMES.sub("-", title).strip(" .-")[:80].strip()
    return f"{name or fallback}.pdf"


def save_first(form: Any, parent: QWidget | None) -> bool:
    """Before a brief of the meeting being edited: offer to save; True to go on.

    The brief is printed from the saved record, so unsaved edits would be missing from it.
    """
    if not form.is_dirty():
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BriefExporter", "Unsaved changes"),
        QCoreApplication.translate(
            "BriefExporter",
            "This meeting has unsaved changes; the brief is printed from the saved record. "
            "Save the changes first?",
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Ignore
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return bool(form.save())
    return answer == QMessageBox.StandardButton.Ignore


class BriefExporter(QObject):
    """The window's side of exporting: dialogs, the progress dialog, and what follows."""

    finished = Signal(str, object)  # WRITTEN | CANCELLED | FAILED, the path (or None)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.worker: RenderThread | None = None  # the job in progress, if any
        self._running: set[RenderThread] = set()  # threads not yet ended (waited for on close)
        self.progress_dialog: QProgressDialog | None = None
        self.last_message = ""
        self._printing = False
        self._target: Path | None = None  # the file being written (named in error messages)

    def is_busy(self) -> bool:
        return self.worker is not None

    # -- the three commands ------------------------------------------------------------------

    def export_brief(self, uuid: str | None) -> bool:
        """Export brief…: settings, a file name, then the brief in the background."""
        if not self._ready(uuid):
            return False
        dialog = BriefDialog(self.ctx, BRIEF, meeting_uuid=uuid, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        assert uuid is not None
        path = self._ask_path(self._meeting_title(uuid) or self.tr("brief"))
        if path is None:
            return False
        return self._start(RenderJob(BRIEF, [uuid], path, dialog.options()))

    def export_book(self, selected_uuids: list[str] | None = None) -> bool:
        """Export briefing book…: which meetings and settings, a file name, then the book."""
        if self._busy():
            return False
        dialog = BriefDialog(self.ctx, BOOK, selected_uuids=selected_uuids, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.meeting_uuids():
            return False
        title = dialog.book_title()
        path = self._ask_path(title or self.tr("Briefing book"))
        if path is None:
            return False
        job = RenderJob(BOOK, dialog.meeting_uuids(), path, dialog.options(), title=title)
        return self._start(job)

    def print_brief(self, uuid: str | None) -> bool:
        """Print brief…: the brief with the default settings, opened in the PDF viewer."""
        if not self._ready(uuid):
            return False
        assert uuid is not None
        folder = new_temp_folder("brief-")  # the viewer reads it later: cleared after a day
        path = folder / safe_file_name(self._meeting_title(uuid), "brief")
        self._printing = True
        return self._start(RenderJob(BRIEF, [uuid], path, options_from_settings()))

    # -- running -----------------------------------------------------------------------------

    def _ready(self, uuid: str | None) -> bool:
        if self._busy():
            return False
        if not uuid:
            self._say(self.tr("Select a meeting first: its brief is exported."))
            return False
        return True

    def _busy(self) -> bool:
        if self.worker is not None:
            self._say(self.tr("A brief is being exported; wait until it is finished."))
            return True
        return False

    def _start(self, job: RenderJob) -> bool:
        store = self.ctx.store
        if store.path is None:  # nothing a second connection could open: gather here
            from council_desktop.briefs.gather import gather_book_inputs

            job = RenderJob(**{**job.__dict__, "items": gather_book_inputs(store, job.uuids)})
        else:
            job = RenderJob(**{**job.__dict__, "db_path": store.path})
        thread = RenderThread(job)  # no parent: held in _running until its thread has ended
        self.worker = thread
        self._target = job.out_path
        self._show_progress(job)
        thread.progressed.connect(self._on_progress)
        thread.succeeded.connect(self._on_succeeded)
        thread.failed.connect(self._on_failed)
        thread.cancelled.connect(self._on_cancelled)
        self._running.add(thread)
        thread.finished.connect(self._thread_ended)
        thread.start()
        return True

    def _show_progress(self, job: RenderJob) -> None:
        label = (
            self.tr("Preparing the briefing book of {n} meetings…").format(n=len(job.uuids))
            if job.kind == BOOK
            else self.tr("Preparing the brief…")
        )
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowTitle(self.tr("Export brief"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel_requested)
        self.progress_dialog = dialog

    def _thread_ended(self) -> None:
        """Let go of threads whose job is over (their result has been handled already)."""
        for thread in list(self._running):
            if thread is not self.worker:
                thread.wait()  # returns at once: run() is over, only Qt's clean-up remains
                self._running.discard(thread)

    def _cancel_requested(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            if self.progress_dialog is not None:
                self.progress_dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None or self.worker is None or self.worker.is_cancelled():
            return
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def _end(self) -> bool:
        """Close the progress dialog and forget the thread (it deletes itself when done).

        Returns whether the job was a "Print brief…" (what to do with the file differs)."""
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self._cancel_requested)
            dialog.hide()
            dialog.deleteLater()
        self.worker = None
        printing, self._printing = self._printing, False
        return printing

    def _on_succeeded(self, result: Path | BookResult) -> None:
        printing = self._end()
        path = result.path if isinstance(result, BookResult) else Path(result)
        if printing:
            self._open_for_printing(path)
        else:
            remember_folder(path.parent)
            self._offer_to_open(result, path)
        self.finished.emit(WRITTEN, path)

    def _on_cancelled(self) -> None:
        self._end()
        self._say(self.tr("Export cancelled; no file was written."))
        self.finished.emit(CANCELLED, None)

    def _on_failed(self, exc: BaseException) -> None:
        self._end()
        self.last_message = self.explain(exc)
        QMessageBox.warning(self.window, self.tr("The brief was not written"), self.last_message)
        self.finished.emit(FAILED, None)

    def explain(self, exc: BaseException) -> str:
        """One sentence for the user about why the export failed (no traceback)."""
        if isinstance(exc, RecordNotFound):
            return self.tr("The meeting is no longer in the database (it may have been deleted).")
        if isinstance(exc, StoreError):
            return translate_error(exc)
        if isinstance(exc, OSError):
            where = self._target or exc.filename or ""
            return self.tr("The PDF could not be written to {path}: {reason}.").format(
                path=where, reason=exc.strerror or translate_error(exc)
            )
        if isinstance(exc, ValueError):
            return translate_error(exc)
        return apology_text(log_file())

    # -- afterwards --------------------------------------------------------------------------

    def _offer_to_open(self, result: Path | BookResult, path: Path) -> None:
        text = self.tr("The PDF was written to {path}.").format(path=path)
        if isinstance(result, BookResult):
            text += " " + self.tr("{pages} pages.").format(pages=result.pages)
            for skipped in result.skipped_annexes:
                text += "\n" + self.tr("Annex {n} ({file}) was left out: {reason}").format(
                    n=skipped.number, file=skipped.filename, reason=skipped.reason
                )
        self._say(text.splitlines()[0])
        answer = QMessageBox.question(
            self.window,
            self.tr("Brief exported"),
            text + "\n\n" + self.tr("Open it now?"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            self._open(path)

    def _open_for_printing(self, path: Path) -> None:
        if self._open(path):
            self._say(self.tr("The brief is open in your PDF viewer: print it from there."))

    def _open(self, path: Path) -> bool:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        QMessageBox.warning(
            self.window,
            self.tr("No PDF viewer"),
            self.tr("No program to open PDF files was found. The file is at {path}.").format(
                path=path
            ),
        )
        return False

    def _ask_path(self, name: str) -> Path | None:
        start = last_folder() / safe_file_name(name, "brief")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the PDF as"), str(start), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")

    def _meeting_title(self, uuid: str) -> str:
        try:
            return str(get_meeting(self.ctx.store, uuid).get("title") or "")
        except RecordNotFound:
            return ""

    def _say(self, text: str) -> None:
        self.last_message = text
        self.ctx.status_message.emit(text)

    def shutdown(self) -> None:
        """The window is closing: stop a running export and wait for its thread."""
        for thread in list(self._running):
            thread.cancel()
            thread.wait()


def last_folder() -> Path:
    """Where the last PDF was saved (the user's documents folder at first)."""
    saved = app_settings().value("briefs/folder", "")
    folder = Path(str(saved)) if saved else Path.home() / "Documents"
    return folder if folder.is_dir() else Path.home()


def remember_folder(folder: Path) -> None:
    settings = app_settings()
    settings.setValue("briefs/folder", str(folder))
    settings.sync()
