"""Help > About: version, licences of what we bundle, and which database file is open."""

from __future__ import annotations

from html import escape
from pathlib import Path

import council_desktop
from council_desktop.logs import log_file
from council_desktop.ui.icons import icon
from council_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    Qt,
    QVBoxLayout,
    QWidget,
)


class AboutDialog(QDialog):
    """A small, plain about box (its text is selectable so IT can copy the paths)."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Council Desktop"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 12)
        layout.setSpacing(14)
        top = QHBoxLayout()
        top.setSpacing(16)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(logo)
        self.text = QLabel(self._html(db_path))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(420)
        top.addWidget(self.text, 1)
        layout.addLayout(top)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _html(self, db_path: Path | None) -> str:
        # Read here, not at import: the main window imports this module at every start, and
        # the version comes from importlib.metadata (~15 ms to import).
        version = council_desktop.__version__
        database = escape(str(db_path)) if db_path else self.tr("in memory (not saved)")
        rows = [
            f"<h3>{escape(self.tr('Council Desktop'))}</h3>",
            "<p>"
            + escape(self.tr("Version {version}").format(version=version))
            + "<br>"
            + escape(
                self.tr(
                    "Records of the Council of Foreign Ministers of the "
                    "Organization of Turkic States, kept offline."
                )
            )
            + "</p>",
            "<p><b>" + escape(self.tr("Database file")) + "</b><br>" + database + "</p>",
            "<p><b>" + escape(self.tr("Log file")) + "</b><br>" + escape(str(log_file())) + "</p>",
            "<p><b>"
            + escape(self.tr("Licences"))
            + "</b><br>"
            + escape(self.tr("Council Desktop: MIT licence."))
            + "<br>"
            + escape(self.tr("Fonts: DejaVu Sans, free licence (Bitstream Vera derived)."))
            + "<br>"
            + escape(self.tr("Icons: drawn for Council Desktop, CC0 1.0 (public domain)."))
            + "<br>"
            + escape(self.tr("Qt for Python (PySide6): LGPL 3."))
            + "</p>",
        ]
        return "".join(rows)
