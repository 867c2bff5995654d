"""The lists beside their forms at the default 1280×800 window, in English, Turkish and Russian.

The list gets the larger share; kinds and statuses show whole ("Внеочередное заседание",
"Декларация"), the title keeps a readable width, and the form beside it shows every tab and
every field at no less than its minimum (the General tab goes to one column to make room).
"""

from __future__ import annotations

import pytest
import test_i18n

from council_desktop.ui.qt import QApplication, QLabel, QToolButton

pytestmark = pytest.mark.gui

compiled_translations = test_i18n.compiled_translations  # builds the .qm files when stale
language = test_i18n.language  # switches the running app to a language (English after)
ISTANBUL_MEETING = "0c0f1d00-2013-4c0d-9a00-000000000004"


@pytest.mark.parametrize("lang", ["en", "tr", "ru"])
def test_the_lists_have_room_at_1280_by_800(language, window_at_1280, tmp_path, lang):
    from council_desktop.ui.views.record_list import TITLE_MIN_CHARS

    language(lang)
    window = window_at_1280(ISTANBUL_MEETING)
    problems = []
    for page in ("meetings", "documents"):
        window.show_page(page)
        QApplication.processEvents()
        window.grab().save(str(tmp_path / f"{lang}-{page}.png"))
        view = window.page(page)
        table, model = view.table, view.model
        header, metrics = table.horizontalHeader(), table.fontMetrics()
        list_width, form_width = view.splitter.sizes()
        if form_width > view.form.minimumSizeHint().width():  # the form is not at its least
            assert list_width >= 0.55 * (list_width + form_width), (lang, page)
        for key in ("kind", "status"):
            column = model.column_of(key)
            for row in range(model.rowCount()):
                text = str(model.index(row, column).data())
                if metrics.horizontalAdvance(text) + 8 > header.sectionSize(column):
                    problems.append(f"{lang} {page}: {key} {text!r} is cut")
        title = header.sectionSize(model.column_of("title"))
        assert title >= TITLE_MIN_CHARS * metrics.averageCharWidth(), (lang, page, title)
        assert not table.horizontalScrollBar().isVisible()
        tabs = view.form.tabs
        arrows = [b for b in tabs.tabBar().findChildren(QToolButton) if b.isVisible()]
        assert not arrows, f"{lang} {page}: tabs hide behind scroll arrows"
        general = view.form.tabs.widget(0)
        for label in [w for w in general.findChildren(QLabel) if w.buddy() is not None]:
            field = label.buddy()
            if field.width() < field.minimumSizeHint().width():
                problems.append(f"{lang} {page}: {label.text()} squeezed to {field.width()}")
    assert not problems, "\n".join(problems)


def test_the_general_tab_folds_into_one_column_when_narrow_and_back(qtbot, app_context):
    from council_desktop.ui.forms import MeetingForm

    form = MeetingForm(app_context)
    qtbot.addWidget(form)
    form.show()
    page = form.general_tab()
    form.resize(page.two_column_width() + 200, 700)
    qtbot.waitUntil(lambda: page.two_columns is True)
    form.resize(form.minimumSizeHint().width(), 700)
    qtbot.waitUntil(lambda: page.two_columns is False)
    assert form.minimumSizeHint().width() < page.two_column_width()
    qtbot.waitUntil(lambda: len({field.x() for _label, field in page.rows()}) == 1)  # one column
    form.resize(page.two_column_width() + 200, 700)
    qtbot.waitUntil(lambda: page.two_columns is True)
