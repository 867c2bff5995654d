"""Reproducible benchmark data: an exchange-format JSON file plus the PDF attachments it names.

    python -m bench.generate --seed 42 --meetings 100000 --documents 50000 --attachments 300 -o OUT

The same seed and sizes give byte-identical output, so a benchmark figure can be compared across
runs and machines. Everything random comes from one ``random.Random(seed)``; "today" is a fixed
date, never the clock. Meetings are written one by one, so the full size needs little memory.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

from bench import vocab
from bench.pdf import render_pdf

T = TypeVar("T")
Record = dict[str, Any]

FORMAT = "council-desktop"
VERSION = 1
JSON_NAME = "records.json"
ATTACHMENTS_DIR = "attachments"

# The fixed "today": meetings after it are planned, before it held or cancelled.
REFERENCE_DAY = dt.date(2025, 6, 30)
FIRST_DAY = dt.date(1990, 1, 1)
LAST_DAY = dt.date(2040, 12, 31)
LINK_WINDOW_DAYS = 20  # documents linked to a meeting are dated within this many days of it

MEETING_KIND_WEIGHTS = (
    ("summit", 8),
    ("regular", 50),
    ("extraordinary", 12),
    ("informal", 15),
    ("other", 15),
)
CLASSIFICATION_WEIGHTS = (
    ("unclassified", 70),
    ("restricted", 20),
    ("confidential", 8),
    ("secret", 2),
)
OUTCOME_KIND_WEIGHTS = (
    ("declaration", 30),
    ("statement", 20),
    ("decision", 25),
    ("signed_document", 15),
    ("other", 10),
)
DOCUMENT_KINDS = (
    "protocol",
    "agreement",
    "declaration",
    "statement",
    "memorandum",
    "report",
    "note",
    "other",
)
DOCUMENT_LANGUAGES = ("tr", "en", "ru", "az", "kk", "ky", "uz")
HOST_WEIGHTS = (("AZ", 20), ("KZ", 20), ("KG", 15), ("TR", 25), ("UZ", 15), ("HU", 3), ("TM", 2))
TITLE_LANGUAGES = ("tr", "tr", "tr", "en", "en", "az", "kk", "ky", "uz")


def _weighted(pairs: Sequence[tuple[str, int]]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Split (value, weight) pairs into the shape ``random.choices`` wants, with cumulative weights."""
    values = tuple(v for v, _ in pairs)
    cum: list[int] = []
    total = 0
    for _, w in pairs:
        total += w
        cum.append(total)
    return values, tuple(cum)


def ordinal_en(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st: English ordinals as in the Council's own titles."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


_AZ_UNITS = ("cu", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu")
_AZ_TENS = ("", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı")


def ordinal_az(n: int) -> str:
    """12-ci, 3-cü, 40-cı: the Azerbaijani ordinal suffix follows the vowel of the last number word."""
    if n % 100 == 0:
        return f"{n}-cü"
    suffix = _AZ_UNITS[n % 10] if n % 10 else _AZ_TENS[(n // 10) % 10]
    return f"{n}-{suffix}"


def meeting_title(lang: str, kind: str, n: int | None, city: str) -> str:
    """A meeting title in one of the Council's languages, as the records of that language write it."""
    num = n or 1
    if lang == "tr":
        base = {
            "summit": f"Türk Devletleri Teşkilatı {num}. Zirvesi",
            "regular": f"Dışişleri Bakanları Konseyi {num}. Toplantısı",
            "extraordinary": f"Dışişleri Bakanları Konseyi {num}. Olağanüstü Toplantısı",
            "informal": "Dışişleri Bakanları Konseyi Gayriresmî Toplantısı",
            "other": "Kıdemli Memurlar Komitesi Toplantısı",
        }[kind]
    elif lang == "az":
        base = {
            "summit": f"Türk Dövlətləri Təşkilatının {ordinal_az(num)} Zirvə Görüşü",
            "regular": f"Xarici İşlər Nazirləri Şurasının {ordinal_az(num)} iclası",
            "extraordinary": f"Xarici İşlər Nazirləri Şurasının {ordinal_az(num)} növbədənkənar iclası",
            "informal": "Xarici İşlər Nazirləri Şurasının qeyri-rəsmi görüşü",
            "other": "Yüksək Vəzifəli Şəxslər Komitəsinin iclası",
        }[kind]
    elif lang == "kk":
        base = {
            "summit": f"Түркі мемлекеттері ұйымының {num}-саммиті",
            "regular": f"Сыртқы істер министрлері кеңесінің {num}-отырысы",
            "extraordinary": f"Сыртқы істер министрлері кеңесінің {num}-кезектен тыс отырысы",
            "informal": "Сыртқы істер министрлерінің бейресми кездесуі",
            "other": "Аға лауазымды тұлғалар комитетінің отырысы",
        }[kind]
    elif lang == "ky":
        base = {
            "summit": f"Түрк мамлекеттер уюмунун {num}-саммити",
            "regular": f"Тышкы иштер министрлер кеңешинин {num}-жыйыны",
            "extraordinary": f"Тышкы иштер министрлер кеңешинин {num}-кезексиз жыйыны",
            "informal": "Тышкы иштер министрлеринин расмий эмес жолугушуусу",
            "other": "Жогорку кызмат адамдар комитетинин жыйыны",
        }[kind]
    elif lang == "uz":
        base = {
            "summit": f"Turkiy davlatlar tashkilotining {num}-sammiti",
            "regular": f"Tashqi ishlar vazirlari kengashining {num}-yigʻilishi",
            "extraordinary": f"Tashqi ishlar vazirlari kengashining {num}-navbatdan tashqari yigʻilishi",
            "informal": "Tashqi ishlar vazirlarining norasmiy uchrashuvi",
            "other": "Yuqori lavozimli shaxslar qoʻmitasi yigʻilishi",
        }[kind]
    else:
        base = {
            "summit": f"{ordinal_en(num)} Summit of the Organization of Turkic States",
            "regular": f"{ordinal_en(num)} Meeting of the Council of Foreign Ministers",
            "extraordinary": f"{ordinal_en(num)} Extraordinary Meeting of the Council of Foreign Ministers",
            "informal": "Informal Meeting of the Council of Foreign Ministers",
            "other": "Meeting of the Senior Officials Committee",
        }[kind]
    return f"{base} ({city})"


def framework_for(year: int, n: int) -> str:
    """The summit a meeting belongs to, named as the Organization was called that year."""
    if year < 2009:
        body = "Summit of the Heads of Turkic-Speaking States"
    elif year < 2021:
        body = "Summit of the Turkic Council"
    else:
        body = "Summit of the Organization of Turkic States"
    return f"{ordinal_en(n)} {body}"


def timestamp(day: dt.date, rng: random.Random) -> str:
    """An ``updated_at`` in the store's own format (ISO 8601, UTC, microseconds, Z)."""
    return f"{day.isoformat()}T{rng.randrange(7, 20):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}.000000Z"


def _safe_filename(text: str) -> str:
    """A display file name from a title: keeps Turkic letters, drops what paths cannot hold."""
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip(" .-")[:80] or "document"


class _Generator:
    """One run's state: the random stream and the documents known in advance (for links)."""

    def __init__(self, seed: int, meetings: int, documents: int, attachments: int):
        if min(meetings, documents, attachments) < 0:
            raise ValueError("sizes must be 0 or more")
        if attachments and not documents:
            raise ValueError("attachments need at least one document to belong to")
        self.rng = random.Random(seed)
        self.n_meetings = meetings
        self.n_documents = documents
        self.n_attachments = attachments
        self.first = FIRST_DAY.toordinal()
        self.last = LAST_DAY.toordinal()
        self.today = REFERENCE_DAY.toordinal()
        self._kinds = _weighted(MEETING_KIND_WEIGHTS)
        self._classes = _weighted(CLASSIFICATION_WEIGHTS)
        self._outcomes = _weighted(OUTCOME_KIND_WEIGHTS)
        self._hosts = _weighted(HOST_WEIGHTS)
        # Documents' uuids and dates are drawn first so meetings can link documents of their days.
        rng = self.rng
        self.doc_uuids = [self.new_uuid() for _ in range(documents)]
        self.doc_days = [rng.randint(self.first, self.last) for _ in range(documents)]
        order = sorted(range(documents), key=self.doc_days.__getitem__)
        self.sorted_docs = order
        self.sorted_days = [self.doc_days[i] for i in order]
        # Which document each attachment belongs to: spread first, then doubled up if more.
        self.doc_attachments: dict[int, list[int]] = {}
        owners = rng.sample(range(documents), min(attachments, documents))
        owners += [rng.randrange(documents) for _ in range(attachments - len(owners))]
        for number, owner in enumerate(owners):
            self.doc_attachments.setdefault(owner, []).append(number)

    def new_uuid(self) -> str:
        """A version-4 uuid from the seeded stream (``uuid.uuid4`` would differ every run)."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, weighted: tuple[tuple[str, ...], tuple[int, ...]]) -> str:
        values, cum = weighted
        return self.rng.choices(values, cum_weights=cum)[0]

    def sample(self, items: Sequence[T], low: int, high: int) -> list[T]:
        return self.rng.sample(items, min(len(items), self.rng.randint(low, high)))

    # -- meetings -------------------------------------------------------------------------------

    def meeting(self) -> Record:
        rng = self.rng
        kind = self.pick(self._kinds)
        start = rng.randint(self.first, self.last)
        end = start + rng.choice((0, 0, 1, 1, 2)) if kind != "informal" else start
        starts_on = dt.date.fromordinal(start)
        year = starts_on.year
        cancelled = rng.random() < 0.06
        status = "planned" if start > self.today else ("cancelled" if cancelled else "held")
        ordinal = (
            None if kind in ("informal", "other") and rng.random() < 0.7 else rng.randint(1, 45)
        )
        host_country = self.pick(self._hosts)
        city = rng.choice(vocab.CITIES[host_country])
        participants = self.participants(host_country)
        host = participants[0]["name"]
        chair = host if rng.random() < 0.8 else rng.choice(participants)["name"]
        lang = rng.choice(TITLE_LANGUAGES)
        if kind == "summit":
            framework = framework_for(year, ordinal or 1)
        elif rng.random() < 0.5:
            framework = framework_for(year, max(1, (ordinal or 1) // 2))
        else:
            framework = "Council of Foreign Ministers" if rng.random() < 0.5 else ""
        linked = self.linked_documents(start)
        return {
            "uuid": self.new_uuid(),
            "title": meeting_title(lang, kind, ordinal, city),
            "kind": kind,
            "ordinal": ordinal,
            "starts_on": starts_on.isoformat(),
            "ends_on": dt.date.fromordinal(end).isoformat(),
            "city": city,
            "country": host_country,
            "venue": rng.choice(vocab.VENUES[host_country]) if rng.random() < 0.7 else "",
            "host": host,
            "chair": chair,
            "framework": framework,
            "status": status,
            "classification": self.pick(self._classes),
            "summary": rng.choice(vocab.MEETING_SUMMARIES),
            "tags": self.sample(vocab.TAGS, 0, 3),
            "participants": participants,
            "agenda": self.agenda(lang),
            "outcomes": [] if status == "cancelled" else self.outcomes(linked),
            "actions": self.actions(start, status),
            "documents": [self.doc_uuids[i] for i in linked],
            "updated_at": self.updated_at(end),
        }

    def participants(self, host_country: str) -> list[Record]:
        """3-12 people in delegations, the host's first; heads first within each delegation."""
        rng = self.rng
        total = rng.randint(3, 12)
        guests = 1 if total > 3 and rng.random() < 0.15 else 0
        others = [c for c in vocab.MEMBERS + vocab.OBSERVERS if c != host_country]
        rng.shuffle(others)
        n_countries = rng.randint(min(3, total - guests), min(7, total - guests))
        countries = [host_country, *others[: n_countries - 1]]
        sizes = [0] * len(countries)
        for i in range(total - guests):
            sizes[i % len(countries)] += 1
        out: list[Record] = []
        for country, size in zip(countries, sizes, strict=True):
            observer = country in vocab.OBSERVERS
            for j, (name, position) in enumerate(rng.sample(vocab.PEOPLE[country], size)):
                role = "observer" if observer else ("head" if j == 0 else "member")
                out.append({"country": country, "name": name, "position": position, "role": role})
        for country, name, position in rng.sample(vocab.GUESTS, guests):
            out.append({"country": country, "name": name, "position": position, "role": "guest"})
        return out

    def agenda(self, lang: str) -> list[Record]:
        rng = self.rng
        pool = {
            "tr": vocab.AGENDA_TR,
            "az": vocab.AGENDA_AZ,
            "kk": vocab.AGENDA_KK,
            "ky": vocab.AGENDA_KY,
            "uz": vocab.AGENDA_UZ,
        }.get(lang, vocab.AGENDA_EN)
        if rng.random() < 0.3:
            pool = tuple(dict.fromkeys(pool + rng.choice(vocab.AGENDA)))
        items = rng.sample(pool, min(len(pool), rng.randint(2, 8)))
        return [{"title": title, "notes": rng.choice(vocab.NOTES)} for title in items]

    def linked_documents(self, day: int) -> list[int]:
        """0-3 documents dated near the meeting (indexes into the documents)."""
        if not self.n_documents:
            return []
        rng = self.rng
        lo = bisect.bisect_left(self.sorted_days, day - LINK_WINDOW_DAYS)
        hi = bisect.bisect_right(self.sorted_days, day + LINK_WINDOW_DAYS)
        near = self.sorted_docs[lo:hi]
        return rng.sample(near, min(len(near), rng.choice((0, 0, 1, 1, 2, 3))))

    def outcomes(self, linked: list[int]) -> list[Record]:
        rng = self.rng
        out: list[Record] = []
        for _ in range(rng.randint(0, 3)):
            kind = self.pick(self._outcomes)
            doc = None
            if (
                linked
                and kind in ("declaration", "statement", "signed_document")
                and rng.random() < 0.6
            ):
                doc = self.doc_uuids[rng.choice(linked)]
            out.append(
                {
                    "kind": kind,
                    "title": rng.choice(vocab.OUTCOME_TITLES[kind]),
                    "text": rng.choice(vocab.OUTCOME_TEXTS),
                    "document": doc,
                }
            )
        return out

    def actions(self, start: int, meeting_status: str) -> list[Record]:
        rng = self.rng
        out: list[Record] = []
        for _ in range(rng.randint(0, 4)):
            due = start + rng.randint(14, 365) if rng.random() < 0.85 else None
            if meeting_status == "cancelled":
                status = "dropped"
            elif due is not None and due < self.today:
                status = rng.choices(("done", "open", "dropped"), cum_weights=(65, 85, 100))[0]
            else:
                status = "open" if rng.random() < 0.9 else "done"
            out.append(
                {
                    "title": rng.choice(vocab.ACTION_TITLES),
                    "owner": rng.choice(vocab.ACTION_OWNERS),
                    "due_on": dt.date.fromordinal(due).isoformat() if due else None,
                    "status": status,
                }
            )
        return out

    def updated_at(self, day: int) -> str:
        """Edited some days after the event, or before "today" for planned ones."""
        rng = self.rng
        when = day + rng.randint(0, 30) if day <= self.today else self.today - rng.randint(0, 365)
        return timestamp(dt.date.fromordinal(min(when, self.today)), rng)

    # -- documents ------------------------------------------------------------------------------

    def document(self, index: int, out_dir: Path) -> Record:
        rng = self.rng
        kind = rng.choice(DOCUMENT_KINDS)
        day = self.doc_days[index]
        dated_on = dt.date.fromordinal(day)
        if day > self.today:
            status = "draft"
        else:
            status = rng.choices(
                ("draft", "signed", "in_force", "superseded"), cum_weights=(10, 45, 85, 100)
            )[0]
        title = f"{rng.choice(vocab.DOC_TITLE_PREFIX[kind])} — {rng.choice(vocab.DOC_SUBJECTS)}"
        series = rng.choice(("TDT/DBK", "OTS/CFM", "ТМҰ/СІМК", "TDT/KYMK"))
        reference = f"{series}/{dated_on.year}/{index + 1:05d}"
        host = self.pick(self._hosts)
        languages = sorted(self.sample(DOCUMENT_LANGUAGES, 1, 4), key=DOCUMENT_LANGUAGES.index)
        parties_pool = vocab.MEMBERS + vocab.OBSERVERS
        parties = sorted(self.sample(parties_pool, 2, 7), key=parties_pool.index)
        summary = rng.choice(vocab.SUMMARIES)
        record: Record = {
            "uuid": self.doc_uuids[index],
            "title": title,
            "kind": kind,
            "reference": reference,
            "dated_on": dated_on.isoformat(),
            "place": rng.choice(vocab.CITIES[host]),
            "status": status,
            "languages": languages,
            "parties": parties,
            "classification": self.pick(self._classes),
            "summary": summary,
            "tags": self.sample(vocab.TAGS, 0, 3),
            "attachments": [
                self.attachment(number, title, reference, summary, out_dir)
                for number in self.doc_attachments.get(index, [])
            ],
            "updated_at": self.updated_at(day),
        }
        return record

    def attachment(
        self, number: int, title: str, reference: str, summary: str, out_dir: Path
    ) -> Record:
        """Write one PDF and describe it as the exchange format does."""
        rng = self.rng
        sentences = list(vocab.PDF_SENTENCES)
        rng.shuffle(sentences)
        paragraphs = [
            f"{reference}",
            *sentences,
            f"{summary} Annex marker {attachment_marker(number)}.",
        ]
        data = render_pdf(title, paragraphs, pages=rng.randint(1, 2))
        name = f"{number + 1:05d}.pdf"
        (out_dir / ATTACHMENTS_DIR / name).write_bytes(data)
        return {
            "filename": f"{_safe_filename(title)}.pdf",
            "media_type": "application/pdf",
            "sha256": hashlib.sha256(data).hexdigest(),
            "path": f"{ATTACHMENTS_DIR}/{name}",
        }


def attachment_marker(number: int) -> str:
    """A word found in exactly one attachment PDF (0-based number), for search tests."""
    return f"cdbench{number + 1:05d}"


def member_states() -> list[Record]:
    return [
        {"code": code, "name_en": en, "name_tr": tr, "status": status, "since": since}
        for code, en, tr, status, since in vocab.MEMBER_STATES
    ]


def _write_list(fh: TextIO, key: str, records: Iterable[Record], *, last: bool = False) -> int:
    """Write ``"key": [...]`` one record a line as they come, so nothing is held in memory."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    fh.write(f'"{key}":[')
    count = 0
    for record in records:
        fh.write("\n" if count == 0 else ",\n")
        fh.write(encode(record))
        count += 1
    fh.write("\n]" if count else "]")
    fh.write("\n" if last else ",\n")
    return count


def generate(
    out_dir: Path | str, *, seed: int, meetings: int, documents: int, attachments: int
) -> Path:
    """Write ``records.json`` and ``attachments/`` into ``out_dir``; return the JSON file's path."""
    out = Path(out_dir)
    (out / ATTACHMENTS_DIR).mkdir(parents=True, exist_ok=True)
    for stale in (out / ATTACHMENTS_DIR).glob("*.pdf"):  # a smaller rerun must not leave extras
        stale.unlink()
    gen = _Generator(seed, meetings, documents, attachments)
    path = out / JSON_NAME
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f'{{"format":"{FORMAT}","version":{VERSION},\n')
        _write_list(fh, "member_states", member_states())
        _write_list(fh, "meetings", (gen.meeting() for _ in range(meetings)))
        _write_list(fh, "documents", (gen.document(i, out) for i in range(documents)), last=True)
        fh.write("}\n")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=50_000)
    parser.add_argument("--attachments", type=int, default=300)
    parser.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    try:
        path = generate(
            args.out,
            seed=args.seed,
            meetings=args.meetings,
            documents=args.documents,
            attachments=args.attachments,
        )
    except ValueError as exc:
        parser.error(str(exc))
    size = path.stat().st_size + sum(
        p.stat().st_size for p in (args.out / ATTACHMENTS_DIR).glob("*.pdf")
    )
    print(
        f"{path}: {args.meetings} meetings, {args.documents} documents, "
        f"{args.attachments} attachments, {size / 1e6:.1f} MB in {time.perf_counter() - began:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
