"""Every word a brief prints that is not the records' own text, in English and Turkish.

Enumerations are stored language-neutrally in the records; these are the labels a ministry would
print for them. Dates are written out ("14 Ekim 2019") rather than left in ISO form.
"""

from __future__ import annotations

import datetime as dt

from council_desktop.records.countries import country_name

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
}

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "organisation": "Organization of Turkic States",
        "council": "Council of Foreign Ministers",
        "brief": "Meeting brief",
        "book": "Briefing book",
        "contents": "Contents",
        "page": "Page {page} of {total}",
        "prepared_on": "Prepared on {date}",
        "overview": "Overview",
        "participants": "Participants",
        "agenda": "Agenda",
        "background": "Background",
        "documents": "Related documents",
        "outcomes": "Outcomes",
        "actions": "Open action items",
        "annexes": "Annexes",
        "annex": "Annex {n}",
        "annex_pages": "{n} pages follow.",
        "annex_pages_one": "1 page follows.",
        "annex_skipped": "Annex {n} was not included: {filename} ({document}) {reason}.",
        "reason_missing": "could not be found",
        "reason_damaged": "is damaged or unreadable",
        "reason_encrypted": "is password-protected",
        "reason_empty": "has no pages",
        "none": "None recorded.",
        "no_background": "No previous meetings recorded.",
        "kind": "Kind",
        "ordinal": "Ordinal",
        "dates": "Dates",
        "venue": "Venue",
        "city": "City",
        "country": "Country",
        "host": "Host",
        "chair": "Chair",
        "framework": "Framework",
        "status": "Status",
        "classification": "Classification",
        "tags": "Tags",
        "summary": "Summary",
        "name": "Name",
        "position": "Position",
        "role": "Role",
        "delegation": "Delegation of {country}",
        "no_country": "Other participants",
        "notes": "Notes",
        "title": "Title",
        "date": "Date",
        "reference": "Reference",
        "owner": "Owner",
        "due_on": "Due",
        "document": "Document",
        "meetings": "{n} meetings",
        "meetings_one": "1 meeting",
        "pages": "{n} pages",
        "pages_one": "1 page",
        "undated": "Date not set",
        "not_printed": "[… {n} more characters not printed; see the record in Council Desktop]",
    },
    "tr": {
        "organisation": "Türk Devletleri Teşkilatı",
        "council": "Dışişleri Bakanları Konseyi",
        "brief": "Toplantı Brifingi",
        "book": "Brifing Kitabı",
        "contents": "İçindekiler",
        "page": "Sayfa {page} / {total}",
        "prepared_on": "Hazırlanma tarihi: {date}",
        "overview": "Genel Bilgiler",
        "participants": "Katılımcılar",
        "agenda": "Gündem",
        "background": "Arka Plan",
        "documents": "İlgili Belgeler",
        "outcomes": "Sonuçlar",
        "actions": "Açık Eylem Maddeleri",
        "annexes": "Ekler",
        "annex": "Ek {n}",
        "annex_pages": "Takip eden {n} sayfa.",
        "annex_skipped": "Ek {n} eklenemedi: {filename} ({document}) {reason}.",
        "reason_missing": "bulunamadı",
        "reason_damaged": "bozuk veya okunamıyor",
        "reason_encrypted": "parola korumalı",
        "reason_empty": "sayfa içermiyor",
        "none": "Kayıt yok.",
        "no_background": "Önceki toplantı kaydı yok.",
        "kind": "Türü",
        "ordinal": "Sırası",
        "dates": "Tarih",
        "venue": "Toplantı yeri",
        "city": "Şehir",
        "country": "Ülke",
        "host": "Ev sahibi",
        "chair": "Başkan",
        "framework": "Çerçeve",
        "status": "Durumu",
        "classification": "Gizlilik derecesi",
        "tags": "Etiketler",
        "summary": "Özet",
        "name": "Adı Soyadı",
        "position": "Görevi",
        "role": "Heyetteki görevi",
        "delegation": "{country} Heyeti",
        "no_country": "Diğer katılımcılar",
        "notes": "Notlar",
        "title": "Başlık",
        "date": "Tarih",
        "reference": "Sayı",
        "owner": "Sorumlu",
        "due_on": "Son tarih",
        "document": "Belge",
        "meetings": "{n} toplantı",
        "pages": "{n} sayfa",
        "undated": "Tarih belirlenmedi",
        "not_printed": "[… {n} karakter daha yazdırılmadı; kaydın tamamı Council Desktop'tadır]",
    },
}

ENUMS: dict[str, dict[str, dict[str, str]]] = {
    "meeting_kind": {
        "en": {
            "summit": "Summit",
            "regular": "Regular Meeting",
            "extraordinary": "Extraordinary Meeting",
            "informal": "Informal Meeting",
            "other": "Meeting",
        },
        "tr": {
            "summit": "Zirve",
            "regular": "Olağan Toplantı",
            "extraordinary": "Olağanüstü Toplantı",
            "informal": "Gayri Resmi Toplantı",
            "other": "Toplantı",
        },
    },
    "meeting_status": {
        "en": {"planned": "Planned", "held": "Held", "cancelled": "Cancelled"},
        "tr": {"planned": "Planlandı", "held": "Gerçekleştirildi", "cancelled": "İptal edildi"},
    },
    "classification": {
        "en": {
            "unclassified": "UNCLASSIFIED",
            "restricted": "RESTRICTED",
            "confidential": "CONFIDENTIAL",
            "secret": "SECRET",
        },
        # The Turkish state's own scale: Tasnif Dışı, Hizmete Özel, Özel, Gizli (Çok Gizli above).
        "tr": {
            "unclassified": "TASNİF DIŞI",
            "restricted": "HİZMETE ÖZEL",
            "confidential": "ÖZEL",
            "secret": "GİZLİ",
        },
    },
    "role": {
        "en": {
            "head": "Head of delegation",
            "member": "Member",
            "observer": "Observer",
            "guest": "Guest",
        },
        "tr": {
            "head": "Heyet Başkanı",
            "member": "Heyet Üyesi",
            "observer": "Gözlemci",
            "guest": "Konuk",
        },
    },
    "outcome_kind": {
        "en": {
            "declaration": "Declaration",
            "statement": "Statement",
            "decision": "Decision",
            "signed_document": "Signed document",
            "other": "Other",
        },
        "tr": {
            "declaration": "Bildiri",
            "statement": "Açıklama",
            "decision": "Karar",
            "signed_document": "İmzalanan belge",
            "other": "Diğer",
        },
    },
    "action_status": {
        "en": {"open": "Open", "done": "Done", "dropped": "Dropped"},
        "tr": {"open": "Açık", "done": "Tamamlandı", "dropped": "Vazgeçildi"},
    },
    "document_kind": {
        "en": {
            "protocol": "Protocol",
            "agreement": "Agreement",
            "declaration": "Declaration",
            "statement": "Statement",
            "memorandum": "Memorandum",
            "report": "Report",
            "note": "Note",
            "other": "Other",
        },
        "tr": {
            "protocol": "Protokol",
            "agreement": "Anlaşma",
            "declaration": "Bildiri",
            "statement": "Açıklama",
            "memorandum": "Mutabakat Zaptı",
            "report": "Rapor",
            "note": "Not",
            "other": "Diğer",
        },
    },
    "document_status": {
        "en": {
            "draft": "Draft",
            "signed": "Signed",
            "in_force": "In force",
            "superseded": "Superseded",
        },
        "tr": {
            "draft": "Taslak",
            "signed": "İmzalandı",
            "in_force": "Yürürlükte",
            "superseded": "Yürürlükten kalktı",
        },
    },
}

CLASSIFICATION_RANK = {"unclassified": 0, "restricted": 1, "confidential": 2, "secret": 3}


class Labels:
    """The labels of one language; unknown languages fall back to English."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in TEXT else "en"

    def __call__(self, key: str, **values: object) -> str:
        """The label for ``key`` with ``{placeholders}`` filled in."""
        text = TEXT[self.lang].get(key, key)
        return text.format(**values) if values else text

    def count(self, key: str, n: int) -> str:
        """``key`` for ``n`` things: "1 meeting" from ``key_one`` when there is one, else
        "3 meetings" (Turkish keeps the noun singular after a number: no ``_one`` needed)."""
        if n == 1 and f"{key}_one" in TEXT[self.lang]:
            return self(f"{key}_one")
        return self(key, n=self.number(n))

    def number(self, value: int) -> str:
        """A whole number with thousands grouped: "97,000" / "97.000"."""
        grouped = f"{value:,}"
        return grouped.replace(",", ".") if self.lang == "tr" else grouped

    def enum(self, vocabulary: str, value: str | None) -> str:
        """The printed label of a stored enumeration value; the value itself when unknown."""
        if not value:
            return ""
        return ENUMS[vocabulary][self.lang].get(value, value)

    def country(self, code: str | None) -> str:
        """The country's name in this language."""
        return country_name(code, self.lang)

    def marking(self, classification: str | None) -> str:
        """The classification marking: a known key's label, else the text as given."""
        if not classification:
            return self.enum("classification", "unclassified")
        return ENUMS["classification"][self.lang].get(classification, classification)

    def date(self, value: str | dt.date | None) -> str:
        """An ISO date written out: "14 October 2019" / "14 Ekim 2019"; bad input as given."""
        day = _parse_date(value)
        if day is None:
            return str(value or "")
        return f"{day.day} {MONTHS[self.lang][day.month - 1]} {day.year}"

    def date_range(self, starts: str | None, ends: str | None) -> str:
        """Both dates written out, sharing month and year where they can."""
        first, last = _parse_date(starts), _parse_date(ends)
        if first is None:
            return self.date(ends) if last else self("undated")
        if last is None or last == first:
            return self.date(first)
        months = MONTHS[self.lang]
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.day} {months[first.month - 1]} {first.year}"
        if first.year == last.year:
            return (
                f"{first.day} {months[first.month - 1]} – "
                f"{last.day} {months[last.month - 1]} {first.year}"
            )
        return f"{self.date(first)} – {self.date(last)}"

    def kind_with_ordinal(self, kind: str | None, ordinal: int | None) -> str:
        """ "2nd Extraordinary Meeting" / "2. Olağanüstü Toplantı"."""
        label = self.enum("meeting_kind", kind or "other")
        if not ordinal:
            return label
        if self.lang == "tr":
            return f"{ordinal}. {label}"
        return f"{_english_ordinal(int(ordinal))} {label}"


def _parse_date(value: str | dt.date | None) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _english_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def highest_classification(values: list[str | None]) -> str:
    """The most restrictive of the known classifications (unclassified when none is set)."""
    known = [v for v in values if v in CLASSIFICATION_RANK]
    if not known:
        return "unclassified"
    return max(known, key=lambda v: CLASSIFICATION_RANK[v or ""])
