"""Records > Export selected meetings to calendar: one meeting, or a filtered set, as .ics."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from council_desktop.ui.context import AppContext
from council_desktop.ui.main_window import MainWindow
from council_desktop.ui.qt import QFileDialog, QItemSelectionModel, QMessageBox


def _events(path: Path) -> list[str]:
    cal = Calendar.from_ical(path.read_bytes())
    return sorted(str(e["UID"]) for e in cal.walk("VEVENT"))


def test_selected_meetings_export_to_calendar(qtbot, sample_store, tmp_path, monkeypatch):
    window = MainWindow(AppContext(sample_store))
    qtbot.addWidget(window)
    window.show_page("meetings")
    view = window.meetings_view
    model = view.table.model()
    istanbul_rows = [
        r for r in range(model.rowCount()) if "İstanbul" in str(model.index(r, 3).data())
    ]
    assert len(istanbul_rows) == 2
    selection = view.table.selectionModel()
    view.table.selectRow(istanbul_rows[0])
    selection.select(
        model.index(istanbul_rows[1], 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    target = tmp_path / "istanbul.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_selected_calendar_action.trigger()
    assert _events(target) == sorted(
        f"{u}@council-desktop"
        for u in ("0c0f1d00-2013-4c0d-9a00-000000000004", "0c0f1d00-2013-4c0d-9a00-000000000007")
    )


def test_nothing_selected_says_what_to_do(qtbot, sample_store, monkeypatch):
    window = MainWindow(AppContext(sample_store))
    qtbot.addWidget(window)
    window.meetings_view.table.clearSelection()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (_ for _ in ()).throw(AssertionError)
    )
    window.export_selected_calendar_action.trigger()
    assert told and "Select one or more meetings" in told[0]
