"""The core's English messages shown in the interface language (ui/core_messages.py).

The coverage test reads the core's sources the way a person greps them: every message the
core raises, appends to a problem list or returns as a sentence must fit a template, so a new
core message without a Turkish and Russian translation fails here. The running-app tests
switch to Turkish and look at what an officer sees: an import that fails on a bad date, a file
that is not a database, the meeting form's inline messages.
"""

from __future__ import annotations

import ast
import itertools
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from council_desktop.records.validation import Problem
from council_desktop.ui import i18n
from council_desktop.ui.core_messages import (
    TEMPLATES,
    matching_template,
    translate_message,
    translate_problem,
)
from council_desktop.ui.qt import QDate, QMessageBox

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "council_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"

# Where no message for an officer lives: the UI itself, the command line's own wording, the
# frozen-build entry points and self-test, the PDF layout, the calendar export's fields, SQL.
_NOT_CORE = {"ui", "commands"}
_NO_MESSAGES = {
    "cli.py", "selftest.py", "logs.py", "__init__.py", "__main__.py", "gui_entry.py",
    "frozen_app.py", "frozen_entry_cli.py", "frozen_entry_gui.py",
}  # fmt: skip
_NO_MESSAGE_DIRS = {"briefs"}  # PDF text (own labels); briefs/book.py is scanned below
_ALSO = {"briefs/book.py"}
_SQL_OR_FILE_FORMAT = {"store/schema.py", "search/service.py", "exchange/ics.py"}

# Sentences the core writes that never reach the interface (with why), and inner pieces.
EXEMPT = {
    "an in-memory database has no backups folder": "programming error, never shown",
    "an in-memory database cannot be reopened": "programming error, never shown",
    "unknown backup kind \x00": "programming error, never shown",
    "unknown record type \x00": "programming error, never shown",
    "briefing book cancelled": "BriefCancelled: the UI shows its own 'Export cancelled'",
    "\x00 created, \x00 updated, \x00 unchanged, \x00 member states changed": (
        "ImportReport.summary: command line only (the UI words its own summary)"
    ),
    "\x00 meetings, \x00 documents and \x00 attached files indexed; text read again from "
    "\x00 files; \x00 files missing": "reindex summary: command line only",
    "\x00 meetings, \x00 documents and \x00 attached files indexed; text read again from "
    "\x00 files": "reindex summary: command line only",
}

_MARK = "\x00"  # what each {expression} of an f-string becomes in a sample
_SQL = re.compile(
    r"\?|\b(SELECT|AND|IN|LIKE|IS NULL|IS NOT NULL|EXISTS|JOIN|CAST|CREATE)\b|^%|%$|coalesce\("
)


def _core_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in _NOT_CORE or path.name in _NO_MESSAGES:
            continue
        if rel.parts[0] in _NO_MESSAGE_DIRS and rel.as_posix() not in _ALSO:
            continue
        if rel.as_posix() in _SQL_OR_FILE_FORMAT:
            continue
        files.append(path)
    return files


def _samples(node: ast.AST, constants: dict[str, str]) -> list[str]:
    """The texts an expression can build, each {expression} replaced by the mark."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name) and node.id in constants:
        return [constants[node.id]]
    if isinstance(node, ast.JoinedStr):
        parts = [[v.value] if isinstance(v, ast.Constant) else [_MARK] for v in node.values]
        return ["".join(p) for p in itertools.product(*parts)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _samples(node.left, constants), _samples(node.right, constants)
        return [a + b for a in left for b in right] if left and right else []
    if isinstance(node, ast.IfExp):
        body, orelse = _samples(node.body, constants), _samples(node.orelse, constants)
        return body + orelse if body and orelse else []
    return []


def _is_message(text: str) -> bool:
    """Words for a person: not a code ('missing'), SQL, a key format or an empty string."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    return (
        " " in text.strip()
        and len(words) >= 2
        and not _SQL.search(text)
        or (len(words) == 1 and text == "is required")
    )


def _builds_message(node: ast.Return | ast.AugAssign | ast.Assign) -> bool:
    """A returned text, ``out += [...]`` or ``problems = [...]`` (not every assignment)."""
    if isinstance(node, ast.Return):
        return node.value is not None
    if isinstance(node, ast.AugAssign):
        return isinstance(node.op, ast.Add)
    return any(isinstance(t, ast.Name) and t.id in ("out", "problems") for t in node.targets)


def core_messages() -> list[tuple[str, str]]:
    """(sample, where) for each sentence the core raises, lists as a problem or returns."""
    found: list[tuple[str, str]] = []
    for path in _core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }

        def add(node: ast.AST, path: Path = path, constants: dict[str, str] = constants) -> None:
            nodes = node.elts if isinstance(node, ast.List | ast.Tuple) else [node]
            for n in nodes:
                n = n.elt if isinstance(n, ast.ListComp) else n
                for text in _samples(n, constants):
                    where = f"{path.relative_to(ROOT)}:{getattr(n, 'lineno', '?')}"
                    found.append((text, where))

        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                add(node.exc.args[0])
            elif isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("append", "__init__") and node.args:
                    add(node.args[0])
                elif name == "add" and len(node.args) == 2:  # validation's checker.add(f, msg)
                    add(node.args[1])
                elif name == "Problem" and len(node.args) == 3:
                    add(node.args[2])
            elif isinstance(node, ast.Return | ast.AugAssign | ast.Assign) and _builds_message(
                node
            ):
                add(node.value)
    return [(text, where) for text, where in found if _is_message(text)]


def _loose(template: str) -> re.Pattern[str]:
    """The template's words exactly, each placeholder anything holding a mark."""
    parts = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name:
            parts.append(f".*?{_MARK}.*?")
    return re.compile("".join(parts), re.DOTALL)


def _covered(sample: str) -> bool:
    return any(_loose(t).fullmatch(sample) for t in TEMPLATES) or sample in TEMPLATES


def test_every_core_message_has_a_template():
    found = core_messages()
    assert len(found) > 80, "the scan of the core found too few messages: is it broken?"
    missing = sorted(
        {f"{where}: {text!r}" for text, where in found if text not in EXEMPT and not _covered(text)}
    )
    assert not missing, "core messages with no template in ui/core_messages.py:\n" + "\n".join(
        missing
    )


def test_the_coverage_scan_finds_the_messages_the_reviewer_named():
    samples = {text for text, _where in core_messages()}
    for expected in (
        "\x00 is not a Council Desktop exchange file (format is not \x00)",
        "\x00 is not a real date (expected YYYY-MM-DD)",
        "\x00 is not a Council Desktop database (it is not an SQLite file).",
        "The disk is full: nothing was saved. Free some space and save again.",
        "There is no meeting with uuid \x00.",
        "\x00 is not one of: \x00",
        "is required",
        "the end date is before the start date",
        "Checked \x00: integrity ok.",
        "\x00: unknown setting \x00 ignored",
    ):
        assert expected in samples, expected


def test_exemptions_are_still_in_the_core():
    samples = {text for text, _where in core_messages()}
    stale = [text for text in EXEMPT if text not in samples]
    assert not stale, f"remove from EXEMPT, the core no longer says: {stale}"


def test_every_template_matches_a_message_built_like_the_core_builds_it():
    examples = {
        "{value} is not a real date (expected YYYY-MM-DD)": "2021-02-30 is not a real date (expected YYYY-MM-DD)",
        "{record}: {field}: {message}": "meetings[3] (uuid 0c0f): starts_on: is required",
        "{value} is not one of: {choices}": "'boss' is not one of: regular, extraordinary",
        "Nothing was imported: {problem} (and {n} more).": "Nothing was imported: x (and 2 more).",
        "{record} {list}[{n}]": "meeting 'Bakü: zirve' participants[2]",
        "meeting {title}": "meeting 'Bakü: zirve'",
        "member state {code}": "member state None",
    }  # fmt: skip
    for template in TEMPLATES:
        sample = examples.get(template) or template.format_map(_Sample())
        assert matching_template(sample) == template, (template, sample)


class _Sample(dict):
    """Plausible values for each placeholder (digits where digits are expected)."""

    def __missing__(self, key: str) -> str:
        numbers = {"n", "line", "column", "version", "supported", "low", "high", "meetings",
                   "documents", "rowid"}  # fmt: skip
        if key in numbers:
            return "3"
        return {
            "title": "'Bakü'",
            "code": "'TR'",
            "sha": "ab12cd",
            "record": "meetings[3] (uuid 0c0f)",
            "list": "meetings",
            "setting": "brief_paper",
            "field": "starts_on",
            "type": "int",
        }.get(key, f"<{key}>")


def _translations(lang: str) -> dict[str, str]:
    root = ET.parse(TRANSLATIONS / f"council_desktop_{lang}.ts").getroot()
    out = {}
    for context in root.iter("context"):
        if context.findtext("name") != "CoreMessages":
            continue
        for message in context.iter("message"):
            out[message.findtext("source")] = message.findtext("translation") or ""
    return out


def _placeholders(text: str) -> set[str]:
    return {name for _l, name, _s, _c in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", ["tr", "ru"])
def test_translations_keep_every_placeholder(lang):
    translations = _translations(lang)
    for template in TEMPLATES:
        translated = translations.get(template)
        assert translated, f"{lang}: no translation for {template!r}"
        assert _placeholders(translated) == _placeholders(template), (template, translated)


# -- in the running app --------------------------------------------------------------------


@pytest.fixture
def turkish(qapp):
    _compile()
    assert i18n.install_language("tr", qapp) == "tr"
    yield
    i18n.install_language("en", qapp)


def _compile() -> None:
    for lang in ("tr", "ru"):
        ts = TRANSLATIONS / f"council_desktop_{lang}.ts"
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = Path(sys.executable).parent / "pyside6-lrelease"
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)


def test_nested_messages_in_turkish(turkish):
    text = (
        "Nothing was imported: meetings[3] (uuid 0c0f): starts_on: 2021-02-30 is not a real "
        "date (expected YYYY-MM-DD) (and 2 more)."
    )
    shown = translate_message(text)
    assert shown.startswith("Hiçbir şey içe aktarılmadı"), shown
    assert "2021-02-30 geçerli bir tarih değil" in shown
    assert "meetings[3] (uuid 0c0f)" in shown and "2" in shown
    assert translate_message("Something the core never said.") == "Something the core never said."


def test_problem_names_the_field_as_the_form_labels_it(turkish):
    problem = Problem("meeting 'A'", "ends_on", "the end date is before the start date")
    assert translate_problem(problem, {"ends_on": "Bitiş tarihi"}) == (
        "Bitiş tarihi: bitiş tarihi başlangıç tarihinden önce"
    )
    assert translate_problem(problem).startswith("ends_on: ")


def test_import_with_a_bad_date_shows_the_turkish_problem(qtbot, turkish, sample_store, tmp_path,
                                                          monkeypatch):  # fmt: skip
    import json

    from council_desktop.ui.app import create_main_window

    bad = tmp_path / "bad.json"
    meeting = {"uuid": "0c0f1d00-2013-4c0d-9a00-0000000000aa", "title": "Bakü",
               "kind": "regular", "starts_on": "2021-02-30"}  # fmt: skip
    bad.write_text(json.dumps({"format": "council-desktop", "version": 1, "meetings": [meeting]}))
    window = create_main_window(sample_store)
    qtbot.addWidget(window)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    assert window.import_records(str(bad)) is False
    (box,) = shown
    assert box.windowTitle() == "Hiçbir şey içe aktarılmadı"
    assert "starts_on: 2021-02-30 geçerli bir tarih değil (YYYY-AA-GG bekleniyor)" in box.text()
    assert "is not a real date" not in box.text() + box.detailedText()


def test_opening_a_non_database_says_so_in_turkish(qtbot, turkish, tmp_path, monkeypatch):
    from council_desktop.ui import app

    not_db = tmp_path / "notes.sqlite"
    not_db.write_text("just some notes", encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: said.append(text))
    monkeypatch.setattr(app, "install_language", lambda _choice: "tr")  # already Turkish
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    assert app.run(not_db) == app.EXIT_CANNOT_OPEN
    (text,) = said
    assert text.startswith(str(not_db))
    assert "bir Council Desktop veritabanı değil" in text, text


def test_meeting_form_inline_messages_in_turkish(qtbot, turkish, app_context):
    from council_desktop.ui.forms import MeetingForm

    form = MeetingForm(app_context)
    qtbot.addWidget(form)
    form.show()
    form.kind_combo.set_value("boss")
    form.title_edit.setText("")
    form.starts_edit.date_edit.setDate(QDate(2024, 5, 2))
    form.ends_edit.date_edit.setDate(QDate(2024, 5, 1))
    form.refresh()
    messages = "\n".join(
        box.error_label.text() for box in form._boxes.values() if hasattr(box, "error_label")
    )
    assert "'boss' şunlardan biri değil: " in messages, messages
    assert "Bu alan zorunludur." in messages, messages
    assert "Bitiş tarihi başlangıç tarihinden önce." in messages, messages
    assert "is not one of" not in messages
