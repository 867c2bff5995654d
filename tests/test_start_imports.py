"""The desktop app's way to its first paint loads no library it does not need there.

Every start goes through the command line (``council_desktop.cli`` imports each command
module to build its commands) and ``ui.app``. ReportLab and pypdf (briefs), icalendar (.ics
export), sqlite-utils and importlib.metadata cost ~150–200 ms to import together; they belong
inside the commands and dialogs that use them (their own tests run them: test_cli_briefs,
test_ics). Start-up speed itself is measured by the
benchmark harness (figure 2), not here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("reportlab", "pypdf", "icalendar", "sqlite_utils", "PIL", "dateutil")

PROBE = """
import json, sys
import council_desktop.cli, council_desktop.gui_entry, council_desktop.ui.app
loaded = sorted({name.split(".")[0] for name in sys.modules})
print(json.dumps({"top": loaded, "metadata": "importlib.metadata" in sys.modules}))
"""


def _loaded_on_the_way_to_the_gui() -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_gui_start_path_leaves_heavy_libraries_unloaded() -> None:
    found = _loaded_on_the_way_to_the_gui()
    top = set(found["top"])  # type: ignore[call-overload]
    assert {"council_desktop", "click", "PySide6"} <= top  # the probe really took the path
    assert sorted(top & set(HEAVY)) == []
    assert found["metadata"] is False
