"""The meeting form driven as a desk officer uses it: typing, in-place tables, undo, save."""

from __future__ import annotations

import pytest
from typing_helpers import type_text

from council_desktop.store import SaveFailed, get_meeting
from council_desktop.ui.forms import MeetingForm
from council_desktop.ui.forms import meeting_form as meeting_form_module
from council_desktop.ui.forms.document_picker import DocumentPicker
from council_desktop.ui.qt import QAbstractItemView, QApplication, QDate, QLineEdit, QMessageBox, Qt

MEETING_3 = "0c0f1d00-2013-4c0d-9a00-000000000003"
DOC_101 = "0c0f1d00-2013-4c0d-9a00-000000000101"


@pytest.fixture
def form(qtbot, app_context):
    f = MeetingForm(app_context)
    qtbot.addWidget(f)
    f.resize(1000, 680)
    f.show()
    qtbot.waitExposed(f)
    return f


@pytest.fixture
def warnings(monkeypatch):
    """Every QMessageBox.warning shown (none blocks)."""
    shown: list[tuple[str, str]] = []

    def fake(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake))
    return shown


def _cell_editor(table) -> QLineEdit:
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, "an in-place editor should be open"
    return editors[0]


def _commit(qtbot, table, editor: QLineEdit) -> None:
    """Press Return in an in-place editor; the view commits it on its next event loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _type_into_cell(qtbot, subtable, row: int, key: str, text: str) -> None:
    col = [c.key for c in subtable.columns].index(key)
    subtable.table.setCurrentCell(row, col)
    subtable.table.editItem(subtable.table.item(row, col))
    editor = _cell_editor(subtable.table)
    editor.selectAll()
    type_text(editor, text)
    _commit(qtbot, subtable.table, editor)


def test_new_meeting_typed_into_the_form_is_saved(qtbot, form, app_context):
    store = app_context.store
    assert form.current_uuid() is None and not form.is_dirty()
    assert not form.can_save()  # a blank meeting has no title yet

    type_text(form.title_edit, "Dışişleri Bakanları Konseyi Gayriresmî Toplantısı")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("informal"))
    form.starts_edit.date_edit.setDate(QDate(2024, 5, 2))
    form.ends_edit.date_edit.setDate(QDate(2024, 5, 3))
    type_text(form.city_edit, "Şuşa")
    form.country_combo.setCurrentIndex(form.country_combo.findData("AZ"))
    type_text(form.tags_edit, "gayriresmî, Şuşa")
    type_text(form.summary_edit, "İki gün sürdü.")
    assert form.is_dirty()

    form.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.participants.add_button, Qt.MouseButton.LeftButton)
    editor = _cell_editor(form.participants.table)  # Add opens the name cell for typing
    type_text(editor, "Ceyhun Bayramov")
    _commit(qtbot, form.participants.table, editor)
    _type_into_cell(qtbot, form.participants, 0, "position", "Dışişleri Bakanı")
    qtbot.mouseClick(form.participants.add_button, Qt.MouseButton.LeftButton)
    editor = _cell_editor(form.participants.table)
    type_text(editor, "Murat Nurtleu")
    _commit(qtbot, form.participants.table, editor)

    form.tabs.setCurrentIndex(2)
    qtbot.mouseClick(form.agenda.add_button, Qt.MouseButton.LeftButton)
    editor = _cell_editor(form.agenda.table)
    type_text(editor, "Bölgesel işbirliği")
    _commit(qtbot, form.agenda.table, editor)

    assert form.problems == []
    assert form.can_save() and form.save_button.isEnabled()
    with qtbot.waitSignal(form.saved) as saved, qtbot.waitSignal(app_context.changed) as changed:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    uuid = saved.args[0]
    assert changed.args[0].uuids == (uuid,)
    assert form.current_uuid() == uuid and not form.is_dirty()

    m = get_meeting(store, uuid)
    assert m["title"] == "Dışişleri Bakanları Konseyi Gayriresmî Toplantısı"
    assert (m["kind"], m["starts_on"], m["ends_on"]) == ("informal", "2024-05-02", "2024-05-03")
    assert (m["city"], m["country"]) == ("Şuşa", "AZ")
    assert m["tags"] == ["gayriresmî", "Şuşa"]
    assert m["summary"] == "İki gün sürdü."
    assert [(p["name"], p["position"], p["role"]) for p in m["participants"]] == [
        ("Ceyhun Bayramov", "Dışişleri Bakanı", "member"),
        ("Murat Nurtleu", "", "member"),
    ]
    assert [a["title"] for a in m["agenda"]] == ["Bölgesel işbirliği"]


def test_participants_move_and_remove(qtbot, form, app_context):
    form.load(MEETING_3)
    names = [p["name"] for p in form.participants.value()]
    form.participants.table.selectRow(1)
    qtbot.mouseClick(form.participants.up_button, Qt.MouseButton.LeftButton)
    assert [p["name"] for p in form.participants.value()][:2] == [names[1], names[0]]
    qtbot.mouseClick(form.participants.remove_button, Qt.MouseButton.LeftButton)
    assert [p["name"] for p in form.participants.value()] == [names[0]] + names[2:]
    assert form.save()
    stored = get_meeting(app_context.store, MEETING_3)
    assert [p["name"] for p in stored["participants"]] == [names[0]] + names[2:]


def test_end_date_before_start_disables_save_with_an_inline_message(qtbot, form, app_context):
    before = app_context.store.scalar("SELECT count(*) FROM meetings")
    type_text(form.title_edit, "Toplantı")
    form.starts_edit.date_edit.setDate(QDate(2024, 5, 2))
    form.ends_edit.date_edit.setDate(QDate(2024, 5, 1))
    assert not form.can_save()
    assert not form.save_button.isEnabled()
    message = form._boxes["ends_on"].error_label
    assert message.isVisible()
    assert message.text() == "The end date is before the start date."
    assert not form.save()
    assert app_context.store.scalar("SELECT count(*) FROM meetings") == before
    form.ends_edit.date_edit.setDate(QDate(2024, 5, 4))  # fixing it clears the message
    assert form.can_save() and not message.isVisible()


def test_empty_title_and_unnamed_participant_are_reported_in_words(qtbot, form):
    title_message = form._boxes["title"].error_label
    assert title_message.isVisible() and title_message.text() == "This is required."
    type_text(form.title_edit, "T")
    assert not title_message.isVisible()
    form.tabs.setCurrentIndex(1)
    form.participants.add_button.click()
    qtbot.keyClick(_cell_editor(form.participants.table), Qt.Key.Key_Escape)
    assert not form.can_save()
    assert form.participants.error_label.text() == "Row 1, Name: This is required."


def test_undo_and_redo_of_a_title_edit(qtbot, form):
    form.load(MEETING_3)
    original = form.title_edit.text()
    assert form.title_edit.cursorPosition() == 0  # a long title is shown from its start
    form.title_edit.end(False)  # as the End key does
    type_text(form.title_edit, " (taslak)")
    assert form.title_edit.text() == original + " (taslak)" and form.is_dirty()
    stack = form.undo_stack()
    assert stack.count() == 1  # the typing merged into one step
    stack.undo()
    assert form.title_edit.text() == original
    assert not form.is_dirty()
    assert stack.count() == 1  # undoing did not record a new edit
    stack.redo()
    assert form.title_edit.text() == original + " (taslak)" and form.is_dirty()


def test_undo_covers_sub_tables(qtbot, form):
    form.load(MEETING_3)
    count = len(form.agenda.value())
    form.agenda.table.selectRow(0)
    form.agenda.remove_button.click()
    assert len(form.agenda.value()) == count - 1
    form.undo_stack().undo()
    assert len(form.agenda.value()) == count and not form.is_dirty()


def test_save_failed_shows_a_message_and_keeps_the_edits(qtbot, form, monkeypatch, warnings):
    form.load(MEETING_3)
    type_text(form.title_edit, " — değişti")
    typed = form.title_edit.text()

    def refuse(store, data):
        raise SaveFailed("The disk is full; nothing was saved.")

    monkeypatch.setattr(meeting_form_module, "save_meeting", refuse)
    assert form.save() is False
    assert len(warnings) == 1 and "The disk is full" in warnings[0][1]
    assert form.title_edit.text() == typed and form.is_dirty()
    monkeypatch.undo()  # the disk has room again: the same edits save
    assert form.save()
    assert form.title_edit.text() == typed and not form.is_dirty()


def test_linked_documents_are_picked_and_opened(qtbot, form, app_context, monkeypatch):
    form.load(MEETING_3)
    linked = form.documents.value()
    assert DOC_101 not in linked
    monkeypatch.setattr(DocumentPicker, "pick", classmethod(lambda cls, *a, **k: [DOC_101]))
    form.tabs.setCurrentIndex(5)
    qtbot.mouseClick(form.documents.link_button, Qt.MouseButton.LeftButton)
    assert form.documents.value() == linked + [DOC_101]
    assert form.save()
    assert get_meeting(app_context.store, MEETING_3)["documents"] == linked + [DOC_101]
    form.documents.table.selectRow(len(linked))
    with qtbot.waitSignal(app_context.open_record) as opened:
        qtbot.mouseClick(form.documents.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["document", DOC_101]


def test_document_picker_filters_as_you_type(qtbot, app_context):
    picker = DocumentPicker(app_context, exclude=set())
    qtbot.addWidget(picker)
    everything = picker.table.rowCount()
    assert everything >= 4
    type_text(picker.filter_edit, "PROTOKOL")  # folded like protokol / Protokolü
    assert 0 < picker.table.rowCount() < everything
    assert all("protokol" in picker.table.item(r, 0).text().lower()
               for r in range(picker.table.rowCount()))  # fmt: skip
    picker.filter_edit.setText("zzzz-nothing")
    assert picker.table.rowCount() == 0


def test_read_only_form_cannot_save(qtbot, app_context, monkeypatch):
    monkeypatch.setattr(type(app_context), "read_only", property(lambda self: True))
    f = MeetingForm(app_context)
    qtbot.addWidget(f)
    f.load(MEETING_3)
    assert f.title_edit.isReadOnly() and not f.kind_combo.isEnabled()
    assert not f.save_button.isEnabled() and not f.can_save()
    assert not f.participants.add_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    assert f.save() is False


def test_loaded_sample_meeting_is_complete_and_clean(qtbot, form, app_context):
    form.load(MEETING_3)
    stored = get_meeting(app_context.store, MEETING_3)
    record = form.to_record()
    for key in ("title", "kind", "ordinal", "starts_on", "ends_on", "city", "country",
                "status", "classification", "summary", "tags", "documents"):  # fmt: skip
        assert record[key] == stored[key], key
    assert record["participants"] == stored["participants"]
    assert record["outcomes"] == stored["outcomes"]
    assert not form.is_dirty() and form.can_save()
    QApplication.processEvents()


def test_save_with_a_cell_still_open_keeps_what_was_typed(qtbot, form, app_context):
    type_text(form.title_edit, "Açık hücre")
    form.tabs.setCurrentIndex(2)
    qtbot.mouseClick(form.agenda.add_button, Qt.MouseButton.LeftButton)
    type_text(_cell_editor(form.agenda.table), "Gündem maddesi")  # no Return, no focus change
    assert form.save()
    assert [a["title"] for a in get_meeting(app_context.store, form.current_uuid())["agenda"]] == [
        "Gündem maddesi"
    ]


def test_return_in_a_cell_commits_at_once(qtbot, form):
    form.tabs.setCurrentIndex(2)
    form.agenda.add_button.click()
    editor = _cell_editor(form.agenda.table)
    type_text(editor, "Madde")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # no event loop turn before looking
    assert form.agenda.value()[0]["title"] == "Madde"


def test_history_button_opens_the_records_changes(qtbot, form, app_context):
    from council_desktop.ui.dialogs.history_dialog import HistoryDialog

    assert not form.history_button.isEnabled()  # a new meeting has no history yet
    assert form.show_history() is None
    form.load(MEETING_3)
    assert form.history_button.isEnabled()
    old_title = form.title_edit.text()
    form.title_edit.selectAll()
    type_text(form.title_edit, "Yeni başlık")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("informal"))
    assert form.save()

    qtbot.mouseClick(form.history_button, Qt.MouseButton.LeftButton)
    dialogs = form.findChildren(HistoryDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()  # shown beside the form, not modal
    tree = dialogs[0].tree
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert last.text(2) == "changed"
    changes = {last.child(i).text(0): last.child(i) for i in range(last.childCount())}
    assert changes["Title"].text(1) == old_title  # named as the form's label reads
    assert changes["Title"].text(2) == "Yeni başlık"
    assert changes["Kind"].text(1) == "Extraordinary meeting"  # labels, not the codes
    assert changes["Kind"].text(2) == "Informal meeting"
    dialogs[0].close()


def test_document_form_has_the_history_button_too(qtbot, app_context):
    from council_desktop.ui.forms import DocumentForm

    form = DocumentForm(app_context)
    qtbot.addWidget(form)
    assert not form.history_button.isEnabled()
    form.load(DOC_101)
    assert form.history_button.isEnabled()
    dialog = form.show_history()
    assert dialog is not None and dialog.isVisible()
    first = dialog.tree.topLevelItem(0)
    assert first.text(2) == "imported"  # the sample records came in by import
    dialog.close()
