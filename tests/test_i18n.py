"""The interface in Turkish, English and Russian: complete translations, dates, Preferences.

The completeness tests read the sources the way ``make translations`` does (pyside6-lupdate) and
compare with the committed .ts files, so a new untranslated string fails here, not in front of
an officer. The running-app tests switch the real QApplication to Turkish or Russian.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from council_desktop import settings
from council_desktop.records import enums
from council_desktop.ui import i18n
from council_desktop.ui.enum_labels import country_label, enum_label
from council_desktop.ui.locale_format import (
    date_input_format,
    format_date,
    format_date_range,
    format_month,
)
from council_desktop.ui.qt import QDate, QDialogButtonBox, QLocale, QMessageBox, Qt

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "council_desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def _tool(name: str) -> Path:
    tool = BIN / name
    assert tool.exists(), f"{name} comes with PySide6-Essentials; reinstall the venv"
    return tool


def _ui_sources() -> list[str]:
    return sorted(str(p) for p in UI.rglob("*.py"))


@pytest.fixture(scope="session")
def compiled_translations() -> None:
    """Build the .qm files from the .ts files when missing or stale (a clean clone has none)."""
    for lang in ("tr", "ru"):
        ts = TRANSLATIONS / f"council_desktop_{lang}.ts"
        qm = TRANSLATIONS / f"council_desktop_{lang}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(
                [str(_tool("pyside6-lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True
            )


@pytest.fixture
def language(qapp, compiled_translations):
    """Switch the running app to a language; English again afterwards."""
    yield lambda code: i18n.install_language(code, qapp)
    i18n.install_language("en", qapp)


# -- every string is translated --------------------------------------------------------------


def _unfinished(ts_file: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = (
                [f.text for f in translation.findall("numerusform")] or [translation.text]
                if translation is not None
                else [None]
            )
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not all((t or "").strip() for t in texts)
            ):
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


@pytest.mark.parametrize("lang", ["tr", "ru"])
def test_every_source_string_has_a_finished_translation(tmp_path, lang):
    committed = TRANSLATIONS / f"council_desktop_{lang}.ts"
    current = tmp_path / committed.name
    shutil.copy(committed, current)
    subprocess.run(
        [str(_tool("pyside6-lupdate")), "-silent", "-no-obsolete", "-locations", "none",
         "-source-language", "en", *_ui_sources(), "-ts", str(current)],
        check=True,
    )  # fmt: skip
    missing = _unfinished(current)
    assert not missing, (
        f"{len(missing)} UI string(s) lack a {lang} translation; run `make translations` and "
        f"translate them in {committed.relative_to(ROOT)}:\n" + "\n".join(missing[:40])
    )
    assert len(list(ET.parse(current).getroot().iter("message"))) > 300  # lupdate did find them


def test_the_completeness_check_catches_a_new_string(tmp_path):
    """The check above can fail: a source with a new tr() string is reported unfinished."""
    source = tmp_path / "extra.py"
    source.write_text(
        "from council_desktop.ui.qt import QWidget\n"
        "class Extra(QWidget):\n"
        "    def f(self):\n"
        "        return self.tr('A string nobody translated')\n",
        encoding="utf-8",
    )
    current = tmp_path / "council_desktop_tr.ts"
    shutil.copy(TRANSLATIONS / current.name, current)
    subprocess.run(
        [str(_tool("pyside6-lupdate")), "-silent", str(source), "-ts", str(current)], check=True
    )
    assert "Extra: 'A string nobody translated'" in _unfinished(current)


# -- every user-visible text goes through tr() -------------------------------------------------

# Calls whose text arguments a person reads.
_TEXT_CALLS = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "setWindowTitle", "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setTitle",
    "setPlaceholderText", "setSpecialValueText", "addMenu", "addTab", "setTabText", "addRow",
    "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage", "setLabelText",
    "setAccessibleName", "setInformativeText", "addButton", "information", "warning", "critical",
    "question", "setPrefix", "setSuffix", "addToolBar",
}  # fmt: skip
_TRANSLATING = {"tr", "translate"}
_LOGGERS = {"log", "logger", "logging", "_log"}


def _is_prose(text: str) -> bool:
    """Words a person reads (not "", "•", "%1", "—", an object name like "fieldError")."""
    letters = [c for c in re.sub(r"<[^>]*>", "", text) if c.isalpha()]
    return len(letters) >= 2 and not (
        text.isidentifier() and text[:1].islower() and " " not in text
    )


def _literal_texts(node: ast.AST) -> list[str]:
    """Bare literal text in an argument (a plain string or the literal parts of an f-string)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.BinOp):
        return _literal_texts(node.left) + _literal_texts(node.right)
    return []


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _bypasses(path: Path, root: Path = ROOT) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    # A module that marks its texts with QT_TRANSLATE_NOOP (lupdate extracts those literals)
    # may look them up by variable: ui/core_messages.py translates the core's templates so.
    marked = "QT_TRANSLATE_NOOP(" in source
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "tr"
        ):
            found.append(
                f"{path.relative_to(root)}:{node.lineno}: an alias of <object>.tr gets a context "
                "lupdate cannot see"
            )
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        where = f"{path.relative_to(root)}:{node.lineno}"
        receiver = getattr(node.func, "value", None)
        if isinstance(receiver, ast.Name) and receiver.id in _LOGGERS:
            continue  # log messages are for IT, in English
        if name in _TEXT_CALLS:
            for arg in node.args:
                for text in _literal_texts(arg):
                    if _is_prose(text):
                        found.append(f"{where}: {name}({text!r}) bypasses tr()")
        if name == "tr" and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            if not (isinstance(receiver, ast.Name) and receiver.id == "self"):
                found.append(f"{where}: <object>.tr() gets a context lupdate cannot see")
        if name in _TRANSLATING and isinstance(node.func, ast.Attribute):
            texts = node.args[1:2] if name == "translate" else node.args[:1]
            if not marked and not all(isinstance(a, ast.Constant) for a in texts):
                found.append(f"{where}: {name}() of a non-literal cannot be extracted")
    return found


def test_ui_texts_go_through_translation():
    found = [problem for path in sorted(UI.rglob("*.py")) for problem in _bypasses(path)]
    assert not found, "\n".join(found)


def test_the_bypass_check_catches_a_bare_label(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "def build(w, window):\n"
        "    w.setWindowTitle('Meetings')\n"
        "    label = QLabel(f'Total: {n}')\n"
        "    window.tr('Export')\n"
        "    w.setText('')\n"
        "    w.setObjectName('navigation')\n"
        "    tr = window.tr\n",
        encoding="utf-8",
    )
    found = _bypasses(bad, tmp_path)
    assert len(found) == 4, found


# -- the running app in Turkish ----------------------------------------------------------------


def test_main_window_in_turkish(qtbot, language, sample_store):
    from council_desktop.ui.app import create_main_window

    assert language("tr") == "tr"
    window = create_main_window(sample_store)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["&Dosya", "Dü&zen", "&Görünüm"]
    assert window.new_action.text() == "&Yeni"
    assert window.preferences_action.text() == "&Tercihler…"
    model = window.meetings_view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Tarih", "Başlık", "Tür"]
    kinds = {model.index(r, model.column_of("kind")).data() for r in range(model.rowCount())}
    assert "Olağanüstü Toplantı" in kinds or "Olağan Toplantı" in kinds
    date_text = model.index(0, model.column_of("starts_on")).data()
    assert any(month in date_text for month in ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs",
               "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık")), date_text  # fmt: skip


def test_durability_menus_trash_and_history_in_turkish(qtbot, language, sample_store):
    from council_desktop.ui.app import create_main_window

    language("tr")
    window = create_main_window(sample_store)
    qtbot.addWidget(window)
    assert window.backup_action.text() == "Şimdi y&edekle…"
    assert window.restore_action.text() == "Yedekten &geri yükle…"
    assert window.history_action.text() == "Kayıt &geçmişi…"
    assert window.trash_view.empty_button.text() == "Çöp kutusunu boşalt…"
    assert window.meetings_view.form.history_button.text() == "Geçmiş…"


def test_several_meetings_to_the_trash_in_russian_plurals(qapp, language):
    from council_desktop.ui.qt import QCoreApplication

    language("ru")

    def ask(n: int) -> str:
        text = "Move these %n meetings to the trash?"
        return QCoreApplication.translate("RecordListView", text, "", n)

    assert ask(2) == "Переместить 2 заседания в корзину?"
    assert ask(5) == "Переместить 5 заседаний в корзину?"
    assert ask(21) == "Переместить 21 заседание в корзину?"


def test_read_only_banner_names_the_other_window_in_russian(qapp, language):
    from council_desktop.ui.read_only_banner import ReadOnlyBanner

    language("ru")
    banner = ReadOnlyBanner({"pid": 4242, "host": "ofis-7", "since": "2024-05-02T09:30:00"})
    assert "процесс 4242 на компьютере ofis-7" in banner.label.text()
    assert banner.label.text().startswith("Только чтение")
    unknown = ReadOnlyBanner({})
    assert "другое окно Council Desktop" in unknown.label.text()


def test_meeting_form_validation_message_in_turkish(qtbot, language, app_context):
    from council_desktop.ui.forms import MeetingForm

    language("tr")
    form = MeetingForm(app_context)
    qtbot.addWidget(form)
    form.show()
    form.starts_edit.date_edit.setDate(QDate(2024, 5, 2))
    form.ends_edit.date_edit.setDate(QDate(2024, 5, 1))
    messages = [
        box.error_label.text() for box in form._boxes.values() if hasattr(box, "error_label")
    ]
    assert "Bitiş tarihi başlangıç tarihinden önce." in messages
    assert form.save_button.text() == "Kaydet"
    assert form.starts_edit.date_edit.displayFormat() == "d.MM.yyyy"


def test_qt_standard_buttons_follow_the_language(qapp, language):
    language("tr")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "İptal"
    language("ru")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"
    language("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_every_enum_value_reads_naturally_in_turkish_and_russian(qapp, language):
    language("tr")
    assert enum_label("extraordinary") == "Olağanüstü Toplantı"
    assert enum_label("informal") == "Gayri Resmi Toplantı"
    assert enum_label("head") == "Heyet Başkanı"
    assert enum_label("summit") == "Zirve"
    assert country_label("KG") == "Kırgızistan"
    turkish = {v: enum_label(v) for v in _all_enum_values()}
    language("ru")
    assert enum_label("extraordinary") == "Внеочередное заседание"
    assert country_label("HU") == "Венгрия"
    russian = {v: enum_label(v) for v in _all_enum_values()}
    language("en")
    english = {v: enum_label(v) for v in _all_enum_values()}
    for value in english:
        assert turkish[value] != english[value], f"{value} has no Turkish label"
        assert russian[value] != english[value], f"{value} has no Russian label"


def _all_enum_values() -> set[str]:
    values: set[str] = set()
    for name in dir(enums):
        group = getattr(enums, name)
        if name.isupper() and isinstance(group, tuple) and all(isinstance(v, str) for v in group):
            values.update(group)
    values -= {"en", "tr", "ru", "az", "kk", "ky", "uz", "hu", "tk"}  # languages: language_label
    return {v for v in values if enum_label(v) != v}  # only the values enum_label knows


# -- dates ---------------------------------------------------------------------------------


def test_dates_as_each_language_writes_them(qapp, language):
    assert format_date("2019-10-14", QLocale("ru")) == "14 октября 2019"
    assert format_date("2019-10-14", QLocale("tr")) == "14 Ekim 2019"
    assert format_date("2019-10-14", QLocale("en_GB")) == "14 October 2019"
    language("ru")
    assert format_date("2019-10-14") == "14 октября 2019"
    assert format_date_range("2019-10-14", "2019-10-16") == "14–16 октября 2019"
    assert format_month("2019-10-01") == "Октябрь 2019"  # a heading: nominative
    assert date_input_format() == "dd.MM.yyyy"
    language("en")
    assert format_date("2019-10-14") == "14 October 2019"
    assert date_input_format() == "dd/MM/yyyy"
    assert format_date("not a date") == "not a date"


def test_system_language_falls_back_to_english():
    assert i18n.resolve_language("tr") == "tr"
    assert i18n.system_language(QLocale("ru_RU")) == "ru"
    assert i18n.system_language(QLocale("tr_TR")) == "tr"
    assert i18n.system_language(QLocale("de_DE")) == "en"


def test_translation_files_are_found_through_the_resource_helper(compiled_translations):
    for lang in ("tr", "ru"):
        assert i18n.translation_file(lang).is_file()
        assert i18n.qt_translation_file(lang).is_file()


# -- Preferences -------------------------------------------------------------------------------


@pytest.fixture
def settings_file(tmp_path, monkeypatch):
    path = tmp_path / "config" / "settings.json"
    monkeypatch.setenv(settings.USER_ENV, str(path))
    monkeypatch.setenv(settings.SITE_ENV, str(tmp_path / "no-site-settings.json"))
    return path


def test_preferences_save_paper_letter(qtbot, settings_file, tmp_path):
    from council_desktop.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings.load(), tmp_path / "council.sqlite")
    qtbot.addWidget(dialog)
    assert dialog.problems_label.isHidden()
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))
    dialog.office_edit.setText("Dışişleri Bakanları Konseyi")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("tr"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    written = json.loads(settings_file.read_text(encoding="utf-8"))
    assert written["brief_paper"] == "Letter"
    assert written["office"] == "Dışişleri Bakanları Konseyi"
    assert written["interface_language"] == "tr"
    assert settings.load().brief_paper == "Letter"


def test_bad_settings_file_shows_its_problem_and_defaults_apply(qtbot, settings_file, monkeypatch):
    from council_desktop.ui.dialogs import preferences

    settings_file.parent.mkdir(parents=True)
    settings_file.write_text('{"brief_paper": "Folio", "backups_daily": "seven"}', "utf-8")
    loaded = settings.load()
    assert loaded.brief_paper == "A4" and loaded.backups_daily == 7
    dialog = preferences.PreferencesDialog(loaded, None)
    qtbot.addWidget(dialog)
    assert not dialog.problems_label.isHidden()
    assert "brief_paper must be one of A4, Letter" in dialog.problems_label.text()
    assert "backups_daily must be int" in dialog.problems_label.text()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    preferences.report_settings_problems(None, loaded.problems)
    assert shown and "brief_paper" in shown[0]
    dialog.accept()  # saving writes a corrected file
    assert settings.load().problems == []


def test_unreadable_settings_file_is_reported_not_fatal(qtbot, settings_file):
    from council_desktop.ui.dialogs.preferences import PreferencesDialog

    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("{ not json", "utf-8")
    loaded = settings.load()
    dialog = PreferencesDialog(loaded, None)
    qtbot.addWidget(dialog)
    assert "cannot be read" in dialog.problems_label.text()


def test_preferences_open_another_database_replaces_the_window(
    qtbot, settings_file, sample_store, tmp_path, monkeypatch
):
    from council_desktop.startup import open_database
    from council_desktop.ui.app import create_main_window
    from council_desktop.ui.dialogs import preferences

    other = tmp_path / "other" / "second.sqlite"
    open_database(other, seed=False).close()
    window = create_main_window(sample_store)
    qtbot.addWidget(window)
    window.show()

    def run_dialog(dialog):
        dialog.choose_open_database(other)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", run_dialog)
    new_window = preferences.show_preferences(window)
    assert new_window is not None
    qtbot.addWidget(new_window)
    assert new_window.ctx.store.path == other
    assert not window.isVisible() and new_window.isVisible()
    assert settings.load().database == str(other)
    new_window.ctx.store.close()


def test_moving_a_database_takes_attachments_and_backups(tmp_path):
    from council_desktop.startup import open_database
    from council_desktop.store.backup import create_backup
    from council_desktop.store.relocate import RelocateError, move_database

    db = tmp_path / "old" / "council.sqlite"
    store = open_database(db)
    create_backup(store)
    store.close()
    attachments = list((tmp_path / "old" / "council-attachments").rglob("*"))
    assert attachments, "the sample records bring an attachment"
    unrelated = tmp_path / "old" / "backups" / "another-20200101-000000-manual"
    unrelated.mkdir()
    moved = move_database(db, tmp_path / "new")
    assert moved == (tmp_path / "new" / "council.sqlite").resolve()
    assert moved.is_file() and not db.exists()
    assert (tmp_path / "new" / "council-attachments").is_dir()
    assert not (tmp_path / "old" / "council-attachments").exists()
    assert len(list((tmp_path / "new" / "backups").iterdir())) == 1
    assert unrelated.is_dir()  # another database's backup stays
    reopened = open_database(moved)
    assert reopened.scalar("SELECT count(*) FROM meetings") > 0
    reopened.close()
    (tmp_path / "third").mkdir()
    (tmp_path / "third" / "council.sqlite").write_bytes(b"")
    with pytest.raises(RelocateError, match="already exists"):
        move_database(moved, tmp_path / "third")
    assert moved.is_file()
