"""The app's log file: one rotating file in the user log folder, set up once at start.

Unexpected exceptions end up here (ui/errors.py writes them), so a desk officer can send the
file to IT instead of a screenshot of a traceback. Qt-free: the CLI may use it too.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from council_desktop import paths

LOG_FILENAME = "council-desktop.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    """Where the log is written (inside ``paths.log_dir()``)."""
    return paths.log_dir() / LOG_FILENAME


def _our_handler(root: logging.Logger, target: Path) -> logging.Handler | None:
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == target:
            return handler
    return None


def setup_logging(level: int = logging.INFO) -> Path:
    """Send log records to the rotating log file; safe to call twice. Returns the file path.

    A log folder that cannot be created (read-only home, full disk) must not stop the app:
    logging then stays on stderr only.
    """
    target = log_file()
    root = logging.getLogger()
    root.setLevel(min(root.level or level, level) if root.handlers else level)
    if _our_handler(root, target.resolve()) is not None:
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file at %s: %s", target, exc)
        return target
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return target
