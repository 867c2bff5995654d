"""Language and locale as a user's system sets them: the week's first day, the language chosen
for a member state's system, the Russian calendar heading, Turkish filter labels that differ."""

from __future__ import annotations

import pytest
import test_i18n

from council_desktop.ui import i18n
from council_desktop.ui.qt import QLocale, Qt

pytestmark = pytest.mark.gui

compiled_translations = test_i18n.compiled_translations  # builds the .qm files when stale
language = test_i18n.language  # switches the running app to a language (English after)
Day = Qt.DayOfWeek


@pytest.fixture
def system(monkeypatch, language):
    """Pretend the operating system's locale is ``name`` (QLocale.system, which Qt reads once
    from the environment); the interface goes back to English with the real one afterwards."""

    def use(name: str) -> None:
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(name)))

    yield use
    monkeypatch.undo()


# -- 11. the week starts as the user's locale says -----------------------------------------


def test_an_english_us_system_keeps_its_sunday_first_week(qtbot, app_context, system):
    from council_desktop.ui.views.calendar_view import CalendarView

    system("en_US")
    assert i18n.install_language("en") == "en"
    assert QLocale().name() == "en_US"
    assert QLocale().firstDayOfWeek() == Day.Sunday
    view = CalendarView(app_context)
    qtbot.addWidget(view)
    assert view.calendar.firstDayOfWeek() == Day.Sunday


def test_a_system_in_another_language_gets_the_interface_languages_locale(system):
    system("en_US")
    assert i18n.install_language("tr") == "tr"
    assert QLocale().name() == "tr_TR" and QLocale().firstDayOfWeek() == Day.Monday
    system("de_DE")
    assert i18n.install_language("en") == "en"
    assert QLocale().name() == "en_GB"  # English dates as the Council writes them
    system("ru_KZ")
    assert i18n.install_language("ru") == "ru"
    assert QLocale().name() == "ru_KZ"  # Russian as written in Kazakhstan, kept


@pytest.mark.parametrize(
    ("name", "interface", "dates"),
    [
        ("az_AZ", "tr", "tr_TR"),
        ("uz_UZ", "tr", "tr_TR"),
        ("tk_TM", "tr", "tr_TR"),
        ("kk_KZ", "ru", "ru_RU"),
        ("ky_KG", "ru", "ru_RU"),
        ("tr_CY", "tr", "tr_CY"),
        ("hu_HU", "en", "en_GB"),
    ],
)
def test_a_member_states_system_gets_the_interface_its_officers_read(
    system, name, interface, dates
):
    system(name)
    assert i18n.system_language() == interface
    assert i18n.install_language("system") == interface
    assert QLocale().name() == dates


def test_an_explicit_language_setting_wins_over_the_system(system):
    system("kk_KZ")
    assert i18n.install_language("en") == "en"
    assert QLocale().name() == "en_GB"


def test_interface_locale_without_installing_anything():
    assert i18n.interface_locale("en", QLocale("en_US")).name() == "en_US"
    assert i18n.interface_locale("en", QLocale("C")).name() == "en_GB"
    assert i18n.interface_locale("ru", QLocale("tr_TR")).name() == "ru_RU"


# -- 10. the Russian calendar heading ---------------------------------------------------------


def test_the_russian_calendar_heading_is_capitalised(qtbot, language, app_context):
    from council_desktop.ui.views.calendar_view import CalendarView

    language("ru")
    view = CalendarView(app_context)
    qtbot.addWidget(view)
    view.show_month(2019, 10)
    assert view.month_label.text() == "Октябрь 2019"
    view.show_month(2021, 9)
    assert view.month_label.text() == "Сентябрь 2021"


# -- 13. Turkish search filters that read differently -----------------------------------------


def test_turkish_all_types_and_any_kind_read_differently(qtbot, language, app_context):
    from council_desktop.ui.views.search_view import SearchView

    language("tr")
    view = SearchView(app_context)
    qtbot.addWidget(view)
    all_types, any_kind = view.type_combo.itemText(0), view.kind_combo.itemText(0)
    assert all_types == "Tüm kayıt türleri"
    assert any_kind == "Tüm toplantı ve belge türleri"
    firsts = [combo.itemText(0) for combo in (view.type_combo, view.kind_combo, view.country_combo)]
    assert len(set(firsts)) == len(firsts)
