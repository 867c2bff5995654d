"""Keep pypdf's own warnings off stderr where damaged files are expected and handled.

Reading a damaged attachment, pypdf logs "EOF marker not found" and the like before it raises;
with no logging set up (the CLI) Python prints those to stderr, beside the one clear message
we print ourselves ("annex … was skipped", "could not extract text …"). Inside ``quiet_pypdf()``
the ``pypdf`` logger drops records below ERROR. Nested and concurrent uses (a book rendered in
a worker thread while the UI thread attaches a file) are counted, and the logger's own level
is put back when the last one ends.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Silencer:
    """Raises one logger's level while any caller is inside; restores it after the last."""

    def __init__(self, name: str) -> None:
        self._logger = logging.getLogger(name)
        self._lock = threading.Lock()
        self._depth = 0
        self._saved = logging.NOTSET

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._saved = self._logger.level
                self._logger.setLevel(logging.ERROR)
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0:
                    self._logger.setLevel(self._saved)


#: ``with quiet_pypdf(): ...``: pypdf's warnings dropped for the block (errors still pass).
quiet_pypdf = _Silencer("pypdf")
