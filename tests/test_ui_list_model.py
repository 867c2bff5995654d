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


def test_large_file_opens_with_every_row_counted_and_one_page_read(qapp, big_store):
    from council_desktop.ui.models.record_table import PAGE_SIZE, RecordTableModel
    from council_desktop.ui.qt import QModelIndex

    model = RecordTableModel(big_store, "meeting")
    assert model.rowCount() == model.total_count == BIG  # Ctrl+End can reach the real end
    assert model.rows_fetched == PAGE_SIZE
    assert not model.canFetchMore(QModelIndex())  # no growing: the list is whole at once


def _title_sorted_view(qtbot, big_store):
    from council_desktop.ui.models.record_table import RecordTableModel
    from council_desktop.ui.qt import Qt, QTableView

    model = RecordTableModel(big_store, "meeting")
    model.sort(model.column_of("title"), Qt.SortOrder.AscendingOrder)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return model, view


def _painted(qtbot, view) -> None:
    """Process the paint the last action asked for (the model reads rows as they are shown)."""
    from council_desktop.ui.qt import QApplication

    view.viewport().repaint()
    QApplication.processEvents()


def test_ctrl_end_jumps_to_the_last_row_reading_about_one_page(qtbot, big_store):
    from council_desktop.ui.models.record_table import PAGE_SIZE
    from council_desktop.ui.qt import Qt

    model, view = _title_sorted_view(qtbot, big_store)
    _painted(qtbot, view)
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    before = model.rows_fetched
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _painted(qtbot, view)
    assert view.currentIndex().row() == BIG - 1
    assert model.rows_fetched - before <= 2 * PAGE_SIZE  # the last page (or two), not 100,000
    title = model.column_of("title")
    assert model.index(BIG - 1, title).data() == f"Toplantı {BIG - 1:06d}"
    assert model.uuid_at(BIG - 1) == str(uuid_module.UUID(int=BIG))
    # The middle of the list, read on demand, is right too, and old pages are let go.
    for row in (50_123, 77_777, 1):
        view.scrollTo(model.index(row, 0))
        _painted(qtbot, view)
        assert model.index(row, title).data() == f"Toplantı {row:06d}"


def test_pages_are_read_again_when_they_fell_out_of_the_cache(qapp, big_store):
    from council_desktop.ui.models.record_table import RecordTableModel

    model = RecordTableModel(big_store, "meeting", page_size=50, cached_pages=3)
    first = model.uuid_at(0)
    read = model.rows_fetched
    assert model.uuid_at(10) != first and model.uuid_at(0) == first  # one page, read once
    assert model.rows_fetched == read
    for page in range(1, 5):  # four other pages push the first one out
        model.uuid_at(page * 50)
    read = model.rows_fetched
    assert model.uuid_at(0) == first
    assert model.rows_fetched == read + 50


@pytest.mark.parametrize(("sort", "descending"), [("kind", True), ("status", False),
                                                  ("title", True), ("starts_on", False)])  # fmt: skip
@pytest.mark.parametrize("words", ["", "toplanti", "bişkek", "bişkek 0000"])
def test_every_page_matches_the_list_read_from_the_start(big_store, sort, descending, words):
    """Pages near the end are read backwards, short filtered lists by id: same rows."""
    query = listing.ListQuery("meeting", words, sort, descending)
    rows = listing.RecordList(big_store, query)
    assert rows.total == listing.count(big_store, query)
    assert rows.by_id == (words == "bişkek 0000")  # a short list is put in order at once
    for offset in (0, 333, rows.total // 2 + 7, rows.total - 150):
        assert rows.page(offset, 100) == listing.page(big_store, query, offset, 100)
    assert rows.by_id == bool(words)  # a long one after its first page in the middle
    assert rows.page(rows.total - 40, 100) == listing.page(big_store, query, rows.total - 40, 40)
    target = listing.page(big_store, query, rows.total - 3, 1)[0][0]
    assert rows.row_of(target) == listing.row_of(big_store, query, target) == rows.total - 3


def test_kind_sorts_by_date_within_each_kind(sample_store):
    query = listing.ListQuery("meeting", "", "kind", False)
    rows = listing.page(sample_store, query, 0, 100)
    keys = [(r[3], r[1]) for r in rows]  # (kind, starts_on)
    assert keys == sorted(keys)
    assert listing.row_of(sample_store, query, rows[4][0]) == 4


def test_the_filter_reads_the_covering_index_not_the_table(big_store):
    where, params = listing.ListQuery("meeting", "istanbul")._where()
    plan = " ".join(
        r[3]
        for r in big_store.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM meetings WHERE {where}", params
        )
    )
    assert "COVERING INDEX meetings_filter_key" in plan


@pytest.mark.parametrize("typed", ["istanbul", "İstanbul", "ISTANBUL"])
def test_large_file_filter_is_turkish_aware_and_paged(qapp, big_store, typed):
    from council_desktop.ui.models.record_table import PAGE_SIZE, RecordTableModel

    model = RecordTableModel(big_store, "meeting")
    model.set_filter(typed)
    assert model.rowCount() == len(range(0, BIG, 6))  # every sixth meeting is in İstanbul
    assert model.rows_fetched == 0  # rows are read when shown
    city = model.column_of("city")
    assert {model.index(r, city).data() for r in (0, 1, model.rowCount() - 1)} == {"İstanbul"}
    assert model.rows_fetched == PAGE_SIZE + model.rowCount() % PAGE_SIZE  # first, last page


def test_large_file_filter_and_row_of_stay_paged(qapp, big_store):
    from council_desktop.ui.models.record_table import RecordTableModel

    model = RecordTableModel(big_store, "meeting")
    model.set_filter("BISKEK")
    assert model.total_count == listing.count(
        big_store, listing.ListQuery("meeting", "bişkek", "starts_on", True)
    )
    far = str(uuid_module.UUID(int=BIG - 1))  # i = 99,998: 99998 % 6 == 2 → Astana
    assert model.row_of(far) is None  # not in the filtered list
    wanted = str(uuid_module.UUID(int=4))  # i = 3 → Bişkek
    row = model.row_of(wanted)
    assert row is not None and model.uuid_at(row) == wanted
    assert model.rows_fetched <= 200


def test_a_long_filtered_list_finds_a_row_without_reading_it_when_asked(qapp, big_store):
    from council_desktop.ui.models.record_table import RecordTableModel

    model = RecordTableModel(big_store, "meeting")
    model.set_filter("toplanti")  # every meeting: too many to keep as ids
    far = model.uuid_at(BIG - 5)
    model.refresh()
    assert model.row_of(far, scan=False) is None  # not among the rows read: not worth a scan
    assert model.row_of(far) == BIG - 5  # when it matters (after a save): counted in SQL
    assert model.row_of(model.uuid_at(3), scan=False) == 3


def test_select_all_reads_the_uuids_in_one_go(qapp, big_store):
    from council_desktop.ui.models.record_table import PAGE_SIZE, RecordTableModel

    model = RecordTableModel(big_store, "meeting")
    model.uuid_at(1000)  # a page in the middle is cached: its rows come from there
    every = model.uuids_at(list(range(BIG)))
    assert len(every) == len(set(every)) == BIG
    assert every[:3] == [r[0] for r in listing.page(big_store, model.query, 0, 3)]
    assert every[-1] == listing.page(big_store, model.query, BIG - 1, 1)[0][0]
    assert every[1000] == model.uuid_at(1000)
    assert model.rows_fetched <= 2 * PAGE_SIZE + BIG
    assert model.uuids_at([5, 3, 99_999, 3]) == [every[3], every[5], every[99_999]]


@pytest.fixture
def big_list(qtbot, big_store):
    """The real Meetings page (list + meeting form) over 100,000 meetings."""
    from council_desktop.ui.context import AppContext
    from council_desktop.ui.forms.meeting_form import MeetingForm
    from council_desktop.ui.views.record_list import RecordListView

    ctx = AppContext(big_store)
    view = RecordListView(ctx, MeetingForm(ctx))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_sorting_keeps_the_selected_record_without_reading_the_rows_above_it(qtbot, big_list):
    from council_desktop.ui.models.record_table import PAGE_SIZE
    from council_desktop.ui.qt import Qt

    view, model = big_list, big_list.model
    chosen = str(uuid_module.UUID(int=40_001))  # "Toplantı 040000"
    assert view.open_uuid(chosen)
    assert view.selected_uuid() == chosen and view.form.current_uuid() == chosen
    view.table.sortByColumn(model.column_of("title"), Qt.SortOrder.AscendingOrder)
    assert model.query.sort_key == "title"
    assert view.table.currentIndex().row() == 40_000  # where "Toplantı 040000" now is
    assert view.selected_uuid() == chosen and view.selected_uuids() == [chosen]
    _painted(qtbot, view.table)
    assert model.rows_fetched <= 3 * PAGE_SIZE
    view.table.sortByColumn(model.column_of("title"), Qt.SortOrder.DescendingOrder)
    assert view.table.currentIndex().row() == BIG - 1 - 40_000
    assert view.selected_uuid() == chosen


def test_filtering_keeps_the_selection_when_it_is_cheap(qtbot, big_list):
    view, model = big_list, big_list.model
    chosen = str(uuid_module.UUID(int=4))  # "Toplantı 000003", Bişkek
    assert view.open_uuid(chosen)
    view.filter_edit.setText("bişkek 0000")
    view.apply_filter()
    assert model.total_count == listing.count(view.ctx.store, model.query) < 1000
    assert view.selected_uuid() == chosen  # a short filtered list finds it by id
    view.filter_edit.setText("bişkek")  # 16,667 rows: kept only if on the first page
    view.apply_filter()
    assert model.total_count == len(range(3, BIG, 6))
    assert view.selected_uuid() is None and view.form.current_uuid() == chosen
    assert model.row_of(chosen) == model.total_count - 1  # found when it matters
    view.filter_edit.setText("")
    view.apply_filter()
    assert model.total_count == BIG and view.selected_uuid() == chosen


def test_ctrl_a_on_100000_rows_selects_them_all_and_a_refresh_keeps_it(qtbot, big_list):
    from council_desktop.store import Change
    from council_desktop.ui.qt import Qt

    view = big_list
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.selected_uuids()) == BIG
    view.ctx.announce(Change("saved", "all"))
    assert len(view.selected_uuids()) == BIG


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
