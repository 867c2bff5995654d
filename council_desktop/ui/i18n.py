"""The interface language: which one, loading its translations, and restarting into another.

The choice lives in settings (``interface_language``: "system", "en", "tr" or "ru"). Two
translators are installed for a language: ours (``resources/translations/council_desktop_<lang>.qm``,
found through the resource helper so the frozen build finds it too) and Qt's own
(``qtbase_<lang>.qm``, for the standard buttons "Cancel", "Yes", …). ``QLocale.setDefault`` follows
(the system's locale when it is in that language, see ``interface_locale``), so every
``QLocale()`` (dates in lists, date pickers, the calendar's first weekday) agrees.

Widgets build their texts once, when they are made; rather than retranslating every widget
live, a change of language takes effect after a restart, which the Preferences dialog offers.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from council_desktop.resources import resource_path
from council_desktop.ui.qt import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QProcess,
    QTranslator,
)

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "tr", "ru")  # the interface languages we ship
# A system in a language we do not ship, whose speakers read one we do (officers of the member
# states): Azerbaijani, Uzbek and Turkmen read Turkish best; Kazakh and Kyrgyz Russian.
RELATED_LANGUAGES = {"az": "tr", "uz": "tr", "tk": "tr", "kk": "ru", "ky": "ru"}
# The locale (dates, first day of the week) of a language the system's locale is not in; the
# English one writes dates the way the Council does (14 October 2019, 14/10/2019).
_LOCALES = {"en": "en_GB", "tr": "tr_TR", "ru": "ru_RU"}
# Each language's name in itself: someone who cannot read the current language still finds theirs.
ENDONYMS = {"en": "English", "tr": "Türkçe", "ru": "Русский"}
_HOLDER_NAME = "council_desktop_translators"


def translation_file(lang: str) -> Path:
    """Our compiled translation for ``lang`` (built by ``make translations``)."""
    return resource_path("translations", f"council_desktop_{lang}.qm")


def qt_translation_file(lang: str) -> Path:
    """Qt's own translation for ``lang`` (standard buttons and dialogs)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return folder / f"qtbase_{lang}.qm"


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages that we ship or whose speakers read one
    we ship (Azerbaijani → Turkish, Kazakh → Russian, …); English otherwise."""
    locale = locale or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
        if code in RELATED_LANGUAGES:
            return RELATED_LANGUAGES[code]
    return SOURCE_LANGUAGE


def interface_locale(lang: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and calendars under interface language ``lang``.

    The system's own locale when it is in that language (en_US keeps its Sunday-first week and
    its date order, ru_KZ its own conventions), else the language's usual one (en_GB, tr_TR,
    ru_RU) — never the conventions of a language the interface does not speak.
    """
    system = system if system is not None else QLocale.system()
    default = QLocale(_LOCALES[lang])
    return system if system.language() == default.language() else default


def resolve_language(choice: str, locale: QLocale | None = None) -> str:
    """The language a setting means: itself when shipped, the system's for "system" or unknown."""
    return choice if choice in LANGUAGES else system_language(locale)


class _Translators(QObject):
    """Owns the installed translators, so installing another language can remove them.

    A child of the application rather than a module-level global: it lives and dies with the app.
    """

    def __init__(self, parent: QObject, language: str):
        super().__init__(parent)
        self.setObjectName(_HOLDER_NAME)
        self.language = language
        self.translators: list[QTranslator] = []


def _holder(app: QCoreApplication) -> _Translators | None:
    found = app.findChild(QObject, _HOLDER_NAME)
    return found if isinstance(found, _Translators) else None


def install_language(choice: str, app: QCoreApplication | None = None) -> str:
    """Put ``choice`` ("system", "en", "tr", "ru") in force; the language code now in force.

    A missing translation file is logged and the interface stays (partly) English: never fatal.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    lang = resolve_language(choice)
    old = _holder(app)
    if old is not None:
        for translator in old.translators:
            app.removeTranslator(translator)
        old.setParent(None)
        old.deleteLater()
    holder = _Translators(app, lang)
    if lang != SOURCE_LANGUAGE:
        for path in (qt_translation_file(lang), translation_file(lang)):
            translator = QTranslator(holder)
            if translator.load(str(path)):
                app.installTranslator(translator)
                holder.translators.append(translator)
            else:
                log.warning("translation %s is missing or unreadable", path)
    QLocale.setDefault(interface_locale(lang))
    log.info("interface language %s (setting %r)", lang, choice)
    return lang


def current_language(app: QCoreApplication | None = None) -> str:
    """The interface language in force (English before any was installed)."""
    app = app or QCoreApplication.instance()
    holder = _holder(app) if app is not None else None
    return holder.language if holder is not None else SOURCE_LANGUAGE


def restart_command() -> tuple[str, list[str]]:
    """How to start this program again with the same arguments (frozen or from source)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "council_desktop", *sys.argv[1:]]


def restart_application() -> bool:
    """Start a new copy of the app and quit this one; False (and nothing quits) if it failed.

    The caller must have saved everything first: the main window's close handling runs as usual.
    """
    program, arguments = restart_command()
    started, _pid = QProcess.startDetached(program, arguments)
    if not started:
        log.warning("restart failed: %s %s", program, arguments)
        return False
    app = QCoreApplication.instance()
    if app is not None:
        app.quit()
    return True
