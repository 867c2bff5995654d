"""Figure 1: importing the generated file, against a plain executemany of the same rows.

The baseline is literally "the same rows into the same schema": after the app's import, every
row of the data tables (records, sub-records, links, blobs, the FTS index) is read back and
inserted with ``executemany`` into a fresh database opened the same way (WAL, synchronous
FULL, one transaction), with no parsing, validation, folding or audit. The ratio is therefore
the full price of the app's work per row; the audit trail is left out of the baseline because
it is the app's own bookkeeping, not the records.
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from bench.timing import Figure
from council_desktop.exchange.json_format import import_file
from council_desktop.store import Store

# The app's bookkeeping, not records: left out of the baseline.
NOT_DATA = {"audit_log", "meta", "_sqlite_migrations"}


def data_tables(store: Store) -> list[tuple[str, bool]]:
    """(name, is_virtual) of every table holding records or their index, parents first.

    Read from the database itself, so the baseline follows the schema as it changes; FTS5
    shadow tables are left out (inserting into the virtual table fills them).
    """
    rows = store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = {name for name, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL")}
    shadows = {name for name, _ in rows for v in virtual if name.startswith(f"{v}_")}
    tables = [name for name, _ in rows if name not in NOT_DATA and name not in shadows]
    parents = {
        t: {r[2] for r in store.conn.execute(f"PRAGMA foreign_key_list([{t}])")} - {t}
        for t in tables
    }
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered)]
        ordered += sorted(ready) or sorted(set(tables) - set(ordered))  # a cycle: any order
    return [(t, t in virtual) for t in ordered]


def remove_database(path: Path) -> None:
    """Delete a database file with its WAL files and its attachments folder."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(path.with_name(path.stem + "-attachments"), ignore_errors=True)


def import_once(source: Path, db_path: Path) -> tuple[float, float, int]:
    """Import ``source`` into a new database: (seconds, CPU seconds, records imported)."""
    remove_database(db_path)
    store = Store.open(db_path)
    try:
        began, cpu = time.perf_counter(), time.process_time()
        report = import_file(store, source)
        elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
    finally:
        store.close()
    return elapsed, cpu, report.created + report.updated


def _table_rows(store: Store) -> list[tuple[str, str, list[tuple[Any, ...]]]]:
    """(table, column list, rows) of every data table; virtual tables keep their rowids."""
    out = []
    for table, is_virtual in data_tables(store):
        cols = [r[1] for r in store.conn.execute(f"PRAGMA table_info([{table}])")]
        if is_virtual:
            cols = ["rowid", *cols]
        names = ", ".join(cols)
        rows = store.conn.execute(f"SELECT {names} FROM [{table}]").fetchall()
        out.append((table, names, rows))
    return out


def baseline_once(
    rows: list[tuple[str, str, list[tuple[Any, ...]]]], db_path: Path
) -> tuple[float, float]:
    """(seconds, CPU seconds) to executemany ``rows`` into a fresh database, same schema."""
    remove_database(db_path)
    store = Store.open(db_path)
    try:
        conn = store.conn
        began, cpu = time.perf_counter(), time.process_time()
        conn.execute("BEGIN IMMEDIATE")
        for table, names, table_rows in rows:
            if table_rows:
                marks = ", ".join("?" * len(table_rows[0]))
                conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", table_rows)
        conn.execute("COMMIT")
        return time.perf_counter() - began, time.process_time() - cpu
    finally:
        store.close()


def measure_import(source: Path, db_path: Path, *, runs: int, baseline_runs: int) -> Figure:
    """Import ``runs`` times (the last result stays at ``db_path``), then the baseline."""
    figure = Figure("1 import", "records/s", target="ratio <= 3", higher_is_better=True)
    samples, cpu = [], []
    records = 0
    for _ in range(runs):
        seconds, cpu_seconds, records = import_once(source, db_path)
        samples.append(seconds)
        cpu.append(cpu_seconds)
    ours_s = statistics.median(samples)
    store = Store.open(db_path)
    try:
        rows = _table_rows(store)
    finally:
        store.close()
    scratch = db_path.with_name("baseline.sqlite")
    base = [baseline_once(rows, scratch) for _ in range(baseline_runs)]
    remove_database(scratch)
    base_samples, base_cpu = [b[0] for b in base], [b[1] for b in base]
    base_s = statistics.median(base_samples)
    figure.ours = records / ours_s
    figure.baseline = records / base_s
    figure.details = {
        "records": records,
        "rows": sum(len(r) for _, _, r in rows),
        "tables": [t for t, _, _ in rows],
        "seconds": samples,
        "baseline_seconds": base_samples,
        # CPU time is what a busy shared machine disturbs least: the ratio to trust there.
        "cpu_seconds": cpu,
        "baseline_cpu_seconds": base_cpu,
        "cpu_ratio": statistics.median(cpu) / statistics.median(base_cpu),
        "source_mb": round(source.stat().st_size / 1e6, 1),
    }
    ratio = figure.ratio
    figure.note = f"CPU-time ratio {figure.details['cpu_ratio']:.2f}"
    return figure.judge(ratio is not None and ratio <= 3)
