"""Reads too long for the UI thread, done in a worker thread with a connection of its own.

On 100,000 meetings the timeline's arrays and filter choices (~0.3 s) and the follow-up's
ordered list (~0.3 s) froze the window when their page was first opened and after every
change. :class:`BackgroundRead` runs such a read in a thread (a sqlite3 connection belongs to
the thread that opened it, so the worker opens the file read-only itself) and hands the result
to the UI thread; only the newest request's result is delivered, so a read overtaken by a
newer one (another filter, another save) is dropped. Small databases — the usual case, and the
tests — are read at once on the UI thread, where that costs a few milliseconds.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import weakref
from collections.abc import Callable
from typing import Any

from council_desktop.store import Store, StoreError
from council_desktop.store.listing import ListQuery, count
from council_desktop.ui.qt import QObject, Signal

#: Databases with more live meetings than this are read in the background.
BACKGROUND_FROM_MEETINGS = 2_000

log = logging.getLogger(__name__)


class _Courier(QObject):
    """Lives on the UI thread for good; a worker emits on it to run a function there."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(lambda deliver: deliver())


_courier: _Courier | None = None


def _the_courier() -> _Courier:
    global _courier  # one per process, made on the UI thread at the first background read
    if _courier is None:
        _courier = _Courier()
    return _courier


def is_large(store: Store) -> bool:
    """True when reads over every meeting are worth a worker thread (an indexed count)."""
    return count(store, ListQuery("meeting")) > BACKGROUND_FROM_MEETINGS


class BackgroundRead(QObject):
    """Runs ``read(store)`` for a view and calls ``deliver(result)`` on the UI thread."""

    def __init__(self, store: Store, deliver: Callable[[Any], None], parent: QObject):
        super().__init__(parent)
        self.store = store
        self._deliver = deliver
        self._generation = 0
        #: True while a read is under way in the background.
        self.loading = False

    def request(self, read: Callable[[Store], Any], *, background: bool) -> None:
        """Read now (``background`` False, or an in-memory store), else in a worker thread."""
        self._generation += 1
        path = self.store.path
        if not background or path is None:
            self.loading = False
            self._deliver(read(self.store))
            return
        self.loading = True
        generation = self._generation
        me = weakref.ref(self)
        courier = _the_courier()

        def work() -> None:
            try:
                store = Store.open(path, read_only=True)
                try:
                    result: Any = read(store)
                finally:
                    store.close()
            except (StoreError, sqlite3.Error) as exc:
                log.warning(
                    "a background read of %s failed (%s); reading on the UI thread", path, exc
                )
                result = _FAILED
            courier.arrived.emit(lambda: _arrive(me, generation, read, result))

        threading.Thread(target=work, name="background-read", daemon=True).start()


_FAILED = object()


def _arrive(
    ref: weakref.ReferenceType[BackgroundRead],
    generation: int,
    read: Callable[[Store], Any],
    result: Any,
) -> None:
    reader = ref()
    if reader is None:
        return
    try:
        reader.objectName()
    except RuntimeError:  # its view was deleted meanwhile (Qt freed the C++ side)
        return
    if generation != reader._generation:  # overtaken by a newer request
        return
    reader.loading = False
    reader._deliver(read(reader.store) if result is _FAILED else result)
