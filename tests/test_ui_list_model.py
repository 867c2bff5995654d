"""The meeting/document list model: SQL does the sorting and filtering, rows arrive in pages."""

from __future__ import annotations

import ast
import datetime as dt
import sqlite3
import uuid as uuid_module
from pathlib import Path

import pytest

from council_desktop.records import enums
from council_desktop.records.countries import COUNTRIES
from council_desktop.records.folding import fold_all, sort_key
from council_desktop.records.model import new_meeting
from council_desktop.store import Store, listing, save_meetings

pytestmark = pytest.mark.gui

BIG = 100_000


@pytest.fixture
def model(qapp, sample_store):
    from council_desktop.ui.models.record_table import RecordTableModel

    return RecordTableModel(sample_store, "meeting")


def _texts(model, column: str) -> list[str]:
    col = model.column_of(column)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_sample_meetings_newest_first_with_readable_values(model):
    assert model.rowCount() == 7
    assert model.columnCount() == 5
    headers = [model.headerData(c, _horizontal()) for c in range(5)]
    assert headers == ["Date", "Title", "Kind", "City", "Status"]
    assert _texts(model, "starts_on")[0] == "12 November 2021"
    assert _texts(model, "kind")[0] == "Summit"
    assert set(_texts(model, "status")) == {"Held"}
    assert model.uuid_at(0) == "0c0f1d00-2013-4c0d-9a00-000000000007"
    assert model.uuid_at(99) is None


def test_document_model_shares_the_class(qapp, sample_store):
    from council_desktop.ui.models.record_table import RecordTableModel

    docs = RecordTableModel(sample_store, "document")
    headers = [docs.headerData(c, _horizontal()) for c in range(docs.columnCount())]
    assert headers == ["Date", "Title", "Kind", "Status", "Reference"]
    assert docs.rowCount() == 4
    assert "In force" in _texts(docs, "status")


@pytest.mark.parametrize("typed", ["istanbul", "ISTANBUL", "İstanbul", "  istanbul  "])
def test_filter_folds_turkish_case(model, typed):
    model.set_filter(typed)
    assert _texts(model, "city") == ["İstanbul", "İstanbul"]


def test_filter_folds_diacritics(model):
    model.set_filter("cavusoglu")
    assert [model.uuid_at(r) for r in range(model.rowCount())] == [
        "0c0f1d00-2013-4c0d-9a00-000000000004"
    ]
    model.set_filter("no such words")
    assert model.rowCount() == 0
    model.set_filter("")
    assert model.rowCount() == 7


def test_sort_by_title_is_turkish_alphabetical(qapp, store):
    from council_desktop.ui.models.record_table import RecordTableModel
    from council_desktop.ui.qt import Qt

    titles = ["Zirve", "Şile", "Sivas", "Ödemiş", "Ozan", "İzmir", "Ilgaz", "Çanakkale", "Cenevre",
              "Ürgüp", "Uşak"]  # fmt: skip
    save_meetings(store, [new_meeting(title=t, starts_on="2024-05-01") for t in titles])
    model = RecordTableModel(store, "meeting")
    model.sort(model.column_of("title"), Qt.SortOrder.AscendingOrder)
    assert model.query.sort_key == "title"
    expected = ["Cenevre", "Çanakkale", "Ilgaz", "İzmir", "Ozan", "Ödemiş", "Sivas", "Şile",
                "Uşak", "Ürgüp", "Zirve"]  # fmt: skip
    assert _texts(model, "title") == expected
    assert sorted(titles) != expected  # code-point order would be wrong: the SQL key matters
    model.sort(model.column_of("title"), Qt.SortOrder.DescendingOrder)
    assert _texts(model, "title") == expected[::-1]


def test_refresh_sees_new_rows_and_row_of_finds_them(model, sample_store):
    change = save_meetings(
        sample_store, [new_meeting(title="Yeni toplantı", starts_on="2030-01-01")]
    )
    assert model.rowCount() == 7
    model.refresh()
    assert model.rowCount() == 8
    assert model.row_of(change.uuids[0]) == 0


# -- 100,000 meetings ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file with 100,000 meetings, written with raw SQL (the store's save is too thorough)."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    start = dt.date(1990, 1, 1)
    now = "2024-01-01T00:00:00Z"
    cities = ["İstanbul", "Bakü", "Astana", "Bişkek", "Taşkent", "Budapeşte"]
    rows = []
    for i in range(BIG):
        title = f"Toplantı {i:06d}"
        city = cities[i % len(cities)]
        rows.append((str(uuid_module.UUID(int=i + 1)), title, "regular",
                     (start + dt.timedelta(days=i % 12000)).isoformat(), city, "held",
                     "unclassified", sort_key(title), sort_key(city), fold_all(title, city),
                     now, now))  # fmt: skip
    with conn:
        conn.executemany(
            "INSERT INTO meetings (uuid, title, kind, starts_on, city, status, classification, "
            "title_key, city_key, filter_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.close()
    return path


@pytest.fixture
def big_store(big_db):
    store = Store.open(big_db)
    yield store
    store.close()


def test_large_file_opens_with_one_page(qapp, big_store):
    from council_desktop.ui.models.record_table import PAGE_SIZE, RecordTableModel

    model = RecordTableModel(big_store, "meeting")
    assert model.total_count == BIG
    assert model.rows_fetched == PAGE_SIZE
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()


def test_large_file_scrolls_in_pages_and_jumps_to_the_end(qtbot, big_store):
    from council_desktop.ui.models.record_table import PAGE_SIZE, RecordTableModel
    from council_desktop.ui.qt import Qt, QTableView

    model = RecordTableModel(big_store, "meeting")
    model.sort(model.column_of("title"), Qt.SortOrder.AscendingOrder)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()  # what dragging the scroll bar down does: the view asks for more
    qtbot.waitUntil(lambda: model.rows_fetched > PAGE_SIZE)
    assert model.rows_fetched < 10 * PAGE_SIZE
    # Ctrl+End in a 100,000-row list: fetch up to the last row in one query, select it.
    model.fetch_until(model.total_count - 1)
    last = model.total_count - 1
    view.setCurrentIndex(model.index(last, 0))
    assert model.index(last, model.column_of("title")).data() == f"Toplantı {BIG - 1:06d}"
    assert model.rowCount() == BIG


def test_large_file_filter_and_row_of_stay_paged(qapp, big_store):
    from council_desktop.ui.models.record_table import PAGE_SIZE, RecordTableModel

    model = RecordTableModel(big_store, "meeting")
    model.set_filter("BISKEK")
    assert model.total_count == listing.count(
        big_store, listing.ListQuery("meeting", "bişkek", "starts_on", True)
    )
    assert model.rows_fetched == PAGE_SIZE
    far = str(uuid_module.UUID(int=BIG - 1))  # i = 99,998: 99998 % 6 == 2 → Astana
    assert model.row_of(far) is None  # not in the filtered list
    wanted = str(uuid_module.UUID(int=4))  # i = 3 → Bişkek
    row = model.row_of(wanted)
    assert row is not None and model.uuid_at(row) == wanted


# -- translation helper ----------------------------------------------------------------------


def _translate_literals(context: str) -> dict[str, str]:
    """Every QCoreApplication.translate(context, "...") literal in enum_labels.py, by key."""
    from council_desktop.ui import enum_labels

    tree = ast.parse(Path(enum_labels.__file__).read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                call = getattr(value, "body", None)
                if (isinstance(key, ast.Constant) and isinstance(call, ast.Call)
                        and isinstance(call.args[0], ast.Constant)
                        and call.args[0].value == context):  # fmt: skip
                    found[key.value] = call.args[1].value
    return found


def test_enum_labels_cover_every_enum_value_as_literals(qapp):
    from council_desktop.ui.enum_labels import country_label, enum_label, language_label

    literals = _translate_literals("Enum")
    assert literals == enums.LABELS_EN
    every = {v for name in dir(enums) if name.isupper() and name != "LABELS_EN"
             for v in getattr(enums, name)} - set(enums.LANGUAGES)  # fmt: skip
    assert every <= set(literals)
    assert enum_label("in_force") == "In force"
    assert enum_label(None) == ""
    assert _translate_literals("Country") == {k: v[0] for k, v in COUNTRIES.items()}
    assert country_label("KG") == "Kyrgyzstan"
    assert country_label("XX") == "XX"
    assert set(_translate_literals("Language")) == set(enums.LANGUAGES)
    assert language_label("az") == "Azerbaijani"


def _horizontal():
    from council_desktop.ui.qt import Qt

    return Qt.Orientation.Horizontal
