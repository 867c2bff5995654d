"""Briefs from the window: Export brief…, Export briefing book…, Print brief…, as a user does them.

Dialogs never block: BriefDialog.exec, the file dialog, the message boxes and the PDF viewer
(QDesktopServices.openUrl) are patched. PDFs are checked by their extracted text.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from council_desktop.store import get_meeting
from council_desktop.ui import brief_export
from council_desktop.ui.brief_export import CANCELLED, FAILED, WRITTEN, BriefExporter
from council_desktop.ui.dialogs.brief_dialog import BOOK, BRIEF, BriefDialog
from council_desktop.ui.qt import (
    QDesktopServices,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    Qt,
)
from council_desktop.ui.temp_files import temp_root

pytestmark = pytest.mark.gui

SUMMIT = "0c0f1d00-2013-4c0d-9a00-000000000001"  # Türk Konseyi Yedinci Zirvesi
SEVENTH_SUMMIT = "Türk Konseyi Yedinci Zirvesi"


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Every file the app asks the system to open (the PDF viewer)."""
    urls: list[str] = []

    def open_url(url):
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """Accept the brief dialog as set, save to ``out.pdf``, answer "Open" after export."""
    shown: dict[str, object] = {"out": tmp_path / "out" / "brief.pdf", "warnings": []}
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(BriefDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(shown["out"]), "PDF files (*.pdf)")
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a: shown["warnings"].append(text)
    )
    return shown


@pytest.fixture
def window(qtbot, app_context):
    from council_desktop.ui.main_window import MainWindow

    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.show()
    win.show_page("meetings")
    yield win
    win.brief_exporter.shutdown()


def test_export_brief_of_the_selected_meeting_writes_its_pdf(qtbot, window, dialogs, opened):
    assert window.meetings_view.select_uuid(SUMMIT)
    title = get_meeting(window.ctx.store, SUMMIT)["title"]
    with qtbot.waitSignal(window.brief_exporter.finished, timeout=30000) as done:
        window.export_brief_action.trigger()
    assert done.args[0] == WRITTEN
    out = dialogs["out"]
    assert done.args[1] == out and out.exists()
    assert " ".join(title.split()) in pdf_text(out)
    assert PdfReader(out).metadata.title == title
    assert opened == [str(out)]  # "Open it now?" → Open: the PDF viewer got the file
    assert not dialogs["warnings"]


def test_meeting_form_button_exports_its_meeting(qtbot, window, dialogs, opened):
    window.meetings_view.open_uuid(SUMMIT)
    form = window.meetings_view.form
    with qtbot.waitSignal(window.brief_exporter.finished, timeout=30000) as done:
        form.brief_button.click()
    assert done.args[0] == WRITTEN
    assert SEVENTH_SUMMIT in pdf_text(dialogs["out"])


def test_print_brief_opens_a_temporary_pdf_in_the_viewer(qtbot, window, opened, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: pytest.fail("printing asks for no file")
    )
    assert window.print_brief_action.isEnabled() and window.print_brief_action.toolTip()
    window.meetings_view.select_uuid(SUMMIT)
    with qtbot.waitSignal(window.brief_exporter.finished, timeout=30000) as done:
        window.print_brief_action.trigger()
    assert done.args[0] == WRITTEN
    assert len(opened) == 1 and opened[0].endswith(".pdf")
    assert Path(opened[0]).is_relative_to(temp_root())  # cleared after a day (ui/temp_files.py)
    assert SEVENTH_SUMMIT in pdf_text(Path(opened[0]))
    Path(opened[0]).unlink()


def test_book_dialog_counts_the_meetings_it_selects(qtbot, app_context):
    dialog = BriefDialog(app_context, BOOK)
    qtbot.addWidget(dialog)
    assert dialog.criteria_radio.isChecked()
    assert dialog.meeting_count() == 7  # nothing narrowed: every meeting
    dialog.framework_combo.setCurrentIndex(dialog.framework_combo.findData(SEVENTH_SUMMIT))
    qtbot.waitUntil(lambda: dialog.meeting_count() == 2)
    assert dialog.count_label.text() == "2 meetings will be printed."
    assert dialog.ok_button.isEnabled()
    dialog.from_edit.set_value("2019-10-15")  # the summit itself, not the ministers' meeting
    qtbot.waitUntil(lambda: dialog.meeting_count() == 1)
    assert dialog.meeting_uuids() == [SUMMIT]
    dialog.from_edit.set_value("2030-01-01")
    qtbot.waitUntil(lambda: dialog.meeting_count() == 0)
    assert "No meeting matches" in dialog.count_label.text()
    assert not dialog.ok_button.isEnabled()
    dialog.from_edit.clear()
    dialog.framework_combo.setCurrentIndex(0)
    dialog.tag_combo.setCurrentIndex(dialog.tag_combo.findData("olağanüstü"))
    qtbot.waitUntil(lambda: dialog.meeting_count() == 2)


def test_book_dialog_offers_the_list_selection_and_previews_the_settings(qtbot, app_context):
    chosen = [SUMMIT, "0c0f1d00-2013-4c0d-9a00-000000000004"]
    dialog = BriefDialog(app_context, BOOK, selected_uuids=chosen)
    qtbot.addWidget(dialog)
    assert dialog.selection_radio.isChecked()
    assert sorted(dialog.meeting_uuids()) == sorted(chosen)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("tr"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))
    dialog.classification_combo.setCurrentIndex(dialog.classification_combo.findData("secret"))
    dialog.annexes_check.setChecked(True)
    dialog.title_edit.setText("Yedinci Zirve dosyası")
    options = dialog.options()
    assert (options.lang, options.paper, options.classification) == ("tr", "Letter", "secret")
    assert options.include_annexes and dialog.book_title() == "Yedinci Zirve dosyası"
    preview = dialog.preview_text()
    for expected in ("US Letter", "Secret", "annexes", "Yedinci Zirve dosyası"):
        assert expected in preview


def test_brief_dialog_defaults_come_from_preferences(qtbot, app_context):
    from council_desktop import settings

    settings.save(settings.Settings(brief_language="tr", brief_paper="Letter"))
    dialog = BriefDialog(app_context, BRIEF, meeting_uuid=SUMMIT)
    qtbot.addWidget(dialog)
    assert dialog.options().lang == "tr" and dialog.options().paper == "Letter"
    assert dialog.options().classification is None  # "as recorded"
    assert "Restricted" in dialog.classification_combo.currentText() or (
        dialog.classification_combo.currentData() == "record"
    )


def test_a_long_book_can_be_cancelled(qtbot, app_context, dialogs, monkeypatch, request):
    """Cancel in the progress dialog: the renderer stops, no file is left, the UI says so."""
    real_render_book = brief_export.render_book
    waiting = threading.Event()

    def render_book_until_cancelled(items, out_path, options, *, title=None, progress=None):
        def held_progress(done, total):
            if done >= 1:  # hold the layout here until the user's cancel is seen (max 20 s)
                waiting.set()
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline:
                    if progress(done, total):
                        return True
                    time.sleep(0.01)
            return progress(done, total)

        return real_render_book(items, out_path, options, title=title, progress=held_progress)

    monkeypatch.setattr(brief_export, "render_book", render_book_until_cancelled)
    messages: list[str] = []
    app_context.status_message.connect(messages.append)
    exporter = BriefExporter(app_context)
    request.addfinalizer(exporter.shutdown)  # a failing test must not leave the thread running
    dialogs["out"] = Path(str(dialogs["out"]).replace("brief.pdf", "book.pdf"))
    assert exporter.export_book([])
    assert exporter.progress_dialog is not None
    qtbot.waitUntil(waiting.is_set, timeout=30000)
    [cancel_button] = exporter.progress_dialog.findChildren(QPushButton)
    with qtbot.waitSignal(exporter.finished, timeout=30000) as done:
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert done.args == [CANCELLED, None]
    assert list(dialogs["out"].parent.iterdir()) == []  # neither the book nor a temporary file
    assert "cancelled" in messages[-1] and "no file" in messages[-1]
    assert exporter.progress_dialog is None and not exporter.is_busy()


def test_rendering_runs_off_the_ui_thread_and_the_window_stays_responsive(
    qtbot, window, dialogs, opened, monkeypatch
):
    """The render waits for the UI thread to act meanwhile: a render on the UI thread never could."""
    real_render_brief = brief_export.render_brief
    seen: dict[str, object] = {}
    ui_ticked = threading.Event()

    def watched_render_brief(data, out_path, options=None):
        seen["thread"] = threading.get_ident()
        seen["ui_ran_meanwhile"] = ui_ticked.wait(timeout=20)
        return real_render_brief(data, out_path, options)

    monkeypatch.setattr(brief_export, "render_brief", watched_render_brief)
    window.meetings_view.select_uuid(SUMMIT)
    with qtbot.waitSignal(window.brief_exporter.finished, timeout=30000) as done:
        window.export_brief_action.trigger()
        assert window.brief_exporter.is_busy()  # trigger() returned while the work goes on
        qtbot.waitUntil(lambda: "thread" in seen, timeout=20000)
        ui_ticked.set()  # set by the UI thread, which is running its event loop right now
    assert done.args[0] == WRITTEN
    assert seen["thread"] != threading.main_thread().ident
    assert seen["ui_ran_meanwhile"] is True


def test_an_unwritable_path_gives_a_clear_message(qtbot, window, dialogs, opened):
    blocker = dialogs["out"].parent / "a file not a folder"
    blocker.write_text("x")
    dialogs["out"] = blocker / "brief.pdf"
    window.meetings_view.select_uuid(SUMMIT)
    with qtbot.waitSignal(window.brief_exporter.finished, timeout=30000) as done:
        window.export_brief_action.trigger()
    assert done.args[0] == FAILED
    [message] = dialogs["warnings"]
    assert "could not be written" in message and "a file not a folder" in message
    assert "Traceback" not in message
    assert opened == []


def test_unsaved_edits_are_offered_for_saving_first(qtbot, window, dialogs, opened, monkeypatch):
    window.meetings_view.open_uuid(SUMMIT)
    form = window.meetings_view.form
    qtbot.keyClicks(form.title_edit, " (rev.)")
    assert form.is_dirty()
    asked: list[str] = []

    def cancel(*args, **_kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not window.export_brief()
    assert asked and "unsaved changes" in asked[0]
    assert not dialogs["out"].exists()
