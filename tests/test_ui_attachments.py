"""The document form and its attachments, as a desk officer uses them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typing_helpers import type_text

from council_desktop.store import blob_path, get_document
from council_desktop.ui.forms import DocumentForm
from council_desktop.ui.forms.attachments_panel import COL_SIZE, COL_STATE
from council_desktop.ui.qt import (
    QDate,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QMessageBox,
    QMimeData,
    QPoint,
    QPointF,
    Qt,
    QUrl,
)
from council_desktop.ui.temp_files import temp_root

DOC_101 = "0c0f1d00-2013-4c0d-9a00-000000000101"
DOC_102 = "0c0f1d00-2013-4c0d-9a00-000000000102"
MEETING_3 = "0c0f1d00-2013-4c0d-9a00-000000000003"


@pytest.fixture
def form(qtbot, app_context):
    f = DocumentForm(app_context)
    qtbot.addWidget(f)
    f.resize(900, 600)
    f.show()
    qtbot.waitExposed(f)
    return f


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "Toplantı raporu.txt"
    path.write_bytes("Bakü toplantısının raporu — ə ş ı\n".encode() * 50)
    return path


def _choose_files(monkeypatch, *paths: Path) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(p) for p in paths], "All files (*)")),
    )


def _blob_rows(store, sha: str) -> int:
    return int(store.scalar("SELECT count(*) FROM blobs WHERE sha256 = ?", [sha]))


def test_attach_by_file_dialog_stores_the_bytes_and_hash(
    qtbot, form, app_context, monkeypatch, report_file
):
    store = app_context.store
    form.load(DOC_101)
    before = len(get_document(store, DOC_101)["attachments"])
    _choose_files(monkeypatch, report_file)
    form.tabs.setCurrentIndex(2)
    with qtbot.waitSignal(app_context.changed):
        qtbot.mouseClick(form.attachments.add_button, Qt.MouseButton.LeftButton)

    stored = get_document(store, DOC_101)["attachments"]
    assert len(stored) == before + 1
    added = stored[-1]
    data = report_file.read_bytes()
    assert added["filename"] == "Toplantı raporu.txt"
    assert added["sha256"] == hashlib.sha256(data).hexdigest()
    assert added["size"] == len(data)
    assert blob_path(store, added["sha256"]).read_bytes() == data
    table = form.attachments.table
    assert table.rowCount() == before + 1
    assert table.item(before, 0).text() == "Toplantı raporu.txt"
    assert table.item(before, COL_SIZE).text() == "2.1 KB"
    assert table.item(before, COL_STATE).text() == "OK"
    assert not form.is_dirty()  # attaching saved at once; nothing is waiting to be saved


def test_attaching_the_same_file_twice_stores_its_bytes_once(
    qtbot, form, app_context, monkeypatch, report_file, tmp_path
):
    store = app_context.store
    form.load(DOC_101)
    twin = tmp_path / "copy with another name.txt"
    twin.write_bytes(report_file.read_bytes())
    _choose_files(monkeypatch, report_file)
    form.attachments.add_button.click()
    _choose_files(monkeypatch, report_file, twin)
    form.attachments.add_button.click()
    sha = hashlib.sha256(report_file.read_bytes()).hexdigest()
    attachments = [a for a in get_document(store, DOC_101)["attachments"] if a["sha256"] == sha]
    assert len(attachments) == 3
    assert _blob_rows(store, sha) == 1
    stored_files = [p for p in store.attachments_dir.rglob("*") if p.is_file() and p.name == sha]
    assert len(stored_files) == 1


def test_a_missing_or_damaged_file_is_shown_as_such(
    qtbot, form, app_context, monkeypatch, report_file
):
    store = app_context.store
    form.load(DOC_101)
    _choose_files(monkeypatch, report_file)
    form.attachments.add_button.click()
    row = form.attachments.table.rowCount() - 1
    sha = form.attachments.attachments[row]["sha256"]
    blob_path(store, sha).write_bytes(b"overwritten by something")
    form.load(DOC_101)
    assert form.attachments.table.item(row, COL_STATE).text() == "Damaged"
    blob_path(store, sha).unlink()
    form.load(DOC_101)
    assert form.attachments.table.item(row, COL_STATE).text() == "Missing"
    # Opening or copying a missing file says so instead of raising.
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    form.attachments.table.selectRow(row)
    form.attachments.open_selected()
    assert shown and "missing" in shown[0]


# QDragEnterEvent has only the QPoint constructor in PySide6, which warns as deprecated.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropping_a_file_onto_the_panel_attaches_it(qtbot, form, app_context, report_file):
    form.load(DOC_101)
    before = len(form.attachments.attachments)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report_file))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    form.attachments.dragEnterEvent(enter)  # what Qt calls as the files arrive over the panel
    assert enter.isAccepted()
    form.attachments.dropEvent(event)  # ... and when they are let go
    assert event.isAccepted()
    names = [a["filename"] for a in get_document(app_context.store, DOC_101)["attachments"]]
    assert len(names) == before + 1 and names[-1] == report_file.name
    # Something that is not a file (a web address) is refused.
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/x.pdf")])
    assert form.attachments.handle_drop(web) == 0


def test_a_new_document_must_be_saved_before_attaching(
    qtbot, form, app_context, monkeypatch, report_file
):
    form.load(None)
    panel = form.attachments
    assert "Save the new document first" in panel.hint.text()
    assert not panel.add_button.isEnabled()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report_file))])
    assert panel.handle_drop(mime) == 0
    type_text(form.title_edit, "Yeni belge")
    assert form.save()
    assert panel.add_button.isEnabled()
    assert panel.handle_drop(mime) == 1
    assert len(get_document(app_context.store, form.current_uuid())["attachments"]) == 1


def test_remove_asks_first_and_unsaved_edits_survive_attachment_changes(
    qtbot, form, app_context, monkeypatch, report_file
):
    store = app_context.store
    form.load(DOC_101)
    _choose_files(monkeypatch, report_file)
    form.attachments.add_button.click()
    type_text(form.place_edit, "Bakü")  # an unsaved edit while attachments change
    count = len(form.attachments.attachments)
    form.attachments.table.selectRow(count - 1)
    answers = [QMessageBox.StandardButton.No]
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    form.attachments.remove_button.click()
    assert len(get_document(store, DOC_101)["attachments"]) == count
    assert "Toplantı raporu.txt" in asked[0]
    answers[0] = QMessageBox.StandardButton.Yes
    form.attachments.remove_button.click()
    assert len(get_document(store, DOC_101)["attachments"]) == count - 1
    assert form.place_edit.text() == "Bakü" and form.is_dirty()
    assert form.save()
    saved = get_document(store, DOC_101)
    assert saved["place"] == "Bakü" and len(saved["attachments"]) == count - 1


def test_open_and_save_a_copy(qtbot, form, app_context, monkeypatch, report_file, tmp_path):
    form.load(DOC_101)
    _choose_files(monkeypatch, report_file)
    form.attachments.add_button.click()
    form.attachments.table.selectRow(form.attachments.table.rowCount() - 1)
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda u: opened.append(u) or True)
    )
    form.attachments.open_button.click()
    shown = Path(opened[0].toLocalFile())
    assert shown.name == report_file.name  # named, so the system picks the right viewer
    assert shown.is_relative_to(temp_root())  # the app's temp folder, cleared after a day
    assert shown.read_bytes() == report_file.read_bytes()
    target = tmp_path / "elsewhere" / "kopya.txt"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    form.attachments.copy_button.click()
    assert target.read_bytes() == report_file.read_bytes()


def test_parties_and_languages_round_trip(qtbot, form, app_context):
    store = app_context.store
    type_text(form.title_edit, "Taraflar denemesi")
    members_first = [form.parties_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(7)]
    assert set(members_first) == {"AZ", "KZ", "KG", "TR", "UZ", "HU", "TM"}
    form.parties_list.set_checked("TR")
    form.parties_list.set_checked("HU")
    form.parties_list.set_checked("CN")
    form.parties_list.set_checked("CN", False)
    form.languages_list.set_checked("en")
    form.languages_list.set_checked("kk")
    assert form.is_dirty()
    assert form.save()
    uuid = form.current_uuid()
    stored = get_document(store, uuid)
    assert stored["parties"] == ["TR", "HU"]
    assert stored["languages"] == ["en", "kk"]
    form.load(DOC_101)
    form.load(uuid)
    assert form.parties_list.value() == ["TR", "HU"]
    assert form.languages_list.value() == ["en", "kk"]
    form.undo_stack().undo()  # a fresh load starts a fresh undo history
    assert form.parties_list.value() == ["TR", "HU"]


def test_meetings_referencing_the_document_are_listed_and_open(qtbot, form, app_context):
    form.load(DOC_102)
    items = [form.meetings_list.item(i) for i in range(form.meetings_list.count())]
    uuids = [i.data(Qt.ItemDataRole.UserRole) for i in items]
    assert MEETING_3 in uuids
    form.tabs.setCurrentIndex(3)
    form.meetings_list.setCurrentRow(uuids.index(MEETING_3))
    with qtbot.waitSignal(app_context.open_record) as opened:
        form.open_meeting_button.click()
    assert opened.args == ["meeting", MEETING_3]


def test_an_empty_date_stays_empty(qtbot, form, app_context):
    assert get_document(app_context.store, DOC_101)["dated_on"] is None
    form.load(DOC_101)
    assert form.dated_edit.value() is None
    assert form.dated_edit.date_edit.text() == "No date"
    assert form.to_record()["dated_on"] is None and not form.is_dirty()
    calendar = form.dated_edit.date_edit.calendarWidget()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    form.dated_edit.date_edit.setDate(QDate(2013, 6, 1))
    qtbot.keyClick(form.dated_edit.date_edit, Qt.Key.Key_Delete)  # Delete empties it again
    assert form.dated_edit.value() is None and not form.is_dirty()
