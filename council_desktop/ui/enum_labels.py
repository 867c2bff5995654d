"""Enum values and country codes as words a person reads, through Qt translation.

Records store language-neutral values (records/enums.py); the UI shows them with these helpers.
Every English label is written out as a literal so ``pyside6-lupdate`` extracts it into the
"Enum" and "Country" translation contexts; a test keeps these tables in step with
records/enums.py and records/countries.py.
"""

from __future__ import annotations

from council_desktop.records.countries import country_name
from council_desktop.ui.qt import QCoreApplication

# Functions, not strings, so the language in force when a label is shown is the one used.
_ENUM_LABELS = {
    "summit": lambda: QCoreApplication.translate("Enum", "Summit"),
    "regular": lambda: QCoreApplication.translate("Enum", "Regular meeting"),
    "extraordinary": lambda: QCoreApplication.translate("Enum", "Extraordinary meeting"),
    "informal": lambda: QCoreApplication.translate("Enum", "Informal meeting"),
    "other": lambda: QCoreApplication.translate("Enum", "Other"),
    "planned": lambda: QCoreApplication.translate("Enum", "Planned"),
    "held": lambda: QCoreApplication.translate("Enum", "Held"),
    "cancelled": lambda: QCoreApplication.translate("Enum", "Cancelled"),
    "unclassified": lambda: QCoreApplication.translate("Enum", "Unclassified"),
    "restricted": lambda: QCoreApplication.translate("Enum", "Restricted"),
    "confidential": lambda: QCoreApplication.translate("Enum", "Confidential"),
    "secret": lambda: QCoreApplication.translate("Enum", "Secret"),
    "head": lambda: QCoreApplication.translate("Enum", "Head of delegation"),
    "member": lambda: QCoreApplication.translate("Enum", "Member"),
    "observer": lambda: QCoreApplication.translate("Enum", "Observer"),
    "guest": lambda: QCoreApplication.translate("Enum", "Guest"),
    "declaration": lambda: QCoreApplication.translate("Enum", "Declaration"),
    "statement": lambda: QCoreApplication.translate("Enum", "Statement"),
    "decision": lambda: QCoreApplication.translate("Enum", "Decision"),
    "signed_document": lambda: QCoreApplication.translate("Enum", "Signed document"),
    "open": lambda: QCoreApplication.translate("Enum", "Open"),
    "done": lambda: QCoreApplication.translate("Enum", "Done"),
    "dropped": lambda: QCoreApplication.translate("Enum", "Dropped"),
    "protocol": lambda: QCoreApplication.translate("Enum", "Protocol"),
    "agreement": lambda: QCoreApplication.translate("Enum", "Agreement"),
    "memorandum": lambda: QCoreApplication.translate("Enum", "Memorandum"),
    "report": lambda: QCoreApplication.translate("Enum", "Report"),
    "note": lambda: QCoreApplication.translate("Enum", "Note"),
    "draft": lambda: QCoreApplication.translate("Enum", "Draft"),
    "signed": lambda: QCoreApplication.translate("Enum", "Signed"),
    "in_force": lambda: QCoreApplication.translate("Enum", "In force"),
    "superseded": lambda: QCoreApplication.translate("Enum", "Superseded"),
}

_COUNTRY_LABELS = {
    "AZ": lambda: QCoreApplication.translate("Country", "Azerbaijan"),
    "KZ": lambda: QCoreApplication.translate("Country", "Kazakhstan"),
    "KG": lambda: QCoreApplication.translate("Country", "Kyrgyzstan"),
    "TR": lambda: QCoreApplication.translate("Country", "Türkiye"),
    "UZ": lambda: QCoreApplication.translate("Country", "Uzbekistan"),
    "HU": lambda: QCoreApplication.translate("Country", "Hungary"),
    "TM": lambda: QCoreApplication.translate("Country", "Turkmenistan"),
    "CY": lambda: QCoreApplication.translate("Country", "Cyprus"),
    "AF": lambda: QCoreApplication.translate("Country", "Afghanistan"),
    "RU": lambda: QCoreApplication.translate("Country", "Russia"),
    "CN": lambda: QCoreApplication.translate("Country", "China"),
    "US": lambda: QCoreApplication.translate("Country", "United States"),
    "GB": lambda: QCoreApplication.translate("Country", "United Kingdom"),
    "DE": lambda: QCoreApplication.translate("Country", "Germany"),
    "FR": lambda: QCoreApplication.translate("Country", "France"),
    "UA": lambda: QCoreApplication.translate("Country", "Ukraine"),
    "GE": lambda: QCoreApplication.translate("Country", "Georgia"),
    "TJ": lambda: QCoreApplication.translate("Country", "Tajikistan"),
    "PK": lambda: QCoreApplication.translate("Country", "Pakistan"),
    "IR": lambda: QCoreApplication.translate("Country", "Iran"),
    "MN": lambda: QCoreApplication.translate("Country", "Mongolia"),
    "QA": lambda: QCoreApplication.translate("Country", "Qatar"),
    "SA": lambda: QCoreApplication.translate("Country", "Saudi Arabia"),
    "AE": lambda: QCoreApplication.translate("Country", "United Arab Emirates"),
    "JP": lambda: QCoreApplication.translate("Country", "Japan"),
    "KR": lambda: QCoreApplication.translate("Country", "Republic of Korea"),
    "IN": lambda: QCoreApplication.translate("Country", "India"),
    "BY": lambda: QCoreApplication.translate("Country", "Belarus"),
}

_LANGUAGE_LABELS = {
    "tr": lambda: QCoreApplication.translate("Language", "Turkish"),
    "en": lambda: QCoreApplication.translate("Language", "English"),
    "ru": lambda: QCoreApplication.translate("Language", "Russian"),
    "az": lambda: QCoreApplication.translate("Language", "Azerbaijani"),
    "kk": lambda: QCoreApplication.translate("Language", "Kazakh"),
    "ky": lambda: QCoreApplication.translate("Language", "Kyrgyz"),
    "uz": lambda: QCoreApplication.translate("Language", "Uzbek"),
    "hu": lambda: QCoreApplication.translate("Language", "Hungarian"),
    "tk": lambda: QCoreApplication.translate("Language", "Turkmen"),
}


_PAPER_LABELS = {
    "A4": lambda: QCoreApplication.translate("Paper", "A4"),
    "Letter": lambda: QCoreApplication.translate("Paper", "US Letter"),
}


def paper_label(paper: str) -> str:
    """The translated name of a paper size (settings.PAPERS)."""
    label = _PAPER_LABELS.get(paper)
    return label() if label else paper


def enum_label(value: str | None) -> str:
    """The translated label of an enum value; the value itself when unknown, "" for None."""
    if not value:
        return ""
    label = _ENUM_LABELS.get(value)
    return label() if label else value


def country_label(code: str | None) -> str:
    """The translated name of a country code; the code itself when unknown, "" for None."""
    if not code:
        return ""
    label = _COUNTRY_LABELS.get(code)
    return label() if label else country_name(code)


def language_label(code: str | None) -> str:
    """The translated name of a document language code (records.enums.LANGUAGES)."""
    if not code:
        return ""
    label = _LANGUAGE_LABELS.get(code)
    return label() if label else code


def enum_choices(values: tuple[str, ...]) -> list[tuple[str, str]]:
    """(value, label) pairs for a drop-down, in the enum's own order."""
    return [(v, enum_label(v)) for v in values]
