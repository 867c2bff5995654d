"""Brief options from the user's settings, with what a command or dialog overrides."""

from __future__ import annotations

from typing import Any

from council_desktop import settings as settings_module
from council_desktop.briefs.options import BriefOptions


def options_from_settings(
    settings: settings_module.Settings | None = None, **overrides: Any
) -> BriefOptions:
    """BriefOptions filled from Preferences (language, paper, marking, organisation, office).

    ``None`` overrides are ignored, so a CLI option left out keeps the user's default. No
    ``author`` is set: the PDF's Author is then the office, else the organisation (which always
    exists), never the computer's login name (``root``, ``jdoe``), which means nothing to a
    reader of the brief and should not leave the building in its metadata.
    """
    s = settings or settings_module.load()
    # Left at their defaults, organisation and office are printed in the brief's own language.
    defaults = settings_module.Settings()
    values: dict[str, Any] = {
        "lang": s.brief_language,
        "paper": s.brief_paper,
        "classification": None if s.brief_classification == "record" else s.brief_classification,
        "organisation": s.organisation if s.organisation != defaults.organisation else None,
        "office": s.office if s.office != defaults.office else "",
    }
    values.update({k: v for k, v in overrides.items() if v is not None})
    return BriefOptions(**values)
