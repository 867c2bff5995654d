"""Crash safety and two programs on one file: SIGKILL mid-write, killed imports, busy files, locks."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from council_desktop.records.model import new_meeting
from council_desktop.store import Store, save_meeting
from council_desktop.store.lock import acquire, describe_owner, lock_path_for

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and flock are POSIX")

WRITER = """
import sys
from council_desktop.records.model import new_meeting
from council_desktop.store import Store, save_meeting
store = Store.open(sys.argv[1])
print("ready", flush=True)
i = 0
while True:
    i += 1
    m = new_meeting(title=f"Kill test {i}", kind="regular", starts_on="2024-01-01",
                    participants=[{"name": f"P{i}"}], agenda=[{"title": f"A{i}"}])
    change = save_meeting(store, m)
    print(change.uuids[0], flush=True)
"""


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigkill_at_random_moments_never_loses_a_committed_meeting(db_path: Path) -> None:
    Store.open(db_path).close()
    rng = random.Random(7)
    printed: list[str] = []
    started = time.monotonic()
    for _round in range(30):
        child = _spawn(WRITER, str(db_path))
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.12))
        os.kill(child.pid, signal.SIGKILL)
        out, _err = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL
        printed += [line for line in out.splitlines() if len(line) == 36]
    elapsed = time.monotonic() - started
    assert len(printed) > 30, "the writer never got to commit; the test proves nothing"
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT uuid FROM meetings")}
        # Sub-records were written in the same transaction: no meeting without them.
        orphans = conn.execute(
            "SELECT count(*) FROM meetings m WHERE NOT EXISTS "
            "(SELECT 1 FROM participants p WHERE p.meeting_id = m.id)"
        ).fetchone()[0]
    finally:
        conn.close()
    assert set(printed) <= stored, f"{len(set(printed) - stored)} committed meetings lost"
    assert orphans == 0
    print(f"30 SIGKILL rounds, {len(printed)} commits verified, {elapsed:.1f} s")


IMPORTER = """
import sys
from council_desktop.exchange.json_format import import_file
from council_desktop.store import Store
store = Store.open(sys.argv[1])
print("importing", flush=True)
import_file(store, sys.argv[2])
print("done", flush=True)
"""


def _big_exchange_file(path: Path, count: int) -> Path:
    meetings = [
        {
            "uuid": f"00000000-0000-4000-8000-{i:012d}",
            "title": f"Büyük içe aktarma {i}",
            "kind": "regular",
            "starts_on": "2023-05-01",
            "summary": "Özet " * 40,
            "participants": [{"name": f"Katılımcı {i}-{k}"} for k in range(5)],
            "agenda": [{"title": f"Gündem {i}-{k}", "notes": "not " * 20} for k in range(5)],
        }
        for i in range(count)
    ]
    path.write_text(
        json.dumps({"format": "council-desktop", "version": 1, "meetings": meetings}),
        encoding="utf-8",
    )
    return path


def test_an_import_killed_half_way_leaves_all_or_none(db_path: Path, tmp_path: Path) -> None:
    count = 3000
    source = _big_exchange_file(tmp_path / "big.json", count)
    Store.open(db_path).close()
    child = _spawn(IMPORTER, str(db_path), str(source))
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "importing"
    # Kill once the import is writing: the WAL file grows while the transaction is open.
    wal = Path(f"{db_path}-wal")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (not wal.exists() or wal.stat().st_size < 200_000):
        time.sleep(0.005)
    os.kill(child.pid, signal.SIGKILL)
    out, _ = child.communicate(timeout=10)
    assert "done" not in out, "the import finished before the kill; make the file bigger"
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
        agenda = conn.execute("SELECT count(*) FROM agenda_items").fetchone()[0]
    finally:
        conn.close()
    assert stored == 0 and agenda == 0, f"a killed import left {stored} of {count} meetings"
    # And the same file imports whole afterwards.
    with Store.open(db_path) as store:
        from council_desktop.exchange.json_format import import_file

        import_file(store, source)
        assert store.scalar("SELECT count(*) FROM meetings") == count


def test_cli_writes_while_another_connection_holds_the_file(db_path: Path, tmp_path: Path) -> None:
    """The GUI has the file open (even mid-transaction): the CLI waits its turn and succeeds."""
    gui = Store.open(db_path)
    source = _big_exchange_file(tmp_path / "small.json", 3)
    gui.conn.execute("BEGIN IMMEDIATE")  # the GUI is in the middle of a save
    gui.conn.execute("UPDATE meta SET value = value")
    env = {**os.environ, "COUNCIL_DESKTOP_DB": str(db_path)}
    cli = subprocess.Popen(
        [sys.executable, "-m", "council_desktop", "import", str(source)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.0)  # the CLI is now waiting on the busy timeout
    gui.conn.execute("COMMIT")
    out, err = cli.communicate(timeout=30)
    assert cli.returncode == 0, err
    assert "3 created" in out
    # The open GUI connection sees the CLI's records without reopening.
    assert gui.scalar("SELECT count(*) FROM meetings") == 3
    gui.close()


def test_a_second_lock_attempt_fails_while_the_first_holds_it(db_path: Path) -> None:
    first = acquire(db_path)
    assert first is not None
    assert acquire(db_path) is None
    owner = json.loads(lock_path_for(db_path).read_text())
    assert owner["pid"] == os.getpid() and owner["host"] == socket.gethostname()
    assert str(os.getpid()) in describe_owner(db_path)
    first.release()
    assert not lock_path_for(db_path).exists()
    again = acquire(db_path)
    assert again is not None
    again.release()


def test_a_lock_held_by_another_process_is_respected_and_recovered_when_it_dies(
    db_path: Path,
) -> None:
    holder = _spawn(
        "import sys, time\n"
        "from council_desktop.store.lock import acquire\n"
        "lock = acquire(sys.argv[1]); print('held' if lock else 'none', flush=True)\n"
        "time.sleep(60)\n",
        str(db_path),
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    assert acquire(db_path) is None
    os.kill(holder.pid, signal.SIGKILL)
    holder.communicate(timeout=10)
    # The dead owner's file is still there, naming a pid that is gone: it is stale.
    assert lock_path_for(db_path).exists()
    lock = acquire(db_path)
    assert lock is not None
    assert json.loads(lock_path_for(db_path).read_text())["pid"] == os.getpid()
    lock.release()


def test_a_stale_lock_file_from_a_dead_pid_is_taken_over(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without OS locking (a network share), the recorded pid decides."""
    from council_desktop.store import lock as lock_module

    db_path.parent.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    lock_path_for(db_path).write_text(
        json.dumps({"pid": int(dead.stdout), "host": socket.gethostname()})
    )
    monkeypatch.setattr(lock_module, "_try_os_lock", lambda fd: None)
    lock = acquire(db_path)
    assert lock is not None
    lock.release()
    # A live pid on this host is respected.
    lock_path_for(db_path).write_text(
        json.dumps({"pid": os.getppid(), "host": socket.gethostname()})
    )
    assert acquire(db_path) is None


# -- bad files ---------------------------------------------------------------------------------


def _digest(path: Path) -> bytes:
    import hashlib

    return hashlib.sha256(path.read_bytes()).digest()


def _run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COUNCIL_DESKTOP_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "council_desktop", *args],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"Minutes of the meeting\n" * 200)


def _damaged(path: Path) -> None:
    with Store.open(path) as s:
        save_meeting(s, new_meeting(title="Zarar", kind="regular"))
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        s.conn.execute("PRAGMA journal_mode = DELETE")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, after the file header
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    with Store.open(path) as s:
        s.conn.execute("PRAGMA user_version = 999")
        s.conn.execute("PRAGMA journal_mode = DELETE")


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_not_a_database, "not an SQLite file"),
        (_damaged, "damaged"),
        (_newer, "newer version"),
        (_foreign_sqlite, "not a Council Desktop database"),
    ],
)
@pytest.mark.parametrize("command", [["list", "meetings"], ["check"], ["backup"]])
def test_a_bad_file_gives_one_line_exit_2_and_stays_byte_identical(
    tmp_path: Path, make, words: str, command: list[str]
) -> None:
    path = tmp_path / "council.sqlite"
    make(path)
    before = _digest(path)
    result = _run_cli(path, *command)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["council.sqlite"]


def test_a_bad_file_message_offers_the_newest_backup(tmp_path: Path) -> None:
    from council_desktop.store.backup import create_backup

    path = tmp_path / "council.sqlite"
    with Store.open(path) as s:
        info = create_backup(s, kind="auto")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    _not_a_database(path)
    result = _run_cli(path, "list", "meetings")
    assert result.returncode == 2
    assert f"council-desktop restore {info.path}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# -- disk refuses the write ------------------------------------------------------------------


def test_a_full_disk_at_save_time_is_a_clear_message_and_changes_nothing(store: Store) -> None:
    from council_desktop.store import SaveFailed, get_meeting

    kept = save_meeting(store, new_meeting(title="Önceki", kind="regular")).uuids[0]
    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL path
    with pytest.raises(SaveFailed) as err:
        save_meeting(store, new_meeting(title="Büyük", kind="regular", summary="x" * 200_000))
    assert "disk is full" in str(err.value) and "nothing was saved" in str(err.value)
    assert not store.conn.in_transaction
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert get_meeting(store, kept)["title"] == "Önceki"
    assert store.scalar("SELECT count(*) FROM meetings") == 1


def test_a_read_only_file_at_save_time_is_a_clear_message(store: Store) -> None:
    from council_desktop.store import SaveFailed

    store.conn.execute("PRAGMA query_only = 1")  # the write fails with SQLITE_READONLY
    with pytest.raises(SaveFailed) as err:
        save_meeting(store, new_meeting(title="Salt okunur", kind="regular"))
    assert "read-only" in str(err.value)
    assert not store.conn.in_transaction
