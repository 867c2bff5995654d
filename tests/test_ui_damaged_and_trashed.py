"""Records that are not what they seem: a damaged attachment, a linked document in the trash.

A file whose bytes no longer match their hash is opened or copied only after a warning the
user accepts; a meeting's linked document that went to the trash says so and can be restored
from the meeting, instead of "(document not found)" and "There is no document…".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from council_desktop.store import (
    blob_path,
    get_document,
    meetings_referencing_document,
    move_to_trash,
)
from council_desktop.ui.forms import DocumentForm, MeetingForm
from council_desktop.ui.qt import QDesktopServices, QFileDialog, QMessageBox, Qt, QUrl

pytestmark = pytest.mark.gui

DOC_101 = "0c0f1d00-2013-4c0d-9a00-000000000101"
Button = QMessageBox.StandardButton


def _show(qtbot, form):
    qtbot.addWidget(form)
    form.resize(900, 600)
    form.show()
    qtbot.waitExposed(form)
    return form


# -- 5. a damaged attachment ---------------------------------------------------------------


@pytest.fixture
def damaged(qtbot, app_context, monkeypatch, tmp_path):
    """Document 101 with an attached file whose stored bytes were then overwritten."""
    report = tmp_path / "rapor.txt"
    report.write_bytes(b"the report as it was attached\n" * 20)
    form = _show(qtbot, DocumentForm(app_context))
    form.load(DOC_101)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(report)], ""))
    )
    form.attachments.add_button.click()
    row = form.attachments.table.rowCount() - 1
    sha = form.attachments.attachments[row]["sha256"]
    blob_path(app_context.store, sha).write_bytes(b"tampered with")
    form.load(DOC_101)
    form.attachments.table.selectRow(row)
    assert form.attachments.table.item(row, 4).text() == "Damaged"
    return form


def _answer(monkeypatch, button):
    asked: list[str] = []

    def warning(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return asked


def test_a_damaged_file_is_opened_only_after_a_warning(qtbot, damaged, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda u: opened.append(u) or True)
    )
    asked = _answer(monkeypatch, Button.No)
    damaged.attachments.open_button.click()
    assert len(asked) == 1 and "does not match what was stored" in asked[0]
    assert "rapor.txt" in asked[0] and "Open it anyway?" in asked[0]
    assert opened == []  # No: nothing opened
    _answer(monkeypatch, Button.Yes)
    damaged.attachments.open_button.click()
    assert len(opened) == 1
    assert Path(opened[0].toLocalFile()).read_bytes() == b"tampered with"  # what the user chose


def test_a_copy_of_a_damaged_file_is_saved_only_after_a_warning(
    qtbot, damaged, monkeypatch, tmp_path
):
    target = tmp_path / "kopya.txt"
    chosen: list[str] = []

    def choose(*_args, **_kwargs):
        chosen.append("asked")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    asked = _answer(monkeypatch, Button.No)
    damaged.attachments.copy_button.click()
    assert len(asked) == 1 and "Save a copy anyway?" in asked[0]
    assert not target.exists() and chosen == []  # refused before even asking where
    _answer(monkeypatch, Button.Yes)
    damaged.attachments.copy_button.click()
    assert target.read_bytes() == b"tampered with"


def test_a_sound_file_opens_without_a_question(qtbot, app_context, monkeypatch, tmp_path):
    report = tmp_path / "sound.txt"
    report.write_bytes(b"fine\n")
    form = _show(qtbot, DocumentForm(app_context))
    form.load(DOC_101)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(report)], ""))
    )
    form.attachments.add_button.click()
    form.attachments.table.selectRow(form.attachments.table.rowCount() - 1)
    asked = _answer(monkeypatch, Button.No)
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda u: opened.append(u) or True)
    )
    form.attachments.open_button.click()
    assert asked == [] and len(opened) == 1


# -- 6. a linked document in the trash -------------------------------------------------------


@pytest.fixture
def meeting_with_trashed_document(qtbot, app_context):
    store = app_context.store
    meeting = meetings_referencing_document(store, DOC_101)[0]["uuid"]
    title = get_document(store, DOC_101)["title"]
    move_to_trash(store, "document", DOC_101)
    form = _show(qtbot, MeetingForm(app_context))
    form.load(meeting)
    form.tabs.setCurrentIndex(5)
    row = form.documents.value().index(DOC_101)
    form.documents.table.selectRow(row)
    return form, row, title


def test_a_trashed_linked_document_says_so(meeting_with_trashed_document):
    form, row, title = meeting_with_trashed_document
    shown = form.documents.table.item(row, 0).text()
    assert shown == f"{title} (in the trash)"
    assert "not found" not in shown


def test_opening_a_trashed_document_offers_to_restore_it(
    qtbot, app_context, meeting_with_trashed_document, monkeypatch
):
    form, row, title = meeting_with_trashed_document
    questions: list[str] = []
    answer = Button.No

    def question(_parent, _title, text, *args, **kwargs):
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: pytest.fail(a[2])))
    opened: list[tuple[str, str]] = []
    app_context.open_record.connect(lambda kind, uuid: opened.append((kind, uuid)))
    qtbot.mouseClick(form.documents.open_button, Qt.MouseButton.LeftButton)
    assert questions == [f"“{title}” is in the trash. Restore it and open it?"]
    assert opened == []  # No: it stays in the trash, nothing opens
    with pytest.raises(Exception, match="no document"):
        get_document(app_context.store, DOC_101)
    answer = Button.Yes
    qtbot.mouseClick(form.documents.open_button, Qt.MouseButton.LeftButton)
    assert get_document(app_context.store, DOC_101)["title"] == title  # restored
    assert opened == [("document", DOC_101)]
    assert form.documents.table.item(row, 0).text() == title
    assert not form.is_dirty()  # restoring changed nothing in the meeting
