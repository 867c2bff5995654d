"""Offline by construction: the whole flow runs with every way of opening a socket blocked."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest


class NetworkUsed(AssertionError):
    """Raised by the blocked socket functions: the app tried to use the network."""


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUsed(f"network access attempted: {args!r}")


class _BlockedSocket(socket.socket):
    """Stands in for ``socket.socket``: a class (ssl subclasses it) that cannot be created."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        _refuse(*args)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "socket", _BlockedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, _refuse)


def test_open_import_edit_search_brief_backup_restore_offline(
    no_network: None, tmp_path: Path, sample_copy: Path
) -> None:
    with pytest.raises(NetworkUsed):  # the block itself works
        socket.create_connection(("example.org", 80))

    from council_desktop.briefs import BriefOptions, render_brief
    from council_desktop.briefs.gather import gather_brief_input
    from council_desktop.exchange.json_format import export_file, import_file
    from council_desktop.search.service import search
    from council_desktop.startup import open_database
    from council_desktop.store import get_meeting, save_meeting
    from council_desktop.store.backup import create_backup, restore
    from council_desktop.store.check import check

    db = tmp_path / "offline" / "council.sqlite"
    store = open_database(db, seed=False)
    report = import_file(store, sample_copy)
    assert report.created >= 7
    uuid = "0c0f1d00-2013-4c0d-9a00-000000000004"
    m = get_meeting(store, uuid)
    m["summary"] += " Çevrimdışı düzenleme."
    save_meeting(store, m)
    assert [r.uuid for r in search(store, "cevrimdisi")] == [uuid]
    pdf = render_brief(
        gather_brief_input(store, uuid), tmp_path / "brief.pdf", BriefOptions(deterministic=True)
    )
    assert pdf.stat().st_size > 1000
    assert export_file(store, tmp_path / "export" / "records.json").records >= 7
    backup = create_backup(store, kind="manual")
    assert check(store) == []
    store.close()
    restored = restore(backup.path, db)
    assert restored.meetings >= 7


def test_the_command_line_runs_with_sockets_blocked(tmp_path: Path) -> None:
    """A fresh interpreter, blocked before the app is imported: import-time code counts too."""
    code = (
        "import socket, sys\n"
        "def refuse(*a, **k): raise SystemExit('network access attempted')\n"
        "class Blocked(socket.socket):\n"
        "    def __init__(self, *a, **k): refuse()\n"
        "socket.socket = Blocked\n"
        "for n in ('create_connection', 'getaddrinfo', 'gethostbyname'):\n"
        "    setattr(socket, n, refuse)\n"
        "from council_desktop.cli import cli\n"
        "for args in (['list', 'meetings'], ['search', 'bakü'], ['check'], ['backup']):\n"
        "    try:\n"
        "        cli(['--db', sys.argv[1], *args], standalone_mode=False)\n"
        "    except SystemExit as exc:\n"
        "        if exc.code not in (0, None): raise\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "council.sqlite")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "network access attempted" not in result.stderr
