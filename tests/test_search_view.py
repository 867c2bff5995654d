"""The search field and page as a person uses them: type, wait, read, press Enter."""

from __future__ import annotations

import pytest

from council_desktop.ui.qt import Qt

pytestmark = pytest.mark.gui

SECOND_EXTRAORDINARY = "0c0f1d00-2013-4c0d-9a00-000000000004"
AFGHANISTAN_DECLARATION = "0c0f1d00-2013-4c0d-9a00-000000000104"
PROTOCOL = "0c0f1d00-2013-4c0d-9a00-000000000101"


@pytest.fixture
def view(qtbot, app_context):
    from council_desktop.ui.views import search_view

    settings = search_view.app_settings()
    settings.remove(search_view.RECENT_KEY)  # Qt keeps one settings file per process
    settings.sync()
    v = search_view.SearchView(app_context)
    qtbot.addWidget(v)
    qtbot.addWidget(v.field)
    v.resize(1000, 600)
    v.show()
    v.field.show()
    return v


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard (QTest.keyClicks cannot send letters outside ASCII)."""
    from council_desktop.ui.qt import QApplication, QEvent, QKeyEvent

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def rows(view) -> dict[str, list[tuple[str, str]]]:
    """Group heading → [(type, uuid)] as shown in the tree."""
    out = {}
    for i in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(i)
        out[top.text(0)] = [
            (top.child(j).data(0, Qt.ItemDataRole.UserRole).type,
             top.child(j).data(0, Qt.ItemDataRole.UserRole).uuid)
            for j in range(top.childCount())
        ]  # fmt: skip
    return out


def test_results_appear_as_you_type_grouped_by_type(qtbot, view) -> None:
    with qtbot.waitSignal(view.searched, timeout=3000):
        type_text(qtbot, view.field, "afgan")
    shown = rows(view)
    assert ("meeting", SECOND_EXTRAORDINARY) in shown["Meetings (1)"]
    assert ("document", AFGHANISTAN_DECLARATION) in shown["Documents (1)"]
    assert "2 result(s)" in view.status_label.text()
    item = view.tree.topLevelItem(0).child(0)
    assert "<b>Afganistan'daki</b>" in item.data(0, Qt.ItemDataRole.UserRole + 1)


def test_typing_is_debounced(qtbot, view, monkeypatch) -> None:
    from council_desktop.ui.views import search_view

    calls = []
    real = search_view.search
    monkeypatch.setattr(search_view, "search", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    with qtbot.waitSignal(view.searched, timeout=3000):
        type_text(qtbot, view.field, "cavusoglu")
    assert calls == ["cavusoglu"]  # one search for nine keystrokes


def test_one_or_two_letters_wait_for_more_or_for_enter(qtbot, view) -> None:
    with qtbot.waitSignal(view.searched, timeout=3000):
        type_text(qtbot, view.field, "ç")
    assert view.results() == [] and "three letters" in view.status_label.text()
    with qtbot.waitSignal(view.searched, timeout=3000):
        qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.results()  # Enter searches for the one letter


@pytest.mark.parametrize("typed", ["cavusoglu", "ÇAVUŞOĞLU"])
def test_turkish_spellings(qtbot, view, typed: str) -> None:
    with qtbot.waitSignal(view.searched, timeout=3000):
        type_text(qtbot, view.field, typed)
    assert ("meeting", SECOND_EXTRAORDINARY) in rows(view)["Meetings (3)"]


def test_enter_opens_the_selected_result_and_remembers_the_search(qtbot, view) -> None:
    from council_desktop.ui.views.search_view import load_recent

    with qtbot.waitSignal(view.searched, timeout=3000):
        type_text(qtbot, view.field, "çavuşoğlu")
    with qtbot.waitSignal(view.ctx.open_record, timeout=1000) as opened:
        qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert opened.args == ["meeting", SECOND_EXTRAORDINARY]
    assert load_recent()[0] == "çavuşoğlu"
    model = view.field.completer().model()
    assert model.index(0, 0).data() == "çavuşoğlu"


def test_a_pdf_hit_opens_its_document_on_double_click(qtbot, view) -> None:
    with qtbot.waitSignal(view.searched, timeout=3000):
        type_text(qtbot, view.field, "kararlaştırmışlardır")
    group = rows(view)
    assert group["Attached files (1)"] == [("attachment", PROTOCOL)]
    files = next(
        view.tree.topLevelItem(i)
        for i in range(view.tree.topLevelItemCount())
        if view.tree.topLevelItem(i).text(0).startswith("Attached")
    )
    item = files.child(0)
    view.tree.scrollToItem(item)
    qtbot.wait(20)
    rect = view.tree.visualItemRect(item)
    assert rect.isValid() and view.tree.viewport().rect().contains(rect.center())
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.ctx.open_record, timeout=1000) as opened:
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["document", PROTOCOL]


def test_down_then_enter_in_the_results(qtbot, view) -> None:
    with qtbot.waitSignal(view.searched, timeout=3000):
        type_text(qtbot, view.field, "disisleri")
    qtbot.keyClick(view.field, Qt.Key.Key_Down)
    assert view.tree.hasFocus() or view.tree.currentItem() is not None
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    expected = view.current_result()
    with qtbot.waitSignal(view.ctx.open_record, timeout=1000) as opened:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened.args == [expected.record_type, expected.uuid]


def test_filters(qtbot, view) -> None:
    with qtbot.waitSignal(view.searched, timeout=3000):
        type_text(qtbot, view.field, "dışişleri")
    everything = len(view.results())
    view.set_filter("type", "document")
    assert view.results() and {r.type for r in view.results()} == {"document"}
    view.set_filter("type", None)
    view.set_filter("kind", "extraordinary")
    assert {r.kind for r in view.results()} == {"extraordinary"}
    view.set_filter("kind", None)
    view.set_filter("country", "TR")
    assert SECOND_EXTRAORDINARY in {r.uuid for r in view.results()}
    assert len(view.results()) < everything
    view.set_filter("country", None)
    view.set_filter("date_from", "2020-01-01")
    view.set_filter("date_to", "2020-12-31")
    assert view.results() and all("2020" in (r.date or "") for r in view.results())
    view.set_filter("classification", "secret")
    assert view.results() == [] and "No records match" in view.status_label.text()
    view.clear_filters()
    assert len(view.results()) == everything


@pytest.mark.parametrize("typed", ['"', "*", "(", "AND", "NEAR(", "İzmir-Ankara", "O'zbek"])
def test_awkward_input_is_never_an_error(qtbot, view, typed: str) -> None:
    with qtbot.waitSignal(view.searched, timeout=3000):
        type_text(qtbot, view.field, typed)
    assert "rror" not in view.status_label.text()


def test_results_follow_record_changes(qtbot, view) -> None:
    from council_desktop.store import move_to_trash

    with qtbot.waitSignal(view.searched, timeout=3000):
        type_text(qtbot, view.field, "afgan")
    change = move_to_trash(view.ctx.store, "meeting", SECOND_EXTRAORDINARY)
    with qtbot.waitSignal(view.searched, timeout=3000):
        view.ctx.announce(change)
    assert SECOND_EXTRAORDINARY not in {r.uuid for r in view.results()}


def test_looks_right(qtbot, view, tmp_path) -> None:
    with qtbot.waitSignal(view.searched, timeout=3000):
        type_text(qtbot, view.field, "dışişleri")
    qtbot.wait(50)
    image = view.grab().toImage()
    assert image.width() == 1000
    # every result row is tall enough for its wrapped snippet (title line + snippet)
    top = view.tree.topLevelItem(0)
    height = view.tree.visualItemRect(top.child(0)).height()
    assert height >= 2 * view.fontMetrics().height()
