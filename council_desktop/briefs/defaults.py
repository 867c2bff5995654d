"""Brief options from the user's settings, with what a command or dialog overrides."""

from __future__ import annotations

import getpass
from typing import Any

from council_desktop import settings as settings_module
from council_desktop.briefs.options import BriefOptions


def options_from_settings(
    settings: settings_module.Settings | None = None, **overrides: Any
) -> BriefOptions:
    """BriefOptions filled from Preferences (language, paper, marking, organisation, office).

    ``None`` overrides are ignored, so a CLI option left out keeps the user's default.
    """
    s = settings or settings_module.load()
    try:
        author = getpass.getuser()
    except Exception:  # no login name (service accounts)
        author = ""
    # Left at their defaults, organisation and office are printed in the brief's own language.
    defaults = settings_module.Settings()
    values: dict[str, Any] = {
        "lang": s.brief_language,
        "paper": s.brief_paper,
        "classification": None if s.brief_classification == "record" else s.brief_classification,
        "organisation": s.organisation if s.organisation != defaults.organisation else None,
        "office": s.office if s.office != defaults.office else "",
        "author": author,
    }
    values.update({k: v for k, v in overrides.items() if v is not None})
    return BriefOptions(**values)
