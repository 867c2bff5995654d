"""Country codes the records may name, with English and Turkish names.

Member and observer states of the Organization of Turkic States first, then the other states
that appear in the Council's records. The member_states table holds the Council's own list; this
table only decides which codes are valid and how to name them.
"""

from __future__ import annotations

COUNTRIES: dict[str, tuple[str, str]] = {
    "AZ": ("Azerbaijan", "Azerbaycan"),
    "KZ": ("Kazakhstan", "Kazakistan"),
    "KG": ("Kyrgyzstan", "Kırgızistan"),
    "TR": ("Türkiye", "Türkiye"),
    "UZ": ("Uzbekistan", "Özbekistan"),
    "HU": ("Hungary", "Macaristan"),
    "TM": ("Turkmenistan", "Türkmenistan"),
    "CY": ("Cyprus", "Kıbrıs"),
    "AF": ("Afghanistan", "Afganistan"),
    "RU": ("Russia", "Rusya"),
    "CN": ("China", "Çin"),
    "US": ("United States", "Amerika Birleşik Devletleri"),
    "GB": ("United Kingdom", "Birleşik Krallık"),
    "DE": ("Germany", "Almanya"),
    "FR": ("France", "Fransa"),
    "UA": ("Ukraine", "Ukrayna"),
    "GE": ("Georgia", "Gürcistan"),
    "TJ": ("Tajikistan", "Tacikistan"),
    "PK": ("Pakistan", "Pakistan"),
    "IR": ("Iran", "İran"),
    "MN": ("Mongolia", "Moğolistan"),
    "QA": ("Qatar", "Katar"),
    "SA": ("Saudi Arabia", "Suudi Arabistan"),
    "AE": ("United Arab Emirates", "Birleşik Arap Emirlikleri"),
    "JP": ("Japan", "Japonya"),
    "KR": ("Republic of Korea", "Kore Cumhuriyeti"),
    "IN": ("India", "Hindistan"),
    "BY": ("Belarus", "Belarus"),
}


def is_known(code: str | None) -> bool:
    """True when ``code`` names a country the records may use."""
    return code in COUNTRIES


def country_name(code: str | None, lang: str = "en") -> str:
    """The country's name in English or Turkish; the code itself when unknown or empty."""
    if not code:
        return ""
    names = COUNTRIES.get(code)
    if names is None:
        return code
    return names[1] if lang == "tr" else names[0]
