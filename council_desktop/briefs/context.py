"""What every part of a brief needs while its story is assembled: labels, styles, unique keys."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from council_desktop.briefs.labels import Labels
from council_desktop.briefs.options import BriefOptions
from council_desktop.briefs.styles import Styles, make_styles
from council_desktop.briefs.templates import MARGIN_X, PAGE_SIZES


@dataclass
class Context:
    """Shared state of one render: bookmark keys are counted so they are unique and repeatable."""

    options: BriefOptions
    labels: Labels
    styles: Styles
    width: float
    _keys: itertools.count[int] = field(default_factory=itertools.count)

    @classmethod
    def create(cls, options: BriefOptions) -> Context:
        width = PAGE_SIZES[options.paper][0] - 2 * MARGIN_X
        labels = Labels(options.lang)
        styles = make_styles(width, lambda n: labels("not_printed", n=labels.number(n)))
        return cls(options, labels, styles, width)

    def key(self, hint: str) -> str:
        """A bookmark key unique within this PDF (ids are counted, the hint helps debugging)."""
        safe = "".join(ch for ch in hint if ch.isalnum())[:24]
        return f"k{next(self._keys)}{safe}"

    def marking(self, classification: str | None) -> str:
        """The marking to print: the override from the options wins over the record's own."""
        return self.labels.marking(self.options.classification or classification)

    @property
    def organisation(self) -> str:
        return self.options.organisation or self.labels("organisation")

    @property
    def author(self) -> str:
        """The PDF's Author: who issues the brief (office, else organisation), not a login."""
        return self.options.author or self.options.office or self.organisation
